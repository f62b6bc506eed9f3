//! CNS-01: a flow that rests on consent carries a `toestemming` block.

use super::Rule;
use crate::catalogue;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-01",
    severity: Severity::Error,
    title: "Een stroom die op toestemming rust, legt vast wie toestemming gaf en hoe.",
    explain: "Wie zich op toestemming beroept (artikel 6, eerste lid, onder a, AVG, of \
uitdrukkelijke toestemming voor bijzondere persoonsgegevens, artikel 9, tweede lid, onder a, \
AVG en artikel 22, tweede lid, UAVG), moet kunnen aantonen dat die toestemming gegeven is \
(artikel 7, eerste lid, AVG). Zonder vastlegging van wie toestemming gaf en hoe, is de \
grondslag niet meer dan een bewering. In multidisciplinair overleg gaat het bovendien om \
toestemming die ook voor de andere partners geldt (toestemmingsformulier).\n\n\
Wat te doen: zet een blok `toestemming:` op de stroom met `door:` (bijvoorbeeld \
`volgens-leeftijd` of `ouders-met-gezag`) en `vastgelegd:` (`schriftelijk` of `digitaal`), \
of kies een andere grondslag als de stroom niet op toestemming rust.",
    bron: "artikel 7, eerste lid, AVG; artikel 22, tweede lid, UAVG; NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (toestemming aantoonbaar); Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (toestemmingsformulier)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        if s.toestemming.is_some() {
            continue;
        }
        // Point at the first consent-based id: the basis, else the exception.
        let Some(r) = [&s.grondslag, &s.uitzondering]
            .into_iter()
            .flatten()
            .find(|r| catalogue::is_consent(&r.value))
        else {
            continue;
        };
        out.push(
            RULE.report(format!(
                "stroom `{}` rust op `{}` (toestemming) maar heeft geen blok `toestemming:`",
                s.id.value, r.value
            ))
            .at(Loc::of(s.bestand, r))
            .help("voeg toe: `toestemming: { door: volgens-leeftijd, vastgelegd: schriftelijk }`, of kies een grondslag die niet op toestemming rust"),
        );
    }
}
