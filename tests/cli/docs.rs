//! Generated docs stay in step with the code.

use crate::util::root;

/// docs/regels.md is generated from the rule registry; it can't drift.
/// `UPDATE_DOCS=1 cargo test --test cli docs` rewrites it.
#[test]
fn rules_table_is_current() {
    let path = root().join("docs/regels.md");
    let want = convenant::rules::docs_table();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
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
