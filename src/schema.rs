//! The JSON Schema of one casus file (draft-07, which yaml-language-server
//! understands), so editors can complete keys and enum values and show what
//! each key means.
//!
//! The Dutch text of each key is written once, on the model's field
//! (`#[schemars(extend("x-uitleg" = ...))]`); the model's doc comments are
//! English notes for developers and never reach the schema.

use crate::model::CasusFile;
use serde_json::{Map, Value};

/// Where the model writes a key's Dutch description.
const UITLEG: &str = "x-uitleg";

/// The formats draft-07 defines; any other (schemars writes `uint32` for a
/// `u32`) makes a strict validator such as ajv refuse the schema.
pub const DRAFT7_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

pub fn casus_schema() -> String {
    let schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<CasusFile>();
    let mut value = schema.to_value();
    tidy(&mut value);
    if let Value::Object(root) = &mut value {
        root.insert(
            "title".into(),
            Value::String("Casusbestand voor convenant".into()),
        );
        root.insert(
            "description".into(),
            Value::String(
                "Eén YAML-bestand van een casus. Naslag: docs/casusformaat.md; grondslagen: `convenant grondslagen`."
                    .into(),
            ),
        );
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// Drops what the doc comments put in (`title`, `description`), makes the
/// Dutch `x-uitleg` the `description`, and drops non-standard formats (the
/// range they stand for stays as `minimum`). `value` is a schema; the maps
/// of `properties` and `definitions` hold schemas by name.
fn tidy(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("title");
            map.remove("description");
            if let Some(uitleg) = map.remove(UITLEG) {
                map.insert("description".into(), uitleg);
            }
            drop_unknown_format(map);
            for (key, child) in map.iter_mut() {
                match (key.as_str(), child) {
                    ("properties" | "definitions", Value::Object(named)) => {
                        named.values_mut().for_each(tidy)
                    }
                    ("enum" | "const" | "default" | "required", _) => {}
                    (_, child) => tidy(child),
                }
            }
        }
        Value::Array(list) => list.iter_mut().for_each(tidy),
        _ => {}
    }
}

fn drop_unknown_format(map: &mut Map<String, Value>) {
    let known = map
        .get("format")
        .and_then(Value::as_str)
        .is_none_or(|f| DRAFT7_FORMATS.contains(&f));
    if !known {
        map.remove("format");
    }
}
