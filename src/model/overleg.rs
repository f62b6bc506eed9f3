//! The casusoverleggen: participants, phases, age groups, minutes.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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
    /// The phases in order: an id (`bespreking`), or `{ id, naam }` with the
    /// name the documents print.
    #[schemars(with = "Vec<FaseSchema>")]
    pub fasen: Vec<Fase>,
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

/// A phase of a casusoverleg: its id (what flows refer to) and the name the
/// documents print (without one, the id made readable).
#[derive(Debug, Clone)]
pub struct Fase {
    pub id: Ref,
    pub naam: Option<String>,
}

impl<'de> Deserialize<'de> for Fase {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fase, D::Error> {
        let s: Spanned<FaseWaarde> = Spanned::deserialize(d)?;
        Ok(Fase {
            id: Spanned::new(s.value.id, s.referenced, s.defined),
            naam: s.value.naam,
        })
    }
}

/// `bespreking` or `{ id: bespreking, naam: Bespreking in het MDO }`.
struct FaseWaarde {
    id: String,
    naam: Option<String>,
}

impl<'de> Deserialize<'de> for FaseWaarde {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FaseWaarde, D::Error> {
        use serde::de::{self, MapAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FaseWaarde;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("een fase-id (bijvoorbeeld `bespreking`) of `{ id: bespreking, naam: Bespreking in het MDO }`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<FaseWaarde, E> {
                Ok(FaseWaarde {
                    id: s.to_string(),
                    naam: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FaseWaarde, A::Error> {
                let (mut id, mut naam) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" => id = Some(map.next_value::<String>()?),
                        "naam" => naam = Some(map.next_value::<String>()?),
                        other => {
                            return Err(de::Error::unknown_field(other, &["id", "naam"]));
                        }
                    }
                }
                let id = id.ok_or_else(|| de::Error::missing_field("id"))?;
                Ok(FaseWaarde { id, naam })
            }
        }
        d.deserialize_any(V)
    }
}

/// The JSON Schema of a phase.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum FaseSchema {
    Id(String),
    MetNaam {
        id: String,
        /// The name the documents print, e.g. `Bespreking in het MDO`.
        naam: String,
    },
}
