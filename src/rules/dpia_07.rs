//! DPIA-07: a DPIA names when it is reviewed, at most three years on.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Datum;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "DPIA-07",
    severity: Severity::Warning,
    title: "Een DPIA noemt de datum van haar herbeoordeling, uiterlijk drie jaar na de datum van het convenant.",
    explain: "Een DPIA is geen eenmalig stuk. De verantwoordelijke toetst opnieuw of de \
verwerking nog past bij wat de DPIA beschrijft, in ieder geval als het risico verandert \
(artikel 35, elfde lid, AVG), zoals bij nieuwe partijen, andere gegevens of andere middelen. \
De AVG noemt geen vaste termijn, en de richtsnoeren (WP248) vragen alleen om regelmatige \
herbeoordeling; de grens van drie jaar is een keuze van dit hulpmiddel (de Autoriteit \
Persoonsgegevens noemt eens per drie jaar als voorbeeld; niet geverifieerd). Met een vaste \
datum in de casus staat die afspraak in de DPIA en vergeet niemand haar.\n\n\
Wat te doen: zet in het `dpia`-blok `herbeoordeling: JJJJ-MM-DD`, niet later dan drie jaar \
na `convenant.datum`.",
    bron: "artikel 35, elfde lid, AVG; WP248 rev.01 (regelmatige herbeoordeling, zonder vaste termijn); de termijn van drie jaar is een keuze van dit hulpmiddel",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let Some(d) = &casus.dpia else { return };
    let dpia = &d.value.value;
    let Some(h) = &dpia.herbeoordeling else {
        out.push(
            RULE.report("de DPIA noemt niet wanneer zij opnieuw beoordeeld wordt")
                .at(Loc::of(d.bestand, &dpia.verantwoordelijke))
                .help("voeg `herbeoordeling: JJJJ-MM-DD` toe aan het `dpia`-blok, uiterlijk drie jaar na de datum van het convenant"),
        );
        return;
    };
    let Some(c) = &casus.convenant else { return };
    let start = c.value.value.datum;
    let uiterlijk = Datum {
        jaar: start.jaar + 3,
        // 29 February three years on does not exist: the day before is the limit.
        dag: if start.maand == 2 && start.dag == 29 {
            28
        } else {
            start.dag
        },
        ..start
    };
    if h.value > uiterlijk {
        out.push(
            RULE.report(format!(
                "de herbeoordeling van de DPIA ({}) ligt meer dan drie jaar na de datum van het convenant ({})",
                h.value, start
            ))
            .at(Loc::of(d.bestand, h))
            .help(format!("kies een datum op of vóór {uiterlijk}")),
        );
    }
}
