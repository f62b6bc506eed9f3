//! IKC-01: a school (or anyone else) and a kinderopvang share data only with
//! consent or on a statutory basis, even when they share a building.

use super::Rule;
use crate::catalogue::{self, Soort};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{PartijSoort, Stroom};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "IKC-01",
    severity: Severity::Warning,
    title: "Een stroom van of naar een kinderopvang rust op toestemming of op een wet.",
    explain: "Een kinderopvang of buitenschoolse opvang (bso) is een eigen \
verwerkingsverantwoordelijke, ook als zij met een school in één gebouw of in een integraal \
kindcentrum (IKC) zit. Geen wet verplicht een school en een kinderopvang om gegevens over \
een kind met elkaar te delen; de overdracht van kinderdagverblijf naar basisschool en het \
contact tussen school en bso rusten daarom in de regel op toestemming van de ouders, \
vastgelegd met een toestemmingsformulier. Alleen een wettelijke plicht of een wettelijk \
meldrecht (zoals een melding bij Veilig Thuis) maakt toestemming overbodig.\n\n\
Wat te doen: laat de stroom rusten op toestemming (`grondslag: avg-6-1-a` met `toestemming: \
{ door: ..., vastgelegd: schriftelijk }`), of noem de wettelijke plicht of het meldrecht \
waarop hij rust. Deelt u een voorziening waarmee u samen doel en middelen bepaalt \
(bijvoorbeeld cameratoezicht in het gebouw), dan bent u gezamenlijk \
verwerkingsverantwoordelijke en maakt u daarover aparte afspraken (artikel 26 AVG).",
    bron: "Kennisnet, Aanpak IBP: „Uitwisselen van persoonsgegevens” (2021) (integraal kindcentrum en uitwisseling met kinderdagopvang en bso); artikelen 6, eerste lid, en 26 AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        if s.toestemming.is_some() || rests_on_statute(s) {
            continue;
        }
        let opvang = std::iter::once(&s.van)
            .chain(&s.naar)
            .filter_map(|id| casus.partij(&id.value))
            .find(|p| p.soort.value == PartijSoort::Kinderopvang);
        let Some(opvang) = opvang else { continue };
        let loc = match &s.grondslag {
            Some(g) => Loc::of(s.bestand, g),
            None => Loc::of(s.bestand, &s.id),
        };
        out.push(
            RULE.report(format!(
                "stroom `{}` gaat van of naar kinderopvang `{}` ({}) zonder toestemming en zonder wettelijke plicht of meldrecht",
                s.id.value, opvang.id.value, opvang.naam
            ))
            .at(loc)
            .help("geef de stroom `grondslag: avg-6-1-a` met `toestemming: { door: ouders-met-gezag, vastgelegd: schriftelijk }`"),
        );
    }
}

/// A legal obligation or public task (art. 6(1)(c)/(e)) or a statutory
/// reporting right: no consent needed.
fn rests_on_statute(s: &Stroom) -> bool {
    s.grondslag.as_ref().is_some_and(|g| {
        catalogue::needs_statute(&g.value)
            || catalogue::get(&g.value).is_some_and(|c| c.soort == Soort::Meldrecht)
    })
}
