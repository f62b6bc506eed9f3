//! CNS-04: an anonymous flow carries nothing that identifies the child.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-04",
    severity: Severity::Error,
    title: "Een anonieme stroom bevat geen gegevens die het kind identificeren.",
    explain: "Als er geen toestemming is en ouders en jeugdige niet aan tafel zitten, is anoniem \
(niet herkenbaar) bespreken het alternatief. Dat werkt alleen als de bespreking echt niet tot \
het kind te herleiden is: een naam, adres, geboortedatum, BSN of PGN maakt van een anonieme \
bespreking een gewone verstrekking van persoonsgegevens, waarvoor dan een grondslag nodig is.\n\n\
Wat te doen: haal de identificerende gegevens uit `gegevens:` van de stroom, of zet \
`anoniem: false` en geef de stroom een grondslag (bijvoorbeeld toestemming met `toestemming:`).",
    bron: "overweging 26 AVG (anonieme gegevens); NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (tips MDO: anoniem bespreken)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in casus.stromen.iter().filter(|s| s.anoniem) {
        for r in &s.gegevens {
            let Some(g) = casus.gegeven(&r.value) else {
                continue; // dangling: REF-01
            };
            if g.identifies() {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` is anoniem maar bevat `{}` ({}), dat het kind identificeert",
                        s.id.value, r.value, g.naam
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help(format!(
                        "haal `{}` uit `gegevens:`, of zet `anoniem: false` en geef de stroom een grondslag",
                        r.value
                    )),
                );
            }
        }
    }
}
