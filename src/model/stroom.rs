//! Data flows: basis, exception, consent, channel, meldcode and safety.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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
    /// The form of meeting within that casusoverleg, when it has `overlegvormen`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub overlegvorm: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub fase: Option<Ref>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meldcode {
    /// The steps of the meldcode were followed, including the afwegingskader.
    pub afwegingskader: bool,
    /// The parents were told in time, or `reden` says why not.
    pub ouders_geinformeerd: bool,
    #[serde(default)]
    pub reden: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Veiligheid {
    pub reden: String,
    /// Where the weighing is documented (file, register, decision).
    #[serde(default)]
    pub vastgelegd: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toestemming {
    #[schemars(with = "Toestemmer")]
    pub door: Spanned<Toestemmer>,
    #[schemars(with = "Vastlegging")]
    pub vastgelegd: Spanned<Vastlegging>,
    /// Why consent is freely given although a public body asks for it or a
    /// party with enforcement powers sits at the table (CNS-08).
    #[serde(default)]
    pub vrijwillig: Option<String>,
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
    /// The Verzuimregister of DUO, through which schools report absence.
    DuoVerzuimregister,
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
            Kanaal::DuoVerzuimregister => "het Verzuimregister van DUO",
            Kanaal::BeveiligdeMail => "beveiligde e-mail",
            Kanaal::BeveiligdeOmgeving => "beveiligde digitale omgeving",
            Kanaal::Papier => "op papier",
            Kanaal::Mondeling => "mondeling in het overleg",
            Kanaal::Email => "gewone e-mail",
        }
    }

    /// How data travel over this channel, to finish a sentence such as
    /// `Het verslag gaat ... naar de Deelnemers`.
    pub(crate) fn via(self) -> &'static str {
        match self {
            Kanaal::Oso => "via de OverstapService Onderwijs (OSO)",
            Kanaal::DuoVerzuimregister => "via het Verzuimregister van DUO",
            Kanaal::BeveiligdeMail => "per beveiligde e-mail",
            Kanaal::BeveiligdeOmgeving => "via een beveiligde digitale omgeving",
            Kanaal::Papier => "op papier",
            Kanaal::Mondeling => "mondeling in het overleg",
            Kanaal::Email => "per gewone e-mail",
        }
    }
}

impl Stroom {
    /// Whether it rests on consent: its basis or its exception is consent
    /// (art. 6(1)(a) or 9(2)(a) AVG).
    pub(crate) fn op_toestemming(&self) -> bool {
        [&self.grondslag, &self.uitzondering]
            .into_iter()
            .flatten()
            .any(|r| crate::catalogue::is_consent(&r.value))
    }

    /// The statutory rights or duties to report (`meldrecht`) the flow
    /// names, wherever it names them: in `wet:` (where they belong: the
    /// statute behind an AVG basis and exception), or, in older casussen,
    /// as its basis or exception itself (GRD-08 warns about that).
    pub(crate) fn meldrechten<'a>(
        &'a self,
        casus: &'a super::Casus,
    ) -> impl Iterator<Item = &'a super::Ref> {
        [&self.grondslag, &self.uitzondering]
            .into_iter()
            .flatten()
            .chain(self.wet.iter())
            .filter(move |r| {
                casus
                    .citatie(&r.value)
                    .is_some_and(|g| g.soort == crate::catalogue::Soort::Meldrecht)
            })
    }
}
