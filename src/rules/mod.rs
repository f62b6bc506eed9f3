//! The rule registry. One rule per file: a stable code, a severity, a one-line
//! title, a long explanation for `convenant explain`, its legal source, and a
//! check. Adding a rule is one file here, one line in [`REGISTRY`], and a
//! failing and a passing fixture under `tests/fixtures/rules/<CODE>/`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Casus, FileId, Partij, Ref};
use crate::source::Loc;

mod acc_01;
mod cns_01;
mod cns_02;
mod cns_03;
mod cns_04;
mod cns_05;
mod cns_06;
mod cns_07;
mod cns_08;
mod cvn_00;
mod cvn_01;
mod cvn_02;
mod cvn_03;
mod cvn_04;
mod cvn_05;
mod cvn_06;
mod cvn_07;
mod cvn_08;
mod dpia_00;
mod dpia_01;
mod dpia_02;
mod dpia_04;
mod dpia_06;
mod dpia_07;
mod fg_01;
mod fg_02;
mod format;
mod grd_01;
mod grd_02;
mod grd_04;
mod grd_05;
mod grd_07;
mod grd_08;
mod ikc_01;
mod jnt_01;
pub(crate) mod maken;
mod mld_02;
mod open_01;
mod out_01;
mod pgn_01;
mod pgn_02;
mod prc_01;
mod prc_03;
mod prc_04;
mod prc_06;
mod prc_07;
mod pur_01;
mod sec_01;
mod sec_02;
mod spc_01;
mod spc_02;
mod spc_03;
mod spc_04;
mod tak_01;
mod vbd_01;

pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    /// One line, Dutch: what the rule demands.
    pub title: &'static str,
    /// Several lines, Dutch: why, and what to write instead.
    pub explain: &'static str,
    /// The legal source: the law article, or the publication by title and publisher.
    pub bron: &'static str,
    /// A fact the casus does not give yet (an FG, an advice, a date), not
    /// an unlawful one: in a concept its finding is `info` and the
    /// documents mark it as an open item; in a definitief it is an error.
    pub ontbrekend: bool,
    /// `None` for codes raised while loading (syntax, ids, references).
    pub check: Option<fn(&crate::facts::Facts, &mut Vec<Diagnostic>)>,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

impl Rule {
    /// A diagnostic of this rule, with its code, severity and source filled in.
    pub(crate) fn report(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code: self.code,
            severity: self.severity,
            message: message.into(),
            loc: None,
            help: None,
            bron: self.bron,
            dpia: None,
            detail: Vec::new(),
            path: None,
        }
    }
}

/// Every code `convenant` can report, in the order of the docs table.
pub const REGISTRY: &[&Rule] = &[
    &format::LAD_01,
    &format::LAD_02,
    &format::LAD_03,
    &format::LAD_04,
    &format::LAD_05,
    &format::LAD_06,
    &format::YAML_01,
    &format::YAML_02,
    &format::YAML_03,
    &format::TXT_01,
    &format::TXT_02,
    &format::TXT_03,
    &format::TXT_04,
    &format::ID_01,
    &format::ID_02,
    &format::ID_03,
    &format::REF_01,
    &format::CAT_01,
    &format::CAT_02,
    &format::CAT_03,
    &format::GRP_01,
    &grd_01::RULE,
    &grd_02::RULE,
    &grd_04::RULE,
    &grd_05::RULE,
    &grd_07::RULE,
    &grd_08::RULE,
    &jnt_01::RULE,
    &pur_01::RULE,
    &spc_01::RULE,
    &spc_02::RULE,
    &spc_04::RULE,
    &pgn_01::RULE,
    &pgn_02::RULE,
    &sec_01::RULE,
    &sec_02::RULE,
    &fg_01::RULE,
    &fg_02::RULE,
    &tak_01::RULE,
    &dpia_00::RULE,
    &dpia_01::RULE,
    &dpia_02::RULE,
    &dpia_04::RULE,
    &dpia_06::RULE,
    &dpia_07::RULE,
    &cns_01::RULE,
    &cns_02::RULE,
    &cns_03::RULE,
    &cns_04::RULE,
    &cns_05::RULE,
    &cns_06::RULE,
    &cns_07::RULE,
    &cns_08::RULE,
    &spc_03::RULE,
    &prc_01::RULE,
    &prc_03::RULE,
    &prc_04::RULE,
    &prc_06::RULE,
    &prc_07::RULE,
    &cvn_00::RULE,
    &cvn_01::RULE,
    &cvn_02::RULE,
    &cvn_03::RULE,
    &cvn_04::RULE,
    &cvn_05::RULE,
    &cvn_06::RULE,
    &cvn_07::RULE,
    &cvn_08::RULE,
    &acc_01::RULE,
    &mld_02::RULE,
    &out_01::RULE,
    &open_01::RULE,
    &ikc_01::RULE,
    &vbd_01::RULE,
];

/// Codes raised while making the documents, after `check` accepted the
/// casus (templates, typst, the output folder).
pub const MAKEN: &[&Rule] = &[
    &maken::SJB_01,
    &maken::SJB_02,
    &maken::SJB_03,
    &maken::TYP_01,
    &maken::TYP_02,
    &maken::UIT_01,
    &maken::UIT_02,
];

/// Every code the tool can print: those of `check`, then those of `render`.
pub(crate) fn all() -> impl Iterator<Item = &'static Rule> {
    REGISTRY.iter().chain(MAKEN).copied()
}

mod voorbeelden {
    include!(concat!(env!("OUT_DIR"), "/voorbeelden.rs"));
}

/// The example of a code for `convenant explain`: its fail fixture, with the
/// fixture's own comments left out and each `# verwacht: CODE` marker shown
/// as `# <- CODE`; only the files that mark this code. Empty for codes that no casus file shows (render codes).
pub fn example(code: &str) -> Vec<(&'static str, String)> {
    voorbeelden::VOORBEELDEN
        .iter()
        .filter(|(c, _, text)| {
            *c == code
                && text.lines().any(|l| {
                    l.split_once("verwacht:")
                        .is_some_and(|(_, codes)| codes.split(',').any(|c| c.trim() == code))
                })
        })
        .map(|(_, name, text)| {
            let lines: Vec<String> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .map(|l| match l.find("# verwacht:") {
                    Some(i) => format!("{}# <- {}", &l[..i], l[i + 11..].trim()),
                    None => l.to_string(),
                })
                .collect();
            (*name, lines.join("\n"))
        })
        .collect()
}

pub fn find(code: &str) -> Option<&'static Rule> {
    let code = code.trim().to_ascii_uppercase();
    all().find(|r| r.code == code)
}

/// Every use of legitimate interest (art. 6(1)(f)) by a party: in its tasks
/// and as provider of a flow. Shared by GRD-05 and GRD-07.
fn legitimate_interest_uses<'a>(
    casus: &'a Casus,
    mut each: impl FnMut(&'a Partij, String, &'a Ref, FileId),
) {
    for p in &casus.partijen {
        for t in &p.taken {
            if let Some(g) = t.grondslag.as_ref().filter(|g| g.value == "avg-6-1-f") {
                each(p, format!("taak `{}`", t.id.value), g, p.bestand);
            }
        }
    }
    for s in &casus.stromen {
        if let Some(g) = s.grondslag.as_ref().filter(|g| g.value == "avg-6-1-f")
            && let Some(p) = casus.partij(&s.van.value)
        {
            each(p, format!("stroom `{}`", s.id.value), g, s.bestand);
        }
    }
}

/// Where DPIA findings point: the `dpia` block, else the `convenant` block.
fn dpia_loc(casus: &Casus) -> Option<Loc> {
    if let Some(d) = &casus.dpia {
        return Some(Loc::of(d.bestand, &d.value.value.verantwoordelijke));
    }
    casus
        .convenant
        .as_ref()
        .map(|c| Loc::of(c.bestand, &c.value))
}

/// Run every rule with a check over a loaded casus.
pub(crate) fn run(facts: &crate::facts::Facts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in REGISTRY {
        if let Some(check) = rule.check {
            check(facts, &mut out);
        }
    }
    out
}

/// The Markdown table of all rules, generated into `docs/regels.md`.
pub fn docs_table() -> String {
    let mut out = String::from(
        "# Regels van `convenant check`\n\n\
         Dit bestand wordt gegenereerd uit de regelregistratie (`src/rules/`); \
         bewerk het niet met de hand. `cargo test` faalt als het verouderd is; \
         `UPDATE_DOCS=1 cargo test --test cli docs` schrijft het opnieuw.\n\n\
         | code | ernst | regel | bron |\n|---|---|---|---|\n",
    );
    let row = |out: &mut String, r: &Rule| {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.severity.dutch(),
            r.title.replace('|', "\\|"),
            r.bron.replace('|', "\\|")
        ));
    };
    for r in REGISTRY {
        row(&mut out, r);
    }
    out.push_str(
        "\n## Bij het maken van de documenten\n\n\
         Deze codes geeft `convenant render`, nadat `check` de casus heeft goedgekeurd: \
         over de eigen sjablonen, typst en de uitvoermap.\n\n\
         | code | ernst | regel | bron |\n|---|---|---|---|\n",
    );
    for r in MAKEN {
        row(&mut out, r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let mut codes: Vec<&str> = all().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), REGISTRY.len() + MAKEN.len());
        for r in all() {
            assert!(
                !r.title.is_empty() && !r.explain.is_empty() && !r.bron.is_empty(),
                "{}",
                r.code
            );
        }
    }

    #[test]
    fn find_is_case_insensitive() {
        assert_eq!(find("grd-01").map(|r| r.code), Some("GRD-01"));
        assert!(find("XYZ-99").is_none());
    }
}
