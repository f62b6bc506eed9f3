//! The flows of a casus in the W3C Data Privacy Vocabulary (DPV 2.x) as
//! JSON-LD, with the context inline: one `dpv:Process` per flow with a
//! stable URN `urn:convenant:<casus>:<stroom-id>`, so a register or a
//! logging system can refer to it. Bases of art. 6(1) and exceptions of
//! art. 9(2) AVG become terms of the DPV extension for the GDPR
//! (`eu-gdpr:A6-1-e`, `eu-gdpr:A9-2-a`); another basis (a statutory right
//! to report, an article of the UAVG) becomes a `dpv:LegalBasis` with its
//! citation as label. Each arrangement of joint control (art. 26 AVG) is
//! a `dpv:JointDataControllers` with a URN of its own; a flow of the
//! casusoverleg (or form) that declares it, between its joint controllers
//! only, names it with `dpv:hasJointDataControllers`.

use super::Bron;
use serde_json::{Value, json};

const CONTEXT: &str = "https://w3id.org/dpv#";
const GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";

/// `avg-6-1-e` → `eu-gdpr:A6-1-e`; `avg-9-2-a` → `eu-gdpr:A9-2-a`.
pub(crate) fn gdpr_term(id: &str) -> Option<String> {
    let rest = id.strip_prefix("avg-")?;
    let mut parts = rest.split('-');
    let (art, lid, punt) = (parts.next()?, parts.next()?, parts.next()?);
    let ok = match art {
        "6" => lid == "1" && matches!(punt, "a" | "b" | "c" | "d" | "e" | "f"),
        "9" => lid == "2" && punt.len() == 1 && ("a"..="j").contains(&punt),
        _ => false,
    };
    (ok && parts.next().is_none()).then(|| format!("eu-gdpr:A{art}-{lid}-{punt}"))
}

fn basis(id: &str, citaat: &str) -> Value {
    match gdpr_term(id) {
        Some(term) => json!({ "@id": term }),
        None => json!({ "@type": "dpv:LegalBasis", "rdfs:label": citaat }),
    }
}

fn partij_urn(casus: &str, id: &str) -> String {
    format!("urn:convenant:{casus}:partij:{id}")
}

/// The stem of a document of an arrangement of joint control starts so.
const REGELING: &str = "regeling-gezamenlijke-verantwoordelijkheid-";

/// The arrangement of joint control a flow falls under, as the part of its
/// URN after `gezamenlijk:` (the name of its document) and its parties:
/// that of the flow's form when the form declares its own, else that of
/// its casusoverleg; `None` when neither declares one.
fn gezamenlijk<'c>(
    casus: &'c crate::model::Casus,
    s: &crate::model::Stroom,
) -> Option<(String, &'c crate::model::Gezamenlijk)> {
    let overleg = s.overleg.as_ref()?;
    let o = casus
        .casusoverleggen
        .iter()
        .find(|o| o.id.value == overleg.value)?;
    let deel =
        o.id.value
            .strip_prefix("casusoverleg-")
            .unwrap_or(&o.id.value);
    let eigen = s.overlegvorm.as_ref().and_then(|v| {
        o.overlegvormen
            .iter()
            .find(|f| f.id.value == v.value)
            .and_then(|f| f.gezamenlijk.as_ref())
            .map(|g| (format!("{deel}-{}", v.value), g))
    });
    eigen.or_else(|| o.gezamenlijk.as_ref().map(|g| (deel.to_string(), g)))
}

/// The arrangement of joint control of flow `s`, when its casusoverleg or
/// form declares one and every party of the flow (each member of a group)
/// is one of its joint controllers.
pub(super) fn onder_regeling<'c>(
    bron: &Bron<'c>,
    s: &crate::model::Stroom,
) -> Option<(String, &'c crate::model::Gezamenlijk)> {
    let (deel, g) = gezamenlijk(bron.casus, s)?;
    let joint = |id: &str| g.partijen.iter().any(|p| p.value == id);
    let mut partijen = bron
        .leden(&s.van.value)
        .into_iter()
        .chain(s.naar.iter().flat_map(|n| bron.leden(&n.value)));
    partijen.all(|p| joint(&p.id)).then_some((deel, g))
}

pub fn jsonld(bron: &Bron) -> String {
    let casus = bron.naam;
    let mut graph: Vec<Value> = Vec::new();
    for p in &bron.view.partijen {
        graph.push(json!({
            "@id": partij_urn(casus, &p.id),
            "@type": "dpv:DataController",
            "rdfs:label": p.volledige_naam,
        }));
    }
    for v in super::PerVerwerker::verwerkersovereenkomsten_per_verwerker(bron.view) {
        graph.push(json!({
            "@id": format!("urn:convenant:{casus}:verwerker:{}", v.id),
            "@type": "dpv:DataProcessor",
            "rdfs:label": v.naam,
        }));
    }
    for r in &bron.view.regelingen {
        let deel = r.stem.strip_prefix(REGELING).unwrap_or(&r.stem);
        graph.push(json!({
            "@id": format!("urn:convenant:{casus}:gezamenlijk:{deel}"),
            "@type": "dpv:JointDataControllers",
            "rdfs:label": format!("Gezamenlijk verwerkingsverantwoordelijken: {}", r.verwerking),
            "dpv:hasDataController": r
                .partijen
                .iter()
                .map(|p| json!({ "@id": partij_urn(casus, &p.id) }))
                .collect::<Vec<_>>(),
        }));
    }
    for (i, (s, view)) in bron
        .casus
        .stromen
        .iter()
        .zip(&bron.view.stromen)
        .enumerate()
    {
        let van = bron.leden(&s.van.value);
        let naar: Vec<_> = s.naar.iter().flat_map(|n| bron.leden(&n.value)).collect();
        let mut bases = Vec::new();
        if let (Some(r), Some(c)) = (&s.grondslag, &view.grondslag) {
            bases.push(basis(&r.value, &c.citaat));
        }
        if let (Some(r), Some(c)) = (&s.uitzondering, &view.uitzondering) {
            bases.push(basis(&r.value, &c.citaat));
        }
        let mut controllers: Vec<Value> = Vec::new();
        for p in van.iter().chain(&naar) {
            let id = json!({ "@id": partij_urn(casus, &p.id) });
            if !controllers.contains(&id) {
                controllers.push(id);
            }
        }
        let mut processors: Vec<Value> = Vec::new();
        for o in &bron.view.verwerkersovereenkomsten {
            let voor_partij = van
                .iter()
                .chain(&naar)
                .any(|p| p.id == o.verantwoordelijke.id);
            let raakt = o
                .verwerker
                .gegevens
                .iter()
                .any(|g| view.gegevens.contains(&g.naam));
            let id =
                json!({ "@id": format!("urn:convenant:{casus}:verwerker:{}", o.verwerker.id) });
            if voor_partij && raakt && !processors.contains(&id) {
                processors.push(id);
            }
        }
        let gegevens: Vec<Value> = s
            .gegevens
            .iter()
            .zip(&view.gegevens)
            .map(|(r, naam)| {
                let bijzonder = bron.casus.gegeven(&r.value).is_some_and(|g| {
                    matches!(
                        g.soort.value,
                        crate::model::GegevenSoort::Bijzonder | crate::model::GegevenSoort::Strafrechtelijk
                    )
                });
                json!({
                    "@id": format!("urn:convenant:{casus}:gegeven:{}", r.value),
                    "@type": if bijzonder { "dpv:SpecialCategoryPersonalData" } else { "dpv:PersonalData" },
                    "rdfs:label": naam,
                })
            })
            .collect();
        let subjects: Vec<Value> = bron
            .view
            .categorieen
            .iter()
            .filter(|c| c.gegevens.iter().any(|g| view.gegevens.contains(g)))
            .map(|c| json!({ "@type": "dpv:DataSubject", "rdfs:label": c.naam }))
            .collect();
        let mut process = json!({
            "@id": format!("urn:convenant:{casus}:{}", s.id.value),
            "@type": "dpv:Process",
            "dct:identifier": format!("S{}", i + 1),
            "rdfs:label": format!("S{}: {}", i + 1, view.doel),
            "dpv:hasPurpose": {
                "@id": format!("urn:convenant:{casus}:doel:{}", s.doel.value),
                "@type": "dpv:Purpose",
                "rdfs:label": view.doel,
            },
            "dpv:hasLegalBasis": bases,
            "dpv:hasDataController": controllers,
            "dpv:hasRecipient": naar.iter().map(|p| json!({ "@id": partij_urn(casus, &p.id) })).collect::<Vec<_>>(),
            "dpv:hasPersonalData": gegevens,
            "dpv:hasDataSubject": subjects,
        });
        if !processors.is_empty() {
            process["dpv:hasDataProcessor"] = Value::Array(processors);
        }
        if let Some((deel, _)) = onder_regeling(bron, s) {
            process["dpv:hasJointDataControllers"] =
                json!({ "@id": format!("urn:convenant:{casus}:gezamenlijk:{deel}") });
        }
        graph.push(process);
    }
    let doc = json!({
        "@context": {
            "dpv": CONTEXT,
            "eu-gdpr": GDPR,
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "dct": "http://purl.org/dc/terms/",
        },
        "@graph": graph,
    });
    let mut text = serde_json::to_string_pretty(&doc).expect("a JSON value always serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gdpr_terms() {
        assert_eq!(gdpr_term("avg-6-1-e").as_deref(), Some("eu-gdpr:A6-1-e"));
        assert_eq!(gdpr_term("avg-9-2-j").as_deref(), Some("eu-gdpr:A9-2-j"));
        assert_eq!(gdpr_term("avg-9-2-k"), None);
        assert_eq!(gdpr_term("avg-6-1-g"), None);
        assert_eq!(gdpr_term("uavg-30-2-a"), None);
        assert_eq!(gdpr_term("wmo-5-2-6"), None);
    }
}
