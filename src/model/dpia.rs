//! The DPIA block: controller, FG advice, residual risk, review.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de partij die de DPIA uitvoert en vaststelt, meestal een gemeente."))]
    pub verantwoordelijke: Ref,
    /// The answers of the DPIA's own assessments, by the name `convenant
    /// open` gives (`aanleiding: ...`).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De eigen beoordelingen van de DPIA (aanleiding, evenredigheid, risico's, ...), bij de naam die `convenant open` noemt."))]
    pub antwoorden: std::collections::BTreeMap<String, String>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<FgAdvies>>")]
    #[schemars(extend("x-uitleg" = "Het advies van de functionaris gegevensbescherming (artikel 35, tweede lid, AVG): `{ datum, kenmerk }`, of `onbekend`."))]
    pub fg_advies: Option<FgAdvies>,
    /// The other controllers that carry out or adopt this DPIA with
    /// `verantwoordelijke`, each with its own FG advice and adoption.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De andere verantwoordelijken die deze DPIA ook vaststellen, elk met eigen FG-advies en besluit."))]
    pub verantwoordelijken: Vec<MedeVerantwoordelijke>,
    /// The decision that adopts the DPIA (its reference and date).
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Besluit>>")]
    #[schemars(extend("x-uitleg" = "Het besluit dat de DPIA vaststelt: `{ kenmerk, datum }`, of `onbekend`."))]
    pub vaststelling: Option<Besluit>,
    #[serde(default)]
    #[schemars(with = "Option<Risiconiveau>")]
    #[schemars(extend("x-uitleg" = "Het risico dat na de maatregelen overblijft: `laag`, `midden` of `hoog`."))]
    pub restrisico: Option<Spanned<Risiconiveau>>,
    /// Prior consultation of the AP (art. 36 AVG), required when residual risk is high.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De voorafgaande raadpleging van de Autoriteit Persoonsgegevens (artikel 36 AVG): `{ datum, kenmerk }`; nodig bij `restrisico: hoog`."))]
    pub voorafgaande_raadpleging: Option<FgAdvies>,
    /// Large scale (WP248 criterion 5); cannot be derived from the casus.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: de verwerking is grootschalig; dat volgt niet uit de casus, dus u zegt het zelf."))]
    pub grootschalig: bool,
    /// New technology or a new organisational solution (WP248 criterion 8).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: er wordt nieuwe technologie of een nieuwe organisatorische oplossing gebruikt."))]
    pub nieuwe_technologie: bool,
    /// When the DPIA is reviewed next: at most three years after the covenant date.
    #[serde(default)]
    #[schemars(with = "Option<Datum>")]
    #[schemars(extend("x-uitleg" = "Wanneer de DPIA opnieuw beoordeeld wordt (JJJJ-MM-DD): uiterlijk drie jaar na de datum van het convenant."))]
    pub herbeoordeling: Option<Spanned<Datum>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FgAdvies {
    #[schemars(extend("x-uitleg" = "Datum (JJJJ-MM-DD)."))]
    pub datum: Datum,
    #[schemars(extend("x-uitleg" = "Kenmerk van het advies of de raadpleging."))]
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
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de andere verantwoordelijke, zoals de tweede gemeente."))]
    pub partij: Ref,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<FgAdvies>>")]
    #[schemars(extend("x-uitleg" = "Het advies van haar eigen functionaris gegevensbescherming: `{ datum, kenmerk }`, of `onbekend`."))]
    pub fg_advies: Option<FgAdvies>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Besluit>>")]
    #[schemars(extend("x-uitleg" = "Haar besluit dat de DPIA vaststelt: `{ kenmerk, datum }`, of `onbekend`."))]
    pub vaststelling: Option<Besluit>,
}
