//! The covenant block and the parties: kinds, representatives, tasks, volmacht, accession.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Convenant {
    pub titel: String,
    pub kenmerk: String,
    pub versie: String,
    /// `concept` (the default) or `definitief`: a concept is marked as such
    /// everywhere; a definitief covenant may have no open item left.
    #[serde(default)]
    pub status: Status,
    /// Date of signing (in a concept: the intended date).
    pub datum: Datum,
    /// Date of this version of the text: the creation date of the PDFs of a
    /// concept. Without it, the PDFs carry `datum`.
    #[serde(default)]
    pub versiedatum: Option<Datum>,
    pub plaats: String,
    /// Years from `datum`, `onbepaald`, or `onbekend` (also when left out).
    #[serde(default, alias = "looptijd_jaren")]
    #[schemars(with = "Option<Looptijd>")]
    pub looptijd: Option<Looptijd>,
    /// After the term, the covenant continues for the same term each time
    /// unless a party gives notice.
    #[serde(default)]
    pub stilzwijgende_verlenging: bool,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<u32>>")]
    pub opzegtermijn_maanden: Option<u32>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    pub evaluatie: Option<String>,
    /// Whether and how far liability between the parties is limited.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    pub aansprakelijkheid: Option<String>,
    /// How a dispute is settled when consultation does not help.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    pub geschillen: Option<String>,
    /// Whether some processing is under joint control (art. 26 AVG), and
    /// if so which and with what arrangement.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    pub gezamenlijke_verantwoordelijkheid: Option<String>,
    /// The decision of each party to sign (a collegebesluit, a board
    /// decision), printed on the tekenblad.
    #[serde(default)]
    pub besluiten: Vec<OndertekenBesluit>,
    /// Free text on the region and its target group, for the considerations.
    #[serde(default)]
    pub regio: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partij {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub naam: String,
    /// The defined term the documents use after the party block
    /// (“hierna: ‘SWV PO’”), in tables and running text.
    #[serde(default)]
    pub korte_naam: Option<String>,
    #[schemars(with = "PartijSoort")]
    pub soort: Spanned<PartijSoort>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    pub vestiging: Option<String>,
    #[serde(default)]
    pub adres: Option<String>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Persoon>>")]
    pub vertegenwoordiger: Option<Persoon>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Fg>>")]
    pub fg: Option<Fg>,
    /// Statutory tasks (wettelijke taken): what the party sits at the table for.
    #[serde(default)]
    pub taken: Vec<Taak>,
    /// Signing by mandate of another party (school boards by the swv).
    #[serde(default)]
    pub volmacht: Option<Volmacht>,
    /// For a party without legal personality (Veilig Thuis): the legal
    /// person that runs it and is the controller of its data, as a phrase
    /// ("de gemeenschappelijke regeling GGD Regio Voorbeeld").
    #[serde(default)]
    pub uitgevoerd_door: Option<String>,
    /// Bound by professional secrecy (beroepsgeheim), like a youth-care worker or doctor.
    #[serde(default)]
    pub beroepsgeheim: bool,
    /// For a gemeente: a competence of the burgemeester himself is in scope
    /// (a temporary restraining order, public order), so he is a party
    /// beside the college. Without it only the college is.
    #[serde(default)]
    pub burgemeester: bool,
    /// A duty of confidentiality without professional secrecy: by statute or by contract
    /// (a school: a confidentiality clause in employment contracts and the covenant).
    #[serde(default)]
    #[schemars(with = "Option<Geheimhouding>")]
    pub geheimhouding: Option<Spanned<Geheimhouding>>,
    /// Joins after signing, through Bijlage 1.
    #[serde(default)]
    #[schemars(with = "Option<Toetreding>")]
    pub toetreding: Option<Spanned<Toetreding>>,
    /// Overrides whether the party is a public authority (AVG art. 6(1), last sentence).
    #[serde(default)]
    pub overheid: Option<bool>,
    /// For an `uitvoeringsorganisatie`: the gemeenten it acts for. They stay
    /// the controllers.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub namens: Vec<Ref>,
    /// For an `uitvoeringsorganisatie`: the mandate decision of the colleges.
    #[serde(default)]
    pub mandaat: Option<Mandaat>,
}

/// The decision by which the colleges mandate a joint body.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mandaat {
    pub besluit: String,
    pub datum: Datum,
}

impl Partij {
    /// Public authorities cannot rely on art. 6(1)(f) for their tasks.
    pub(crate) fn is_overheid(&self) -> bool {
        self.overheid
            .unwrap_or_else(|| self.soort.value.is_overheid())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Geheimhouding {
    /// A statute binds the party's staff (e.g. civil servants).
    Wettelijk,
    /// A confidentiality clause in employment contracts and the covenant.
    Contractueel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PartijSoort {
    Gemeente,
    Samenwerkingsverband,
    Schoolbestuur,
    Jeugdhulpaanbieder,
    GecertificeerdeInstelling,
    Ggd,
    VeiligThuis,
    RaadKinderbescherming,
    Kinderopvang,
    /// A joint body or shared service of gemeenten, acting under the
    /// mandate of their colleges (`namens`, `mandaat`).
    Uitvoeringsorganisatie,
    /// Youth health care (jeugdgezondheidszorg) that is not a GGD.
    Jgz,
    /// A foundation that runs the local (wijk)teams.
    LokaalTeam,
    Overig,
}

impl PartijSoort {
    pub(crate) fn is_overheid(self) -> bool {
        matches!(
            self,
            PartijSoort::Gemeente
                | PartijSoort::Ggd
                | PartijSoort::VeiligThuis
                | PartijSoort::RaadKinderbescherming
                | PartijSoort::Uitvoeringsorganisatie
        )
    }
    pub fn label(self) -> &'static str {
        match self {
            PartijSoort::Gemeente => "gemeente",
            PartijSoort::Samenwerkingsverband => "samenwerkingsverband passend onderwijs",
            PartijSoort::Schoolbestuur => "schoolbestuur",
            PartijSoort::Jeugdhulpaanbieder => "jeugdhulpaanbieder",
            PartijSoort::GecertificeerdeInstelling => "gecertificeerde instelling",
            PartijSoort::Ggd => "GGD (jeugdgezondheidszorg)",
            PartijSoort::VeiligThuis => "Veilig Thuis",
            PartijSoort::RaadKinderbescherming => "Raad voor de Kinderbescherming",
            PartijSoort::Kinderopvang => "kinderopvang",
            PartijSoort::Uitvoeringsorganisatie => "uitvoeringsorganisatie van gemeenten",
            PartijSoort::Jgz => "jeugdgezondheidszorg",
            PartijSoort::LokaalTeam => "lokaal team",
            PartijSoort::Overig => "overige partij",
        }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persoon {
    pub naam: String,
    pub functie: String,
    /// The written mandate under which this person signs, such as the
    /// burgemeester's volmacht to a wethouder (art. 171 Gemeentewet).
    #[serde(default)]
    pub volmacht: Option<Besluit>,
}

/// A decision or mandate by its reference and date.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Besluit {
    pub kenmerk: String,
    pub datum: Datum,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fg {
    pub naam: String,
    /// Checked by FG-02: it must look like an e-mail address.
    #[schemars(with = "String")]
    pub email: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Taak {
    #[schemars(with = "String")]
    pub id: Ref,
    pub omschrijving: String,
    /// Basis for processing, an id from the catalogue (`convenant grondslagen`).
    #[schemars(with = "Option<String>")]
    pub grondslag: Option<Ref>,
    /// Statutory references, ids from the catalogue (kind `sectorwet`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub wet: Vec<Ref>,
    /// The purposes this task serves.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub doelen: Vec<Ref>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Volmacht {
    /// The party that signs on this party's behalf.
    #[schemars(with = "String")]
    pub partij: Ref,
    /// Reference of the written authorisation (machtiging).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub machtiging: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toetreding {
    pub datum: Datum,
    /// When the signed Bijlage 1 was made known to the casusoverleg participants.
    #[serde(default)]
    pub bekendgemaakt: Option<Datum>,
}

/// Whether the covenant is still being negotiated or is ready to sign.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Concept,
    Definitief,
}

/// A party's decision to sign the covenant.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OndertekenBesluit {
    #[schemars(with = "String")]
    pub partij: Ref,
    /// Who decided: `het college van burgemeester en wethouders`, `het college van bestuur`.
    pub orgaan: String,
    pub kenmerk: String,
    pub datum: Datum,
}
