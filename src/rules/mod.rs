//! The rule registry. One rule per file: a stable code, a severity, a one-line
//! title, a long explanation for `convenant explain`, its legal source, and a
//! check. Adding a rule is one file here, one line in [`REGISTRY`], and a
//! failing and a passing fixture under `tests/fixtures/rules/<CODE>/`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Casus;

mod format;
mod grd_01;
mod grd_02;
mod grd_04;
mod pur_01;
mod spc_01;
// -- consent, processor, covenant and access rules (CNS, PRC, CVN, ACC, MLD): modules below --
// -- end consent, processor, covenant and access modules --

pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    /// One line, Dutch: what the rule demands.
    pub title: &'static str,
    /// Several lines, Dutch: why, and what to write instead.
    pub explain: &'static str,
    /// The legal source (article, seed or public source).
    pub bron: &'static str,
    /// `None` for codes raised while loading (syntax, ids, references).
    pub check: Option<fn(&Casus, &mut Vec<Diagnostic>)>,
}

impl Rule {
    /// A diagnostic of this rule, with its code, severity and source filled in.
    pub fn report(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code: self.code,
            severity: self.severity,
            message: message.into(),
            loc: None,
            help: None,
            bron: self.bron,
        }
    }
}

/// Every code `convenant` can report, in the order of the docs table.
pub const REGISTRY: &[&Rule] = &[
    &format::LAD_01,
    &format::LAD_02,
    &format::LAD_03,
    &format::YAML_01,
    &format::ID_01,
    &format::ID_02,
    &format::REF_01,
    &format::CAT_01,
    &format::CAT_02,
    &grd_01::RULE,
    &grd_02::RULE,
    &grd_04::RULE,
    &pur_01::RULE,
    &spc_01::RULE,
    // -- consent, processor, covenant and access rules: registry entries below --
    // -- end consent, processor, covenant and access entries --
];

pub fn find(code: &str) -> Option<&'static Rule> {
    let code = code.trim().to_ascii_uppercase();
    REGISTRY.iter().copied().find(|r| r.code == code)
}

/// Run every rule with a check over a loaded casus.
pub fn run(casus: &Casus) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in REGISTRY {
        if let Some(check) = rule.check {
            check(casus, &mut out);
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
    for r in REGISTRY {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.severity.dutch(),
            r.title.replace('|', "\\|"),
            r.bron.replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let mut codes: Vec<&str> = REGISTRY.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), REGISTRY.len());
        for r in REGISTRY {
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
