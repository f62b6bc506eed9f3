//! Bad input: every kind gives a located Dutch error and exit 1, never a panic.

use crate::util::{bin, root};
use std::path::Path;

/// A casus made of the basis fixture plus one extra file with `text`.
fn casus_with(name: &str, text: &[u8]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("tests/fixtures/basis")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, tmp.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(tmp.path().join(name), text).unwrap();
    tmp
}

/// Run `check` in human format; return (exit code, stderr).
fn check_human(dir: &Path) -> (i32, String) {
    let out = bin().arg("check").arg(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_located(text: &[u8], line: u64, column: u64, message: &str) {
    let casus = casus_with("extra.yaml", text);
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1, "{stderr}");
    let place = format!("extra.yaml:{line}:{column}");
    assert!(stderr.contains(&place), "no {place} in:\n{stderr}");
    assert!(stderr.contains(message), "no `{message}` in:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn yaml_syntax_error_is_located() {
    assert_located(b"doelen: [\n", 1, 9, "een `[` wordt niet gesloten");
}

#[test]
fn wrong_type_is_located() {
    assert_located(
        b"doelen:\n  - id: x\n    omschrijving: [een, lijst]\n",
        3,
        19,
        "hier wordt een tekst verwacht",
    );
}

#[test]
fn unknown_key_suggests_the_right_one() {
    assert_located(
        b"doelen:\n  - id: x\n    omschrijvng: tekst\n",
        3,
        5,
        "bedoelt u `omschrijving`?",
    );
}

#[test]
fn duplicate_key_is_an_error() {
    assert_located(
        b"doelen:\n  - id: x\n    omschrijving: a\n    omschrijving: b\n",
        4,
        5,
        "staat twee keer",
    );
}

#[test]
fn invalid_date_is_located() {
    let text = b"partijen:\n  - id: jh\n    naam: JH\n    soort: jeugdhulpaanbieder\n    toetreding: { datum: 2026-02-30 }\n";
    assert_located(text, 5, 26, "geen geldige datum");
}

#[test]
fn dangling_reference_lists_what_exists() {
    let casus = casus_with(
        "extra.yaml",
        b"stromen:\n  - id: s\n    van: school-b\n    naar: [gemeente-a]\n    doel: schoolgang\n    gegevens: [verzuim]\n    grondslag: avg-6-1-c\n    wet: [lpw-21]\n    kanaal: oso\n",
    );
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("extra.yaml:3:10"), "{stderr}");
    assert!(stderr.contains("bedoelt u `school-a`?"), "{stderr}");
}

#[test]
fn missing_and_empty_folders_are_errors() {
    let (code, stderr) = check_human(Path::new("tests/fixtures/bestaat-niet"));
    assert_eq!(code, 1);
    assert!(stderr.contains("bestaat niet"), "{stderr}");
    let empty = tempfile::tempdir().unwrap();
    let (code, stderr) = check_human(empty.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("geen YAML-bestanden"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    let out = bin().args(["check", "--bestaat-niet"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().args(["explain", "XYZ-99"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().args(["explain", "GRD-0"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("Bedoelt u GRD-0"));
    let nowhere = tempfile::tempdir().unwrap();
    let out = bin()
        .current_dir(nowhere.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "no ./casus is a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("er is hier geen map ./casus"));
}

#[test]
fn usage_errors_and_help_are_in_dutch() {
    for (args, dutch) in [
        (&["chek"][..], "onbekende opdracht `chek`"),
        (&["chek"][..], "bedoelt u"),
        (
            &["check", "--format", "xml"][..],
            "ongeldige waarde `xml` voor `--format`",
        ),
        (&["check", "--format", "xml"][..], "mogelijk: human, json"),
        (&["check", "--strct"][..], "bedoelt u `--strict`?"),
        (&["explain"][..], "ontbrekend argument <CODE>"),
        (&["render", "--jobs", "0"][..], "buiten het bereik"),
    ] {
        let out = bin().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(dutch), "{args:?}: no `{dutch}` in {stderr}");
        assert!(
            !stderr.contains("error:") && !stderr.contains("Usage:"),
            "{stderr}"
        );
    }
    for args in [
        &["--help"][..],
        &["render", "--help"][..],
        &["check", "-h"][..],
    ] {
        let out = bin().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains("Gebruik: convenant") && help.contains("Opties:"),
            "{help}"
        );
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "[possible values:",
        ] {
            assert!(!help.contains(english), "{args:?}: `{english}` in {help}");
        }
    }
}

#[test]
fn explain_prints_explanation_and_source() {
    let out = bin().args(["explain", "grd-01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("GRD-01 (fout):"), "{text}");
    assert!(
        text.contains("Wat te doen:") && text.contains("Bron: artikel 6"),
        "{text}"
    );
}

#[test]
fn grondslagen_lists_the_catalogue() {
    let out = bin()
        .args(["grondslagen", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let e = list.iter().find(|g| g["id"] == "avg-6-1-e").unwrap();
    assert_eq!(e["citaat"], "artikel 6, eerste lid, onder e, AVG");
    let human = bin().arg("grondslagen").output().unwrap();
    assert!(
        String::from_utf8_lossy(&human.stdout)
            .contains("artikel 5.2.6 van de Wet maatschappelijke ondersteuning 2015")
    );
}

#[test]
fn init_copies_the_example_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let out = bin()
        .current_dir(tmp.path())
        .args(["init", "regio-noord"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = tmp.path().join("casus/regio-noord");
    let checked = convenant::check::check(&dir);
    // Lawful as it stands; the one warning says the example's FG
    // addresses are still in (VBD-01).
    assert!(
        !checked.fails(convenant::check::Strictness::Normal),
        "{:?}",
        checked.diagnostics
    );
    let warnings: Vec<&str> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == convenant::diagnostic::Severity::Warning)
        .map(|d| d.code)
        .collect();
    assert_eq!(warnings, ["VBD-01"], "{:?}", checked.diagnostics);
    // The example's names became the region's.
    let convenant_yaml = std::fs::read_to_string(dir.join("convenant.yaml")).unwrap();
    assert!(
        convenant_yaml.contains("kenmerk: PCV-RN-2026-01"),
        "{convenant_yaml}"
    );
    assert!(convenant_yaml.contains("Regio Noord"));
    for (rel, _) in convenant::init::EXAMPLE {
        let text = std::fs::read_to_string(dir.join(rel)).unwrap();
        assert!(!text.contains("regio-voorbeeld"), "{rel}");
        assert!(!text.contains("Regio Voorbeeld"), "{rel}");
    }
    // The editor files: the schema, VS Code's settings pointing at it, and
    // a .gitignore for the documents.
    let settings: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(tmp.path().join(".vscode/settings.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        settings["yaml.schemas"]["./.vscode/casus.schema.json"][0],
        "casus/**/*.yaml"
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join(".vscode/casus.schema.json")).unwrap(),
        convenant::schema::casus_schema()
    );
    let gitignore = std::fs::read_to_string(tmp.path().join(".gitignore")).unwrap();
    assert!(gitignore.lines().any(|l| l == "/out/"), "{gitignore}");
    // A second init of the same name changes nothing and says so.
    std::fs::write(dir.join("eigen.yaml"), "# mijn werk\n").unwrap();
    let again = bin()
        .current_dir(tmp.path())
        .args(["init", "regio-noord"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("bestaat al"));
    assert_eq!(
        std::fs::read_to_string(dir.join("eigen.yaml")).unwrap(),
        "# mijn werk\n"
    );
    let bad = bin()
        .current_dir(tmp.path())
        .args(["init", "../x"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("wijst buiten deze map"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    // `../x` from the project is a sibling of it: nothing made there.
    assert!(!tmp.path().parent().unwrap().join("x").exists());
}

#[test]
fn init_embeds_every_file_of_the_example() {
    let example = root().join("casus/regio-voorbeeld");
    let files: Vec<String> = convenant::load::yaml_files(&example)
        .unwrap()
        .iter()
        .map(|p| {
            p.strip_prefix(&example)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let embedded: Vec<String> = convenant::init::EXAMPLE
        .iter()
        .map(|(p, _)| p.to_string())
        .collect();
    assert_eq!(files, embedded, "update src/init.rs EXAMPLE");
    for (rel, text) in convenant::init::EXAMPLE {
        let on_disk = std::fs::read_to_string(example.join(rel)).unwrap();
        assert!(
            on_disk == *text,
            "{rel}: embedded text differs from the file"
        );
    }
}

#[test]
fn strict_turns_warnings_into_errors() {
    // GRD-07 is a warning: a GGD that rests a task on legitimate interest.
    let casus = casus_with(
        "extra.yaml",
        b"partijen:\n  - id: ggd-a\n    naam: GGD A\n    soort: ggd\n    fg: { naam: G. Bakker, email: fg@ggd-a.example }\n    taken:\n      - id: jgz\n        omschrijving: jeugdgezondheidszorg\n        grondslag: avg-6-1-f\n        doelen: [schoolgang]\n",
    );
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 0, "a warning alone passes: {stderr}");
    assert!(stderr.contains("waarschuwing[GRD-07]"), "{stderr}");
    let strict = bin()
        .args(["check", "--strict"])
        .arg(casus.path())
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn json_diagnostics_have_stable_keys() {
    let casus = casus_with("extra.yaml", b"doelen:\n  - id: x\n    omschrijvng: y\n");
    let (out, json) = crate::util::check_json(casus.path());
    assert_eq!(out.status.code(), Some(1));
    let d = &json[0];
    let mut keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "bron", "casus", "code", "column", "file", "help", "line", "message", "severity"
        ]
    );
    assert_eq!(d["code"], "YAML-01");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["line"], 3);
}

#[test]
fn a_file_given_as_casus_is_named_as_a_file() {
    // A YAML file stands for its casus (see gebruik.rs); another file does not.
    let casus = casus_with("LEESMIJ.txt", b"lees mij\n");
    let (code, stderr) = check_human(&casus.path().join("LEESMIJ.txt"));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("is een bestand, geen casusmap"), "{stderr}");
}

#[test]
fn a_task_of_another_party_names_the_party_that_lacks_it() {
    // `leerplicht` is a task of gemeente-a, not of school-a.
    let text = b"casusoverleggen:
  - id: overleg
    naam: overleg
    doel: schoolgang
    voorzitter: school-a
    deelnemers:
      - { partij: school-a, taak: leerplicht, functie: intern begeleider }
    betrokkenen: uitgenodigd
    fasen: [bespreking]
    verslaglegging: { door: school-a, waar: dossier, bewaartermijn: twee jaar, kanaal: beveiligde-omgeving }
";
    assert_located(
        text,
        7,
        35,
        "partij `school-a` heeft geen taak `leerplicht`",
    );
    let casus = casus_with("extra.yaml", text);
    let (_, stderr) = check_human(casus.path());
    assert!(
        stderr.contains("taken van `school-a`: `verzuim`"),
        "{stderr}"
    );
}

#[test]
fn a_misspelt_purpose_is_one_reference_error_not_a_missing_task() {
    let text = b"stromen:
  - id: extra
    van: school-a
    naar: [gemeente-a]
    doel: schoolgangg
    gegevens: [verzuim]
    grondslag: avg-6-1-c
    wet: [lpw-21]
    kanaal: beveiligde-omgeving
";
    assert_located(text, 5, 11, "doel `schoolgangg` bestaat niet");
    let casus = casus_with("extra.yaml", text);
    let (_, stderr) = check_human(casus.path());
    assert!(!stderr.contains("PUR-01"), "{stderr}");
}

#[test]
fn a_key_indented_too_little_is_a_syntax_error_where_it_stands() {
    // Not "missing key `evaluatie`" at the line before: the cause is here.
    let text = b"doelen:\n  - id: x\n    omschrijving: tekst\n   extra: y\n  - id: z\n    omschrijving: twee\n";
    assert_located(text, 4, 4, "de inspringing klopt waarschijnlijk niet");
}

#[test]
fn an_unknown_article_is_not_answered_with_a_far_one() {
    let flow = |wet: &str| {
        format!(
            "stromen:\n  - id: extra\n    van: school-a\n    naar: [gemeente-a]\n    doel: schoolgang\n    gegevens: [verzuim]\n    grondslag: avg-6-1-c\n    wet: [{wet}]\n    kanaal: beveiligde-omgeving\n"
        )
    };
    // lpw-5 is not lpw-16: the help lists the law's articles and `wetten:`.
    let casus = casus_with("extra.yaml", flow("lpw-5").as_bytes());
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("CAT-01"), "{stderr}");
    assert!(!stderr.contains("bedoelt u `lpw-16`"), "{stderr}");
    assert!(
        stderr.contains("`lpw-16`, `lpw-17`, `lpw-21`") && stderr.contains("`wetten:`"),
        "{stderr}"
    );
    // lpw-20 is near lpw-21: that is a likely typo.
    let casus = casus_with("extra.yaml", flow("lpw-20").as_bytes());
    let (_, stderr) = check_human(casus.path());
    assert!(stderr.contains("bedoelt u `lpw-21`?"), "{stderr}");
}

/// The first mistakes a non-programmer makes in YAML get a Dutch message at
/// the line to fix, with the fix that works.
#[test]
fn common_yaml_mistakes_get_a_message_at_the_line_to_fix() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "partijen:\n  - id: x\n    naam: \"Gemeente Voorstad\n    soort: gemeente\n",
            "extra.yaml:3:11",
            "wordt niet afgesloten",
        ),
        (
            "partijen:\n  - id: x\n    naam: X\n    vestiging: 's-Hertogenbosch\n    soort: gemeente\n",
            "extra.yaml:4:16",
            "\"'s-Hertogenbosch\"",
        ),
        (
            "partijen:\n  - id: x\n    soort:gemeente\n",
            "extra.yaml:3:5",
            "`soort: gemeente`",
        ),
        (
            "gegevens:\n  - id: x\n    naam: x\n    soort: gewoon\n    identificerend: ja\n",
            "extra.yaml:5:21",
            "`true` of `false`",
        ),
        (
            "partijen:\n  - id: x\n\tnaam: y\n",
            "extra.yaml:3:1",
            "vervang de tab door spaties",
        ),
        (
            "partijen:\n  - id: x\n    naam:\n    soort: gemeente\n",
            "extra.yaml:3:9",
            "hier ontbreekt een waarde",
        ),
        (
            "partijen:\n  -id: x\n    naam: X\n    soort: gemeente\n",
            "extra.yaml:2:4",
            "schrijf `- id: x`",
        ),
        (
            "doelen:\n  - id: x\n    omschrijving: doel: iets\n",
            "extra.yaml:3:23",
            "tussen aanhalingstekens",
        ),
        (
            "partijen:\n  - id: x\n     naam: X\n    soort: gemeente\n",
            "extra.yaml:3:6",
            "`naam:` springt verder in dan de sleutel erboven",
        ),
        (
            "stromen:\n  - id: s-x\n    van: gemeente-a\n    naar: [school-a\n",
            "extra.yaml:4:11",
            "sluit met `]` op dezelfde regel",
        ),
        (
            "partijen:\n  - id: x\n    naam: X\n    soort: gemeente\n    fg: { naam: A, email: a@b.nl\n",
            "extra.yaml:5:9",
            "sluit met `}` op dezelfde regel",
        ),
        (
            "stromen:\n  - id: s-x\n    van: gemeente-a\n    naar: school-a, gemeente-a\n",
            "extra.yaml:4:11",
            "schrijf `[a, b]`",
        ),
        (
            "partijen:\n  - id: x\n    Naam: X\n    soort: gemeente\n",
            "extra.yaml:3:5",
            "bedoelt u `naam`?",
        ),
        (
            "partijen:\n  - id: x\n    naam X\n    soort: gemeente\n",
            "extra.yaml:3:5",
            "met een spatie na de dubbele punt",
        ),
        (
            "partijen:\n  - id: x\n    naam: X\n",
            "extra.yaml:3:5",
            "verplichte sleutel `soort` ontbreekt",
        ),
        (
            "partijen:\n  - id: x\n    naam: @home\n    soort: gemeente\n",
            "extra.yaml:3:11",
            "tussen aanhalingstekens",
        ),
    ];
    for (text, place, words) in cases {
        let casus = casus_with("extra.yaml", text.as_bytes());
        let (code, stderr) = check_human(casus.path());
        assert_eq!(code, 1, "{text}");
        assert!(stderr.contains(place), "{text}: not at {place}:\n{stderr}");
        assert!(stderr.contains(words), "{text}: no {words:?}:\n{stderr}");
        assert!(!stderr.contains("geheel getal"), "{text}: {stderr}");
    }
}

#[test]
fn a_comma_between_braces_and_a_missing_dash_are_explained() {
    let casus = casus_with(
        "extra.yaml",
        b"partijen:\n  - id: x\n    naam: X\n    soort: gemeente\n    vertegenwoordiger: { naam: A, functie: wethouder, portefeuillehouder Jeugd }\n",
    );
    let (_, stderr) = check_human(casus.path());
    assert!(
        stderr.contains("komma in een waarde tussen `{ }`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\"wethouder, portefeuillehouder Jeugd\""),
        "{stderr}"
    );
    let casus = casus_with(
        "extra.yaml",
        b"partijen:\n  - id: x\n    naam: X\n    soort: gemeente\n    id: y\n",
    );
    let (_, stderr) = check_human(casus.path());
    assert!(
        stderr.contains("Zet dan `- ` voor zijn eerste sleutel"),
        "{stderr}"
    );
    assert!(stderr.contains("`convenant explain YAML-01`"), "{stderr}");
}

#[test]
fn the_old_and_new_name_of_a_key_together_and_a_huge_number_are_explained() {
    let casus = casus_with(
        "convenant.yaml",
        b"convenant:\n  titel: T\n  kenmerk: K\n  versie: \"1\"\n  datum: 2026-03-01\n  plaats: P\n  looptijd: 4\n  looptijd_jaren: 4\n",
    );
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`looptijd_jaren` is de oude naam van `looptijd`"),
        "{stderr}"
    );
    let casus = casus_with(
        "convenant.yaml",
        b"convenant:\n  titel: T\n  kenmerk: K\n  versie: \"1\"\n  datum: 2026-03-01\n  plaats: P\n  opzegtermijn_maanden: 4294967296\n",
    );
    let (_, stderr) = check_human(casus.path());
    assert!(stderr.contains("dit getal past hier niet"), "{stderr}");
    assert!(!stderr.contains("u32"), "{stderr}");
}

/// Errors come first, a bad id before the references that fail because of
/// it, and the DPIA notice last: the first lines on screen are the fix.
#[test]
fn the_cause_comes_first_and_notices_last() {
    let casus = casus_with("extra.yaml", b"# nothing\n");
    let partijen = std::fs::read_to_string(casus.path().join("partijen.yaml"))
        .unwrap()
        .replacen("  - id: gemeente-a\n", "  - id: Gemeente_A\n", 1);
    std::fs::write(casus.path().join("partijen.yaml"), partijen).unwrap();
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1, "{stderr}");
    let at = |needle: &str| {
        stderr
            .find(needle)
            .unwrap_or_else(|| panic!("no `{needle}` in:\n{stderr}"))
    };
    // dpia.yaml (a reference to gemeente-a) comes before partijen.yaml by
    // place; the bad id is shown first all the same.
    assert!(at("fout[ID-01]") < at("fout[REF-01]"), "{stderr}");
    assert!(
        stderr.rfind("fout[").unwrap() < at("info[DPIA-00]"),
        "{stderr}"
    );
}

/// Three typos in three items of one file show in one run, each at its own
/// line, in file order; a later run is not needed to find the second.
#[test]
fn errors_in_several_items_of_a_file_show_in_one_run() {
    let text = "gegevens:\n  - id: extra-a\n    nam: A\n    soort: gewoon\n  - id: extra-b\n    naam: B\n    soort: gewoonn\n  - id: extra-c\n    naam: C\n    soort: gewoon\n  - id: extra-d\n    naam: D\n    soort: gewoon\n    identificerend: ja\n";
    let casus = casus_with("extra.yaml", text.as_bytes());
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1, "{stderr}");
    let places: Vec<usize> = ["extra.yaml:3:", "extra.yaml:7:", "extra.yaml:14:"]
        .iter()
        .map(|p| {
            stderr
                .find(p)
                .unwrap_or_else(|| panic!("no {p} in:\n{stderr}"))
        })
        .collect();
    assert!(
        places.windows(2).all(|w| w[0] < w[1]),
        "not in file order:\n{stderr}"
    );
    // The item without a mistake gives none, and each error is told once.
    assert!(!stderr.contains("extra.yaml:9:"), "{stderr}");
    assert_eq!(stderr.matches("extra.yaml:3:").count(), 1, "{stderr}");
}

/// Three mistakes in one item show in one run too: each line with its own
/// error, and nothing that only comes from reading the item again without
/// a line (a missing `naam` after the typo `nam` is blanked, say).
#[test]
fn errors_in_one_item_show_in_one_run() {
    let text = "gegevens:\n  - id: extra-a\n    nam: A\n    soort: gewoonn\n    # een opmerking\n    identificerend: ja\n  - id: extra-b\n    naam: B\n    soort: gewoon\n";
    let casus = casus_with("extra.yaml", text.as_bytes());
    let (code, stderr) = check_human(casus.path());
    assert_eq!(code, 1, "{stderr}");
    for (place, what) in [
        ("extra.yaml:3:", "onbekende sleutel `nam`"),
        ("extra.yaml:4:", "`gewoonn`"),
        ("extra.yaml:6:", "`true` of `false`"),
    ] {
        let at = stderr
            .find(place)
            .unwrap_or_else(|| panic!("no {place} in:\n{stderr}"));
        assert!(
            stderr[..at].rfind(what).is_some(),
            "{what} not before {place}:\n{stderr}"
        );
        assert_eq!(stderr.matches(place).count(), 1, "{stderr}");
    }
    assert!(
        !stderr.contains("missing") && !stderr.contains("ontbreekt"),
        "{stderr}"
    );
    assert!(stderr.contains("3 fouten"), "{stderr}");
}
