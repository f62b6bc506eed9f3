//! Command-line conventions users know from cargo and git: `help OPDRACHT`,
//! starting inside a casus, and naming a file of the casus.

use crate::util::{bin, copy_casus, root};

#[test]
fn help_before_a_command_shows_its_help() {
    let o = bin().args(["help", "check"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Gebruik: convenant check"), "{text}");
    let o = bin().arg("help").output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Opdrachten:"));
}

#[test]
fn check_inside_a_casus_checks_that_casus() {
    let (tmp, _) = copy_casus(&root().join("casus/regio-voorbeeld"), "casus/x");
    let casus = tmp.path().join("casus/x");
    assert!(casus.is_dir(), "copy_casus puts it under casus/");
    for dir in [casus.clone(), casus.join("stromen")] {
        let o = bin().arg("check").current_dir(&dir).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{err}");
        assert!(err.contains("casus/x: in orde"), "{err}");
    }
}

#[test]
fn a_yaml_file_stands_for_its_casus() {
    let (tmp, _) = copy_casus(&root().join("casus/regio-voorbeeld"), "casus/x");
    let o = bin()
        .args(["check", "casus/x/stromen/mdo.yaml", "casus/x/dpia.yaml"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    // Both files belong to one casus: it is checked once.
    assert_eq!(err.matches(": in orde").count(), 1, "{err}");
}
