//! GRD-02: every flow has a basis for the providing party.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "GRD-02",
    severity: Severity::Error,
    title: "Elke gegevensstroom heeft een grondslag voor de verstrekkende partij.",
    explain: "Het verstrekken van persoonsgegevens aan een andere partij is zelf een verwerking. \
De verstrekker heeft daarvoor een eigen grondslag nodig (artikel 6, eerste lid, AVG): \
toestemming, een wettelijke plicht, een publieke taak of een wettelijk meldrecht. Dat de \
ontvanger de gegevens voor zijn taak nodig heeft, is niet genoeg.\n\n\
Wat te doen: zet `grondslag:` op de stroom, bijvoorbeeld `avg-6-1-a` (toestemming, met \
`toestemming:`) of `avg-6-1-e` (met `wet:`).",
    bron: "artikel 6, eerste lid, AVG; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (veelgestelde vragen, eigen taak)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        if s.grondslag.is_none() {
            out.push(
                RULE.report(format!(
                    "stroom `{}` van `{}` heeft geen grondslag voor het verstrekken",
                    s.id.value, s.van.value
                ))
                .at(Loc::of(s.bestand, &s.id))
                .help("voeg `grondslag:` toe, bijvoorbeeld `avg-6-1-a` met `toestemming:` of `avg-6-1-e` met `wet:`"),
            );
        }
    }
}
