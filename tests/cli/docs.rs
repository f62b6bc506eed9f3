//! Generated docs stay in step with the code.

use crate::util::root;

fn current(path: &str, want: &str) -> bool {
    let path = root().join(path);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, want).unwrap();
    }
    std::fs::read_to_string(&path).unwrap_or_default() == want
}

/// docs/casus.schema.json is the schema of the model; it can't drift.
#[test]
fn schema_is_current() {
    assert!(
        current("docs/casus.schema.json", &convenant::schema::casus_schema()),
        "docs/casus.schema.json is stale: run `UPDATE_DOCS=1 cargo test --test cli docs`"
    );
}

/// The schema accepts what the example uses: every key of the example is known to it.
#[test]
fn schema_names_the_keys_of_the_format() {
    let schema: serde_json::Value =
        serde_json::from_str(&convenant::schema::casus_schema()).unwrap();
    let text = schema.to_string();
    for key in [
        "partijen",
        "stromen",
        "toestemming",
        "geheimhouding",
        "model_reden",
        "leeftijden",
    ] {
        assert!(
            text.contains(&format!("\"{key}\"")),
            "{key} missing from the schema"
        );
    }
    assert_eq!(schema["additionalProperties"], false);
}

/// docs/regels.md is generated from the rule registry; it can't drift.
/// `UPDATE_DOCS=1 cargo test --test cli docs` rewrites it.
#[test]
fn rules_table_is_current() {
    assert!(
        current("docs/regels.md", &convenant::rules::docs_table()),
        "docs/regels.md is stale: run `UPDATE_DOCS=1 cargo test --test cli docs`"
    );
}

/// docs/sjablonen.md names every built-in template, so a region can find it.
#[test]
fn template_guide_names_every_template() {
    let guide = std::fs::read_to_string(root().join("docs/sjablonen.md")).unwrap();
    for (name, _) in convenant::render::templates::DEFAULTS {
        assert!(
            guide.contains(&format!("`{name}`")),
            "docs/sjablonen.md does not mention the template `{name}`"
        );
    }
}

/// Sources a user can look up: a law article or a publication by title and
/// publisher, never a file or note of the project's own making.
#[test]
fn every_source_is_one_a_user_can_look_up() {
    let internal = [
        "seed",
        "reference.md",
        "stack notes",
        "design.md",
        "../shared",
    ];
    for rule in convenant::rules::REGISTRY {
        assert!(!rule.bron.trim().is_empty(), "{} has no source", rule.code);
        let lower = rule.bron.to_lowercase();
        for word in internal {
            assert!(
                !lower.contains(word),
                "{}: `{}` cites {word}",
                rule.code,
                rule.bron
            );
        }
    }
    for dir in ["src", "templates", "docs"] {
        for entry in walkdir::WalkDir::new(crate::util::root().join(dir)) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() {
                continue;
            }
            let text = std::fs::read_to_string(entry.path())
                .unwrap_or_default()
                .to_lowercase();
            for word in [
                "seed 0",
                "seeds 0",
                "reference.md",
                "stack notes",
                "../shared",
            ] {
                assert!(
                    !text.contains(word),
                    "{} refers to `{word}`, which a user cannot look up",
                    entry.path().display()
                );
            }
        }
    }
}

/// Templates make no legal decision on a display label, a free text or a
/// catalogue id: they compare only the casus spelling of a fixed value
/// (a field ending in `_id`, or a list of those such as `soorten`), and
/// decisions are typed fields of the views (`dpia.verplicht`, `s.meldrecht`).
#[test]
fn templates_decide_on_typed_fields_only() {
    let mut bad = Vec::new();
    for (name, text) in convenant::render::templates::DEFAULTS {
        for (i, line) in text.lines().enumerate() {
            let mut rest = line;
            while let Some(at) = rest.find('"') {
                let after = &rest[at + 1..];
                let Some(end) = after.find('"') else { break };
                let literal = &after[..end];
                let before = rest[..at].trim_end();
                let tail = after[end + 1..].trim_start();
                let compared = before.ends_with("==") || before.ends_with("!=");
                let member = tail.starts_with("in ");
                if compared || member {
                    // The other side of the comparison.
                    let other = if compared {
                        before
                            .trim_end_matches(['=', '!'])
                            .trim_end()
                            .rsplit([' ', '(', '{'])
                            .next()
                            .unwrap_or("")
                    } else {
                        tail[3..].split([' ', '%', '}']).next().unwrap_or("")
                    };
                    let typed = other.ends_with("_id")
                        || other == "soorten"
                        || (member
                            && tail[3..].trim_start().starts_with('[')
                            && tail.contains("_id for"));
                    if !typed {
                        bad.push(format!(
                            "{name}:{}: `\"{literal}\"` against `{other}`",
                            i + 1
                        ));
                    }
                }
                rest = &after[end + 1..];
            }
        }
    }
    assert!(
        bad.is_empty(),
        "templates deciding on labels or free text:\n{}",
        bad.join("\n")
    );
}

/// docs/sjabloonvelden.md is generated from the view types; it can't drift.
#[test]
fn template_fields_page_is_current() {
    assert!(
        current(
            "docs/sjabloonvelden.md",
            &convenant::render::views::docs_page()
        ),
        "docs/sjabloonvelden.md is stale: run `UPDATE_DOCS=1 cargo test --test cli docs`"
    );
}
