//! The codes `render` raises after `check` accepted the casus (`SJB-*`,
//! `TYP-*`, `UIT-*`): one test per code, which makes the problem happen,
//! checks the exit code and pins the human output as a snapshot
//! (`maken-SJB-01.snap`), with the temporary folders written as `TMP`.

use crate::util::{bin, require_typst, root};
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    root().join("tests/fixtures/render")
}

/// `render` of the fixture with extra arguments; (exit code, stderr with
/// `tmp` written as `TMP`).
fn render(tmp: &Path, args: &[&str], env: &[(&str, &Path)]) -> (i32, String) {
    let mut cmd = bin();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(tmp.join("out"))
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stderr)
        .replace(&tmp.display().to_string(), "TMP")
        .replace(&root().display().to_string(), "ROOT");
    (o.status.code().unwrap_or(-1), text)
}

/// The error lines and what follows them, without progress and summary.
fn problem(stderr: &str, code: &str) -> String {
    let start = stderr
        .find(&format!("fout[{code}]"))
        .unwrap_or_else(|| panic!("no fout[{code}] in:\n{stderr}"));
    let rest = &stderr[start..];
    let end = rest.find("\n\n").map_or(rest.len(), |e| e + 1);
    let text = &rest[..end];
    // The summary line carries a duration; it is not part of the problem.
    text.lines()
        .take_while(|l| !l.contains(" gemaakt in "))
        .collect::<Vec<_>>()
        .join("\n")
}

fn templates(tmp: &Path, files: &[(&str, &str)]) -> PathBuf {
    let dir = tmp.join("sjablonen");
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn SJB_01() {
    let tmp = tempfile::tempdir().unwrap();
    let t = templates(tmp.path(), &[("convenant/artikel-doelen.md", "x\n")]);
    let t = t.to_str().unwrap();
    let (code, err) = render(tmp.path(), &["--format", "md", "--templates", t], &[]);
    assert_eq!(code, 1, "{err}");
    insta::assert_snapshot!("maken-SJB-01", problem(&err, "SJB-01"));
}

#[test]
fn SJB_02() {
    let tmp = tempfile::tempdir().unwrap();
    let t = templates(
        tmp.path(),
        &[("verwerkersovereenkomst.md", "# Alleen een titel\n")],
    );
    let t = t.to_str().unwrap();
    let (code, err) = render(tmp.path(), &["--format", "md", "--templates", t], &[]);
    assert_eq!(code, 1, "{err}");
    insta::assert_snapshot!("maken-SJB-02", problem(&err, "SJB-02"));
}

#[test]
fn SJB_03() {
    let tmp = tempfile::tempdir().unwrap();
    let t = templates(
        tmp.path(),
        &[(
            "convenant.md",
            "{% for i in range(end=1000) %}{% for j in range(end=1000) %}{% for k in range(end=10) %}x{% endfor %}{% endfor %}{% endfor %}\n",
        )],
    );
    let t = t.to_str().unwrap();
    let (code, err) = render(tmp.path(), &["--format", "md", "--templates", t], &[]);
    assert_eq!(code, 1, "{err}");
    insta::assert_snapshot!("maken-SJB-03", problem(&err, "SJB-03"));
}

#[test]
fn TYP_01() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = Path::new("/nonexistent/typst");
    let (code, err) = render(tmp.path(), &[], &[("TYPST", missing)]);
    assert_eq!(code, 3, "{err}");
    insta::assert_snapshot!("maken-TYP-01", problem(&err, "TYP-01"));
}

#[test]
fn TYP_02() {
    require_typst();
    let tmp = tempfile::tempdir().unwrap();
    let t = templates(
        tmp.path(),
        &[(
            "pagina.typ",
            "#let pagina(meta, body) = { panic(\"kapot sjabloon\") }\n",
        )],
    );
    let t = t.to_str().unwrap();
    let (code, err) = render(tmp.path(), &["--format", "pdf", "--templates", t], &[]);
    assert_eq!(code, 1, "{err}");
    let p = problem(&err, "TYP-02");
    assert!(p.contains("kapot sjabloon"), "{p}");
    // typst's own message names its temporary folder; pin our part only.
    let ours: Vec<&str> = p
        .lines()
        .filter(|l| l.starts_with("fout[") || l.starts_with("  = "))
        .collect();
    // Documents are set in parallel: which one fails first varies.
    let ours = ours.join("\n");
    let (head, tail) = ours.split_once("de PDF van `").unwrap();
    let tail = &tail[tail.find('`').unwrap()..];
    insta::assert_snapshot!("maken-TYP-02", format!("{head}de PDF van `DOCUMENT{tail}"));
}

#[test]
fn UIT_01() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out/render");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("convenant.md"), "mijn eigen tekst\n").unwrap();
    let (code, err) = render(tmp.path(), &["--format", "md"], &[]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("convenant.md")).unwrap(),
        "mijn eigen tekst\n"
    );
    insta::assert_snapshot!("maken-UIT-01", problem(&err, "UIT-01"));
}

#[test]
fn UIT_02() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a/render"), tmp.path().join("b/render"));
    crate::util::copy_into(&fixture(), &a);
    crate::util::copy_into(&fixture(), &b);
    let o = bin()
        .arg("render")
        .arg(&a)
        .arg(&b)
        .arg("--out")
        .arg(tmp.path().join("out"))
        .args(["--format", "md"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).replace(&tmp.path().display().to_string(), "TMP");
    assert_eq!(o.status.code(), Some(1), "{err}");
    insta::assert_snapshot!("maken-UIT-02", problem(&err, "UIT-02"));
}

/// Every code of the render phase has its test here.
#[test]
fn every_render_code_has_its_own_test() {
    let source = include_str!("maken.rs");
    for rule in convenant::rules::MAKEN {
        let name = format!("fn {}()", rule.code.replace('-', "_"));
        assert!(source.contains(&name), "add `{name}` to tests/cli/maken.rs");
    }
}

/// `check --templates` fills the templates in without writing: a broken
/// override is a registered code in `check --format json`, with its source.
#[test]
fn check_with_templates_reports_template_problems_as_json() {
    let tmp = tempfile::tempdir().unwrap();
    let broken = templates(
        tmp.path(),
        &[("verwerkersovereenkomst.md", "# Alleen een titel\n")],
    );
    let o = bin()
        .args(["check", "--format", "json", "--templates"])
        .arg(&broken)
        .arg(fixture())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let json = json["diagnostics"].as_array().unwrap();
    let d = json
        .iter()
        .find(|d| d["code"] == "SJB-02")
        .unwrap_or_else(|| panic!("no SJB-02 in {json:?}"));
    assert!(d["bron"].as_str().is_some_and(|b| b.contains("art. 28")));
    assert!(d["message"].as_str().unwrap().contains("avg-28-3-b"));
    assert!(!tmp.path().join("out").exists());
    // The built-in templates, overridden by a harmless copy, pass.
    let fine = tmp.path().join("goed");
    std::fs::create_dir_all(&fine).unwrap();
    let stijl = convenant::render::templates::DEFAULTS
        .iter()
        .find(|(n, _)| *n == "convenant.md")
        .unwrap()
        .1;
    std::fs::write(fine.join("convenant.md"), stijl).unwrap();
    let o = bin()
        .args(["check", "--templates"])
        .arg(&fine)
        .arg(fixture())
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
