//! The HTML documents can be found around in: a contents list that links
//! every heading, a link back to the index, and links between documents.
//! Read with Python's HTML parser (tests/html_koppen.py).

use crate::util::{bin, root};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn read(page: &Path) -> Value {
    let out = Command::new("/usr/bin/python3")
        .arg(root().join("tests/html_koppen.py"))
        .arg(page)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_heading_has_an_anchor_in_the_contents_and_documents_link_each_other() {
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .args(["render", "--format", "html", "--out"])
        .arg(out.path())
        .arg(root().join("casus/regio-voorbeeld"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dir = out.path().join("regio-voorbeeld");
    let convenant = read(&dir.join("convenant.html"));
    let headings = convenant["headings"].as_array().unwrap();
    assert!(headings.len() > 20, "{headings:?}");
    let nav: Vec<&str> = convenant["nav"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let mut ids = std::collections::HashSet::new();
    for h in headings {
        let id = h["id"]
            .as_str()
            .unwrap_or_else(|| panic!("heading without id: {h}"));
        assert!(ids.insert(id), "id {id} twice");
        assert!(
            nav.contains(&format!("#{id}").as_str()),
            "{id} not in the contents"
        );
    }
    assert!(nav.contains(&"index.html"), "{nav:?}");
    let links: Vec<&str> = convenant["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(!links.contains(&"<script>"));
    assert!(links.contains(&"bijlage-1-toetreding.html"), "{links:?}");
    let bijlage3 = links
        .iter()
        .filter(|l| l.starts_with("bijlage-3-casusoverleg-"))
        .count();
    assert!(bijlage3 > 0, "{links:?}");
    // Every document page leads back to the index; every link to a
    // document of the casus names a file that was made.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") || path.ends_with("index.html") {
            continue;
        }
        let page = read(&path);
        assert!(
            page["nav"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l == "index.html"),
            "{}",
            path.display()
        );
        for l in page["links"].as_array().unwrap() {
            let l = l.as_str().unwrap();
            if l.ends_with(".html") && !l.contains(':') {
                assert!(dir.join(l).exists(), "{}: {l}", path.display());
            }
        }
    }
}
