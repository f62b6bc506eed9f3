//! CNS-08: consent is not the basis where it cannot be freely given: when a
//! public body asks for it, or a party with enforcement powers (leerplicht)
//! sits at the table, unless the casus says why it is free all the same.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{Casus, Stroom};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-08",
    severity: Severity::Warning,
    title: "Toestemming is geen grondslag waar zij niet vrij gegeven kan worden, tenzij de casus zegt waarom zij toch vrij is.",
    explain: "Toestemming is alleen geldig als zij vrij gegeven is. Is er een duidelijke \
wanverhouding tussen wie toestemming vraagt en wie haar geeft, dan is zij dat meestal niet; \
de AVG noemt in het bijzonder een overheidsinstantie. Ouders die een gemeente om toestemming \
vraagt, of die weten dat de leerplichtambtenaar aan tafel zit en kan handhaven, voelen zich \
niet vrij om te weigeren. Dan is een wettelijke taak (artikel 6, eerste lid, onder c of e, AVG, \
met de wet) de betere grondslag, of moet de casus uitleggen waarom de toestemming toch vrij is: \
weigeren of intrekken heeft geen gevolg, en wat er dan gebeurt.\n\n\
Wat te doen: geef de stroom de grondslag van een wettelijke taak met `wet:`, of zet bij \
`toestemming:` een sleutel `vrijwillig:` met de reden waarom de toestemming vrij is en wat er \
gebeurt als zij wordt geweigerd of ingetrokken. De documenten nemen die reden over.",
    bron: "overweging 43 AVG; EDPB, Richtsnoeren 05/2020 inzake toestemming overeenkomstig Verordening 2016/679, paragraaf 3.1.1 (wanverhouding, overheidsinstanties)",
    ontbrekend: false,
    check: Some(check),
};

/// The enforcer at the table of `s`, as the message names it.
fn handhaver_aan_tafel(casus: &Casus, s: &Stroom) -> Option<String> {
    crate::facts::handhaver_aan_tafel(casus, s).map(|d| {
        format!(
            "`{}` ({}) zit aan tafel met een taak uit de Leerplichtwet",
            d.partij.value, d.functie
        )
    })
}

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        if !s.op_toestemming() || s.anoniem {
            continue;
        }
        if s.toestemming
            .as_ref()
            .and_then(|t| t.value.vrijwillig.as_deref())
            .is_some_and(|r| !r.trim().is_empty())
        {
            continue;
        }
        let overheid = casus
            .partij(&s.van.value)
            .filter(|p| p.is_overheid())
            .map(|p| format!("`{}` vraagt de toestemming als overheidsorgaan", p.id.value));
        let Some(reden) = overheid.or_else(|| handhaver_aan_tafel(casus, s)) else {
            continue;
        };
        let plek = s
            .grondslag
            .as_ref()
            .or(s.uitzondering.as_ref())
            .expect("consent-based");
        out.push(
            RULE.report(format!(
                "stroom `{}` rust op toestemming, maar {reden}: dan is toestemming meestal niet vrij gegeven",
                s.id.value
            ))
            .at(Loc::of(s.bestand, plek))
            .help("geef de stroom de grondslag van een wettelijke taak met `wet:`, of zet bij `toestemming:` `vrijwillig:` met de reden waarom zij vrij is en wat er gebeurt als zij wordt geweigerd"),
        );
    }
}
