//! The DPIA assesses the casus itself: a necessity row per flow, a risk
//! register derived from the casus (each row naming its flows), measures per
//! risk, an adoption block per controller, and a residual risk that stays an
//! open item until the assessor sets it.

use crate::util::{copy_casus, render_ok, root};
use std::path::Path;

/// The rendered DPIA (Markdown) of the casus in `dir`.
fn dpia(dir: &Path) -> String {
    let out = tempfile::tempdir().unwrap();
    render_ok(dir, out.path(), "md");
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::read_to_string(out.path().join(name).join("dpia.md")).unwrap()
}

fn example() -> std::path::PathBuf {
    root().join("casus/regio-voorbeeld")
}

/// The text from the heading that starts with `kop` up to the next heading
/// of the same or a higher level.
fn section<'a>(md: &'a str, kop: &str) -> &'a str {
    let start = md
        .find(&format!("\n{kop}"))
        .unwrap_or_else(|| panic!("no heading `{kop}` in:\n{md}"))
        + 1;
    let level = kop.chars().take_while(|c| *c == '#').count();
    let rest = &md[start..];
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| {
            let l = &rest[i..];
            let hashes = l.chars().take_while(|c| *c == '#').count();
            hashes > 0 && hashes <= level && l[hashes..].starts_with(' ')
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The risk rows of paragraph 16: (heading, body).
fn risks(md: &str) -> Vec<(String, String)> {
    let s16 = section(md, "### 16. ");
    s16.split("\n#### R")
        .skip(1)
        .map(|b| {
            let (kop, body) = b.split_once('\n').unwrap();
            (kop.to_string(), body.to_string())
        })
        .collect()
}

/// How many flows the example's flow files hold (every list item with an id).
fn example_flow_count() -> usize {
    std::fs::read_dir(example().join("stromen"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|s| s.lines().filter(|l| l.starts_with("  - id: ")).count())
        .sum()
}

#[test]
fn the_example_has_no_empty_section_in_necessity_risks_and_measures() {
    let md = dpia(&example());
    for kop in ["### 14. ", "### 16. ", "### 17. "] {
        let s = section(&md, kop);
        assert!(
            s.lines()
                .filter(|l| l.starts_with("| S") || l.starts_with("#### "))
                .count()
                > 0,
            "{kop} holds no derived row:\n{s}"
        );
        assert!(
            !s.contains("|  |") && !s.contains("| |"),
            "{kop} has an empty cell:\n{s}"
        );
    }
    let register = risks(&md);
    assert!(register.len() >= 8, "{register:?}");
    // Every risk of 16 has its measures in 17.
    let s17 = section(&md, "### 17. ");
    for (kop, _) in &register {
        assert!(
            s17.contains(&format!("#### Maatregelen bij R{kop}")),
            "{kop}"
        );
    }
}

#[test]
fn every_flow_has_a_necessity_row() {
    let md = dpia(&example());
    let s14 = section(&md, "### 14. ");
    let n = example_flow_count();
    assert!(n > 20, "{n}");
    for i in 1..=n {
        let row = s14
            .lines()
            .find(|l| l.starts_with(&format!("| S{i} | ")))
            .unwrap_or_else(|| panic!("no necessity row for S{i}:\n{s14}"));
        assert!(
            row.contains("ontvanger") && row.contains("bewaartermijn"),
            "{row}"
        );
    }
    assert!(!s14.contains(&format!("| S{} | ", n + 1)));
}

#[test]
fn each_risk_names_its_flows_and_the_casus_triggers_each_kind() {
    let md = dpia(&example());
    let register = risks(&md);
    for (kop, body) in &register {
        let stromen = body
            .lines()
            .find(|l| l.starts_with("| Stromen | "))
            .unwrap_or_else(|| panic!("R{kop} names no flows:\n{body}"));
        assert!(
            stromen.split(['|', ',', ' ']).any(|w| w.len() > 1
                && w.starts_with('S')
                && w[1..].bytes().all(|b| b.is_ascii_digit())),
            "R{kop}: {stromen}"
        );
        assert!(body.contains("| Kans en impact | [**open "), "R{kop}");
    }
    let titel = |t: &str| {
        register
            .iter()
            .find(|(k, _)| k.ends_with(t))
            .map(|(_, b)| b)
    };
    for t in [
        "Bijzondere persoonsgegevens",
        "Gegevens over kinderen",
        "Toestemming bij een wanverhouding",
        "Anonieme stromen die herleidbaar kunnen zijn",
        "Stromen naar veel partijen",
        "Een gedeelde omgeving van meer organisaties",
        "Verwerkers en hun locaties",
        "Subverwerkers",
        "Identificatienummers (BSN of PGN)",
    ] {
        assert!(titel(t).is_some(), "no risk `{t}` in {register:?}");
    }
    // Processors are all in the EEA in the example: no transfer risk.
    assert!(titel("Verwerking buiten de Europese Economische Ruimte").is_none());
    // The facts behind the rows: the leerplichtambtenaar at the table, the
    // SMS sub-processor of the shared environment.
    assert!(
        titel("Toestemming bij een wanverhouding")
            .unwrap()
            .contains("leerplichtambtenaar")
    );
    assert!(
        titel("Een gedeelde omgeving van meer organisaties")
            .unwrap()
            .contains("sms-codes")
    );
}

/// Strip the health data (all special-category data of the example) from
/// every flow of a copy of the example, with the exceptions they needed.
fn without_health_data() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, dir) = copy_casus(&example(), "zonder-gezondheid");
    let weg = [
        "gezondheid-en-gedrag",
        "betrokken-hulp",
        "signalen-huiselijk-geweld",
    ];
    for e in std::fs::read_dir(dir.join("stromen")).unwrap() {
        let path = e.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut out = String::new();
        for line in text.lines() {
            if line.trim_start().starts_with("uitzondering:") {
                continue;
            }
            if let Some((head, list)) = line.split_once("gegevens: [") {
                let list = list.trim_end_matches(']');
                let mut ids: Vec<&str> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !weg.contains(id))
                    .collect();
                if ids.is_empty() {
                    ids.push("hulpvraag");
                }
                out.push_str(&format!("{head}gegevens: [{}]\n", ids.join(", ")));
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
        std::fs::write(&path, out).unwrap();
    }
    (tmp, dir)
}

#[test]
fn removing_health_data_from_every_flow_removes_the_risks_that_depended_on_it() {
    let before = dpia(&example());
    let (_tmp, dir) = without_health_data();
    let after = dpia(&dir);
    let titels = |md: &str| risks(md).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    let has = |md: &str, t: &str| titels(md).iter().any(|k| k.ends_with(t));
    assert!(has(&before, "Bijzondere persoonsgegevens"));
    assert!(
        !has(&after, "Bijzondere persoonsgegevens"),
        "{:?}",
        titels(&after)
    );
    // What did not depend on it stays.
    for t in [
        "Gegevens over kinderen",
        "Identificatienummers (BSN of PGN)",
        "Subverwerkers",
    ] {
        assert!(has(&after, t), "{t}: {:?}", titels(&after));
    }
    // No flow asks for a judgement on its special-category data any more.
    assert!(before.contains("deze gegevens voor dit doel nodig heeft"));
    assert!(!after.contains("deze gegevens voor dit doel nodig heeft"));
    assert!(section(&after, "### 12. ").contains("geen bijzondere persoonsgegevens"));
}

#[test]
fn two_controllers_give_two_adoption_blocks_and_one_gives_one() {
    let blocks = |md: &str| {
        md.lines()
            .filter(|l| l.starts_with("### Verwerkingsverantwoordelijke "))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let md = dpia(&example());
    assert_eq!(
        blocks(&md),
        [
            "### Verwerkingsverantwoordelijke Gemeente Voorstad",
            "### Verwerkingsverantwoordelijke Gemeente Achterveld"
        ]
    );
    let achterveld = section(&md, "### Verwerkingsverantwoordelijke Gemeente Achterveld");
    assert!(
        achterveld.contains("9 februari 2026, kenmerk FG-ACH-2026-002"),
        "{achterveld}"
    );
    assert!(
        achterveld.contains("| Besluit tot vaststelling | [**open "),
        "{achterveld}"
    );
    assert!(
        achterveld.contains("steunt op deze gezamenlijke DPIA"),
        "{achterveld}"
    );
    // Parties with systems of their own are named with what they assess.
    let eigen = section(&md, "### Wat elke partij zelf beoordeelt");
    assert!(
        eigen.contains("| Stichting Openbaar Primair Onderwijs Voorstad | "),
        "{eigen}"
    );
    assert!(eigen.contains("EduVolg Nederland B.V."), "{eigen}");

    let (_tmp, dir) = copy_casus(&example(), "een-gemeente");
    let path = dir.join("dpia.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let alone = text.replace(
        "  verantwoordelijken:\n    - partij: gemeente-achterveld\n      fg_advies: { datum: 2026-02-09, kenmerk: FG-ACH-2026-002 }\n      vaststelling: onbekend\n",
        "",
    );
    assert_ne!(alone, text);
    std::fs::write(&path, alone).unwrap();
    assert_eq!(
        blocks(&dpia(&dir)),
        ["### Verwerkingsverantwoordelijke Gemeente Voorstad"]
    );
}

#[test]
fn residual_risk_is_an_open_item_until_the_assessor_sets_it() {
    let md = dpia(&example());
    let s17 = section(&md, "### 17. ");
    assert!(
        s17.contains("Restrisico van de verwerkingen als geheel: [**open "),
        "{s17}"
    );
    assert!(!md.contains("oorlopige inschatting"));
    for r in ["**laag**", "**midden**", "**hoog**"] {
        assert!(!s17.contains(r), "{r}");
    }
    let kinderen = section(s17, "#### Maatregelen bij R2 Gegevens over kinderen");
    assert!(
        kinderen.contains("Restrisico na deze maatregelen: [**open "),
        "{kinderen}"
    );

    let (_tmp, dir) = copy_casus(&example(), "beoordeeld");
    let path = dir.join("dpia.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let set = text.replace(
        "  antwoorden:\n",
        "  restrisico: midden\n  antwoorden:\n    restrisico-kinderen: laag, omdat ouders en jeugdige aan tafel zitten\n",
    );
    assert_ne!(set, text);
    std::fs::write(&path, set).unwrap();
    let md = dpia(&dir);
    let s17 = section(&md, "### 17. ");
    assert!(s17.contains("vaststelt: **midden**"), "{s17}");
    let kinderen = section(s17, "#### Maatregelen bij R2 Gegevens over kinderen");
    assert!(
        kinderen.contains(
            "Restrisico na deze maatregelen: laag, omdat ouders en jeugdige aan tafel zitten"
        ),
        "{kinderen}"
    );
}

#[test]
fn a_sub_processor_outside_the_eea_adds_the_transfer_risk_with_its_flows() {
    let (_tmp, dir) = copy_casus(&example(), "doorgifte");
    let path = dir.join("verwerkers.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let moved = text.replace(
        "dienst: versturen van sms-codes voor tweefactorauthenticatie, locatie: EER (Nederland)",
        "dienst: versturen van sms-codes voor tweefactorauthenticatie, locatie: Verenigde Staten",
    );
    assert_ne!(moved, text);
    std::fs::write(&path, moved).unwrap();
    let md = dpia(&dir);
    let (kop, body) = risks(&md)
        .into_iter()
        .find(|(k, _)| k.ends_with("Verwerking buiten de Europese Economische Ruimte"))
        .expect("a transfer risk");
    assert!(
        body.contains("Inlogcode Diensten B.V. (Verenigde Staten)"),
        "{body}"
    );
    assert!(body.contains("| Stromen | S1, "), "{body}");
    let s17 = section(&md, "### 17. ");
    let maatregelen = section(s17, &format!("#### Maatregelen bij R{kop}"));
    assert!(maatregelen.contains("artikel 44 AVG"), "{maatregelen}");
}
