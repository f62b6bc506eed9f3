//! PGN-01: BSN and PGN travel only on a statutory basis.

use super::Rule;
use crate::catalogue;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::GegevenSoort;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PGN-01",
    severity: Severity::Error,
    title: "Een BSN of persoonsgebonden nummer (PGN) gaat alleen mee op een wettelijke grondslag.",
    explain: "Een wettelijk voorgeschreven identificatienummer, zoals het burgerservicenummer of \
het persoonsgebonden nummer in het onderwijs, mag alleen gebruikt worden ter uitvoering van de \
wet die het voorschrijft of voor doelen die een wet noemt (artikel 46 UAVG; artikel 87 AVG). \
Toestemming is daarvoor geen grondslag.\n\n\
Wat te doen: verstrek het nummer alleen op `avg-6-1-c` of `avg-6-1-e` met de wet die het \
gebruik toestaat, of laat het nummer uit de stroom.",
    bron: "artikel 46 UAVG; artikel 87 AVG; Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021) (PGN)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let statutory = s
            .grondslag
            .as_ref()
            .is_some_and(|g| catalogue::needs_statute(&g.value));
        if statutory {
            continue;
        }
        for r in &s.gegevens {
            if casus
                .gegeven(&r.value)
                .is_some_and(|g| g.soort.value == GegevenSoort::Identificatienummer)
            {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` verstrekt identificatienummer `{}` zonder wettelijke grondslag",
                        s.id.value, r.value
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help("gebruik `grondslag: avg-6-1-c` of `avg-6-1-e` met de wet die het nummer toestaat, of laat het nummer weg"),
                );
            }
        }
    }
}
