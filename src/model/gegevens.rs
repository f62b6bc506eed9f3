//! Purposes and the categories of personal data.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Doel {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van het doel; taken, stromen en overleggen verwijzen ernaar."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "Het doel, concreet omschreven."))]
    pub omschrijving: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gegeven {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de categorie gegevens; stromen en verwerkers verwijzen ernaar."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "Wat eronder valt, zoals het in de documenten komt."))]
    pub naam: String,
    #[schemars(with = "GegevenSoort")]
    #[schemars(extend("x-uitleg" = "Hoe gevoelig de gegevens zijn: `gewoon`, `bijzonder`, `strafrechtelijk` of `identificatienummer`."))]
    pub soort: Spanned<GegevenSoort>,
    /// The art. 9 category, for `soort: bijzonder`.
    #[serde(default)]
    #[schemars(with = "Option<BijzondereCategorie>")]
    #[schemars(extend("x-uitleg" = "Bij `soort: bijzonder`: de categorie uit artikel 9, eerste lid, AVG, bijvoorbeeld `gezondheid`."))]
    pub categorie: Option<Spanned<BijzondereCategorie>>,
    /// Which number, for `soort: identificatienummer`.
    #[serde(default)]
    #[schemars(with = "Option<Identificatienummer>")]
    #[schemars(extend("x-uitleg" = "Bij `soort: identificatienummer`: welk nummer, `bsn` of `pgn`."))]
    pub nummer: Option<Spanned<Identificatienummer>>,
    /// Identifies the child (name, address, date of birth...): not allowed in an anonymous flow.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: de gegevens wijzen het kind aan (naam, adres, geboortedatum); niet toegestaan in een anonieme stroom."))]
    pub identificerend: bool,
}

impl Gegeven {
    pub(crate) fn identifies(&self) -> bool {
        self.identificerend || self.soort.value == GegevenSoort::Identificatienummer
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GegevenSoort {
    Gewoon,
    Bijzonder,
    Strafrechtelijk,
    Identificatienummer,
}

impl GegevenSoort {
    pub fn label(self) -> &'static str {
        match self {
            GegevenSoort::Gewoon => "gewoon persoonsgegeven",
            GegevenSoort::Bijzonder => "bijzonder persoonsgegeven",
            GegevenSoort::Strafrechtelijk => "strafrechtelijk persoonsgegeven",
            GegevenSoort::Identificatienummer => "identificatienummer",
        }
    }
}

/// The categories of AVG art. 9(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BijzondereCategorie {
    RasOfEtnischeAfkomst,
    PolitiekeOpvattingen,
    ReligieOfLevensovertuiging,
    Vakbondslidmaatschap,
    Genetisch,
    Biometrisch,
    Gezondheid,
    SeksueelGedragOfGerichtheid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Identificatienummer {
    Bsn,
    Pgn,
}
