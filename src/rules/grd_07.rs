//! GRD-07: other public bodies should not rest on legitimate interest either.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::PartijSoort;

pub(crate) const RULE: Rule = Rule {
    code: "GRD-07",
    severity: Severity::Warning,
    title: "Een overheidspartij (naast de gemeente), een schoolbestuur of een samenwerkingsverband gebruikt liever geen gerechtvaardigd belang.",
    explain: "Overheidsinstanties kunnen zich voor hun taken niet op een gerechtvaardigd belang \
beroepen (artikel 6, eerste lid, laatste zin, AVG). Voor een GGD, Veilig Thuis of de Raad voor \
de Kinderbescherming is dat zeker; of een schoolbestuur of samenwerkingsverband voor zijn \
wettelijke onderwijstaken als overheidsinstantie geldt, is niet volledig uitgemaakt: een \
openbaar schoolbestuur kan er een zijn (zet dan `overheid: true` bij de partij), een bijzonder \
schoolbestuur in de regel niet, maar beide voeren een wettelijke taak uit. Daarom waarschuwt \
`convenant` hier, in plaats van af te wijzen.\n\n\
Wat te doen: gebruik voor een wettelijke taak `avg-6-1-e` of `avg-6-1-c` met `wet:`.",
    bron: "artikel 6, eerste lid, laatste zin, AVG (of een schoolbestuur daaronder valt, is niet uitgemaakt)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    super::legitimate_interest_uses(casus, |partij, what, basis, file| {
        let soort = partij.soort.value;
        let public = partij.is_overheid()
            || matches!(
                soort,
                PartijSoort::Schoolbestuur | PartijSoort::Samenwerkingsverband
            );
        if public && soort != PartijSoort::Gemeente {
            out.push(
                RULE.report(format!(
                    "{what} van `{}` ({}{}) rust op gerechtvaardigd belang (`avg-6-1-f`)",
                    partij.id.value,
                    soort.label(),
                    if partij.is_overheid() {
                        ", een overheidsinstantie"
                    } else {
                        ", met een wettelijke taak"
                    }
                ))
                .at(crate::source::Loc::of(file, basis))
                .help("gebruik `avg-6-1-e` of `avg-6-1-c` met `wet:` voor een wettelijke taak"),
            );
        }
    });
}
