//! Catalogue references (CAT-01, CAT-02) and the casus's own citations
//! (CAT-03).

use super::Resolver;
use crate::catalogue::{self, Use};
use crate::diagnostic::Diagnostic;
use crate::ids;
use crate::model::{FileId, Ref};
use crate::source::Loc;

impl Resolver<'_> {
    /// CAT-03: own citations neither shadow a built-in one nor lack a
    /// place where a reader finds them.
    pub(super) fn own_citations(&mut self) {
        for w in &self.casus.wetten {
            if let Some(g) = catalogue::get(&w.id.value) {
                self.diags.push(
                    Diagnostic::error(
                        "CAT-03",
                        format!(
                            "eigen citaat `{}` heeft het id van een ingebouwd citaat ({})",
                            w.id.value, g.citaat
                        ),
                    )
                    .at(Loc::of(w.bestand, &w.id))
                    .help(format!(
                        "gebruik het ingebouwde `{}` in `wet:` en haal dit citaat weg, of geef het een eigen id",
                        w.id.value
                    )),
                );
            }
            if w.citaat.trim().is_empty() {
                self.diags.push(
                    Diagnostic::error(
                        "CAT-03",
                        format!("eigen citaat `{}` heeft geen `citaat`", w.id.value),
                    )
                    .at(Loc::of(w.bestand, &w.id))
                    .help("schrijf het exacte citaat, bijvoorbeeld `citaat: artikel 5, aanhef en onder a, Leerplichtwet 1969`"),
                );
            }
            let v = w.vindplaats.value.trim();
            let bwb = v.len() == 11
                && v.starts_with("BWBR")
                && v[4..].bytes().all(|b| b.is_ascii_digit());
            if !(v.starts_with("https://wetten.overheid.nl/") || bwb) {
                self.diags.push(
                    Diagnostic::error(
                        "CAT-03",
                        format!(
                            "de vindplaats van eigen citaat `{}` is geen adres op wetten.overheid.nl en geen BWB-id",
                            w.id.value
                        ),
                    )
                    .at(Loc::of(w.bestand, &w.vindplaats))
                    .help("schrijf het adres van het artikel, bijvoorbeeld `https://wetten.overheid.nl/BWBR0002628/2024-01-01#Paragraaf2_Artikel5`, of het BWB-id van de wet, bijvoorbeeld `BWBR0002628`"),
                );
            }
        }
    }

    pub(super) fn catalogue(&mut self, file: FileId, r: &Ref, place: Use) {
        match self.casus.citatie(&r.value).as_deref() {
            Some(g) if place.accepts(g.soort) => {}
            Some(g) => self.diags.push(
                Diagnostic::error(
                    "CAT-02",
                    format!(
                        "`{}` ({}) past hier niet: dit is een {}",
                        r.value,
                        g.citaat,
                        g.soort.label()
                    ),
                )
                .at(Loc::of(file, r))
                .help(format!("hier hoort {}", place.expected())),
            ),
            None => {
                let fitting: Vec<&str> = catalogue::all()
                    .iter()
                    .filter(|g| place.accepts(g.soort))
                    .map(|g| g.id.as_str())
                    .collect();
                let help = match near_article(&r.value, &fitting) {
                    Near::Close(close) => {
                        format!("bedoelt u `{close}`? `convenant grondslagen` toont de hele lijst")
                    }
                    Near::SameLaw(list) => format!(
                        "de catalogus kent van deze wet {}; staat het artikel er niet bij, beschrijf het dan zelf onder `wetten:` (met `citaat`, `soort` en `vindplaats`)",
                        list.iter()
                            .map(|i| format!("`{i}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    Near::None => match ids::did_you_mean(&r.value, fitting.iter().copied()) {
                        Some(close) if place == Use::Statute => format!(
                            "bedoelt u `{close}`? een artikel dat de catalogus niet kent, beschrijft u zelf onder `wetten:`"
                        ),
                        Some(close) => {
                            format!(
                                "bedoelt u `{close}`? `convenant grondslagen` toont de hele lijst"
                            )
                        }
                        None => format!(
                            "hier hoort {}; `convenant grondslagen` toont de hele lijst",
                            place.expected()
                        ),
                    },
                };
                self.diags.push(
                    Diagnostic::error(
                        "CAT-01",
                        format!("`{}` staat niet in de catalogus van grondslagen", r.value),
                    )
                    .at(Loc::of(file, r))
                    .help(help),
                );
            }
        }
    }
}

/// How close an unknown catalogue id is to a known one.
enum Near<'a> {
    /// The same law and an article number at most two away (`lpw-15` for `lpw-16`).
    Close(&'a str),
    /// The same law, but no near article: its articles in the catalogue.
    SameLaw(Vec<&'a str>),
    None,
}

/// `lpw-5` is not near `lpw-16`: a suggestion names the same law and a
/// near number, or lists what the catalogue has of that law.
fn near_article<'a>(id: &str, known: &[&'a str]) -> Near<'a> {
    let Some((law, rest)) = id.split_once('-') else {
        return Near::None;
    };
    let number = |s: &str| -> Option<u32> {
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let same: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| k.split_once('-').is_some_and(|(l, _)| l == law))
        .collect();
    if same.is_empty() {
        return Near::None;
    }
    if let Some(n) = number(rest) {
        let close = same.iter().copied().find(|k| {
            k.split_once('-')
                .and_then(|(_, r)| number(r))
                .is_some_and(|m| m.abs_diff(n) <= 2)
        });
        if let Some(c) = close {
            return Near::Close(c);
        }
    }
    Near::SameLaw(same)
}
