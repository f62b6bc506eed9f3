//! The conventions of cargo, git and ruff: `--color`, `NO_COLOR`, `-q`,
//! `-v`, and the `convenant explain` line under every human diagnostic.

use crate::util::{bin, copy_into, require_tool, root};
use std::path::Path;
use std::process::Output;

const ESC: char = '\u{1b}';

/// The basis casus with the fail fixture of a rule over it.
fn casus(rule: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_into(&root().join("tests/fixtures/basis"), tmp.path());
    copy_into(
        &root().join("tests/fixtures/rules").join(rule).join("fail"),
        tmp.path(),
    );
    tmp
}

/// Only warnings (GRD-07) and findings.
fn with_warnings() -> tempfile::TempDir {
    casus("GRD-07")
}

/// An error (GRD-01) and findings, among them the DPIA verdict.
fn with_error() -> tempfile::TempDir {
    casus("GRD-01")
}

fn run(args: &[&str], dir: &Path) -> Output {
    bin().args(args).arg(dir).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `convenant ARGS DIR` with stdout and stderr on a terminal (a pty made
/// by util-linux `script`), with NO_COLOR as given; the terminal's output.
fn on_terminal(args: &str, dir: &Path, no_color: Option<&str>) -> String {
    require_tool("script", "apt-get install bsdutils (util-linux)");
    let exe = assert_cmd::cargo::cargo_bin("convenant");
    let line = format!("'{}' {args} '{}'", exe.display(), dir.display());
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"]).current_dir(root());
    cmd.env_remove("NO_COLOR");
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    let out = cmd.output().expect("script runs");
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

#[test]
fn color_always_wraps_severity_and_code_in_ansi_escapes() {
    let casus = with_error();
    let o = run(&["--color", "always", "check"], casus.path());
    let text = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(
        text.contains("\u{1b}[1;31mfout[GRD-01]\u{1b}[0m: partij"),
        "{text}"
    );
    assert!(
        text.contains("\u{1b}[36minfo[DPIA-00]\u{1b}[0m: "),
        "{text}"
    );
    // Only the prefix: no other line is coloured.
    for line in text.lines().filter(|l| l.contains(ESC)) {
        assert!(line.starts_with(ESC), "{line:?}");
        assert_eq!(line.matches(ESC).count(), 2, "{line:?}");
    }
    let warnings = with_warnings();
    let text = stderr(&run(&["check", "--color=always"], warnings.path()));
    assert!(
        text.contains("\u{1b}[1;33mwaarschuwing[GRD-07]\u{1b}[0m: "),
        "{text}"
    );
    // An explicit `always` wins over NO_COLOR.
    let o = bin()
        .env("NO_COLOR", "1")
        .args(["check", "--color", "always"])
        .arg(warnings.path())
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("\u{1b}[1;33mwaarschuwing"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn without_a_terminal_or_with_never_there_is_no_colour() {
    let casus = with_error();
    for args in [
        &["check"][..],
        &["--color", "auto", "check"],
        &["--color", "never", "check"],
    ] {
        let o = bin()
            .env_remove("NO_COLOR")
            .args(args)
            .arg(casus.path())
            .output()
            .unwrap();
        let text = stderr(&o);
        assert!(text.contains("fout[GRD-01]: "), "{args:?}: {text}");
        assert!(!text.contains(ESC), "{args:?}: {text:?}");
    }
    // Machine formats are never coloured, whatever is asked.
    for format in ["json", "github", "sarif"] {
        let o = run(
            &["--color", "always", "check", "--format", format],
            casus.path(),
        );
        assert!(
            !o.stdout.contains(&0x1b) && !o.stderr.contains(&0x1b),
            "{format}"
        );
    }
}

#[test]
fn on_a_terminal_auto_colours_unless_no_color_is_set() {
    let casus = with_error();
    let coloured = on_terminal("check", casus.path(), None);
    assert!(
        coloured.contains("\u{1b}[1;31mfout[GRD-01]\u{1b}[0m"),
        "{coloured:?}"
    );
    // An empty NO_COLOR counts as unset (no-color.org).
    let empty = on_terminal("check", casus.path(), Some(""));
    assert!(empty.contains("\u{1b}[1;31mfout[GRD-01]"), "{empty:?}");
    let plain = on_terminal("--color auto check", casus.path(), Some("1"));
    assert!(plain.contains("fout[GRD-01]: partij"), "{plain:?}");
    assert!(!plain.contains(ESC), "{plain:?}");
    let never = on_terminal("check --color never", casus.path(), None);
    assert!(
        never.contains("fout[GRD-01]") && !never.contains(ESC),
        "{never:?}"
    );
}

#[test]
fn quiet_says_nothing_about_a_casus_with_only_warnings() {
    let casus = with_warnings();
    let normal = run(&["check"], casus.path());
    assert!(stderr(&normal).contains("waarschuwing[GRD-07]"));
    for flag in ["-q", "--quiet"] {
        let o = run(&["check", flag], casus.path());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stderr(&o), "", "{flag}");
        assert!(o.stdout.is_empty());
    }
    // The flag is global: before the command too.
    let o = run(&["-q", "check"], casus.path());
    assert_eq!((o.status.code(), stderr(&o)), (Some(0), String::new()));
}

#[test]
fn quiet_still_shows_the_errors() {
    let casus = with_error();
    let o = run(&["check", "-q"], casus.path());
    let text = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(text.starts_with("fout[GRD-01]: "), "{text}");
    assert!(text.contains("afgekeurd (1 fout"), "{text}");
    assert!(
        !text.contains("info[") && !text.contains("waarschuwing["),
        "{text}"
    );
}

#[test]
fn quiet_and_verbose_do_not_go_together() {
    let casus = with_warnings();
    let o = run(&["check", "-q", "-v"], casus.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("gaat niet samen"), "{}", stderr(&o));
}

/// The lines of the block that starts with `head`.
fn block<'a>(text: &'a str, head: &str) -> Vec<&'a str> {
    let start = text
        .find(head)
        .unwrap_or_else(|| panic!("no {head} in {text}"));
    text[start..]
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        .collect()
}

#[test]
fn the_dpia_verdict_comes_after_the_errors_in_two_lines_unless_verbose() {
    let casus = with_error();
    let text = stderr(&run(&["check"], casus.path()));
    let dpia = text.find("info[DPIA-00]").expect(&text);
    assert!(text.find("fout[GRD-01]").unwrap() < dpia, "{text}");
    let short = block(&text, "info[DPIA-00]");
    assert!(short.len() <= 2, "{short:#?}");
    assert!(short[0].contains("DPIA aanbevolen (1 van de 9 WP248-criteria)"));
    assert!(short[0].contains("`convenant check -v`"), "{}", short[0]);
    assert!(!text.contains("WP248-criterium 7"), "{text}");

    let verbose = stderr(&run(&["check", "-v"], casus.path()));
    assert!(
        verbose.find("fout[GRD-01]").unwrap() < verbose.find("info[DPIA-00]").unwrap(),
        "{verbose}"
    );
    let full = block(&verbose, "info[DPIA-00]");
    assert!(full.len() > 2, "{full:#?}");
    assert!(
        full[0]
            .contains("WP248-criterium 7 (kwetsbare betrokkenen): de betrokkenen zijn jeugdigen"),
        "{}",
        full[0]
    );
    assert!(full[1].starts_with("  --> ") && full[1].ends_with("dpia.yaml:2:22"));
    assert!(full.iter().any(|l| l.starts_with("  = bron: artikel 35")));
}

#[test]
fn quiet_and_verbose_leave_the_json_as_it_is() {
    let casus = with_error();
    let json = run(&["check", "--format", "json"], casus.path()).stdout;
    assert!(String::from_utf8_lossy(&json).contains("\"DPIA-00\""));
    for flag in ["-q", "-v", "--color=always"] {
        let o = run(&["check", flag, "--format", "json"], casus.path());
        assert_eq!(o.stdout, json, "{flag}");
    }
}

/// Each diagnostic of a human output (a paragraph that starts with
/// `fout[`, `waarschuwing[` or `info[`) ends with the line for its code.
fn assert_every_diagnostic_ends_with_explain(text: &str) -> usize {
    let mut seen = 0;
    for group in text.split("\n\n") {
        let Some(code) = ["fout[", "waarschuwing[", "info["].iter().find_map(|p| {
            group
                .strip_prefix(p)
                .and_then(|r| r.split_once(']'))
                .map(|(c, _)| c)
        }) else {
            continue;
        };
        assert!(convenant::rules::find(code).is_some(), "{code}");
        let last = group.lines().last().unwrap();
        assert_eq!(
            last,
            format!("  = meer uitleg: `convenant explain {code}`"),
            "in:\n{group}"
        );
        assert_eq!(group.matches("= meer uitleg").count(), 1, "{group}");
        seen += 1;
    }
    seen
}

#[test]
fn every_human_diagnostic_ends_with_the_explain_line() {
    let mut total = 0;
    for casus in [
        with_error(),
        with_warnings(),
        casus("REF-01"),
        casus("YAML-01"),
    ] {
        for flag in ["-v", "--color=never"] {
            let text = stderr(&run(&["check", flag], casus.path()));
            total += assert_every_diagnostic_ends_with_explain(&text);
        }
    }
    let example = stderr(&run(
        &["check", "-v"],
        &root().join("casus/regio-voorbeeld"),
    ));
    total += assert_every_diagnostic_ends_with_explain(&example);
    assert!(total >= 12, "too few diagnostics seen: {total}");
    // `render` and `open` print the same diagnostics.
    let casus = with_error();
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .args(["render", "--format", "md", "--out"])
        .arg(out.path())
        .arg(casus.path())
        .output()
        .unwrap();
    assert!(
        assert_every_diagnostic_ends_with_explain(&stderr(&o)) >= 1,
        "{}",
        stderr(&o)
    );
    let o = run(&["open"], casus.path());
    assert!(
        assert_every_diagnostic_ends_with_explain(&stderr(&o)) >= 1,
        "{}",
        stderr(&o)
    );
}

#[test]
fn render_quiet_prints_nothing_when_all_is_well() {
    let casus = with_warnings();
    let out = tempfile::tempdir().unwrap();
    let render = |flag: Option<&str>| {
        let mut cmd = bin();
        cmd.args(["render", "--format", "md", "--out"])
            .arg(out.path());
        if let Some(f) = flag {
            cmd.arg(f);
        }
        cmd.arg(casus.path()).output().unwrap()
    };
    let normal = render(None);
    assert_eq!(normal.status.code(), Some(0), "{}", stderr(&normal));
    assert!(stderr(&normal).contains("waarschuwing[GRD-07]"));
    assert!(stderr(&normal).contains("1 casus gemaakt in"));
    assert!(!stderr(&normal).contains("info[DPIA-00]"));
    let quiet = render(Some("-q"));
    assert_eq!(quiet.status.code(), Some(0), "{}", stderr(&quiet));
    assert_eq!(stderr(&quiet), "");
    assert!(quiet.stdout.is_empty());
    // `-v` adds the findings, in full.
    let verbose = stderr(&render(Some("-v")));
    assert!(
        verbose.contains("WP248-criterium 7 (kwetsbare betrokkenen)"),
        "{verbose}"
    );
    assert!(verbose.contains("info[OPEN-01]"), "{verbose}");
}

#[test]
fn the_help_names_the_flags_and_no_color_in_dutch() {
    for args in [&["--help"][..], &["check", "--help"], &["render", "-h"]] {
        let out = bin().args(args).output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        for want in [
            "--color <WANNEER>",
            "waarden: auto, always, never",
            "-q, --quiet",
            "Stil: alleen fouten",
            "-v, --verbose",
            "NO_COLOR",
        ] {
            assert!(help.contains(want), "{args:?}: no `{want}` in {help}");
        }
        assert!(!help.contains("Possible values"), "{help}");
    }
}

/// The plain lines of a command that has no casus diagnostics (`fout: …`)
/// take the colour of an error too, and only their label.
#[test]
fn a_plain_error_line_is_coloured_like_a_diagnostic() {
    let tmp = tempfile::tempdir().unwrap();
    let o = bin()
        .current_dir(tmp.path())
        .args(["--color", "always", "diff", "bestaat-niet", "ook-niet"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let text = stderr(&o);
    assert!(
        text.starts_with(&format!("{ESC}[1;31mfout:{ESC}[0m ")),
        "{text:?}"
    );
    assert_eq!(text.matches(ESC).count(), 2, "{text:?}");
    let plain = bin()
        .current_dir(tmp.path())
        .args(["diff", "bestaat-niet", "ook-niet"])
        .output()
        .unwrap();
    assert!(stderr(&plain).starts_with("fout: ") && !stderr(&plain).contains(ESC));
}

/// `-q` holds for `diff` (the exit code alone says whether something
/// changed, as `git diff --quiet`) and `init` (nothing printed, all made).
#[test]
fn quiet_holds_for_diff_and_init() {
    let example = root().join("casus/regio-voorbeeld");
    let (_tmp, changed) = crate::util::copy_casus(&example, "anders");
    let file = changed.join("convenant.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen("versie: \"1.0\"", "versie: \"1.1\"", 1),
    )
    .unwrap();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("versie: \"1.1\"")
    );
    let loud = bin()
        .arg("diff")
        .arg(&example)
        .arg(&changed)
        .output()
        .unwrap();
    assert_eq!(loud.status.code(), Some(1), "{}", stderr(&loud));
    assert!(!loud.stdout.is_empty());
    let quiet = bin()
        .args(["diff", "-q"])
        .arg(&example)
        .arg(&changed)
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(1), "{}", stderr(&quiet));
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());

    let tmp = tempfile::tempdir().unwrap();
    let init = bin()
        .current_dir(tmp.path())
        .args(["init", "-q", "regio-stil"])
        .output()
        .unwrap();
    assert_eq!(init.status.code(), Some(0), "{}", stderr(&init));
    assert!(init.stdout.is_empty() && init.stderr.is_empty());
    assert!(tmp.path().join("casus/regio-stil/convenant.yaml").is_file());
    assert!(tmp.path().join(".vscode/settings.json").is_file());
}
