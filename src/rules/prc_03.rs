//! PRC-03: sub-processors need written authorisation and the same obligations.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PRC-03",
    severity: Severity::Error,
    title: "Subverwerkers alleen met schriftelijke machtiging en dezelfde verplichtingen per overeenkomst.",
    explain: "Een verwerker mag geen andere verwerker (subverwerker) inschakelen zonder \
voorafgaande specifieke of algemene schriftelijke machtiging van de \
verwerkingsverantwoordelijke (artikel 28, tweede lid, AVG). Bij een algemene machtiging meldt \
de verwerker elke nieuwe of vervangen subverwerker, zodat de verantwoordelijke bezwaar kan \
maken. De subverwerker krijgt bij overeenkomst dezelfde verplichtingen als de verwerker \
(artikel 28, vierde lid, AVG); de verwerker blijft volledig aansprakelijk.\n\n\
Wat te doen: zet `subverwerkers_machtiging: algemeen` of `specifiek` bij de verwerker, en \
`overeenkomst: true` bij elke subverwerker zodra de overeenkomst met dezelfde verplichtingen \
gesloten is.",
    bron: "artikel 28, tweede en vierde lid, AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for v in casus
        .verwerkers
        .iter()
        .filter(|v| !v.subverwerkers.is_empty())
    {
        // Sub-processors carry no locations; point at the processor's id.
        let at = Loc::of(v.bestand, &v.id);
        if v.subverwerkers_machtiging.is_none() {
            out.push(
                RULE.report(format!(
                    "verwerker `{}` schakelt subverwerkers in zonder schriftelijke machtiging van de verwerkingsverantwoordelijke",
                    v.id.value
                ))
                .at(at)
                .help("voeg `subverwerkers_machtiging: algemeen` (of `specifiek`) toe aan de verwerker"),
            );
        }
        for sub in v.subverwerkers.iter().filter(|s| !s.overeenkomst) {
            out.push(
                RULE.report(format!(
                    "subverwerker `{}` van verwerker `{}` heeft geen overeenkomst met dezelfde verplichtingen",
                    sub.naam, v.id.value
                ))
                .at(at)
                .help(format!(
                    "sluit met `{}` een overeenkomst met dezelfde verplichtingen en zet `overeenkomst: true` bij die subverwerker",
                    sub.naam
                )),
            );
        }
    }
}
