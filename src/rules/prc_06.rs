//! PRC-06: processor agreements follow the sector model (comply or explain).

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{OvereenkomstModel, PartijSoort};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PRC-06",
    severity: Severity::Warning,
    title: "Een verwerkersovereenkomst volgt het model van de sector: VNG voor gemeenten, Privacyconvenant voor scholen.",
    explain: "Gemeenten gebruiken in beginsel de Standaard Verwerkersovereenkomst Gemeenten van \
de VNG; wie daarvan afwijkt, motiveert dat en legt het vast (pas toe of leg uit). Schoolbesturen \
gebruiken het model verwerkersovereenkomst van het Privacyconvenant Onderwijs (versie 4.0 \
voor deelnemers van het convenant, het algemene model voor anderen). Een eigen model is niet \
verboden, maar moet dan alle punten van artikel 28, derde lid, AVG dekken en de afwijking \
moet verantwoord worden.\n\n\
Wat te doen: schrijf `model: vng` bij een verwerker van een gemeente en `model: \
privacyconvenant` bij een verwerker van een schoolbestuur. Blijft het `eigen`, schrijf dan \
in `model_reden:` waarom van het model wordt afgeweken.",
    bron: "VNG, Standaard Verwerkersovereenkomst Gemeenten; Privacyconvenant Onderwijs, model verwerkersovereenkomst 4.0; artikel 28, derde lid, AVG",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for v in &casus.verwerkers {
        // A gemeente on `model: eigen` without a reason is PRC-07's.
        if super::prc_07::geldt(facts, v) {
            continue;
        }
        // The models that fit the controllers this processor works for.
        let mut passend: Vec<(OvereenkomstModel, &str)> = Vec::new();
        for r in &v.voor {
            let fit = match casus.partij(&r.value).map(|p| p.soort.value) {
                Some(PartijSoort::Gemeente) => (OvereenkomstModel::Vng, "vng"),
                Some(PartijSoort::Schoolbestuur) => {
                    (OvereenkomstModel::Privacyconvenant, "privacyconvenant")
                }
                _ => continue,
            };
            if !passend.contains(&fit) {
                passend.push(fit);
            }
        }
        if passend.is_empty()
            || v.model_reden.is_some()
            || v.model
                .as_ref()
                .is_some_and(|m| passend.iter().any(|(p, _)| *p == m.value))
        {
            continue;
        }
        let namen: Vec<String> = passend
            .iter()
            .map(|(_, n)| format!("`model: {n}`"))
            .collect();
        let voor: Vec<&str> = v.voor.iter().map(|r| r.value.as_str()).collect();
        let (wat, at) = match &v.model {
            Some(m) => (
                format!("volgt `model: {}`", name(m.value)),
                Loc::of(v.bestand, m),
            ),
            None => ("noemt geen model".to_string(), Loc::of(v.bestand, &v.id)),
        };
        out.push(
            RULE.report(format!(
                "de verwerkersovereenkomst van `{}` (voor `{}`) {wat}; het model van de sector is {}",
                v.id.value,
                voor.join("`, `"),
                namen.join(" of ")
            ))
            .at(at)
            .help(format!(
                "schrijf {}, of leg in `model_reden:` vast waarom van het sectormodel wordt afgeweken",
                namen.join(" of ")
            )),
        );
    }
}

fn name(m: OvereenkomstModel) -> &'static str {
    match m {
        OvereenkomstModel::Privacyconvenant => "privacyconvenant",
        OvereenkomstModel::Vng => "vng",
        OvereenkomstModel::Eigen => "eigen",
    }
}
