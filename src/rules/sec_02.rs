//! SEC-02: minutes of a casusoverleg travel over a secure channel.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Kanaal;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "SEC-02",
    severity: Severity::Error,
    title: "Verslagen van een casusoverleg gaan via beveiligde e-mail of een beveiligde omgeving.",
    explain: "Het verslag van een casusoverleg bevat vaak gezondheids- en gezinsgegevens van \
meerdere partijen. Het gaat daarom alleen via beveiligde e-mail of een digitale omgeving \
met beperkte autorisaties naar de deelnemers, en Bijlage 3 zegt hoe.\n\n\
Wat te doen: zet `verslaglegging.kanaal:` op `beveiligde-mail` of `beveiligde-omgeving`.",
    bron: "Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (notulen via beveiligde mail of webomgeving)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    // Checked where it is written: a form that inherits the minutes of its
    // casusoverleg is not reported again.
    for o in &casus.casusoverleggen {
        for laag in o.geschreven() {
            let Some(v) = &laag.verslaglegging else {
                continue; // CVN-05
            };
            check_one(o, &laag, v, out);
        }
    }
}

fn check_one(
    o: &crate::model::Casusoverleg,
    laag: &crate::model::Overlegvorm,
    v: &crate::model::Verslaglegging,
    out: &mut Vec<Diagnostic>,
) {
    {
        match &v.kanaal {
            Some(k) if matches!(k.value, Kanaal::BeveiligdeMail | Kanaal::BeveiligdeOmgeving) => {}
            Some(k) => out.push(
                RULE.report(format!(
                    "verslagen van {} gaan niet beveiligd naar de deelnemers: `kanaal: {}` ({})",
                    o.noem(laag),
                    crate::model::spelling(&k.value),
                    k.value.label()
                ))
                .at(Loc::of(o.bestand, k))
                .help("gebruik `beveiligde-mail` of `beveiligde-omgeving`"),
            ),
            None => out.push(
                RULE.report(format!(
                    "{} zegt niet hoe verslagen naar de deelnemers gaan",
                    o.noem(laag)
                ))
                .at(Loc::of(o.bestand, &v.door))
                .help("voeg `kanaal: beveiligde-omgeving` (of `beveiligde-mail`) toe aan `verslaglegging`"),
            ),
        }
    }
}
