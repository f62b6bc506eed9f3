//! DPIA-02: the advice of the FG is recorded.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "DPIA-02",
    severity: Severity::Error,
    title: "Het advies van de functionaris gegevensbescherming over de DPIA is vastgelegd.",
    explain: "Wie een DPIA uitvoert, vraagt advies aan de eigen functionaris \
gegevensbescherming (artikel 35, tweede lid, AVG). De gemeente moet dat doen voor de DPIA op \
het convenant. Het DPIA-document noemt datum en kenmerk van dat advies.\n\n\
Wat te doen: voeg `fg_advies: { datum: JJJJ-MM-DD, kenmerk: ... }` toe aan het `dpia`-blok.",
    bron: "artikel 35, tweede lid, AVG; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen); Model DPIA Rijksdienst §19",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let Some(d) = &casus.dpia else { return };
    if d.value.value.fg_advies.is_none() {
        out.push(
            RULE.report(
                "het `dpia`-blok noemt geen advies van de functionaris gegevensbescherming",
            )
            .at(Loc::of(d.bestand, &d.value.value.verantwoordelijke))
            .help("voeg `fg_advies: { datum: JJJJ-MM-DD, kenmerk: ... }` toe"),
        );
    }
}
