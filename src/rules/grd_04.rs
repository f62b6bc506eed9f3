//! GRD-04: a basis under art. 6(1)(c) or (e) names the statute it rests on.

use super::Rule;
use crate::catalogue;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "GRD-04",
    severity: Severity::Error,
    title: "Een grondslag onder artikel 6, eerste lid, onder c of e, AVG noemt de wet waarop hij rust.",
    explain: "Een wettelijke verplichting (onder c) of een taak van algemeen belang (onder e) \
bestaat alleen als een wet haar vastlegt (artikel 6, derde lid, AVG). Zonder die wet is de \
grondslag een bewering. Het convenant en Bijlage 3 moeten per partij zeggen vanuit welke \
wettelijke taak zij deelneemt.\n\n\
Wat te doen: zet bij de taak (of de stroom) `wet:` met ids uit `convenant grondslagen`, \
bijvoorbeeld `wet: [jw-2-3, jw-7-4-0]` voor de jeugdhulptaak van een gemeente. Een stroom \
mag de wet ook erven van een taak van de verstrekker met dezelfde grondslag.",
    bron: "artikel 6, derde lid, AVG; Model DPIA Rijksdienst §9 en §11",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for p in &casus.partijen {
        for t in &p.taken {
            if let Some(g) = &t.grondslag
                && catalogue::needs_statute(&g.value)
                && t.wet.is_empty()
            {
                out.push(
                    RULE.report(format!(
                        "taak `{}` van partij `{}` rust op `{}` maar noemt geen wet",
                        t.id.value, p.id.value, g.value
                    ))
                    .at(Loc::of(p.bestand, g))
                    .help("voeg `wet: [...]` toe met het wetsartikel van deze taak, bijvoorbeeld `wet: [jw-2-3]`"),
                );
            }
        }
    }
    for s in &casus.stromen {
        let Some(g) = &s.grondslag else { continue };
        if !catalogue::needs_statute(&g.value) || !s.wet.is_empty() {
            continue;
        }
        let inherited = casus.partij(&s.van.value).is_some_and(|p| {
            p.taken.iter().any(|t| {
                t.grondslag.as_ref().is_some_and(|tg| tg.value == g.value) && !t.wet.is_empty()
            })
        });
        if !inherited {
            out.push(
                RULE.report(format!(
                    "stroom `{}` rust op `{}` maar noemt geen wet, en `{}` heeft geen taak met die grondslag en een wet",
                    s.id.value, g.value, s.van.value
                ))
                .at(Loc::of(s.bestand, g))
                .help("voeg `wet: [...]` toe aan de stroom, of geef de verstrekker een taak met deze grondslag en `wet:`"),
            );
        }
    }
}
