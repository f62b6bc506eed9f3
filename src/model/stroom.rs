//! Data flows: basis, exception, consent, channel, meldcode and safety.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stroom {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de stroom (kleine letters, cijfers en streepjes)."))]
    pub id: Ref,
    /// Providing party.
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de partij (of groep) die de gegevens verstrekt."))]
    pub van: Ref,
    /// Receiving parties.
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de ontvangers (partijen of groepen); elk heeft een taak met het doel van de stroom."))]
    pub naar: Vec<Ref>,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van het doel waarvoor de gegevens gedeeld worden."))]
    pub doel: Ref,
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de gegevens (onder `gegevens:`) die gedeeld worden."))]
    pub gegevens: Vec<Ref>,
    /// Basis of the providing party for providing (catalogue id).
    #[serde(default)]
    #[schemars(with = "Option<StroomGrondslag>")]
    #[schemars(extend("x-uitleg" = "De grondslag van de verstrekker om te verstrekken: een id uit artikel 6, eerste lid, AVG of een wettelijk meldrecht (`convenant grondslagen`), of een eigen citaat."))]
    pub grondslag: Option<Ref>,
    /// Statutory references for a basis under art. 6(1)(c) or (e).
    #[serde(default)]
    #[schemars(with = "Vec<WetId>")]
    #[schemars(extend("x-uitleg" = "De wetsartikelen bij grondslag `avg-6-1-c` of `avg-6-1-e`: ids uit de catalogus of eigen citaten. Mag weg als een taak van de verstrekker met dezelfde grondslag ze noemt."))]
    pub wet: Vec<Ref>,
    /// The art. 9(2) exception or UAVG article for special-category data.
    #[serde(default)]
    #[schemars(with = "Option<Uitzondering>")]
    #[schemars(extend("x-uitleg" = "Bij bijzondere of strafrechtelijke gegevens: de uitzondering op het verbod (artikel 9 of 10 AVG, de UAVG of een meldrecht), een id uit de catalogus of een eigen citaat."))]
    pub uitzondering: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<Toestemming>")]
    #[schemars(extend("x-uitleg" = "Wie toestemming gaf en hoe die is vastgelegd: `{ door, vastgelegd, vrijwillig }`. Verplicht bij `avg-6-1-a` of `avg-9-2-a`."))]
    pub toestemming: Option<Spanned<Toestemming>>,
    #[schemars(with = "Kanaal")]
    #[schemars(extend("x-uitleg" = "Hoe de gegevens gaan, bijvoorbeeld `beveiligde-mail` of `oso`; gewone `email` wordt altijd afgewezen."))]
    pub kanaal: Spanned<Kanaal>,
    /// The casusoverleg and its phase this flow belongs to.
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "De id van het casusoverleg waar de stroom bij hoort."))]
    pub overleg: Option<Ref>,
    /// The form of meeting within that casusoverleg, when it has `overlegvormen`.
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "Bij een overleg met `overlegvormen`: de id van de vorm waar de stroom bij hoort; alleen samen met `overleg`."))]
    pub overlegvorm: Option<Ref>,
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    #[schemars(extend("x-uitleg" = "De id van de fase van het overleg (of van de overlegvorm); alleen samen met `overleg`."))]
    pub fase: Option<Ref>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    #[schemars(extend("x-uitleg" = "Hoe lang de ontvanger de gegevens bewaart, of `onbekend`."))]
    pub bewaartermijn: Option<String>,
    /// Discussed without data that identify the child.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: besproken zonder gegevens die het kind aanwijzen; dan geen identificerend gegeven en geen identificatienummer."))]
    pub anoniem: bool,
    /// First day the flow may happen; defaults to the covenant's date.
    #[serde(default)]
    #[schemars(with = "Option<Datum>")]
    #[schemars(extend("x-uitleg" = "De eerste dag waarop de stroom mag lopen (JJJJ-MM-DD); standaard de datum van het convenant."))]
    pub vanaf: Option<Spanned<Datum>>,
    /// A report to Veilig Thuis under the meldcode.
    #[serde(default)]
    #[schemars(with = "Option<Meldcode>")]
    #[schemars(extend("x-uitleg" = "Bij een melding aan Veilig Thuis volgens de meldcode: `{ afwegingskader, ouders_geinformeerd, reden }`."))]
    pub meldcode: Option<Spanned<Meldcode>>,
    /// Shared without consent because of serious concerns for the child's safety.
    #[serde(default)]
    #[schemars(with = "Option<Veiligheid>")]
    #[schemars(extend("x-uitleg" = "Delen zonder toestemming wegens ernstige zorg om de veiligheid van het kind: `{ reden, vastgelegd }`."))]
    pub veiligheid: Option<Spanned<Veiligheid>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meldcode {
    /// The steps of the meldcode were followed, including the afwegingskader.
    #[schemars(extend("x-uitleg" = "`true`: de stappen van de meldcode, met het afwegingskader, zijn doorlopen."))]
    pub afwegingskader: bool,
    /// The parents were told in time, or `reden` says why not.
    #[schemars(extend("x-uitleg" = "`true`: de ouders zijn tijdig over de melding geïnformeerd."))]
    pub ouders_geinformeerd: bool,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Waarom de ouders niet zijn geïnformeerd; nodig bij `ouders_geinformeerd: false`."))]
    pub reden: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Veiligheid {
    #[schemars(extend("x-uitleg" = "De ernstige zorg om de veiligheid van het kind."))]
    pub reden: String,
    /// Where the weighing is documented (file, register, decision).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Waar de afweging is vastgelegd (dossier, register, besluit)."))]
    pub vastgelegd: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toestemming {
    #[schemars(with = "Toestemmer")]
    #[schemars(extend("x-uitleg" = "Wie toestemming gaf, bijvoorbeeld `ouders-met-gezag` of `volgens-leeftijd`."))]
    pub door: Spanned<Toestemmer>,
    #[schemars(with = "Vastlegging")]
    #[schemars(extend("x-uitleg" = "Hoe de toestemming is vastgelegd: `schriftelijk`, `digitaal` of `mondeling`."))]
    pub vastgelegd: Spanned<Vastlegging>,
    /// Why consent is freely given although a public body asks for it or a
    /// party with enforcement powers sits at the table (CNS-08).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Waarom de toestemming vrij gegeven is, al vraagt een overheidsorgaan haar of zit een partij met handhavende taak aan tafel."))]
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
