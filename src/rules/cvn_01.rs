//! CVN-01: a joining party counts only once its accession is signed and made known.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::Ref;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-01",
    severity: Severity::Error,
    title: "Een toetredende partij doet pas mee na ondertekening én bekendmaking van Bijlage 1.",
    explain: "Een jeugdhulpaanbieder (of andere partij) die na de ondertekening aansluit, wordt \
pas partij bij het convenant als zij het toetredingsformulier (Bijlage 1) heeft ondertekend \
én dat formulier bekend is gemaakt aan de deelnemers van het casusoverleg waaraan zij gaat \
deelnemen. Pas dan neemt zij aan het overleg deel. Tot dat moment gelden de afspraken van het \
convenant niet voor haar, en mag er op grond van het convenant geen uitwisseling met haar zijn.\n\n\
Wat te doen: zet bij `toetreding:` ook `bekendgemaakt:` (de datum waarop Bijlage 1 aan de \
deelnemers is bekendgemaakt), en laat stromen van of naar de partij niet eerder beginnen: \
zet `vanaf:` op de stroom op of na beide datums.",
    bron: "Model Privacy Convenant Samenwerking Onderwijs-Gemeente(n)-Jeugdhulp, partijenblok (aangesloten partijen, Bijlage 1)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let convenant_datum = casus.convenant.as_ref().map(|c| c.value.value.datum);
    for p in &casus.partijen {
        let Some(t) = &p.toetreding else { continue };
        let toetreding = &t.value;
        if toetreding.bekendgemaakt.is_none() {
            out.push(
                RULE.report(format!(
                    "partij `{}` treedt toe op {}, maar `toetreding:` zegt niet wanneer Bijlage 1 aan de deelnemers is bekendgemaakt",
                    p.id.value, toetreding.datum
                ))
                .at(Loc::of(p.bestand, t))
                .help("voeg `bekendgemaakt: JJJJ-MM-DD` toe aan `toetreding:`"),
            );
        }
        // The first day the party counts as a party.
        let lid_vanaf = toetreding
            .bekendgemaakt
            .map_or(toetreding.datum, |b| b.max(toetreding.datum));
        for s in &casus.stromen {
            let Some(begin) = s.vanaf.as_ref().map(|v| v.value).or(convenant_datum) else {
                continue;
            };
            if begin >= lid_vanaf {
                continue;
            }
            let refs: Vec<&Ref> = std::iter::once(&s.van)
                .chain(&s.naar)
                .filter(|r| r.value == p.id.value)
                .collect();
            for r in refs {
                let waarom = if begin < toetreding.datum {
                    format!("`{}` treedt pas toe op {}", p.id.value, toetreding.datum)
                } else {
                    format!(
                        "Bijlage 1 van `{}` is pas op {lid_vanaf} bekendgemaakt",
                        p.id.value
                    )
                };
                out.push(
                    RULE.report(format!(
                        "stroom `{}` met `{}` begint op {begin}, maar {waarom}",
                        s.id.value, p.id.value
                    ))
                    .at(Loc::of(s.bestand, r))
                    .help(format!(
                        "zet `vanaf: {lid_vanaf}` (of later) op stroom `{}`",
                        s.id.value
                    )),
                );
            }
        }
    }
}
