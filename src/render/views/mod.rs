//! The views templates get: the checked casus, derived into what a document
//! needs (bases per party, flows per phase, controller-processor pairs, ...).
//!
//! Everything is a `Vec` of plain structs, in casus order, so rendering is
//! deterministic. Names stand where the casus has ids; citations come from the
//! built-in catalogue; dates are written the Dutch way (`1 maart 2026`).
//! Views are built only from a casus that passed `check` (references resolve);
//! a reference that does not resolve is left out, never a panic.

use crate::dpia;
use crate::model::{Casus, PartijSoort, Risiconiveau};
use std::collections::BTreeMap;

mod builder;
mod dpia_noodzaak;
mod dpia_risico;
mod fields;
mod labels;
mod overleg;
mod regeling;
#[cfg(test)]
mod tests;
mod types;
mod types_overleg;

use super::templates::Artikelen;
pub(crate) use builder::display_name;
use builder::*;
pub(crate) use dpia_noodzaak::{EigenSysteemView, NoodzaakView, VerantwoordelijkeView};
pub(crate) use dpia_risico::RisicoView;
pub use fields::docs_page;
pub use labels::leesbaar;
use labels::*;
pub(crate) use types::*;
pub(crate) use types_overleg::*;

/// `bijzondere-gegevens` → `bijzondere_gegevens`: the key a template uses.
pub(crate) fn artikel_sleutel(id: &str) -> String {
    id.replace('-', "_")
}

pub(crate) fn nummers(ids: &[String]) -> BTreeMap<String, usize> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| (artikel_sleutel(id), i + 1))
        .collect()
}

/// The view of a casus that passed `check`. `None` without a `convenant` block.
/// `verdict`: whether a DPIA is required, as `check` computed it;
/// `artikelen`: the articles the effective templates include, for numbers.
pub(crate) fn build(
    casus: &Casus,
    verdict: &dpia::Assessment,
    artikelen: &Artikelen,
) -> Option<CasusView> {
    let c = &casus.convenant.as_ref()?.value.value;
    let b = Builder::new(casus);
    let partijen: Vec<PartijView> = casus.partijen.iter().map(|p| b.partij(p)).collect();
    let stromen: Vec<StroomView> = casus.stromen.iter().map(|s| b.stroom(s)).collect();
    let overige_stromen = casus
        .stromen
        .iter()
        .filter(|s| s.overleg.is_none())
        .map(|s| b.stroom(s))
        .collect();
    let mut verwerkersovereenkomsten = Vec::new();
    for v in &casus.verwerkers {
        for voor in &v.voor {
            if let Some(p) = casus.partij(&voor.value) {
                verwerkersovereenkomsten.push(OvereenkomstView {
                    stem: crate::model::stem_verwerkersovereenkomst(&p.id.value, &v.id.value),
                    taal: match v.taal {
                        Some(crate::model::Taal::En) => "en",
                        _ => "nl",
                    }
                    .to_string(),
                    specificatie: v.model.as_ref().is_some_and(|m| {
                        matches!(
                            m.value,
                            crate::model::OvereenkomstModel::Vng
                                | crate::model::OvereenkomstModel::Privacyconvenant
                        )
                    }),
                    verantwoordelijke: b.partij(p),
                    verwerker: b.verwerker(v),
                });
            }
        }
    }
    let mut wetten: Vec<CitaatView> = Vec::new();
    let alle = partijen
        .iter()
        .flat_map(|p| p.taken.iter().flat_map(|t| t.wetten.iter()))
        .chain(stromen.iter().flat_map(|s| s.wetten.iter()));
    for w in alle {
        if !wetten.contains(w) {
            wetten.push(w.clone());
        }
    }
    let mut meldrechten: Vec<CitaatView> = Vec::new();
    for m in stromen.iter().flat_map(|s| s.meldrechten.iter()) {
        if !meldrechten.contains(m) {
            meldrechten.push(m.clone());
        }
    }
    let mut tekenblad: Vec<TekenView> = Vec::new();
    for p in partijen.iter().filter(|p| p.toetreding.is_none()) {
        let signer = casus.partij(&p.id);
        let volmacht_bij_ondertekenaar = signer
            .and_then(|s| s.volmacht.as_ref())
            .and_then(|v| casus.partij(&v.partij.value))
            .is_some_and(|v| v.toetreding.is_none() && v.volmacht.is_none());
        if volmacht_bij_ondertekenaar {
            continue;
        }
        let namens = casus
            .partijen
            .iter()
            .filter(|q| q.toetreding.is_none())
            .filter(|q| q.volmacht.as_ref().is_some_and(|v| v.partij.value == p.id))
            .map(|q| VolmachtgeverView {
                naam: q.naam.clone(),
                machtiging: q
                    .volmacht
                    .as_ref()
                    .and_then(|v| v.machtiging.as_ref())
                    .map(|m| m.value.clone()),
            })
            .collect();
        tekenblad.push(TekenView {
            partij: p.clone(),
            namens,
        });
    }
    tekenblad.sort_by_key(|t| blok_volgorde(&t.partij.soort_id));
    let mut betrokkenen: Vec<String> = Vec::new();
    for b in casus.verwerkers.iter().flat_map(|v| v.betrokkenen.iter()) {
        if !betrokkenen.contains(b) {
            betrokkenen.push(b.clone());
        }
    }
    let dpia = casus.dpia.as_ref().map(|d| &d.value.value);
    let advies = |a: &crate::model::FgAdvies| AdviesView {
        datum: crate::nl::datum(a.datum),
        kenmerk: a.kenmerk.clone(),
    };
    let overleggen = bijlage_nummers(casus.casusoverleggen.iter().map(|o| b.overleg(o)).collect());
    let regelingen = regeling::regelingen(casus, &overleggen, &partijen);
    Some(CasusView {
        naam: casus.naam.clone(),
        schema: crate::render::diagram::CASUS.to_string(),
        convenant: ConvenantView {
            titel: c.titel.clone(),
            kenmerk: c.kenmerk.value.clone(),
            versie: c.versie.clone(),
            concept: c.status == crate::model::Status::Concept,
            datum: crate::nl::datum(c.datum),
            versiedatum: c.versiedatum.map(crate::nl::datum),
            datum_en: crate::nl::datum_engels(c.datum),
            versiedatum_en: c.versiedatum.map(crate::nl::datum_engels),
            plaats: c.plaats.clone(),
            looptijd_jaren: match c.looptijd {
                Some(crate::model::Looptijd::Jaren(n)) => Some(n),
                _ => None,
            },
            onbepaalde_tijd: c.looptijd
                == Some(crate::model::Looptijd::Woord(
                    crate::model::LooptijdWoord::Onbepaald,
                )),
            stilzwijgende_verlenging: c.stilzwijgende_verlenging,
            opzegtermijn_maanden: c.opzegtermijn_maanden,
            evaluatie: c.evaluatie.clone(),
            aansprakelijkheid: c.aansprakelijkheid.clone(),
            geschillen: c.geschillen.clone(),
            gezamenlijke_verantwoordelijkheid: c.gezamenlijke_verantwoordelijkheid.clone(),
            regio: c.regio.clone(),
        },
        ondertekenaars: {
            let mut v: Vec<PartijView> = partijen
                .iter()
                .filter(|p| p.toetreding.is_none())
                .cloned()
                .collect();
            v.sort_by_key(|p| blok_volgorde(&p.soort_id));
            v
        },
        toetreders: partijen
            .iter()
            .filter(|p| p.toetreding.is_some())
            .cloned()
            .collect(),
        beroepsgeheim: partijen
            .iter()
            .filter(|p| p.beroepsgeheim)
            .map(|p| p.naam.clone())
            .collect(),
        partijen,
        doelen: casus
            .doelen
            .iter()
            .map(|d| DoelView {
                id: d.id.value.clone(),
                omschrijving: d.omschrijving.clone(),
            })
            .collect(),
        gegevens: casus.gegevens.iter().map(|g| b.gegeven(g)).collect(),
        dpia: DpiaView {
            aanwezig: dpia.is_some(),
            verantwoordelijke: dpia.map(|d| b.naam(&d.verantwoordelijke.value)),
            antwoorden: dpia.map(|d| d.antwoorden.clone()).unwrap_or_default(),
            fg: dpia
                .and_then(|d| casus.partij(&d.verantwoordelijke.value))
                .and_then(|p| p.fg.as_ref())
                .map(|f| FgView {
                    naam: f.naam.clone(),
                    email: f.email.value.clone(),
                }),
            fg_advies: dpia.and_then(|d| d.fg_advies.as_ref()).map(advies),
            vaststelling: dpia
                .and_then(|d| d.vaststelling.as_ref())
                .map(|b| AdviesView {
                    datum: crate::nl::datum(b.datum),
                    kenmerk: b.kenmerk.clone(),
                }),
            mede: dpia
                .map(|d| {
                    d.verantwoordelijken
                        .iter()
                        .map(|m| MedeView {
                            id: m.partij.value.clone(),
                            naam: b.naam(&m.partij.value),
                            fg_advies: m.fg_advies.as_ref().map(advies),
                            vaststelling: m.vaststelling.as_ref().map(|v| AdviesView {
                                datum: crate::nl::datum(v.datum),
                                kenmerk: v.kenmerk.clone(),
                            }),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            restrisico: dpia
                .and_then(|d| d.restrisico.as_ref())
                .map(|r| risico_label(r.value).to_string()),
            voorafgaande_raadpleging: dpia
                .and_then(|d| d.voorafgaande_raadpleging.as_ref())
                .map(advies),
            grootschalig: dpia.is_some_and(|d| d.grootschalig),
            nieuwe_technologie: dpia.is_some_and(|d| d.nieuwe_technologie),
            herbeoordeling: dpia
                .and_then(|d| d.herbeoordeling.as_ref())
                .map(|h| crate::nl::datum(h.value)),
            bijzondere_stromen: stromen.iter().filter(|s| s.bijzonder).cloned().collect(),
            oordeel: verdict.oordeel.label().to_string(),
            verplicht: verdict.oordeel == dpia::Oordeel::Verplicht,
            restrisico_hoog: dpia
                .and_then(|d| d.restrisico.as_ref())
                .is_some_and(|r| r.value == Risiconiveau::Hoog),
            ap_lijst: signalen(&b, &verdict.ap_lijst),
            wp248: signalen(&b, &verdict.wp248),
            noodzaak: dpia_noodzaak::noodzaak(&b),
            risicos: dpia_risico::risicos(&b),
            veel_ontvangers: dpia_risico::VEEL_ONTVANGERS,
            verantwoordelijken: dpia_noodzaak::verantwoordelijken(&b),
            eigen_systemen: dpia_noodzaak::eigen_systemen(&b),
        },
        stromen,
        meldrechten,
        overige_stromen,
        overleggen,
        regelingen,
        verwerkersovereenkomsten,
        verwerkers_beschreven: casus.verwerkers_beschreven,
        categorieen: casus
            .betrokkenen
            .iter()
            .map(|c| CategorieView {
                naam: c.naam.clone(),
                leeftijd: c.leeftijd.clone(),
                gegevens: c
                    .gegevens
                    .iter()
                    .filter_map(|g| casus.gegeven(&g.value).map(|g| g.naam.clone()))
                    .collect(),
            })
            .collect(),
        wetten,
        nummers: NummersView {
            convenant: nummers(&artikelen.convenant),
            verwerkersovereenkomst: nummers(&artikelen.verwerkersovereenkomst),
        },
        tekenblad,
        betrokkenen,
        jeugdhulp_of_jgz: casus.partijen.iter().any(|p| {
            matches!(
                p.soort.value,
                PartijSoort::Jeugdhulpaanbieder | PartijSoort::Ggd | PartijSoort::Jgz
            )
        }),
    })
}

/// One casusoverleg has Bijlage 3; several have 3a, 3b, ... in casus order,
/// so no two documents carry the same annex number.
pub(crate) fn bijlage_nummers(mut overleggen: Vec<OverlegView>) -> Vec<OverlegView> {
    if overleggen.len() > 1 {
        for (i, o) in overleggen.iter_mut().enumerate() {
            o.bijlage = format!("3{}", letters(i));
        }
    }
    overleggen
}

/// 0 → `a`, 25 → `z`, 26 → `aa`: spreadsheet-style letters.
pub(crate) fn letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The reasons for the DPIA document: party names instead of ids, and flows
/// by the number the DPIA gives them (their place in the casus, from 1).
pub(crate) fn signalen(b: &Builder, signalen: &[dpia::Signaal]) -> Vec<SignaalView> {
    // A reason may name most flows of a large casus: look numbers up by id.
    let nummer: std::collections::HashMap<&str, usize> = b
        .casus
        .stromen
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.value.as_str(), i + 1))
        .collect();
    signalen
        .iter()
        .map(|s| {
            let names: Vec<String> = s.partijen.iter().map(|id| b.naam(id)).collect();
            let reden = if names.is_empty() {
                s.omschrijving.to_string()
            } else {
                format!(
                    "{}: {}",
                    s.omschrijving,
                    crate::render::templates::opsomming(&names)
                )
            };
            let mut stromen: Vec<usize> = s
                .stromen
                .iter()
                .filter_map(|id| nummer.get(id.as_str()).copied())
                .collect();
            stromen.sort_unstable();
            SignaalView {
                nummer: s.nummer,
                naam: s.naam.to_string(),
                reden,
                stromen,
            }
        })
        .collect()
}
