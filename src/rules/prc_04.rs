//! PRC-04: independent controllers are no processors of each other.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::PartijSoort;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PRC-04",
    severity: Severity::Error,
    title: "Geen verwerkersovereenkomst met een zelfstandige verwerkingsverantwoordelijke.",
    explain: "Veilig Thuis, het samenwerkingsverband passend onderwijs, de Raad voor de \
Kinderbescherming, een gecertificeerde instelling en een jeugdhulpaanbieder verwerken \
persoonsgegevens voor hun eigen wettelijke taak. Zij zijn zelf verwerkingsverantwoordelijke, \
geen verwerker van een andere partij. Een verwerkersovereenkomst met hen stelt de \
verhoudingen verkeerd voor: de gegevens worden aan hen verstrekt, en dat regelt het \
convenant (met een grondslag voor de verstrekker en een eigen taak van de ontvanger).\n\n\
Wat te doen: haal deze verwerker weg en beschrijf de uitwisseling als stroom (`stromen:`) \
naar de partij.",
    bron: "artikel 4, onder 7 en 8, AVG; Lumen Group, kennisbank: „Onder welke omstandigheden mag een school persoonsgegevens van leerlingen zonder toestemming doorgeven aan Veilig Thuis?” (Veilig Thuis is zelfstandig verwerkingsverantwoordelijke); Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021) (het swv is zelf verwerkingsverantwoordelijke)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for v in &casus.verwerkers {
        let Some(r) = &v.partij else { continue };
        let Some(p) = casus.partij(&r.value) else {
            continue; // dangling: REF-01
        };
        let zelfstandig = matches!(
            p.soort.value,
            PartijSoort::VeiligThuis
                | PartijSoort::Samenwerkingsverband
                | PartijSoort::RaadKinderbescherming
                | PartijSoort::GecertificeerdeInstelling
                | PartijSoort::Jeugdhulpaanbieder
        );
        if zelfstandig {
            out.push(
                RULE.report(format!(
                    "verwerker `{}` is partij `{}`, een {}: die is zelf verwerkingsverantwoordelijke, geen verwerker",
                    v.id.value,
                    r.value,
                    p.soort.value.label()
                ))
                .at(Loc::of(v.bestand, r))
                .help(format!(
                    "haal verwerker `{}` weg en beschrijf de uitwisseling met `{}` als stroom onder `stromen:`",
                    v.id.value, r.value
                )),
            );
        }
    }
}
