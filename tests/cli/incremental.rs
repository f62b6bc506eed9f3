//! `convenant render` does only what changed: an unchanged rerun writes no
//! file, `--force` rewrites all, a changed value recompiles only the PDFs of
//! the documents it is in; and with no CASUS every casus under ./casus.

use crate::util::{bin, copy_casus, files, require_typst, root};
use std::collections::BTreeMap;
use std::path::Path;

fn render(casus: &Path, out: &Path, extra: &[&str]) -> String {
    let o = bin()
        .arg("render")
        .arg(casus)
        .arg("--out")
        .arg(out)
        .args(["--format", "md,html,pdf,typ"])
        .args(extra)
        .output()
        .expect("convenant runs");
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(0), "{err}");
    err
}

/// How many documents `dir` holds: one typst source per PDF.
fn typst_sources(dir: &Path) -> usize {
    files(dir).keys().filter(|n| n.ends_with(".typ")).count()
}

/// Every file under `dir` (hidden ones too) → (inode, mtime).
#[cfg(unix)]
fn identities(dir: &Path) -> BTreeMap<String, (u64, std::time::SystemTime)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            let m = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                (m.ino(), m.modified().unwrap()),
            )
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn an_unchanged_rerun_writes_nothing_and_force_rewrites_everything() {
    require_typst();
    let (_tmp, casus) = copy_casus(&root().join("tests/fixtures/render"), "render");
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("render");
    let first = render(&casus, out.path(), &[]);
    let n = typst_sources(&dir);
    assert!(n >= 6, "only {n} documents");
    assert!(
        first.contains(&format!("{n} PDF's gezet, 0 ongewijzigd")),
        "{first}"
    );
    let before = identities(&dir);
    let bytes = files(&dir);
    // Coarse file-system clocks would hide a rewrite in the mtime; the
    // inode shows it anyway (every write is a rename of a new file).
    std::thread::sleep(std::time::Duration::from_millis(20));

    let again = render(&casus, out.path(), &[]);
    assert!(
        again.contains(&format!("0 PDF's gezet, {n} ongewijzigd")),
        "{again}"
    );
    assert!(again.contains("0 bestanden geschreven"), "{again}");
    assert_eq!(identities(&dir), before, "an unchanged rerun touched files");
    assert_eq!(files(&dir), bytes);

    let forced = render(&casus, out.path(), &["--force"]);
    assert!(
        forced.contains(&format!("{n} PDF's gezet, 0 ongewijzigd")),
        "{forced}"
    );
    let after = identities(&dir);
    for (name, id) in &before {
        if name != ".convenant-manifest" {
            assert_ne!(after[name], *id, "--force left {name} alone");
        }
    }
    assert_eq!(files(&dir), bytes, "--force changed bytes");
}

#[cfg(unix)]
#[test]
fn a_changed_value_recompiles_only_the_documents_it_is_in() {
    require_typst();
    let (_tmp, casus) = copy_casus(&root().join("tests/fixtures/render"), "render");
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("render");
    render(&casus, out.path(), &[]);
    let before = identities(&dir);
    let old = files(&dir);

    let overleg = casus.join("overleg.yaml");
    let text = std::fs::read_to_string(&overleg).unwrap();
    assert!(text.contains("naam: Hosting B.V."));
    std::fs::write(
        &overleg,
        text.replace("naam: Hosting B.V.", "naam: Opslag Noord B.V."),
    )
    .unwrap();
    let err = render(&casus, out.path(), &[]);
    let new = files(&dir);
    let after = identities(&dir);

    let (mut changed, mut same) = (0, 0);
    for name in old.keys().filter(|n| n.ends_with(".typ")) {
        let pdf = name.replace(".typ", ".pdf");
        if old[name] == new[name] {
            same += 1;
            assert_eq!(
                after[&pdf], before[&pdf],
                "{pdf} was remade, its source is the same"
            );
        } else {
            changed += 1;
            assert_ne!(after[&pdf], before[&pdf], "{pdf} was not remade");
        }
    }
    assert!(changed >= 1 && same >= 1, "{changed} changed, {same} same");
    assert!(
        err.contains(&format!("{changed} PDF's gezet, {same} ongewijzigd")),
        "{err}"
    );
}

#[test]
fn a_pdf_replaced_or_removed_by_hand_is_made_again() {
    require_typst();
    let out = tempfile::tempdir().unwrap();
    let fixture = root().join("tests/fixtures/render");
    render(&fixture, out.path(), &[]);
    let dir = out.path().join("render");
    let original = std::fs::read(dir.join("dpia.pdf")).unwrap();
    std::fs::write(dir.join("dpia.pdf"), b"%PDF-1.7 iets anders").unwrap();
    std::fs::remove_file(dir.join("convenant.pdf")).unwrap();
    let err = render(&fixture, out.path(), &[]);
    let rest = typst_sources(&dir) - 2;
    assert!(
        err.contains(&format!("2 PDF's gezet, {rest} ongewijzigd")),
        "{err}"
    );
    assert_eq!(std::fs::read(dir.join("dpia.pdf")).unwrap(), original);
    assert!(dir.join("convenant.pdf").is_file());
}

#[test]
fn without_casus_every_casus_under_casus_is_rendered_quietly() {
    let work = tempfile::tempdir().unwrap();
    let fixture = root().join("tests/fixtures/render");
    for name in ["noord", "zuid", "west"] {
        let (_tmp, copy) = copy_casus(&fixture, name);
        let target = work.path().join("casus").join(name);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::rename(&copy, &target).unwrap();
    }
    let o = bin()
        .current_dir(work.path())
        .args(["render", "--format", "md,html", "--jobs", "2"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    for name in ["noord", "zuid", "west"] {
        assert!(
            work.path()
                .join("out")
                .join(name)
                .join("index.html")
                .is_file()
        );
    }
    // Not a terminal: no progress lines, one summary line.
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("3 casussen gemaakt in out"), "{err}");
    // The same bytes as one casus rendered alone.
    let alone = tempfile::tempdir().unwrap();
    let (_tmp, noord) = copy_casus(&fixture, "noord");
    let o = bin()
        .arg("render")
        .arg(&noord)
        .arg("--out")
        .arg(alone.path())
        .args(["--format", "md,html"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        files(&alone.path().join("noord")),
        files(&work.path().join("out/noord"))
    );
}

#[test]
fn jobs_must_be_at_least_one() {
    let o = bin()
        .args(["render", "--jobs", "0", "--format", "md"])
        .arg(root().join("tests/fixtures/render"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn two_casussen_with_one_folder_name_do_not_write_over_each_other() {
    let fixture = root().join("tests/fixtures/render");
    let (_a, first) = copy_casus(&fixture, "regio");
    let (_b, second) = copy_casus(&fixture, "regio");
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("render")
        .arg(&first)
        .arg(&second)
        .arg("--out")
        .arg(out.path())
        .args(["--format", "md"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("schrijft ook naar"), "{err}");
    assert!(out.path().join("regio/convenant.md").is_file());
}

/// A line added by hand to a generated file is not overwritten: the render
/// stops, names the file and writes nothing; `--force` overwrites it.
#[test]
fn a_file_edited_by_hand_is_not_overwritten_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let casus = root().join("casus/regio-voorbeeld");
    let run = |extra: &[&str]| {
        bin()
            .arg("render")
            .arg(&casus)
            .arg("--out")
            .arg(&out)
            .args(["--format", "md,html"])
            .args(extra)
            .output()
            .unwrap()
    };
    assert!(run(&[]).status.success());
    let md = out.join("regio-voorbeeld/convenant.md");
    let html = out.join("regio-voorbeeld/dpia.html");
    let mut edited = std::fs::read_to_string(&md).unwrap();
    edited.push_str("\nEen regel van de jurist.\n");
    std::fs::write(&md, &edited).unwrap();
    let before_html = std::fs::read(&html).unwrap();
    std::fs::write(&html, b"<p>eigen</p>").unwrap();

    let o = run(&[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("UIT-01"), "{err}");
    assert!(err.contains("`convenant.md`"), "{err}");
    assert!(err.contains("`dpia.html`"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&md).unwrap(), edited, "kept");

    // Unchanged files are still no problem, and --force writes ours again.
    let o = run(&["--force"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        !std::fs::read_to_string(&md)
            .unwrap()
            .contains("van de jurist")
    );
    assert_eq!(std::fs::read(&html).unwrap(), before_html);
    assert!(run(&[]).status.success());
}

/// With one invalid casus among several, the valid ones are made, the
/// invalid one is named as skipped, and the exit code is 1.
#[test]
fn one_invalid_casus_does_not_stop_the_others() {
    let work = tempfile::tempdir().unwrap();
    let fixture = root().join("tests/fixtures/render");
    for name in ["noord", "zuid"] {
        let (_tmp, copy) = copy_casus(&fixture, name);
        let target = work.path().join("casus").join(name);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::rename(&copy, &target).unwrap();
    }
    // zuid loses its convenant block: CVN-00.
    std::fs::remove_file(work.path().join("casus/zuid/convenant.yaml")).unwrap();
    let o = bin()
        .current_dir(work.path())
        .args(["render", "--format", "md,html"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(work.path().join("out/noord/index.html").is_file(), "{err}");
    assert!(!work.path().join("out/zuid").exists(), "{err}");
    assert!(err.contains("zuid: afgekeurd"), "{err}");
    assert!(
        err.contains("1 casus gemaakt in out, 1 casus overgeslagen wegens fouten"),
        "{err}"
    );
}
