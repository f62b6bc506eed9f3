//! PGN-02: no BSN or PGN to or from a samenwerkingsverband.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{GegevenSoort, PartijSoort};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PGN-02",
    severity: Severity::Error,
    title: "Een samenwerkingsverband ontvangt of verstrekt nooit een BSN of PGN.",
    explain: "Het samenwerkingsverband passend onderwijs mag het persoonsgebonden nummer niet \
gebruiken, ook niet bij een aanvraag voor een toelaatbaarheidsverklaring. Het \
burgerservicenummer heeft het voor zijn taak evenmin nodig.\n\n\
Wat te doen: haal het identificatienummer uit de stroom; identificeer de leerling met naam en \
geboortedatum.",
    bron: "Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021) (PGN en samenwerkingsverband); artikel 46 UAVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let numbers: Vec<&str> = s
            .gegevens
            .iter()
            .filter(|r| {
                casus
                    .gegeven(&r.value)
                    .is_some_and(|g| g.soort.value == GegevenSoort::Identificatienummer)
            })
            .map(|r| r.value.as_str())
            .collect();
        if numbers.is_empty() {
            continue;
        }
        for r in std::iter::once(&s.van).chain(&s.naar) {
            if casus
                .partij(&r.value)
                .is_some_and(|p| p.soort.value == PartijSoort::Samenwerkingsverband)
            {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` brengt identificatienummer {} van of naar samenwerkingsverband `{}`",
                        s.id.value,
                        crate::ids::list(&numbers),
                        r.value
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help("laat het identificatienummer uit deze stroom; gebruik naam en geboortedatum"),
                );
            }
        }
    }
}
