//! The JSON Schema for editors (`convenant schema`): a Dutch description on
//! every key, ids and catalogue ids checked, and strict Draft 7, so a
//! strict validator compiles it and accepts the example.

use crate::util::root;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Command;

fn schema() -> Value {
    serde_json::from_str(&convenant::schema::casus_schema()).unwrap()
}

/// Every `properties` entry anywhere in the schema, with its path.
fn properties(v: &Value, path: &str, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "properties"
                    && let Value::Object(props) = child
                {
                    for (name, prop) in props {
                        let here = format!("{path}.{name}");
                        out.push((here.clone(), prop.clone()));
                        properties(prop, &here, out);
                    }
                } else {
                    properties(child, &format!("{path}/{key}"), out);
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|c| properties(c, path, out)),
        _ => {}
    }
}

#[test]
fn every_property_has_a_dutch_description() {
    let mut props = Vec::new();
    properties(&schema(), "#", &mut props);
    assert!(props.len() > 150, "{} properties", props.len());
    let english = [" the ", " of the ", " and ", " is a ", " which ", " when "];
    for (path, prop) in &props {
        let d = prop["description"].as_str().unwrap_or("");
        assert!(d.len() > 10, "{path} has no description");
        let padded = format!(" {} ", d.to_lowercase());
        for word in english {
            assert!(!padded.contains(word), "{path}: English in {d:?}");
        }
    }
}

/// The Dutch text comes from the model, the English doc comments never.
#[test]
fn descriptions_come_from_the_model() {
    let s = schema();
    let stroom = &s["definitions"]["Stroom"]["properties"];
    assert!(
        stroom["kanaal"]["description"]
            .as_str()
            .unwrap()
            .contains("beveiligde-mail")
    );
    assert!(!s.to_string().contains("x-uitleg"));
    assert!(!s.to_string().contains("Providing party"));
}

#[test]
fn ids_have_a_pattern_and_catalogue_ids_an_enum() {
    let s = schema();
    let partij = &s["definitions"]["Partij"]["properties"];
    assert_eq!(
        partij["id"]["pattern"],
        "^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"
    );
    let taak = &s["definitions"]["Taak"]["properties"]["grondslag"];
    let text = taak.to_string();
    for id in ["avg-6-1-a", "avg-6-1-f"] {
        assert!(text.contains(id), "{id}: {text}");
    }
    assert!(!text.contains("avg-9-2-a"), "{text}");
    let stroom = &s["definitions"]["Stroom"]["properties"];
    assert!(stroom["uitzondering"].to_string().contains("\"avg-9-2-g\""));
    assert!(!stroom["uitzondering"].to_string().contains("\"avg-6-1-e\""));
    assert!(stroom["wet"].to_string().contains("\"lpw-16\""));
}

/// No keyword or format outside Draft 7 (schemars writes `uint32` for a
/// `u32`, which ajv in strict mode refuses).
#[test]
fn only_draft7_formats() {
    fn formats(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(f)) = map.get("format") {
                    out.push(f.clone());
                }
                map.values().for_each(|c| formats(c, out));
            }
            Value::Array(list) => list.iter().for_each(|c| formats(c, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    formats(&schema(), &mut found);
    assert!(found.contains(&"email".to_string()), "{found:?}");
    for f in &found {
        assert!(
            convenant::schema::DRAFT7_FORMATS.contains(&f.as_str()),
            "{f}"
        );
    }
}

/// The Python that has jsonschema: Debian's, not a pyenv one on PATH.
fn python_jsonschema() -> PathBuf {
    for python in ["/usr/bin/python3", "python3"] {
        let ok = Command::new(python)
            .args(["-c", "import jsonschema"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return python.into();
        }
    }
    panic!(
        "this test needs python3-jsonschema, which is not installed; install it with \
         `apt-get install python3-jsonschema` (or run `bash .ci/install-tools`)"
    );
}

/// A YAML file as the editor's language server reads it (YAML 1.2: a
/// date stays a string).
fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap()
}

/// A strict Draft 7 validator (python-jsonschema, with every keyword and
/// format checked as ajv's strict mode does) compiles the schema, accepts
/// every file of the example, and refuses typical mistakes.
#[test]
fn a_strict_draft7_validator_accepts_the_example() {
    let python = python_jsonschema();
    let tmp = tempfile::tempdir().unwrap();
    let schema_path = tmp.path().join("schema.json");
    std::fs::write(&schema_path, convenant::schema::casus_schema()).unwrap();
    let example = root().join("casus/regio-voorbeeld");
    let mut goed = Vec::new();
    for file in convenant::load::yaml_files(&example).unwrap() {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(&example).unwrap().display().to_string();
        goed.push(json!([name, yaml(&text)]));
    }
    assert!(goed.len() >= 10, "{goed:?}");
    let partij = |extra: &str| {
        yaml(&format!(
            "partijen:\n  - id: gemeente-a\n    naam: Gemeente A\n    soort: gemeente\n{extra}"
        ))
    };
    let fout = vec![
        json!([
            "id met hoofdletters",
            yaml("partijen:\n  - id: Gemeente-A\n    naam: A\n    soort: gemeente\n")
        ]),
        json!(["onbekende sleutel", partij("    kleur: blauw\n")]),
        json!([
            "grondslag van een taak uit art. 9",
            partij(
                "    taken:\n      - id: t\n        omschrijving: x\n        grondslag: avg-9-2-a\n"
            )
        ]),
        json!([
            "datum zonder nullen",
            yaml(
                "convenant:\n  titel: t\n  kenmerk: k\n  versie: '1'\n  datum: 2026-3-1\n  plaats: p\n"
            )
        ]),
        json!([
            "FG-adres zonder @",
            partij("    fg: { naam: F, email: fg at voorstad }\n")
        ]),
        json!(["ja in plaats van true", partij("    beroepsgeheim: ja\n")]),
    ];
    let cases = tmp.path().join("cases.json");
    std::fs::write(&cases, json!({ "goed": goed, "fout": fout }).to_string()).unwrap();
    let out = Command::new(python)
        .arg(root().join("tests/schema_toets.py"))
        .arg(&schema_path)
        .arg(&cases)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
