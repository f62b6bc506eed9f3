//! Joint controllership (art. 26 AVG) declared for a casusoverleg or one of
//! its forms: who, for which processing, who does what.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gezamenlijk {
    /// The parties that together decide the purpose and means of the
    /// processing: at least two, each at the table of the overleg (JNT-01).
    #[schemars(with = "Vec<String>")]
    pub partijen: Vec<Ref>,
    /// Which processing they are jointly responsible for, as a phrase
    /// ("het dossier per jongere in de samenwerkingsomgeving").
    pub verwerking: String,
    /// Who does what under the arrangement (art. 26(1) AVG).
    #[serde(default)]
    pub taken: Vec<GezamenlijkeTaak>,
    /// The party data subjects turn to first (art. 26(1), last sentence).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub contactpunt: Option<Ref>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GezamenlijkeTaak {
    #[schemars(with = "String")]
    pub partij: Ref,
    /// What that party does, as a phrase completing "<partij> ...".
    pub wat: String,
}
