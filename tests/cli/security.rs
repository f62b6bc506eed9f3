//! A hostile pull request: what a casus or template folder can make the tool
//! read, write, print or run. One test per promise of docs/beveiliging.md;
//! the rule fixtures (LAD-04, LAD-05, YAML-02, YAML-03, TXT-01 to TXT-04,
//! ID-03, OUT-01, CVN-00) cover the rest.

use crate::util::{bin, copy_casus, root};
use std::path::Path;
use std::time::{Duration, Instant};

fn basis() -> (tempfile::TempDir, std::path::PathBuf) {
    copy_casus(&root().join("tests/fixtures/basis"), "aanval")
}

fn check(dir: &Path) -> (i32, String) {
    let out = bin().arg("check").arg(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Where this machine cannot run a test, it says so on stderr (never
/// silently): written to the stream itself, past the test harness's capture,
/// so the line shows in a passing run too.
fn skip(reason: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "overgeslagen: {reason}");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_casus_are_never_read_or_quoted() {
    use std::os::unix::fs::symlink;
    let (_tmp, casus) = basis();
    symlink("/proc/self/environ", casus.join("env.yaml")).unwrap();
    symlink("/etc/passwd", casus.join("passwd.yaml")).unwrap();
    symlink("/", casus.join("wortel")).unwrap();
    symlink("/usr", casus.join("usr")).unwrap();
    let start = Instant::now();
    let out = bin()
        .arg("check")
        .arg(&casus)
        .env("CI_SECRET", "GEHEIM-8c1f")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(start.elapsed() < Duration::from_secs(10), "the walk ends");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for link in ["env.yaml", "passwd.yaml", "wortel", "usr"] {
        assert!(
            stderr.contains(&format!("{link}` is een koppeling")),
            "{link}: {stderr}"
        );
    }
    assert!(stderr.contains("LAD-04"), "{stderr}");
    for secret in ["GEHEIM-8c1f", "root:x:0", "PATH="] {
        assert!(!stderr.contains(secret), "target quoted: {stderr}");
    }
    assert!(stderr.len() < 10_000, "{} bytes of stderr", stderr.len());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_device_named_yaml_is_refused_without_opening_it() {
    let (_tmp, casus) = basis();
    let fifo = casus.join("pijp.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return skip("mkfifo is er niet");
    }
    std::os::unix::fs::symlink("/dev/zero", casus.join("nul.yaml")).unwrap();
    let start = Instant::now();
    let (code, stderr) = check(&casus);
    assert!(start.elapsed() < Duration::from_secs(10), "no hang");
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("pijp.yaml` is geen gewoon bestand"),
        "{stderr}"
    );
    // /dev/zero is outside the casus: refused as a link, never read.
    assert!(stderr.contains("nul.yaml` is een koppeling"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_an_error_not_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, casus) = basis();
    let dicht = casus.join("dicht");
    std::fs::create_dir(&dicht).unwrap();
    std::fs::write(dicht.join("stromen.yaml"), "stromen: []\n").unwrap();
    std::fs::set_permissions(&dicht, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&dicht).is_ok() {
        std::fs::set_permissions(&dicht, std::fs::Permissions::from_mode(0o755)).unwrap();
        return skip("dit proces leest elke map (root): een onleesbare map is hier niet te maken");
    }
    let (code, stderr) = check(&casus);
    std::fs::set_permissions(&dicht, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("LAD-01") && stderr.contains("geen leesrechten"),
        "{stderr}"
    );
}

#[test]
fn hostile_text_cannot_start_a_log_line_or_steer_the_terminal() {
    let (_tmp, casus) = basis();
    std::fs::write(
        casus.join("extra.yaml"),
        "doelen:\n  - id: x\n    omschrijving: \"a\\n::error file=README.md,line=1::PWNED\\x1b]0;t\\x07\"\n",
    )
    .unwrap();
    // A file name with a line break and an escape in it.
    std::fs::write(
        casus.join("regel\n::error::naam\u{1b}[2J.yaml"),
        "doelen: [\n",
    )
    .unwrap();
    let (code, stderr) = check(&casus);
    assert_eq!(code, 1, "{stderr}");
    for line in stderr.lines() {
        assert!(!line.starts_with("::"), "a workflow command: {line:?}");
        assert!(
            !line.contains('\u{1b}') && !line.contains('\u{7}'),
            "{line:?}"
        );
    }
    assert!(
        stderr.contains("TXT-01") && stderr.contains("YAML-01"),
        "{stderr}"
    );
    assert!(
        stderr.contains("regel\\n::error::naam\\u{1b}[2J.yaml:"),
        "{stderr}"
    );
}

#[test]
fn a_huge_line_gives_a_small_message() {
    let (_tmp, casus) = basis();
    // 900 kB on one line: the snippet is a window, not the line.
    let mut text = String::from("doelen: [");
    text.push_str(&"a, ".repeat(300_000));
    text.push_str("}\n");
    std::fs::write(casus.join("groot.yaml"), text).unwrap();
    let (code, stderr) = check(&casus);
    assert_eq!(code, 1);
    assert!(stderr.len() < 5_000, "{} bytes of stderr", stderr.len());
    // A file over the limit is refused before it is read.
    std::fs::write(casus.join("groot.yaml"), vec![0u8; 9 * 1024 * 1024]).unwrap();
    let (code, stderr) = check(&casus);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("LAD-05") && stderr.len() < 2_000,
        "{stderr}"
    );
}

#[test]
fn what_check_refuses_names_its_place_before_render_is_tried() {
    for (text, code, place) in [
        (
            "doelen:\n  - id: x\n    omschrijving: \"合作\"\n",
            "TXT-04",
            "extra.yaml:3:19",
        ),
        (
            "doelen:\n  - id: x\n    omschrijving: \"a\\u0007\"\n",
            "TXT-01",
            "extra.yaml:3:19",
        ),
        (
            "partijen:\n  - id: p\n    naam: P\n    soort: overig\n    toetreding: { datum: 1969-12-31 }\n",
            "YAML-01",
            "extra.yaml:5:26",
        ),
    ] {
        let (_tmp, casus) = basis();
        std::fs::write(casus.join("extra.yaml"), text).unwrap();
        let (exit, stderr) = check(&casus);
        assert_eq!(exit, 1, "{stderr}");
        assert!(
            stderr.contains(code) && stderr.contains(place),
            "{code}: {stderr}"
        );
    }
    let (_tmp, casus) = basis();
    std::fs::write(
        casus.join("extra.yaml"),
        "doelen:\n  - id: x\n    omschrijving: \"1969\"\n",
    )
    .unwrap();
    let (_, stderr) = check(&casus);
    assert!(
        !stderr.contains("fout["),
        "a year in text is text: {stderr}"
    );
}

#[test]
fn a_template_that_imports_a_typst_package_is_refused_before_typst_runs() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("pagina.typ"),
        "#import \"@preview/cetz:0.3.0\"\n#let pagina(meta, body) = body\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    // A typst that would record being run: it must not be.
    let fake = tempfile::tempdir().unwrap();
    let typst = fake_typst(fake.path());
    let result = bin()
        .args(["render", "casus/regio-voorbeeld", "--out"])
        .arg(out.path())
        .arg("--templates")
        .arg(templates.path())
        .env("TYPST", &typst)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("@preview/cetz") && stderr.contains("zonder netwerk"),
        "{stderr}"
    );
    assert!(!fake.path().join("compiled").exists(), "typst ran");
}

/// A stand-in for typst 0.15.1 that writes its arguments and environment
/// to `compiled` and fails.
fn fake_typst(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("typst");
    let log = dir.join("compiled");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'typst 0.15.1 (nep)'; exit 0; fi\n{{ echo \"$@\"; env; }} > '{}'\nexit 1\n",
            log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

#[cfg(unix)]
#[test]
fn typst_runs_with_an_empty_package_path_and_no_way_out() {
    let fake = tempfile::tempdir().unwrap();
    let typst = fake_typst(fake.path());
    let out = tempfile::tempdir().unwrap();
    let result = bin()
        .args([
            "render",
            "casus/regio-voorbeeld",
            "--format",
            "pdf",
            "--jobs",
            "1",
            "--out",
        ])
        .arg(out.path())
        .env("TYPST", &typst)
        .env("HTTPS_PROXY", "http://proxy.example:3128")
        .env("NO_PROXY", "*")
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(1));
    let log = std::fs::read_to_string(fake.path().join("compiled")).unwrap();
    assert!(
        log.contains("--package-path") && log.contains("--package-cache-path"),
        "{log}"
    );
    for var in ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "ALL_PROXY"] {
        assert!(
            log.contains(&format!("{var}=http://127.0.0.1:9")),
            "{var}: {log}"
        );
    }
    assert!(
        !log.contains("NO_PROXY=") && !log.contains("proxy.example"),
        "{log}"
    );
}

#[test]
fn a_template_that_loops_without_end_is_stopped_with_a_message() {
    // Loops over the casus that print nothing: no count inside tera ends them.
    let (code, stderr, out, took) = render_with_template(
        "md",
        (
            "dpia.md",
            "{% for a in casus.stromen %}{% for b in casus.stromen %}{% for c in casus.stromen %}{% for d in casus.stromen %}{% for e in casus.stromen %}{% for f in casus.stromen %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}\n",
        ),
        ("CONVENANT_SJABLOON_SECONDEN", "2"),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("langer dan 2 seconden"), "{stderr}");
    assert!(took < Duration::from_secs(30));
    assert!(
        std::fs::read_dir(out.path()).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn two_renders_into_one_folder_never_mix() {
    let out = tempfile::tempdir().unwrap();
    let run = |extra: &'static str| {
        let out = out.path().to_path_buf();
        std::thread::spawn(move || {
            let mut cmd = bin();
            cmd.args([
                "render",
                "casus/regio-voorbeeld",
                "--format",
                extra,
                "--out",
            ])
            .arg(&out);
            cmd.output().unwrap()
        })
    };
    let a = run("md,html");
    let b = run("md,html");
    let results = [a.join().unwrap(), b.join().unwrap()];
    for r in &results {
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert!(
            r.status.success() || stderr.contains("een andere `convenant render` schrijft nu"),
            "{stderr}"
        );
    }
    assert!(results.iter().any(|r| r.status.success()));
    let dir = out.path().join("regio-voorbeeld");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_the_output_folder_does_not_hang_the_render() {
    let out = tempfile::tempdir().unwrap();
    let render = || {
        bin()
            .args([
                "render",
                "casus/regio-voorbeeld",
                "--format",
                "md,html",
                "--out",
            ])
            .arg(out.path())
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap()
    };
    assert!(render().status.success());
    let dir = out.path().join("regio-voorbeeld");
    std::fs::remove_file(dir.join("convenant.md")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("convenant.md"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        return skip("mkfifo is er niet");
    }
    std::fs::write(dir.join(".convenant-oud.tmp"), "half").unwrap();
    // No hang: the FIFO is never opened, and as convenant did not make it,
    // the render stops, names it and writes nothing.
    let second = render();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("convenant.md` maakt, staat iets anders"),
        "{stderr}"
    );
    assert!(
        !std::fs::symlink_metadata(dir.join("convenant.md"))
            .unwrap()
            .is_file()
    );
    assert!(
        !dir.join(".convenant-oud.tmp").exists(),
        "stale temporary removed"
    );
    std::fs::remove_file(dir.join("convenant.md")).unwrap();
    assert!(render().status.success());
}

/// A full disk: a small tmpfs in a mount namespace of its own. The second
/// render (into a folder holding the first) fails and changes nothing.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_changes_nothing() {
    let probe = std::process::Command::new("unshare")
        .args([
            "-rm",
            "sh",
            "-c",
            "mount -t tmpfs -o size=64k tmpfs /tmp && true",
        ])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        return skip("unshare met een eigen tmpfs kan hier niet");
    }
    let exe = assert_cmd::cargo::cargo_bin("convenant");
    let work = tempfile::tempdir().unwrap();
    let script = work.path().join("vol.sh");
    // Render Markdown alone into a 1 MB tmpfs (fits), fill the disk, then
    // render again: the files stay as they were, and no temporary file is left.
    std::fs::write(
        &script,
        format!(
            r#"set -e
mnt="$1"
mount -t tmpfs -o size=1m tmpfs "$mnt"
cd '{root}'
'{exe}' render casus/regio-voorbeeld --format md --out "$mnt" >/dev/null
(cd "$mnt/regio-voorbeeld" && cat * .convenant-manifest | cksum) > "$mnt/../voor"
dd if=/dev/zero of="$mnt/vulsel" bs=1k count=2000 2>/dev/null || true
if '{exe}' render casus/regio-voorbeeld --format md,html --force --out "$mnt" 2>"$mnt/../fout"; then echo "render slaagde"; exit 1; fi
(cd "$mnt/regio-voorbeeld" && cat * .convenant-manifest | cksum) > "$mnt/../na"
ls -a "$mnt/regio-voorbeeld" > "$mnt/../lijst"
"#,
            root = root().display(),
            exe = exe.display()
        ),
    )
    .unwrap();
    let mnt = work.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    let run = std::process::Command::new("unshare")
        .args(["-rm", "sh"])
        .arg(&script)
        .arg(&mnt)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let read = |n: &str| std::fs::read_to_string(work.path().join(n)).unwrap();
    assert!(
        read("fout").contains("er is niets veranderd"),
        "{}",
        read("fout")
    );
    assert_eq!(read("voor"), read("na"), "files changed on a full disk");
    assert!(!read("lijst").contains(".tmp"), "{}", read("lijst"));
}

/// `convenant render casus/regio-voorbeeld --format FORMAT` into a fresh
/// folder with one template file of a region's own and one setting;
/// returns (exit code, stderr, output folder, time taken).
fn render_with_template(
    format: &str,
    template: (&str, &str),
    env: (&str, &str),
) -> (i32, String, tempfile::TempDir, Duration) {
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(templates.path().join(template.0), template.1).unwrap();
    let out = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let result = bin()
        .args([
            "render",
            "casus/regio-voorbeeld",
            "--format",
            format,
            "--out",
        ])
        .arg(out.path())
        .arg("--templates")
        .arg(templates.path())
        .env(env.0, env.1)
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    (
        result.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&result.stderr).into_owned(),
        out,
        start.elapsed(),
    )
}

/// Runs `convenant ARGS` in `dir` as the working folder.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = bin().current_dir(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn a_link_anywhere_in_a_given_path_is_refused() {
    use std::os::unix::fs::symlink;
    let secret = tempfile::tempdir().unwrap();
    std::fs::create_dir(secret.path().join("x")).unwrap();
    std::fs::write(
        secret.path().join("x/geheim.yaml"),
        "wachtwoord: hunter2-GEHEIM\n",
    )
    .unwrap();
    let repo = tempfile::tempdir().unwrap();
    symlink(secret.path().join("x"), repo.path().join("lnk")).unwrap();
    symlink(secret.path(), repo.path().join("casus")).unwrap();
    for given in ["lnk", "lnk/", "lnk/.", "./lnk", "casus/x"] {
        let (code, stderr) = run_in(repo.path(), &["check", given]);
        assert_eq!(code, 1, "{given}: {stderr}");
        assert!(stderr.contains("LAD-04"), "{given}: {stderr}");
        assert!(
            !stderr.contains("hunter2"),
            "{given} read outside: {stderr}"
        );
    }
    // `check` without a folder looks under ./casus: a link there as well.
    let (code, stderr) = run_in(repo.path(), &["check"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");

    // A template folder or output folder through a link.
    let example = root().join("casus/regio-voorbeeld");
    let example = example.to_str().unwrap();
    std::fs::write(secret.path().join("convenant.md"), "GEHEIM\n").unwrap();
    symlink(secret.path(), repo.path().join("sjablonen")).unwrap();
    let (code, stderr) = run_in(
        repo.path(),
        &[
            "render",
            example,
            "--format",
            "md",
            "--out",
            "uit",
            "--templates",
            "sjablonen/",
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("sjablonenmap gaat door `sjablonen`"),
        "{stderr}"
    );
    symlink(secret.path(), repo.path().join("out")).unwrap();
    let (code, stderr) = run_in(repo.path(), &["render", example, "--format", "md"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("uitvoermap gaat door `out`"), "{stderr}");
    assert!(
        !secret.path().join("regio-voorbeeld").exists(),
        "written through the link"
    );
}

#[test]
fn folder_names_and_template_errors_cannot_forge_log_lines() {
    let work = tempfile::tempdir().unwrap();
    let name = "a\n::error::pwned\u{1b}[31m\u{202e}x";
    crate::util::copy_into(
        &root().join("tests/fixtures/basis"),
        &work.path().join(name),
    );
    let (_, stderr) = run_in(work.path(), &["check", name]);
    let templates = work.path().join("sjablonen");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("convenant.md"),
        "{{ throw(message=\"m\n::error::thrown\u{1b}[31m\") }}\n",
    )
    .unwrap();
    let example = root().join("casus/regio-voorbeeld");
    let (code, render_err) = run_in(
        work.path(),
        &[
            "render",
            example.to_str().unwrap(),
            "--format",
            "md",
            "--out",
            "uit",
            "--templates",
            "sjablonen",
        ],
    );
    assert_eq!(code, 1, "{render_err}");
    for line in stderr.lines().chain(render_err.lines()) {
        assert!(!line.starts_with("::"), "a workflow command: {line:?}");
        assert!(
            !line.contains('\u{1b}') && !line.contains('\u{202e}'),
            "{line:?}"
        );
    }
}

#[test]
fn ids_are_short_enough_for_a_file_name() {
    let (_tmp, casus) = basis();
    let long = "v".repeat(65);
    std::fs::write(
        casus.join("extra.yaml"),
        format!("doelen:\n  - id: {long}\n    omschrijving: x\n"),
    )
    .unwrap();
    let (code, stderr) = check(&casus);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("ID-01") && stderr.contains("hooguit 64 tekens"),
        "{stderr}"
    );
}

#[test]
fn a_page_template_that_loops_for_ever_is_stopped() {
    crate::util::require_typst();
    let (code, stderr, _out, took) = render_with_template(
        "pdf",
        (
            "pagina.typ",
            "#let x = 0\n#for i in range(100000) { for j in range(100000) { x += 1 } }\n#let pagina(meta, body) = body\n",
        ),
        ("CONVENANT_TYPST_SECONDEN", "2"),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("langer dan 2 seconden"), "{stderr}");
    assert!(took < Duration::from_secs(60));
}

#[cfg(target_os = "linux")]
#[test]
fn a_template_that_eats_memory_is_stopped() {
    let (code, stderr, _out, _) = render_with_template(
        "md",
        (
            "convenant.md",
            "{% set s = \"xxxxxxxxxxxxxxxx\" %}{% for i in range(end=40) %}{% set_global s = s ~ s %}{% endfor %}{{ s | length }}\n",
        ),
        ("CONVENANT_SJABLOON_GEHEUGEN_MIB", "300"),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("MiB geheugen"), "{stderr}");
}

/// Lines a CI system would take as a command: GitHub Actions after trimming
/// the line (`::error`), Azure Pipelines and TeamCity anywhere (`##vso[`).
fn ci_command(line: &str) -> bool {
    line.trim_start().starts_with("::") || line.contains("##")
}

#[test]
fn casus_folder_names_cannot_start_a_ci_command() {
    let work = tempfile::tempdir().unwrap();
    for name in [
        "a\n  ::error title=pwn::PWNED",
        "x##vso[task.setvariable variable=PWNED]1",
    ] {
        crate::util::copy_into(
            &root().join("tests/fixtures/basis"),
            &work.path().join("casus").join(name),
        );
    }
    std::fs::write(
        work.path()
            .join("casus/x##vso[task.setvariable variable=PWNED]1/extra.yaml"),
        "doelen:\n  - id: Fout # ##vso[task.complete]\n    omschrijving: y\n",
    )
    .unwrap();
    let (_, stderr) = run_in(work.path(), &["check"]);
    for line in stderr.lines() {
        assert!(!ci_command(line), "{line:?}");
    }
    let out = bin()
        .current_dir(work.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("##"), "{stdout}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["file"].as_str().is_some_and(|f| f.contains("##vso["))),
        "the JSON value itself is unchanged: {stdout}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_link_reached_through_another_absolute_path_is_refused_too() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let victim = tmp.path().join("slachtoffer");
    std::fs::create_dir(&victim).unwrap();
    let real = tmp.path().join("echt");
    std::fs::create_dir(&real).unwrap();
    symlink(&victim, real.join("out")).unwrap();
    symlink(&real, tmp.path().join("via")).unwrap();
    let example = root().join("casus/regio-voorbeeld");
    let out = tmp.path().join("via/out");
    let (code, stderr) = run_in(
        &real,
        &[
            "render",
            example.to_str().unwrap(),
            "--format",
            "md",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        std::fs::read_dir(&victim).unwrap().next().is_none(),
        "written through the link"
    );
    // Reading: a linked casus reached as /proc/self/cwd/...
    let secret = tmp.path().join("geheim");
    crate::util::copy_into(&root().join("tests/fixtures/basis"), &secret.join("x"));
    std::fs::create_dir(real.join("casus")).unwrap();
    symlink(&secret, real.join("casus/lnk")).unwrap();
    let (code, stderr) = run_in(&real, &["check", "/proc/self/cwd/casus/lnk/x"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("LAD-04"), "{stderr}");
}

#[test]
fn command_line_arguments_are_shown_escaped() {
    for args in [["explain", "X\n  ::error::y"], ["init", "a\n  ::error::x"]] {
        let work = tempfile::tempdir().unwrap();
        let (_, stderr) = run_in(work.path(), &args);
        for line in stderr.lines() {
            assert!(!ci_command(line), "{args:?}: {line:?}");
        }
    }
}

#[cfg(unix)]
#[test]
fn init_does_not_write_through_a_linked_casus_folder() {
    let work = tempfile::tempdir().unwrap();
    let victim = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(victim.path(), work.path().join("casus")).unwrap();
    let (code, stderr) = run_in(work.path(), &["init", "regio-x"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("is een koppeling"), "{stderr}");
    assert!(std::fs::read_dir(victim.path()).unwrap().next().is_none());
}

/// Started below a folder whose `casus` is a link to somewhere else, `check`
/// does not follow it: nothing outside is read or quoted.
#[cfg(unix)]
#[test]
fn looking_upward_does_not_follow_a_linked_casus_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let secret = tmp.path().join("geheim/s");
    std::fs::create_dir_all(&secret).unwrap();
    std::fs::write(secret.join("hosts.yml"), "token: GEHEIM\n").unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(repo.join("sub")).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("geheim"), repo.join("casus")).unwrap();
    let o = crate::util::bin()
        .arg("check")
        .current_dir(repo.join("sub"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("koppeling"), "{err}");
    assert!(!err.contains("GEHEIM"), "{err}");
}

/// A file named with `..` is not mapped to another casus than its own.
#[test]
fn a_yaml_file_with_dotdot_is_refused() {
    let o = crate::util::bin()
        .args(["check", "casus/regio-voorbeeld/../../x/evil.yaml"])
        .current_dir(crate::util::root())
        .output()
        .unwrap();
    // The file does not exist here, so it is a path; a real one is refused.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("casus/a")).unwrap();
    std::fs::create_dir_all(tmp.path().join("other")).unwrap();
    std::fs::write(tmp.path().join("other/evil.yaml"), "x: [\n").unwrap();
    let o2 = crate::util::bin()
        .args(["check", "casus/a/../../other/evil.yaml"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o2.stderr);
    assert_eq!(o2.status.code(), Some(2), "{err}");
    assert!(err.contains("bevat `..`"), "{err}");
    assert_ne!(o.status.code(), Some(0));
}

/// `diff` refuses a folder that is named like `REV:pad`: it would replace
/// the git side.
#[test]
fn diff_refuses_a_folder_named_like_a_revision() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("main:casus");
    std::fs::create_dir_all(&fake).unwrap();
    let o = crate::util::bin()
        .args(["diff", "main:casus", "main:casus"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("zowel een map als een git-revisie"), "{err}");
}

/// Thousands of findings of one code in one file: the human output shows a
/// hundred and counts the rest, and stays fast (one line index per file).
#[test]
fn many_findings_of_one_code_are_counted_not_all_shown() {
    let tmp = tempfile::tempdir().unwrap();
    crate::util::copy_into(
        &crate::util::root().join("tests/fixtures/basis"),
        tmp.path(),
    );
    let mut fasen = String::new();
    for i in 0..5000 {
        fasen.push_str(&format!("      - f{i}\n"));
    }
    let overleg = format!(
        "casusoverleggen:\n  - id: o\n    naam: o\n    doel: schoolgang\n    voorzitter: school-a\n    deelnemers:\n      - {{ partij: school-a, taak: verzuim, functie: ib }}\n    betrokkenen: uitgenodigd\n    verslaglegging: {{ door: school-a, waar: dossier, bewaartermijn: twee jaar, kanaal: beveiligde-omgeving }}\n    fasen:\n{fasen}"
    );
    std::fs::write(tmp.path().join("overleg.yaml"), overleg).unwrap();
    let o = crate::util::bin()
        .arg("check")
        .arg(tmp.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.matches("waarschuwing[CVN-07]").count(),
        100,
        "{}",
        &err[..2000.min(err.len())]
    );
    assert!(
        err.contains("… en nog 4900 meldingen CVN-07"),
        "{}",
        &err[err.len().saturating_sub(2000)..]
    );
}
