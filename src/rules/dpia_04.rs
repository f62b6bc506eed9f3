//! DPIA-04: a recommended DPIA that is not described: record the decision.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::dpia::Oordeel;
use crate::facts::Facts;

pub(crate) const RULE: Rule = Rule {
    code: "DPIA-04",
    severity: Severity::Warning,
    title: "Is een DPIA aanbevolen (één WP248-criterium), dan legt de casus vast wat ermee gebeurt.",
    explain: "Geldt precies één van de negen WP248-criteria en geen punt van de AP-lijst, dan is \
een DPIA niet zonder meer verplicht, maar wel aanbevolen; wie er geen doet, legt vast waarom. \
`convenant` ziet dat besluit alleen als de casus een `dpia`-blok heeft.\n\n\
Wat te doen: voeg een `dpia`-blok toe (dan maakt `convenant` het DPIA-document), of leg het \
besluit om geen DPIA te doen vast en accepteer deze waarschuwing.",
    bron: "WP248 rev.01; Model DPIA Rijksdienst (pre-scan)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    if casus.dpia.is_some() {
        return;
    }
    let verdict = &facts.dpia;
    if verdict.oordeel == Oordeel::Aanbevolen {
        let mut d = RULE
            .report(format!(
                "de casus heeft geen `dpia`-blok; {}",
                verdict.summary()
            ))
            .help("voeg een `dpia:`-blok toe, of leg vast waarom er geen DPIA komt");
        if let Some(loc) = super::dpia_loc(casus) {
            d = d.at(loc);
        }
        out.push(d);
    }
}
