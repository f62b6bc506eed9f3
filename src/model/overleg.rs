//! The casusoverleggen: participants, phases, age groups, minutes.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Casusoverleg {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van het casusoverleg; stromen verwijzen ernaar met `overleg:`."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "De naam van het overleg, zoals in Bijlage 3."))]
    pub naam: String,
    /// The purpose; with `overlegvormen`, what a form without its own
    /// purpose serves.
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "De id van het gezamenlijke doel van het overleg."))]
    pub doel: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "De id van de partij die het overleg voorzit."))]
    pub voorzitter: Option<Ref>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Wie aan tafel zitten: `{ partij, taak, functie }`, ten minste één."))]
    pub deelnemers: Vec<Deelnemer>,
    /// Are parents and youth (12+) invited? (praten mét, niet óver)
    #[schemars(with = "Uitnodiging")]
    #[schemars(extend("x-uitleg" = "Worden ouders en jeugdige (vanaf 12 jaar) uitgenodigd? `uitgenodigd` of `niet-uitgenodigd`."))]
    pub betrokkenen: Spanned<Uitnodiging>,
    /// Why they are not invited, when `betrokkenen: niet-uitgenodigd`.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Waarom ouders en jeugdige niet worden uitgenodigd; nodig bij `niet-uitgenodigd`."))]
    pub reden: Option<String>,
    /// The phases in order: an id (`bespreking`), or `{ id, naam }` with the
    /// name the documents print.
    #[serde(default)]
    #[schemars(with = "Vec<FaseSchema>")]
    #[schemars(extend("x-uitleg" = "De fasen van het overleg in volgorde: ids, of `{ id, naam }` met de naam die de documenten tonen."))]
    pub fasen: Vec<Fase>,
    /// Age groups of the children discussed: decides who consents.
    #[serde(default)]
    #[schemars(with = "Vec<Leeftijdsgroep>")]
    #[schemars(extend("x-uitleg" = "De leeftijden van de kinderen die besproken worden (`onder-12`, `12-tot-16`, `16-plus`); zij bepalen wie toestemming geeft."))]
    pub leeftijden: Vec<Spanned<Leeftijdsgroep>>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Hoe, waar en door wie de uitkomsten worden vastgelegd: `{ door, waar, bewaartermijn, kanaal }`."))]
    pub verslaglegging: Option<Verslaglegging>,
    /// Who of the recipients in `naar:` gets the data of one youth: `naar:`
    /// says who can, this says who does (the school of the youth, the
    /// gemeente where he lives).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Wie van de ontvangers in `naar:` de gegevens van één jeugdige krijgt, bijvoorbeeld de school van de jongere."))]
    pub ontvangers_per_jeugdige: Option<String>,
    /// The forms of meeting this casusoverleg holds (MDO, Zorg Advies Team,
    /// TOM-tafel), each with its own purpose, chair, participants, phases
    /// and minutes; what a form leaves out it takes from the casusoverleg.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De vormen waarin het overleg bijeenkomt (MDO, Zorg Advies Team), elk met een eigen doel, voorzitter, deelnemers, fasen en verslag; wat een vorm weglaat, neemt zij over van het overleg."))]
    pub overlegvormen: Vec<Overlegvorm>,
    /// Joint controllership (art. 26 AVG) for the processing of this
    /// overleg; a form without its own declaration takes this one.
    #[schemars(extend("x-uitleg" = "Gezamenlijke verwerkingsverantwoordelijkheid (artikel 26 AVG) voor de verwerking in dit overleg: welke partijen, welke verwerking, wie wat doet, het contactpunt; een overlegvorm zonder eigen `gezamenlijk:` neemt dit over. Zonder: elke partij is afzonderlijk verantwoordelijk."))]
    #[serde(default)]
    pub gezamenlijk: Option<super::gezamenlijk::Gezamenlijk>,
    /// The forms with what they inherit filled in (see [`Casusoverleg::normalise`]):
    /// the `overlegvormen`, or without them one form that is the casusoverleg itself.
    #[serde(skip)]
    #[schemars(skip)]
    pub vormen: Vec<Overlegvorm>,
}

/// One form of meeting within a casusoverleg.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Overlegvorm {
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de overlegvorm, uniek binnen het casusoverleg; stromen verwijzen ernaar met `overlegvorm:`."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "De naam in Bijlage 3, bijvoorbeeld `Zorg Advies Team`."))]
    pub naam: String,
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "De id van het doel van deze vorm; zonder: dat van het casusoverleg."))]
    pub doel: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "De id van de partij die deze vorm voorzit; zonder: die van het casusoverleg."))]
    pub voorzitter: Option<Ref>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Wie in deze vorm aan tafel zit: `{ partij, taak, functie }`; zonder: die van het casusoverleg."))]
    pub deelnemers: Vec<Deelnemer>,
    #[serde(default)]
    #[schemars(with = "Vec<FaseSchema>")]
    #[schemars(extend("x-uitleg" = "De fasen van deze vorm in volgorde; zonder: die van het casusoverleg."))]
    pub fasen: Vec<Fase>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Hoe de uitkomsten van deze vorm worden vastgelegd; zonder: zoals bij het casusoverleg."))]
    pub verslaglegging: Option<Verslaglegging>,
    /// Joint controllership (art. 26 AVG) for the processing of this form.
    #[schemars(extend("x-uitleg" = "Gezamenlijke verwerkingsverantwoordelijkheid (artikel 26 AVG) voor de verwerking in deze overlegvorm; zonder: zoals bij het casusoverleg."))]
    #[serde(default)]
    pub gezamenlijk: Option<super::gezamenlijk::Gezamenlijk>,
    /// Written under `overlegvormen` (not the casusoverleg standing for itself).
    #[serde(skip)]
    #[schemars(skip)]
    pub eigen: bool,
}

impl Casusoverleg {
    /// Fills [`Casusoverleg::vormen`]: each form takes what it leaves out
    /// (purpose, chair, participants, phases, minutes) from the casusoverleg.
    pub(crate) fn normalise(&mut self) {
        let zelf = self.zelf();
        if self.overlegvormen.is_empty() {
            self.vormen = vec![zelf];
            return;
        }
        self.vormen = self
            .overlegvormen
            .iter()
            .map(|v| Overlegvorm {
                id: v.id.clone(),
                naam: v.naam.clone(),
                doel: v.doel.clone().or_else(|| zelf.doel.clone()),
                voorzitter: v.voorzitter.clone().or_else(|| zelf.voorzitter.clone()),
                deelnemers: if v.deelnemers.is_empty() {
                    zelf.deelnemers.clone()
                } else {
                    v.deelnemers.clone()
                },
                fasen: if v.fasen.is_empty() {
                    zelf.fasen.clone()
                } else {
                    v.fasen.clone()
                },
                verslaglegging: v
                    .verslaglegging
                    .clone()
                    .or_else(|| zelf.verslaglegging.clone()),
                gezamenlijk: v.gezamenlijk.clone().or_else(|| zelf.gezamenlijk.clone()),
                eigen: true,
            })
            .collect();
    }

    /// What is written at the casusoverleg itself, as a form.
    fn zelf(&self) -> Overlegvorm {
        Overlegvorm {
            id: self.id.clone(),
            naam: self.naam.clone(),
            doel: self.doel.clone(),
            voorzitter: self.voorzitter.clone(),
            deelnemers: self.deelnemers.clone(),
            fasen: self.fasen.clone(),
            verslaglegging: self.verslaglegging.clone(),
            gezamenlijk: self.gezamenlijk.clone(),
            eigen: false,
        }
    }

    /// What is written, layer by layer: the casusoverleg itself and then each
    /// of its `overlegvormen` as written (before inheritance), so a reference
    /// is checked once, where it is written.
    pub(crate) fn geschreven(&self) -> Vec<Overlegvorm> {
        let mut lagen = vec![self.zelf()];
        lagen.extend(self.overlegvormen.iter().cloned());
        lagen
    }

    /// How a message names a form: `casusoverleg `po`` for the casusoverleg
    /// standing for itself, `overlegvorm `mdo` van casusoverleg `po`` else.
    pub(crate) fn noem(&self, v: &Overlegvorm) -> String {
        if v.eigen {
            format!(
                "overlegvorm `{}` van casusoverleg `{}`",
                v.id.value, self.id.value
            )
        } else {
            format!("casusoverleg `{}`", self.id.value)
        }
    }

    /// Whether it holds forms of its own (`overlegvormen`).
    pub(crate) fn heeft_vormen(&self) -> bool {
        !self.overlegvormen.is_empty()
    }

    /// The form a flow names (`overlegvorm`), or without one the casusoverleg
    /// itself when it has no forms.
    pub(crate) fn vorm(&self, id: Option<&str>) -> Option<&Overlegvorm> {
        match id {
            Some(id) => self.vormen.iter().find(|v| v.eigen && v.id.value == id),
            None if !self.heeft_vormen() => self.vormen.first(),
            None => None,
        }
    }
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
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de organisatie die aan tafel zit."))]
    pub partij: Ref,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de taak van die partij waarmee zij aan tafel zit."))]
    pub taak: Ref,
    #[schemars(extend("x-uitleg" = "De functie van wie aanschuift, bijvoorbeeld `intern begeleider` of `leerplichtambtenaar`."))]
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
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de partij die het verslag maakt en bewaart."))]
    pub door: Ref,
    #[schemars(extend("x-uitleg" = "In welk systeem of dossier het verslag staat."))]
    pub waar: String,
    #[schemars(extend("x-uitleg" = "Hoe lang het verslag bewaard wordt."))]
    pub bewaartermijn: String,
    /// How minutes travel to the participants.
    #[serde(default)]
    #[schemars(with = "Option<Kanaal>")]
    #[schemars(extend("x-uitleg" = "Hoe het verslag naar de deelnemers gaat: `beveiligde-mail` of `beveiligde-omgeving`."))]
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
    Id(Id),
    MetNaam {
        #[schemars(extend("x-uitleg" = "De id van de fase; stromen verwijzen ernaar met `fase:`."))]
        id: Id,
        /// The name the documents print, e.g. `Bespreking in het MDO`.
        #[schemars(extend("x-uitleg" = "De naam die de documenten tonen, bijvoorbeeld `Bespreking in het MDO`."))]
        naam: String,
    },
}
