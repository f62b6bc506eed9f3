//! `convenant completions SHELL` and `convenant man`: generated from the
//! command definition, so they know every command.

use crate::util::bin;
use std::process::Command;

fn run(args: &[&str]) -> String {
    let o = bin().args(args).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

const COMMANDS: &[&str] = &[
    "check", "render", "open", "diff", "explain", "init", "schema",
];

#[test]
fn completions_for_each_shell_know_every_command() {
    for (shell, marker) in [
        ("bash", "complete -F _convenant"),
        ("zsh", "#compdef convenant"),
        ("fish", "complete -c convenant"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let text = run(&["completions", shell]);
        assert!(text.contains(marker), "{shell}: {text}");
        for c in COMMANDS {
            assert!(text.contains(c), "{shell} lacks {c}");
        }
        assert!(
            text.contains("sarif"),
            "{shell} lacks the values of --format"
        );
    }
    // The bash script is valid bash.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("convenant.bash");
    std::fs::write(&path, run(&["completions", "bash"])).unwrap();
    let syntax = Command::new("bash").arg("-n").arg(&path).output().unwrap();
    assert!(
        syntax.status.success(),
        "{}",
        String::from_utf8_lossy(&syntax.stderr)
    );
    let bad = bin().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_man_page_is_roff_in_dutch_with_every_command() {
    let text = run(&["man"]);
    assert!(text.contains(".TH convenant 1"), "{text}");
    assert!(text.contains("Maakt van een casus (YAML)"), "{text}");
    for c in COMMANDS {
        assert!(text.contains(c), "man lacks {c}");
    }
}
