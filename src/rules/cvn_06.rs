//! CVN-06: no exchange before the covenant is signed.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-06",
    severity: Severity::Error,
    title: "Een stroom begint niet vóór de datum van het convenant.",
    explain: "Wissel nooit persoonsgegevens uit zonder eerst afspraken te maken en vast te \
leggen wat ieders rechten en plichten zijn. Die afspraken staan in het convenant, en gelden \
vanaf de datum van ondertekening (`convenant.datum`). Een stroom die eerder begint, heeft \
die afspraken nog niet.\n\n\
Wat te doen: zet `vanaf:` van de stroom op of na de datum van het convenant, of haal `vanaf:` \
weg (dan geldt de datum van het convenant).",
    bron: "Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021) (wissel nooit gegevens uit zonder eerst afspraken vast te leggen)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let Some(c) = &casus.convenant else { return };
    let datum = c.value.value.datum;
    for s in &casus.stromen {
        let Some(vanaf) = &s.vanaf else { continue };
        if vanaf.value < datum {
            out.push(
                RULE.report(format!(
                    "stroom `{}` begint op {}, vóór de datum van het convenant ({datum})",
                    s.id.value, vanaf.value
                ))
                .at(Loc::of(s.bestand, vanaf))
                .help(format!(
                    "zet `vanaf: {datum}` (of later), of haal `vanaf:` weg"
                )),
            );
        }
    }
}
