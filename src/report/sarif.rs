//! `check --format sarif`: SARIF 2.1.0 (OASIS), the format GitHub code
//! scanning and other tools read. Every code of the registry is a rule
//! with its title, its explanation as help text and its source; every
//! finding a result with its place.

use super::{Casusverslag, full_text};
use crate::diagnostic::Severity;
use crate::rules;
use serde_json::{Value, json};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub fn render(verslagen: &[Casusverslag]) -> Value {
    let all: Vec<&rules::Rule> = rules::all().collect();
    let descriptors: Vec<Value> = all
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "shortDescription": { "text": r.title },
                "fullDescription": { "text": r.explain },
                "help": {
                    "text": format!("{}\n\nBron: {}\n\nMeer uitleg: `convenant explain {}`", r.explain, r.bron, r.code),
                },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "bron": r.bron },
            })
        })
        .collect();
    let mut results = Vec::new();
    for v in verslagen {
        for d in &v.checked.diagnostics {
            let mut result = json!({
                "ruleId": d.code,
                "level": level(d.severity),
                "message": { "text": full_text(d) },
                "properties": { "casus": v.casus(), "bron": d.bron },
            });
            if let Some(i) = all.iter().position(|r| r.code == d.code) {
                result["ruleIndex"] = json!(i);
            }
            let place = v.place(d);
            if let Some(file) = &place.file {
                let mut physical = json!({ "artifactLocation": { "uri": uri(file) } });
                if let (Some(line), Some(column)) = (place.line, place.column) {
                    physical["region"] = json!({ "startLine": line, "startColumn": column });
                }
                result["locations"] = json!([{ "physicalLocation": physical }]);
            }
            results.push(result);
        }
    }
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "convenant",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": descriptors,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// A path as a URI reference: relative paths stay relative (to the folder
/// `check` ran in), absolute ones become `file://` URIs; every byte
/// outside the unreserved characters and `/` is percent-encoded.
pub(crate) fn uri(path: &str) -> String {
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris() {
        assert_eq!(super::uri("casus/a b/x.yaml"), "casus/a%20b/x.yaml");
        assert_eq!(super::uri("/tmp/é.yaml"), "file:///tmp/%C3%A9.yaml");
    }
}
