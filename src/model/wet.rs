//! Own citations: a law article the built-in catalogue lacks, written in
//! the casus with its exact citation and where it is found.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Wet {
    #[serde(skip)]
    pub bestand: FileId,
    /// Used in `wet:` like a catalogue id; it may not be one already.
    #[schemars(with = "String")]
    pub id: Ref,
    /// The exact Dutch citation: `artikel 5, onder a, Leerplichtwet 1969`.
    pub citaat: String,
    pub soort: WetSoort,
    /// Where the article is found: a wetten.overheid.nl address or a BWB id.
    #[schemars(with = "String")]
    pub vindplaats: Ref,
    #[serde(default)]
    pub toelichting: Option<String>,
}

/// What an own citation can be: like the catalogue's kinds for `wet:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum WetSoort {
    /// A statutory task (sectorwet).
    Sectorwet,
    /// A statutory right or duty to report.
    Meldrecht,
}
