//! `convenant register`: the art. 30 register per controller and per
//! processor (XLSX read with openpyxl, CSV with Python's csv module) and the
//! DPV export (JSON-LD).

use crate::util::{bin, copy_casus, files, root};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const KOPPEN: &[&str] = &[
    "Id",
    "S-nummer",
    "Verwerking",
    "a. Verwerkingsverantwoordelijke",
    "a. Contactpersoon",
    "a. Gezamenlijke verwerkingsverantwoordelijken",
    "a. Functionaris gegevensbescherming",
    "b. Doel",
    "c. Categorieën betrokkenen",
    "c. Categorieën persoonsgegevens",
    "d. Ontvangers",
    "e. Doorgifte buiten de EER en waarborgen",
    "f. Bewaartermijn",
    "g. Beveiligingsmaatregelen",
    "Grondslag",
    "Uitzondering bijzondere gegevens",
    "Bron van de gegevens",
    "Verwerkers",
    "DPIA",
    "Casusoverleg",
];

const KOPPEN_VERWERKER: &[&str] = &[
    "Id",
    "a. Verwerker",
    "a. Verwerkingsverantwoordelijke",
    "a. Functionaris gegevensbescherming van de verantwoordelijke",
    "b. Categorieën verwerkingen",
    "b. Categorieën persoonsgegevens",
    "c. Doorgifte buiten de EER en waarborgen",
    "d. Beveiligingsmaatregelen",
    "Verwerkersovereenkomst",
];

/// Debian's Python, with openpyxl and PyYAML.
fn python() -> PathBuf {
    let ok = Command::new("/usr/bin/python3")
        .args(["-c", "import openpyxl, yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "this test needs openpyxl and PyYAML for /usr/bin/python3; install them with \
         `apt-get install python3-openpyxl python3-yaml` (or run `bash .ci/install-tools`)"
    );
    "/usr/bin/python3".into()
}

fn register(casus: &Path, out: &Path) -> PathBuf {
    let o = bin()
        .arg("register")
        .arg("--out")
        .arg(out)
        .arg(casus)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "register failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let naam = casus.file_name().unwrap();
    out.join(naam).join("register")
}

/// What the Python reader makes of a register folder.
fn lees(dir: &Path, casus: &Path) -> Value {
    let o = Command::new(python())
        .arg(root().join("tests/cli/register/lees.py"))
        .arg(dir)
        .arg(casus)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "lees.py failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn every_controller_has_one_row_per_activity_in_xlsx_and_csv() {
    let casus = root().join("casus/regio-voorbeeld");
    let tmp = tempfile::tempdir().unwrap();
    let dir = register(&casus, tmp.path());
    let r = lees(&dir, &casus);
    let bestanden = r["bestanden"].as_object().unwrap();
    let mut s_nummers: BTreeMap<String, String> = BTreeMap::new();
    let mut partijen = 0;
    for (partij, verwacht) in r["verwacht"].as_object().unwrap() {
        let verwacht: BTreeSet<String> = strings(verwacht).into_iter().collect();
        let stem = format!("register-{partij}");
        if verwacht.is_empty() {
            assert!(!bestanden.contains_key(&format!("{stem}.csv")), "{partij}");
            continue;
        }
        partijen += 1;
        let x = &bestanden[&format!("{stem}.xlsx")];
        let c = &bestanden[&format!("{stem}.csv")];
        assert_eq!(c["bom"], true, "{stem}.csv has a BOM");
        assert_eq!(c["crlf"], true, "{stem}.csv ends lines with CRLF");
        assert_eq!(x["freeze"], "A2", "{stem}.xlsx freezes the header row");
        assert_eq!(
            x["print_titles"], "$1:$1",
            "{stem}.xlsx repeats it in print"
        );
        assert_eq!(x["types"], serde_json::json!(["s"]), "only strings");
        let xr = x["rows"].as_array().unwrap();
        let cr = c["rows"].as_array().unwrap();
        assert_eq!(strings(&xr[0]), KOPPEN);
        assert_eq!(strings(&cr[0]), KOPPEN);
        assert_eq!(xr, cr, "{stem}: XLSX and CSV hold the same cells");
        let ids: Vec<String> = xr[1..].iter().map(|row| strings(row)[0].clone()).collect();
        let got: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(got.len(), ids.len(), "{stem}: an activity once");
        assert_eq!(got, verwacht, "{stem}: one row per activity");
        for row in &xr[1..] {
            let row = strings(row);
            let stroom = row[0].split(':').nth(1).unwrap().to_string();
            let s = s_nummers.entry(stroom).or_insert_with(|| row[1].clone());
            assert_eq!(*s, row[1], "one S-number per flow in every register");
            let rol = if row[0].ends_with(":verstrekken") {
                "Verstrekken aan "
            } else {
                "Ontvangen van "
            };
            assert!(row[2].starts_with(rol), "{}: {}", row[0], row[2]);
            assert!(!row[14].is_empty(), "a basis in {}", row[0]);
        }
    }
    assert!(partijen >= 5, "the example has many controllers");
    let n = r["stromen"].as_u64().unwrap() as usize;
    let nummers: BTreeSet<&String> = s_nummers.values().collect();
    let alle: Vec<String> = (1..=n).map(|i| format!("S{i}")).collect();
    assert!(nummers.iter().all(|s| alle.contains(s)), "{nummers:?}");
    assert_eq!(
        nummers.len(),
        s_nummers.len(),
        "no two flows share an S-number"
    );
    // Each processor: one row per controller it works for.
    let verwerkers: Vec<_> = bestanden
        .iter()
        .filter(|(f, _)| f.starts_with("verwerker-") && f.ends_with(".xlsx"))
        .collect();
    assert!(!verwerkers.is_empty());
    for (f, x) in verwerkers {
        let c = &bestanden[&f.replace(".xlsx", ".csv")];
        let xr = x["rows"].as_array().unwrap();
        assert_eq!(strings(&xr[0]), KOPPEN_VERWERKER);
        assert!(xr.len() > 1, "{f} has a row per controller");
        assert_eq!(xr, c["rows"].as_array().unwrap());
    }
}

#[test]
fn a_rerun_is_byte_identical_and_dated_from_the_casus() {
    let casus = root().join("casus/regio-voorbeeld");
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let da = register(&casus, a.path());
    let db = register(&casus, b.path());
    let fa = files(&da);
    assert!(fa.len() > 10);
    assert_eq!(fa, files(&db));
    // And in place: nothing changes.
    register(&casus, a.path());
    assert_eq!(fa, files(&da));
    let r = lees(&da, &casus);
    let created: BTreeSet<String> = r["bestanden"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|f| f["created"].as_str().map(String::from))
        .collect();
    assert_eq!(created.len(), 1, "one creation date: {created:?}");
    let yaml = std::fs::read_to_string(casus.join("convenant.yaml")).unwrap();
    let datum = created.iter().next().unwrap()[..10].to_string();
    assert!(yaml.contains(&datum), "{datum} comes from convenant.yaml");
}

fn set_adres(casus: &Path, adres: &str) {
    let p = casus.join("partijen/gemeenten.yaml");
    let t = std::fs::read_to_string(&p).unwrap();
    let oud = "adres: Raadhuisplein 1, 1000 AA Voorstad";
    assert!(t.contains(oud));
    std::fs::write(&p, t.replace(oud, &format!("adres: {adres}"))).unwrap();
}

#[test]
fn hostile_strings_never_become_formulas() {
    let (_t, casus) = copy_casus(&root().join("casus/regio-voorbeeld"), "regio-voorbeeld");
    let hostile = "=HYPERLINK(\"http://x.example\";\"klik\");\"x\"";
    set_adres(&casus, &format!("'{}'", hostile.replace('\'', "''")));
    let out = tempfile::tempdir().unwrap();
    let dir = register(&casus, out.path());
    let r = lees(&dir, &casus);
    let x = &r["bestanden"]["register-gemeente-voorstad.xlsx"];
    let c = &r["bestanden"]["register-gemeente-voorstad.csv"];
    assert_eq!(x["types"], serde_json::json!(["s"]), "no formula cell");
    let cel = strings(&x["rows"][1])[3].clone();
    assert!(cel.ends_with(hostile), "{cel}");
    // The CSV cell does not start with `=` (it starts with the party's name);
    // a cell that does is written with a leading apostrophe.
    for row in c["rows"].as_array().unwrap() {
        for cell in strings(row) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell}"
            );
        }
    }
    let raw = std::fs::read(dir.join("register-gemeente-voorstad.csv")).unwrap();
    let text = String::from_utf8(raw).unwrap();
    assert!(text.contains("\"\"http://x.example\"\""), "quotes doubled");
}

fn jsonld(dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("verwerkingen.jsonld")).unwrap()).unwrap()
}

fn processes(doc: &Value) -> Vec<&Value> {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["@type"] == "dpv:Process")
        .collect()
}

#[test]
fn dpv_export_has_a_basis_per_flow_and_stable_ids() {
    let (_t, casus) = copy_casus(&root().join("casus/regio-voorbeeld"), "regio-voorbeeld");
    let out = tempfile::tempdir().unwrap();
    let dir = register(&casus, out.path());
    let doc = jsonld(&dir);
    assert_eq!(doc["@context"]["dpv"], "https://w3id.org/dpv#");
    assert_eq!(
        doc["@context"]["eu-gdpr"],
        "https://w3id.org/dpv/legal/eu/gdpr#"
    );
    let r = lees(&dir, &casus);
    let ps = processes(&doc);
    assert_eq!(ps.len() as u64, r["stromen"].as_u64().unwrap());
    let mut gdpr = 0;
    for p in &ps {
        let id = p["@id"].as_str().unwrap();
        assert!(id.starts_with("urn:convenant:regio-voorbeeld:"), "{id}");
        let bases = p["dpv:hasLegalBasis"].as_array().unwrap();
        assert!(!bases.is_empty(), "{id} has a legal basis");
        for b in bases {
            if let Some(t) = b["@id"].as_str() {
                assert!(
                    t.starts_with("eu-gdpr:A6-1-") || t.starts_with("eu-gdpr:A9-2-"),
                    "{t}"
                );
                gdpr += 1;
            } else {
                assert_eq!(b["@type"], "dpv:LegalBasis");
            }
        }
        for key in [
            "dpv:hasPurpose",
            "dpv:hasDataController",
            "dpv:hasRecipient",
            "dpv:hasPersonalData",
        ] {
            assert!(!p[key].is_null(), "{id} has {key}");
        }
    }
    assert!(gdpr >= ps.len(), "most flows cite art. 6 and art. 9 terms");
    // An unrelated edit keeps every id.
    let ids = |d: &Value| -> Vec<String> {
        processes(d)
            .iter()
            .map(|p| p["@id"].as_str().unwrap().to_string())
            .collect()
    };
    set_adres(&casus, "Marktplein 9, 1000 ZZ Voorstad");
    let dir2 = register(&casus, out.path());
    let doc2 = jsonld(&dir2);
    assert_eq!(ids(&doc), ids(&doc2));
    let rijen = |d: &Path| {
        strings(&lees(d, &casus)["bestanden"]["register-gemeente-voorstad.csv"]["rows"][1])
    };
    assert!(rijen(&dir2)[3].contains("Marktplein 9"));
}

/// A declared joint control (art. 26 AVG) is a `dpv:JointDataControllers`
/// with its controllers from the casus; exactly the flows of that overleg
/// between joint controllers only name it. Expected values from the YAML,
/// read with the library.
#[test]
fn dpv_export_names_the_joint_controllers_of_a_declared_arrangement() {
    let example = root().join("casus/regio-voorbeeld");
    let checked = convenant::check::check(&example);
    let out = tempfile::tempdir().unwrap();
    let dir = register(&example, out.path());
    let doc = jsonld(&dir);
    let overleg = checked
        .casus
        .casusoverleggen
        .iter()
        .find(|o| o.gezamenlijk.is_some())
        .expect("the example declares joint control");
    let g = overleg.gezamenlijk.as_ref().unwrap();
    let joint: Vec<&str> = g.partijen.iter().map(|p| p.value.as_str()).collect();
    let nodes: Vec<&Value> = doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["@type"] == "dpv:JointDataControllers")
        .collect();
    assert_eq!(nodes.len(), 1, "{nodes:?}");
    let urn = nodes[0]["@id"].as_str().unwrap();
    let members: Vec<String> = nodes[0]["dpv:hasDataController"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c["@id"]
                .as_str()
                .unwrap()
                .rsplit(':')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(members, joint);
    let (mut named, mut not_named) = (0, 0);
    // The joint controllers that take part in a flow named so.
    let mut taking_part: BTreeSet<String> = BTreeSet::new();
    for s in &checked.casus.stromen {
        let p = processes(&doc)
            .into_iter()
            .find(|p| p["@id"] == format!("urn:convenant:regio-voorbeeld:{}", s.id.value))
            .unwrap();
        let in_overleg = s
            .overleg
            .as_ref()
            .is_some_and(|o| o.value == overleg.id.value);
        let only_joint = std::iter::once(&s.van)
            .chain(&s.naar)
            .all(|r| joint.contains(&r.value.as_str()));
        if in_overleg && only_joint {
            assert_eq!(
                p["dpv:hasJointDataControllers"]["@id"], urn,
                "{}",
                s.id.value
            );
            named += 1;
            taking_part.extend(
                std::iter::once(&s.van)
                    .chain(&s.naar)
                    .map(|r| r.value.clone()),
            );
        } else {
            assert!(p["dpv:hasJointDataControllers"].is_null(), "{}", s.id.value);
            not_named += usize::from(in_overleg);
        }
    }
    assert!(
        named >= 1 && not_named >= 1,
        "{named} named, {not_named} not"
    );

    // The register of each joint controller in those flows names the others
    // on their rows (art. 30(1)(a) AVG), with what they share.
    let naam = |id: &str| {
        let p = checked
            .casus
            .partijen
            .iter()
            .find(|p| p.id.value == id)
            .unwrap();
        p.korte_naam.clone().unwrap_or_else(|| p.naam.clone())
    };
    assert!(taking_part.len() >= 2, "{taking_part:?}");
    for id in &taking_part {
        let bytes = std::fs::read(dir.join(format!("register-{id}.csv"))).unwrap();
        let mut rows = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(&bytes[3..]);
        let column = KOPPEN
            .iter()
            .position(|k| *k == "a. Gezamenlijke verwerkingsverantwoordelijken")
            .unwrap();
        let cells: Vec<String> = rows
            .records()
            .map(|r| r.unwrap()[column].to_string())
            .filter(|c| c.contains(&format!("(voor {})", g.verwerking)))
            .collect();
        assert!(
            !cells.is_empty(),
            "register-{id}.csv names no joint controllers"
        );
        for c in &cells {
            for other in joint.iter().filter(|o| **o != id.as_str()) {
                assert!(c.contains(&naam(other)), "{id}: {c}");
            }
            assert!(!c.starts_with(&naam(id)), "{id} names itself: {c}");
        }
    }
}

#[test]
fn register_writes_only_into_its_own_folder_and_never_over_foreign_files() {
    let casus = root().join("casus/regio-voorbeeld");
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("regio-voorbeeld/register");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("verwerkingen.jsonld"), "van iemand anders").unwrap();
    let o = bin()
        .arg("register")
        .arg("--out")
        .arg(out.path())
        .arg(&casus)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.join("verwerkingen.jsonld")).unwrap(),
        "van iemand anders"
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "nothing else written"
    );
}

#[test]
fn a_casus_with_errors_gets_no_register_and_a_dutch_reason() {
    let (_t, casus) = copy_casus(&root().join("casus/regio-voorbeeld"), "regio-voorbeeld");
    let p = casus.join("stromen/mdo.yaml");
    let t = std::fs::read_to_string(&p).unwrap();
    let stroom = t.find("van: ").expect("a flow with a provider");
    let eind = stroom + t[stroom..].find('\n').unwrap();
    let kapot = format!("{}van: bestaat-niet{}", &t[..stroom], &t[eind..]);
    std::fs::write(&p, kapot).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("register")
        .arg("--out")
        .arg(out.path())
        .arg(&casus)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("er is geen register gemaakt"), "{err}");
    assert!(
        err.contains("mdo.yaml"),
        "the error points at the file: {err}"
    );
    assert!(
        !out.path().join("regio-voorbeeld").exists(),
        "nothing written"
    );
}
