//! The view structs of a casusoverleg and its forms: what Bijlage 3 reads.

use super::{StroomView, TaakView, ToetredingView};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct OverlegView {
    pub id: String,
    /// File stem of its Bijlage 3.
    pub stem: String,
    /// File name of the diagram of its flows (`<stem>.svg`), written next to
    /// the documents: `![Gegevensstromen](...)` in a template shows it.
    pub schema: String,
    /// Its annex number: `3`, or `3a`, `3b`, ... when there are several.
    pub bijlage: String,
    pub naam: String,
    /// The defined term for it in running text: `Casusoverleg <naam>`, or
    /// the name alone when it starts with “Casusoverleg” already.
    pub aanduiding: String,
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
    /// The categories of data subjects (top-level `betrokkenen:`) whose data
    /// its flows carry, as `naam (leeftijd)`.
    pub over_wie: Vec<String>,
    /// Why consent is freely given in this overleg (`toestemming.vrijwillig`
    /// of its flows, each reason once, CNS-08).
    pub vrijwillig: Vec<String>,
    /// File stem of its consent form, when flows of it rest on consent.
    pub toestemming_stem: Option<String>,
    /// The flows of this overleg that rest on consent, for its consent form.
    pub op_toestemming: Vec<StroomView>,
    /// Who of the recipients gets the data of one youth (`ontvangers_per_jeugdige`).
    pub ontvangers_per_jeugdige: Option<String>,
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
    /// Whether someone at the table (in any form) has professional secrecy.
    pub beroepsgeheim: bool,
    /// Whether someone at the table (in any form) joins after signing.
    pub later: bool,
    /// The minutes of the overleg, or of each form: who keeps them and how long.
    pub verslagen: Vec<VerslagRegel>,
    /// Its `overlegvormen`, each described in its own section; empty when
    /// the casusoverleg is one form itself (then `doel`, `voorzitter`,
    /// `deelnemers`, `fasen` and `verslaglegging` above describe it).
    /// With forms, those fields hold what is written at the casusoverleg
    /// itself, and `fasen`/`zonder_fase` the flows for every form.
    pub vormen: Vec<VormView>,
}

/// One form of meeting within a casusoverleg (MDO, Zorg Advies Team).
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VormView {
    pub id: String,
    pub naam: String,
    /// Its place among the forms, from 1.
    pub nummer: usize,
    pub doel: String,
    pub voorzitter: String,
    pub deelnemers: Vec<DeelnemerView>,
    pub verslaglegging: Option<VerslagView>,
    pub fasen: Vec<FaseView>,
    pub zonder_fase: Vec<StroomView>,
    /// Every flow of this form is anonymous: a consultation without names,
    /// to which parents and youth are not invited.
    pub anoniem: bool,
}

/// Whose minutes: the casusoverleg or one of its forms.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VerslagRegel {
    pub naam: String,
    pub verslag: VerslagView,
}

/// The consent rule for one age group (NJi-publicatie over privacy bij samenwerking onderwijs en jeugdhulp; UAVG art. 5, Jeugdwet art. 7.3.4).
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ToestemmingView {
    pub leeftijd: String,
    pub wie: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DeelnemerView {
    pub partij: String,
    pub partij_id: String,
    /// For a group at the table: the names of its members.
    pub leden: Vec<String>,
    /// A public body: its staff are bound to secrecy by art. 2:5 Awb.
    pub overheid: bool,
    /// See [`PartijView::vraagt_geheimhouding`].
    pub vraagt_geheimhouding: bool,
    pub functie: String,
    pub taak: Option<TaakView>,
    pub beroepsgeheim: bool,
    pub geheimhouding: Option<String>,
    /// Set when the party joins later through Bijlage 1.
    pub toetreding: Option<ToetredingView>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VerslagView {
    pub door: String,
    pub waar: String,
    pub bewaartermijn: String,
    pub kanaal: Option<String>,
    /// The channel as a phrase: `per beveiligde e-mail`, `via een beveiligde digitale omgeving`.
    pub kanaal_via: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FaseView {
    pub id: String,
    /// The id made readable: `afspraken-en-verslag` → `Afspraken en verslag`.
    pub naam: String,
    pub nummer: usize,
    pub stromen: Vec<StroomView>,
}
