//! Completeness checks on rendered documents: `convenant render` refuses a
//! document that lacks what the law requires, even when a region replaced a
//! template with its own (`--templates`).
//!
//! - A verwerkersovereenkomst must hold every element of art. 28(3) AVG: the
//!   description of the processing (subject matter, duration, nature,
//!   purpose, data, data subjects) and the eight clauses (a) to (h). Each
//!   clause is recognised by its catalogue citation *and* the obligation it
//!   lays down, so an empty or gutted clause fails.
//! - A DPIA must hold the four parts of art. 35(7) AVG and every section 1 to
//!   17 of the Model DPIA Rijksdienst, each with content: filled from the
//!   casus or visibly marked "In te vullen".

use super::templates::TemplateError;

/// One required element: the citation (catalogue id) and phrases that must
/// all appear in the document.
#[derive(Debug)]
pub(crate) struct Eis {
    pub wat: &'static str,
    pub citaat: &'static str,
    pub zinsdelen: &'static [&'static str],
}

/// Art. 28(3) AVG, element by element.
pub(crate) const VERWERKERSOVEREENKOMST: &[Eis] = &[
    Eis {
        wat: "onderwerp, duur, aard en doel van de verwerking, soorten persoonsgegevens en categorieën betrokkenen",
        citaat: "avg-28-3",
        zinsdelen: &[
            "| Onderwerp |",
            "| Duur |",
            "| Aard |",
            "| Doel |",
            "| Soorten persoonsgegevens |",
            "| Categorieën betrokkenen |",
        ],
    },
    Eis {
        wat: "verwerking alleen op schriftelijke instructies, en melding van een instructie die inbreuk maakt op de AVG",
        citaat: "avg-28-3-a",
        zinsdelen: &[
            "uitsluitend op basis van schriftelijke instructies",
            "inbreuk maakt op de AVG",
        ],
    },
    Eis {
        wat: "geheimhoudingsplicht van wie de gegevens verwerkt",
        citaat: "avg-28-3-b",
        zinsdelen: &["tot geheimhouding is verplicht"],
    },
    Eis {
        wat: "beveiliging volgens artikel 32 AVG",
        citaat: "avg-28-3-c",
        zinsdelen: &["beveiligingsniveau", "past bij het risico"],
    },
    Eis {
        wat: "voorwaarden voor subverwerkers",
        citaat: "avg-28-3-d",
        zinsdelen: &["dezelfde verplichtingen", "volledig aansprakelijk"],
    },
    Eis {
        wat: "bijstand bij verzoeken van betrokkenen",
        citaat: "avg-28-3-e",
        zinsdelen: &["verzoeken van Betrokkenen"],
    },
    Eis {
        wat: "bijstand bij beveiliging, datalekken, DPIA en voorafgaande raadpleging",
        citaat: "avg-28-3-f",
        zinsdelen: &[
            "zonder onredelijke vertraging",
            "gegevensbeschermingseffectbeoordeling",
        ],
    },
    Eis {
        wat: "wissen of terugbezorgen na afloop",
        citaat: "avg-28-3-g",
        zinsdelen: &["wist de Verwerker", "terug"],
    },
    Eis {
        wat: "informatie en audits",
        citaat: "avg-28-3-h",
        zinsdelen: &["audits en inspecties"],
    },
];

/// The parts of a DPIA after art. 35(7)(a)-(d) AVG.
pub(crate) const DPIA_DELEN: &[Eis] = &[
    Eis {
        wat: "deel A: beschrijving van de verwerkingen en de doeleinden",
        citaat: "avg-35-7-a",
        zinsdelen: &["## Deel A"],
    },
    Eis {
        wat: "deel B: noodzaak en evenredigheid",
        citaat: "avg-35-7-b",
        zinsdelen: &["## Deel B"],
    },
    Eis {
        wat: "deel C: risico's voor de betrokkenen",
        citaat: "avg-35-7-c",
        zinsdelen: &["## Deel C"],
    },
    Eis {
        wat: "deel D: maatregelen",
        citaat: "avg-35-7-d",
        zinsdelen: &["## Deel D"],
    },
];

/// How many sections the Model DPIA Rijksdienst has in parts A to D.
pub(crate) const DPIA_PARAGRAFEN: usize = 17;

/// What is missing from a verwerkersovereenkomst; empty when complete.
pub(crate) fn ontbreekt(eisen: &'static [Eis], md: &str) -> Vec<&'static Eis> {
    eisen
        .iter()
        .filter(|e| {
            let citaat = crate::catalogue::get(e.citaat).map_or(e.citaat, |g| g.citaat.as_str());
            !md.contains(citaat) || e.zinsdelen.iter().any(|z| !md.contains(z))
        })
        .collect()
}

/// The sections `### N. Titel` of a DPIA without a body: each must be
/// present and hold text before the next heading.
pub(crate) fn lege_paragrafen(md: &str) -> Vec<usize> {
    let lines: Vec<&str> = md.lines().collect();
    let mut out = Vec::new();
    for n in 1..=DPIA_PARAGRAFEN {
        let kop = format!("### {n}. ");
        let Some(start) = lines.iter().position(|l| l.starts_with(&kop)) else {
            out.push(n);
            continue;
        };
        let body = lines[start + 1..]
            .iter()
            .take_while(|l| !l.starts_with('#'))
            .any(|l| !l.trim().is_empty());
        if !body {
            out.push(n);
        }
    }
    out
}

/// Run the check that belongs to `template` on its rendered Markdown.
pub(crate) fn controleer(template: &str, md: &str) -> Result<(), TemplateError> {
    match template {
        "verwerkersovereenkomst.md" => {
            let missing = ontbreekt(VERWERKERSOVEREENKOMST, md);
            if missing.is_empty() {
                return Ok(());
            }
            Err(TemplateError::new(format!(
                "sjabloon `{template}`: de verwerkersovereenkomst is onvolledig; artikel 28, derde lid, AVG vraagt ook:\n{}",
                missing
                    .iter()
                    .map(|e| format!(
                        "  - {} ({}; met: {})",
                        e.wat,
                        e.citaat,
                        e.zinsdelen.join(" / ")
                    ))
                    .collect::<Vec<_>>()
                    .join("\n")
            ))
            .help("elke bepaling citeert haar artikel met `{{ citeer(id=\"...\") }}` en noemt de verplichting zelf (zie docs/sjablonen.md)")
            .rule(&crate::rules::maken::SJB_02))
        }
        "dpia.md" => {
            let delen = ontbreekt(DPIA_DELEN, md);
            let leeg = lege_paragrafen(md);
            if delen.is_empty() && leeg.is_empty() {
                return Ok(());
            }
            let mut lines: Vec<String> = delen
                .iter()
                .map(|e| format!("  - {} ({})", e.wat, e.citaat))
                .collect();
            for n in leeg {
                lines.push(format!(
                    "  - paragraaf {n} van het Model DPIA Rijksdienst (kop `### {n}. ...` met inhoud, of “In te vullen door ...”)"
                ));
            }
            Err(TemplateError::new(format!(
                "sjabloon `{template}`: de DPIA is onvolledig; er ontbreekt:\n{}",
                lines.join("\n")
            ))
            .rule(&crate::rules::maken::SJB_02))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_requirement_cites_a_catalogue_entry() {
        for e in VERWERKERSOVEREENKOMST.iter().chain(DPIA_DELEN) {
            assert!(crate::catalogue::get(e.citaat).is_some(), "{}", e.citaat);
        }
    }

    #[test]
    fn an_empty_section_is_found() {
        let mut md = String::new();
        for n in 1..=DPIA_PARAGRAFEN {
            md.push_str(&format!("### {n}. Kop\n\nTekst.\n\n"));
        }
        assert!(lege_paragrafen(&md).is_empty());
        let gutted = md.replace("### 7. Kop\n\nTekst.", "### 7. Kop\n");
        assert_eq!(lege_paragrafen(&gutted), [7]);
        let gone = md.replace("### 12. Kop", "### Kop");
        assert_eq!(lege_paragrafen(&gone), [12]);
    }

    #[test]
    fn a_citation_without_its_obligation_is_not_enough() {
        let only_citation = "artikel 28, derde lid, onder b, AVG";
        let missing = ontbreekt(VERWERKERSOVEREENKOMST, only_citation);
        assert!(missing.iter().any(|e| e.citaat == "avg-28-3-b"));
        let full = "artikel 28, derde lid, onder b, AVG: tot geheimhouding is verplicht";
        assert!(
            !ontbreekt(VERWERKERSOVEREENKOMST, full)
                .iter()
                .any(|e| e.citaat == "avg-28-3-b")
        );
    }
}
