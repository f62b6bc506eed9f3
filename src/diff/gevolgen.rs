//! What a change means: which documents change, who must sign what (the
//! covenant's article on changes), whether the DPIA must be assessed again
//! (art. 35(11) AVG), and which processor agreements change.

use super::changes::{Onderdeel, Soort, Wijziging};
use crate::model::{Casus, GegevenSoort, Stroom, stem_bijlage_3, stem_verwerkersovereenkomst};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One document that changes, by its file stem.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub document: String,
    pub soort: Soort,
    /// The headings of its parts (articles, paragraphs) whose text changes,
    /// when both versions were made; the new heading when it has one.
    pub onderdelen: Vec<String>,
}

/// Who must sign (or agree to) one changed document, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Ondertekening {
    pub document: String,
    /// Ids of the parties that sign.
    pub partijen: Vec<String>,
    /// Who else signs: the processor of a processor agreement.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ook: Vec<String>,
    pub reden: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Dpia {
    pub herbeoordelen: bool,
    pub redenen: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Gevolgen {
    /// `made`: the documents of both versions were made and compared;
    /// `geschat`: a version has errors, so the list follows from the changes.
    pub documenten_bepaald: &'static str,
    pub documenten: Vec<Document>,
    pub ondertekening: Vec<Ondertekening>,
    pub dpia: Dpia,
    /// The file stems of the processor agreements that change.
    pub verwerkersovereenkomsten: Vec<String>,
    /// Things to do that follow from the change (a version number).
    pub opmerkingen: Vec<String>,
}

/// The Markdown of every document of one version, by stem.
pub type Gemaakt = BTreeMap<String, String>;

/// The parties that join by accession (an accession that is new) and the
/// parties that are gone.
fn toe_en_uittreders(wijzigingen: &[Wijziging]) -> (Vec<String>, Vec<String>) {
    let partij = |w: &&Wijziging| w.onderdeel == Onderdeel::Partij;
    let toe = wijzigingen
        .iter()
        .filter(partij)
        .filter(|w| {
            w.veld("toetreding")
                .is_some_and(|v| v.oud.is_none() && v.nieuw.is_some())
        })
        .map(|w| w.id.clone())
        .collect();
    let uit = wijzigingen
        .iter()
        .filter(partij)
        .filter(|w| w.soort == Soort::Verwijderd)
        .map(|w| w.id.clone())
        .collect();
    (toe, uit)
}

pub fn gevolgen(
    oud: &Casus,
    nieuw: &Casus,
    wijzigingen: &[Wijziging],
    gemaakt: Option<(&Gemaakt, &Gemaakt)>,
) -> Gevolgen {
    let (documenten, bepaald) = match gemaakt {
        Some((o, n)) => (vergeleken(o, n), "gemaakt"),
        None => (geschat(oud, nieuw, wijzigingen), "geschat"),
    };
    let stems: BTreeSet<&str> = documenten.iter().map(|d| d.document.as_str()).collect();
    let mut ondertekening = Vec::new();
    let mut opmerkingen = Vec::new();
    let (toetreders, uittreders) = toe_en_uittreders(wijzigingen);
    // Only parties that join by accession or leave by notice: the covenant
    // itself is not amended, so the other parties do not sign again.
    let alleen_toe_of_uittreding = wijzigingen.iter().all(|w| {
        w.onderdeel == Onderdeel::Partij
            && (toetreders.contains(&w.id) || uittreders.contains(&w.id))
    });
    if !uittreders.is_empty() {
        ondertekening.push(Ondertekening {
            document: "convenant".into(),
            partijen: uittreders.clone(),
            ook: Vec::new(),
            reden: "treedt uit door haar deelname schriftelijk op te zeggen bij alle andere Partijen, met de opzegtermijn van het Convenant (artikel Duur, lid 3); haar uittreding wijzigt het Convenant niet, dus de andere Partijen tekenen niet opnieuw".into(),
        });
    }
    if stems.contains("convenant") && !alleen_toe_of_uittreding {
        ondertekening.push(Ondertekening {
            document: "convenant".into(),
            partijen: nieuw.partijen.iter().map(|p| p.id.value.clone()).collect::<BTreeSet<_>>().into_iter().collect(),
            ook: Vec::new(),
            reden: "de tekst van het Convenant verandert; dat vraagt de schriftelijke instemming van alle Partijen (artikel Wijzigingen, lid 1)".into(),
        });
        let versie = |c: &Casus| c.convenant.as_ref().map(|c| c.value.value.versie.clone());
        if versie(oud) == versie(nieuw) {
            opmerkingen.push(format!(
                "het Convenant verandert, maar `convenant.versie` blijft {}; een gewijzigd Convenant krijgt een nieuw versienummer en een nieuwe datum (artikel Wijzigingen, lid 1)",
                versie(nieuw).unwrap_or_default()
            ));
        }
    }
    for (stem, o) in overleggen(oud, nieuw) {
        if stems.contains(stem.as_str()) {
            ondertekening.push(Ondertekening {
                document: stem,
                partijen: o,
                ook: Vec::new(),
                reden: "deze Bijlage 3 verandert; de Partijen die aan dit Casusoverleg deelnemen wijzigen haar, na advies van hun Functionarissen gegevensbescherming, en sturen haar aan alle Partijen (artikel Wijzigingen, lid 2)".into(),
            });
        }
    }
    if !toetreders.is_empty() {
        ondertekening.push(Ondertekening {
            document: "bijlage-1-toetreding".into(),
            partijen: toetreders,
            ook: Vec::new(),
            reden: "treedt toe met het Toetredingsformulier (Bijlage 1); de voorzitter van het Casusoverleg maakt het bekend aan de Deelnemers, en pas dan is zij Partij (artikel Toetreding)".into(),
        });
    }
    let mut verwerkersovereenkomsten = Vec::new();
    for (stem, (partij, verwerker)) in overeenkomsten(oud, nieuw) {
        if stems.contains(stem.as_str()) {
            verwerkersovereenkomsten.push(stem.clone());
            ondertekening.push(Ondertekening {
                document: stem,
                partijen: vec![partij],
                ook: vec![verwerker],
                reden: "de verwerkersovereenkomst verandert; verwerkingsverantwoordelijke en verwerker tekenen haar (artikel 28, negende lid, AVG: schriftelijk)".into(),
            });
        }
    }
    Gevolgen {
        documenten_bepaald: bepaald,
        documenten,
        ondertekening,
        dpia: dpia(oud, nieuw, wijzigingen),
        verwerkersovereenkomsten,
        opmerkingen,
    }
}

/// Per Bijlage 3 (by stem) the parties of its casusoverleg: participants
/// and chairs of every form, groups by their members; of the new version,
/// or the old one for a casusoverleg that is gone.
fn overleggen(oud: &Casus, nieuw: &Casus) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for c in [nieuw, oud] {
        for o in &c.casusoverleggen {
            let mut partijen = BTreeSet::new();
            for v in &o.vormen {
                let ids = v
                    .deelnemers
                    .iter()
                    .map(|d| &d.partij.value)
                    .chain(v.voorzitter.as_ref().map(|r| &r.value));
                for id in ids {
                    for p in c.leden(id) {
                        partijen.insert(p.id.value.clone());
                    }
                }
            }
            out.entry(stem_bijlage_3(&o.id.value))
                .or_insert_with(|| partijen.into_iter().collect());
        }
    }
    out
}

/// Every processor agreement of either version: stem → (controller, processor name).
fn overeenkomsten(oud: &Casus, nieuw: &Casus) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for c in [nieuw, oud] {
        for v in &c.verwerkers {
            for p in &v.voor {
                for lid in c.leden(&p.value) {
                    out.entry(stem_verwerkersovereenkomst(&lid.id.value, &v.id.value))
                        .or_insert_with(|| (lid.id.value.clone(), v.naam.clone()));
                }
            }
        }
    }
    out
}

/// The documents that differ between two made versions, with the headings
/// of the parts that differ.
fn vergeleken(oud: &Gemaakt, nieuw: &Gemaakt) -> Vec<Document> {
    let mut out = Vec::new();
    let stems: BTreeSet<&String> = oud.keys().chain(nieuw.keys()).collect();
    for stem in stems {
        let (soort, onderdelen) = match (oud.get(stem), nieuw.get(stem)) {
            (Some(o), Some(n)) if o == n => continue,
            (Some(o), Some(n)) => (Soort::Gewijzigd, super::redline::changed_parts(o, n)),
            (None, Some(_)) => (Soort::Toegevoegd, Vec::new()),
            (Some(_), None) => (Soort::Verwijderd, Vec::new()),
            (None, None) => continue,
        };
        out.push(Document {
            document: stem.clone(),
            soort,
            onderdelen,
        });
    }
    out
}

/// Without documents to compare (a version has errors): the documents the
/// changes reach, by what each document describes.
fn geschat(oud: &Casus, nieuw: &Casus, wijzigingen: &[Wijziging]) -> Vec<Document> {
    let mut stems: BTreeMap<String, Soort> = BTreeMap::new();
    let mut raak = |stem: String| {
        stems.entry(stem).or_insert(Soort::Gewijzigd);
    };
    let overleg_van = |c: &Casus, id: &str| {
        c.stromen
            .iter()
            .find(|s| s.id.value == id)
            .and_then(|s| s.overleg.as_ref().map(|o| o.value.clone()))
    };
    for w in wijzigingen {
        match w.onderdeel {
            Onderdeel::Stroom => {
                // A flow is described in the covenant (its retention, its
                // channel) and in the Bijlage 3 of its casusoverleg.
                raak("convenant".into());
                for c in [oud, nieuw] {
                    if let Some(o) = overleg_van(c, &w.id) {
                        raak(stem_bijlage_3(&o));
                    }
                }
                raak("dpia".into());
            }
            Onderdeel::Casusoverleg => {
                raak(stem_bijlage_3(&w.id));
                if w.soort != Soort::Gewijzigd || w.veld("naam").is_some() {
                    raak("convenant".into());
                }
                raak("dpia".into());
            }
            Onderdeel::Verwerker => {
                for (stem, _) in overeenkomsten(oud, nieuw)
                    .into_iter()
                    .filter(|(s, _)| s.ends_with(&format!("-{}", w.id)))
                {
                    raak(stem);
                }
                raak("convenant".into());
                raak("dpia".into());
            }
            Onderdeel::Partij if w.veld("toetreding").is_some() => {
                raak("bijlage-1-toetreding".into());
                raak("convenant".into());
                raak("dpia".into());
            }
            Onderdeel::Dpia => raak("dpia".into()),
            _ => {
                raak("convenant".into());
                raak("dpia".into());
            }
        }
    }
    stems
        .into_iter()
        .map(|(document, soort)| Document {
            document,
            soort,
            onderdelen: Vec::new(),
        })
        .collect()
}

/// Whether a location reads as inside the EEA: it names the EEA (`EER`,
/// `EEA`) or an EEA country, and does not say `buiten`. Anything else, such
/// as `Verenigde Staten`, counts as outside: a transfer the DPIA must weigh.
pub fn in_eer(locatie: &str) -> bool {
    const LANDEN: &[&str] = &[
        "nederland",
        "belgië",
        "belgie",
        "luxemburg",
        "duitsland",
        "frankrijk",
        "ierland",
        "denemarken",
        "zweden",
        "finland",
        "oostenrijk",
        "italië",
        "italie",
        "spanje",
        "portugal",
        "griekenland",
        "polen",
        "tsjechië",
        "tsjechie",
        "slowakije",
        "hongarije",
        "slovenië",
        "slovenie",
        "kroatië",
        "kroatie",
        "roemenië",
        "roemenie",
        "bulgarije",
        "estland",
        "letland",
        "litouwen",
        "malta",
        "cyprus",
        "noorwegen",
        "ijsland",
        "liechtenstein",
        "europese unie",
        "europese economische ruimte",
    ];
    let l = locatie.to_lowercase();
    if l.contains("buiten") {
        return false;
    }
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| matches!(*w, "eer" | "eea" | "eu"))
        || LANDEN.iter().any(|land| l.contains(land))
}

/// Whether a flow carries special-category or criminal data (art. 9, 10 AVG).
fn bijzonder(c: &Casus, s: &Stroom) -> Vec<String> {
    let mut out: Vec<String> = c
        .gegevens_van(s)
        .filter(|g| {
            matches!(
                g.soort.value,
                GegevenSoort::Bijzonder | GegevenSoort::Strafrechtelijk
            )
        })
        .map(|g| g.naam.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The parties that receive special data in a version, with a flow that brings it.
fn ontvangers_bijzonder(c: &Casus) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for s in &c.stromen {
        if bijzonder(c, s).is_empty() {
            continue;
        }
        for n in &s.naar {
            for p in c.leden(&n.value) {
                out.entry(p.id.value.clone())
                    .or_insert_with(|| s.id.value.clone());
            }
        }
    }
    out
}

/// Art. 35(11) AVG: the reasons to assess the DPIA again.
fn dpia(oud: &Casus, nieuw: &Casus, wijzigingen: &[Wijziging]) -> Dpia {
    let mut redenen = Vec::new();
    let stroom = |c: &'_ Casus, id: &str| -> Option<(usize, Stroom)> {
        c.stromen
            .iter()
            .position(|s| s.id.value == id)
            .map(|i| (i + 1, c.stromen[i].clone()))
    };
    for s in &nieuw.stromen {
        let nu = bijzonder(nieuw, s);
        if nu.is_empty() {
            continue;
        }
        let eerder = stroom(oud, &s.id.value).map(|(_, o)| bijzonder(oud, &o));
        let nieuwe: Vec<&String> = nu
            .iter()
            .filter(|g| !eerder.as_ref().is_some_and(|e| e.contains(g)))
            .collect();
        if nieuwe.is_empty() {
            continue;
        }
        let n = stroom(nieuw, &s.id.value).map_or(0, |(n, _)| n);
        let namen: Vec<String> = nieuwe.iter().map(|g| g.to_string()).collect();
        redenen.push(format!(
            "{} stroom `{}` (S{n}) deelt bijzondere of strafrechtelijke persoonsgegevens: {}",
            if eerder.is_some() { "de" } else { "de nieuwe" },
            s.id.value,
            namen.join(", ")
        ));
    }
    let eerder = ontvangers_bijzonder(oud);
    for (partij, s) in ontvangers_bijzonder(nieuw) {
        if !eerder.contains_key(&partij) {
            redenen.push(format!(
                "`{partij}` ontvangt nu bijzondere of strafrechtelijke persoonsgegevens (stroom `{s}`)"
            ));
        }
    }
    for w in wijzigingen {
        match (w.onderdeel, w.soort) {
            (Onderdeel::Verwerker, Soort::Toegevoegd) => {
                redenen.push(format!(
                    "er is een nieuwe verwerker: `{}` ({})",
                    w.id, w.naam
                ));
            }
            (Onderdeel::Stroom, Soort::Gewijzigd) => {
                if let Some(v) = w.veld("kanaal") {
                    redenen.push(format!(
                        "stroom `{}` gaat over een ander kanaal: {} → {}",
                        w.id,
                        v.oud.as_deref().unwrap_or("–"),
                        v.nieuw.as_deref().unwrap_or("–")
                    ));
                }
            }
            _ => {}
        }
        if w.onderdeel == Onderdeel::Casusoverleg {
            for v in w
                .velden
                .iter()
                .filter(|v| v.veld.ends_with("verslaglegging"))
            {
                let kanaal = |s: &Option<String>| {
                    s.as_deref()
                        .and_then(|s| s.rsplit_once(", ").map(|(_, k)| k.to_string()))
                };
                if w.soort == Soort::Gewijzigd && kanaal(&v.oud) != kanaal(&v.nieuw) {
                    redenen.push(format!(
                        "de verslagen van casusoverleg `{}` gaan over een ander kanaal ({})",
                        w.id, v.veld
                    ));
                }
            }
        }
    }
    // Locations: a processor or sub-processor now outside the EEA.
    for v in &nieuw.verwerkers {
        let voor = oud.verwerkers.iter().find(|o| o.id.value == v.id.value);
        if !in_eer(&v.locatie) && voor.is_none_or(|o| in_eer(&o.locatie)) {
            redenen.push(format!(
                "verwerker `{}` verwerkt de gegevens buiten de EER: {}",
                v.id.value, v.locatie
            ));
        }
        for s in &v.subverwerkers {
            let eerder = voor.and_then(|o| o.subverwerkers.iter().find(|x| x.naam == s.naam));
            if !in_eer(&s.locatie) && eerder.is_none_or(|o| in_eer(&o.locatie)) {
                redenen.push(format!(
                    "subverwerker {} van `{}` verwerkt de gegevens buiten de EER: {}",
                    s.naam, v.id.value, s.locatie
                ));
            }
        }
    }
    redenen.sort();
    redenen.dedup();
    Dpia {
        herbeoordelen: !redenen.is_empty(),
        redenen,
    }
}
