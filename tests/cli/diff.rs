//! `convenant diff OUD NIEUW`: what a change to a casus means legally.

use crate::util::{bin, copy_casus, root};
use std::path::Path;
use std::process::Command;

const OUD: &str = "tests/fixtures/diff/oud";
const NIEUW: &str = "tests/fixtures/diff/nieuw";

fn diff(args: &[&str]) -> (i32, String, String) {
    let out = bin()
        .arg("diff")
        .args(args)
        .output()
        .expect("convenant runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn diff_json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = diff(&all);
    let json = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}): {stdout}\n{stderr}"));
    (code, json)
}

#[test]
fn a_joining_party_health_data_and_a_processor_abroad_are_named_with_their_consequences() {
    let (code, stdout, stderr) = diff(&[OUD, NIEUW]);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    for expected in [
        // The changes, by id.
        "+ ggd-a (GGD A): nieuw",
        "toetreding: getekend 2026-06-01, bekendgemaakt 2026-06-08",
        "~ verzuimmelding (school-a → gemeente-a, S1): gewijzigd",
        "gezondheid (bijzonder: gezondheid)",
        "uitzondering: (niet ingevuld) → avg-9-2-a",
        "~ leerlingvolgsysteem (EduVolg B.V.): gewijzigd",
        "locatie: EER (Nederland) → Verenigde Staten",
        // Who signs.
        "bijlage-1-toetreding: ggd-a",
        "convenant: gemeente-a, ggd-a, school-a",
        "artikel Wijzigingen, lid 1",
        "verwerkersovereenkomst-school-a-leerlingvolgsysteem: school-a en EduVolg B.V.",
        // The DPIA.
        "DPIA: opnieuw beoordelen (artikel 35, elfde lid, AVG)",
        "de stroom `verzuimmelding` (S1) deelt bijzondere of strafrechtelijke persoonsgegevens",
        "`gemeente-a` ontvangt nu bijzondere",
        "verwerker `leerlingvolgsysteem` verwerkt de gegevens buiten de EER: Verenigde Staten",
        // Documents, made and compared.
        "(beide versies gemaakt en vergeleken)",
        "    convenant\n",
        "    dpia\n",
    ] {
        assert!(
            stdout.contains(expected),
            "missing {expected:?} in:\n{stdout}"
        );
    }
}

#[test]
fn json_has_stable_fields_for_ci() {
    let (code, json) = diff_json(&[OUD, NIEUW]);
    assert_eq!(code, 1);
    assert_eq!(json["gewijzigd"], true);
    assert_eq!(json["oud"]["bron"], OUD);
    assert_eq!(json["nieuw"]["fouten"], 0);
    let w = json["wijzigingen"].as_array().unwrap();
    let ids: Vec<(&str, &str, &str)> = w
        .iter()
        .map(|w| {
            (
                w["onderdeel"].as_str().unwrap(),
                w["id"].as_str().unwrap(),
                w["soort"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("partij", "ggd-a", "toegevoegd"),
            ("gegeven", "gezondheid", "toegevoegd"),
            ("stroom", "verzuimmelding", "gewijzigd"),
            ("verwerker", "leerlingvolgsysteem", "gewijzigd"),
        ]
    );
    assert_eq!(w[2]["nummer_oud"], "S1");
    assert_eq!(w[2]["nummer_nieuw"], "S1");
    let g = &json["gevolgen"];
    assert_eq!(g["documenten_bepaald"], "gemaakt");
    assert_eq!(g["dpia"]["herbeoordelen"], true);
    assert_eq!(
        g["verwerkersovereenkomsten"],
        serde_json::json!(["verwerkersovereenkomst-school-a-leerlingvolgsysteem"])
    );
    let docs: Vec<&str> = g["documenten"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["document"].as_str().unwrap())
        .collect();
    for stem in ["convenant", "bijlage-1-toetreding", "dpia"] {
        assert!(docs.contains(&stem), "{docs:?}");
    }
    let signers: Vec<&str> = g["ondertekening"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["document"].as_str().unwrap())
        .collect();
    assert!(signers.contains(&"bijlage-1-toetreding"), "{signers:?}");
}

#[test]
fn identical_sides_exit_0() {
    let (code, stdout, _) = diff(&[OUD, OUD]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("Geen wijzigingen"), "{stdout}");
    let (code, json) = diff_json(&[OUD, OUD]);
    assert_eq!(code, 0);
    assert_eq!(json["gewijzigd"], false);
    assert_eq!(json["wijzigingen"], serde_json::json!([]));
}

#[test]
fn reordering_and_reformatting_is_no_change() {
    let (code, stdout, _) = diff(&[OUD, "tests/fixtures/diff/herschikt"]);
    assert_eq!(code, 0, "{stdout}");
    // Flows of the example in another file order: other S-numbers, the same ids.
    let (_tmp, dir) = copy_casus(&root().join("casus/regio-voorbeeld"), "regio");
    std::fs::rename(
        dir.join("stromen/mdo.yaml"),
        dir.join("stromen/zz-mdo.yaml"),
    )
    .unwrap();
    let (code, stdout, _) = diff(&["casus/regio-voorbeeld", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn a_bad_path_is_a_usage_error() {
    let (code, stdout, stderr) = diff(&[OUD, "tests/fixtures/diff/bestaat-niet"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("bestaat niet"), "{stderr}");
    let (code, _, stderr) = diff(&[OUD, "tests/fixtures/diff/oud/convenant.yaml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("geen casusmap"), "{stderr}");
}

#[test]
fn a_side_that_does_not_parse_is_not_compared() {
    let (_tmp, dir) = copy_casus(&root().join(OUD), "kapot");
    std::fs::write(dir.join("stromen.yaml"), "stromen: [\n").unwrap();
    let (code, _, stderr) = diff(&[OUD, dir.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("niet helemaal gelezen"), "{stderr}");
}

#[test]
fn a_side_with_check_errors_is_compared_and_the_documents_estimated() {
    let (_tmp, dir) = copy_casus(&root().join(NIEUW), "fout");
    // A flow to a party that does not exist: an error under the rules.
    let text = std::fs::read_to_string(dir.join("stromen.yaml")).unwrap();
    std::fs::write(
        dir.join("stromen.yaml"),
        text.replace("naar: [gemeente-a]", "naar: [gemeente-a, bestaat-niet]"),
    )
    .unwrap();
    let (code, json) = diff_json(&[OUD, dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(json["nieuw"]["fouten"].as_u64().unwrap() > 0);
    assert_eq!(json["gevolgen"]["documenten_bepaald"], "geschat");
    let opm = json["gevolgen"]["opmerkingen"].to_string();
    assert!(opm.contains("convenant check"), "{opm}");
}

/// git with a fixed environment: no system or user configuration.
fn git(dir: &Path, home: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", home)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// A repository with two commits of `casus/x`: oud, then nieuw.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let (repo, home) = (tmp.path().join("repo"), tmp.path().join("home"));
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(repo.join("casus")).unwrap();
    crate::util::copy_into(&root().join(OUD), &repo.join("casus/x"));
    git(&repo, &home, &["init", "-q"]);
    git(&repo, &home, &["add", "."]);
    git(&repo, &home, &["commit", "-q", "-m", "oud"]);
    std::fs::remove_dir_all(repo.join("casus/x")).unwrap();
    crate::util::copy_into(&root().join(NIEUW), &repo.join("casus/x"));
    git(&repo, &home, &["add", "-A"]);
    git(&repo, &home, &["commit", "-q", "-m", "nieuw"]);
    tmp
}

fn diff_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = bin()
        .current_dir(dir)
        .arg("diff")
        .args(args)
        .output()
        .expect("convenant runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn two_git_revisions_are_compared() {
    let tmp = repo();
    let repo = tmp.path().join("repo");
    let (code, stdout, stderr) = diff_in(&repo, &["HEAD~1:casus/x", "HEAD:casus/x"]);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(
        stdout.starts_with("Van HEAD~1:casus/x naar HEAD:casus/x"),
        "{stdout}"
    );
    assert!(stdout.contains("+ ggd-a (GGD A): nieuw"), "{stdout}");
    // A revision against the working tree, as in a pull request review.
    let (code, stdout, _) = diff_in(&repo, &["main:casus/x", "casus/x"]);
    assert_eq!(code, 0, "{stdout}");
    let (code, _, stderr) = diff_in(&repo, &["bestaat-niet:casus/x", "casus/x"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("de revisie `bestaat-niet` bestaat niet"),
        "{stderr}"
    );
    let (code, _, stderr) = diff_in(&repo, &["HEAD:casus/y", "casus/x"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("bestaat niet in revisie `HEAD`"),
        "{stderr}"
    );
    // A file of the revision is not a casus folder.
    let (code, _, stderr) = diff_in(&repo, &["HEAD:casus/x/convenant.yaml", "casus/x"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("geen casusmap"), "{stderr}");
}

#[test]
fn hostile_revisions_and_paths_are_refused_before_git_runs() {
    let tmp = repo();
    let repo = tmp.path().join("repo");
    let target = tmp.path().join("uitvoer");
    let option = format!("--output={}:casus/x", target.display());
    for bad in [
        option.as_str(),
        "HEAD:../../etc",
        "HEAD:/etc",
        "HEAD:casus/../../..",
        "-c:casus/x",
        "HEAD$(touch x):casus/x",
    ] {
        let (code, _, stderr) = diff_in(&repo, &["--", bad, "casus/x"]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("wordt niet gebruikt"), "{bad}: {stderr}");
    }
    assert!(!target.exists());
    assert!(!repo.join("x").exists());
}

#[test]
fn a_revision_outside_a_repository_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, stderr) = diff_in(tmp.path(), &["HEAD:casus/x", "HEAD:casus/x"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("git-opslagplaats"), "{stderr}");
}

#[test]
fn the_redline_overview_marks_what_changes_per_document() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wijziging");
    let (code, _, stderr) = diff(&["--uitvoer", dir.to_str().unwrap(), OUD, NIEUW]);
    assert_eq!(code, 1, "{stderr}");
    let md = std::fs::read_to_string(dir.join("wijzigingsoverzicht.md")).unwrap();
    let html = std::fs::read_to_string(dir.join("wijzigingsoverzicht.html")).unwrap();
    assert!(md.contains("\n## convenant\n"), "{md}");
    assert!(md.contains("\n## bijlage-1-toetreding\n"), "{md}");
    assert!(md.contains("++"), "{md}");
    assert!(html.contains("<ins>"), "{html}");
    assert!(html.contains("Verenigde Staten"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    // A second run replaces its own files; a file it did not make stays.
    let (code, _, stderr) = diff(&["--uitvoer", dir.to_str().unwrap(), OUD, NIEUW]);
    assert_eq!(code, 1, "{stderr}");
    std::fs::write(dir.join("wijzigingsoverzicht.md"), "eigen tekst").unwrap();
    let (code, _, stderr) = diff(&["--uitvoer", dir.to_str().unwrap(), OUD, NIEUW]);
    assert_eq!(code, 2);
    assert!(stderr.contains("niet overschreven"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.join("wijzigingsoverzicht.md")).unwrap(),
        "eigen tekst"
    );
    // All or nothing: a foreign .html stops the .md from being written too.
    let fresh = tempfile::tempdir().unwrap();
    let dir = fresh.path().join("uit");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("wijzigingsoverzicht.html"), "eigen pagina").unwrap();
    let (code, _, stderr) = diff(&["--uitvoer", dir.to_str().unwrap(), OUD, NIEUW]);
    assert_eq!(code, 2, "{stderr}");
    assert!(!dir.join("wijzigingsoverzicht.md").exists(), "{stderr}");
}

/// The Word file of the overview: its changes are Word's own tracked
/// changes, and LibreOffice opens it; the PDF marks them too; a rerun
/// gives the same bytes in every format.
#[test]
fn the_overview_in_word_has_tracked_changes_and_the_pdf_marks_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wijziging");
    let (code, _, stderr) = diff(&["--uitvoer", dir.to_str().unwrap(), OUD, NIEUW]);
    assert_eq!(code, 1, "{stderr}");
    let docx = dir.join("wijzigingsoverzicht.docx");
    let xml = crate::util::docx_xml(&docx, "word/document.xml");
    assert!(xml.contains("<w:ins w:id="), "{xml}");
    assert!(xml.contains("<w:del w:id="), "{xml}");
    assert!(xml.contains("<w:delText xml:space=\"preserve\">"), "{xml}");
    assert!(xml.contains("Verenigde Staten"), "{xml}");
    // The words of the documents, not their Markdown.
    assert!(!xml.contains("\\(") && !xml.contains("**"), "{xml}");
    let settings = crate::util::docx_xml(&docx, "word/settings.xml");
    assert!(settings.contains("<w:trackRevisions/>"), "{settings}");
    // LibreOffice opens it and shows the new text.
    let txt = tmp.path().join("txt");
    let out = Command::new("soffice")
        .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
        .arg(&txt)
        .arg(dir.join("wijzigingsoverzicht.docx"))
        .env("HOME", tmp.path())
        .output()
        .expect("this test needs `soffice` (LibreOffice); run `bash .ci/install-tools`");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(txt.join("wijzigingsoverzicht.txt")).unwrap();
    assert!(text.contains("Verenigde Staten"), "{text}");
    // The PDF: the new text is in it.
    let pdf = dir.join("wijzigingsoverzicht.pdf");
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let pdf_text = String::from_utf8_lossy(&out.stdout);
    assert!(pdf_text.contains("Verenigde Staten"), "{pdf_text}");
    assert!(pdf_text.contains("Wijzigingsoverzicht"), "{pdf_text}");
    // Byte-identical on a rerun.
    let names = ["md", "html", "docx", "pdf"].map(|e| format!("wijzigingsoverzicht.{e}"));
    let first: Vec<Vec<u8>> = names
        .iter()
        .map(|n| std::fs::read(dir.join(n)).unwrap())
        .collect();
    let (code, _, stderr) = diff(&["--uitvoer", dir.to_str().unwrap(), OUD, NIEUW]);
    assert_eq!(code, 1, "{stderr}");
    for (n, bytes) in names.iter().zip(first) {
        assert_eq!(
            std::fs::read(dir.join(n)).unwrap(),
            bytes,
            "{n} changed on a rerun"
        );
    }
}

/// A party that joins by accession, or leaves by notice, does not amend
/// the covenant: the other parties do not sign again.
#[test]
fn joining_by_accession_or_leaving_by_notice_is_no_amendment() {
    let (_a, oud) = copy_casus(&root().join(OUD), "oud");
    let (_b, met) = copy_casus(&root().join(OUD), "met-ggd");
    let nieuw_partijen = std::fs::read_to_string(root().join(NIEUW).join("partijen.yaml")).unwrap();
    std::fs::write(met.join("partijen.yaml"), nieuw_partijen).unwrap();
    let (o, m) = (oud.to_str().unwrap(), met.to_str().unwrap());

    let (code, stdout, stderr) = diff(&[o, m]);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(stdout.contains("bijlage-1-toetreding: ggd-a"), "{stdout}");
    assert!(!stdout.contains("artikel Wijzigingen, lid 1"), "{stdout}");

    let (code, stdout, stderr) = diff(&[m, o]);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(stdout.contains("convenant: ggd-a"), "{stdout}");
    assert!(stdout.contains("artikel Duur, lid 3"), "{stdout}");
    assert!(!stdout.contains("artikel Wijzigingen, lid 1"), "{stdout}");
}

/// A git that hangs is stopped after the time limit, with a message that
/// says what to do.
#[cfg(unix)]
#[test]
fn a_git_that_hangs_is_stopped() {
    use std::os::unix::fs::PermissionsExt as _;
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("git");
    std::fs::write(&fake, "#!/bin/sh\nexec sleep 30\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        tmp.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = bin()
        .current_dir(tmp.path())
        .env("PATH", path)
        .env("CONVENANT_GIT_SECONDEN", "1")
        .args(["diff", "HEAD:casus/x", "HEAD:casus/y"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("langer dan 1 seconden"), "{stderr}");
    assert!(stderr.contains("CONVENANT_GIT_SECONDEN"), "{stderr}");
}
