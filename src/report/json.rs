//! `check --format json`: one JSON document, described by
//! `docs/meldingen.schema.json`. `version` changes only when a key changes
//! meaning or goes away; new keys may be added within a version.

use super::{Casusverslag, Tally};
use crate::diagnostic::{self, Diagnostic};
use serde_json::{Value, json};

/// The version of the shape below.
pub const VERSION: u64 = 1;

pub fn render(verslagen: &[Casusverslag]) -> Value {
    let mut meldingen = Vec::new();
    let mut casussen = Vec::new();
    for v in verslagen {
        let t = Tally::of(&v.checked.diagnostics);
        casussen.push(json!({
            "casus": v.casus(),
            "passed": v.passed,
            "errors": t.errors,
            "warnings": t.warnings,
            "infos": t.infos,
        }));
        meldingen.extend(v.checked.diagnostics.iter().map(|d| melding(v, d)));
    }
    let t = Tally::of(verslagen.iter().flat_map(|v| &v.checked.diagnostics));
    json!({
        "version": VERSION,
        "summary": {
            "casussen": verslagen.len(),
            "failed": verslagen.iter().filter(|v| !v.passed).count(),
            "errors": t.errors,
            "warnings": t.warnings,
            "infos": t.infos,
        },
        "casussen": casussen,
        "diagnostics": meldingen,
    })
}

fn melding(v: &Casusverslag, d: &Diagnostic) -> Value {
    let mut value =
        serde_json::to_value(diagnostic::to_json(d, &v.checked.sources)).unwrap_or(Value::Null);
    value["casus"] = json!(v.casus());
    value
}
