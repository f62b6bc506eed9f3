//! Processors, their sub-processors and the sector model of their agreement.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verwerker {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de verwerker; komt ook in de bestandsnaam van de verwerkersovereenkomst."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "De naam van de verwerker."))]
    pub naam: String,
    /// What the parties agreed on the open items of the processor agreement,
    /// by the name `convenant open` gives (`meldtermijn: 24 uur`).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Wat verantwoordelijke en verwerker afspraken over de open punten van de overeenkomst, bij de naam die `convenant open` noemt, bijvoorbeeld `meldtermijn: 24 uur`."))]
    pub afspraken: std::collections::BTreeMap<String, String>,
    /// Controllers it processes for: one agreement per controller.
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de verwerkingsverantwoordelijken; per verantwoordelijke een overeenkomst."))]
    pub voor: Vec<Ref>,
    #[schemars(extend("x-uitleg" = "Wat de verwerker doet."))]
    pub dienst: String,
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de gegevens die de verwerker verwerkt."))]
    pub gegevens: Vec<Ref>,
    /// Left out: the categories of top-level `betrokkenen:` whose data it processes.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Van wie de verwerker gegevens verwerkt, bijvoorbeeld `[leerlingen, medewerkers]`; zonder: afgeleid uit `betrokkenen:`."))]
    pub betrokkenen: Vec<String>,
    #[schemars(extend("x-uitleg" = "Waar de gegevens staan, bijvoorbeeld `EER (Nederland)`."))]
    pub locatie: String,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De verwerkers die deze verwerker zelf inschakelt."))]
    pub subverwerkers: Vec<Subverwerker>,
    /// The controller's written authorisation for sub-processors (art. 28(2) AVG).
    #[serde(default)]
    #[schemars(with = "Option<Machtiging>")]
    #[schemars(extend("x-uitleg" = "De schriftelijke toestemming van de verantwoordelijke voor subverwerkers: `algemeen` of `specifiek`; nodig zodra er subverwerkers zijn."))]
    pub subverwerkers_machtiging: Option<Spanned<Machtiging>>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De beveiligingsmaatregelen (artikel 32 AVG), elk als tekst."))]
    pub beveiliging: Vec<String>,
    /// Parties other than the controllers that get an account on this system.
    #[serde(default)]
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van andere partijen die een account op het systeem krijgen."))]
    pub toegang: Vec<Ref>,
    /// The sector model the agreement follows.
    #[serde(default)]
    #[schemars(with = "Option<OvereenkomstModel>")]
    #[schemars(extend("x-uitleg" = "Het model van de overeenkomst: `privacyconvenant`, `vng` of `eigen`."))]
    pub model: Option<Spanned<OvereenkomstModel>>,
    /// Why the agreement deviates from the sector model (comply or explain).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Waarom de overeenkomst van het sectormodel afwijkt (pas toe of leg uit)."))]
    pub model_reden: Option<String>,
    /// The version of the sector model that governs (`model: vng` or
    /// `privacyconvenant`), as its publisher numbers it.
    #[schemars(extend("x-uitleg" = "De versie van het sectormodel dat de overeenkomst is (bij `model: vng` of `privacyconvenant`), zoals de uitgever haar nummert: `4.0`. Zonder: een open punt."))]
    #[serde(default)]
    pub model_versie: Option<String>,
    /// The language of the processor-facing document: `nl` (default) or `en`.
    #[schemars(extend("x-uitleg" = "De taal van de overeenkomst of specificatie voor deze verwerker: `nl` (standaard) of `en` (Engels, voor een verwerker in het buitenland)."))]
    #[serde(default)]
    pub taal: Option<Taal>,
    /// Set when the processor is also a party of the covenant.
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "Alleen als de verwerker zelf ook partij bij het convenant is: haar partij-id."))]
    pub partij: Option<Ref>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subverwerker {
    #[schemars(extend("x-uitleg" = "Naam van de subverwerker."))]
    pub naam: String,
    #[schemars(extend("x-uitleg" = "Wat de subverwerker doet."))]
    pub dienst: String,
    #[schemars(extend("x-uitleg" = "Waar de gegevens staan."))]
    pub locatie: String,
    /// A written agreement imposes the same obligations on it (art. 28(4) AVG).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: de verwerker heeft de subverwerker schriftelijk dezelfde plichten opgelegd (artikel 28, vierde lid, AVG)."))]
    pub overeenkomst: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Machtiging {
    Algemeen,
    Specifiek,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OvereenkomstModel {
    /// Model Verwerkersovereenkomst of the Privacyconvenant Onderwijs (4.0).
    Privacyconvenant,
    /// Standaard Verwerkersovereenkomst Gemeenten (VNG).
    Vng,
    Eigen,
}

/// The language a processor-facing document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Taal {
    Nl,
    En,
}
