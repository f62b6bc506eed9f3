//! The covenant block and the parties: kinds, representatives, tasks, volmacht, accession.

use super::*;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Convenant {
    #[schemars(extend("x-uitleg" = "De titel van het convenant, zoals op de eerste bladzijde."))]
    pub titel: String,
    #[schemars(extend("x-uitleg" = "Kenmerk of dossiernummer van het convenant; staat in de voettekst van de documenten."))]
    #[schemars(with = "String")]
    pub kenmerk: Spanned<String>,
    #[schemars(extend("x-uitleg" = "Versie van het convenant, tussen aanhalingstekens, bijvoorbeeld `\"1.0\"`."))]
    pub versie: String,
    /// `concept` (the default) or `definitief`: a concept is marked as such
    /// everywhere; a definitief covenant may have no open item left.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`concept` (standaard) of `definitief`. Een concept is overal als concept gemarkeerd; een definitief convenant mag geen open punt meer hebben."))]
    pub status: Status,
    /// Date of signing (in a concept: the intended date).
    #[schemars(extend("x-uitleg" = "Datum van ondertekening (JJJJ-MM-DD); in een concept de beoogde datum. Ook de eerste dag waarop stromen mogen lopen."))]
    pub datum: Datum,
    /// Date of this version of the text: the creation date of the PDFs of a
    /// concept. Without it, the PDFs carry `datum`.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Datum van deze versie van de tekst (JJJJ-MM-DD); in een concept de datum in de voettekst en van de PDF's."))]
    pub versiedatum: Option<Datum>,
    #[schemars(extend("x-uitleg" = "Plaats van ondertekening."))]
    pub plaats: String,
    /// Years from `datum`, `onbepaald`, or `onbekend` (also when left out).
    #[serde(default, alias = "looptijd_jaren")]
    #[schemars(with = "Option<Looptijd>")]
    #[schemars(extend("x-uitleg" = "Looptijd in jaren vanaf `datum` (bijvoorbeeld `4`), `onbepaald`, of `onbekend` zolang dat nog niet beslist is."))]
    pub looptijd: Option<Looptijd>,
    /// After the term, the covenant continues for the same term each time
    /// unless a party gives notice.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: na de looptijd telkens stilzwijgend verlengd met dezelfde periode, tenzij een partij opzegt."))]
    pub stilzwijgende_verlenging: bool,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<u32>>")]
    #[schemars(extend("x-uitleg" = "Opzegtermijn in maanden (een geheel getal), of `onbekend`."))]
    pub opzegtermijn_maanden: Option<u32>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    #[schemars(extend("x-uitleg" = "Wanneer en door wie het convenant wordt geëvalueerd, of `onbekend`."))]
    pub evaluatie: Option<String>,
    /// Whether and how far liability between the parties is limited.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    #[schemars(extend("x-uitleg" = "Of en hoe de aansprakelijkheid tussen de partijen wordt beperkt, of `onbekend`."))]
    pub aansprakelijkheid: Option<String>,
    /// How a dispute is settled when consultation does not help.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    #[schemars(extend("x-uitleg" = "Hoe een geschil wordt beslecht als overleg tussen de bestuurders niet helpt, of `onbekend`."))]
    pub geschillen: Option<String>,
    /// Whether some processing is under joint control (art. 26 AVG), and
    /// if so which and with what arrangement.
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    #[schemars(extend("x-uitleg" = "Of partijen voor een verwerking gezamenlijk verwerkingsverantwoordelijk zijn (artikel 26 AVG), en zo ja welke en met welke regeling; of `onbekend`."))]
    pub gezamenlijke_verantwoordelijkheid: Option<String>,
    /// The decision of each party to sign (a collegebesluit, a board
    /// decision), printed on the tekenblad.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Per partij het besluit om te ondertekenen (collegebesluit, bestuursbesluit), voor het tekenblad: `{ partij, orgaan, kenmerk, datum }`."))]
    pub besluiten: Vec<OndertekenBesluit>,
    /// Free text on the region and its target group, for the considerations.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Vrije tekst over de regio en de doelgroep, voor de overwegingen van het convenant."))]
    pub regio: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partij {
    #[serde(skip)]
    pub bestand: FileId,
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de partij (kleine letters, cijfers en streepjes), waarmee stromen en overleggen naar haar verwijzen."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "De volledige naam, zoals in het partijenblok en op het tekenblad."))]
    pub naam: String,
    /// The defined term the documents use after the party block
    /// (“hierna: ‘SWV PO’”), in tables and running text.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De korte naam die de documenten na het partijenblok gebruiken, bijvoorbeeld `SWV PO`."))]
    pub korte_naam: Option<String>,
    #[schemars(with = "PartijSoort")]
    #[schemars(extend("x-uitleg" = "De soort organisatie, zoals `gemeente` of `schoolbestuur`; daar hangen regels aan."))]
    pub soort: Spanned<PartijSoort>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<String>>")]
    #[schemars(extend("x-uitleg" = "Vestigingsplaats, voor het partijenblok; of `onbekend`. Een plaats die met `'s-` begint, zet u tussen dubbele aanhalingstekens."))]
    pub vestiging: Option<String>,
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Adres, voor het partijenblok."))]
    pub adres: Option<String>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Persoon>>")]
    #[schemars(extend("x-uitleg" = "Wie namens de partij tekent: `{ naam, functie }`, of `onbekend`."))]
    pub vertegenwoordiger: Option<Persoon>,
    #[serde(default, deserialize_with = "onbekend::of")]
    #[schemars(with = "Option<OfOnbekend<Fg>>")]
    #[schemars(extend("x-uitleg" = "De functionaris gegevensbescherming: `{ naam, email }`, of `onbekend`. Een overheidspartij moet er een noemen."))]
    pub fg: Option<Fg>,
    /// Statutory tasks (wettelijke taken): what the party sits at the table for.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De wettelijke taken waarmee de partij aan tafel zit, elk met grondslag, wetsartikelen en doelen."))]
    pub taken: Vec<Taak>,
    /// Signing by mandate of another party (school boards by the swv).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De partij tekent niet zelf: een andere partij (het samenwerkingsverband) tekent namens haar, met een schriftelijke machtiging."))]
    pub volmacht: Option<Volmacht>,
    /// For a party without legal personality (Veilig Thuis): the legal
    /// person that runs it and is the controller of its data, as a phrase
    /// ("de gemeenschappelijke regeling GGD Regio Voorbeeld").
    #[schemars(extend("x-uitleg" = "Voor een partij zonder rechtspersoonlijkheid (Veilig Thuis): de rechtspersoon die haar uitvoert en verwerkingsverantwoordelijke is, als zinsdeel: `de gemeenschappelijke regeling GGD Regio Voorbeeld`."))]
    #[serde(default)]
    pub uitgevoerd_door: Option<String>,
    /// Bound by professional secrecy (beroepsgeheim), like a youth-care worker or doctor.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true`: de mensen van deze partij hebben een beroepsgeheim, zoals jeugdhulpverleners en artsen."))]
    pub beroepsgeheim: bool,
    /// For a gemeente: a competence of the burgemeester himself is in scope
    /// (a temporary restraining order, public order), so he is a party
    /// beside the college. Without it only the college is.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Bij een gemeente: `true` als een bevoegdheid van de burgemeester zelf onder het convenant valt; dan is hij naast het college partij."))]
    pub burgemeester: bool,
    /// A duty of confidentiality without professional secrecy: by statute or by contract
    /// (a school: a confidentiality clause in employment contracts and the covenant).
    #[serde(default)]
    #[schemars(with = "Option<Geheimhouding>")]
    #[schemars(extend("x-uitleg" = "Een geheimhoudingsplicht zonder beroepsgeheim: `wettelijk` (door een wet) of `contractueel` (door een beding in arbeidsovereenkomsten en convenant)."))]
    pub geheimhouding: Option<Spanned<Geheimhouding>>,
    /// Joins after signing, through Bijlage 1.
    #[serde(default)]
    #[schemars(with = "Option<Toetreding>")]
    #[schemars(extend("x-uitleg" = "De partij sluit na de ondertekening aan via Bijlage 1: `{ datum, bekendgemaakt }`."))]
    pub toetreding: Option<Spanned<Toetreding>>,
    /// Overrides whether the party is a public authority (AVG art. 6(1), last sentence).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "`true` of `false`: overschrijft of de partij een overheidsinstantie is (standaard volgt dat uit `soort`)."))]
    pub overheid: Option<bool>,
    /// For an `uitvoeringsorganisatie`: the gemeenten it acts for. They stay
    /// the controllers.
    #[serde(default)]
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "Bij een `uitvoeringsorganisatie`: de ids van de gemeenten voor wie zij handelt."))]
    pub namens: Vec<Ref>,
    /// For an `uitvoeringsorganisatie`: the mandate decision of the colleges.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "Bij een `uitvoeringsorganisatie`: het mandaatbesluit van de colleges, `{ besluit, datum }`."))]
    pub mandaat: Option<Mandaat>,
}

/// The decision by which the colleges mandate a joint body.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mandaat {
    #[schemars(extend("x-uitleg" = "Naam of kenmerk van het mandaatbesluit."))]
    pub besluit: String,
    #[schemars(extend("x-uitleg" = "Datum van het mandaatbesluit (JJJJ-MM-DD)."))]
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
    #[schemars(extend("x-uitleg" = "Naam van wie tekent."))]
    pub naam: String,
    #[schemars(extend("x-uitleg" = "Functie van wie tekent, bijvoorbeeld `wethouder Jeugd en Onderwijs`. Een functie met een komma zet u tussen aanhalingstekens."))]
    pub functie: String,
    /// The written mandate under which this person signs, such as the
    /// burgemeester's volmacht to a wethouder (art. 171 Gemeentewet).
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De schriftelijke volmacht waaronder deze persoon tekent, zoals die van de burgemeester aan een wethouder: `{ kenmerk, datum }`."))]
    pub volmacht: Option<Besluit>,
}

/// A decision or mandate by its reference and date.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Besluit {
    #[schemars(extend("x-uitleg" = "Kenmerk van het besluit."))]
    pub kenmerk: String,
    #[schemars(extend("x-uitleg" = "Datum van het besluit (JJJJ-MM-DD)."))]
    pub datum: Datum,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fg {
    #[schemars(extend("x-uitleg" = "Naam van de functionaris gegevensbescherming."))]
    pub naam: String,
    /// Checked by FG-02: it must look like an e-mail address.
    #[schemars(with = "Email")]
    #[schemars(extend("x-uitleg" = "E-mailadres van de functionaris gegevensbescherming, bijvoorbeeld `fg@voorstad.nl`."))]
    pub email: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Taak {
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de taak, uniek binnen de partij; een deelnemer van een casusoverleg verwijst ernaar."))]
    pub id: Ref,
    #[schemars(extend("x-uitleg" = "Wat de partij bij deze taak doet, in gewone woorden."))]
    pub omschrijving: String,
    /// Basis for processing, an id from the catalogue (`convenant grondslagen`).
    #[schemars(with = "Option<TaakGrondslag>")]
    #[schemars(extend("x-uitleg" = "De grondslag uit artikel 6, eerste lid, AVG voor de verwerking bij deze taak: `avg-6-1-a` tot en met `avg-6-1-f`."))]
    pub grondslag: Option<Ref>,
    /// Statutory references, ids from the catalogue (kind `sectorwet`).
    #[serde(default)]
    #[schemars(with = "Vec<WetId>")]
    #[schemars(extend("x-uitleg" = "De wetsartikelen waarop de taak rust: ids uit de catalogus (`convenant grondslagen`) of eigen citaten onder `wetten:`. Verplicht bij `avg-6-1-c` en `avg-6-1-e`."))]
    pub wet: Vec<Ref>,
    /// The purposes this task serves.
    #[serde(default)]
    #[schemars(with = "Vec<Id>")]
    #[schemars(extend("x-uitleg" = "De ids van de doelen die deze taak dient; een partij ontvangt alleen gegevens voor een doel van een van haar taken."))]
    pub doelen: Vec<Ref>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Volmacht {
    /// The party that signs on this party's behalf.
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de partij die namens deze partij tekent (het samenwerkingsverband)."))]
    pub partij: Ref,
    /// Reference of the written authorisation (machtiging).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    #[schemars(extend("x-uitleg" = "Kenmerk en datum van de schriftelijke machtiging."))]
    pub machtiging: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toetreding {
    #[schemars(extend("x-uitleg" = "De dag waarop Bijlage 1 (toetreding) is getekend (JJJJ-MM-DD)."))]
    pub datum: Datum,
    /// When the signed Bijlage 1 was made known to the casusoverleg participants.
    #[serde(default)]
    #[schemars(extend("x-uitleg" = "De dag waarop de getekende Bijlage 1 aan de deelnemers van het casusoverleg is bekendgemaakt (JJJJ-MM-DD)."))]
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
    #[schemars(with = "Id")]
    #[schemars(extend("x-uitleg" = "De id van de partij die het besluit nam."))]
    pub partij: Ref,
    /// Who decided: `het college van burgemeester en wethouders`, `het college van bestuur`.
    #[schemars(extend("x-uitleg" = "Wie besloot, bijvoorbeeld `het college van burgemeester en wethouders`."))]
    pub orgaan: String,
    #[schemars(extend("x-uitleg" = "Kenmerk van het besluit."))]
    pub kenmerk: String,
    #[schemars(extend("x-uitleg" = "Datum van het besluit (JJJJ-MM-DD)."))]
    pub datum: Datum,
}
