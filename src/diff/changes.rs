//! What changed between two versions of a casus, item by item, compared on
//! ids: each item becomes a flat map of its fields as text (sets sorted, so
//! reordering a list of recipients is no change), and two versions of an
//! item differ when a field does. YAML layout and comments never reach the
//! model, so they never show.

use super::velden::{Items, items};
use crate::model::Casus;
use serde::Serialize;
use std::collections::BTreeMap;

/// The kinds of item, in the order a report shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Onderdeel {
    Convenant,
    Partij,
    Groep,
    Doel,
    Gegeven,
    Wet,
    Betrokkene,
    Stroom,
    Verwerker,
    Casusoverleg,
    Dpia,
}

impl Onderdeel {
    /// The heading of its group in the report.
    pub fn kop(self) -> &'static str {
        match self {
            Onderdeel::Convenant => "Convenant",
            Onderdeel::Partij => "Partijen",
            Onderdeel::Groep => "Groepen",
            Onderdeel::Doel => "Doelen",
            Onderdeel::Gegeven => "Gegevens",
            Onderdeel::Wet => "Eigen wetsartikelen",
            Onderdeel::Betrokkene => "Betrokkenen",
            Onderdeel::Stroom => "Gegevensstromen",
            Onderdeel::Verwerker => "Verwerkers",
            Onderdeel::Casusoverleg => "Casusoverleggen",
            Onderdeel::Dpia => "DPIA",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Soort {
    Toegevoegd,
    Verwijderd,
    Gewijzigd,
}

/// One field of an item that differs; `None` where it is not written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Veld {
    pub veld: String,
    pub oud: Option<String>,
    pub nieuw: Option<String>,
}

/// One item that was added, removed or changed.
#[derive(Debug, Clone, Serialize)]
pub struct Wijziging {
    pub onderdeel: Onderdeel,
    pub id: String,
    pub soort: Soort,
    /// Its name (the new one when both exist).
    pub naam: String,
    /// For a flow: its number in the documents (`S3`), before and after.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nummer_oud: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nummer_nieuw: Option<String>,
    /// The fields that differ; for an added item every field it has, for a
    /// removed one none.
    pub velden: Vec<Veld>,
}

impl Wijziging {
    /// The new value of field `veld`, if it changed.
    pub fn veld(&self, veld: &str) -> Option<&Veld> {
        self.velden.iter().find(|v| v.veld == veld)
    }
}

/// Every change from `oud` to `nieuw`, grouped by kind and sorted by id.
pub fn changes(oud: &Casus, nieuw: &Casus) -> Vec<Wijziging> {
    let mut out = Vec::new();
    for onderdeel in [
        Onderdeel::Convenant,
        Onderdeel::Partij,
        Onderdeel::Groep,
        Onderdeel::Doel,
        Onderdeel::Gegeven,
        Onderdeel::Wet,
        Onderdeel::Betrokkene,
        Onderdeel::Stroom,
        Onderdeel::Verwerker,
        Onderdeel::Casusoverleg,
        Onderdeel::Dpia,
    ] {
        compare(
            onderdeel,
            items(onderdeel, oud),
            items(onderdeel, nieuw),
            &mut out,
        );
    }
    out
}

fn compare(onderdeel: Onderdeel, oud: Items, mut nieuw: Items, out: &mut Vec<Wijziging>) {
    let mut found: Vec<Wijziging> = Vec::new();
    for (id, o) in oud {
        match nieuw.remove(&id) {
            None => found.push(Wijziging {
                onderdeel,
                id,
                soort: Soort::Verwijderd,
                naam: o.naam,
                nummer_oud: o.nummer,
                nummer_nieuw: None,
                velden: Vec::new(),
            }),
            Some(n) => {
                let velden = verschil(&o.velden, &n.velden);
                if !velden.is_empty() {
                    found.push(Wijziging {
                        onderdeel,
                        id,
                        soort: Soort::Gewijzigd,
                        naam: n.naam,
                        nummer_oud: o.nummer,
                        nummer_nieuw: n.nummer,
                        velden,
                    });
                }
            }
        }
    }
    for (id, n) in nieuw {
        found.push(Wijziging {
            onderdeel,
            id,
            soort: Soort::Toegevoegd,
            naam: n.naam,
            nummer_oud: None,
            nummer_nieuw: n.nummer,
            velden: verschil(&BTreeMap::new(), &n.velden),
        });
    }
    found.sort_by(|a, b| a.id.cmp(&b.id));
    out.extend(found);
}

fn verschil(oud: &BTreeMap<String, String>, nieuw: &BTreeMap<String, String>) -> Vec<Veld> {
    let mut keys: Vec<&String> = oud.keys().chain(nieuw.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (o, n) = (oud.get(k), nieuw.get(k));
            (o != n).then(|| Veld {
                veld: k.clone(),
                oud: o.cloned(),
                nieuw: n.cloned(),
            })
        })
        .collect()
}
