//! The casusoverleggen: participants, phases, age groups, minutes.

use super::*;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Casusoverleg {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub naam: String,
    #[schemars(with = "String")]
    pub doel: Ref,
    #[schemars(with = "String")]
    pub voorzitter: Ref,
    pub deelnemers: Vec<Deelnemer>,
    /// Are parents and youth (12+) invited? (praten mét, niet óver)
    #[schemars(with = "Uitnodiging")]
    pub betrokkenen: Spanned<Uitnodiging>,
    /// Why they are not invited, when `betrokkenen: niet-uitgenodigd`.
    #[serde(default)]
    pub reden: Option<String>,
    #[schemars(with = "Vec<String>")]
    pub fasen: Vec<Ref>,
    /// Age groups of the children discussed: decides who consents.
    #[serde(default)]
    #[schemars(with = "Vec<Leeftijdsgroep>")]
    pub leeftijden: Vec<Spanned<Leeftijdsgroep>>,
    #[serde(default)]
    pub verslaglegging: Option<Verslaglegging>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Leeftijdsgroep {
    #[serde(rename = "onder-12")]
    Onder12,
    #[serde(rename = "12-tot-16")]
    Van12Tot16,
    #[serde(rename = "16-plus")]
    Vanaf16,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deelnemer {
    #[schemars(with = "String")]
    pub partij: Ref,
    #[schemars(with = "String")]
    pub taak: Ref,
    pub functie: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Uitnodiging {
    Uitgenodigd,
    NietUitgenodigd,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verslaglegging {
    #[schemars(with = "String")]
    pub door: Ref,
    pub waar: String,
    pub bewaartermijn: String,
    /// How minutes travel to the participants.
    #[serde(default)]
    #[schemars(with = "Option<Kanaal>")]
    pub kanaal: Option<Spanned<Kanaal>>,
}
