//! The list of every field a template can read, generated from the view
//! types into `docs/sjabloonvelden.md` (a test keeps it current).

use super::CasusView;
use serde_json::Value;

/// The soort of a schema node as a template author reads it.
fn soort(node: &Value) -> String {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        return format!("`{}`", r.rsplit('/').next().unwrap_or(r));
    }
    if let Some(any) = node.get("anyOf").and_then(Value::as_array) {
        let parts: Vec<String> = any
            .iter()
            .filter(|n| n.get("type").and_then(Value::as_str) != Some("null"))
            .map(soort)
            .collect();
        return format!("{} of leeg", parts.join(" of "));
    }
    let kind = match node.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => {
            let ts: Vec<&str> = ts.iter().filter_map(Value::as_str).collect();
            if ts.contains(&"null") {
                let rest: Vec<&str> = ts.into_iter().filter(|t| *t != "null").collect();
                return format!("{} of leeg", dutch(&rest.join("/"), node));
            }
            ts.join("/")
        }
        _ => String::new(),
    };
    dutch(&kind, node)
}

fn dutch(kind: &str, node: &Value) -> String {
    match kind {
        "string" => "tekst".into(),
        "boolean" => "ja/nee".into(),
        "integer" => "getal".into(),
        "array" => format!(
            "lijst van {}",
            node.get("items").map_or_else(|| "waarden".into(), soort)
        ),
        "object" => match node.get("additionalProperties") {
            Some(v) if v.is_object() => format!("tabel naar {}", soort(v)),
            _ => "blok".into(),
        },
        other => other.to_string(),
    }
}

/// The Markdown page: one table per view, fields in declaration order.
pub fn docs_page() -> String {
    let schema = serde_json::to_value(schemars::schema_for!(CasusView)).unwrap_or_default();
    let mut out = String::from(
        "# Velden voor sjablonen\n\n\
         Gegenereerd uit de views (`src/render/views/types.rs`, met uitleg per veld);\n\
         bewerk deze pagina niet, maar draai `UPDATE_DOCS=1 cargo test --test cli docs`.\n\n\
         Een sjabloon krijgt `casus` (een `CasusView`) en `document`; Bijlage 3 ook\n\
         `overleg` (een `OverlegView`), een verwerkersovereenkomst `overeenkomst`\n\
         (een `OvereenkomstView`). Zie [sjablonen.md](sjablonen.md).\n",
    );
    let mut sections: Vec<(String, &Value)> = vec![("CasusView".to_string(), &schema)];
    if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
        sections.extend(defs.iter().map(|(k, v)| (k.clone(), v)));
    }
    for (name, def) in sections {
        let Some(props) = def.get("properties").and_then(Value::as_object) else {
            continue;
        };
        out.push_str(&format!("\n## `{name}`\n\n| veld | soort |\n|---|---|\n"));
        for (field, node) in props {
            out.push_str(&format!("| `{field}` | {} |\n", soort(node)));
        }
    }
    out
}
