//! CVN-03: a casusoverleg has participants and phases.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-03",
    severity: Severity::Error,
    title: "Elk casusoverleg, en elke overlegvorm daarin, heeft een doel, een voorzitter, ten minste één deelnemer en één fase.",
    explain: "Bijlage 3 van het convenant beschrijft per casusoverleg welke partijen aan tafel \
zitten, vanuit welke wettelijke taak, met welk doel, en per fase voor welk doel welke \
informatie van wie nodig is. Een overleg zonder deelnemers of zonder fasen kan die \
beschrijving niet geven: dan blijft onduidelijk wie welke gegevens mag inbrengen.\n\n\
Met `overlegvormen:` geldt dat voor elke vorm; wat een vorm niet zelf noemt, neemt hij over \
van het casusoverleg.\n\n\
Wat te doen: vul `doel:`, `voorzitter:`, `deelnemers:` (partij, taak en functie) en `fasen:` \
(bijvoorbeeld `[aanmelding, bespreking, afspraken]`) van het casusoverleg of van de overlegvorm.",
    bron: "Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (Bijlage 3, per fase welke informatie van wie)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for o in &casus.casusoverleggen {
        for v in &o.vormen {
            let mut ontbreekt = Vec::new();
            if v.doel.is_none() {
                ontbreekt.push("doel");
            }
            if v.voorzitter.is_none() {
                ontbreekt.push("voorzitter");
            }
            if v.deelnemers.is_empty() {
                ontbreekt.push("deelnemers");
            }
            if v.fasen.is_empty() {
                ontbreekt.push("fasen");
            }
            if ontbreekt.is_empty() {
                continue;
            }
            let sleutels = ontbreekt
                .iter()
                .map(|k| format!("`{k}:`"))
                .collect::<Vec<_>>()
                .join(" en ");
            out.push(
                RULE.report(format!(
                    "{} ({}) heeft geen {}",
                    o.noem(v),
                    v.naam,
                    ontbreekt.join(" en geen ")
                ))
                .at(Loc::of(o.bestand, &v.id))
                .help(if v.eigen {
                    format!("vul {sleutels} bij de overlegvorm, of bij het casusoverleg zelf: dan geldt het voor elke overlegvorm die het niet zelf noemt")
                } else {
                    format!("vul {sleutels} van het casusoverleg")
                }),
            );
        }
    }
}
