//! CVN-03: a casusoverleg has participants and phases.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-03",
    severity: Severity::Error,
    title: "Elk casusoverleg noemt ten minste één deelnemer en één fase.",
    explain: "Bijlage 3 van het convenant beschrijft per casusoverleg welke partijen aan tafel \
zitten, vanuit welke wettelijke taak, met welk doel, en per fase voor welk doel welke \
informatie van wie nodig is. Een overleg zonder deelnemers of zonder fasen kan die \
beschrijving niet geven: dan blijft onduidelijk wie welke gegevens mag inbrengen.\n\n\
Wat te doen: vul `deelnemers:` (partij, taak en functie) en `fasen:` (bijvoorbeeld \
`[aanmelding, bespreking, afspraken]`) van het casusoverleg.",
    bron: "Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (Bijlage 3, per fase welke informatie van wie)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for o in &casus.casusoverleggen {
        let mut ontbreekt = Vec::new();
        if o.deelnemers.is_empty() {
            ontbreekt.push("deelnemers");
        }
        if o.fasen.is_empty() {
            ontbreekt.push("fasen");
        }
        if ontbreekt.is_empty() {
            continue;
        }
        out.push(
            RULE.report(format!(
                "casusoverleg `{}` ({}) heeft geen {}",
                o.id.value,
                o.naam,
                ontbreekt.join(" en geen ")
            ))
            .at(Loc::of(o.bestand, &o.id))
            .help(format!(
                "vul {} van het casusoverleg",
                ontbreekt
                    .iter()
                    .map(|k| format!("`{k}:`"))
                    .collect::<Vec<_>>()
                    .join(" en ")
            )),
        );
    }
}
