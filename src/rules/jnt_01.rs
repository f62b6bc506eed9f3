//! JNT-01: a declaration of joint controllership (art. 26 AVG) names at
//! least two parties at the table, and gives tasks and the contact point
//! only to those parties.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{Casusoverleg, Gezamenlijk, Overlegvorm};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "JNT-01",
    severity: Severity::Error,
    title: "Gezamenlijke verwerkingsverantwoordelijkheid noemt ten minste twee partijen aan tafel, en taken en contactpunt alleen bij die partijen.",
    explain: "Bepalen twee of meer partijen samen het doel van en de middelen voor een verwerking, \
dan zijn zij gezamenlijk verwerkingsverantwoordelijk. Zij leggen in een regeling vast wie welke \
verplichting nakomt, vooral tegenover betrokkenen, en maken de kern daarvan bekend (artikel 26 \
AVG). `convenant` maakt die regeling als eigen document, uit het blok `gezamenlijk:` bij een \
casusoverleg of een overlegvorm. Dat blok moet kloppen: ten minste twee verschillende partijen, \
die elk aan tafel zitten bij dat overleg, en taken en een contactpunt alleen voor die partijen.\n\n\
Wat te doen: noem bij `gezamenlijk.partijen` ten minste twee partijen die deelnemer zijn van het \
overleg (of de overlegvorm), en laat `taken[].partij` en `contactpunt` naar een van hen wijzen.",
    bron: "artikel 26, eerste en tweede lid, AVG (Verordening (EU) 2016/679, EUR-Lex); EDPB, Richtsnoeren 07/2020 over de begrippen verwerkingsverantwoordelijke en verwerker in de AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for o in &casus.casusoverleggen {
        for laag in o.geschreven() {
            let Some(g) = &laag.gezamenlijk else { continue };
            check_one(casus, o, &laag, g, out);
        }
    }
}

/// Whether party `id` sits at the table of `laag`: of the form itself, or,
/// for a declaration of the whole casusoverleg, of any of its forms.
fn aan_tafel(o: &Casusoverleg, laag: &Overlegvorm, id: &str) -> bool {
    let vormen: Vec<&Overlegvorm> = if laag.eigen {
        o.vormen
            .iter()
            .filter(|v| v.id.value == laag.id.value)
            .collect()
    } else {
        o.vormen.iter().collect()
    };
    vormen
        .iter()
        .any(|v| v.deelnemers.iter().any(|d| d.partij.value == id))
}

fn check_one(
    casus: &crate::model::Casus,
    o: &Casusoverleg,
    laag: &Overlegvorm,
    g: &Gezamenlijk,
    out: &mut Vec<Diagnostic>,
) {
    let waar = o.noem(laag);
    let mut ids: Vec<&str> = Vec::new();
    for p in &g.partijen {
        if casus.partij(&p.value).is_none() || !aan_tafel(o, laag, &p.value) {
            out.push(
                RULE.report(format!(
                    "`{}` is gezamenlijk verwerkingsverantwoordelijke voor {waar}, maar zit daar niet aan tafel",
                    p.value
                ))
                .at(Loc::of(o.bestand, p))
                .help("noem alleen partijen die deelnemer zijn van dit overleg"),
            );
        }
        if !ids.contains(&p.value.as_str()) {
            ids.push(&p.value);
        }
    }
    if ids.len() < 2 {
        let plek = g
            .partijen
            .first()
            .map_or(Loc::of(o.bestand, &laag.id), |p| Loc::of(o.bestand, p));
        out.push(
            RULE.report(format!(
                "gezamenlijke verwerkingsverantwoordelijkheid voor {waar} noemt minder dan twee partijen"
            ))
            .at(plek)
            .help("noem ten minste twee partijen bij `gezamenlijk.partijen`, of laat het blok weg"),
        );
    }
    let buiten = g
        .taken
        .iter()
        .map(|t| &t.partij)
        .chain(g.contactpunt.iter())
        .filter(|r| !ids.contains(&r.value.as_str()));
    for r in buiten {
        out.push(
            RULE.report(format!(
                "`{}` krijgt een taak of is contactpunt in de regeling voor {waar}, maar is geen van de gezamenlijk verwerkingsverantwoordelijken",
                r.value
            ))
            .at(Loc::of(o.bestand, r))
            .help("wijs een van de partijen uit `gezamenlijk.partijen` aan"),
        );
    }
}
