//! The views templates get: the checked casus, derived into what a document
//! needs (bases per party, flows per phase, controller-processor pairs, ...).
//!
//! Everything is a `Vec` of plain structs, in casus order, so rendering is
//! deterministic. Names stand where the casus has ids; citations come from the
//! built-in catalogue; dates are written the Dutch way (`1 maart 2026`).
//! Views are built only from a casus that passed `check` (references resolve);
//! a reference that does not resolve is left out, never a panic.

use crate::catalogue;
use crate::dpia;
use crate::model::{
    BijzondereCategorie, Casus, Datum, Gegeven, GegevenSoort, Geheimhouding, Identificatienummer,
    Kanaal, Leeftijdsgroep, Partij, PartijSoort, Ref, Risiconiveau, Stroom, Toestemmer,
    Uitnodiging, Vastlegging, Verwerker, VwoModel,
};
use serde::Serialize;
use std::collections::BTreeMap;

/// The articles of the covenant, in order: one partial
/// `templates/convenant/artikel-<id>.md` each. Article numbers come from this
/// list only, so inserting an article renumbers every later one and every
/// cross-reference (`artikel {{ artikel.grondslagen }}`) at once.
pub const CONVENANT_ARTIKELEN: &[&str] = &[
    "definities",
    "verantwoordelijken",
    "doel",
    "grondslagen",
    "gegevens",
    "bijzondere-gegevens",
    "minimalisatie",
    "stromen",
    "kwaliteit",
    "bewaren",
    "beveiliging",
    "datalekken",
    "geheimhouding",
    "informatie",
    "rechten",
    "derden",
    "register-en-fg",
    "verwerkers",
    "aansprakelijkheid",
    "wijzigingen",
    "toetreding",
    "duur",
    "evaluatie",
    "recht",
];

/// The articles of a verwerkersovereenkomst, in order: one partial
/// `templates/verwerkersovereenkomst/artikel-<id>.md` each. The eight clauses
/// of art. 28(3)(a)-(h) AVG are `instructies` ... `audits`.
pub const VWO_ARTIKELEN: &[&str] = &[
    "definities",
    "onderwerp",
    "instructies",
    "geheimhouding",
    "beveiliging",
    "subverwerkers",
    "rechten-betrokkenen",
    "bijstand",
    "einde",
    "audits",
    "locatie",
    "aansprakelijkheid",
    "duur",
];

/// `bijzondere-gegevens` → `bijzondere_gegevens`: the key a template uses.
pub fn artikel_sleutel(id: &str) -> String {
    id.replace('-', "_")
}

fn nummers(ids: &[&str]) -> BTreeMap<String, usize> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| (artikel_sleutel(id), i + 1))
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct CasusView {
    /// The folder name of the casus.
    pub naam: String,
    pub convenant: ConvenantView,
    /// All parties, in casus order.
    pub partijen: Vec<PartijView>,
    /// The parties that sign the covenant itself.
    pub ondertekenaars: Vec<PartijView>,
    /// The parties that join later through Bijlage 1.
    pub toetreders: Vec<PartijView>,
    pub doelen: Vec<DoelView>,
    pub gegevens: Vec<GegevenView>,
    pub stromen: Vec<StroomView>,
    /// Flows that belong to no casusoverleg.
    pub overige_stromen: Vec<StroomView>,
    pub overleggen: Vec<OverlegView>,
    /// One per controller-processor pair.
    pub verwerkersovereenkomsten: Vec<OvereenkomstView>,
    /// Every statute cited by a task or a flow, once, in order of first use.
    pub wetten: Vec<CitaatView>,
    /// Parties bound by professional secrecy.
    pub beroepsgeheim: Vec<String>,
    pub dpia: DpiaView,
    /// Article numbers by key, per document: `nummers.convenant.grondslagen`.
    pub nummers: NummersView,
    /// One signature block per party that signs the covenant itself, with
    /// the parties it signs for by volmacht.
    pub tekenblad: Vec<TekenView>,
    /// Categories of data subjects the casus names (from the processors), once each.
    pub betrokkenen: Vec<String>,
    /// A youth-care provider or the youth health care (GGD) is a party: from
    /// 12, a youth exercises his own rights over their files (art. 7:465 BW).
    pub jeugdhulp_of_jgz: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NummersView {
    /// From [`CONVENANT_ARTIKELEN`].
    pub convenant: BTreeMap<String, usize>,
    /// From [`VWO_ARTIKELEN`].
    pub verwerkersovereenkomst: BTreeMap<String, usize>,
}

/// A signature block on the tekenblad.
#[derive(Debug, Clone, Serialize)]
pub struct TekenView {
    pub partij: PartijView,
    /// Parties this party signs for by volmacht (school boards for the swv).
    pub namens: Vec<VolmachtgeverView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VolmachtgeverView {
    pub naam: String,
    pub machtiging: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConvenantView {
    pub titel: String,
    pub kenmerk: String,
    pub versie: String,
    /// `1 maart 2026`
    pub datum: String,
    pub plaats: String,
    pub looptijd_jaren: u32,
    pub opzegtermijn_maanden: Option<u32>,
    pub evaluatie: String,
    pub regio: Option<String>,
}

/// A catalogue entry as cited in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitaatView {
    pub id: String,
    /// The exact Dutch citation (`artikel 6, eerste lid, onder e, AVG`).
    pub citaat: String,
    pub uitleg: String,
    /// The catalogue kind: `avg-6`, `avg-9`, `uavg`, `meldrecht`, `sectorwet`, ...
    pub soort: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartijView {
    pub id: String,
    pub naam: String,
    /// `gemeente`, `samenwerkingsverband passend onderwijs`, ...
    pub soort: String,
    /// The casus value: `gemeente`, `samenwerkingsverband`, `schoolbestuur`, ...
    pub soort_id: String,
    pub vestiging: Option<String>,
    pub adres: Option<String>,
    pub vertegenwoordiger: Option<PersoonView>,
    pub fg: Option<FgView>,
    pub beroepsgeheim: bool,
    /// A duty of confidentiality without professional secrecy:
    /// `wettelijke geheimhoudingsplicht` or `contractuele geheimhoudingsplicht`.
    pub geheimhouding: Option<String>,
    pub overheid: bool,
    pub volmacht: Option<VolmachtView>,
    pub toetreding: Option<ToetredingView>,
    pub taken: Vec<TaakView>,
    /// Numbers (1-based, in `stromen` order) of the flows this party provides.
    pub verstrekt: Vec<usize>,
    /// Numbers of the flows this party receives.
    pub ontvangt: Vec<usize>,
    /// Functions in which the party sits at a casusoverleg, once each.
    pub functies: Vec<String>,
    /// Where the party sits at a casusoverleg: overleg, function and chair.
    pub deelnames: Vec<DeelnameView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeelnameView {
    /// Name of the casusoverleg.
    pub overleg: String,
    pub functie: String,
    /// Name of the party that chairs it (and makes a toetreding known).
    pub voorzitter: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersoonView {
    pub naam: String,
    pub functie: String,
    /// The job title names the burgemeester (who signs for his own powers).
    pub is_burgemeester: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct FgView {
    pub naam: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct VolmachtView {
    /// Name of the party that signs on this party's behalf.
    pub partij: String,
    pub machtiging: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToetredingView {
    pub datum: String,
    pub bekendgemaakt: Option<String>,
}

/// A statutory task with its basis: the "bases per party" view.
#[derive(Debug, Clone, Serialize)]
pub struct TaakView {
    pub id: String,
    pub omschrijving: String,
    pub grondslag: Option<CitaatView>,
    pub wetten: Vec<CitaatView>,
    /// Descriptions of the purposes the task serves.
    pub doelen: Vec<String>,
    /// The basis is consent (art. 6(1)(a) AVG), not a statutory task.
    pub op_toestemming: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DoelView {
    pub id: String,
    pub omschrijving: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GegevenView {
    pub id: String,
    pub naam: String,
    /// `gewoon persoonsgegeven`, `bijzonder persoonsgegeven`, ...
    pub soort: String,
    pub bijzonder: bool,
    /// The art. 9 category or the kind of number, when there is one.
    pub categorie: Option<String>,
    /// `gewoon`, `bijzonder`, `strafrechtelijk` or `identificatienummer`.
    pub soort_id: String,
    /// Parties that provide these data in a flow, once each, in casus order.
    pub bronnen: Vec<String>,
    /// Shared only in anonymous flows (and in at least one): no personal
    /// data as long as the child cannot be recognised (recital 26 AVG).
    pub anoniem: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct StroomView {
    pub id: String,
    pub doel: String,
    pub gegevens: Vec<String>,
    /// The special-category and criminal data of `gegevens` only.
    pub bijzondere_gegevens: Vec<String>,
    /// Contains special-category or criminal data.
    pub bijzonder: bool,
    pub van: String,
    pub naar: Vec<String>,
    pub grondslag: Option<CitaatView>,
    /// The flow's own statutes, or those of the provider's task with the same basis.
    pub wetten: Vec<CitaatView>,
    pub uitzondering: Option<CitaatView>,
    /// `ouders met gezag, schriftelijk vastgelegd`
    pub toestemming: Option<String>,
    /// Who consents, as in the casus: `ouders-met-gezag`, `volgens-leeftijd`, ...
    pub toestemming_door: Option<String>,
    /// How consent is recorded: `schriftelijk vastgelegd`, ...
    pub toestemming_vastgelegd: Option<String>,
    pub kanaal: String,
    /// The channel as a phrase: `per beveiligde e-mail`, `via een beveiligde digitale omgeving`.
    pub kanaal_via: String,
    pub bewaartermijn: Option<String>,
    pub anoniem: bool,
    /// The basis is a statutory right or duty to report (a `meldrecht`):
    /// the statute is the basis itself, not cited "in verbinding met".
    pub meldrecht: bool,
    /// Consent follows the age rule of the covenant.
    pub toestemming_volgens_leeftijd: bool,
    /// Name of the casusoverleg, for flows that belong to one.
    pub overleg: Option<String>,
    pub fase: Option<String>,
    /// `8 juni 2026`, when the flow starts later than the covenant.
    pub vanaf: Option<String>,
    /// Contains a BSN or PGN.
    pub identificatienummer: bool,
    /// Shared without consent for the child's safety: the reason, and where
    /// the weighing is recorded.
    pub veiligheid: Option<VeiligheidView>,
    /// A report under the meldcode: whether the steps were followed and the
    /// parents informed.
    pub meldcode: Option<MeldcodeView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VeiligheidView {
    pub reden: String,
    pub vastgelegd: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeldcodeView {
    pub afwegingskader: bool,
    pub ouders_geinformeerd: bool,
    pub reden: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverlegView {
    pub id: String,
    /// File stem of its Bijlage 3.
    pub stem: String,
    /// Its annex number: `3`, or `3a`, `3b`, ... when there are several.
    pub bijlage: String,
    pub naam: String,
    pub doel: String,
    pub voorzitter: String,
    pub deelnemers: Vec<DeelnemerView>,
    pub uitgenodigd: bool,
    /// `uitgenodigd` or `niet uitgenodigd`.
    pub betrokkenen: String,
    pub reden: Option<String>,
    pub leeftijden: Vec<String>,
    /// Whether children under 12 can be discussed (`leeftijden` names
    /// `onder-12` or is empty): they are involved in a way that suits their
    /// age rather than invited themselves.
    pub jonger_dan_12: bool,
    pub verslaglegging: Option<VerslagView>,
    /// Flows per phase, in the order of `fasen`.
    pub fasen: Vec<FaseView>,
    /// Flows of this casusoverleg without a phase.
    pub zonder_fase: Vec<StroomView>,
    /// Names of the parties at the table, once each, in order of the participants.
    pub partijen: Vec<String>,
    /// Who consents, per age group of `leeftijden`.
    pub toestemming: Vec<ToestemmingView>,
    /// Whether a youth-care provider sits at the table (12-16: both consent).
    pub jeugdhulp: bool,
    /// Whether any flow of this overleg is anonymous.
    pub anoniem: bool,
    /// Whether any flow of this overleg rests on a statutory task or duty
    /// (art. 6(1)(c) or (e) AVG) rather than consent, other than a flow
    /// shared for the child's safety.
    pub wettelijk: bool,
    /// Flows of this overleg shared without consent for the child's safety.
    pub veiligheid: Vec<StroomView>,
}

/// The consent rule for one age group (NJi-publicatie over privacy bij samenwerking onderwijs en jeugdhulp; UAVG art. 5, Jeugdwet art. 7.3.4).
#[derive(Debug, Clone, Serialize)]
pub struct ToestemmingView {
    pub leeftijd: String,
    pub wie: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeelnemerView {
    pub partij: String,
    pub functie: String,
    pub taak: Option<TaakView>,
    pub beroepsgeheim: bool,
    pub geheimhouding: Option<String>,
    /// Set when the party joins later through Bijlage 1.
    pub toetreding: Option<ToetredingView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerslagView {
    pub door: String,
    pub waar: String,
    pub bewaartermijn: String,
    pub kanaal: Option<String>,
    /// The channel as a phrase: `per beveiligde e-mail`, `via een beveiligde digitale omgeving`.
    pub kanaal_via: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaseView {
    pub id: String,
    /// The id made readable: `afspraken-en-verslag` → `Afspraken en verslag`.
    pub naam: String,
    pub nummer: usize,
    pub stromen: Vec<StroomView>,
}

/// One controller-processor pair: one verwerkersovereenkomst.
#[derive(Debug, Clone, Serialize)]
pub struct OvereenkomstView {
    pub stem: String,
    pub verantwoordelijke: PartijView,
    pub verwerker: VerwerkerView,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerwerkerView {
    pub id: String,
    pub naam: String,
    pub dienst: String,
    pub locatie: String,
    pub betrokkenen: Vec<String>,
    pub gegevens: Vec<GegevenView>,
    pub bijzonder: bool,
    pub subverwerkers: Vec<SubverwerkerView>,
    /// The written authorisation for sub-processors: `algemeen` or `specifiek`.
    pub machtiging_id: Option<String>,
    pub beveiliging: Vec<String>,
    /// The measures that are a certificate or an audited standard (they name
    /// `ISO` or `certific…`): the processor shows them with the last report.
    pub certificaten: Vec<String>,
    /// Other parties with an account on the system.
    pub toegang: Vec<String>,
    pub model: Option<String>,
    /// `privacyconvenant`, `vng` or `eigen`.
    pub model_id: Option<String>,
    /// Why the agreement deviates from the sector model.
    pub model_reden: Option<String>,
    /// The covenant party this processor also is.
    pub partij: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubverwerkerView {
    pub naam: String,
    pub dienst: String,
    pub locatie: String,
    pub overeenkomst: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DpiaView {
    /// Whether the casus has a `dpia` block.
    pub aanwezig: bool,
    pub verantwoordelijke: Option<String>,
    /// The FG of the controller of the DPIA.
    pub fg: Option<FgView>,
    pub fg_advies: Option<AdviesView>,
    pub restrisico: Option<String>,
    pub voorafgaande_raadpleging: Option<AdviesView>,
    pub grootschalig: bool,
    pub nieuwe_technologie: bool,
    /// When the DPIA is reviewed next, in Dutch (`1 maart 2029`).
    pub herbeoordeling: Option<String>,
    /// Flows with special-category or criminal data.
    pub bijzondere_stromen: Vec<StroomView>,
    /// Whether a DPIA is required, from [`dpia::assess`]: `DPIA verplicht`, ...
    pub oordeel: String,
    /// The same verdict as a decision: a DPIA is required.
    pub verplicht: bool,
    /// The assessor set the residual risk to high (prior consultation, art. 36 AVG).
    pub restrisico_hoog: bool,
    /// Items of the AP list (Stcrt. 2019, 64418) that apply.
    pub ap_lijst: Vec<SignaalView>,
    /// WP248 criteria that apply.
    pub wp248: Vec<SignaalView>,
}

/// One reason a DPIA is required or recommended.
#[derive(Debug, Clone, Serialize)]
pub struct SignaalView {
    pub nummer: u8,
    pub naam: String,
    /// Why, in words, with the names of every party it is about.
    pub reden: String,
    /// The DPIA numbers (S1, S2, ...) of the flows it is about.
    pub stromen: Vec<usize>,
}

/// One casusoverleg has Bijlage 3; several have 3a, 3b, ... in casus order,
/// so no two documents carry the same annex number.
fn bijlage_nummers(mut overleggen: Vec<OverlegView>) -> Vec<OverlegView> {
    if overleggen.len() > 1 {
        for (i, o) in overleggen.iter_mut().enumerate() {
            o.bijlage = format!("3{}", letters(i));
        }
    }
    overleggen
}

/// 0 → `a`, 25 → `z`, 26 → `aa`: spreadsheet-style letters.
fn letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The reasons for the DPIA document: party names instead of ids, and flows
/// by the number the DPIA gives them (their place in the casus, from 1).
fn signalen(b: &Builder, signalen: &[dpia::Signaal]) -> Vec<SignaalView> {
    // A reason may name most flows of a large casus: look numbers up by id.
    let nummer: std::collections::HashMap<&str, usize> = b
        .casus
        .stromen
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.value.as_str(), i + 1))
        .collect();
    signalen
        .iter()
        .map(|s| {
            let names: Vec<String> = s.partijen.iter().map(|id| b.naam(id)).collect();
            let reden = if names.is_empty() {
                s.omschrijving.to_string()
            } else {
                format!(
                    "{}: {}",
                    s.omschrijving,
                    super::templates::opsomming(&names)
                )
            };
            let mut stromen: Vec<usize> = s
                .stromen
                .iter()
                .filter_map(|id| nummer.get(id.as_str()).copied())
                .collect();
            stromen.sort_unstable();
            SignaalView {
                nummer: s.nummer,
                naam: s.naam.to_string(),
                reden,
                stromen,
            }
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct AdviesView {
    pub datum: String,
    pub kenmerk: String,
}

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// `1 maart 2026`
pub fn datum_nl(d: Datum) -> String {
    let maand = MAANDEN
        .get(usize::from(d.maand).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {maand} {}", d.dag, d.jaar)
}

/// `afspraken-en-verslag` → `Afspraken en verslag`
pub fn leesbaar(id: &str) -> String {
    let text = id.replace('-', " ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn citaat(id: &str) -> Option<CitaatView> {
    catalogue::get(id).map(|g| CitaatView {
        id: g.id.clone(),
        citaat: g.citaat.clone(),
        uitleg: g.uitleg.clone(),
        soort: g.soort.id().to_string(),
    })
}

fn citaten(refs: &[Ref]) -> Vec<CitaatView> {
    refs.iter().filter_map(|r| citaat(&r.value)).collect()
}

fn categorie_label(c: BijzondereCategorie) -> &'static str {
    match c {
        BijzondereCategorie::RasOfEtnischeAfkomst => "ras of etnische afkomst",
        BijzondereCategorie::PolitiekeOpvattingen => "politieke opvattingen",
        BijzondereCategorie::ReligieOfLevensovertuiging => "religie of levensovertuiging",
        BijzondereCategorie::Vakbondslidmaatschap => "lidmaatschap van een vakbond",
        BijzondereCategorie::Genetisch => "genetische gegevens",
        BijzondereCategorie::Biometrisch => "biometrische gegevens",
        BijzondereCategorie::Gezondheid => "gezondheid",
        BijzondereCategorie::SeksueelGedragOfGerichtheid => {
            "seksueel gedrag of seksuele gerichtheid"
        }
    }
}

fn toestemmer_label(t: Toestemmer) -> &'static str {
    match t {
        Toestemmer::OudersMetGezag => "ouders met gezag",
        Toestemmer::Voogd => "de voogd",
        Toestemmer::Jeugdige => "de jeugdige",
        Toestemmer::JeugdigeEnOuders => "de jeugdige en de ouders met gezag",
        Toestemmer::JeugdigeEnVoogd => "de jeugdige en de voogd",
        Toestemmer::VolgensLeeftijd => "volgens de leeftijd van de jeugdige",
        Toestemmer::Pleegouders => "de pleegouders",
        Toestemmer::Jeugdbeschermer => "de jeugdbeschermer",
    }
}

fn vastlegging_label(v: Vastlegging) -> &'static str {
    match v {
        Vastlegging::Schriftelijk => "schriftelijk vastgelegd",
        Vastlegging::Digitaal => "digitaal vastgelegd",
        Vastlegging::Mondeling => "mondeling gegeven",
    }
}

fn leeftijd_label(l: Leeftijdsgroep) -> &'static str {
    match l {
        Leeftijdsgroep::Onder12 => "jonger dan 12 jaar",
        Leeftijdsgroep::Van12Tot16 => "12 tot 16 jaar",
        Leeftijdsgroep::Vanaf16 => "16 jaar en ouder",
    }
}

fn kanaal_label(k: Kanaal) -> String {
    k.label().to_string()
}

fn risico_label(r: Risiconiveau) -> &'static str {
    match r {
        Risiconiveau::Laag => "laag",
        Risiconiveau::Midden => "midden",
        Risiconiveau::Hoog => "hoog",
    }
}

fn model_label(m: VwoModel) -> &'static str {
    match m {
        VwoModel::Privacyconvenant => {
            "Model Verwerkersovereenkomst van het Privacyconvenant Onderwijs"
        }
        VwoModel::Vng => "Standaard Verwerkersovereenkomst Gemeenten (VNG)",
        VwoModel::Eigen => "een eigen model van partijen",
    }
}

fn soort_id(s: PartijSoort) -> &'static str {
    match s {
        PartijSoort::Gemeente => "gemeente",
        PartijSoort::Samenwerkingsverband => "samenwerkingsverband",
        PartijSoort::Schoolbestuur => "schoolbestuur",
        PartijSoort::Jeugdhulpaanbieder => "jeugdhulpaanbieder",
        PartijSoort::GecertificeerdeInstelling => "gecertificeerde-instelling",
        PartijSoort::Ggd => "ggd",
        PartijSoort::VeiligThuis => "veilig-thuis",
        PartijSoort::RaadKinderbescherming => "raad-kinderbescherming",
        PartijSoort::Kinderopvang => "kinderopvang",
        PartijSoort::Overig => "overig",
    }
}

fn gegeven_soort_id(s: GegevenSoort) -> &'static str {
    match s {
        GegevenSoort::Gewoon => "gewoon",
        GegevenSoort::Bijzonder => "bijzonder",
        GegevenSoort::Strafrechtelijk => "strafrechtelijk",
        GegevenSoort::Identificatienummer => "identificatienummer",
    }
}

fn model_id(m: VwoModel) -> &'static str {
    match m {
        VwoModel::Privacyconvenant => "privacyconvenant",
        VwoModel::Vng => "vng",
        VwoModel::Eigen => "eigen",
    }
}

/// Who consents for a child of this age group (UAVG art. 5;
/// Jeugdwet art. 7.3.4 for youth care from 12 to 16). `zorg`: a youth-care
/// provider or the youth health care (GGD) sits at the table. The same rule
/// as art. 4(3) of the covenant (`artikel-grondslagen.md`).
fn toestemming_regel(l: Leeftijdsgroep, zorg: bool) -> ToestemmingView {
    let wie = match l {
        Leeftijdsgroep::Onder12 => "de ouders met gezag of de voogd",
        Leeftijdsgroep::Van12Tot16 if zorg => {
            "de ouders met gezag of de voogd, en bij jeugdhulp en (jeugd)gezondheidszorg ook de jeugdige zelf"
        }
        Leeftijdsgroep::Van12Tot16 => "de ouders met gezag of de voogd",
        Leeftijdsgroep::Vanaf16 => "de jeugdige zelf",
    }
    .to_string();
    ToestemmingView {
        leeftijd: leeftijd_label(l).to_string(),
        wie,
    }
}

/// The order of the parties block in the model covenant: gemeenten, the
/// samenwerkingsverband, the school boards, then the others (casus order
/// within each group; the sort is stable).
fn blok_volgorde(soort_id: &str) -> u8 {
    match soort_id {
        "gemeente" => 0,
        "samenwerkingsverband" => 1,
        "schoolbestuur" => 2,
        _ => 3,
    }
}

fn geheimhouding(p: &Partij) -> Option<String> {
    p.geheimhouding.as_ref().map(|g| {
        match g.value {
            Geheimhouding::Wettelijk => "wettelijke geheimhoudingsplicht",
            Geheimhouding::Contractueel => "contractuele geheimhoudingsplicht",
        }
        .to_string()
    })
}

struct Builder<'a> {
    casus: &'a Casus,
    /// Data category id → names of the parties that provide it, in flow order;
    /// built once, so rendering stays linear in the size of the casus.
    bronnen: std::collections::HashMap<&'a str, Vec<String>>,
    /// Data category ids that some anonymous flow carries, and those that
    /// some other flow carries.
    in_anoniem: std::collections::HashSet<&'a str>,
    in_herkenbaar: std::collections::HashSet<&'a str>,
}

impl<'a> Builder<'a> {
    fn new(casus: &'a Casus) -> Builder<'a> {
        let mut b = Builder {
            casus,
            bronnen: std::collections::HashMap::new(),
            in_anoniem: std::collections::HashSet::new(),
            in_herkenbaar: std::collections::HashSet::new(),
        };
        let mut bronnen: std::collections::HashMap<&'a str, Vec<String>> =
            std::collections::HashMap::new();
        for s in &casus.stromen {
            let naam = b.naam(&s.van.value);
            for g in &s.gegevens {
                let list = bronnen.entry(g.value.as_str()).or_default();
                if !list.contains(&naam) {
                    list.push(naam.clone());
                }
                if s.anoniem {
                    b.in_anoniem.insert(g.value.as_str());
                } else {
                    b.in_herkenbaar.insert(g.value.as_str());
                }
            }
        }
        b.bronnen = bronnen;
        b
    }

    fn naam(&self, id: &str) -> String {
        self.casus
            .partij(id)
            .map_or_else(|| id.to_string(), |p| p.naam.clone())
    }

    fn taak(&self, t: &crate::model::Taak) -> TaakView {
        TaakView {
            id: t.id.value.clone(),
            omschrijving: t.omschrijving.clone(),
            grondslag: t.grondslag.as_ref().and_then(|g| citaat(&g.value)),
            op_toestemming: t.grondslag.as_ref().is_some_and(|g| g.value == "avg-6-1-a"),
            wetten: citaten(&t.wet),
            doelen: t
                .doelen
                .iter()
                .filter_map(|d| self.casus.doel(&d.value))
                .map(|d| d.omschrijving.clone())
                .collect(),
        }
    }

    fn partij(&self, p: &Partij) -> PartijView {
        PartijView {
            id: p.id.value.clone(),
            naam: p.naam.clone(),
            soort: p.soort.value.label().to_string(),
            soort_id: soort_id(p.soort.value).to_string(),
            vestiging: p.vestiging.clone(),
            adres: p.adres.clone(),
            vertegenwoordiger: p.vertegenwoordiger.as_ref().map(|v| PersoonView {
                naam: v.naam.clone(),
                functie: v.functie.clone(),
                is_burgemeester: v.functie.to_lowercase().contains("burgemeester"),
            }),
            fg: p.fg.as_ref().map(|f| FgView {
                naam: f.naam.clone(),
                email: f.email.clone(),
            }),
            beroepsgeheim: p.beroepsgeheim,
            geheimhouding: geheimhouding(p),
            overheid: p.is_overheid(),
            volmacht: p.volmacht.as_ref().map(|v| VolmachtView {
                partij: self.naam(&v.partij.value),
                machtiging: v.machtiging.as_ref().map(|m| m.value.clone()),
            }),
            toetreding: p.toetreding.as_ref().map(|t| ToetredingView {
                datum: datum_nl(t.value.datum),
                bekendgemaakt: t.value.bekendgemaakt.map(datum_nl),
            }),
            taken: p.taken.iter().map(|t| self.taak(t)).collect(),
            verstrekt: self
                .casus
                .stromen
                .iter()
                .enumerate()
                .filter(|(_, s)| s.van.value == p.id.value)
                .map(|(i, _)| i + 1)
                .collect(),
            ontvangt: self
                .casus
                .stromen
                .iter()
                .enumerate()
                .filter(|(_, s)| s.naar.iter().any(|n| n.value == p.id.value))
                .map(|(i, _)| i + 1)
                .collect(),
            functies: {
                let mut f: Vec<String> = Vec::new();
                for d in self
                    .casus
                    .casusoverleggen
                    .iter()
                    .flat_map(|o| o.deelnemers.iter())
                    .filter(|d| d.partij.value == p.id.value)
                {
                    if !f.contains(&d.functie) {
                        f.push(d.functie.clone());
                    }
                }
                f
            },
            deelnames: self
                .casus
                .casusoverleggen
                .iter()
                .flat_map(|o| o.deelnemers.iter().map(move |d| (o, d)))
                .filter(|(_, d)| d.partij.value == p.id.value)
                .map(|(o, d)| DeelnameView {
                    overleg: o.naam.clone(),
                    functie: d.functie.clone(),
                    voorzitter: self.naam(&o.voorzitter.value),
                })
                .collect(),
        }
    }

    fn gegeven(&self, g: &Gegeven) -> GegevenView {
        let categorie = match (&g.categorie, &g.nummer) {
            (Some(c), _) => Some(categorie_label(c.value).to_string()),
            (None, Some(n)) => Some(
                match n.value {
                    Identificatienummer::Bsn => "burgerservicenummer (BSN)",
                    Identificatienummer::Pgn => "persoonsgebonden nummer (PGN)",
                }
                .to_string(),
            ),
            (None, None) => None,
        };
        GegevenView {
            id: g.id.value.clone(),
            naam: g.naam.clone(),
            soort: g.soort.value.label().to_string(),
            bijzonder: matches!(
                g.soort.value,
                GegevenSoort::Bijzonder | GegevenSoort::Strafrechtelijk
            ),
            categorie,
            soort_id: gegeven_soort_id(g.soort.value).to_string(),
            bronnen: self.bronnen(&g.id.value),
            anoniem: self.in_anoniem.contains(g.id.value.as_str())
                && !self.in_herkenbaar.contains(g.id.value.as_str()),
        }
    }

    /// The parties that provide data category `id` in some flow.
    fn bronnen(&self, id: &str) -> Vec<String> {
        self.bronnen.get(id).cloned().unwrap_or_default()
    }

    fn gegevens(&self, refs: &[Ref]) -> Vec<GegevenView> {
        refs.iter()
            .filter_map(|r| self.casus.gegeven(&r.value))
            .map(|g| self.gegeven(g))
            .collect()
    }

    /// The statutes a flow rests on: its own, or else those of the provider's
    /// tasks with the same basis (as rule GRD-04 allows); of those, the tasks
    /// that serve the flow's purpose when there are any.
    fn stroom_wetten(&self, s: &Stroom) -> Vec<CitaatView> {
        if !s.wet.is_empty() {
            return citaten(&s.wet);
        }
        let (Some(grondslag), Some(van)) = (&s.grondslag, self.casus.partij(&s.van.value)) else {
            return Vec::new();
        };
        let same_basis: Vec<&crate::model::Taak> = van
            .taken
            .iter()
            .filter(|t| t.grondslag.as_ref().map(|g| &g.value) == Some(&grondslag.value))
            .collect();
        let serving: Vec<&crate::model::Taak> = same_basis
            .iter()
            .copied()
            .filter(|t| t.doelen.iter().any(|d| d.value == s.doel.value))
            .collect();
        let tasks = if serving.is_empty() {
            same_basis
        } else {
            serving
        };
        let mut out: Vec<CitaatView> = Vec::new();
        for t in tasks {
            for c in citaten(&t.wet) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    fn stroom(&self, s: &Stroom) -> StroomView {
        let gegevens = self.gegevens(&s.gegevens);
        StroomView {
            id: s.id.value.clone(),
            doel: self
                .casus
                .doel(&s.doel.value)
                .map_or_else(|| s.doel.value.clone(), |d| d.omschrijving.clone()),
            bijzonder: gegevens.iter().any(|g| g.bijzonder),
            bijzondere_gegevens: gegevens
                .iter()
                .filter(|g| g.bijzonder)
                .map(|g| g.naam.clone())
                .collect(),
            gegevens: gegevens.into_iter().map(|g| g.naam).collect(),
            van: self.naam(&s.van.value),
            naar: s.naar.iter().map(|n| self.naam(&n.value)).collect(),
            grondslag: s.grondslag.as_ref().and_then(|g| citaat(&g.value)),
            wetten: self.stroom_wetten(s),
            uitzondering: s.uitzondering.as_ref().and_then(|u| citaat(&u.value)),
            toestemming: s.toestemming.as_ref().map(|t| {
                format!(
                    "{}, {}",
                    toestemmer_label(t.value.door.value),
                    vastlegging_label(t.value.vastgelegd.value)
                )
            }),
            toestemming_door: s
                .toestemming
                .as_ref()
                .map(|t| crate::model::spelling(&t.value.door.value)),
            toestemming_vastgelegd: s
                .toestemming
                .as_ref()
                .map(|t| vastlegging_label(t.value.vastgelegd.value).to_string()),
            kanaal: kanaal_label(s.kanaal.value),
            kanaal_via: s.kanaal.value.via().to_string(),
            bewaartermijn: s.bewaartermijn.clone(),
            anoniem: s.anoniem,
            meldrecht: s
                .grondslag
                .as_ref()
                .and_then(|g| catalogue::get(&g.value))
                .is_some_and(|g| g.soort == catalogue::Soort::Meldrecht),
            toestemming_volgens_leeftijd: s
                .toestemming
                .as_ref()
                .is_some_and(|t| t.value.door.value == Toestemmer::VolgensLeeftijd),
            overleg: s
                .overleg
                .as_ref()
                .and_then(|o| self.casus.casusoverleg(&o.value))
                .map(|o| o.naam.clone()),
            fase: s.fase.as_ref().map(|f| leesbaar(&f.value)),
            vanaf: s.vanaf.as_ref().map(|d| datum_nl(d.value)),
            identificatienummer: self
                .casus
                .gegevens_van(s)
                .any(|g| g.soort.value == GegevenSoort::Identificatienummer),
            veiligheid: s.veiligheid.as_ref().map(|v| VeiligheidView {
                reden: v.value.reden.clone(),
                vastgelegd: v.value.vastgelegd.clone(),
            }),
            meldcode: s.meldcode.as_ref().map(|m| MeldcodeView {
                afwegingskader: m.value.afwegingskader,
                ouders_geinformeerd: m.value.ouders_geinformeerd,
                reden: m.value.reden.clone(),
            }),
        }
    }

    fn overleg(&self, o: &crate::model::Casusoverleg) -> OverlegView {
        let van_overleg = |s: &&Stroom| s.overleg.as_ref().is_some_and(|r| r.value == o.id.value);
        let fasen = o
            .fasen
            .iter()
            .enumerate()
            .map(|(i, f)| FaseView {
                id: f.value.clone(),
                naam: leesbaar(&f.value),
                nummer: i + 1,
                stromen: self
                    .casus
                    .stromen
                    .iter()
                    .filter(van_overleg)
                    .filter(|s| s.fase.as_ref().is_some_and(|sf| sf.value == f.value))
                    .map(|s| self.stroom(s))
                    .collect(),
            })
            .collect();
        let zonder_fase = self
            .casus
            .stromen
            .iter()
            .filter(van_overleg)
            .filter(|s| s.fase.is_none())
            .map(|s| self.stroom(s))
            .collect();
        let stromen: Vec<&Stroom> = self.casus.stromen.iter().filter(van_overleg).collect();
        let mut partijen: Vec<String> = Vec::new();
        for d in &o.deelnemers {
            let naam = self.naam(&d.partij.value);
            if !partijen.contains(&naam) {
                partijen.push(naam);
            }
        }
        let soort_aan_tafel = |soort: PartijSoort| {
            o.deelnemers.iter().any(|d| {
                self.casus
                    .partij(&d.partij.value)
                    .is_some_and(|p| p.soort.value == soort)
            })
        };
        let jeugdhulp = soort_aan_tafel(PartijSoort::Jeugdhulpaanbieder);
        let zorg = jeugdhulp || soort_aan_tafel(PartijSoort::Ggd);
        let leeftijden: Vec<Leeftijdsgroep> = if o.leeftijden.is_empty() {
            vec![
                Leeftijdsgroep::Onder12,
                Leeftijdsgroep::Van12Tot16,
                Leeftijdsgroep::Vanaf16,
            ]
        } else {
            o.leeftijden.iter().map(|l| l.value).collect()
        };
        OverlegView {
            partijen,
            toestemming: leeftijden
                .into_iter()
                .map(|l| toestemming_regel(l, zorg))
                .collect(),
            jeugdhulp,
            anoniem: stromen.iter().any(|s| s.anoniem),
            wettelijk: stromen.iter().any(|s| {
                s.veiligheid.is_none()
                    && s.grondslag
                        .as_ref()
                        .is_some_and(|g| catalogue::needs_statute(&g.value))
            }),
            veiligheid: stromen
                .iter()
                .filter(|s| s.veiligheid.is_some())
                .map(|s| self.stroom(s))
                .collect(),
            id: o.id.value.clone(),
            stem: crate::model::stem_bijlage_3(&o.id.value),
            bijlage: "3".to_string(), // lettered in `build` once all are known
            naam: o.naam.clone(),
            doel: self
                .casus
                .doel(&o.doel.value)
                .map_or_else(|| o.doel.value.clone(), |d| d.omschrijving.clone()),
            voorzitter: self.naam(&o.voorzitter.value),
            deelnemers: o
                .deelnemers
                .iter()
                .map(|d| {
                    let partij = self.casus.partij(&d.partij.value);
                    DeelnemerView {
                        partij: self.naam(&d.partij.value),
                        functie: d.functie.clone(),
                        taak: partij.and_then(|p| {
                            p.taken
                                .iter()
                                .find(|t| t.id.value == d.taak.value)
                                .map(|t| self.taak(t))
                        }),
                        beroepsgeheim: partij.is_some_and(|p| p.beroepsgeheim),
                        geheimhouding: partij.and_then(geheimhouding),
                        toetreding: partij.and_then(|p| p.toetreding.as_ref()).map(|t| {
                            ToetredingView {
                                datum: datum_nl(t.value.datum),
                                bekendgemaakt: t.value.bekendgemaakt.map(datum_nl),
                            }
                        }),
                    }
                })
                .collect(),
            uitgenodigd: o.betrokkenen.value == Uitnodiging::Uitgenodigd,
            betrokkenen: match o.betrokkenen.value {
                Uitnodiging::Uitgenodigd => "uitgenodigd",
                Uitnodiging::NietUitgenodigd => "niet uitgenodigd",
            }
            .to_string(),
            reden: o.reden.clone(),
            leeftijden: o
                .leeftijden
                .iter()
                .map(|l| leeftijd_label(l.value).to_string())
                .collect(),
            jonger_dan_12: o.leeftijden.is_empty()
                || o.leeftijden
                    .iter()
                    .any(|l| l.value == Leeftijdsgroep::Onder12),
            verslaglegging: o.verslaglegging.as_ref().map(|v| VerslagView {
                door: self.naam(&v.door.value),
                waar: v.waar.clone(),
                bewaartermijn: v.bewaartermijn.clone(),
                kanaal: v.kanaal.as_ref().map(|k| kanaal_label(k.value)),
                kanaal_via: v.kanaal.as_ref().map(|k| k.value.via().to_string()),
            }),
            fasen,
            zonder_fase,
        }
    }

    fn verwerker(&self, v: &Verwerker) -> VerwerkerView {
        let gegevens = self.gegevens(&v.gegevens);
        VerwerkerView {
            id: v.id.value.clone(),
            naam: v.naam.clone(),
            dienst: v.dienst.clone(),
            locatie: v.locatie.clone(),
            betrokkenen: v.betrokkenen.clone(),
            bijzonder: gegevens.iter().any(|g| g.bijzonder),
            gegevens,
            subverwerkers: v
                .subverwerkers
                .iter()
                .map(|s| SubverwerkerView {
                    naam: s.naam.clone(),
                    dienst: s.dienst.clone(),
                    locatie: s.locatie.clone(),
                    overeenkomst: s.overeenkomst,
                })
                .collect(),
            machtiging_id: v
                .subverwerkers_machtiging
                .as_ref()
                .map(|m| crate::model::spelling(&m.value)),
            beveiliging: v.beveiliging.clone(),
            certificaten: v
                .beveiliging
                .iter()
                .filter(|m| m.contains("ISO") || m.contains("certific"))
                .cloned()
                .collect(),
            toegang: v.toegang.iter().map(|p| self.naam(&p.value)).collect(),
            model: v.model.as_ref().map(|m| model_label(m.value).to_string()),
            model_id: v.model.as_ref().map(|m| model_id(m.value).to_string()),
            model_reden: v.model_reden.clone(),
            partij: v.partij.as_ref().map(|p| self.naam(&p.value)),
        }
    }
}

/// The view of a casus that passed `check`. `None` without a `convenant` block.
pub fn build(casus: &Casus) -> Option<CasusView> {
    let c = &casus.convenant.as_ref()?.value.value;
    let b = Builder::new(casus);
    let partijen: Vec<PartijView> = casus.partijen.iter().map(|p| b.partij(p)).collect();
    let stromen: Vec<StroomView> = casus.stromen.iter().map(|s| b.stroom(s)).collect();
    let overige_stromen = casus
        .stromen
        .iter()
        .filter(|s| s.overleg.is_none())
        .map(|s| b.stroom(s))
        .collect();
    let mut verwerkersovereenkomsten = Vec::new();
    for v in &casus.verwerkers {
        for voor in &v.voor {
            if let Some(p) = casus.partij(&voor.value) {
                verwerkersovereenkomsten.push(OvereenkomstView {
                    stem: crate::model::stem_verwerkersovereenkomst(&p.id.value, &v.id.value),
                    verantwoordelijke: b.partij(p),
                    verwerker: b.verwerker(v),
                });
            }
        }
    }
    let mut wetten: Vec<CitaatView> = Vec::new();
    let alle = partijen
        .iter()
        .flat_map(|p| p.taken.iter().flat_map(|t| t.wetten.iter()))
        .chain(stromen.iter().flat_map(|s| s.wetten.iter()));
    for w in alle {
        if !wetten.contains(w) {
            wetten.push(w.clone());
        }
    }
    let mut tekenblad: Vec<TekenView> = Vec::new();
    for p in partijen.iter().filter(|p| p.toetreding.is_none()) {
        let signer = casus.partij(&p.id);
        let volmacht_bij_ondertekenaar = signer
            .and_then(|s| s.volmacht.as_ref())
            .and_then(|v| casus.partij(&v.partij.value))
            .is_some_and(|v| v.toetreding.is_none() && v.volmacht.is_none());
        if volmacht_bij_ondertekenaar {
            continue;
        }
        let namens = casus
            .partijen
            .iter()
            .filter(|q| q.toetreding.is_none())
            .filter(|q| q.volmacht.as_ref().is_some_and(|v| v.partij.value == p.id))
            .map(|q| VolmachtgeverView {
                naam: q.naam.clone(),
                machtiging: q
                    .volmacht
                    .as_ref()
                    .and_then(|v| v.machtiging.as_ref())
                    .map(|m| m.value.clone()),
            })
            .collect();
        tekenblad.push(TekenView {
            partij: p.clone(),
            namens,
        });
    }
    tekenblad.sort_by_key(|t| blok_volgorde(&t.partij.soort_id));
    let mut betrokkenen: Vec<String> = Vec::new();
    for b in casus.verwerkers.iter().flat_map(|v| v.betrokkenen.iter()) {
        if !betrokkenen.contains(b) {
            betrokkenen.push(b.clone());
        }
    }
    let verdict = dpia::assess(casus);
    let dpia = casus.dpia.as_ref().map(|d| &d.value.value);
    let advies = |a: &crate::model::FgAdvies| AdviesView {
        datum: datum_nl(a.datum),
        kenmerk: a.kenmerk.clone(),
    };
    Some(CasusView {
        naam: casus.naam.clone(),
        convenant: ConvenantView {
            titel: c.titel.clone(),
            kenmerk: c.kenmerk.clone(),
            versie: c.versie.clone(),
            datum: datum_nl(c.datum),
            plaats: c.plaats.clone(),
            looptijd_jaren: c.looptijd_jaren,
            opzegtermijn_maanden: c.opzegtermijn_maanden,
            evaluatie: c.evaluatie.clone(),
            regio: c.regio.clone(),
        },
        ondertekenaars: {
            let mut v: Vec<PartijView> = partijen
                .iter()
                .filter(|p| p.toetreding.is_none())
                .cloned()
                .collect();
            v.sort_by_key(|p| blok_volgorde(&p.soort_id));
            v
        },
        toetreders: partijen
            .iter()
            .filter(|p| p.toetreding.is_some())
            .cloned()
            .collect(),
        beroepsgeheim: partijen
            .iter()
            .filter(|p| p.beroepsgeheim)
            .map(|p| p.naam.clone())
            .collect(),
        partijen,
        doelen: casus
            .doelen
            .iter()
            .map(|d| DoelView {
                id: d.id.value.clone(),
                omschrijving: d.omschrijving.clone(),
            })
            .collect(),
        gegevens: casus.gegevens.iter().map(|g| b.gegeven(g)).collect(),
        dpia: DpiaView {
            aanwezig: dpia.is_some(),
            verantwoordelijke: dpia.map(|d| b.naam(&d.verantwoordelijke.value)),
            fg: dpia
                .and_then(|d| casus.partij(&d.verantwoordelijke.value))
                .and_then(|p| p.fg.as_ref())
                .map(|f| FgView {
                    naam: f.naam.clone(),
                    email: f.email.clone(),
                }),
            fg_advies: dpia.and_then(|d| d.fg_advies.as_ref()).map(advies),
            restrisico: dpia
                .and_then(|d| d.restrisico.as_ref())
                .map(|r| risico_label(r.value).to_string()),
            voorafgaande_raadpleging: dpia
                .and_then(|d| d.voorafgaande_raadpleging.as_ref())
                .map(advies),
            grootschalig: dpia.is_some_and(|d| d.grootschalig),
            nieuwe_technologie: dpia.is_some_and(|d| d.nieuwe_technologie),
            herbeoordeling: dpia
                .and_then(|d| d.herbeoordeling.as_ref())
                .map(|h| datum_nl(h.value)),
            bijzondere_stromen: stromen.iter().filter(|s| s.bijzonder).cloned().collect(),
            oordeel: verdict.oordeel.label().to_string(),
            verplicht: verdict.oordeel == dpia::Oordeel::Verplicht,
            restrisico_hoog: dpia
                .and_then(|d| d.restrisico.as_ref())
                .is_some_and(|r| r.value == Risiconiveau::Hoog),
            ap_lijst: signalen(&b, &verdict.ap_lijst),
            wp248: signalen(&b, &verdict.wp248),
        },
        stromen,
        overige_stromen,
        overleggen: bijlage_nummers(casus.casusoverleggen.iter().map(|o| b.overleg(o)).collect()),
        verwerkersovereenkomsten,
        wetten,
        nummers: NummersView {
            convenant: nummers(CONVENANT_ARTIKELEN),
            verwerkersovereenkomst: nummers(VWO_ARTIKELEN),
        },
        tekenblad,
        betrokkenen,
        jeugdhulp_of_jgz: casus.partijen.iter().any(|p| {
            matches!(
                p.soort.value,
                PartijSoort::Jeugdhulpaanbieder | PartijSoort::Ggd
            )
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_casusoverleggen_get_lettered_annexes() {
        assert_eq!(letters(0), "a");
        assert_eq!(letters(25), "z");
        assert_eq!(letters(26), "aa");
        assert_eq!(letters(27), "ab");
        let example = crate::load::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/casus/regio-voorbeeld"
        )));
        let view = build(&example.casus).expect("the example has a convenant block");
        let nummers: Vec<&str> = view.overleggen.iter().map(|o| o.bijlage.as_str()).collect();
        assert_eq!(nummers, ["3a", "3b"]);
    }

    #[test]
    fn dates_are_dutch() {
        assert_eq!(
            datum_nl(Datum {
                jaar: 2026,
                maand: 3,
                dag: 1
            }),
            "1 maart 2026"
        );
        assert_eq!(
            datum_nl(Datum {
                jaar: 2025,
                maand: 12,
                dag: 31
            }),
            "31 december 2025"
        );
    }

    fn fixture() -> CasusView {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render");
        let checked = crate::check::check(&dir);
        assert!(!checked.has_errors(true), "{:?}", checked.diagnostics);
        build(&checked.casus).expect("the fixture has a convenant block")
    }

    #[test]
    fn bases_per_party_cite_the_catalogue() {
        let v = fixture();
        let gemeente = &v.partijen[0];
        assert_eq!(gemeente.naam, "Gemeente Voorstad");
        let jeugdhulp = &gemeente.taken[0];
        assert_eq!(
            jeugdhulp.grondslag.as_ref().map(|g| g.citaat.as_str()),
            Some("artikel 6, eerste lid, onder e, AVG")
        );
        let wetten: Vec<&str> = jeugdhulp.wetten.iter().map(|w| w.citaat.as_str()).collect();
        assert_eq!(
            wetten,
            [
                "artikel 2.3 van de Jeugdwet",
                "artikel 7.4.0 van de Jeugdwet"
            ]
        );
        assert_eq!(v.ondertekenaars.len(), 3);
        assert_eq!(v.toetreders[0].naam, "Jeugdhulp De Brug");
        assert_eq!(
            v.toetreders[0]
                .toetreding
                .as_ref()
                .map(|t| t.datum.as_str()),
            Some("1 mei 2026")
        );
        assert_eq!(
            v.partijen[2].volmacht.as_ref().map(|m| m.partij.as_str()),
            Some("Samenwerkingsverband Passend Onderwijs Voorstad")
        );
    }

    #[test]
    fn flows_are_grouped_per_phase_in_phase_order() {
        let v = fixture();
        let mdo = &v.overleggen[0];
        assert_eq!(mdo.stem, "bijlage-3-casusoverleg-mdo");
        let fasen: Vec<(&str, usize)> = mdo
            .fasen
            .iter()
            .map(|f| (f.naam.as_str(), f.stromen.len()))
            .collect();
        assert_eq!(
            fasen,
            [
                ("Aanmelding", 1),
                ("Voorbereiding", 1),
                ("Bespreking", 1),
                ("Afspraken en verslag", 1)
            ]
        );
        let aanmelding = &mdo.fasen[0].stromen[0];
        assert_eq!(aanmelding.van, "Stichting Primair Onderwijs Voorstad");
        assert_eq!(
            aanmelding.uitzondering.as_ref().map(|u| u.citaat.as_str()),
            Some("artikel 9, tweede lid, onder a, AVG")
        );
        assert_eq!(aanmelding.kanaal, "beveiligde e-mail");
        assert!(aanmelding.bijzonder);
        // Only the special-category data, not the name or the question.
        assert_eq!(aanmelding.gegevens.len(), 3);
        assert_eq!(
            aanmelding.bijzondere_gegevens,
            ["gezondheid, gedrag en gezinsfactoren"]
        );
        // The flow outside any casusoverleg is listed apart.
        assert_eq!(v.overige_stromen.len(), 1);
        assert_eq!(v.overige_stromen[0].id, "verzuimmelding");
        // A flow without statutes of its own takes those of the provider's
        // task with the same basis that serves its purpose.
        let voorbereiding = &mdo.fasen[1].stromen[0];
        let wetten: Vec<&str> = voorbereiding.wetten.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(wetten, ["jw-2-3", "jw-7-4-0"]);
        // That flow rests on a statutory task, so the overleg says consent
        // is not the only way data are shared.
        assert!(mdo.wettelijk);
    }

    #[test]
    fn one_agreement_per_controller_and_processor() {
        let v = fixture();
        assert_eq!(v.verwerkersovereenkomsten.len(), 1);
        let o = &v.verwerkersovereenkomsten[0];
        assert_eq!(
            o.stem,
            "verwerkersovereenkomst-school-primair-lvs-leverancier"
        );
        assert_eq!(
            o.verantwoordelijke.naam,
            "Stichting Primair Onderwijs Voorstad"
        );
        assert_eq!(o.verwerker.subverwerkers[0].naam, "Hosting B.V.");
        assert_eq!(o.verwerker.machtiging_id.as_deref(), Some("algemeen"));
        assert!(o.verwerker.bijzonder);
    }

    #[test]
    fn dpia_signals_come_from_the_assessment() {
        let v = fixture();
        assert_eq!(
            v.dpia.verantwoordelijke.as_deref(),
            Some("Gemeente Voorstad")
        );
        assert_eq!(v.dpia.oordeel, "DPIA verplicht");
        assert!(v.dpia.ap_lijst.iter().any(|s| s.nummer == 8));
        assert!(!v.dpia.wp248.is_empty());
        assert!(v.dpia.wp248.iter().all(|s| !s.reden.contains('`')));
    }

    #[test]
    fn the_tekenblad_puts_volmacht_under_the_signer() {
        let v = fixture();
        // The school board signs through the swv: no block of its own.
        let names: Vec<&str> = v.tekenblad.iter().map(|t| t.partij.naam.as_str()).collect();
        assert!(
            !names.contains(&"Stichting Primair Onderwijs Voorstad"),
            "{names:?}"
        );
        let swv = v
            .tekenblad
            .iter()
            .find(|t| t.partij.soort_id == "samenwerkingsverband")
            .expect("the swv signs");
        assert_eq!(swv.namens[0].naam, "Stichting Primair Onderwijs Voorstad");
        // Gemeenten first, as in the model's parties block; toetreders never.
        assert_eq!(v.tekenblad[0].partij.soort_id, "gemeente");
        assert!(v.tekenblad.iter().all(|t| t.partij.toetreding.is_none()));
    }

    #[test]
    fn article_numbers_follow_the_lists() {
        let v = fixture();
        assert_eq!(v.nummers.convenant["definities"], 1);
        assert_eq!(
            v.nummers.convenant["bijzondere_gegevens"],
            1 + CONVENANT_ARTIKELEN
                .iter()
                .position(|a| *a == "bijzondere-gegevens")
                .unwrap()
        );
        assert_eq!(v.nummers.convenant.len(), CONVENANT_ARTIKELEN.len());
        assert_eq!(v.nummers.verwerkersovereenkomst.len(), VWO_ARTIKELEN.len());
    }

    #[test]
    fn ids_become_readable() {
        assert_eq!(leesbaar("afspraken-en-verslag"), "Afspraken en verslag");
        assert_eq!(leesbaar("mdo"), "Mdo");
        assert_eq!(leesbaar(""), "");
    }
}
