//! Concept and definitief, and the open items: one count in `check`, in
//! `convenant open`, on the index page and in the documents.

use crate::util::{bin, copy_casus, files, pdf_text, require_poppler, require_typst, root};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    root().join("casus/regio-voorbeeld")
}

fn complete() -> PathBuf {
    root().join("tests/fixtures/rules/OPEN-01/pass")
}

fn run(args: &[&str], casus: &Path) -> (i32, String, String) {
    let o = bin().args(args).arg(casus).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The numbers of the open items marked in a set of Markdown files.
fn marked(dir: &Path) -> BTreeSet<u64> {
    let mut out = BTreeSet::new();
    for (name, bytes) in files(dir) {
        if !name.ends_with(".md") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        for part in text.split("](index.html#open-").skip(1) {
            let n: String = part.chars().take_while(char::is_ascii_digit).collect();
            out.insert(n.parse().unwrap());
        }
    }
    out
}

#[test]
fn the_example_is_a_concept_whose_open_items_are_counted_once_everywhere() {
    // check --format json: each open item, as info in a concept.
    let (code, json, _) = run(&["check", "--format", "json"], &example());
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let json = json["diagnostics"].as_array().unwrap();
    let from_check: Vec<&serde_json::Value> =
        json.iter().filter(|d| d["code"] == "OPEN-01").collect();
    assert!(from_check.len() > 20, "{}", from_check.len());
    for d in &from_check {
        assert_eq!(d["severity"], "info");
        assert!(d["file"].is_string() && d["line"].is_u64(), "{d}");
    }
    // convenant open --format json: the same items.
    let (code, open, _) = run(&["open", "--format", "json"], &example());
    assert_eq!(code, 0);
    let open: serde_json::Value = serde_json::from_str(&open).unwrap();
    let items = open[0]["open"].as_array().unwrap();
    assert_eq!(items.len(), from_check.len());
    assert_eq!(open[0]["status"], "concept");
    // The documents mark exactly those numbers; the index lists each.
    let out = tempfile::tempdir().unwrap();
    crate::util::render_ok(&example(), out.path(), "md,html");
    let dir = out.path().join("regio-voorbeeld");
    let numbers = marked(&dir);
    let expected: BTreeSet<u64> = (1..=items.len() as u64).collect();
    assert_eq!(numbers, expected);
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for n in &expected {
        assert!(index.contains(&format!("<h4 id=\"open-{n}\">")), "open-{n}");
    }
    assert!(index.contains("Nog te beslissen door Partijen gezamenlijk"));
    // Every page says it is a concept: Markdown first line, HTML banner;
    // the English specification (`taal: en`) says it in English.
    for (name, bytes) in files(&dir) {
        let text = String::from_utf8(bytes).unwrap();
        let concept =
            if name.starts_with("verwerkersovereenkomst-vo-achterveld-begeleidingsplan-vo.") {
                "Draft"
            } else {
                "Concept"
            };
        if name.ends_with(".md") {
            assert!(text.starts_with(&format!("> **{concept}**")), "{name}");
            assert!(
                !text.contains("In te vullen door") || text.contains("**open "),
                "{name}"
            );
        }
        if name.ends_with(".html") {
            assert!(
                text.contains(&format!(
                    "<main>\n<blockquote>\n<p><strong>{concept}</strong>"
                )),
                "{name}"
            );
        }
    }
    // The human check: one line with the count, not one per item.
    let (_, _, human) = run(&["check"], &example());
    assert_eq!(human.matches("info[OPEN-01]").count(), 1, "{human}");
    assert!(
        human.contains(&format!("{} open punten", items.len())),
        "{human}"
    );
}

#[test]
fn every_pdf_page_of_a_concept_carries_the_watermark() {
    require_typst();
    require_poppler();
    let out = tempfile::tempdir().unwrap();
    crate::util::render_ok(&example(), out.path(), "pdf");
    let dir = out.path().join("regio-voorbeeld");
    let mut english: Vec<String> = Vec::new();
    for (name, _) in files(&dir).into_iter().filter(|(n, _)| n.ends_with(".pdf")) {
        let pdf = dir.join(&name);
        let pages = crate::util::pdf_pages(&pdf);
        // A document for a processor abroad (`taal: en`) is marked in
        // English, on every page; the others in Dutch.
        let en = crate::util::pdf_page_text(&pdf, 1).contains("DRAFT");
        let (mark, footer) = if en {
            english.push(name.clone());
            ("DRAFT", "Draft,version1.0")
        } else {
            ("CONCEPT", "Concept,versie1.0")
        };
        for page in 1..=pages {
            let text = crate::util::pdf_page_text(&pdf, page);
            assert!(text.contains(mark), "{name} page {page} has no watermark");
            assert!(text.contains(footer), "{name} page {page}: {text}");
        }
    }
    // The example has one processor that reads no Dutch, and only its
    // document is in English.
    assert_eq!(
        english,
        ["verwerkersovereenkomst-vo-achterveld-begeleidingsplan-vo.pdf"],
        "English documents"
    );
}

#[test]
fn a_definitief_covenant_with_open_items_is_refused_naming_each() {
    let (_tmp, casus) = copy_casus(&example(), "regio-voorbeeld");
    let path = casus.join("convenant.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("status: concept", "status: definitief")).unwrap();
    let (code, json, _) = run(&["check", "--format", "json"], &casus);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let json = json["diagnostics"].as_array().unwrap();
    let open: Vec<_> = json.iter().filter(|d| d["code"] == "OPEN-01").collect();
    assert!(open.len() > 20);
    for d in &open {
        assert_eq!(d["severity"], "error");
        assert!(d["file"].as_str().is_some_and(|f| f.ends_with(".yaml")) && d["line"].is_u64());
    }
    // A missing fact is an error now too: the DPIA's FG advice, for one.
    let (code, _, human) = run(&["check"], &casus);
    assert_eq!(code, 1);
    assert_eq!(
        human.matches("fout[OPEN-01]").count(),
        open.len(),
        "{human}"
    );
    // render writes nothing.
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("render")
        .arg(&casus)
        .arg("--out")
        .arg(out.path())
        .args(["--format", "md,html"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(files(out.path()).is_empty());
}

#[test]
fn missing_facts_are_findings_in_a_concept_and_errors_in_a_definitief() {
    let (_tmp, casus) = copy_casus(&complete(), "compleet");
    let dpia = casus.join("dpia.yaml");
    let text = std::fs::read_to_string(&dpia).unwrap();
    std::fs::write(
        &dpia,
        text.replace(
            "  fg_advies: { datum: 2026-02-01, kenmerk: FG-2026-01 }\n",
            "",
        ),
    )
    .unwrap();
    let (code, _, human) = run(&["check"], &casus);
    assert_eq!(code, 1, "{human}");
    assert!(human.contains("fout[DPIA-02]"), "{human}");
    let conv = casus.join("convenant.yaml");
    let text = std::fs::read_to_string(&conv).unwrap();
    std::fs::write(&conv, text.replace("status: definitief", "status: concept")).unwrap();
    let (code, _, human) = run(&["check"], &casus);
    assert_eq!(code, 0, "{human}");
    assert!(human.contains("info[DPIA-02]"), "{human}");
    assert!(human.contains("1 open punt"), "{human}");
}

#[test]
fn a_complete_definitief_casus_has_no_mark_and_no_watermark() {
    let (code, _, human) = run(&["check"], &complete());
    assert_eq!(code, 0, "{human}");
    assert!(!human.contains("[OPEN-01]"), "{human}");
    let (code, open, _) = run(&["open"], &complete());
    assert_eq!(code, 0);
    assert!(open.contains("geen open punten"), "{open}");
    let out = tempfile::tempdir().unwrap();
    let formats = if which_typst() {
        "md,html,pdf"
    } else {
        "md,html"
    };
    crate::util::render_ok(&complete(), out.path(), formats);
    let dir = out.path().join("pass");
    for (name, bytes) in files(&dir) {
        if name.ends_with(".pdf") {
            let text = pdf_text(&dir.join(&name));
            assert!(
                !text.contains("CONCEPT") && !text.contains("Concept"),
                "{name}"
            );
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let text = text.split("<style>").next().unwrap_or(&text).to_string()
            + text.split("</style>").nth(1).unwrap_or("");
        for word in [
            "index.html#open-",
            "In te vullen",
            "Concept",
            "beoogde datum",
            "beoogde ondertekening",
            "(beoogd:",
        ] {
            assert!(!text.contains(word), "{name} contains {word}");
        }
    }
    let conv = std::fs::read_to_string(dir.join("convenant.md")).unwrap();
    assert!(
        conv.contains("geen Verwerkers in"),
        "verwerkers: [] means none"
    );
    assert!(conv.contains("geldt voor onbepaalde tijd"));
}

fn which_typst() -> bool {
    std::process::Command::new(std::env::var_os("TYPST").unwrap_or_else(|| "typst".into()))
        .arg("--version")
        .output()
        .is_ok()
}

#[test]
fn no_processor_list_is_an_open_item_and_an_empty_list_is_none() {
    let (_tmp, casus) = copy_casus(&complete(), "compleet");
    let conv = casus.join("convenant.yaml");
    let text = std::fs::read_to_string(&conv).unwrap();
    std::fs::write(&conv, text.replace("verwerkers: []", "")).unwrap();
    let (code, out, _) = run(&["open"], &casus);
    assert_eq!(code, 0);
    assert!(out.contains("welke Verwerkers de Partijen"), "{out}");
    std::fs::write(
        &conv,
        text.replace("verwerkers: []", "verwerkers: onbekend"),
    )
    .unwrap();
    let (_, out, _) = run(&["open"], &casus);
    assert!(out.contains("welke Verwerkers de Partijen"), "{out}");
    let (code, _, human) = run(&["check"], &casus);
    assert_eq!(code, 1, "definitief with an open item: {human}");
}

#[test]
fn unknown_is_accepted_where_a_value_can_be_open() {
    let (_tmp, casus) = copy_casus(&complete(), "compleet");
    let p = casus.join("partijen.yaml");
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        text.replace(
            "vertegenwoordiger: { naam: A. Jansen, functie: burgemeester }",
            "vertegenwoordiger: onbekend",
        ),
    )
    .unwrap();
    let (_, out, _) = run(&["open"], &casus);
    assert!(out.contains("naam en functie van wie tekent"), "{out}");
    assert!(
        out.contains("`vertegenwoordiger` bij partij `gemeente-a`"),
        "{out}"
    );
    // A typo is not `onbekend`: it is read as the value and refused.
    std::fs::write(
        &p,
        text.replace(
            "vertegenwoordiger: { naam: A. Jansen, functie: burgemeester }",
            "vertegenwoordiger: onbkend",
        ),
    )
    .unwrap();
    let (code, _, human) = run(&["check"], &casus);
    assert_eq!(code, 1, "{human}");
    assert!(human.contains("YAML-01"), "{human}");
}

#[test]
fn the_decision_to_sign_is_on_the_tekenblad_and_open_for_a_gemeente_without_one() {
    let out = tempfile::tempdir().unwrap();
    crate::util::render_ok(&example(), out.path(), "md");
    let conv = std::fs::read_to_string(out.path().join("regio-voorbeeld/convenant.md")).unwrap();
    let tekenblad = conv.split_once("## Tekenblad").unwrap().1;
    assert!(
        tekenblad.contains("Besluit tot ondertekening: het college van burgemeester en wethouders, 17 februari 2026, kenmerk B\\&W-VST-2026-031"),
        "{tekenblad}"
    );
    assert!(
        tekenblad.contains("In te vullen door Gemeente Achterveld: het besluit van het college om dit Convenant aan te gaan"),
        "{tekenblad}"
    );
}

#[test]
fn the_categories_of_data_subjects_fill_the_dpia() {
    let out = tempfile::tempdir().unwrap();
    crate::util::render_ok(&example(), out.path(), "md");
    let dpia = std::fs::read_to_string(out.path().join("regio-voorbeeld/dpia.md")).unwrap();
    assert!(
        dpia.contains("| leerlingen en jongeren | 4 tot 18 jaar |"),
        "{dpia}"
    );
    // With categories in the casus, they are no longer an open item.
    let (_, open, _) = run(&["open"], &example());
    assert!(!open.contains("de categorieën betrokkenen"), "{open}");
    // Without them, they are.
    let (_tmp, casus) = copy_casus(&example(), "regio-voorbeeld");
    let path = casus.join("doelen-en-gegevens.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let cut = text.find("\nbetrokkenen:").unwrap();
    std::fs::write(&path, &text[..cut]).unwrap();
    let (_, open, _) = run(&["open"], &casus);
    assert!(open.contains("categorie"), "{open}");
}

#[test]
fn blank_and_capitalised_unknown_are_open_items_not_values() {
    for value in ["Onbekend", "'   '", "ONBEKEND"] {
        let (_tmp, casus) = copy_casus(&complete(), "compleet");
        let conv = casus.join("convenant.yaml");
        let text = std::fs::read_to_string(&conv).unwrap();
        let start = text.find("  geschillen: >-").unwrap();
        let end = start + text[start..].find("\n\n").unwrap();
        std::fs::write(
            &conv,
            format!("{}  geschillen: {value}{}", &text[..start], &text[end..]),
        )
        .unwrap();
        let (code, out, _) = run(&["open"], &casus);
        assert_eq!(code, 0);
        assert!(
            out.contains("hoe een geschil wordt beslecht"),
            "{value}: {out}"
        );
    }
}
