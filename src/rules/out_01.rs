//! OUT-01: every document gets a file name of its own.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{VASTE_STEMS, stem_bijlage_3, stem_verwerkersovereenkomst};
use crate::source::Loc;
use std::collections::BTreeMap;

pub(crate) const RULE: Rule = Rule {
    code: "OUT-01",
    severity: Severity::Error,
    title: "Twee documenten krijgen nooit dezelfde bestandsnaam.",
    explain: "Een verwerkersovereenkomst heet `verwerkersovereenkomst-<partij>-<verwerker>`. \
Omdat ids streepjes bevatten, kunnen twee verschillende paren dezelfde naam geven: partij \
`gemeente` met verwerker `voorstad-zaaksysteem` en partij `gemeente-voorstad` met verwerker \
`zaaksysteem`. Dan zou de ene overeenkomst de andere overschrijven en zou de index naar één \
bestand voor twee overeenkomsten wijzen. `check` weigert zo'n casus en noemt beide.\n\n\
Wat te doen: geef een van de twee verwerkers (of partijen) een ander id.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: Some(check),
};

/// Where a file name comes from, for the message.
struct Source {
    what: String,
    loc: Option<Loc>,
}

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    let mut names: BTreeMap<String, Source> = VASTE_STEMS
        .iter()
        .map(|s| {
            (
                (*s).to_string(),
                Source {
                    what: format!("het vaste document `{s}`"),
                    loc: None,
                },
            )
        })
        .collect();
    let mut claim = |name: String, source: Source, out: &mut Vec<Diagnostic>| {
        if let Some(first) = names.get(&name) {
            let eerder = first.loc.map_or(String::new(), |l| {
                format!(" (regel {}, kolom {})", l.line, l.column)
            });
            let mut d = RULE
                .report(format!(
                    "{} krijgt de bestandsnaam `{name}`, die al van {}{eerder} is: het ene document zou het andere overschrijven",
                    source.what, first.what
                ))
                .help("geef een van beide een ander id, zodat de namen verschillen");
            if let Some(loc) = source.loc {
                d = d.at(loc);
            }
            out.push(d);
        } else {
            names.insert(name, source);
        }
    };
    for o in &casus.casusoverleggen {
        claim(
            stem_bijlage_3(&o.id.value),
            Source {
                what: format!("de Bijlage 3 van casusoverleg `{}`", o.id.value),
                loc: Some(Loc::of(o.bestand, &o.id)),
            },
            out,
        );
    }
    for v in &casus.verwerkers {
        let mut mine = Vec::new();
        for p in &v.voor {
            // A party twice in `voor` is ID-03; one claim per party.
            if mine.contains(&p.value) || casus.partij(&p.value).is_none() {
                continue;
            }
            mine.push(p.value.clone());
            claim(
                stem_verwerkersovereenkomst(&p.value, &v.id.value),
                Source {
                    what: format!(
                        "de verwerkersovereenkomst van partij `{}` met verwerker `{}`",
                        p.value, v.id.value
                    ),
                    loc: Some(Loc::of(v.bestand, p)),
                },
                out,
            );
        }
    }
}
