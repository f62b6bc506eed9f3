//! CVN-08: a flow of a casusoverleg goes between parties at its table.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-08",
    severity: Severity::Warning,
    title: "Een stroom van een casusoverleg gaat tussen partijen die aan dat overleg deelnemen.",
    explain: "Bijlage 3 beschrijft per casusoverleg wie aan tafel zit en vanuit welke \
wettelijke taak, en per fase welke gegevens van wie naar wie gaan. Een stroom van het overleg \
van of naar een partij die daar niet aan tafel zit, past niet in die beschrijving: de tabel \
van deelnemers noemt haar taak niet, en wie de bijlage leest, ziet niet waarom zij de \
gegevens krijgt. Meestal is de partij vergeten bij `deelnemers:`, of hoort de stroom bij een \
ander overleg of bij geen overleg.\n\n\
Wat te doen: zet de partij met haar taak bij `deelnemers:` van het casusoverleg (of van de \
overlegvorm), of haal `overleg:` weg als de stroom buiten het overleg om gaat.",
    bron: "Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (Bijlage 3, per fase welke informatie van wie)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let Some(o) = s
            .overleg
            .as_ref()
            .and_then(|r| casus.casusoverleg(&r.value))
        else {
            continue; // no overleg, or REF-01
        };
        let vorm = s.overlegvorm.as_ref().map(|v| v.value.as_str());
        let tafels: Vec<_> = o
            .vormen
            .iter()
            .filter(|v| vorm.is_none() || (v.eigen && Some(v.id.value.as_str()) == vorm))
            .collect();
        // An unknown form is REF-01, a table without participants CVN-03.
        if tafels.iter().all(|v| v.deelnemers.is_empty()) {
            continue;
        }
        let aan_tafel = |partij: &str| {
            tafels
                .iter()
                .flat_map(|v| v.deelnemers.iter())
                .any(|d| d.partij.value == partij)
        };
        let waar = match vorm {
            Some(v) => format!("overlegvorm `{v}` van casusoverleg `{}`", o.id.value),
            None => format!("casusoverleg `{}`", o.id.value),
        };
        for p in std::iter::once(&s.van).chain(s.naar.iter()) {
            if !aan_tafel(&p.value) {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` hoort bij {waar}, maar `{}` neemt daar niet aan deel",
                        s.id.value, p.value
                    ))
                    .at(Loc::of(s.bestand, p))
                    .help(format!(
                        "zet `{}` met haar taak bij `deelnemers:`, of haal `overleg:` weg als de stroom buiten het overleg om gaat",
                        p.value
                    )),
                );
            }
        }
    }
}
