//! `diff`: what a change to a casus means legally. Two versions of a casus
//! (each a folder or `REV:pad` in git) are loaded and checked like `check`
//! does, compared item by item on ids ([`changes`]), and the consequences
//! follow ([`gevolgen`]): which documents change, who signs, whether the
//! DPIA is assessed again, which processor agreements change.
//!
//! A version that cannot be read completely (a path or revision that does
//! not exist, YAML that does not parse, a link out of the casus) is not
//! compared: half a casus would show parties as gone that are not. A
//! version that is read but has errors under the rules is compared; its
//! documents cannot be made, so which documents change is estimated from
//! the changes, and the report says so.

pub(crate) mod changes;
pub(crate) mod gevolgen;
pub(crate) mod git;
mod overzicht;
mod platte_tekst;
pub(crate) mod redline;
mod velden;

use crate::check::{self, Checked};
use crate::diagnostic::{self, Severity};
use crate::render::templates::Templates;
use changes::{Soort, Wijziging};
use gevolgen::{Gemaakt, Gevolgen};
pub use overzicht::{Kop, schrijf_overzicht};
use serde::Serialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Where one version comes from.
#[derive(Debug, Clone)]
pub enum Bron {
    Map(PathBuf),
    Git(git::Revisie),
}

impl Bron {
    /// A folder when `arg` exists on disk; else `REV:pad` when it has a `:`;
    /// else a folder that does not exist (an error when it is loaded).
    pub fn of(arg: &Path) -> Result<Bron, String> {
        let exists = std::fs::symlink_metadata(arg).is_ok();
        match arg.to_str() {
            // `./x` and `/x` are always folders.
            Some(s) if s.starts_with("./") || s.starts_with('/') => {
                Ok(Bron::Map(arg.to_path_buf()))
            }
            // A folder named like a revision (`main:casus/x`) would replace
            // the git side: refuse the ambiguity, as git does.
            Some(s) if s.contains(':') && exists && git::Revisie::parse(s).is_ok() => Err(format!(
                "`{}` is zowel een map als een git-revisie met pad; schrijf `./{}` voor de map, of hernoem de map",
                crate::diagnostic::visible(s),
                crate::diagnostic::visible(s)
            )),
            _ if exists => Ok(Bron::Map(arg.to_path_buf())),
            Some(s) if s.contains(':') => git::Revisie::parse(s).map(Bron::Git),
            _ => Ok(Bron::Map(arg.to_path_buf())),
        }
    }
}

/// One version, loaded and checked.
pub struct Kant {
    /// How the report names it: the argument as given.
    pub naam: String,
    pub checked: Checked,
}

impl Kant {
    pub fn fouten(&self) -> usize {
        self.tel(Severity::Error)
    }
    fn tel(&self, s: Severity) -> usize {
        self.checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == s)
            .count()
    }
}

/// Load and check one version, or say in Dutch why it cannot be compared.
pub fn laad(bron: &Bron) -> Result<Kant, String> {
    let (naam, loaded) = match bron {
        Bron::Map(dir) => {
            let naam = dir.display().to_string();
            if !dir.is_dir() {
                return Err(if dir.exists() {
                    format!(
                        "`{}` is een bestand, geen casusmap",
                        diagnostic::visible(&naam)
                    )
                } else {
                    format!(
                        "de map `{}` bestaat niet; geef een casusmap, of een git-revisie met pad zoals `main:casus/regio-voorbeeld`",
                        diagnostic::visible(&naam)
                    )
                });
            }
            (naam, crate::load::load(dir))
        }
        Bron::Git(r) => {
            let files = git::read(r)?;
            let folder = r.pad.rsplit('/').next().unwrap_or("").to_string();
            (r.naam(), crate::load::load_files(folder, files))
        }
    };
    if loaded
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        let mut m = format!(
            "`{}` kan niet helemaal gelezen worden, dus niet vergeleken:\n",
            diagnostic::visible(&naam)
        );
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
        {
            m.push_str(&diagnostic::render_human(d, &loaded.sources));
        }
        m.push_str("los dit eerst op; `convenant check` toont hetzelfde");
        return Err(m);
    }
    Ok(Kant {
        naam,
        checked: check::check_loaded(loaded),
    })
}

#[derive(Debug, Serialize)]
pub struct KantInfo {
    pub bron: String,
    /// Errors and warnings `convenant check` reports for this version.
    pub fouten: usize,
    pub waarschuwingen: usize,
}

/// The whole comparison, as `--format json` prints it.
#[derive(Debug, Serialize)]
pub struct Rapport {
    pub oud: KantInfo,
    pub nieuw: KantInfo,
    /// Whether anything changed that the documents or the law look at.
    pub gewijzigd: bool,
    pub wijzigingen: Vec<Wijziging>,
    pub gevolgen: Gevolgen,
}

/// Compare two loaded versions. The documents of both are made in memory
/// (Markdown) when both pass `check` and something changed.
pub fn vergelijk(
    oud: &Kant,
    nieuw: &Kant,
    templates: &Templates,
) -> (Rapport, Option<(Gemaakt, Gemaakt)>) {
    let wijzigingen = changes::changes(&oud.checked.casus, &nieuw.checked.casus);
    let mut opmerkingen = Vec::new();
    let gemaakt = if wijzigingen.is_empty() {
        None
    } else {
        match (oud.fouten(), nieuw.fouten()) {
            (0, 0) => match (
                markdown(&oud.checked, templates),
                markdown(&nieuw.checked, templates),
            ) {
                (Ok(o), Ok(n)) => Some((o, n)),
                (Err(e), _) | (_, Err(e)) => {
                    opmerkingen.push(format!(
                        "de documenten konden niet gemaakt worden ({e}); welke veranderen is geschat uit de wijzigingen"
                    ));
                    None
                }
            },
            _ => {
                for k in [oud, nieuw] {
                    if k.fouten() > 0 {
                        opmerkingen.push(format!(
                            "`{}` heeft {} volgens `convenant check`; de documenten zijn niet gemaakt, dus welke veranderen is geschat uit de wijzigingen",
                            k.naam,
                            aantal(k.fouten(), "fout", "fouten")
                        ));
                    }
                }
                None
            }
        }
    };
    let mut gevolgen = gevolgen::gevolgen(
        &oud.checked.casus,
        &nieuw.checked.casus,
        &wijzigingen,
        gemaakt.as_ref().map(|(o, n)| (o, n)),
    );
    opmerkingen.append(&mut gevolgen.opmerkingen);
    gevolgen.opmerkingen = opmerkingen;
    let info = |k: &Kant| KantInfo {
        bron: k.naam.clone(),
        fouten: k.fouten(),
        waarschuwingen: k.tel(Severity::Warning),
    };
    let rapport = Rapport {
        oud: info(oud),
        nieuw: info(nieuw),
        gewijzigd: !wijzigingen.is_empty(),
        wijzigingen,
        gevolgen,
    };
    (rapport, gemaakt)
}

fn markdown(checked: &Checked, templates: &Templates) -> Result<Gemaakt, String> {
    crate::render::markdown(checked, templates)
        .map(|docs| {
            docs.into_iter()
                .map(|(stem, md)| (stem, zonder_open_nummers(&md)))
                .collect()
        })
        .map_err(|e| {
            e.diagnostic()
                .map_or_else(|| "de casus heeft fouten".to_string(), |d| d.message)
        })
}

/// The marks of open items without their numbers (`**open 7**` →
/// `**open**`, `#open-7` → `#open`): the items are numbered across all
/// documents, so one new item would otherwise change every later document.
fn zonder_open_nummers(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut rest = md;
    loop {
        let next = ["**open ", "#open-"]
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, *p)))
            .min();
        let Some((i, prefix)) = next else { break };
        let after = &rest[i + prefix.len()..];
        // `\#open-2` is a user's text, escaped: not an open item's number.
        let escaped = rest[..i].ends_with('\\');
        let digits = if escaped {
            0
        } else {
            after.bytes().take_while(u8::is_ascii_digit).count()
        };
        out.push_str(&rest[..i]);
        if digits > 0 {
            out.push_str(prefix.trim_end_matches([' ', '-']));
        } else {
            out.push_str(prefix);
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// `1 fout`, `2 fouten`.
fn aantal(n: usize, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

fn waarde(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("(niet ingevuld)")
}

/// The report for people, in Dutch.
pub fn tekst(r: &Rapport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Van {} naar {}", r.oud.bron, r.nieuw.bron);
    if !r.gewijzigd {
        out.push_str("\nGeen wijzigingen die de documenten of de wet raken (volgorde, opmaak en commentaar tellen niet).\n");
        return out;
    }
    let mut groep = None;
    for w in &r.wijzigingen {
        if groep != Some(w.onderdeel) {
            let _ = writeln!(out, "\n{}", w.onderdeel.kop());
            groep = Some(w.onderdeel);
        }
        let (teken, wat) = match w.soort {
            Soort::Toegevoegd => ('+', "nieuw"),
            Soort::Verwijderd => ('-', "vervalt"),
            Soort::Gewijzigd => ('~', "gewijzigd"),
        };
        let nummer = match (&w.nummer_oud, &w.nummer_nieuw) {
            (Some(o), Some(n)) if o == n => format!(", {n}"),
            (Some(o), Some(n)) => format!(", {o} → {n}"),
            (Some(o), None) => format!(", was {o}"),
            (None, Some(n)) => format!(", {n}"),
            (None, None) => String::new(),
        };
        let _ = writeln!(out, "  {teken} {} ({}{nummer}): {wat}", w.id, w.naam);
        for v in &w.velden {
            match w.soort {
                Soort::Toegevoegd => {
                    let _ = writeln!(out, "      {}: {}", v.veld, waarde(&v.nieuw));
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "      {}: {} → {}",
                        v.veld,
                        waarde(&v.oud),
                        waarde(&v.nieuw)
                    );
                }
            }
        }
    }
    let g = &r.gevolgen;
    out.push_str("\nGevolgen\n");
    let _ = writeln!(
        out,
        "  Documenten die veranderen{}:",
        if g.documenten_bepaald == "gemaakt" {
            " (beide versies gemaakt en vergeleken)"
        } else {
            " (geschat uit de wijzigingen)"
        }
    );
    if g.documenten.is_empty() {
        out.push_str("    geen\n");
    }
    for d in &g.documenten {
        let soort = match d.soort {
            Soort::Toegevoegd => " (nieuw document)",
            Soort::Verwijderd => " (vervalt)",
            Soort::Gewijzigd => "",
        };
        let _ = writeln!(out, "    {}{soort}", d.document);
        for o in &d.onderdelen {
            let _ = writeln!(out, "      - {o}");
        }
    }
    out.push_str("  Ondertekening:\n");
    if g.ondertekening.is_empty() {
        out.push_str("    niemand hoeft opnieuw te tekenen\n");
    }
    for o in &g.ondertekening {
        let mut wie = o.partijen.join(", ");
        if !o.ook.is_empty() {
            wie = format!("{wie} en {}", o.ook.join(", "));
        }
        let _ = writeln!(out, "    {}: {wie}\n      {}", o.document, o.reden);
    }
    if g.dpia.herbeoordelen {
        out.push_str("  DPIA: opnieuw beoordelen (artikel 35, elfde lid, AVG), omdat:\n");
        for reden in &g.dpia.redenen {
            let _ = writeln!(out, "    - {reden}");
        }
    } else {
        out.push_str("  DPIA: geen nieuw risico gevonden dat een nieuwe beoordeling vraagt (artikel 35, elfde lid, AVG)\n");
    }
    if g.verwerkersovereenkomsten.is_empty() {
        out.push_str("  Verwerkersovereenkomsten: geen verandert\n");
    } else {
        let _ = writeln!(
            out,
            "  Verwerkersovereenkomsten die veranderen: {}",
            g.verwerkersovereenkomsten.join(", ")
        );
    }
    for o in &g.opmerkingen {
        let _ = writeln!(out, "  Let op: {o}");
    }
    let tel = |s: Soort| r.wijzigingen.iter().filter(|w| w.soort == s).count();
    let _ = writeln!(
        out,
        "\n{}: {} nieuw, {} vervallen, {} gewijzigd.",
        aantal(r.wijzigingen.len(), "wijziging", "wijzigingen"),
        tel(Soort::Toegevoegd),
        tel(Soort::Verwijderd),
        tel(Soort::Gewijzigd)
    );
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn open_numbers_go_but_escaped_user_text_stays() {
        let md = "[**open 12** · In te vullen](index.html#open-12) en \\#open-2 jaar";
        let out = super::zonder_open_nummers(md);
        assert!(
            out.contains("[**open** · In te vullen](index.html#open)"),
            "{out}"
        );
        assert!(out.contains("\\#open-2 jaar"), "{out}");
    }
}
