//! DPIA-00: the DPIA verdict derived from the casus, with its reasons.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;

pub(crate) const RULE: Rule = Rule {
    code: "DPIA-00",
    severity: Severity::Info,
    title: "Oordeel of een DPIA verplicht is, afgeleid uit de gegevens van de casus.",
    explain: "`convenant` leidt uit de casus af of een gegevensbeschermingseffectbeoordeling \
(DPIA, artikel 35 AVG) verplicht is. Verplicht is zij als een punt van de lijst van de \
Autoriteit Persoonsgegevens van toepassing is (Stcrt. 2019, 64418; punt 8: een gemeente of \
andere overheid wisselt in een samenwerkingsverband bijzondere of gevoelige gegevens uit, \
waaronder de betrokkenheid van jeugdhulp; punt 7: gezondheidsgegevens op grote schaal), of \
als twee of meer criteria van de Europese richtsnoeren (WP248) gelden. Bij één criterium is \
een DPIA aanbevolen en legt u vast waarom u er geen doet.\n\n\
Afgeleid worden criterium 4 (bijzondere of gevoelige gegevens), 6 (gegevens van meerdere \
partijen samengebracht) en 7 (kwetsbare betrokkenen: kinderen); criterium 5 (grote schaal) en \
8 (nieuwe technologie) geeft u zelf op in het `dpia`-blok.\n\n\
Wat te doen: niets; dit is een bevinding. Is de DPIA verplicht, dan moet er een `dpia`-blok \
met FG-advies zijn (DPIA-01, DPIA-02).",
    bron: "artikel 35, eerste, derde en vierde lid, AVG; AP-lijst verplichte DPIA (Stcrt. 2019, 64418) punten 7 en 8; WP248 rev.01; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    if casus.stromen.is_empty() {
        return;
    }
    let verdict = &facts.dpia;
    let mut d = RULE.report(verdict.summary());
    d.dpia = Some(Box::new(verdict.clone()));
    if let Some(loc) = super::dpia_loc(casus) {
        d = d.at(loc);
    }
    out.push(d);
}
