//! GRD-05: a gemeente cannot rest a task or flow on legitimate interest.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::PartijSoort;

pub(crate) const RULE: Rule = Rule {
    code: "GRD-05",
    severity: Severity::Error,
    title: "Een gemeente gebruikt geen gerechtvaardigd belang (artikel 6, eerste lid, onder f, AVG).",
    explain: "Artikel 6, eerste lid, AVG bepaalt in de laatste zin dat overheidsinstanties zich \
bij de uitvoering van hun taken niet op een gerechtvaardigd belang (onder f) kunnen beroepen. \
Een gemeente werkt in deze samenwerking altijd vanuit haar wettelijke taken (Jeugdwet, \
Leerplichtwet, Wmo 2015), dus onder c of e.\n\n\
Wat te doen: gebruik `avg-6-1-e` (publieke taak) of `avg-6-1-c` (wettelijke plicht) met \
`wet:`, of `avg-6-1-a` als de gemeente werkelijk op toestemming werkt.",
    bron: "artikel 6, eerste lid, laatste zin, AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    super::legitimate_interest_uses(casus, |partij, what, basis, file| {
        if partij.soort.value == PartijSoort::Gemeente {
            out.push(
                RULE.report(format!(
                    "{what} van gemeente `{}` rust op gerechtvaardigd belang (`avg-6-1-f`)",
                    partij.id.value
                ))
                .at(crate::source::Loc::of(file, basis))
                .help(if what.starts_with("stroom") {
                    "laat de stroom rusten op `avg-6-1-e` of `avg-6-1-c` met `wet:`, de wettelijke taak of plicht van de gemeente"
                } else {
                    "gebruik `avg-6-1-e` of `avg-6-1-c` met `wet:` voor een taak van de gemeente"
                }),
            );
        }
    });
}
