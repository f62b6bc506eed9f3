//! MLD-02: a school's report to Veilig Thuis follows the meldcode.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::PartijSoort;
use crate::source::Loc;

const MELDRECHT: &str = "wmo-5-2-6";

pub(crate) const RULE: Rule = Rule {
    code: "MLD-02",
    severity: Severity::Error,
    title: "Een melding van een school bij Veilig Thuis volgt de meldcode en informeert de ouders.",
    explain: "Een school mag zonder toestemming melden bij Veilig Thuis (meldrecht, artikel \
5.2.6 Wmo 2015), maar pas nadat zij de stappen van haar meldcode huiselijk geweld en \
kindermishandeling heeft doorlopen, met het afwegingskader. De ouders worden tijdig over de \
melding geïnformeerd, tenzij daar een goede reden tegen is (bijvoorbeeld de veiligheid van \
het kind); die reden wordt dan vastgelegd.\n\n\
Wat te doen: zet op de stroom een blok `meldcode:` met `afwegingskader: true` en \
`ouders_geinformeerd: true`, of `ouders_geinformeerd: false` met `reden:` waarom de ouders \
niet geïnformeerd zijn.",
    bron: "artikel 5.2.6 Wmo 2015; Besluit verplichte meldcode huiselijk geweld en kindermishandeling; Lumen Group, kennisbank: „Onder welke omstandigheden mag een school persoonsgegevens van leerlingen zonder toestemming doorgeven aan Veilig Thuis?” (eerst de meldcode raadplegen én ouders tijdig informeren)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let Some(r) = s.meldrechten(casus).find(|r| r.value == MELDRECHT) else {
            continue;
        };
        let van_school = casus
            .partij(&s.van.value)
            .is_some_and(|p| p.soort.value == PartijSoort::Schoolbestuur);
        if !van_school {
            continue;
        }
        let Some(m) = &s.meldcode else {
            out.push(
                RULE.report(format!(
                    "stroom `{}` is een melding van `{}` op grond van het meldrecht, maar zegt niet dat de meldcode is gevolgd",
                    s.id.value, s.van.value
                ))
                .at(Loc::of(s.bestand, r))
                .help("voeg toe: `meldcode: { afwegingskader: true, ouders_geinformeerd: true }`"),
            );
            continue;
        };
        let at = Loc::of(s.bestand, m);
        if !m.value.afwegingskader {
            out.push(
                RULE.report(format!(
                    "melding `{}`: de stappen van de meldcode met het afwegingskader zijn niet doorlopen",
                    s.id.value
                ))
                .at(at)
                .help("doorloop eerst de meldcode met het afwegingskader en zet dan `afwegingskader: true`"),
            );
        }
        let reden = m
            .value
            .reden
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty());
        if !m.value.ouders_geinformeerd && !reden {
            out.push(
                RULE.report(format!(
                    "melding `{}`: de ouders zijn niet geïnformeerd en er staat geen reden waarom niet",
                    s.id.value
                ))
                .at(at)
                .help("informeer de ouders en zet `ouders_geinformeerd: true`, of voeg `reden:` toe waarom dat niet kan"),
            );
        }
    }
}
