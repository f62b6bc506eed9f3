//! The flagship example: it passes, and breaking it the ways users do is caught.

use crate::util::{check_json, root};
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    root().join("casus/regio-voorbeeld")
}

/// A copy of the example with `edit` applied to one file's text.
fn edited(file: &str, edit: impl FnOnce(&str) -> String) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    crate::util::copy_into(&example(), tmp.path());
    let path = tmp.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let new = edit(&text);
    assert_ne!(new, text, "the edit of {file} changed nothing");
    std::fs::write(&path, new).unwrap();
    tmp
}

fn codes_and_messages(dir: &Path) -> (i32, Vec<(String, String, String)>) {
    let (out, json) = check_json(dir);
    let list = json
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            let place = format!(
                "{}:{}:{}",
                d["file"].as_str().unwrap_or(""),
                d["line"],
                d["column"]
            );
            (
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
                place,
            )
        })
        .collect();
    (out.status.code().unwrap_or(-1), list)
}

#[test]
fn example_passes_check_without_errors_or_warnings() {
    let (out, json) = check_json(&example());
    let problems: Vec<_> = json.iter().filter(|d| d["severity"] != "info").collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn example_reports_dpia_required_with_ap_item_8_and_wp248_criteria() {
    let (_, json) = check_json(&example());
    let verdict = json
        .iter()
        .find(|d| d["code"] == "DPIA-00")
        .expect("a DPIA verdict");
    let message = verdict["message"].as_str().unwrap();
    assert!(message.starts_with("DPIA verplicht"), "{message}");
    assert!(message.contains("AP-lijst punt 8"), "{message}");
    for criterion in [
        "WP248-criterium 4",
        "WP248-criterium 6",
        "WP248-criterium 7",
    ] {
        assert!(
            message.contains(criterion),
            "{criterion} missing: {message}"
        );
    }
    // The same verdict as data, for CI tools that should not parse Dutch.
    let data = &verdict["dpia"];
    assert_eq!(data["oordeel"], "verplicht", "{data:#}");
    let numbers = |key: &str| -> Vec<u64> {
        data[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["nummer"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(numbers("ap_lijst"), [8]);
    assert_eq!(numbers("wp248"), [4, 6, 7]);
    assert!(data["wp248"][0]["reden"].as_str().unwrap().contains("mdo-"));
    // Only the verdict carries the key; every other diagnostic keeps its shape.
    assert!(
        json.iter()
            .filter(|d| d["code"] != "DPIA-00")
            .all(|d| d.get("dpia").is_none())
    );
}

/// The parties of the example that appear in at least one flow, with the
/// file each is defined in.
fn parties_in_flows() -> Vec<(String, PathBuf)> {
    let loaded = convenant::load::load(&example());
    let casus = &loaded.casus;
    casus
        .partijen
        .iter()
        .filter(|p| {
            casus
                .stromen
                .iter()
                .any(|s| s.van.value == p.id.value || s.naar.iter().any(|n| n.value == p.id.value))
        })
        .map(|p| {
            let path = loaded.sources.path(p.bestand);
            (
                p.id.value.clone(),
                path.strip_prefix(example()).unwrap().to_path_buf(),
            )
        })
        .collect()
}

/// Remove the `taken:` block of party `id` from YAML text, by indentation.
fn remove_tasks(text: &str, id: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let is_id_line = |l: &str| {
        let t = l.trim_start().trim_start_matches("- ").trim_start();
        let rest = t.strip_prefix("id:").map(str::trim_start);
        rest.is_some_and(|r| r == id || r.starts_with(&format!("{id} ")))
    };
    let start = lines
        .iter()
        .position(|l| is_id_line(l))
        .unwrap_or_else(|| panic!("party {id} not found"));
    let item_indent = lines[start].len() - lines[start].trim_start().len();
    let mut out: Vec<&str> = lines[..=start].to_vec();
    let mut i = start + 1;
    while i < lines.len() {
        let l = lines[i];
        let indent = l.len() - l.trim_start().len();
        if !l.trim().is_empty() && indent <= item_indent && !l.trim_start().starts_with('#') {
            break; // next item or next top-level key
        }
        if l.trim_start().starts_with("taken:") {
            let taken_indent = indent;
            i += 1;
            while i < lines.len() {
                let t = lines[i];
                let ti = t.len() - t.trim_start().len();
                if !t.trim().is_empty() && ti <= taken_indent {
                    break;
                }
                i += 1;
            }
            continue;
        }
        out.push(l);
        i += 1;
    }
    out.extend_from_slice(&lines[i..]);
    out.join("\n") + "\n"
}

#[test]
fn removing_the_tasks_of_any_party_in_a_flow_is_rejected_naming_it() {
    let parties = parties_in_flows();
    assert!(parties.len() >= 8, "{parties:?}");
    for (id, file) in parties {
        let casus = edited(file.to_str().unwrap(), |t| remove_tasks(t, &id));
        let (code, errors) = codes_and_messages(casus.path());
        assert_eq!(code, 1, "{id}: {errors:?}");
        let hit = errors
            .iter()
            .find(|(c, m, _)| c == "GRD-01" && m.contains(&format!("`{id}`")))
            .unwrap_or_else(|| panic!("no GRD-01 naming {id}: {errors:?}"));
        let file_name = file.to_string_lossy().replace('\\', "/");
        assert!(hit.2.contains(&file_name), "{id}: {:?}", hit.2);
    }
}

/// Replace `from` by `to` in the first line that is not a comment and has it
/// before any comment.
fn replace_first(text: &str, from: &str, to: &str) -> String {
    let mut done = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let code = l.split(" #").next().unwrap_or("");
            if !done && !l.trim_start().starts_with('#') && code.contains(from) {
                done = true;
                l.replacen(from, to, 1)
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(done, "`{from}` not found");
    lines.join("\n") + "\n"
}

/// `check` exits 1 with an error of `code` whose message names `name`.
fn assert_rejected(casus: &tempfile::TempDir, code: &str, name: &str) {
    let (exit, errors) = codes_and_messages(casus.path());
    assert_eq!(exit, 1, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|(c, m, _)| c == code && m.contains(&format!("`{name}`"))),
        "no {code} naming `{name}` in {errors:?}"
    );
}

#[test]
fn pgn_sent_to_the_swv_is_rejected() {
    let casus = edited("stromen/zz-test.yaml", |_| {
        "stromen:\n  - id: pgn-naar-swv\n    van: opo-voorstad\n    naar: [swv-regio-voorbeeld]\n    doel: passende-ondersteuning\n    gegevens: [identificatie, pgn]\n    grondslag: avg-6-1-e\n    wet: [wpo-18a]\n    kanaal: oso\n".to_string()
    });
    assert_rejected(&casus, "PGN-02", "pgn-naar-swv");
}

#[test]
fn flow_over_plain_email_is_rejected() {
    let text = std::fs::read_to_string(example().join("stromen/mdo.yaml")).unwrap();
    let loaded = convenant::load::load(&example());
    let first_mdo_flow = loaded
        .casus
        .stromen
        .iter()
        .find(|s| loaded.sources.path(s.bestand).ends_with("stromen/mdo.yaml"))
        .unwrap();
    let kanaal_line = text
        .lines()
        .skip(first_mdo_flow.id.referenced.line() as usize)
        .find(|l| l.trim_start().starts_with("kanaal:"))
        .unwrap()
        .trim()
        .to_string();
    let casus = edited("stromen/mdo.yaml", |t| {
        replace_first(t, &kanaal_line, "kanaal: email")
    });
    assert_rejected(&casus, "SEC-01", &first_mdo_flow.id.value);
}

#[test]
fn special_data_without_art9_exception_is_rejected() {
    let casus = edited("stromen/mdo.yaml", |t| {
        replace_first(t, "uitzondering: avg-9-2-a", "# (uitzondering weggehaald)")
    });
    let (exit, errors) = codes_and_messages(casus.path());
    assert_eq!(exit, 1);
    assert!(
        errors
            .iter()
            .any(|(c, m, _)| c == "SPC-01" && m.contains("stroom `")),
        "{errors:?}"
    );
}

#[test]
fn gemeente_task_on_legitimate_interest_is_rejected() {
    let casus = edited("partijen/gemeenten.yaml", |t| {
        replace_first(t, "grondslag: avg-6-1-e", "grondslag: avg-6-1-f")
    });
    assert_rejected(&casus, "GRD-05", "gemeente-voorstad");
}

#[test]
fn youth_care_provider_in_a_flow_before_its_toetreding_is_rejected() {
    let casus = edited("partijen/jeugdhulp-en-zorg.yaml", |t| {
        replace_first(
            t,
            "toetreding: { datum: 2026-06-01, bekendgemaakt: 2026-06-08 }",
            "toetreding: { datum: 2026-09-01, bekendgemaakt: 2026-09-08 }",
        )
    });
    assert_rejected(&casus, "CVN-01", "jeugdhulp-kompas");
}

#[test]
fn processor_agreement_with_veilig_thuis_is_rejected() {
    let casus = edited("zz-verwerkers.yaml", |_| {
        "verwerkers:\n  - id: veilig-thuis-als-verwerker\n    naam: Veilig Thuis Regio Voorbeeld\n    partij: veilig-thuis\n    voor: [opo-voorstad]\n    dienst: meldingen verwerken\n    gegevens: [identificatie]\n    betrokkenen: [leerlingen]\n    locatie: EER\n".to_string()
    });
    assert_rejected(&casus, "PRC-04", "veilig-thuis");
}

#[test]
fn consent_by_a_foster_parent_is_rejected() {
    let casus = edited("stromen/mdo.yaml", |t| {
        replace_first(t, "door: volgens-leeftijd", "door: pleegouders")
    });
    let (exit, errors) = codes_and_messages(casus.path());
    assert_eq!(exit, 1);
    assert!(
        errors
            .iter()
            .any(|(c, m, _)| c == "CNS-03" && m.contains("stroom `")),
        "{errors:?}"
    );
}
