//! PUR-01: every recipient has a task that serves the flow's purpose.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PUR-01",
    severity: Severity::Error,
    title: "Elke ontvanger van een stroom heeft een taak die het doel van de stroom dient.",
    explain: "Gegevens gaan alleen naar een partij die ze nodig heeft voor haar eigen taak \
(doelbinding, artikel 5, eerste lid, onder b, AVG). Een ontvanger zonder taak voor dit doel \
krijgt gegevens die hij niet mag verwerken.\n\n\
Wat te doen: zet het doel bij `doelen:` van de juiste taak van de ontvanger, of haal de \
ontvanger uit `naar:`.",
    bron: "artikel 5, eerste lid, onder b, AVG; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (eigen taak van de ontvanger)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        if casus.doel(&s.doel.value).is_none() {
            continue; // a misspelt purpose is REF-01's finding, not a missing task
        }
        for n in &s.naar {
            let Some(ontvanger) = casus.partij(&n.value) else {
                continue; // dangling: REF-01
            };
            let serves = ontvanger
                .taken
                .iter()
                .any(|t| t.doelen.iter().any(|d| d.value == s.doel.value));
            if !serves {
                out.push(
                    RULE.report(format!(
                        "ontvanger `{}` van stroom `{}` heeft geen taak voor doel `{}`",
                        n.value, s.id.value, s.doel.value
                    ))
                    .at(Loc::of(s.bestand, n))
                    .help(format!(
                        "voeg `{}` toe aan `doelen:` van een taak van `{}`, of haal `{}` uit `naar:`",
                        s.doel.value, n.value, n.value
                    )),
                );
            }
        }
    }
}
