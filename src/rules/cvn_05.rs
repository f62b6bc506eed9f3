//! CVN-05: a casusoverleg says how, where and by whom outcomes are recorded.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-05",
    severity: Severity::Error,
    title: "Elk casusoverleg legt vast hoe, waar en door wie de uitkomsten worden geregistreerd.",
    explain: "Stel vooraf vast hoe, waar en door wie de uitkomsten van het overleg worden \
vastgelegd, en hoe lang. Elke partij neemt in haar eigen dossier alleen op wat zij voor haar \
eigen taak nodig heeft; het verslag zelf heeft één eigenaar. Zonder die afspraak ontstaan \
verslagen op plekken waar niemand voor verantwoordelijk is.\n\n\
Wat te doen: voeg bij het casusoverleg een blok `verslaglegging:` toe met `door:` (de partij \
die het verslag maakt), `waar:`, `bewaartermijn:` en bij voorkeur `kanaal:`.",
    bron: "NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (tips MDO: stel vast hoe, waar en door wie de uitkomsten geregistreerd worden); artikel 5, eerste lid, onder e, AVG",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for o in &casus.casusoverleggen {
        for v in o.vormen.iter().filter(|v| v.verslaglegging.is_none()) {
            out.push(
                RULE.report(format!(
                    "{} ({}) zegt niet hoe, waar en door wie de uitkomsten worden vastgelegd",
                    o.noem(v),
                    v.naam
                ))
                .at(Loc::of(o.bestand, &v.id))
                .help("voeg toe: `verslaglegging: { door: <partij>, waar: <systeem of dossier>, bewaartermijn: <termijn> }`"),
            );
        }
    }
}
