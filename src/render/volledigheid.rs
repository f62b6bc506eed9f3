//! Completeness checks on rendered documents: `convenant render` refuses a
//! document that lacks what the law requires, even when a region replaced a
//! template with its own (`--templates`).
//!
//! - A verwerkersovereenkomst must hold every element of art. 28(3) AVG: the
//!   description of the processing (subject matter, duration, nature,
//!   purpose, data, data subjects) and the eight clauses (a) to (h). Each
//!   clause is recognised by its catalogue citation *and* the obligation it
//!   lays down, so an empty or gutted clause fails.
//!   The agreement in our own words (`model: eigen`) must also hold
//!   clauses 7.6 (audits at reasonable intervals and on indications of
//!   non-compliance), 7.7 (sub-processors) and 10 (suspension and
//!   termination) of the standard contractual clauses of Implementing
//!   Decision (EU) 2021/915. The English agreement is checked the same way,
//!   on its English citations and wording.
//! - A specification to a sector model (`model: vng` or `privacyconvenant`)
//!   must name the standard as the agreement and hold the description of
//!   art. 28(3) AVG; its clauses are the standard's, not ours.
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

/// Clauses of Implementing Decision (EU) 2021/915 that art. 28(3) does not
/// name on its own, in the agreement in our own words.
pub(crate) const STANDAARDCLAUSULES: &[Eis] = &[
    Eis {
        wat: "audits met redelijke tussenpozen en bij aanwijzingen van niet-naleving (clausule 7.6)",
        citaat: "scc-7-6",
        zinsdelen: &[
            "met redelijke tussenpozen",
            "aanwijzingen van niet-naleving",
        ],
    },
    Eis {
        wat: "subverwerkers: bezwaar, kopie van de overeenkomst en derdenbeding (clausule 7.7)",
        citaat: "scc-7-7",
        zinsdelen: &[
            "kopie van de overeenkomst met een Subverwerker",
            "derdenbeding",
        ],
    },
    Eis {
        wat: "opschorting en opzegging bij niet-nakoming (clausule 10)",
        citaat: "scc-10",
        zinsdelen: &["op te schorten", "uiterlijk een maand"],
    },
];

/// The English agreement: art. 28(3) and the same clauses, in English.
pub(crate) const VERWERKERSOVEREENKOMST_EN: &[Eis] = &[
    Eis {
        wat: "subject matter, duration, nature and purpose, types of personal data and categories of data subjects",
        citaat: "avg-28-3",
        zinsdelen: &[
            "| Subject matter |",
            "| Duration |",
            "| Nature |",
            "| Purpose |",
            "| Types of personal data |",
            "| Categories of data subjects |",
        ],
    },
    Eis {
        wat: "processing only on documented instructions",
        citaat: "avg-28-3-a",
        zinsdelen: &["only on documented instructions", "infringes the GDPR"],
    },
    Eis {
        wat: "confidentiality",
        citaat: "avg-28-3-b",
        zinsdelen: &["obligation of confidentiality"],
    },
    Eis {
        wat: "security under Article 32 GDPR",
        citaat: "avg-28-3-c",
        zinsdelen: &["level of security appropriate to the risk"],
    },
    Eis {
        wat: "sub-processors",
        citaat: "avg-28-3-d",
        zinsdelen: &["same data protection obligations", "fully liable"],
    },
    Eis {
        wat: "assistance with data subject requests",
        citaat: "avg-28-3-e",
        zinsdelen: &["requests from Data Subjects"],
    },
    Eis {
        wat: "assistance with security, breaches, DPIA and prior consultation",
        citaat: "avg-28-3-f",
        zinsdelen: &["without undue delay", "data protection impact assessment"],
    },
    Eis {
        wat: "deletion or return",
        citaat: "avg-28-3-g",
        zinsdelen: &["deletes all Personal Data or returns them"],
    },
    Eis {
        wat: "information and audits",
        citaat: "avg-28-3-h",
        zinsdelen: &["audits, including inspections"],
    },
    Eis {
        wat: "audits at reasonable intervals and on indications of non-compliance (Clause 7.6)",
        citaat: "scc-7-6",
        zinsdelen: &["at reasonable intervals", "indications of non-compliance"],
    },
    Eis {
        wat: "sub-processors: copy of the agreement and third-party beneficiary clause (Clause 7.7)",
        citaat: "scc-7-7",
        zinsdelen: &[
            "copy of its agreement with a Sub-processor",
            "third-party beneficiary",
        ],
    },
    Eis {
        wat: "suspension and termination on non-compliance (Clause 10)",
        citaat: "scc-10",
        zinsdelen: &["suspend the Processing", "within one month"],
    },
];

/// A specification to a sector model: the standard named as the agreement,
/// and the description of art. 28(3).
pub(crate) const SPECIFICATIE: &[Eis] = &[Eis {
    wat: "de standaard als de overeenkomst, en onderwerp, duur, aard en doel, soorten persoonsgegevens en categorieën betrokkenen",
    citaat: "avg-28-3",
    zinsdelen: &[
        "Die standaard is de overeenkomst",
        "| Onderwerp |",
        "| Duur |",
        "| Aard |",
        "| Doel |",
        "| Soorten persoonsgegevens |",
        "| Categorieën betrokkenen |",
    ],
}];

/// The same in English.
pub(crate) const SPECIFICATIE_EN: &[Eis] = &[Eis {
    wat: "the standard as the agreement, and subject matter, duration, nature and purpose, types of personal data and categories of data subjects",
    citaat: "avg-28-3",
    zinsdelen: &[
        "That standard is the agreement",
        "| Subject matter |",
        "| Duration |",
        "| Nature |",
        "| Purpose |",
        "| Types of personal data |",
        "| Categories of data subjects |",
    ],
}];

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
    ontbreekt_in(eisen, md, false)
}

/// The same, for a document in English (`engels`): the English citations.
pub(crate) fn ontbreekt_in(eisen: &'static [Eis], md: &str, engels: bool) -> Vec<&'static Eis> {
    eisen
        .iter()
        .filter(|e| {
            let citaat = match crate::catalogue::get(e.citaat) {
                Some(g) if engels => {
                    crate::catalogue::citaat_en(g).unwrap_or_else(|| g.citaat.clone())
                }
                Some(g) => g.citaat.clone(),
                None => e.citaat.to_string(),
            };
            !md.contains(&citaat) || e.zinsdelen.iter().any(|z| !md.contains(z))
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
            let mut missing = ontbreekt(VERWERKERSOVEREENKOMST, md);
            missing.extend(ontbreekt(STANDAARDCLAUSULES, md));
            onvolledig(
                template,
                "de verwerkersovereenkomst is onvolledig; artikel 28, derde lid, AVG en Uitvoeringsbesluit (EU) 2021/915 vragen ook",
                &missing,
            )
        }
        "verwerkersovereenkomst-en.md" => onvolledig(
            template,
            "de Engelse verwerkersovereenkomst is onvolledig; artikel 28, derde lid, AVG en Uitvoeringsbesluit (EU) 2021/915 vragen ook",
            &ontbreekt_in(VERWERKERSOVEREENKOMST_EN, md, true),
        ),
        "verwerkersspecificatie.md" => onvolledig(
            template,
            "de specificatie bij de verwerkersovereenkomst is onvolledig; er ontbreekt",
            &ontbreekt(SPECIFICATIE, md),
        ),
        "verwerkersspecificatie-en.md" => onvolledig(
            template,
            "de Engelse specificatie bij de verwerkersovereenkomst is onvolledig; er ontbreekt",
            &ontbreekt_in(SPECIFICATIE_EN, md, true),
        ),
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

/// `SJB-02` for a processor document that lacks `missing`, or `Ok`.
fn onvolledig(template: &str, wat: &str, missing: &[&Eis]) -> Result<(), TemplateError> {
    if missing.is_empty() {
        return Ok(());
    }
    Err(TemplateError::new(format!(
        "sjabloon `{template}`: {wat}:\n{}",
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
    .help("elke bepaling citeert haar artikel met `{{ citeer(id=\"...\") }}` (in een Engels sjabloon met `taal=\"en\"`) en noemt de verplichting zelf (zie docs/sjablonen.md)")
    .rule(&crate::rules::maken::SJB_02))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_requirement_cites_a_catalogue_entry() {
        for e in VERWERKERSOVEREENKOMST
            .iter()
            .chain(STANDAARDCLAUSULES)
            .chain(VERWERKERSOVEREENKOMST_EN)
            .chain(SPECIFICATIE)
            .chain(SPECIFICATIE_EN)
            .chain(DPIA_DELEN)
        {
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
