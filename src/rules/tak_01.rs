//! TAK-01: every task of a party names its legal basis.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "TAK-01",
    severity: Severity::Warning,
    title: "Elke taak van een partij noemt haar grondslag.",
    explain: "De tabel van wettelijke taken in het convenant zet naast elke taak de grondslag uit \
artikel 6, eerste lid, AVG waarop de partij voor die taak gegevens verwerkt. Een partij met \
ten minste één taak met grondslag komt door GRD-01, maar een andere taak zonder `grondslag:` \
staat dan in het convenant met een open punt in plaats van een grondslag, en de stromen die op \
die taak rusten hebben voor die taak geen rechtsgrond.\n\n\
Wat te doen: geef de taak `grondslag:` met een id uit `convenant grondslagen` (bijvoorbeeld \
`avg-6-1-e` voor een publieke taak, met de wet onder `wet:`), of haal de taak weg als de partij \
haar in deze samenwerking niet uitvoert.",
    bron: "artikel 6, eerste en derde lid, AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    for p in &facts.casus.partijen {
        // A party with no basis at all is GRD-01's.
        if !p.taken.iter().any(|t| t.grondslag.is_some()) {
            continue;
        }
        for t in p.taken.iter().filter(|t| t.grondslag.is_none()) {
            out.push(
                RULE.report(format!(
                    "de taak `{}` van `{}` ({}) heeft geen grondslag; het convenant zet er een open punt in plaats van een grondslag",
                    t.id.value, p.id.value, p.naam
                ))
                .at(Loc::of(p.bestand, &t.id))
                .help("voeg onder de taak `grondslag:` toe, bijvoorbeeld `grondslag: avg-6-1-e` (publieke taak) met de wet onder `wet:`; `convenant grondslagen` toont de ids"),
            );
        }
    }
}
