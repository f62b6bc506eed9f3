//! ACC-01: no municipal account on a school's pupil system.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::PartijSoort;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "ACC-01",
    severity: Severity::Error,
    title: "Een gemeente krijgt nooit toegang tot een systeem dat voor een schoolbestuur werkt.",
    explain: "Een leerplichtambtenaar heeft alleen recht op de informatie die hij nodig heeft \
voor zijn werk. Hij krijgt daarom in geen geval een account op het leerlingvolgsysteem van \
de school, en vraagt er ook niet om. Hetzelfde geldt voor andere medewerkers van de gemeente: \
met een account zien zij veel meer dan hun taak vraagt, en de school verstrekt dan niet meer \
zelf wat nodig is.\n\n\
Wat te doen: haal de gemeente uit `toegang:` van de verwerker, en beschrijf wat de gemeente \
nodig heeft als stroom van het schoolbestuur naar de gemeente (bijvoorbeeld een \
verzuimmelding via het verzuimregister).",
    bron: "Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021) (een leerplichtambtenaar mag in geen geval een account op een leerlingvolgsysteem krijgen); artikel 5, eerste lid, onder c, AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for v in &casus.verwerkers {
        let Some(school) = v.voor.iter().find(|r| {
            casus
                .partij(&r.value)
                .is_some_and(|p| p.soort.value == PartijSoort::Schoolbestuur)
        }) else {
            continue;
        };
        for r in &v.toegang {
            let is_gemeente = casus.partij(&r.value).is_some_and(|p| {
                matches!(
                    p.soort.value,
                    PartijSoort::Gemeente | PartijSoort::Uitvoeringsorganisatie
                )
            });
            if is_gemeente {
                out.push(
                    RULE.report(format!(
                        "gemeente `{}` krijgt toegang tot `{}` ({}), de verwerker van schoolbestuur `{}`",
                        r.value, v.id.value, v.naam, school.value
                    ))
                    .at(Loc::of(v.bestand, r))
                    .help(format!(
                        "haal `{}` uit `toegang:` en beschrijf wat de gemeente nodig heeft als stroom van `{}` naar `{}`",
                        r.value, school.value, r.value
                    )),
                );
            }
        }
    }
}
