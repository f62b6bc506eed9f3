//! Groups of parties: every school board of a samenwerkingsverband, every
//! gemeente of a region. A flow from or to a group is that flow for each
//! member, each for its own pupils or clients.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Groep {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    /// How the documents refer to the group: “de schoolbesturen in het
    /// voortgezet onderwijs”.
    pub naam: String,
    #[serde(default)]
    pub korte_naam: Option<String>,
    /// Party ids, or ids of other groups.
    #[schemars(with = "Vec<String>")]
    pub leden: Vec<Ref>,
    /// Tasks every member has, next to its own (a member's own task with
    /// the same id wins).
    #[serde(default)]
    pub taken: Vec<Taak>,
}

/// A category of data subjects (`betrokkenen:`): who the data are about,
/// with their ages and the data categories that concern them.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Betrokkene {
    #[serde(skip)]
    pub bestand: FileId,
    /// `leerlingen`, `ouders met gezag`, `jongeren van 16 en 17`.
    pub naam: String,
    /// The age range, as text: `4 tot 18 jaar`.
    #[serde(default)]
    pub leeftijd: Option<String>,
    /// The data categories (ids of `gegevens:`) about them.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub gegevens: Vec<Ref>,
}
