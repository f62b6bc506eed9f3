//! CNS-06: consent recorded only orally is hard to demonstrate.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Vastlegging;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-06",
    severity: Severity::Warning,
    title: "Toestemming wordt bij voorkeur schriftelijk of digitaal vastgelegd, niet alleen mondeling.",
    explain: "De verwerkingsverantwoordelijke moet kunnen aantonen dat toestemming gegeven is \
(artikel 7, eerste lid, AVG). Mondelinge toestemming is niet ongeldig, maar achteraf \
nauwelijks te bewijzen, zeker als meer partijen zich erop beroepen. Voor multidisciplinaire \
samenwerking adviseert de NJi-folder schriftelijke toestemming, met een toestemmingsformulier \
dat ook voor de andere partners geldt.\n\n\
Wat te doen: leg de toestemming vast met een (digitaal) ondertekend toestemmingsformulier en \
schrijf `vastgelegd: schriftelijk` of `vastgelegd: digitaal`.",
    bron: "artikel 7, eerste lid, AVG; NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (bij multidisciplinaire samenwerking bij voorkeur schriftelijk)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let Some(t) = &s.toestemming else { continue };
        let v = &t.value.vastgelegd;
        if v.value == Vastlegging::Mondeling {
            out.push(
                RULE.report(format!(
                    "de toestemming voor stroom `{}` is alleen mondeling vastgelegd en dus moeilijk aan te tonen",
                    s.id.value
                ))
                .at(Loc::of(s.bestand, v))
                .help("laat een toestemmingsformulier tekenen en schrijf `vastgelegd: schriftelijk` (of `digitaal`)"),
            );
        }
    }
}
