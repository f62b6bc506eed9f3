//! The casus format: typed models of what users write in YAML.
//!
//! Keys are Dutch because our users write them. Every value a rule may point
//! at is wrapped in [`Spanned`], so a diagnostic can name its line and column;
//! every top-level item remembers the file it came from (`bestand`).

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use serde_saphyr::Spanned;
use std::collections::HashMap;

mod datum;
mod dpia;
mod gegevens;
mod gezamenlijk;
mod groep;
pub(crate) mod onbekend;
mod overleg;
mod partij;
mod schema;
mod stroom;
mod verwerker;
mod wet;

pub(crate) use datum::*;
pub(crate) use dpia::*;
pub(crate) use gegevens::*;
pub(crate) use gezamenlijk::*;
pub(crate) use groep::*;
pub(crate) use onbekend::{Looptijd, LooptijdWoord, OfOnbekend};
pub(crate) use overleg::*;
pub(crate) use partij::*;
pub(crate) use schema::{Email, Id, StroomGrondslag, TaakGrondslag, Uitzondering, WetId};
pub(crate) use stroom::*;
pub(crate) use verwerker::*;
pub(crate) use wet::*;

/// Index into [`crate::source::Sources`]: which file an item came from.
pub type FileId = usize;

/// One YAML file of a casus. Every key is optional: a region splits its casus
/// over files as it likes, and [`crate::load`] merges them.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CasusFile {
    #[schemars(with = "Option<Convenant>")]
    #[schemars(extend("x-uitleg" = "Het convenant zelf: titel, kenmerk, datum, looptijd en de afspraken die in de artikelen komen. Eén blok per casus."))]
    pub convenant: Option<Spanned<Convenant>>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De organisaties die het convenant tekenen of later toetreden; elke partij is zelf verwerkingsverantwoordelijke."))]
    pub partijen: Vec<Partij>,
    /// Groups of parties (all school boards of a swv): a flow from or to a
    /// group is that flow for each member.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Groepen van partijen, zoals alle schoolbesturen van een samenwerkingsverband; een stroom van of naar een groep geldt voor elk lid."))]
    pub groepen: Vec<Groep>,
    /// Own citations: articles the built-in catalogue lacks.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Eigen citaten: wetsartikelen die de ingebouwde catalogus niet kent, met het exacte citaat en de vindplaats."))]
    pub wetten: Vec<Wet>,
    /// The categories of data subjects, for the DPIA.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De groepen mensen over wie gegevens gaan (leerlingen, ouders met gezag, ...), voor de DPIA en de verwerkersovereenkomsten."))]
    pub betrokkenen: Vec<Betrokkene>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De doelen waarvoor gegevens gedeeld worden; taken, stromen en overleggen verwijzen ernaar met hun id."))]
    pub doelen: Vec<Doel>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De categorieën persoonsgegevens die gedeeld worden, met hoe gevoelig ze zijn."))]
    pub gegevens: Vec<Gegeven>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De gegevensstromen: wie welke gegevens aan wie verstrekt, waarvoor, op welke grondslag en langs welk kanaal."))]
    pub stromen: Vec<Stroom>,
    /// Left out or `onbekend`: the processors are still to be described.
    /// `verwerkers: []`: there are none.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Vec<Verwerker>>>")]
    #[schemars(extend("x-uitleg" = "De verwerkers (artikel 28 AVG) met hun dienst; per verantwoordelijke komt er een verwerkersovereenkomst. `[]`: er zijn geen verwerkers; weggelaten of `onbekend`: nog te beschrijven."))]
    pub verwerkers: Option<Vec<Verwerker>>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De casusoverleggen: wie aan tafel zit, in welke fasen, en hoe het verslag wordt vastgelegd. Elk krijgt een eigen Bijlage 3."))]
    pub casusoverleggen: Vec<Casusoverleg>,
    #[schemars(with = "Option<Dpia>")]
    #[schemars(extend("x-uitleg" = "De gegevensbeschermingseffectbeoordeling (artikel 35 AVG): wie haar uitvoert, het advies van de FG, de vaststelling en het restrisico."))]
    pub dpia: Option<Spanned<Dpia>>,
}

/// A whole casus: all files merged, in path order.
#[derive(Debug, Default, Clone)]
pub struct Casus {
    /// The folder name, used as output folder name.
    pub naam: String,
    pub convenant: Option<InFile<Convenant>>,
    pub partijen: Vec<Partij>,
    pub groepen: Vec<Groep>,
    pub wetten: Vec<Wet>,
    pub betrokkenen: Vec<Betrokkene>,
    pub doelen: Vec<Doel>,
    pub gegevens: Vec<Gegeven>,
    pub stromen: Vec<Stroom>,
    pub verwerkers: Vec<Verwerker>,
    /// Whether some file has a `verwerkers:` list (an empty one included).
    pub verwerkers_beschreven: bool,
    pub casusoverleggen: Vec<Casusoverleg>,
    pub dpia: Option<InFile<Dpia>>,
    /// Id → position, so look-ups stay cheap in a large casus (see [`Casus::index`]).
    index: Index,
}

/// Positions by id; the first item with an id wins, as duplicates are ID-02 errors.
#[derive(Debug, Default, Clone)]
struct Index {
    partijen: HashMap<String, usize>,
    groepen: HashMap<String, usize>,
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
#[derive(Debug, Clone)]
pub struct InFile<T> {
    pub bestand: FileId,
    pub value: Spanned<T>,
}

impl Casus {
    /// The flows that bring health data (art. 9 AVG, gezondheid) to `partij`.
    pub(crate) fn gezondheidsstromen_naar<'a>(
        &'a self,
        partij: &'a str,
    ) -> impl Iterator<Item = &'a Stroom> + 'a {
        self.stromen
            .iter()
            .filter(move |s| s.naar.iter().any(|n| n.value == partij))
            .filter(|s| {
                self.gegevens_van(s).any(|g| {
                    g.soort.value == GegevenSoort::Bijzonder
                        && g.categorie
                            .as_ref()
                            .is_some_and(|c| c.value == BijzondereCategorie::Gezondheid)
                })
            })
    }

    /// Whether `partij` must record a duty of confidentiality: it receives
    /// health data, has no professional secrecy, and is not a public body
    /// (whose staff are bound by art. 2:5 Awb). SPC-03 and the documents
    /// both ask this.
    pub(crate) fn vraagt_geheimhouding(&self, p: &Partij) -> bool {
        !p.beroepsgeheim
            && p.geheimhouding.is_none()
            && matches!(
                p.soort.value,
                PartijSoort::Schoolbestuur
                    | PartijSoort::Samenwerkingsverband
                    | PartijSoort::Kinderopvang
                    | PartijSoort::Overig
            )
            && self.gezondheidsstromen_naar(&p.id.value).next().is_some()
    }

    pub(crate) fn named(naam: String) -> Casus {
        Casus {
            naam,
            ..Casus::default()
        }
    }
    /// Build the id look-up tables; the loader calls this once all files are merged.
    pub(crate) fn index(&mut self) {
        self.index = Index {
            partijen: positions(self.partijen.iter().map(|p| p.id.value.as_str())),
            groepen: positions(self.groepen.iter().map(|g| g.id.value.as_str())),
            doelen: positions(self.doelen.iter().map(|d| d.id.value.as_str())),
            gegevens: positions(self.gegevens.iter().map(|g| g.id.value.as_str())),
            casusoverleggen: positions(self.casusoverleggen.iter().map(|o| o.id.value.as_str())),
        };
    }
    pub fn partij(&self, id: &str) -> Option<&Partij> {
        self.index.partijen.get(id).map(|&i| &self.partijen[i])
    }
    /// A citation by id: from the built-in catalogue, or one of the casus's
    /// own (`wetten:`).
    pub(crate) fn citatie(
        &self,
        id: &str,
    ) -> Option<std::borrow::Cow<'static, crate::catalogue::Grondslag>> {
        if let Some(g) = crate::catalogue::get(id) {
            return Some(std::borrow::Cow::Borrowed(g));
        }
        self.wetten.iter().find(|w| w.id.value == id).map(|w| {
            std::borrow::Cow::Owned(crate::catalogue::Grondslag {
                id: w.id.value.clone(),
                citaat: w.citaat.clone(),
                en: None,
                soort: match w.soort {
                    WetSoort::Sectorwet => crate::catalogue::Soort::Sectorwet,
                    WetSoort::Meldrecht => crate::catalogue::Soort::Meldrecht,
                },
                uitleg: w.toelichting.clone().unwrap_or_default(),
            })
        })
    }
    pub fn groep(&self, id: &str) -> Option<&Groep> {
        self.index.groepen.get(id).map(|&i| &self.groepen[i])
    }
    /// The parties a party or group id stands for: the party itself, or
    /// every member of the group and of its groups, once each, in order.
    /// Iterative, and each id is visited once: a cycle ends, and a deep or
    /// large group stays linear.
    pub(crate) fn leden<'a>(&'a self, id: &'a str) -> Vec<&'a Partij> {
        let mut out: Vec<&Partij> = Vec::new();
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        // A stack of member lists still to walk, with the next position.
        let mut stack: Vec<(&[Ref], usize)> = Vec::new();
        let mut visit =
            |id: &'a str, stack: &mut Vec<(&'a [Ref], usize)>, out: &mut Vec<&'a Partij>| {
                if !seen.insert(id) {
                    return;
                }
                if let Some(p) = self.partij(id) {
                    out.push(p);
                } else if let Some(g) = self.groep(id) {
                    stack.push((&g.leden, 0));
                }
            };
        visit(id, &mut stack, &mut out);
        while let Some((list, i)) = stack.pop() {
            if let Some(next) = list.get(i) {
                stack.push((list, i + 1));
                visit(&next.value, &mut stack, &mut out);
            }
        }
        out
    }
    pub(crate) fn doel(&self, id: &str) -> Option<&Doel> {
        self.index.doelen.get(id).map(|&i| &self.doelen[i])
    }
    pub(crate) fn gegeven(&self, id: &str) -> Option<&Gegeven> {
        self.index.gegevens.get(id).map(|&i| &self.gegevens[i])
    }
    pub(crate) fn casusoverleg(&self, id: &str) -> Option<&Casusoverleg> {
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
pub(crate) fn stem_bijlage_3(overleg: &str) -> String {
    format!("bijlage-3-casusoverleg-{}", overleg_deel(overleg))
}

/// The file name (without extension) of the consent form of a casusoverleg.
/// It is unique whenever the Bijlage 3 names are (OUT-01): both are made
/// from the same part of the same id.
pub(crate) fn stem_toestemming(overleg: &str) -> String {
    format!("toestemmingsformulier-{}", overleg_deel(overleg))
}

/// A casusoverleg's id in a file name: `casusoverleg-po` gives
/// `bijlage-3-casusoverleg-po`, not the word twice.
fn overleg_deel(overleg: &str) -> &str {
    overleg.strip_prefix("casusoverleg-").unwrap_or(overleg)
}

/// The file name (without extension) of a processor agreement.
pub(crate) fn stem_verwerkersovereenkomst(partij: &str, verwerker: &str) -> String {
    format!("verwerkersovereenkomst-{partij}-{verwerker}")
}

/// The file names of the documents every casus has, and of the index page.
pub(crate) const VASTE_STEMS: &[&str] = &["convenant", "bijlage-1-toetreding", "dpia", "index"];

/// How a value of one of the format's fixed lists is written in YAML
/// (`ouders-met-gezag`), taken from its serde name so it cannot drift.
pub(crate) fn spelling<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A reference to another item by its id (`van`, `naar`, `doel`, ...).
pub type Ref = Spanned<String>;

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
