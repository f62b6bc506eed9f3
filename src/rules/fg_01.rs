//! FG-01: a public authority names its data protection officer.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "FG-01",
    severity: Severity::Warning,
    title: "Elke overheidspartij noemt haar functionaris gegevensbescherming (FG).",
    explain: "Een overheidsinstantie moet een functionaris gegevensbescherming aanwijzen \
(artikel 37, eerste lid, onder a, AVG). De FG's van de partijen horen betrokken te zijn bij \
het opstellen van het convenant, en de FG van de gemeente adviseert over de DPIA. Het \
convenant noemt daarom per partij de FG.\n\n\
Wat te doen: voeg `fg: { naam: ..., email: ... }` toe aan de partij.",
    bron: "artikel 37, eerste lid, onder a, AVG; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (FG's betrekken)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for p in &casus.partijen {
        if p.is_overheid() && p.fg.is_none() {
            out.push(
                RULE.report(format!(
                    "partij `{}` ({}) noemt geen functionaris gegevensbescherming",
                    p.id.value,
                    p.soort.value.label()
                ))
                .at(Loc::of(p.bestand, &p.id))
                .help("voeg `fg: { naam: ..., email: ... }` toe"),
            );
        }
    }
}
