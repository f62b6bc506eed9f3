//! Groups of parties: a region writes a flow once for all its school
//! boards, and the rules still check every board.

use crate::util::{bin, root};
use std::path::Path;

/// A region with `n` school boards in one group; the last joins later.
fn region(dir: &Path, n: usize, group_task: bool) {
    let basis = root().join("tests/fixtures/basis");
    for f in ["convenant.yaml", "gegevens.yaml", "dpia.yaml"] {
        std::fs::copy(basis.join(f), dir.join(f)).unwrap();
    }
    let mut partijen = String::from(
        "partijen:\n  - id: gemeente-a\n    naam: Gemeente A\n    soort: gemeente\n    fg: { naam: F. de Graaf, email: fg@gemeente-a.example }\n    taken:\n      - id: leerplicht\n        omschrijving: toezicht op de naleving van de Leerplichtwet\n        grondslag: avg-6-1-e\n        wet: [lpw-16]\n        doelen: [schoolgang]\n",
    );
    let mut leden = Vec::new();
    for i in 1..=n {
        partijen.push_str(&format!(
            "  - id: bestuur-{i}\n    naam: Stichting Schoolbestuur {i}\n    soort: schoolbestuur\n    fg: {{ naam: F. Visser, email: fg@bestuur-{i}.example }}\n"
        ));
        if !group_task {
            partijen.push_str(&format!(
                "    taken:\n      - id: verzuim\n        omschrijving: melden van ongeoorloofd verzuim\n        grondslag: avg-6-1-c\n        wet: [lpw-21]\n        doelen: [{}]\n",
                if i == 2 { "anders" } else { "schoolgang" }
            ));
        }
        if i == n && n > 1 {
            partijen.push_str("    toetreding: { datum: 2026-06-01, bekendgemaakt: 2026-06-08 }\n");
        }
        leden.push(format!("bestuur-{i}"));
    }
    std::fs::write(dir.join("partijen.yaml"), partijen).unwrap();
    let taken = if group_task {
        "    taken:\n      - id: verzuim\n        omschrijving: melden van ongeoorloofd verzuim\n        grondslag: avg-6-1-c\n        wet: [lpw-21]\n        doelen: [schoolgang]\n"
    } else {
        ""
    };
    std::fs::write(
        dir.join("groepen.yaml"),
        format!(
            "groepen:\n  - id: schoolbesturen\n    naam: de schoolbesturen van de regio\n    korte_naam: de Schoolbesturen\n    leden: [{}]\n{taken}\ndoelen:\n  - id: anders\n    omschrijving: iets anders\n",
            leden.join(", ")
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("stromen.yaml"),
        "stromen:\n  - id: verzuimmelding\n    van: gemeente-a\n    naar: [schoolbesturen]\n    doel: schoolgang\n    gegevens: [identificatie, verzuim]\n    grondslag: avg-6-1-e\n    wet: [lpw-16]\n    kanaal: beveiligde-omgeving\n",
    )
    .unwrap();
}

fn check(dir: &Path) -> (i32, String) {
    let o = bin().arg("check").arg(dir).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn render_md(dir: &Path, out: &Path) -> String {
    crate::util::render_ok(dir, out, "md");
    let name = dir.file_name().unwrap();
    std::fs::read_to_string(out.join(name).join("convenant.md")).unwrap()
}

#[test]
fn twelve_boards_in_a_group_need_no_more_flows_than_one() {
    let tmp = tempfile::tempdir().unwrap();
    let (one, twelve) = (tmp.path().join("een"), tmp.path().join("twaalf"));
    std::fs::create_dir_all(&one).unwrap();
    std::fs::create_dir_all(&twelve).unwrap();
    region(&one, 1, true);
    region(&twelve, 12, true);
    for dir in [&one, &twelve] {
        let (code, err) = check(dir);
        assert_eq!(code, 0, "{err}");
    }
    let conv = render_md(&twelve, &tmp.path().join("out"));
    let conv_one = render_md(&one, &tmp.path().join("out"));
    // One flow, numbered once, to the group by its short name.
    let rows = |md: &str| {
        md.lines()
            .filter(|l| l.starts_with("| ") && l.contains(" → "))
            .count()
    };
    assert!(rows(&conv) >= 1, "{conv}");
    assert_eq!(rows(&conv), rows(&conv_one), "{conv}");
    assert!(conv.contains("de Schoolbesturen"), "{conv}");
    // Every board: once in the party block, once on the tekenblad (the one
    // that joins later in the accession list instead).
    let (partijen, rest) = conv.split_once("## Overwegingen").unwrap();
    let tekenblad = rest.split_once("## Tekenblad").unwrap().1;
    for i in 1..=12 {
        let name = format!("**Stichting Schoolbestuur {i}**");
        assert_eq!(partijen.matches(&name).count(), 1, "party block, board {i}");
        let expected = if i == 12 { 0 } else { 1 };
        assert_eq!(
            tekenblad.matches(&name).count(),
            expected,
            "tekenblad, board {i}"
        );
    }
}

#[test]
fn a_member_without_the_task_is_named_with_its_group_and_the_flow() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regio");
    std::fs::create_dir_all(&dir).unwrap();
    // No group task: each board has its own, and board 2's serves another purpose.
    region(&dir, 3, false);
    let (code, err) = check(&dir);
    assert_eq!(code, 1, "{err}");
    let finding = err
        .split("\n\n")
        .find(|b| b.contains("bestuur-2"))
        .unwrap_or_else(|| panic!("no finding names bestuur-2: {err}"));
    assert!(finding.contains("verzuimmelding"), "{finding}");
    assert!(
        finding.contains("als lid van groep `schoolbesturen`"),
        "{finding}"
    );
    assert!(finding.contains("stromen.yaml:4:"), "{finding}");
    assert!(!err.contains("bestuur-1`"), "{err}");
}

#[test]
fn an_unknown_group_member_is_a_reference_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regio");
    std::fs::create_dir_all(&dir).unwrap();
    region(&dir, 2, true);
    let path = dir.join("groepen.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("bestuur-2]", "bestuur-3]")).unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, 1);
    assert!(err.contains("REF-01") && err.contains("bestuur-3"), "{err}");
}

/// A joint executive body of gemeenten, youth health care that is not a
/// GGD, and a foundation for the local teams: each its own kind.
#[test]
fn a_joint_body_acts_under_the_colleges_mandate_and_jgz_is_not_a_ggd() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regio");
    std::fs::create_dir_all(&dir).unwrap();
    region(&dir, 1, true);
    std::fs::write(
        dir.join("extra.yaml"),
        "partijen:\n  - id: uitvoering\n    naam: Stichting Uitvoering Sociaal Domein\n    soort: uitvoeringsorganisatie\n    namens: [gemeente-a]\n    mandaat: { besluit: M-2026-3, datum: 2026-01-10 }\n    fg: { naam: U. Smit, email: fg@uitvoering.example }\n    taken:\n      - id: leerplicht\n        omschrijving: uitvoering van de Leerplichtwet namens de gemeente\n        grondslag: avg-6-1-e\n        wet: [lpw-16]\n        doelen: [schoolgang]\n  - id: jgz-a\n    naam: Stichting JGZ A\n    soort: jgz\n    fg: { naam: J. Bos, email: fg@jgz-a.example }\n    taken:\n      - id: jgz\n        omschrijving: jeugdgezondheidszorg\n        grondslag: avg-6-1-e\n        wet: [wpg-5]\n        doelen: [schoolgang]\n  - id: wijkteams\n    naam: Stichting Wijkteams A\n    soort: lokaal-team\n    fg: { naam: W. Dekker, email: fg@wijkteams.example }\n    taken:\n      - id: toegang\n        omschrijving: toegang tot jeugdhulp namens de gemeente\n        grondslag: avg-6-1-e\n        wet: [jw-2-3]\n        doelen: [schoolgang]\n",
    )
    .unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, 0, "{err}");
    let conv = render_md(&dir, &tmp.path().join("out"));
    assert!(
        conv.contains("handelend namens de colleges van burgemeester en wethouders van Gemeente A, krachtens het mandaatbesluit M-2026-3 van 10 januari 2026"),
        "{conv}"
    );
    assert!(
        conv.contains("**Stichting JGZ A**, jeugdgezondheidszorg"),
        "{conv}"
    );
    assert!(!conv.contains("**Stichting JGZ A**, GGD"), "{conv}");
    assert!(
        conv.contains("**Stichting Wijkteams A**, lokaal team"),
        "{conv}"
    );
    // A mandate that is not yet known is an open item, not a blank.
    let extra = std::fs::read_to_string(dir.join("extra.yaml")).unwrap();
    std::fs::write(
        dir.join("extra.yaml"),
        extra.replace(
            "    mandaat: { besluit: M-2026-3, datum: 2026-01-10 }\n",
            "",
        ),
    )
    .unwrap();
    let o = bin().arg("open").arg(&dir).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("het mandaatbesluit van de colleges"), "{out}");
}

/// A hostile pull request: groups nested thousands deep and groups that
/// contain each other end with an answer, never with a crashed stack.
#[test]
fn deeply_nested_and_cyclic_groups_end_without_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regio");
    std::fs::create_dir_all(&dir).unwrap();
    region(&dir, 2, true);
    let mut groups = String::from("groepen:\n");
    let depth = 3000;
    for i in 0..depth {
        let next = if i + 1 == depth {
            "bestuur-1".to_string()
        } else {
            format!("diep-{}", i + 1)
        };
        groups.push_str(&format!(
            "  - id: diep-{i}\n    naam: groep {i}\n    leden: [{next}, diep-0]\n"
        ));
    }
    std::fs::write(dir.join("diep.yaml"), groups).unwrap();
    let path = dir.join("stromen.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("naar: [schoolbesturen]", "naar: [diep-0]"),
    )
    .unwrap();
    let o = bin().arg("check").arg(&dir).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    // Every group contains diep-0 again: each is a cycle, reported, no crash.
    assert_eq!(o.status.code(), Some(1), "{}", &err[..err.len().min(2000)]);
    assert!(err.contains("GRP-01"));
}

/// A flow from a group of a thousand to itself stands for a million pairs:
/// refused before the rules expand it, with the flow named.
#[test]
fn a_flow_that_stands_for_too_many_pairs_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regio");
    std::fs::create_dir_all(&dir).unwrap();
    region(&dir, 1000, true);
    let path = dir.join("stromen.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("van: gemeente-a", "van: schoolbesturen"),
    )
    .unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, 1);
    assert!(
        err.contains("LAD-05") && err.contains("`verzuimmelding`"),
        "{err}"
    );
}

/// `check --templates` fills in the index page too: what it accepts,
/// render makes.
#[test]
fn check_with_templates_fills_the_index_page_too() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path().join("sjablonen");
    std::fs::create_dir_all(&t).unwrap();
    std::fs::write(t.join("index.md"), "{{ bestaat.niet }}\n").unwrap();
    let o = bin()
        .args(["check", "--templates"])
        .arg(&t)
        .arg(root().join("tests/fixtures/basis"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("SJB-01"));
}

#[test]
fn a_group_where_one_party_belongs_is_named_as_a_group() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("regio");
    std::fs::create_dir_all(&dir).unwrap();
    region(&dir, 2, true);
    let path = dir.join("dpia.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "verantwoordelijke: gemeente-a",
            "verantwoordelijke: schoolbesturen",
        ),
    )
    .unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, 1);
    assert!(
        err.contains("`schoolbesturen` is een groep; hier hoort één partij"),
        "{err}"
    );
    assert!(!err.contains("bestaat niet"), "{err}");
}
