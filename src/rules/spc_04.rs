//! SPC-04: criminal data need a basis under art. 10 AVG or UAVG 31-33.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::GegevenSoort;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "SPC-04",
    severity: Severity::Error,
    title: "Een stroom met strafrechtelijke gegevens noemt artikel 10 AVG of artikel 31, 32 of 33 UAVG.",
    explain: "Persoonsgegevens over strafrechtelijke veroordelingen en strafbare feiten mogen alleen \
verwerkt worden onder toezicht van de overheid of als een wet het toestaat (artikel 10 AVG); de \
UAVG werkt dat uit in de artikelen 31 tot en met 33. Een gewone grondslag uit artikel 6 is niet \
genoeg.\n\n\
Wat te doen: zet `uitzondering:` op `avg-10`, `uavg-31`, `uavg-32` of `uavg-33`, of laat de \
strafrechtelijke gegevens uit de stroom.",
    bron: "artikel 10 AVG; artikelen 31-33 UAVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let covered = s.uitzondering.as_ref().is_some_and(|u| {
            matches!(
                u.value.as_str(),
                "avg-10" | "uavg-31" | "uavg-32" | "uavg-33"
            )
        });
        if covered {
            continue;
        }
        for r in &s.gegevens {
            if casus
                .gegeven(&r.value)
                .is_some_and(|g| g.soort.value == GegevenSoort::Strafrechtelijk)
            {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` verstrekt strafrechtelijke gegevens `{}` zonder grondslag uit artikel 10 AVG of de UAVG",
                        s.id.value, r.value
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help("zet `uitzondering:` op `avg-10` of `uavg-31`, `uavg-32`, `uavg-33`"),
                );
            }
        }
    }
}
