//! SPC-01: special-category data need an exception to the ban of art. 9(1).

use super::Rule;
use crate::catalogue::{self, Soort};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::GegevenSoort;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "SPC-01",
    severity: Severity::Error,
    title: "Een stroom met bijzondere persoonsgegevens noemt een uitzondering uit artikel 9, tweede lid, AVG of de UAVG.",
    explain: "Bijzondere persoonsgegevens (zoals gezondheid, waaronder gedrag en gezinsfactoren \
in ruime zin) mogen niet verwerkt worden (artikel 9, eerste lid, AVG), tenzij een uitzondering \
van artikel 9, tweede lid, AVG of de UAVG (artikelen 22 tot en met 30) van toepassing is, of \
een wettelijk meldrecht. Een grondslag uit artikel 6 is daarnaast nodig, maar niet genoeg.\n\n\
Wat te doen: zet `uitzondering:` op de stroom, bijvoorbeeld `avg-9-2-a` (uitdrukkelijke \
toestemming) of `uavg-30-3` (hulpverlening), of verstrek de bijzondere gegevens niet.",
    bron: "artikel 9 AVG; artikelen 22-30 UAVG; Steunpunt Passend Onderwijs: „Privacy en gegevensuitwisseling” (veelgestelde vragen); Model DPIA Rijksdienst §12",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let exception_fits = s.uitzondering.as_ref().is_some_and(|u| {
            catalogue::get(&u.value).is_some_and(|g| {
                matches!(g.soort, Soort::Avg9 | Soort::Uavg | Soort::Meldrecht)
                    && !matches!(
                        u.value.as_str(),
                        "uavg-31" | "uavg-32" | "uavg-33" | "uavg-46"
                    )
            })
        });
        if exception_fits {
            continue;
        }
        for r in &s.gegevens {
            let Some(g) = casus.gegeven(&r.value) else {
                continue;
            };
            if g.soort.value == GegevenSoort::Bijzonder {
                out.push(
                    RULE.report(format!(
                        "stroom `{}` verstrekt bijzondere persoonsgegevens `{}` zonder uitzondering op het verbod van artikel 9 AVG",
                        s.id.value, r.value
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help("zet `uitzondering:` op de stroom, bijvoorbeeld `avg-9-2-a` met `toestemming:`, of `uavg-30-3` voor hulpverlening"),
                );
            }
        }
    }
}
