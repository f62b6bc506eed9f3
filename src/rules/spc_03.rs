//! SPC-03: a recipient of health data without professional secrecy records a duty of confidentiality.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "SPC-03",
    severity: Severity::Warning,
    title: "Een partij zonder beroepsgeheim die gezondheidsgegevens ontvangt, legt een geheimhoudingsplicht vast.",
    explain: "Gezondheidsgegevens (waaronder gegevens over gedrag en ontwikkeling in ruime zin) \
mogen onder de uitzonderingen van artikel 30 UAVG alleen verwerkt worden door mensen die tot \
geheimhouding verplicht zijn: door hun ambt, beroep of de wet, of door een overeenkomst. Een \
verwerkingsverantwoordelijke die niet al een geheimhoudingsplicht heeft, moet de gegevens zelf \
geheimhouden (artikel 30, vierde lid, UAVG). Scholen hebben geen beroepsgeheim, maar wel die \
geheimhoudingsplicht voor gezondheidsgegevens. Hetzelfde geldt voor een samenwerkingsverband, \
een kinderopvang of een andere partij zonder beroepsgeheim.\n\n\
Wat te doen: leg de geheimhoudingsplicht vast, bijvoorbeeld met een geheimhoudingsbeding in \
de arbeidsovereenkomsten en in het convenant, en zet dan bij de partij `geheimhouding: \
contractueel` (of `wettelijk` als een wet het personeel bindt). `beroepsgeheim: true` is \
alleen voor partijen met een echt beroepsgeheim, zoals jeugdhulpverleners en artsen.",
    bron: "artikel 30, vierde lid, UAVG; Lumen Group, kennisbank: „Onder welke omstandigheden mag een school persoonsgegevens van leerlingen zonder toestemming doorgeven aan Veilig Thuis?” (scholen hebben geen beroepsgeheim, wel een geheimhoudingsplicht voor gezondheidsgegevens)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for p in &casus.partijen {
        if !casus.vraagt_geheimhouding(p) {
            continue;
        }
        let stromen: Vec<&str> = casus
            .gezondheidsstromen_naar(&p.id.value)
            .map(|s| s.id.value.as_str())
            .collect();
        out.push(
            RULE.report(format!(
                "partij `{}` ({}) ontvangt gezondheidsgegevens (stroom `{}`) maar heeft geen vastgelegde geheimhoudingsplicht",
                p.id.value,
                p.soort.value.label(),
                stromen.join("`, `")
            ))
            .at(Loc::of(p.bestand, &p.id))
            .help("leg een geheimhoudingsplicht vast (geheimhoudingsbeding in arbeidsovereenkomsten en convenant) en zet `geheimhouding: contractueel` (of `wettelijk`) bij de partij"),
        );
    }
}
