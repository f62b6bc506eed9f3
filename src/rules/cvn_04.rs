//! CVN-04: not inviting parents and youth needs a reason.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Uitnodiging;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-04",
    severity: Severity::Warning,
    title: "Ouders en jeugdige (vanaf 12 jaar) worden uitgenodigd, of er staat waarom niet.",
    explain: "Het uitgangspunt van multidisciplinair overleg is 'praten mét en niet praten \
óver': ouders en jeugdigen vanaf 12 jaar worden uitgenodigd en vooraf verteld waarvoor het \
overleg is. Zitten zij niet aan tafel, dan is ondubbelzinnige toestemming nodig, of de \
bespreking is anoniem. Een overleg dat hen niet uitnodigt, moet uitleggen waarom.\n\n\
Wat te doen: zet `betrokkenen: uitgenodigd`, of schrijf onder `reden:` waarom ouders en \
jeugdige niet worden uitgenodigd (bijvoorbeeld: alleen anonieme bespreking van casuïstiek).",
    bron: "NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (tips MDO: praten mét en niet praten óver); Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen) (ouders uitgenodigd voor het casusoverleg)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for o in &casus.casusoverleggen {
        if o.betrokkenen.value != Uitnodiging::NietUitgenodigd {
            continue;
        }
        if o.reden.as_deref().is_some_and(|r| !r.trim().is_empty()) {
            continue;
        }
        out.push(
            RULE.report(format!(
                "casusoverleg `{}` nodigt ouders en jeugdige niet uit en zegt niet waarom",
                o.id.value
            ))
            .at(Loc::of(o.bestand, &o.betrokkenen))
            .help("zet `betrokkenen: uitgenodigd`, of voeg `reden:` toe met de reden om hen niet uit te nodigen"),
        );
    }
}
