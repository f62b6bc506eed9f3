//! The casus format: typed models of what users write in YAML.
//!
//! Keys are Dutch because our users write them. Every value a rule may point
//! at is wrapped in [`Spanned`], so a diagnostic can name its line and column;
//! every top-level item remembers the file it came from (`bestand`).

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use serde_saphyr::Spanned;
use std::collections::HashMap;
use std::fmt;

/// Index into [`crate::source::Sources`]: which file an item came from.
pub type FileId = usize;

/// One YAML file of a casus. Every key is optional: a region splits its casus
/// over files as it likes, and [`crate::load`] merges them.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CasusFile {
    #[schemars(with = "Option<Convenant>")]
    pub convenant: Option<Spanned<Convenant>>,
    #[serde(default)]
    pub partijen: Vec<Partij>,
    #[serde(default)]
    pub doelen: Vec<Doel>,
    #[serde(default)]
    pub gegevens: Vec<Gegeven>,
    #[serde(default)]
    pub stromen: Vec<Stroom>,
    #[serde(default)]
    pub verwerkers: Vec<Verwerker>,
    #[serde(default)]
    pub casusoverleggen: Vec<Casusoverleg>,
    #[schemars(with = "Option<Dpia>")]
    pub dpia: Option<Spanned<Dpia>>,
}

/// A whole casus: all files merged, in path order.
#[derive(Debug, Default)]
pub struct Casus {
    /// The folder name, used as output folder name.
    pub naam: String,
    pub convenant: Option<InFile<Convenant>>,
    pub partijen: Vec<Partij>,
    pub doelen: Vec<Doel>,
    pub gegevens: Vec<Gegeven>,
    pub stromen: Vec<Stroom>,
    pub verwerkers: Vec<Verwerker>,
    pub casusoverleggen: Vec<Casusoverleg>,
    pub dpia: Option<InFile<Dpia>>,
    /// Id → position, so look-ups stay cheap in a large casus (see [`Casus::index`]).
    index: Index,
}

/// Positions by id; the first item with an id wins, as duplicates are ID-02 errors.
#[derive(Debug, Default)]
struct Index {
    partijen: HashMap<String, usize>,
    doelen: HashMap<String, usize>,
    gegevens: HashMap<String, usize>,
    casusoverleggen: HashMap<String, usize>,
}

fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.to_string()).or_insert(i);
    }
    map
}

/// A top-level map value together with the file and place it was written.
#[derive(Debug)]
pub struct InFile<T> {
    pub bestand: FileId,
    pub value: Spanned<T>,
}

impl Casus {
    pub fn named(naam: String) -> Casus {
        Casus {
            naam,
            ..Casus::default()
        }
    }
    /// Build the id look-up tables; the loader calls this once all files are merged.
    pub fn index(&mut self) {
        self.index = Index {
            partijen: positions(self.partijen.iter().map(|p| p.id.value.as_str())),
            doelen: positions(self.doelen.iter().map(|d| d.id.value.as_str())),
            gegevens: positions(self.gegevens.iter().map(|g| g.id.value.as_str())),
            casusoverleggen: positions(self.casusoverleggen.iter().map(|o| o.id.value.as_str())),
        };
    }
    pub fn partij(&self, id: &str) -> Option<&Partij> {
        self.index.partijen.get(id).map(|&i| &self.partijen[i])
    }
    pub fn doel(&self, id: &str) -> Option<&Doel> {
        self.index.doelen.get(id).map(|&i| &self.doelen[i])
    }
    pub fn gegeven(&self, id: &str) -> Option<&Gegeven> {
        self.index.gegevens.get(id).map(|&i| &self.gegevens[i])
    }
    pub fn casusoverleg(&self, id: &str) -> Option<&Casusoverleg> {
        self.index
            .casusoverleggen
            .get(id)
            .map(|&i| &self.casusoverleggen[i])
    }
    /// The data categories of a flow that exist (dangling ids are reported elsewhere).
    pub fn gegevens_van<'a>(&'a self, stroom: &'a Stroom) -> impl Iterator<Item = &'a Gegeven> {
        stroom
            .gegevens
            .iter()
            .filter_map(|g| self.gegeven(&g.value))
    }
}

/// The file name (without extension) of the Bijlage 3 of a casusoverleg.
/// Every output file name is made by these functions, so `check` (OUT-01)
/// sees exactly the names `render` will write.
pub fn stem_bijlage_3(overleg: &str) -> String {
    format!("bijlage-3-casusoverleg-{overleg}")
}

/// The file name (without extension) of a processor agreement.
pub fn stem_verwerkersovereenkomst(partij: &str, verwerker: &str) -> String {
    format!("verwerkersovereenkomst-{partij}-{verwerker}")
}

/// The file names of the documents every casus has, and of the index page.
pub const VASTE_STEMS: &[&str] = &["convenant", "bijlage-1-toetreding", "dpia", "index"];

/// How a value of one of the format's fixed lists is written in YAML
/// (`ouders-met-gezag`), taken from its serde name so it cannot drift.
pub fn spelling<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A calendar date written as `JJJJ-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Datum {
    pub jaar: u16,
    pub maand: u8,
    pub dag: u8,
}

impl Datum {
    /// The first year a date of the casus may have.
    pub const EERSTE_JAAR: u16 = 1970;

    pub fn parse(s: &str) -> Option<Datum> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        let datum = Datum {
            jaar: y.parse().ok()?,
            maand: m.parse().ok()?,
            dag: d.parse().ok()?,
        };
        let leap = datum.jaar.is_multiple_of(4)
            && (!datum.jaar.is_multiple_of(100) || datum.jaar.is_multiple_of(400));
        let days = match datum.maand {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (datum.dag >= 1 && datum.dag <= days).then_some(datum)
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

impl JsonSchema for Datum {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Datum".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl<'de> Deserialize<'de> for Datum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let datum = Datum::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{s}` is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01"
            ))
        })?;
        // A PDF's creation date counts seconds from 1970; no agreement of
        // this kind is older.
        if datum.jaar < Datum::EERSTE_JAAR {
            return Err(serde::de::Error::custom(format!(
                "`{s}` is geen geldige datum voor een convenant: convenant werkt met datums vanaf {}; controleer het jaartal",
                Datum::EERSTE_JAAR
            )));
        }
        Ok(datum)
    }
}

/// A reference to another item by its id (`van`, `naar`, `doel`, ...).
pub type Ref = Spanned<String>;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Convenant {
    pub titel: String,
    pub kenmerk: String,
    pub versie: String,
    /// Date of signing; also the creation date of the PDFs.
    pub datum: Datum,
    pub plaats: String,
    pub looptijd_jaren: u32,
    #[serde(default)]
    pub opzegtermijn_maanden: Option<u32>,
    pub evaluatie: String,
    /// Free text on the region and its target group, for the considerations.
    #[serde(default)]
    pub regio: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partij {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub naam: String,
    #[schemars(with = "PartijSoort")]
    pub soort: Spanned<PartijSoort>,
    #[serde(default)]
    pub vestiging: Option<String>,
    #[serde(default)]
    pub adres: Option<String>,
    #[serde(default)]
    pub vertegenwoordiger: Option<Persoon>,
    #[serde(default)]
    pub fg: Option<Fg>,
    /// Statutory tasks (wettelijke taken): what the party sits at the table for.
    #[serde(default)]
    pub taken: Vec<Taak>,
    /// Signing by mandate of another party (school boards by the swv).
    #[serde(default)]
    pub volmacht: Option<Volmacht>,
    /// Bound by professional secrecy (beroepsgeheim), like a youth-care worker or doctor.
    #[serde(default)]
    pub beroepsgeheim: bool,
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
}

impl Partij {
    /// Public authorities cannot rely on art. 6(1)(f) for their tasks.
    pub fn is_overheid(&self) -> bool {
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
    Overig,
}

impl PartijSoort {
    pub fn is_overheid(self) -> bool {
        matches!(
            self,
            PartijSoort::Gemeente
                | PartijSoort::Ggd
                | PartijSoort::VeiligThuis
                | PartijSoort::RaadKinderbescherming
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
            PartijSoort::Overig => "overige partij",
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persoon {
    pub naam: String,
    pub functie: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fg {
    pub naam: String,
    pub email: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toetreding {
    pub datum: Datum,
    /// When the signed Bijlage 1 was made known to the casusoverleg participants.
    #[serde(default)]
    pub bekendgemaakt: Option<Datum>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Doel {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub omschrijving: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gegeven {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub naam: String,
    #[schemars(with = "GegevenSoort")]
    pub soort: Spanned<GegevenSoort>,
    /// The art. 9 category, for `soort: bijzonder`.
    #[serde(default)]
    #[schemars(with = "Option<BijzondereCategorie>")]
    pub categorie: Option<Spanned<BijzondereCategorie>>,
    /// Which number, for `soort: identificatienummer`.
    #[serde(default)]
    #[schemars(with = "Option<Identificatienummer>")]
    pub nummer: Option<Spanned<Identificatienummer>>,
    /// Identifies the child (name, address, date of birth...): not allowed in an anonymous flow.
    #[serde(default)]
    pub identificerend: bool,
}

impl Gegeven {
    pub fn identifies(&self) -> bool {
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stroom {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    /// Providing party.
    #[schemars(with = "String")]
    pub van: Ref,
    /// Receiving parties.
    #[schemars(with = "Vec<String>")]
    pub naar: Vec<Ref>,
    #[schemars(with = "String")]
    pub doel: Ref,
    #[schemars(with = "Vec<String>")]
    pub gegevens: Vec<Ref>,
    /// Basis of the providing party for providing (catalogue id).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub grondslag: Option<Ref>,
    /// Statutory references for a basis under art. 6(1)(c) or (e).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub wet: Vec<Ref>,
    /// The art. 9(2) exception or UAVG article for special-category data.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub uitzondering: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<Toestemming>")]
    pub toestemming: Option<Spanned<Toestemming>>,
    #[schemars(with = "Kanaal")]
    pub kanaal: Spanned<Kanaal>,
    /// The casusoverleg and its phase this flow belongs to.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub overleg: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub fase: Option<Ref>,
    #[serde(default)]
    pub bewaartermijn: Option<String>,
    /// Discussed without data that identify the child.
    #[serde(default)]
    pub anoniem: bool,
    /// First day the flow may happen; defaults to the covenant's date.
    #[serde(default)]
    #[schemars(with = "Option<Datum>")]
    pub vanaf: Option<Spanned<Datum>>,
    /// A report to Veilig Thuis under the meldcode.
    #[serde(default)]
    #[schemars(with = "Option<Meldcode>")]
    pub meldcode: Option<Spanned<Meldcode>>,
    /// Shared without consent because of serious concerns for the child's safety.
    #[serde(default)]
    #[schemars(with = "Option<Veiligheid>")]
    pub veiligheid: Option<Spanned<Veiligheid>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meldcode {
    /// The steps of the meldcode were followed, including the afwegingskader.
    pub afwegingskader: bool,
    /// The parents were told in time, or `reden` says why not.
    pub ouders_geinformeerd: bool,
    #[serde(default)]
    pub reden: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Veiligheid {
    pub reden: String,
    /// Where the weighing is documented (file, register, decision).
    #[serde(default)]
    pub vastgelegd: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toestemming {
    #[schemars(with = "Toestemmer")]
    pub door: Spanned<Toestemmer>,
    #[schemars(with = "Vastlegging")]
    pub vastgelegd: Spanned<Vastlegging>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Toestemmer {
    OudersMetGezag,
    Voogd,
    Jeugdige,
    JeugdigeEnOuders,
    JeugdigeEnVoogd,
    /// The age rule: parents below 12, parents and youth 12-16, the youth from 16.
    VolgensLeeftijd,
    Pleegouders,
    Jeugdbeschermer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Vastlegging {
    Schriftelijk,
    Digitaal,
    Mondeling,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kanaal {
    Oso,
    BeveiligdeMail,
    BeveiligdeOmgeving,
    Papier,
    Mondeling,
    Email,
}

impl Kanaal {
    pub fn label(self) -> &'static str {
        match self {
            Kanaal::Oso => "OSO (OverstapService Onderwijs)",
            Kanaal::BeveiligdeMail => "beveiligde e-mail",
            Kanaal::BeveiligdeOmgeving => "beveiligde digitale omgeving",
            Kanaal::Papier => "op papier",
            Kanaal::Mondeling => "mondeling in het overleg",
            Kanaal::Email => "gewone e-mail",
        }
    }

    /// How data travel over this channel, to finish a sentence such as
    /// `Het verslag gaat ... naar de Deelnemers`.
    pub fn via(self) -> &'static str {
        match self {
            Kanaal::Oso => "via de OverstapService Onderwijs (OSO)",
            Kanaal::BeveiligdeMail => "per beveiligde e-mail",
            Kanaal::BeveiligdeOmgeving => "via een beveiligde digitale omgeving",
            Kanaal::Papier => "op papier",
            Kanaal::Mondeling => "mondeling in het overleg",
            Kanaal::Email => "per gewone e-mail",
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verwerker {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "String")]
    pub id: Ref,
    pub naam: String,
    /// Controllers it processes for: one agreement per controller.
    #[schemars(with = "Vec<String>")]
    pub voor: Vec<Ref>,
    pub dienst: String,
    #[schemars(with = "Vec<String>")]
    pub gegevens: Vec<Ref>,
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
    #[schemars(with = "Option<VwoModel>")]
    pub model: Option<Spanned<VwoModel>>,
    /// Why the agreement deviates from the sector model (comply or explain).
    #[serde(default)]
    pub model_reden: Option<String>,
    /// Set when the processor is also a party of the covenant.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub partij: Option<Ref>,
}

#[derive(Debug, Deserialize, JsonSchema)]
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
pub enum VwoModel {
    /// Model Verwerkersovereenkomst of the Privacyconvenant Onderwijs (4.0).
    Privacyconvenant,
    /// Standaard Verwerkersovereenkomst Gemeenten (VNG).
    Vng,
    Eigen,
}

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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    #[schemars(with = "String")]
    pub verantwoordelijke: Ref,
    #[serde(default)]
    pub fg_advies: Option<FgAdvies>,
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

#[derive(Debug, Deserialize, JsonSchema)]
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

#[cfg(test)]
mod tests {
    use super::Datum;

    #[test]
    fn dates_are_checked_for_the_calendar() {
        assert!(Datum::parse("2026-03-01").is_some());
        assert!(Datum::parse("2024-02-29").is_some());
        assert!(Datum::parse("2026-02-29").is_none());
        assert!(Datum::parse("2026-13-01").is_none());
        assert!(Datum::parse("1-3-2026").is_none());
        assert!(Datum::parse("2026-03-01-x").is_none());
        assert!(Datum::parse("2026-+3-+1").is_none());
        assert!(Datum::parse("+026-03-01").is_none());
    }
}
