//! GRD-01: a party without a legal basis is rejected.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "GRD-01",
    severity: Severity::Error,
    title: "Elke partij heeft ten minste één wettelijke taak met een grondslag.",
    explain: "Een partij mag in de samenwerking alleen persoonsgegevens verwerken als zij \
daarvoor een grondslag heeft uit artikel 6, eerste lid, AVG. In het convenant blijkt die uit \
de wettelijke taken (`taken`) van de partij, elk met een `grondslag`. Een partij zonder \
grondslag kan niet aan tafel zitten: het convenant zou haar een verwerking toestaan waarvoor \
geen rechtsgrond bestaat.\n\n\
Wat te doen: geef de partij onder `taken:` ten minste één taak met `grondslag:` (bijvoorbeeld \
`avg-6-1-e` met `wet: [jw-2-3]`), of haal de partij uit de casus.",
    bron: "artikel 6, eerste lid, AVG; Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021); Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for p in &casus.partijen {
        if p.taken.iter().any(|t| t.grondslag.is_some()) {
            continue;
        }
        let why = if p.taken.is_empty() {
            "heeft geen wettelijke taken"
        } else {
            "heeft geen taak met een grondslag"
        };
        out.push(
            RULE.report(format!(
                "partij `{}` ({}) {why} en dus geen grondslag voor verwerking",
                p.id.value, p.naam
            ))
            .at(Loc::of(p.bestand, &p.id))
            .help("voeg onder `taken:` een taak toe met `grondslag:` uit `convenant grondslagen`, bijvoorbeeld `grondslag: avg-6-1-e` met `wet: [...]`"),
        );
    }
}
