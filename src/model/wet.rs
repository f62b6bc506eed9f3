//! Own citations: a law article the built-in catalogue lacks, written in
//! the casus with its exact citation and where it is found.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Wet {
    #[serde(skip)]
    pub bestand: FileId,
    /// Used in `wet:` like a catalogue id; it may not be one already.
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "Een eigen id voor het citaat, te gebruiken in `wet:` zoals een catalogus-id; niet een id die de catalogus al heeft."))]
    pub id: Ref,
    /// The exact Dutch citation: `artikel 5, onder a, Leerplichtwet 1969`.
    #[schemars(extend("x-uitleg" = "Het exacte citaat zoals het in de documenten komt, bijvoorbeeld `artikel 5, aanhef en onder a, Leerplichtwet 1969`."))]
    pub citaat: String,
    #[schemars(extend("x-uitleg" = "`sectorwet` (een wettelijke taak) of `meldrecht` (een wettelijk meldrecht of meldplicht)."))]
    pub soort: WetSoort,
    /// Where the article is found: a wetten.overheid.nl address or a BWB id.
    #[schemars(with = "String")]
    #[schemars(extend("x-uitleg" = "Het adres van het artikel op wetten.overheid.nl, of het BWB-id van de wet (`BWBR0002628`)."))]
    pub vindplaats: Ref,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Wat het artikel regelt, in gewone woorden."))]
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
