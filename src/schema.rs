//! The JSON Schema of one casus file (draft-07, which yaml-language-server
//! understands), so editors can complete keys and enum values.

use crate::model::CasusFile;
use serde_json::Value;

pub fn casus_schema() -> String {
    let schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<CasusFile>();
    let mut value = schema.to_value();
    // The model's doc comments are English notes for developers; users get
    // the Dutch reference instead.
    strip_descriptions(&mut value);
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

fn strip_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("description");
            map.values_mut().for_each(strip_descriptions);
        }
        Value::Array(list) => list.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}
