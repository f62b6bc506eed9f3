//! The DPIA's rows that are derived from the casus, flow by flow and
//! controller by controller: necessity and proportionality per flow
//! (art. 35(7)(b) AVG), who adopts the DPIA with which FG advice, and which
//! parties process in systems of their own. Only facts: the judgement is
//! left to the assessor as open items in the template.

use super::*;
use crate::model::{GegevenSoort, Partij, Stroom};
use serde::Serialize;
use std::collections::HashMap;

/// Necessity and proportionality of one flow, from its facts.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct NoodzaakView {
    /// The DPIA number of the flow (S1, S2, ...).
    pub nummer: usize,
    pub id: String,
    /// The names of its data categories.
    pub gegevens: Vec<String>,
    /// Those that are special-category or criminal data.
    pub bijzonder: Vec<String>,
    /// Those that identify the child (name, address, number...).
    pub identificerend: Vec<String>,
    /// The step of the covenant's minimisation ladder the flow is on:
    /// `anoniem` (without name or traceable features), `zonder-identificatie`
    /// (no data that identify the child, such as outside information about a
    /// child known from the agenda) or `herkenbaar`.
    pub trede_id: String,
    /// Recipients, each party once (a group stands for its members).
    pub ontvangers: Vec<String>,
    pub kanaal_via: String,
    pub bewaartermijn: Option<String>,
    /// The basis is a legal duty or a statutory right to report: the
    /// statute, not the assessor, fixes what is provided.
    pub wettelijk: bool,
    /// The assessor must judge whether a lower step of the ladder would do:
    /// special-category data of a recognisable child, not fixed by statute.
    pub oordeel_nodig: bool,
    /// For an anonymous flow: recipients that get data identifying the
    /// children in the same casusoverleg, and can recognise the child.
    pub herkenbaar_voor: Vec<String>,
}

/// A controller that carries or adopts the DPIA, with its FG and decisions.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VerantwoordelijkeView {
    pub id: String,
    pub naam: String,
    /// `dpia.verantwoordelijke`: it carries out the DPIA; the others adopt it.
    pub uitvoerder: bool,
    pub fg: Option<FgView>,
    pub fg_advies: Option<AdviesView>,
    pub vaststelling: Option<AdviesView>,
    /// Its processors outside the shared environments: `naam (dienst)`.
    pub eigen_systemen: Vec<String>,
}

/// A party that processes what it receives, or its own pupils' or clients'
/// data, in systems of its own: what the joint DPIA does not assess for it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct EigenSysteemView {
    pub naam: String,
    /// The DPIA numbers of the flows it receives.
    pub ontvangt: Vec<usize>,
    /// Its processors outside the shared environments: `naam (dienst)`.
    pub verwerkers: Vec<String>,
    /// It carries or adopts this DPIA.
    pub draagt: bool,
}

/// Flow id → DPIA number (its place in the casus, from 1).
pub(crate) fn nummers_van(casus: &Casus) -> HashMap<&str, usize> {
    casus
        .stromen
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.value.as_str(), i + 1))
        .collect()
}

/// The recipients of a flow, each party once (groups stand for their members).
pub(crate) fn ontvangers<'a>(casus: &'a Casus, s: &'a Stroom) -> Vec<&'a Partij> {
    let mut out: Vec<&Partij> = Vec::new();
    for n in &s.naar {
        for p in casus.leden(&n.value) {
            if !out.iter().any(|q| q.id.value == p.id.value) {
                out.push(p);
            }
        }
    }
    out
}

/// Whether the flow carries data that identify the child.
pub(crate) fn identificeert(casus: &Casus, s: &Stroom) -> bool {
    !s.anoniem && casus.gegevens_van(s).any(|g| g.identifies())
}

/// The recipients of anonymous flow `s` that get identifying data of the
/// children discussed in the same casusoverleg (any of its forms): they can
/// put the description next to what they know.
pub(crate) fn herkenbaar_voor<'a>(b: &Builder<'a>, s: &Stroom) -> Vec<&'a Partij> {
    let casus = b.casus;
    let Some(overleg) = s.overleg.as_ref().map(|o| o.value.as_str()) else {
        return Vec::new();
    };
    b.ontvangers(s)
        .iter()
        .copied()
        .filter(|p| {
            casus.stromen.iter().any(|t| {
                t.overleg.as_ref().is_some_and(|o| o.value == overleg)
                    && identificeert(casus, t)
                    && b.ontvangers(t).iter().any(|q| q.id.value == p.id.value)
            })
        })
        .collect()
}

/// The necessity row of every flow, in casus order.
pub(crate) fn noodzaak(b: &Builder) -> Vec<NoodzaakView> {
    let casus = b.casus;
    casus
        .stromen
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let gegevens: Vec<&crate::model::Gegeven> = casus.gegevens_van(s).collect();
            let bijzonder: Vec<String> = gegevens
                .iter()
                .filter(|g| {
                    matches!(
                        g.soort.value,
                        GegevenSoort::Bijzonder | GegevenSoort::Strafrechtelijk
                    )
                })
                .map(|g| g.naam.clone())
                .collect();
            let identificerend: Vec<String> = gegevens
                .iter()
                .filter(|g| !s.anoniem && g.identifies())
                .map(|g| g.naam.clone())
                .collect();
            let trede = if s.anoniem {
                "anoniem"
            } else if identificerend.is_empty() {
                "zonder-identificatie"
            } else {
                "herkenbaar"
            };
            let wettelijk = s
                .grondslag
                .as_ref()
                .and_then(|g| crate::catalogue::get(&g.value))
                .is_some_and(|g| {
                    g.id == "avg-6-1-c" || g.soort == crate::catalogue::Soort::Meldrecht
                });
            NoodzaakView {
                nummer: i + 1,
                id: s.id.value.clone(),
                gegevens: gegevens.iter().map(|g| g.naam.clone()).collect(),
                oordeel_nodig: !s.anoniem && !bijzonder.is_empty() && !wettelijk,
                bijzonder,
                identificerend,
                trede_id: trede.to_string(),
                ontvangers: b
                    .ontvangers(s)
                    .iter()
                    .map(|p| b.naam(&p.id.value))
                    .collect(),
                kanaal_via: s.kanaal.value.via().to_string(),
                bewaartermijn: s.bewaartermijn.clone(),
                wettelijk,
                herkenbaar_voor: if s.anoniem {
                    herkenbaar_voor(b, s)
                        .iter()
                        .map(|p| b.naam(&p.id.value))
                        .collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect()
}

/// Processors of `partij` whose system no other party uses: `naam (dienst)`.
fn eigen_verwerkers(casus: &Casus, partij: &str) -> Vec<String> {
    casus
        .verwerkers
        .iter()
        .filter(|v| v.toegang.is_empty())
        .filter(|v| v.voor.iter().any(|r| r.value == partij))
        .map(|v| format!("{} ({})", v.naam, v.dienst))
        .collect()
}

/// One block per controller that carries or adopts the DPIA: the
/// controller of `dpia.verantwoordelijke` first, then `verantwoordelijken`.
pub(crate) fn verantwoordelijken(b: &Builder) -> Vec<VerantwoordelijkeView> {
    let casus = b.casus;
    let Some(d) = casus.dpia.as_ref().map(|d| &d.value.value) else {
        return Vec::new();
    };
    let advies = |a: &crate::model::FgAdvies| AdviesView {
        datum: crate::nl::datum(a.datum),
        kenmerk: a.kenmerk.clone(),
    };
    let besluit = |v: &crate::model::Besluit| AdviesView {
        datum: crate::nl::datum(v.datum),
        kenmerk: v.kenmerk.clone(),
    };
    let fg = |id: &str| {
        casus
            .partij(id)
            .and_then(|p| p.fg.as_ref())
            .map(|f| FgView {
                naam: f.naam.clone(),
                email: f.email.value.clone(),
            })
    };
    let mut out = vec![VerantwoordelijkeView {
        id: d.verantwoordelijke.value.clone(),
        naam: b.naam(&d.verantwoordelijke.value),
        uitvoerder: true,
        fg: fg(&d.verantwoordelijke.value),
        fg_advies: d.fg_advies.as_ref().map(advies),
        vaststelling: d.vaststelling.as_ref().map(besluit),
        eigen_systemen: eigen_verwerkers(casus, &d.verantwoordelijke.value),
    }];
    for m in &d.verantwoordelijken {
        out.push(VerantwoordelijkeView {
            id: m.partij.value.clone(),
            naam: b.naam(&m.partij.value),
            uitvoerder: false,
            fg: fg(&m.partij.value),
            fg_advies: m.fg_advies.as_ref().map(advies),
            vaststelling: m.vaststelling.as_ref().map(besluit),
            eigen_systemen: eigen_verwerkers(casus, &m.partij.value),
        });
    }
    out
}

/// Every party that receives a flow or has a processor of its own, in casus
/// order, with what it processes outside this DPIA's shared arrangements.
pub(crate) fn eigen_systemen(b: &Builder) -> Vec<EigenSysteemView> {
    let casus = b.casus;
    let nummer = nummers_van(casus);
    let dragers: Vec<&str> = casus
        .dpia
        .as_ref()
        .map(|d| {
            std::iter::once(d.value.value.verantwoordelijke.value.as_str())
                .chain(
                    d.value
                        .value
                        .verantwoordelijken
                        .iter()
                        .map(|m| m.partij.value.as_str()),
                )
                .collect()
        })
        .unwrap_or_default();
    // Party id → the numbers of the flows it receives, in one pass.
    let mut per_partij: HashMap<&str, Vec<usize>> = HashMap::new();
    for s in &casus.stromen {
        if let Some(&n) = nummer.get(s.id.value.as_str()) {
            for q in b.ontvangers(s) {
                per_partij.entry(q.id.value.as_str()).or_default().push(n);
            }
        }
    }
    casus
        .partijen
        .iter()
        .filter_map(|p| {
            let mut ontvangt = per_partij.remove(p.id.value.as_str()).unwrap_or_default();
            ontvangt.sort_unstable();
            let verwerkers = eigen_verwerkers(casus, &p.id.value);
            (!ontvangt.is_empty() || !verwerkers.is_empty()).then(|| EigenSysteemView {
                naam: b.naam(&p.id.value),
                ontvangt,
                verwerkers,
                draagt: dragers.contains(&p.id.value.as_str()),
            })
        })
        .collect()
}
