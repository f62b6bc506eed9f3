//! PRC-01: a processor works for at least one controller, and not for itself.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PRC-01",
    severity: Severity::Error,
    title: "Elke verwerker werkt voor ten minste één andere partij (`voor:`).",
    explain: "Een verwerker verwerkt persoonsgegevens in opdracht van een \
verwerkingsverantwoordelijke, en die relatie wordt vastgelegd in een verwerkersovereenkomst \
(artikel 28, derde lid, AVG). Zonder verwerkingsverantwoordelijke in `voor:` is er niemand \
met wie de overeenkomst gesloten wordt. En een partij kan niet haar eigen verwerker zijn: \
wie onder `partij:` als de verwerker zelf staat, hoort niet ook in `voor:`.\n\n\
Wat te doen: zet onder `voor:` de partijen voor wie de verwerker werkt (één overeenkomst per \
partij), en haal de partij die zelf de verwerker is uit `voor:`.",
    bron: "artikel 28, derde lid, AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for v in &casus.verwerkers {
        if v.voor.is_empty() {
            out.push(
                RULE.report(format!(
                    "verwerker `{}` ({}) werkt voor geen enkele partij",
                    v.id.value, v.naam
                ))
                .at(Loc::of(v.bestand, &v.id))
                .help(
                    "zet `voor: [...]` met de ids van de partijen die deze verwerker inschakelen",
                ),
            );
        }
        let Some(zelf) = &v.partij else { continue };
        for r in v.voor.iter().filter(|r| r.value == zelf.value) {
            out.push(
                RULE.report(format!(
                    "verwerker `{}` is partij `{}` en staat ook zelf onder `voor:`: een partij kan niet haar eigen verwerker zijn",
                    v.id.value, r.value
                ))
                .at(Loc::of(v.bestand, r))
                .help(format!("haal `{}` uit `voor:`", r.value)),
            );
        }
    }
}
