//! SEC-01: no plain e-mail.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Kanaal;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "SEC-01",
    severity: Severity::Error,
    title: "Gegevens over een kind gaan nooit via gewone (onbeveiligde) e-mail.",
    explain: "Gewone e-mail kan onderweg gelezen worden en komt makkelijk bij de verkeerde \
ontvanger. Leerling- en hulpverleningsgegevens gaan via OSO, beveiligde e-mail (zoals \
Zivver, SecuMailer of Aangetekend Mailen), een beveiligde digitale omgeving met beperkte \
autorisaties, op papier of mondeling in het overleg.\n\n\
Wat te doen: zet `kanaal:` op `oso`, `beveiligde-mail`, `beveiligde-omgeving`, `papier` of `mondeling`.",
    bron: "Lumen Group, kennisbank: „Onder welke omstandigheden mag een school persoonsgegevens van leerlingen zonder toestemming doorgeven aan Veilig Thuis?”; Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021); Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen); artikel 32 AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        if s.kanaal.value == Kanaal::Email {
            out.push(
                RULE.report(format!(
                    "stroom `{}` gaat via gewone e-mail",
                    s.id.value
                ))
                .at(Loc::of(s.bestand, &s.kanaal))
                .help("gebruik `beveiligde-mail`, `beveiligde-omgeving`, `oso`, `papier` of `mondeling`"),
            );
        }
    }
}
