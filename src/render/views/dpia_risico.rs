//! The DPIA's risk register, derived from the casus (art. 35(7)(c) and (d)
//! AVG): one row per kind of risk the casus triggers, with the flows and
//! parties it concerns and the facts that raise its likelihood or impact.
//! The rows carry facts only; `dpia.md` words each kind, links the measures
//! to where they are imposed and leaves the judgement (likelihood, impact,
//! residual risk) to the assessor as open items.

use super::dpia_noodzaak::{herkenbaar_voor, identificeert, nummers_van};
use super::*;
use crate::model::{GegevenSoort, Kanaal, Partij, Stroom, Verwerker};
use serde::Serialize;
use std::collections::HashMap;

/// From how many recipients (each party once) a flow counts as going to
/// many: every extra recipient is one more place where the data can leak
/// or be used for another purpose.
pub(crate) const VEEL_ONTVANGERS: usize = 3;

/// One risk of the register.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RisicoView {
    /// R1, R2, ... in the order of [`SOORTEN`].
    pub nummer: usize,
    /// The kind: `bijzondere-gegevens`, `kinderen`, `veel-ontvangers`,
    /// `gedeelde-omgeving`, `verwerkers`, `subverwerkers`, `toestemming`,
    /// `herleidbaar`, `bewaartermijn`, `identificatienummers`,
    /// `strafrechtelijk`, `doorgifte`.
    pub soort_id: String,
    /// The DPIA numbers of the flows it concerns, ascending.
    pub stromen: Vec<usize>,
    /// The parties it concerns, by name, in casus order.
    pub partijen: Vec<String>,
    /// The data categories that raise it, by name.
    pub gegevens: Vec<String>,
    /// The art. 9 categories among them (`gezondheid`).
    pub categorieen: Vec<String>,
    /// The casusoverleggen of its flows, with their Bijlage number.
    pub overleggen: Vec<BijlageVerwijzing>,
    /// The processors it concerns.
    pub verwerkers: Vec<RisicoVerwerker>,
    /// Per flow, what raises the risk for that flow.
    pub details: Vec<RisicoDetail>,
    /// Age groups of the children discussed, as the documents write them.
    pub leeftijden: Vec<String>,
    /// The retention terms the casus gives for its flows, once each.
    pub termijnen: Vec<String>,
}

/// A casusoverleg and the number of its Bijlage 3.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct BijlageVerwijzing {
    pub naam: String,
    /// `3`, or `3a`, `3b`, ... with several casusoverleggen.
    pub bijlage: String,
    /// Who of the recipients gets the data of one youth, when the casus says so.
    pub ontvangers_per_jeugdige: Option<String>,
}

/// A processor of a risk row, for one or more controllers.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RisicoVerwerker {
    pub naam: String,
    pub dienst: String,
    pub locatie: String,
    /// The controllers it processes for, by name.
    pub voor: Vec<String>,
    /// The organisations with an account: the controllers and `toegang`.
    pub organisaties: usize,
    /// The names of the special-category data it holds.
    pub bijzonder: Vec<String>,
    pub beveiliging: Vec<String>,
    pub subverwerkers: Vec<SubverwerkerView>,
    /// `algemeen` or `specifiek`, when the casus says so.
    pub machtiging_id: Option<String>,
    /// The agreements' file names (without extension), one per controller.
    pub overeenkomsten: Vec<String>,
    /// Locations (its own or a sub-processor's) that do not say they are in
    /// the EEA or the Netherlands.
    pub buiten_eer: Vec<String>,
}

/// What raises a risk for one flow.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RisicoDetail {
    pub nummer: usize,
    /// Recipients, each party once.
    pub ontvangers: usize,
    /// The flow carries data that identify the child.
    pub identificerend: bool,
    /// The party asking consent is a public body, by name.
    pub overheid: Option<String>,
    /// A public body with a Leerplichtwet task at the table: `functie (partij)`.
    pub handhaver: Option<String>,
    /// Why the casus says the consent is free (`toestemming.vrijwillig`).
    pub vrijwillig: Option<String>,
    /// Recipients of an anonymous flow that can recognise the child.
    pub herkenbaar_voor: Vec<String>,
}

/// The kinds of risk, in the order of the register.
pub(crate) const SOORTEN: &[&str] = &[
    "bijzondere-gegevens",
    "strafrechtelijk",
    "kinderen",
    "toestemming",
    "herleidbaar",
    "veel-ontvangers",
    "gedeelde-omgeving",
    "verwerkers",
    "subverwerkers",
    "doorgifte",
    "identificatienummers",
    "bewaartermijn",
];

/// What one kind collects while the casus is read.
#[derive(Default)]
struct Rij<'a> {
    stromen: Vec<&'a Stroom>,
    verwerkers: Vec<&'a Verwerker>,
    gegevens: Vec<&'a str>,
}

fn soort(casus: &Casus, s: &Stroom, wat: GegevenSoort) -> Vec<String> {
    casus
        .gegevens_van(s)
        .filter(|g| g.soort.value == wat)
        .map(|g| g.id.value.clone())
        .collect()
}

/// Whether a location says it is in the EEA: the word `EER` (or `EEA`),
/// `Nederland` or `Europese Economische Ruimte`. Anything else is for the
/// assessor to check.
fn in_eer(locatie: &str) -> bool {
    let l = locatie.to_lowercase();
    locatie
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "EER" || w == "EEA")
        || l.contains("nederland")
        || l.contains("europese economische ruimte")
}

/// The risk register of a casus: only the kinds it triggers, in [`SOORTEN`] order.
pub(crate) fn risicos(b: &Builder) -> Vec<RisicoView> {
    let casus = b.casus;
    let mut rijen: HashMap<&str, Rij> = HashMap::new();
    for s in &casus.stromen {
        let mut bij = |k: &'static str, gegevens: Vec<String>| {
            let r = rijen.entry(k).or_default();
            r.stromen.push(s);
            for g in gegevens {
                if let Some(g) = casus.gegeven(&g)
                    && !r.gegevens.contains(&g.id.value.as_str())
                {
                    r.gegevens.push(g.id.value.as_str());
                }
            }
        };
        let bijzonder = soort(casus, s, GegevenSoort::Bijzonder);
        if !bijzonder.is_empty() {
            bij("bijzondere-gegevens", bijzonder);
        }
        let straf = soort(casus, s, GegevenSoort::Strafrechtelijk);
        if !straf.is_empty() {
            bij("strafrechtelijk", straf);
        }
        if !s.anoniem {
            bij("kinderen", Vec::new());
        }
        if !s.anoniem && s.op_toestemming() && wanverhouding(casus, s) {
            bij("toestemming", Vec::new());
        }
        if s.anoniem {
            bij("herleidbaar", Vec::new());
        }
        if !s.anoniem && b.ontvangers(s).len() >= VEEL_ONTVANGERS {
            let ids = casus
                .gegevens_van(s)
                .filter(|g| g.identifies())
                .map(|g| g.id.value.clone())
                .collect();
            bij("veel-ontvangers", ids);
        }
        let nummers = soort(casus, s, GegevenSoort::Identificatienummer);
        if !nummers.is_empty() {
            bij("identificatienummers", nummers);
        }
        if !s.anoniem && s.bewaartermijn.is_none() {
            bij("bewaartermijn", Vec::new());
        }
    }
    for v in &casus.verwerkers {
        let stromen = stromen_van_verwerker(b, v);
        let mut bij = |k: &'static str| {
            let r = rijen.entry(k).or_default();
            r.verwerkers.push(v);
            for s in &stromen {
                if !r.stromen.iter().any(|t| t.id.value == s.id.value) {
                    r.stromen.push(s);
                }
            }
        };
        bij("verwerkers");
        if !v.toegang.is_empty() {
            bij("gedeelde-omgeving");
        }
        if !v.subverwerkers.is_empty() {
            bij("subverwerkers");
        }
        if !in_eer(&v.locatie) || v.subverwerkers.iter().any(|s| !in_eer(&s.locatie)) {
            bij("doorgifte");
        }
        if v.gegevens.iter().any(|g| {
            casus
                .gegeven(&g.value)
                .is_some_and(|g| g.soort.value == GegevenSoort::Identificatienummer)
        }) {
            let r = rijen.entry("identificatienummers").or_default();
            if !r.verwerkers.iter().any(|w| w.id.value == v.id.value) {
                r.verwerkers.push(v);
            }
        }
    }
    let nummer = nummers_van(casus);
    let mut out = Vec::new();
    for k in SOORTEN {
        let Some(r) = rijen.remove(k) else { continue };
        out.push(rij(b, &nummer, k, r, out.len() + 1));
    }
    out
}

/// Consent asked by a public body, or with an enforcer at the table (CNS-08).
fn wanverhouding(casus: &Casus, s: &Stroom) -> bool {
    casus.partij(&s.van.value).is_some_and(Partij::is_overheid)
        || crate::facts::handhaver_aan_tafel(casus, s).is_some()
}

/// The flows a processor's system carries: flows from or to a controller
/// it works for that share a data category with it, and (for a shared
/// environment) travel through a secure environment.
fn stromen_van_verwerker<'a>(b: &Builder<'a>, v: &Verwerker) -> Vec<&'a Stroom> {
    let casus = b.casus;
    let voor = |id: &str| v.voor.iter().any(|r| r.value == id);
    casus
        .stromen
        .iter()
        .filter(|s| !s.anoniem)
        .filter(|s| voor(&s.van.value) || b.ontvangers(s).iter().any(|p| voor(&p.id.value)))
        .filter(|s| {
            s.gegevens
                .iter()
                .any(|g| v.gegevens.iter().any(|h| h.value == g.value))
        })
        .filter(|s| v.toegang.is_empty() || s.kanaal.value == Kanaal::BeveiligdeOmgeving)
        .collect()
}

fn rij(b: &Builder, nummer: &HashMap<&str, usize>, soort: &str, r: Rij, n: usize) -> RisicoView {
    let casus = b.casus;
    let mut stromen: Vec<usize> = r
        .stromen
        .iter()
        .filter_map(|s| nummer.get(s.id.value.as_str()).copied())
        .collect();
    stromen.sort_unstable();
    stromen.dedup();
    // Parties in casus order: providers and recipients of its flows, and
    // the controllers of its processors.
    let mut ids: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for s in &r.stromen {
        ids.insert(s.van.value.as_str());
        ids.extend(b.ontvangers(s).iter().map(|q| q.id.value.as_str()));
    }
    for v in &r.verwerkers {
        ids.extend(v.voor.iter().map(|x| x.value.as_str()));
    }
    let betrokken = |p: &Partij| ids.contains(p.id.value.as_str());
    let partijen = casus
        .partijen
        .iter()
        .filter(|p| betrokken(p))
        .map(|p| b.naam(&p.id.value))
        .collect();
    let mut overleggen: Vec<BijlageVerwijzing> = Vec::new();
    let veel = casus.casusoverleggen.len() > 1;
    for (i, o) in casus.casusoverleggen.iter().enumerate() {
        if r.stromen
            .iter()
            .any(|s| s.overleg.as_ref().is_some_and(|x| x.value == o.id.value))
        {
            overleggen.push(BijlageVerwijzing {
                naam: o.naam.clone(),
                bijlage: if veel {
                    format!("3{}", letters(i))
                } else {
                    "3".into()
                },
                ontvangers_per_jeugdige: o.ontvangers_per_jeugdige.clone(),
            });
        }
    }
    let gegevens: Vec<&crate::model::Gegeven> =
        r.gegevens.iter().filter_map(|g| casus.gegeven(g)).collect();
    let mut categorieen: Vec<String> = Vec::new();
    for g in &gegevens {
        if let Some(c) = &g.categorie {
            let c = categorie_label(c.value).to_string();
            if !categorieen.contains(&c) {
                categorieen.push(c);
            }
        }
    }
    let mut leeftijden: Vec<String> = Vec::new();
    let mut termijnen: Vec<String> = Vec::new();
    if soort == "kinderen" {
        for o in &casus.casusoverleggen {
            for l in &o.leeftijden {
                let l = leeftijd_label(l.value).to_string();
                if !leeftijden.contains(&l) {
                    leeftijden.push(l);
                }
            }
        }
    }
    if soort == "bewaartermijn" {
        for t in casus
            .stromen
            .iter()
            .filter_map(|s| s.bewaartermijn.as_ref())
        {
            if !termijnen.contains(t) {
                termijnen.push(t.clone());
            }
        }
    }
    let mut details: Vec<RisicoDetail> = r
        .stromen
        .iter()
        .filter(|_| matches!(soort, "toestemming" | "herleidbaar" | "veel-ontvangers"))
        .map(|s| detail(b, nummer, s))
        .collect();
    details.sort_by_key(|d| d.nummer);
    RisicoView {
        nummer: n,
        soort_id: soort.to_string(),
        stromen,
        partijen,
        gegevens: gegevens.iter().map(|g| g.naam.clone()).collect(),
        categorieen,
        overleggen,
        verwerkers: r.verwerkers.iter().map(|v| verwerker(b, v)).collect(),
        details,
        leeftijden,
        termijnen,
    }
}

fn detail(b: &Builder, nummer: &HashMap<&str, usize>, s: &Stroom) -> RisicoDetail {
    let casus = b.casus;
    RisicoDetail {
        nummer: nummer.get(s.id.value.as_str()).copied().unwrap_or_default(),
        ontvangers: b.ontvangers(s).len(),
        identificerend: identificeert(casus, s),
        overheid: casus
            .partij(&s.van.value)
            .filter(|p| p.is_overheid())
            .map(|p| b.naam(&p.id.value)),
        handhaver: crate::facts::handhaver_aan_tafel(casus, s)
            .map(|d| format!("{} ({})", d.functie, b.naam(&d.partij.value))),
        vrijwillig: s
            .toestemming
            .as_ref()
            .and_then(|t| t.value.vrijwillig.clone()),
        herkenbaar_voor: herkenbaar_voor(b, s)
            .iter()
            .map(|p| b.naam(&p.id.value))
            .collect(),
    }
}

fn verwerker(b: &Builder, v: &Verwerker) -> RisicoVerwerker {
    let casus = b.casus;
    let mut buiten_eer: Vec<String> = Vec::new();
    if !in_eer(&v.locatie) {
        buiten_eer.push(format!("{} ({})", v.naam, v.locatie));
    }
    for s in v.subverwerkers.iter().filter(|s| !in_eer(&s.locatie)) {
        buiten_eer.push(format!("{} ({})", s.naam, s.locatie));
    }
    let mut organisaties: Vec<&str> = v.voor.iter().map(|r| r.value.as_str()).collect();
    for t in &v.toegang {
        if !organisaties.contains(&t.value.as_str()) {
            organisaties.push(t.value.as_str());
        }
    }
    RisicoVerwerker {
        naam: v.naam.clone(),
        dienst: v.dienst.clone(),
        locatie: v.locatie.clone(),
        voor: v.voor.iter().map(|r| b.naam(&r.value)).collect(),
        organisaties: organisaties.len(),
        bijzonder: v
            .gegevens
            .iter()
            .filter_map(|g| casus.gegeven(&g.value))
            .filter(|g| g.soort.value == GegevenSoort::Bijzonder)
            .map(|g| g.naam.clone())
            .collect(),
        beveiliging: v.beveiliging.clone(),
        subverwerkers: super::builder::subverwerkers(v),
        machtiging_id: v
            .subverwerkers_machtiging
            .as_ref()
            .map(|m| crate::model::spelling(&m.value)),
        overeenkomsten: v
            .voor
            .iter()
            .map(|r| crate::model::stem_verwerkersovereenkomst(&r.value, &v.id.value))
            .collect(),
        buiten_eer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(name: &str) -> &'static str {
        crate::render::templates::DEFAULTS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
            .expect("built-in template")
    }

    /// A kind the register can hold has a title in `dpia.md`, words in
    /// `dpia/risico.md` and measures in `dpia/maatregelen.md`.
    #[test]
    fn every_kind_is_worded_in_the_templates() {
        let dpia = template("dpia.md");
        let risico = template("dpia/risico.md");
        let maatregelen = template("dpia/maatregelen.md");
        for k in SOORTEN {
            assert!(dpia.contains(&format!("\"{k}\": \"")), "no title for {k}");
            let named = format!("r.soort_id == \"{k}\"");
            let listed = format!("\"{k}\"");
            assert!(
                risico.contains(&named),
                "dpia/risico.md does not say what {k} is"
            );
            assert!(risico.matches(&listed).count() >= 2, "no facts for {k}");
            assert!(maatregelen.contains(&named), "no measures for {k}");
        }
    }

    #[test]
    fn a_location_in_the_eea_is_recognised_and_another_is_not() {
        assert!(in_eer("EER (Ierland)"));
        assert!(in_eer("Nederland"));
        assert!(!in_eer("Verenigde Staten"));
        assert!(!in_eer("Meerssen Cloud Inc., Canada"));
    }
}
