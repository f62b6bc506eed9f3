//! PRC-07: a gemeente that sets the VNG standard aside says why.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{OvereenkomstModel, PartijSoort};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "PRC-07",
    severity: Severity::Warning,
    title: "Een gemeente die een eigen verwerkersovereenkomst gebruikt in plaats van de VNG-standaard, legt vast waarom.",
    explain: "Voor gemeenten is de Standaard Verwerkersovereenkomst Gemeenten van de VNG de \
norm. De VNG legde de standaard met ledenbrief Lbr. 19/033 voor aan haar algemene \
ledenvergadering van 5 juni 2019, met het voorstel haar per 1 januari 2020 voor de leden \
verbindend te verklaren; tot die datum gold pas toe of leg uit. Wie als gemeente de standaard \
niet of afwijkend gebruikt, moet dat volgens de VNG gemotiveerd vastleggen.\n\n\
Met `model: eigen` maakt convenant een volledige overeenkomst in eigen woorden, die artikel 28, \
tweede tot en met vierde lid, AVG en de clausules van Uitvoeringsbesluit (EU) 2021/915 dekt. \
Zonder `model_reden:` staat nergens waarom de gemeente van de norm afwijkt.\n\n\
Wat te doen: schrijf `model: vng` (convenant maakt dan de specificatie bij de standaard), of \
schrijf in `model_reden:` waarom de gemeente een eigen overeenkomst sluit.",
    bron: "VNG, ledenbrief Lbr. 19/033 „Gemeentelijke verwerkersovereenkomst verbindend per 1-1-2020” \
(voorstel aan de algemene ledenvergadering van 5 juni 2019; het besluit van de ALV zelf is niet \
geverifieerd); VNG, Standaard Verwerkersovereenkomst Gemeenten; artikel 28, derde lid, AVG",
    ontbrekend: false,
    check: Some(check),
};

/// The processor agreements this rule is about: `model: eigen` without a
/// reason, for at least one gemeente. PRC-06 leaves these to this rule.
pub(crate) fn geldt(facts: &Facts, v: &crate::model::Verwerker) -> bool {
    v.model_reden.is_none()
        && v.model
            .as_ref()
            .is_some_and(|m| m.value == OvereenkomstModel::Eigen)
        && v.voor.iter().any(|r| {
            facts
                .casus
                .partij(&r.value)
                .is_some_and(|p| p.soort.value == PartijSoort::Gemeente)
        })
}

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    for v in &facts.casus.verwerkers {
        if !geldt(facts, v) {
            continue;
        }
        let Some(m) = &v.model else { continue };
        let gemeenten: Vec<&str> = v
            .voor
            .iter()
            .filter(|r| {
                facts
                    .casus
                    .partij(&r.value)
                    .is_some_and(|p| p.soort.value == PartijSoort::Gemeente)
            })
            .map(|r| r.value.as_str())
            .collect();
        out.push(
            RULE.report(format!(
                "`{}` werkt voor `{}` met `model: eigen`, zonder `model_reden:`; voor gemeenten is de Standaard Verwerkersovereenkomst Gemeenten van de VNG de norm (VNG, ledenbrief Lbr. 19/033)",
                v.id.value,
                gemeenten.join("`, `")
            ))
            .at(Loc::of(v.bestand, m))
            .help("schrijf `model: vng`, of leg in `model_reden:` vast waarom de gemeente een eigen overeenkomst sluit"),
        );
    }
}
