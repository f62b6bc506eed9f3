//! DPIA-01: a required DPIA is described in the casus.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::dpia::Oordeel;
use crate::facts::Facts;

pub(crate) const RULE: Rule = Rule {
    code: "DPIA-01",
    severity: Severity::Error,
    title: "Is een DPIA verplicht, dan heeft de casus een `dpia`-blok.",
    explain: "Als de gegevens van de casus een DPIA verplicht maken (zie DPIA-00), moet de \
verantwoordelijke die uitvoeren vóór de gegevensuitwisseling begint. Voor een gemeente in \
een samenwerking met onderwijs en jeugdhulp is dat vrijwel altijd zo (AP-lijst punt 8). \
`convenant` maakt het DPIA-document alleen als de casus zegt wie verantwoordelijk is.\n\n\
Wat te doen: voeg een `dpia:`-blok toe met `verantwoordelijke:` (de gemeente) en `fg_advies:`.",
    bron: "artikel 35, eerste en vierde lid, AVG; AP-lijst (Stcrt. 2019, 64418) punt 8; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    if casus.dpia.is_some() {
        return;
    }
    let verdict = &facts.dpia;
    if verdict.oordeel == Oordeel::Verplicht {
        let mut d = RULE
            .report(format!("de casus heeft geen `dpia`-blok, maar {}", verdict.summary()))
            .help("voeg `dpia: { verantwoordelijke: <gemeente-id>, fg_advies: { datum: ..., kenmerk: ... } }` toe");
        if let Some(loc) = super::dpia_loc(casus) {
            d = d.at(loc);
        }
        out.push(d);
    }
}
