//! CNS-05: sharing without consent for safety is documented.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-05",
    severity: Severity::Error,
    title: "Delen zonder toestemming wegens ernstige zorgen over de veiligheid wordt vastgelegd.",
    explain: "Bij ernstige zorgen over de veiligheid van de leerling mag informatie zonder \
toestemming gedeeld worden. Dat is een uitzondering, en de afweging daarachter moet goed \
gedocumenteerd worden: welke zorg, waarom toestemming vragen niet kon, wat gedeeld is en met \
wie. Zonder die vastlegging kan niemand achteraf laten zien dat de uitzondering terecht was.\n\n\
Wat te doen: schrijf in het blok `veiligheid:` onder `vastgelegd:` waar de afweging staat, \
bijvoorbeeld `vastgelegd: leerlingdossier, afwegingsformulier veiligheid`.",
    bron: "artikel 5, tweede lid, AVG (verantwoordingsplicht); NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (tips MDO: uitzondering bij ernstige zorgen, dan goed documenteren)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let Some(v) = &s.veiligheid else { continue };
        let documented = v
            .value
            .vastgelegd
            .as_deref()
            .is_some_and(|w| !w.trim().is_empty());
        if !documented {
            out.push(
                RULE.report(format!(
                    "stroom `{}` deelt zonder toestemming wegens veiligheid, maar zegt niet waar die afweging is vastgelegd",
                    s.id.value
                ))
                .at(Loc::of(s.bestand, v))
                .help("voeg in `veiligheid:` toe: `vastgelegd: <waar de afweging staat>`, bijvoorbeeld het leerlingdossier"),
            );
        }
    }
}
