//! CVN-07: every phase of a casusoverleg says which data flow in it.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-07",
    severity: Severity::Warning,
    title: "Elke fase van een casusoverleg heeft ten minste één gegevensstroom.",
    explain: "Per fase van het casusoverleg wordt bepaald voor welk doel welke informatie van \
wie nodig is (Bijlage 3). Een fase zonder stroom zegt niets over de gegevens die er gedeeld \
worden; als er echt niets gedeeld wordt, is het de vraag of de fase in Bijlage 3 hoort.\n\n\
Wat te doen: geef de fase ten minste één stroom met `overleg:` en `fase:`, of haal de fase \
weg uit `fasen:`.",
    bron: "Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (bij elke fase bepalen voor welk doel welke informatie van wie nodig is)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for o in &casus.casusoverleggen {
        for v in &o.vormen {
            for f in &v.fasen {
                // A flow without a form serves every form of its casusoverleg.
                let has_flow = casus.stromen.iter().any(|s| {
                    s.overleg.as_ref().is_some_and(|r| r.value == o.id.value)
                        && s.overlegvorm.as_ref().is_none_or(|r| r.value == v.id.value)
                        && s.fase.as_ref().is_some_and(|r| r.value == f.id.value)
                });
                if has_flow {
                    continue;
                }
                let vorm = if v.eigen {
                    format!(", `overlegvorm: {}`", v.id.value)
                } else {
                    String::new()
                };
                out.push(
                    RULE.report(format!(
                        "fase `{}` van {} heeft geen stroom: Bijlage 3 zegt dan niet welke informatie van wie in deze fase nodig is",
                        f.id.value,
                        o.noem(v)
                    ))
                    .at(Loc::of(o.bestand, &f.id))
                    .help(format!(
                        "voeg een stroom toe met `overleg: {}`{vorm} en `fase: {}`, of haal `{}` uit `fasen:`",
                        o.id.value, f.id.value, f.id.value
                    )),
                );
            }
        }
    }
}
