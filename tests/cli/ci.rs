//! `check` for CI: the versioned JSON (docs/meldingen.schema.json),
//! GitHub Actions workflow commands, and SARIF 2.1.0 (checked against the
//! OASIS schema, tests/sarif-schema-2.1.0.json).

use crate::util::{bin, copy_casus, root};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example() -> PathBuf {
    root().join("casus/regio-voorbeeld")
}

/// A casus with errors, warnings and a file that is not YAML, next to a
/// folder that does not exist.
fn broken() -> (tempfile::TempDir, PathBuf) {
    let (tmp, casus) = copy_casus(&example(), "regio-kapot");
    let stromen = casus.join("stromen/mdo.yaml");
    let text = std::fs::read_to_string(&stromen).unwrap();
    std::fs::write(
        &stromen,
        text.replacen("kanaal: beveiligde-omgeving", "kanaal: email", 1),
    )
    .unwrap();
    (tmp, casus)
}

fn check(format: &str, dirs: &[&Path]) -> (i32, String) {
    let o = bin()
        .args(["check", "--format", format])
        .args(dirs)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

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

/// Validate `doc` against the schema at `schema` (relative to the repo).
fn validate(schema: &str, doc: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("doc.json");
    std::fs::write(&path, doc).unwrap();
    let out = Command::new(python_jsonschema())
        .arg(root().join("tests/valideer.py"))
        .arg(root().join(schema))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn json_has_the_documented_versioned_shape() {
    let (_tmp, kapot) = broken();
    let missing = kapot.with_file_name("bestaat-niet");
    let (code, out) = check("json", &[&example(), &kapot, &missing]);
    assert_eq!(code, 1);
    validate("docs/meldingen.schema.json", &out);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["version"], 1);
    let diags = doc["diagnostics"].as_array().unwrap();
    let count = |sev: &str| diags.iter().filter(|d| d["severity"] == sev).count();
    assert_eq!(doc["summary"]["casussen"], 3);
    assert_eq!(doc["summary"]["failed"], 2);
    assert_eq!(doc["summary"]["errors"], count("error"));
    assert_eq!(doc["summary"]["warnings"], count("warning"));
    assert_eq!(doc["summary"]["infos"], count("info"));
    assert_eq!(doc["casussen"][0]["passed"], true);
    assert_eq!(doc["casussen"][1]["passed"], false);
    let sec = diags.iter().find(|d| d["code"] == "SEC-01").unwrap();
    assert!(
        sec["casus"].as_str().unwrap().ends_with("regio-kapot"),
        "{sec}"
    );
    assert!(
        sec["file"].as_str().unwrap().ends_with("stromen/mdo.yaml"),
        "{sec}"
    );
    // A folder that does not exist has no line, but still its path.
    let lad = diags.iter().find(|d| d["code"] == "LAD-01").unwrap();
    assert!(
        lad["file"].as_str().unwrap().ends_with("bestaat-niet"),
        "{lad}"
    );
    assert!(lad["line"].is_null());
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let (_tmp, kapot) = broken();
    let missing = kapot.with_file_name("bestaat-niet");
    let (code, out) = check("sarif", &[&example(), &kapot, &missing]);
    assert_eq!(code, 1);
    validate("tests/sarif-schema-2.1.0.json", &out);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["version"], "2.1.0");
    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for r in convenant::rules::REGISTRY {
        let rule = rules.iter().find(|x| x["id"] == r.code).unwrap();
        assert_eq!(rule["shortDescription"]["text"], r.title);
        assert!(
            rule["help"]["text"].as_str().unwrap().contains(r.explain),
            "{}",
            r.code
        );
    }
    let results = run["results"].as_array().unwrap();
    let sec = results.iter().find(|r| r["ruleId"] == "SEC-01").unwrap();
    assert_eq!(sec["level"], "error");
    let i = sec["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[i]["id"], "SEC-01");
    let loc = &sec["locations"][0]["physicalLocation"];
    assert!(loc["region"]["startLine"].as_u64().unwrap() > 0);
    assert!(
        loc["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("stromen/mdo.yaml")
    );
}

#[test]
fn github_gives_one_workflow_command_per_diagnostic() {
    let (_tmp, kapot) = broken();
    let (code, out) = check("github", &[&example(), &kapot]);
    assert_eq!(code, 1);
    let (_, json) = check("json", &[&example(), &kapot]);
    let doc: Value = serde_json::from_str(&json).unwrap();
    let diags = doc["diagnostics"].as_array().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), diags.len());
    for (line, d) in lines.iter().zip(diags) {
        let command = match d["severity"].as_str().unwrap() {
            "error" => "::error ",
            "warning" => "::warning ",
            _ => "::notice ",
        };
        assert!(line.starts_with(command), "{line}");
        let code = d["code"].as_str().unwrap();
        assert!(line.contains(&format!(",title={code}::")), "{line}");
        assert!(
            line.ends_with(&format!("`convenant explain {code}`")),
            "{line}"
        );
    }
    let sec = lines.iter().find(|l| l.contains("title=SEC-01")).unwrap();
    assert!(sec.starts_with("::error file="), "{sec}");
    assert!(sec.contains("stromen/mdo.yaml,line="), "{sec}");
    assert!(sec.contains(",col="), "{sec}");
}

/// A value with a line break, `%`, `:` and `,` in a file name and a
/// message cannot end a command early or start one of its own.
#[test]
fn github_escapes_what_the_casus_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let casus = tmp.path().join("a:b,c%d");
    std::fs::create_dir_all(&casus).unwrap();
    std::fs::write(
        casus.join("x.yaml"),
        "doelen:\n  - id: \"a\\n::error::pwned 100%\"\n    omschrijving: x\n",
    )
    .unwrap();
    let (_, out) = check("github", &[&casus]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(!lines.is_empty());
    for line in &lines {
        assert!(line.starts_with("::"), "{line}");
        assert!(!line.contains("a:b,c%d"), "{line}");
    }
    let id = lines.iter().find(|l| l.contains("title=ID-01")).unwrap();
    assert!(id.contains("a%3Ab%2Cc%25d"), "{id}");
    assert!(!id.contains("pwned 100%`"), "{id}");
}
