//! The view structs: what a template can read.

use super::types_overleg::OverlegView;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CasusView {
    /// The folder name of the casus.
    pub naam: String,
    /// File name of the diagram of every flow of the casus
    /// (`gegevensstromen.svg`), for the DPIA and the index page.
    pub schema: String,
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
    /// The statutory rights and duties to report the flows rest on, once each.
    pub meldrechten: Vec<CitaatView>,
    /// Flows that belong to no casusoverleg.
    pub overige_stromen: Vec<StroomView>,
    pub overleggen: Vec<OverlegView>,
    /// The arrangements between joint controllers (art. 26 AVG), one per
    /// `gezamenlijk:` block.
    pub regelingen: Vec<super::regeling::RegelingView>,
    /// One per controller-processor pair.
    pub verwerkersovereenkomsten: Vec<OvereenkomstView>,
    /// Whether the casus has a `verwerkers:` list at all: without one the
    /// processors are still to be described; `verwerkers: []` means none.
    pub verwerkers_beschreven: bool,
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
    /// The casus's own categories of data subjects (`betrokkenen:`).
    pub categorieen: Vec<CategorieView>,
    /// A youth-care provider or the youth health care (GGD) is a party: from
    /// 12, a youth exercises his own rights over their files (art. 7:465 BW).
    pub jeugdhulp_of_jgz: bool,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct NummersView {
    /// The number of each article of the covenant, by id with `_` for `-`
    /// (`nummers.convenant.bijzondere_gegevens`), in the order in which
    /// `convenant.md` includes `convenant/artikel-<id>.md`.
    pub convenant: BTreeMap<String, usize>,
    /// The same for `verwerkersovereenkomst.md`.
    pub verwerkersovereenkomst: BTreeMap<String, usize>,
}

/// A signature block on the tekenblad.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct TekenView {
    pub partij: PartijView,
    /// Parties this party signs for by volmacht (school boards for the swv).
    pub namens: Vec<VolmachtgeverView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VolmachtgeverView {
    pub naam: String,
    pub machtiging: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ConvenantView {
    pub titel: String,
    pub kenmerk: String,
    pub versie: String,
    /// `true` until `status: definitief`: the documents say they are a
    /// concept, and `datum` is the intended date of signing.
    pub concept: bool,
    /// `1 maart 2026`: the date of signing (in a concept: the intended date).
    pub datum: String,
    /// The date of this version of the text, when the casus gives it.
    pub versiedatum: Option<String>,
    /// `1 March 2026`: `datum` for a document in English.
    pub datum_en: String,
    /// `versiedatum` for a document in English.
    pub versiedatum_en: Option<String>,
    pub plaats: String,
    /// Years from `datum`; `None` for an indefinite or unknown term.
    pub looptijd_jaren: Option<u32>,
    /// `looptijd: onbepaald`.
    pub onbepaalde_tijd: bool,
    pub stilzwijgende_verlenging: bool,
    pub opzegtermijn_maanden: Option<u32>,
    pub evaluatie: Option<String>,
    pub aansprakelijkheid: Option<String>,
    pub geschillen: Option<String>,
    pub gezamenlijke_verantwoordelijkheid: Option<String>,
    pub regio: Option<String>,
}

impl ConvenantView {
    /// The date of signing and of this version, in the language of a
    /// document (`engels`: `1 March 2026`).
    pub(crate) fn datums(&self, engels: bool) -> (&str, Option<&str>) {
        if engels {
            (&self.datum_en, self.versiedatum_en.as_deref())
        } else {
            (&self.datum, self.versiedatum.as_deref())
        }
    }
}

/// A catalogue entry as cited in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CitaatView {
    pub id: String,
    /// The exact Dutch citation (`artikel 6, eerste lid, onder e, AVG`).
    pub citaat: String,
    pub uitleg: String,
    /// The catalogue kind: `avg-6`, `avg-9`, `uavg`, `meldrecht`, `sectorwet`, ...
    pub soort: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PartijView {
    pub id: String,
    /// How the documents name the party: its `korte_naam` when it has one.
    pub naam: String,
    /// The full name, for the party block, the tekenblad and Bijlage 1.
    pub volledige_naam: String,
    /// The `korte_naam` of the casus, when it gives one.
    pub korte_naam: Option<String>,
    /// For an `uitvoeringsorganisatie`: the gemeenten it acts for, by name.
    pub namens: Vec<String>,
    /// For an `uitvoeringsorganisatie`: the colleges' mandate decision.
    pub mandaat: Option<AdviesView>,
    /// Its decision to sign (`convenant.besluiten`): organ, date, reference.
    pub besluit: Option<BesluitView>,
    /// `gemeente`, `samenwerkingsverband passend onderwijs`, ...
    pub soort: String,
    /// The casus value: `gemeente`, `samenwerkingsverband`, `schoolbestuur`, ...
    pub soort_id: String,
    pub vestiging: Option<String>,
    pub adres: Option<String>,
    pub vertegenwoordiger: Option<PersoonView>,
    pub fg: Option<FgView>,
    /// A gemeente where a competence of the burgemeester is in scope: he is
    /// a party beside the college.
    pub burgemeester: bool,
    pub beroepsgeheim: bool,
    /// The legal person that runs a party without legal form (Veilig Thuis)
    /// and is the controller of its data.
    pub uitgevoerd_door: Option<String>,
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
    /// It receives health data without professional secrecy and is not a
    /// public body: its duty of confidentiality must be recorded (SPC-03).
    pub vraagt_geheimhouding: bool,
    /// Functions in which the party sits at a casusoverleg, once each.
    pub functies: Vec<String>,
    /// Where the party sits at a casusoverleg: overleg, function and chair.
    pub deelnames: Vec<DeelnameView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DeelnameView {
    /// Name of the casusoverleg.
    pub overleg: String,
    pub functie: String,
    /// Name of the party that chairs it (and makes a toetreding known).
    pub voorzitter: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PersoonView {
    pub naam: String,
    pub functie: String,
    /// The job title names the burgemeester (who signs for his own powers).
    pub is_burgemeester: bool,
    /// The written mandate under which this person signs.
    pub volmacht: Option<AdviesView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FgView {
    pub naam: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VolmachtView {
    /// Name of the party that signs on this party's behalf.
    pub partij: String,
    pub machtiging: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ToetredingView {
    pub datum: String,
    pub bekendgemaakt: Option<String>,
    /// In a concept, signing the accession form lies after this version
    /// of the text (or the casus gives no version date): it is intended.
    pub gepland: bool,
    /// The same for its announcement to the participants.
    pub bekendmaking_gepland: bool,
}

/// A statutory task with its basis: the "bases per party" view.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
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

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DoelView {
    pub id: String,
    pub omschrijving: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
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

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
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
    /// Why the consent is freely given (`toestemming.vrijwillig`, CNS-08).
    pub toestemming_vrijwillig: Option<String>,
    pub kanaal: String,
    /// The channel as a phrase: `per beveiligde e-mail`, `via een beveiligde digitale omgeving`.
    pub kanaal_via: String,
    pub bewaartermijn: Option<String>,
    pub anoniem: bool,
    /// The flow rests on a statutory right or duty to report (a `meldrecht`).
    pub meldrecht: bool,
    /// Those statutes: the documents cite the AVG basis and exception "in
    /// verbinding met" them.
    pub meldrechten: Vec<CitaatView>,
    /// The basis, or the exception, is itself a `meldrecht` (an older casus;
    /// GRD-08 warns): then it is not cited "in verbinding met" again.
    pub grondslag_is_meldrecht: bool,
    pub uitzondering_is_meldrecht: bool,
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

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VeiligheidView {
    pub reden: String,
    pub vastgelegd: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct MeldcodeView {
    pub afwegingskader: bool,
    pub ouders_geinformeerd: bool,
    pub reden: Option<String>,
}

/// One controller-processor pair: one verwerkersovereenkomst.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct OvereenkomstView {
    pub stem: String,
    /// `nl` or `en`: the language of the document (`verwerkers[].taal`).
    pub taal: String,
    /// The sector model governs (`model: vng` or `privacyconvenant`): the
    /// document is the specification to it, not an agreement of its own.
    pub specificatie: bool,
    pub verantwoordelijke: PartijView,
    pub verwerker: VerwerkerView,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VerwerkerView {
    pub id: String,
    pub naam: String,
    /// `afspraken` of the casus: the filled open items, by name.
    pub afspraken: BTreeMap<String, String>,
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
    /// The version of the sector model, as the casus gives it.
    pub model_versie: Option<String>,
    /// The covenant party this processor also is.
    pub partij: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SubverwerkerView {
    pub naam: String,
    pub dienst: String,
    pub locatie: String,
    pub overeenkomst: bool,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DpiaView {
    /// Whether the casus has a `dpia` block.
    pub aanwezig: bool,
    pub verantwoordelijke: Option<String>,
    /// `antwoorden` of the casus: the DPIA's filled open items, by name.
    pub antwoorden: BTreeMap<String, String>,
    /// The FG of the controller of the DPIA.
    pub fg: Option<FgView>,
    pub fg_advies: Option<AdviesView>,
    /// The decision that adopts the DPIA.
    pub vaststelling: Option<AdviesView>,
    /// The other controllers that adopt it, each with FG advice and adoption.
    pub mede: Vec<MedeView>,
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
    /// Necessity and proportionality per flow, from the facts (S1, S2, ...).
    pub noodzaak: Vec<super::NoodzaakView>,
    /// The risk register: one row per kind of risk the casus triggers.
    pub risicos: Vec<super::RisicoView>,
    /// From how many recipients a flow counts as going to many.
    pub veel_ontvangers: usize,
    /// Every controller that carries or adopts the DPIA: the one of
    /// `verantwoordelijke` first, then `verantwoordelijken`.
    pub verantwoordelijken: Vec<super::VerantwoordelijkeView>,
    /// Parties that receive flows or have processors of their own: what they
    /// process in their own systems and assess themselves.
    pub eigen_systemen: Vec<super::EigenSysteemView>,
}

/// One reason a DPIA is required or recommended.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SignaalView {
    pub nummer: u8,
    pub naam: String,
    /// Why, in words, with the names of every party it is about.
    pub reden: String,
    /// The DPIA numbers (S1, S2, ...) of the flows it is about.
    pub stromen: Vec<usize>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AdviesView {
    pub datum: String,
    pub kenmerk: String,
}

/// Another controller adopting the DPIA.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct MedeView {
    pub id: String,
    pub naam: String,
    pub fg_advies: Option<AdviesView>,
    pub vaststelling: Option<AdviesView>,
}

/// A party's decision to sign.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct BesluitView {
    pub orgaan: String,
    pub kenmerk: String,
    pub datum: String,
}

/// A category of data subjects, with its ages and data.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CategorieView {
    pub naam: String,
    pub leeftijd: Option<String>,
    /// The names of the data categories about them.
    pub gegevens: Vec<String>,
}
