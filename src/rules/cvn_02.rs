//! CVN-02: signing by volmacht needs a written authorisation, given to the swv.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::PartijSoort;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-02",
    severity: Severity::Error,
    title: "Een schoolbestuur dat bij volmacht tekent, geeft het samenwerkingsverband een schriftelijke machtiging.",
    explain: "In het model convenant tekenen de aangesloten schoolbesturen niet zelf: het \
samenwerkingsverband passend onderwijs vertegenwoordigt hen bij volmacht. Daarvoor geven de \
besturen het swv (bestuur of directeur) een schriftelijke machtiging. Zonder die machtiging \
is een schoolbestuur niet gebonden, en een volmacht aan een andere partij dan een \
samenwerkingsverband past niet in het model.\n\n\
Wat te doen: zet onder `volmacht:` `machtiging:` met het kenmerk of de datum van de \
schriftelijke machtiging, en laat `volmacht.partij` verwijzen naar het samenwerkingsverband. \
Tekent het schoolbestuur zelf, haal dan `volmacht:` weg.",
    bron: "Model Privacy Convenant Samenwerking Onderwijs-Gemeente(n)-Jeugdhulp, partijenblok, voetnoot 2 (schriftelijke machtiging)",
    ontbrekend: true,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for p in &casus.partijen {
        let Some(v) = &p.volmacht else { continue };
        let at = Loc::of(p.bestand, &v.partij);
        let gemachtigd = v
            .machtiging
            .as_ref()
            .is_some_and(|m| !m.value.trim().is_empty());
        if !gemachtigd {
            out.push(
                RULE.report(format!(
                    "partij `{}` tekent bij volmacht door `{}`, maar er is geen schriftelijke machtiging vastgelegd",
                    p.id.value, v.partij.value
                ))
                .at(at)
                .help("voeg onder `volmacht:` toe: `machtiging: <kenmerk of datum van de schriftelijke machtiging>`"),
            );
        }
        let Some(gevolmachtigde) = casus.partij(&v.partij.value) else {
            continue; // dangling: REF-01
        };
        if gevolmachtigde.soort.value != PartijSoort::Samenwerkingsverband {
            out.push(
                RULE.report(format!(
                    "partij `{}` geeft volmacht aan `{}`, een {}; in het convenant tekent alleen het samenwerkingsverband bij volmacht",
                    p.id.value,
                    v.partij.value,
                    gevolmachtigde.soort.value.label()
                ))
                .at(at)
                .help("laat `volmacht.partij` verwijzen naar het samenwerkingsverband, of laat de partij zelf tekenen en haal `volmacht:` weg"),
            );
        }
    }
}
