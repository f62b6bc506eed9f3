//! CNS-07: an anonymous flow does not go to a party that can recognise the
//! child from what it receives in the same overleg.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Stroom;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-07",
    severity: Severity::Warning,
    title: "Een anonieme stroom gaat niet naar een partij die het kind in hetzelfde overleg herkent.",
    explain: "Anoniem bespreken werkt alleen als de ontvanger het kind niet kan herkennen. Krijgt \
dezelfde partij in hetzelfde casusoverleg (of dezelfde overlegvorm) ook de naam, geboortedatum, \
het BSN of PGN van de kinderen die er besproken worden, dan kan zij de beschrijving zonder naam \
naast die gegevens leggen: voor haar is de stroom niet anoniem, en dan gaat het om \
persoonsgegevens (overweging 26 AVG: alle middelen waarvan redelijkerwijs te verwachten is dat \
zij worden gebruikt). Dat geldt zeker voor een leerplichtambtenaar in een kleine gemeente, die \
zijn thuiszitters kent.\n\n\
Wat te doen: haal die ontvanger uit `naar:` van de anonieme stroom, of zet `anoniem: false` en \
geef de stroom de grondslag (en zo nodig de toestemming) van een gewone verstrekking.",
    bron: "overweging 26 AVG (anonieme gegevens, middelen om te identificeren); NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (tips MDO: anoniem bespreken)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let identificerend = |s: &Stroom| {
        !s.anoniem
            && s.gegevens
                .iter()
                .any(|r| casus.gegeven(&r.value).is_some_and(|g| g.identifies()))
    };
    // The same overleg and the same form (a flow without a form serves every form).
    let zelfde_tafel = |a: &Stroom, b: &Stroom| {
        let overleg = |s: &Stroom| s.overleg.as_ref().map(|r| r.value.clone());
        let vorm = |s: &Stroom| s.overlegvorm.as_ref().map(|r| r.value.clone());
        overleg(a).is_some()
            && overleg(a) == overleg(b)
            && (vorm(a).is_none() || vorm(b).is_none() || vorm(a) == vorm(b))
    };
    for s in casus.stromen.iter().filter(|s| s.anoniem) {
        for n in &s.naar {
            let herkent = casus.stromen.iter().find(|t| {
                identificerend(t) && zelfde_tafel(s, t) && t.naar.iter().any(|m| m.value == n.value)
            });
            if let Some(t) = herkent {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` is anoniem, maar `{}` krijgt in hetzelfde overleg met stroom `{}` gegevens die het kind identificeren en kan het dus herkennen",
                        s.id.value, n.value, t.id.value
                    ))
                    .at(Loc::of(s.bestand, n))
                    .help(format!(
                        "haal `{}` uit `naar:`, of zet `anoniem: false` en geef de stroom de grondslag van een gewone verstrekking",
                        n.value
                    )),
                );
            }
        }
    }
}
