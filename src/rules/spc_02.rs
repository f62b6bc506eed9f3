//! SPC-02: a school gives health data to others only on explicit consent,
//! a statutory duty, or a report under the meldcode.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{BijzondereCategorie, PartijSoort};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "SPC-02",
    severity: Severity::Error,
    title: "Een schoolbestuur geeft gezondheidsgegevens alleen door met uitdrukkelijke toestemming, een wettelijke plicht of een melding volgens de meldcode.",
    explain: "Gezondheidsgegevens van een leerling (ook over gedrag en de thuissituatie) mag een \
school in beginsel alleen met uitdrukkelijke toestemming aan een ander geven. Zonder \
toestemming kan het alleen bij een wettelijke plicht om gegevens te verstrekken (bijvoorbeeld \
aan de gecertificeerde instelling bij een ondertoezichtstelling, artikel 7.3.11, vierde lid, \
Jeugdwet) of bij een melding aan Veilig Thuis na het doorlopen van de meldcode (artikel 5.2.6 \
Wmo 2015). Een publieke taak alleen is niet genoeg.\n\n\
Wat te doen: zet `uitzondering: avg-9-2-a` met `toestemming:`, of noem het wettelijke \
meldrecht bij `wet:` (bij Veilig Thuis met `meldcode:`), of een wettelijke plicht als grondslag.",
    bron: "Lumen Group, kennisbank: „Onder welke omstandigheden mag een school persoonsgegevens van leerlingen zonder toestemming doorgeven aan Veilig Thuis?” (school en Veilig Thuis); artikel 9 AVG; artikel 5.2.6 Wmo 2015; artikel 7.3.11, vierde lid, Jeugdwet",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let from_school = casus
            .partij(&s.van.value)
            .is_some_and(|p| p.soort.value == PartijSoort::Schoolbestuur);
        if !from_school {
            continue;
        }
        let consent = s
            .uitzondering
            .as_ref()
            .is_some_and(|u| u.value == "avg-9-2-a")
            && s.toestemming.is_some();
        let basis = s.grondslag.as_ref().map(|g| g.value.as_str());
        let duty = basis == Some("avg-6-1-c")
            || s.meldrechten(casus)
                .any(|m| m.value != "wmo-5-2-6" || s.meldcode.is_some());
        if consent || duty {
            continue;
        }
        for r in &s.gegevens {
            let is_health = casus.gegeven(&r.value).is_some_and(|g| {
                g.categorie
                    .as_ref()
                    .is_some_and(|c| c.value == BijzondereCategorie::Gezondheid)
            });
            if is_health {
                out.push(
                    RULE.report(format!(
                        "schoolbestuur `{}` geeft in stroom `{}` gezondheidsgegevens `{}` door zonder uitdrukkelijke toestemming, wettelijke plicht of meldcode-melding",
                        s.van.value, s.id.value, r.value
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help("zet `uitzondering: avg-9-2-a` met `toestemming:`, of noem het wettelijke meldrecht bij `wet:` (bij Veilig Thuis met `meldcode:`)"),
                );
            }
        }
    }
}
