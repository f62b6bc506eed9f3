//! The DPIA block: controller, FG advice, residual risk, review.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    #[schemars(with = "String")]
    pub verantwoordelijke: Ref,
    /// The answers of the DPIA's own assessments, by the name `convenant
    /// open` gives (`aanleiding: ...`).
    #[serde(default)]
    pub antwoorden: std::collections::BTreeMap<String, String>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<FgAdvies>>")]
    pub fg_advies: Option<FgAdvies>,
    /// The other controllers that carry out or adopt this DPIA with
    /// `verantwoordelijke`, each with its own FG advice and adoption.
    #[serde(default)]
    pub verantwoordelijken: Vec<MedeVerantwoordelijke>,
    /// The decision that adopts the DPIA (its reference and date).
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Besluit>>")]
    pub vaststelling: Option<Besluit>,
    #[serde(default)]
    #[schemars(with = "Option<Risiconiveau>")]
    pub restrisico: Option<Spanned<Risiconiveau>>,
    /// Prior consultation of the AP (art. 36 AVG), required when residual risk is high.
    #[serde(default)]
    pub voorafgaande_raadpleging: Option<FgAdvies>,
    /// Large scale (WP248 criterion 5); cannot be derived from the casus.
    #[serde(default)]
    pub grootschalig: bool,
    /// New technology or a new organisational solution (WP248 criterion 8).
    #[serde(default)]
    pub nieuwe_technologie: bool,
    /// When the DPIA is reviewed next: at most three years after the covenant date.
    #[serde(default)]
    #[schemars(with = "Option<Datum>")]
    pub herbeoordeling: Option<Spanned<Datum>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FgAdvies {
    pub datum: Datum,
    pub kenmerk: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Risiconiveau {
    Laag,
    Midden,
    Hoog,
}

/// Another controller that adopts the DPIA, such as the second gemeente.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MedeVerantwoordelijke {
    #[schemars(with = "String")]
    pub partij: Ref,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<FgAdvies>>")]
    pub fg_advies: Option<FgAdvies>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Besluit>>")]
    pub vaststelling: Option<Besluit>,
}
