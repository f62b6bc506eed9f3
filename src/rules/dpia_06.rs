//! DPIA-06: a high residual risk needs prior consultation of the AP.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Risiconiveau;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "DPIA-06",
    severity: Severity::Error,
    title: "Blijft het restrisico hoog, dan is de Autoriteit Persoonsgegevens vooraf geraadpleegd.",
    explain: "Blijkt uit de DPIA dat de verwerking ondanks de maatregelen een hoog risico \
oplevert, dan raadpleegt de verantwoordelijke vóór de verwerking de Autoriteit \
Persoonsgegevens (artikel 36 AVG). De AP antwoordt binnen acht weken, met een mogelijke \
verlenging van zes weken.\n\n\
Wat te doen: voeg `voorafgaande_raadpleging: { datum: ..., kenmerk: ... }` toe aan het \
`dpia`-blok, of verlaag het restrisico met maatregelen.",
    bron: "artikel 36, eerste lid, AVG; Model DPIA Rijksdienst §17",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let Some(d) = &casus.dpia else { return };
    let dpia = &d.value.value;
    if let Some(r) = &dpia.restrisico
        && r.value == Risiconiveau::Hoog
        && dpia.voorafgaande_raadpleging.is_none()
    {
        out.push(
            RULE.report("het restrisico is hoog maar er is geen voorafgaande raadpleging van de Autoriteit Persoonsgegevens vastgelegd")
                .at(Loc::of(d.bestand, r))
                .help("voeg `voorafgaande_raadpleging: { datum: ..., kenmerk: ... }` toe"),
        );
    }
}
