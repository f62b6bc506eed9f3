//! Joint controllership (art. 26 AVG) declared for a casusoverleg or one of
//! its forms: who, for which processing, who does what.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gezamenlijk {
    /// The parties that together decide the purpose and means of the
    /// processing: at least two, each at the table of the overleg (JNT-01).
    #[schemars(extend("x-uitleg" = "De partijen die samen doel en middelen van de verwerking bepalen (artikel 26 AVG): ten minste twee, elk aan tafel in dit overleg."))]
    #[schemars(with = "Vec<String>")]
    pub partijen: Vec<Ref>,
    /// Which processing they are jointly responsible for, as a phrase
    /// ("het dossier per jongere in de samenwerkingsomgeving").
    #[schemars(extend("x-uitleg" = "Voor welke verwerking zij gezamenlijk verantwoordelijk zijn, als zinsdeel: `het dossier per jongere in de samenwerkingsomgeving`."))]
    pub verwerking: String,
    /// Who does what under the arrangement (art. 26(1) AVG).
    #[schemars(extend("x-uitleg" = "Wie wat doet onder de regeling (artikel 26, eerste lid, AVG): per partij een `wat`."))]
    #[serde(default)]
    pub taken: Vec<GezamenlijkeTaak>,
    /// The party data subjects turn to first (art. 26(1), last sentence).
    #[schemars(extend("x-uitleg" = "De partij waar betrokkenen zich eerst toe wenden (artikel 26, eerste lid, laatste zin, AVG)."))]
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub contactpunt: Option<Ref>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GezamenlijkeTaak {
    #[schemars(extend("x-uitleg" = "De id van de partij die deze taak heeft; zij staat onder `partijen`."))]
    #[schemars(with = "String")]
    pub partij: Ref,
    /// What that party does, as a phrase completing "<partij> ...".
    #[schemars(extend("x-uitleg" = "Wat die partij doet, als zinsdeel na haar naam: `beantwoordt verzoeken van betrokkenen`."))]
    pub wat: String,
}
