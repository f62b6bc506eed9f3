//! CNS-03: foster parents and a jeugdbeschermer cannot consent.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Toestemmer;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-03",
    severity: Severity::Error,
    title: "Pleegouders en een jeugdbeschermer kunnen geen toestemming geven.",
    explain: "Toestemming voor een minderjarige komt van wie het gezag heeft: de ouders met \
gezag of de voogd (een voogd heeft dezelfde bevoegdheden als een ouder met gezag). \
Pleegouders hebben geen gezag, en zonder toestemming van de ouders zelfs geen recht op \
informatie. Ook de jeugdbeschermer bij een ondertoezichtstelling (OTS) heeft geen gezag: dat \
blijft bij de ouders. De jeugdbeschermer heeft wel recht op informatie van school, maar dat \
loopt via zijn wettelijke taak, niet via toestemming.\n\n\
Wat te doen: vraag toestemming aan de ouders met gezag, de voogd of (vanaf 16 jaar) de \
jeugdige, en schrijf `door:` daarnaar. Gaat de stroom naar een jeugdbeschermer voor de \
uitvoering van een OTS, gebruik dan zijn wettelijke grondslag (bijvoorbeeld `jw-7-3-11-4`) \
in plaats van toestemming.",
    bron: "artikel 5 UAVG; NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (pleegouders en jeugdbeschermer bij OTS hebben geen gezag)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let Some(t) = &s.toestemming else { continue };
        let door = &t.value.door;
        let (wie, waarom) = match door.value {
            Toestemmer::Pleegouders => ("pleegouders", "pleegouders hebben geen gezag"),
            Toestemmer::Jeugdbeschermer => (
                "jeugdbeschermer",
                "een jeugdbeschermer heeft bij een OTS geen gezag; dat blijft bij de ouders",
            ),
            _ => continue,
        };
        out.push(
            RULE.report(format!(
                "stroom `{}`: `door: {wie}` is geen geldige toestemming, want {waarom}",
                s.id.value
            ))
            .at(Loc::of(s.bestand, door))
            .help("vraag toestemming aan wie het gezag heeft: `door: ouders-met-gezag`, `voogd` of `volgens-leeftijd`"),
        );
    }
}
