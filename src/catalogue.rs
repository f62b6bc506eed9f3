//! The built-in catalogue of legal bases and statutory provisions
//! (`src/catalogue/grondslagen.yaml`, embedded in the binary).

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

mod citaten;
pub use citaten::{artikelreeks, artikelreeks_en, combineer, engels};

const DATA: &str = include_str!("catalogue/grondslagen.yaml");

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Grondslag {
    pub id: String,
    /// The exact Dutch citation, as it appears in the documents.
    pub citaat: String,
    /// The English citation, for the English documents; when absent it is
    /// made from `citaat` (`artikel 28, derde lid, onder a, AVG` →
    /// `Article 28(3)(a) GDPR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    pub soort: Soort,
    pub uitleg: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Soort {
    #[serde(rename = "avg-6")]
    Avg6,
    #[serde(rename = "avg-9")]
    Avg9,
    #[serde(rename = "avg-10")]
    Avg10,
    Uavg,
    Meldrecht,
    Sectorwet,
    /// A general provision the documents cite (AVG art. 28(3)(a), UAVG art. 5,
    /// ...): never a basis, exception or statute in a casus.
    Bepaling,
}

impl Soort {
    /// The kind as written in `grondslagen.yaml`.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Soort::Avg6 => "avg-6",
            Soort::Avg9 => "avg-9",
            Soort::Avg10 => "avg-10",
            Soort::Uavg => "uavg",
            Soort::Meldrecht => "meldrecht",
            Soort::Sectorwet => "sectorwet",
            Soort::Bepaling => "bepaling",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Soort::Avg6 => "grondslag (art. 6 AVG)",
            Soort::Avg9 => "uitzondering bijzondere persoonsgegevens (art. 9 AVG)",
            Soort::Avg10 => "strafrechtelijke persoonsgegevens (art. 10 AVG)",
            Soort::Uavg => "Uitvoeringswet AVG",
            Soort::Meldrecht => "wettelijk meldrecht of meldplicht",
            Soort::Sectorwet => "wettelijke taak (sectorwet)",
            Soort::Bepaling => "algemene bepaling (alleen voor de documenten, niet in een casus)",
        }
    }
}

/// Where in a casus a catalogue id is used, and so which kinds fit there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// `taken[].grondslag`
    TaskBasis,
    /// `stromen[].grondslag`
    FlowBasis,
    /// `stromen[].uitzondering`
    Exception,
    /// `taken[].wet`, `stromen[].wet`
    Statute,
}

impl Use {
    pub(crate) fn accepts(self, soort: Soort) -> bool {
        match self {
            Use::TaskBasis => soort == Soort::Avg6,
            Use::FlowBasis => matches!(soort, Soort::Avg6 | Soort::Meldrecht),
            Use::Exception => matches!(
                soort,
                Soort::Avg9 | Soort::Avg10 | Soort::Uavg | Soort::Meldrecht
            ),
            Use::Statute => matches!(soort, Soort::Sectorwet | Soort::Meldrecht),
        }
    }
    pub(crate) fn expected(self) -> &'static str {
        match self {
            Use::TaskBasis => {
                "een grondslag uit artikel 6, eerste lid, AVG (avg-6-1-a tot en met avg-6-1-f)"
            }
            Use::FlowBasis => {
                "een grondslag uit artikel 6, eerste lid, AVG of een wettelijk meldrecht (bijvoorbeeld wmo-5-2-6)"
            }
            Use::Exception => {
                "een uitzondering uit artikel 9, tweede lid, AVG, artikel 10 AVG, de UAVG of een wettelijk meldrecht"
            }
            Use::Statute => "een wetsartikel van de soort sectorwet of meldrecht",
        }
    }
}

pub(crate) fn all() -> &'static [Grondslag] {
    static CATALOGUE: OnceLock<Vec<Grondslag>> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        // The file is ours and tested (`catalogue_parses`), so a failure here is a build defect.
        serde_saphyr::from_str(DATA).expect("embedded catalogue grondslagen.yaml is valid")
    })
}

pub fn get(id: &str) -> Option<&'static Grondslag> {
    all().iter().find(|g| g.id == id)
}

/// The English citation of a catalogue entry: its `en`, or the Dutch one
/// converted; `None` when neither gives one.
pub fn citaat_en(g: &Grondslag) -> Option<String> {
    g.en.clone().or_else(|| engels(&g.citaat))
}

/// The art. 6(1) bases that require a statutory reference (art. 6(3) AVG).
pub(crate) fn needs_statute(id: &str) -> bool {
    matches!(id, "avg-6-1-c" | "avg-6-1-e")
}

/// Bases resting on the data subject's consent. (UAVG art. 22(2) also covers
/// vital interests and legal claims, so it does not imply consent.)
pub(crate) fn is_consent(id: &str) -> bool {
    matches!(id, "avg-6-1-a" | "avg-9-2-a")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_provisions_are_never_accepted_in_a_casus() {
        let uses = [Use::TaskBasis, Use::FlowBasis, Use::Exception, Use::Statute];
        for u in uses {
            assert!(!u.accepts(Soort::Bepaling), "{u:?} accepts a bepaling");
        }
        for id in ["avg-28-3-a", "avg-28-3-h", "avg-35-7-d", "uavg-5", "avg-82"] {
            assert_eq!(get(id).map(|g| g.soort), Some(Soort::Bepaling), "{id}");
        }
        // The casus ids stay of their own kind.
        assert_eq!(get("avg-6-1-e").unwrap().soort, Soort::Avg6);
        assert_eq!(get("uavg-30-3").unwrap().soort, Soort::Uavg);
    }

    #[test]
    fn catalogue_parses_with_unique_slug_ids() {
        let all = all();
        assert!(all.len() > 50);
        let mut ids: Vec<&str> = all.iter().map(|g| g.id.as_str()).collect();
        assert!(ids.iter().all(|id| crate::ids::is_slug(id)));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "duplicate id in grondslagen.yaml");
    }

    #[test]
    fn catalogue_has_what_the_issue_names() {
        for id in [
            "avg-6-1-a",
            "avg-6-1-f",
            "avg-9-2-a",
            "avg-9-2-j",
            "uavg-22",
            "uavg-30-3",
            "uavg-46",
            "wmo-5-2-6",
            "bw-1-240",
            "jw-7-3-11-4",
            "jw-2-3",
            "lpw-16",
            "wpo-18a",
            "wpg-5",
        ] {
            assert!(get(id).is_some(), "{id} missing");
        }
        assert_eq!(
            get("avg-6-1-e").unwrap().citaat,
            "artikel 6, eerste lid, onder e, AVG"
        );
    }
}
