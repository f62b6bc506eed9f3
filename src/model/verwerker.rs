//! Processors, their sub-processors and the sector model of their agreement.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verwerker {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub naam: String,
    /// What the parties agreed on the open items of the processor agreement,
    /// by the name `convenant open` gives (`meldtermijn: 24 uur`).
    #[serde(default)]
    pub afspraken: std::collections::BTreeMap<String, String>,
    /// Controllers it processes for: one agreement per controller.
    #[schemars(with = "Vec<String>")]
    pub voor: Vec<Ref>,
    pub dienst: String,
    #[schemars(with = "Vec<String>")]
    pub gegevens: Vec<Ref>,
    /// Left out: the categories of top-level `betrokkenen:` whose data it processes.
    #[serde(default)]
    pub betrokkenen: Vec<String>,
    pub locatie: String,
    #[serde(default)]
    pub subverwerkers: Vec<Subverwerker>,
    /// The controller's written authorisation for sub-processors (art. 28(2) AVG).
    #[serde(default)]
    #[schemars(with = "Option<Machtiging>")]
    pub subverwerkers_machtiging: Option<Spanned<Machtiging>>,
    #[serde(default)]
    pub beveiliging: Vec<String>,
    /// Parties other than the controllers that get an account on this system.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub toegang: Vec<Ref>,
    /// The sector model the agreement follows.
    #[serde(default)]
    #[schemars(with = "Option<OvereenkomstModel>")]
    pub model: Option<Spanned<OvereenkomstModel>>,
    /// Why the agreement deviates from the sector model (comply or explain).
    #[serde(default)]
    pub model_reden: Option<String>,
    /// The version of the sector model that governs (`model: vng` or
    /// `privacyconvenant`), as its publisher numbers it.
    #[serde(default)]
    pub model_versie: Option<String>,
    /// The language of the processor-facing document: `nl` (default) or `en`.
    #[serde(default)]
    pub taal: Option<Taal>,
    /// Set when the processor is also a party of the covenant.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub partij: Option<Ref>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subverwerker {
    pub naam: String,
    pub dienst: String,
    pub locatie: String,
    /// A written agreement imposes the same obligations on it (art. 28(4) AVG).
    #[serde(default)]
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
