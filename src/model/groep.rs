//! Groups of parties: every school board of a samenwerkingsverband, every
//! gemeente of a region. A flow from or to a group is that flow for each
//! member, each for its own pupils or clients.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Groep {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de groep, uniek onder de partijen en groepen."))]
    pub id: Ref,
    /// How the documents refer to the group: “de schoolbesturen in het
    /// voortgezet onderwijs”.
    #[schemars(extend("x-uitleg" = "Hoe de documenten de groep noemen, bijvoorbeeld `de schoolbesturen in het voortgezet onderwijs`."))]
    pub naam: String,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Een korte naam, zoals bij een partij."))]
    pub korte_naam: Option<String>,
    /// Party ids, or ids of other groups.
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de leden: partijen of andere groepen (nooit de groep zelf)."))]
    pub leden: Vec<Ref>,
    /// Tasks every member has, next to its own (a member's own task with
    /// the same id wins).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Taken die elk lid erbij krijgt; een eigen taak van een lid met dezelfde id gaat voor."))]
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
    #[schemars(extend("x-uitleg" = "Wie het zijn, bijvoorbeeld `leerlingen` of `ouders met gezag`."))]
    pub naam: String,
    /// The age range, as text: `4 tot 18 jaar`.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Hun leeftijd, als tekst, bijvoorbeeld `4 tot 18 jaar`."))]
    pub leeftijd: Option<String>,
    /// The data categories (ids of `gegevens:`) about them.
    #[serde(default)]
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de gegevens (onder `gegevens:`) die over hen gaan."))]
    pub gegevens: Vec<Ref>,
}
