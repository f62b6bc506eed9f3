//! `convenant render`: every document in every format, deterministic, safe
//! with hostile text, and careful with the output folder.

use crate::util::{bin, copy_casus, files, pdf_text, require_poppler, require_typst, root, squash};
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    root().join("tests/fixtures/render")
}

/// The documents of the fixture, by file stem.
const STEMS: &[&str] = &[
    "bijlage-1-toetreding",
    "bijlage-3-casusoverleg-mdo",
    "convenant",
    "dpia",
    "informatiebrief-jongeren",
    "informatiebrief-ouders",
    "toelichting",
    "toestemmingsformulier-mdo",
    "toetreding-jeugdhulp-de-brug",
    "verwerkersovereenkomst-school-primair-lvs-leverancier",
];

/// The data-flow diagrams: one per casusoverleg and one for the whole casus.
const DIAGRAMS: &[&str] = &["bijlage-3-casusoverleg-mdo.svg", "gegevensstromen.svg"];

const PARTIES: &[&str] = &[
    "Gemeente Voorstad",
    "Samenwerkingsverband Passend Onderwijs Voorstad",
    "Stichting Primair Onderwijs Voorstad",
    "Jeugdhulp De Brug",
];

fn render(casus: &Path, out: &Path, formats: &str) -> std::process::Output {
    bin()
        .arg("render")
        .arg(casus)
        .arg("--out")
        .arg(out)
        .args(["--format", formats])
        .output()
        .expect("convenant runs")
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn pdfinfo(pdf: &Path) -> String {
    let out = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    assert!(
        out.status.success(),
        "pdfinfo rejects {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn renders_every_document_in_every_format() {
    require_typst();
    require_poppler();
    let out = tempfile::tempdir().unwrap();
    let o = render(&fixture(), out.path(), "md,html,pdf,typ");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = out.path().join("render");
    let mut expected: Vec<String> = vec![".convenant-manifest".into(), "index.html".into()];
    expected.extend(DIAGRAMS.iter().map(|d| d.to_string()));
    for stem in STEMS {
        for ext in ["html", "md", "pdf", "typ"] {
            expected.push(format!("{stem}.{ext}"));
        }
    }
    expected.sort();
    let got: Vec<String> = files(&dir).into_keys().collect();
    assert_eq!(got, expected);

    for stem in STEMS {
        let pdf = dir.join(format!("{stem}.pdf"));
        let info = pdfinfo(&pdf);
        assert!(info.contains("Pages:"), "{info}");
        assert!(info.contains("(A4)"), "{stem}: {info}");
        assert!(info.contains("Creator:         Typst 0.15.1"), "{info}");
        let meta = std::process::Command::new("pdfinfo")
            .arg("-meta")
            .arg(&pdf)
            .output()
            .unwrap();
        let meta = String::from_utf8_lossy(&meta.stdout);
        assert!(
            meta.contains("<pdfaid:part>2</pdfaid:part>")
                && meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "{stem} is not PDF/A-2b"
        );
        assert!(
            meta.contains("2026-03-01T00:00:00"),
            "{stem}: date not from the casus"
        );
    }
    // The Typst source stands alone: a typesetter compiles it as it is.
    let alone = tempfile::tempdir().unwrap();
    std::fs::copy(dir.join("dpia.typ"), alone.path().join("dpia.typ")).unwrap();
    let typst = std::env::var_os("TYPST")
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "typst".into());
    let status = std::process::Command::new(typst)
        .args(["compile", "--ignore-system-fonts", "dpia.typ"])
        .current_dir(alone.path())
        .status()
        .unwrap();
    assert!(status.success(), "dpia.typ does not compile on its own");
    assert!(alone.path().join("dpia.pdf").exists());
    // Each party's name is in the covenant, as typeset text.
    let text = pdf_text(&dir.join("convenant.pdf"));
    for party in PARTIES {
        assert!(
            text.contains(&squash(party)),
            "{party} missing from convenant.pdf"
        );
    }
    // The text files: LF only, one trailing newline.
    for (name, bytes) in files(&dir) {
        if name.ends_with(".pdf") {
            assert!(bytes.starts_with(b"%PDF-"), "{name}");
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains('\r'), "{name} has CR");
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"), "{name}");
    }
}

#[test]
fn pdf_text_holds_the_parties_of_each_document() {
    require_typst();
    require_poppler();
    let out = tempfile::tempdir().unwrap();
    let o = render(&fixture(), out.path(), "pdf");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = out.path().join("render");
    // Bijlage 1 is the blank form; each accession is its own document.
    let b1 = pdf_text(&dir.join("bijlage-1-toetreding.pdf"));
    assert!(b1.contains(&squash("Dit is het blanco formulier")), "{b1}");
    let toetreding = pdf_text(&dir.join("toetreding-jeugdhulp-de-brug.pdf"));
    for want in [
        "Toetreding van Jeugdhulp De Brug",
        "F. Mulder, bestuurder",
        "G. de Boer, fg@debrug.example",
    ] {
        assert!(
            toetreding.contains(&squash(want)),
            "{want} missing: {toetreding}"
        );
    }
    let b3 = pdf_text(&dir.join("bijlage-3-casusoverleg-mdo.pdf"));
    for want in [
        "Multidisciplinair overleg",
        "Fase 1: Aanmelding",
        "artikel 9, tweede lid, onder a, AVG",
    ] {
        assert!(b3.contains(&squash(want)), "{want} missing: {b3}");
    }
    let vwo = pdf_text(&dir.join("verwerkersovereenkomst-school-primair-lvs-leverancier.pdf"));
    for want in [
        "Stichting Primair Onderwijs Voorstad",
        "Leverancier LVS B.V.",
        "Hosting B.V.",
    ] {
        assert!(vwo.contains(&squash(want)), "{want} missing: {vwo}");
    }
    // The header and footer of the page template.
    assert!(vwo.contains(&squash("Pagina 1 van")), "{vwo}");
    assert!(vwo.contains("R-2026-01"), "{vwo}");
}

#[test]
fn two_renders_are_byte_identical() {
    require_typst();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for out in [&a, &b] {
        let o = render(&fixture(), out.path(), "md,html,pdf,typ");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (name, bytes) in &fa {
        assert!(bytes == &fb[name], "{name} differs between two renders");
    }
    // And rendering again over the first output changes nothing either.
    let o = render(&fixture(), a.path(), "md,html,pdf,typ");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(files(a.path()), fa);
}

/// Hostile strings, one per field so each can be found back.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "*x*",
    "#set page(width: 1cm)",
    "$x$",
    "@ref",
    "{{ naam }}",
    "a\\b\\\\c",
    "]]",
    "[a](javascript:alert(1))",
];

/// The fixture with a hostile string appended to every `naam` and
/// `omschrijving`; returns the casus and the strings it planted.
pub(crate) fn hostile_casus() -> (tempfile::TempDir, PathBuf, Vec<String>) {
    let (tmp, dir) = copy_casus(&fixture(), "vijandig");
    let mut planted = Vec::new();
    let mut n = 0;
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let mut out = String::new();
        for line in text.lines() {
            let trimmed = line.trim_start().trim_start_matches("- ");
            let block = ["naam: ", "omschrijving: "]
                .into_iter()
                .find(|k| trimmed.starts_with(k));
            let mut next = || {
                n += 1;
                HOSTILE[(n - 1) % HOSTILE.len()]
            };
            // A YAML single-quoted scalar: only ' needs doubling.
            let quote = |v: &str| format!("'{}'", v.replace('\'', "''"));
            if let Some(key) = block {
                let at = line.find(key).unwrap() + key.len();
                let value = format!("{} {}", &line[at..], next());
                out.push_str(&format!("{}{}\n", &line[..at], quote(&value)));
                planted.push(value);
            } else if let Some(start) = line.find("{ naam: ") {
                // A flow map: `{ naam: X, functie: Y }`.
                let at = start + "{ naam: ".len();
                let end = at + line[at..].find([',', '}']).unwrap();
                let value = format!("{} {}", line[at..end].trim(), next());
                out.push_str(&format!(
                    "{}{}{}\n",
                    &line[..at],
                    quote(&value),
                    &line[end..]
                ));
                planted.push(value);
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
        std::fs::write(entry.path(), out).unwrap();
    }
    assert!(n >= HOSTILE.len(), "only {n} fields rewritten");
    (tmp, dir, planted)
}

/// HTML text content with the five entities of our escaper undone.
fn html_text(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn hostile_text_stays_text_in_html_and_pdf() {
    require_typst();
    require_poppler();
    let (_tmp, casus, planted) = hostile_casus();
    let check = bin().arg("check").arg(&casus).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let out = tempfile::tempdir().unwrap();
    let o = render(&casus, out.path(), "md,html,pdf");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = out.path().join("vijandig");
    let all = files(&dir);

    let mut html_all = String::new();
    let mut pdf_all = String::new();
    for (name, bytes) in &all {
        if name.ends_with(".html") {
            let html = String::from_utf8(bytes.clone()).unwrap();
            let lower = html.to_ascii_lowercase();
            assert!(!lower.contains("<script"), "{name} has a script element");
            assert!(
                !lower.contains("href=\"javascript"),
                "{name} links to javascript:"
            );
            assert!(
                !lower.contains("<img") && !lower.contains("src="),
                "{name} loads something"
            );
            assert!(!lower.contains("<link"), "{name} loads a stylesheet");
            html_all.push_str(&html_text(&html));
        }
        if name.ends_with(".pdf") {
            let info = pdfinfo(&dir.join(name));
            assert!(
                info.contains("(A4)"),
                "{name}: the page size was changed: {info}"
            );
            pdf_all.push_str(&pdf_text(&dir.join(name)));
        }
    }
    for value in &planted {
        assert!(html_all.contains(value.as_str()), "HTML lost {value:?}");
        assert!(pdf_all.contains(&squash(value)), "PDF lost {value:?}");
    }
    // The self-contained Typst source parses as text around the values too:
    // no `#set` from the casus reached the page.
    let md = String::from_utf8(all["convenant.md"].clone()).unwrap();
    assert!(md.contains("\\#set page"), "{md}");
}

#[test]
fn a_check_error_writes_nothing() {
    let (_tmp, casus) = copy_casus(&fixture(), "kapot");
    let stromen = casus.join("stromen.yaml");
    let text = std::fs::read_to_string(&stromen).unwrap();
    std::fs::write(
        &stromen,
        text.replace("    grondslag: avg-6-1-c\n    wet: [lpw-21]\n", ""),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = render(&casus, out.path(), "md,html");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("GRD-02"), "{}", stderr(&o));
    assert!(stderr(&o).contains("er is niets gemaakt"), "{}", stderr(&o));
    assert!(
        files(out.path()).is_empty(),
        "{:?}",
        files(out.path()).keys()
    );
}

#[test]
fn with_several_casussen_the_broken_one_writes_nothing() {
    let (_tmp, kapot) = copy_casus(&fixture(), "kapot");
    std::fs::write(kapot.join("stromen.yaml"), "stromen: [ {").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("render")
        .arg(fixture())
        .arg(&kapot)
        .arg("--out")
        .arg(out.path())
        .args(["--format", "md"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let made: Vec<String> = files(out.path()).into_keys().collect();
    assert!(!made.iter().any(|f| f.starts_with("kapot/")), "{made:?}");
    assert!(made.iter().any(|f| f == "render/convenant.md"), "{made:?}");
}

#[test]
fn a_typst_failure_leaves_no_partial_pdf_and_names_the_document() {
    require_typst();
    let out = tempfile::tempdir().unwrap();
    let o = render(&fixture(), out.path(), "md,pdf");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = files(out.path());

    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("pagina.typ"),
        "#let pagina(meta, body) = { panic(\"kapot sjabloon\") }\n",
    )
    .unwrap();
    let o = bin()
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(out.path())
        .args(["--format", "md,pdf", "--templates"])
        .arg(templates.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("typst kon de PDF van `"), "{err}");
    assert!(err.contains("kapot sjabloon"), "{err}");
    // Nothing changed: no new PDF, no half-written file, no temporary file.
    assert_eq!(files(out.path()), before);
}

#[test]
fn missing_typst_says_how_to_install_it_and_exits_3() {
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .env("TYPST", "/nonexistent/typst")
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cargo install typst-cli --locked --version 0.15.1"),
        "{}",
        stderr(&o)
    );
    let o = bin()
        .env_remove("TYPST")
        .env("PATH", "/nonexistent")
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("PATH"), "{}", stderr(&o));
    // The other formats are made all the same; no PDF.
    let made: Vec<String> = files(out.path()).into_keys().collect();
    assert!(
        made.iter().any(|f| f.ends_with("/convenant.md")),
        "{made:?}"
    );
    assert!(
        made.iter().any(|f| f.ends_with("/convenant.html")),
        "{made:?}"
    );
    assert!(
        made.iter().any(|f| f.ends_with("/convenant.docx")),
        "{made:?}"
    );
    assert!(!made.iter().any(|f| f.ends_with(".pdf")), "{made:?}");
    assert!(stderr(&o).contains("zijn wel gemaakt"), "{}", stderr(&o));
    // Only PDF asked: nothing to make without typst.
    let only = tempfile::tempdir().unwrap();
    let o = bin()
        .env("TYPST", "/nonexistent/typst")
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(only.path())
        .args(["--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(files(only.path()).is_empty());
    // Without PDF, typst is not needed.
    let o = bin()
        .env("TYPST", "/nonexistent/typst")
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(out.path())
        .args(["--format", "md,html"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn another_typst_version_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("typst");
    std::fs::write(&fake, "#!/bin/sh\necho 'typst 0.14.2 (abcdef)'\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = tmp.path().join("out");
    let o = bin()
        .env("TYPST", &fake)
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("typst 0.14.2") && err.contains("precies typst 0.15.1"),
        "{err}"
    );
    assert!(!files(&out).keys().any(|f| f.ends_with(".pdf")));
}

#[test]
fn files_convenant_did_not_make_are_never_overwritten_or_removed() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("render");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("convenant.md"), "eigen tekst\n").unwrap();
    std::fs::write(dir.join("notities.md"), "van mij\n").unwrap();
    let o = render(&fixture(), out.path(), "md,html");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("`convenant.md`"), "{}", stderr(&o));
    let got = files(out.path());
    assert_eq!(got.len(), 2, "{:?}", got.keys());
    assert_eq!(got["render/convenant.md"], b"eigen tekst\n");

    // Without the clash it renders, and leaves the other file alone.
    std::fs::remove_file(dir.join("convenant.md")).unwrap();
    let o = render(&fixture(), out.path(), "md,html");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(dir.join("notities.md")).unwrap(),
        b"van mij\n"
    );
}

#[test]
fn documents_that_no_longer_exist_are_removed_others_kept() {
    let (_tmp, casus) = copy_casus(&fixture(), "render");
    let out = tempfile::tempdir().unwrap();
    let o = render(&casus, out.path(), "md,html");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = out.path().join("render");
    assert!(
        dir.join("verwerkersovereenkomst-school-primair-lvs-leverancier.md")
            .exists()
    );
    // Drop the processor: its agreement goes; md-only leaves the HTML be.
    let overleg = casus.join("overleg.yaml");
    let text = std::fs::read_to_string(&overleg).unwrap();
    let cut = text.find("verwerkers:").unwrap();
    std::fs::write(&overleg, &text[..cut]).unwrap();
    let o = render(&casus, out.path(), "md");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        !dir.join("verwerkersovereenkomst-school-primair-lvs-leverancier.md")
            .exists()
    );
    assert!(
        !dir.join("verwerkersovereenkomst-school-primair-lvs-leverancier.html")
            .exists()
    );
    assert!(dir.join("convenant.html").exists());
    assert!(dir.join("index.html").exists());
}

#[test]
fn html_pages_are_standalone_and_the_index_lists_every_file() {
    let out = tempfile::tempdir().unwrap();
    let o = render(&fixture(), out.path(), "md,html");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = out.path().join("render");
    for stem in STEMS {
        let html = std::fs::read_to_string(dir.join(format!("{stem}.html"))).unwrap();
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"),
            "{stem}"
        );
        assert!(html.contains("<meta charset=\"utf-8\">"), "{stem}");
        assert!(
            html.contains("<style>") && html.contains("@media print"),
            "{stem}"
        );
        assert!(html.contains("Content-Security-Policy"), "{stem}");
        assert!(html.contains("<h1 id=\""), "{stem}");
        for bad in ["<script", "<link", "<img", "src=", "@import", "url("] {
            assert!(!html.contains(bad), "{stem} has {bad}");
        }
    }
    let convenant = std::fs::read_to_string(dir.join("convenant.html")).unwrap();
    assert!(convenant.contains("<table>") && convenant.contains("<th>Partij</th>"));
    assert!(
        convenant.contains(
            "<h2 id=\"artikel-4-wettelijke-taken-en-grondslagen\">Artikel 4 Wettelijke taken en grondslagen</h2>"
        ),
        "{convenant}"
    );
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for stem in STEMS {
        for ext in ["md", "html"] {
            assert!(
                index.contains(&format!("href=\"{stem}.{ext}\"")),
                "{stem}.{ext}"
            );
        }
        assert!(
            !index.contains(&format!("href=\"{stem}.pdf\"")),
            "{stem}.pdf not made"
        );
    }
    assert!(index.contains("0 fouten"), "{index}");
    assert!(index.contains("DPIA"), "{index}");
}

#[test]
fn a_region_overrides_one_article_by_name() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(templates.path().join("convenant")).unwrap();
    std::fs::write(
        templates.path().join("convenant/artikel-doel.md"),
        "## Artikel {{ artikel.doel }} Doel\n\nEigen tekst van de regio over {{ casus.doelen | length }} doelen.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = bin()
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(out.path())
        .args(["--format", "md", "--templates"])
        .arg(templates.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = std::fs::read_to_string(out.path().join("render/convenant.md")).unwrap();
    assert!(
        md.contains("## Artikel 3 Doel\n\nEigen tekst van de regio over 2 doelen."),
        "{md}"
    );
    assert!(
        md.contains("## Artikel 4 Wettelijke taken en grondslagen"),
        "{md}"
    );
    assert!(!md.contains("alleen voor de volgende doelen"), "{md}");
}

#[test]
fn a_broken_or_unsafe_template_is_a_clear_error() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("dpia.md"),
        "{% extends \"basis.md\" %}{% block inhoud %}{{ casus.bestaat_niet }}{% endblock inhoud %}\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = |dir: &Path| {
        bin()
            .arg("render")
            .arg(fixture())
            .arg("--out")
            .arg(out.path())
            .args(["--format", "md", "--templates"])
            .arg(dir)
            .output()
            .unwrap()
    };
    let o = run(templates.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("dpia.md"), "{}", stderr(&o));
    assert!(stderr(&o).contains("bestaat_niet"), "{}", stderr(&o));
    std::fs::write(
        templates.path().join("dpia.md"),
        "{{ casus.convenant.titel | safe }}\n",
    )
    .unwrap();
    let o = run(templates.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("`safe` is uitgeschakeld"),
        "{}",
        stderr(&o)
    );
    assert!(files(out.path()).is_empty());
}

/// On the flagship example: md, html and pdf for
/// every document, every PDF accepted by pdfinfo with every party's name in
/// the covenant, and a second render byte-identical to the first.
#[test]
fn the_example_renders_completely_and_reproducibly() {
    require_typst();
    require_poppler();
    let example = root().join("casus/regio-voorbeeld");
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for out in [&a, &b] {
        let o = render(&example, out.path(), "md,html,pdf");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let dir = a.path().join("regio-voorbeeld");
    let all = files(&dir);
    let stems: Vec<&str> = all.keys().filter_map(|n| n.strip_suffix(".md")).collect();
    assert!(stems.len() >= 5, "{stems:?}");
    for stem in &stems {
        for ext in ["html", "pdf"] {
            assert!(
                all.contains_key(&format!("{stem}.{ext}")),
                "{stem}.{ext} missing"
            );
        }
        pdfinfo(&dir.join(format!("{stem}.pdf")));
    }
    assert!(all.contains_key("index.html"));
    let text = pdf_text(&dir.join("convenant.pdf"));
    // Party names straight from the YAML, not from our own output.
    let mut names = Vec::new();
    for entry in walkdir::WalkDir::new(example.join("partijen")).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let yaml = std::fs::read_to_string(entry.path()).unwrap();
        let mut previous_was_id = false;
        for line in yaml.lines() {
            let t = line.trim_start();
            if previous_was_id && let Some(naam) = t.strip_prefix("naam: ") {
                names.push(naam.trim().trim_matches('"').to_string());
            }
            previous_was_id = t.starts_with("- id: ");
        }
    }
    assert!(names.len() >= 5, "{names:?}");
    for naam in &names {
        assert!(
            text.contains(&squash(naam)),
            "{naam} missing from convenant.pdf"
        );
    }
    let (fa, fb) = (files(&dir), files(&b.path().join("regio-voorbeeld")));
    assert_eq!(fa, fb, "two renders of the example differ");
}

/// The Markdown of every document of the flagship example, as snapshots
/// (`tests/cli/snapshots/`; after a deliberate change, bless them with
/// `INSTA_UPDATE=always cargo test --test cli example_markdown` and review
/// the diff). HTML and PDF are tested for structure above, not bytes.
#[test]
fn example_markdown_snapshots() {
    let out = tempfile::tempdir().unwrap();
    let o = render(&root().join("casus/regio-voorbeeld"), out.path(), "md");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all = files(&out.path().join("regio-voorbeeld"));
    let names: Vec<&str> = all.keys().map(String::as_str).collect();
    insta::assert_snapshot!("voorbeeld-bestanden", names.join("\n"));
    for (name, bytes) in &all {
        if let Some(stem) = name.strip_suffix(".md") {
            let text = String::from_utf8(bytes.clone()).unwrap();
            insta::assert_snapshot!(format!("voorbeeld-{stem}"), text);
        }
    }
}

/// The text of a PDF as a reader follows it: the running header and footer
/// of each page and a table header repeated at the top of a page are taken
/// out, so a table cell that continues on the next page reads as one; then
/// squashed like [`pdf_text`].
fn flowing_text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut seen: Vec<String> = Vec::new();
    let mut kept = String::new();
    for (i, page) in text.split('\u{c}').enumerate() {
        let mut lines: Vec<&str> = page.lines().collect();
        // First line: the running header; last line: the footer.
        if !lines.is_empty() {
            lines.remove(0);
        }
        lines.pop();
        if i > 0 && lines.first().is_some_and(|l| seen.iter().any(|s| s == l)) {
            lines.remove(0);
        }
        for l in lines {
            seen.push(l.to_string());
            kept.push_str(l);
            kept.push('\n');
        }
    }
    squash(&kept.replace("\u{ad}\n", ""))
}

fn assert_has(text: &str, doc: &str, what: &str, value: &str) {
    assert!(
        text.contains(&squash(value)),
        "{doc} lacks {what} {value:?}"
    );
}

/// A reader finds in the PDFs of the example every
/// party, every task with its law, every flow of each casusoverleg in its
/// Bijlage 3, every processor with its sub-processors, and the DPIA verdict
/// with its reasons. The expected values come from the casus itself (loaded
/// with the library), not from fixed strings.
#[test]
fn the_example_pdfs_hold_what_the_casus_says() {
    use convenant::catalogue;
    require_typst();
    require_poppler();
    let example = root().join("casus/regio-voorbeeld");
    let checked = convenant::check::check(&example);
    assert!(!checked.has_errors());
    let casus = &checked.casus;
    let out = tempfile::tempdir().unwrap();
    let o = render(&example, out.path(), "pdf");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = out.path().join("regio-voorbeeld");
    // A citation from the catalogue, or one of the casus's own (`wetten:`).
    let cite = |id: &str| {
        catalogue::get(id)
            .map(|g| g.citaat.clone())
            .unwrap_or_else(|| {
                casus
                    .wetten
                    .iter()
                    .find(|w| w.id.value == id)
                    .expect("catalogue id or own citation")
                    .citaat
                    .clone()
            })
    };
    // How the documents name a party after its party block: its short name.
    let naam = |id: &str| {
        let p = casus.partij(id).expect("party");
        p.korte_naam.clone().unwrap_or_else(|| p.naam.clone())
    };

    // The covenant: every party, every task with its basis and its law.
    let conv = flowing_text(&dir.join("convenant.pdf"));
    for p in &casus.partijen {
        assert_has(&conv, "convenant.pdf", "party", &p.naam);
        for t in &p.taken {
            assert_has(&conv, "convenant.pdf", "task", &t.omschrijving);
            if let Some(g) = &t.grondslag {
                assert_has(&conv, "convenant.pdf", "basis", &cite(&g.value));
            }
            // The task's statutes, combined as the documents cite them
            // (`de artikelen 2.3 en 7.4.0 van de Jeugdwet`).
            let wetten: Vec<String> = t.wet.iter().map(|w| cite(&w.value)).collect();
            if !wetten.is_empty() {
                let wetten = catalogue::combineer(&wetten);
                assert_has(&conv, "convenant.pdf", "law", &wetten);
            }
        }
        if let Some(v) = &p.volmacht {
            // The tekenblad names who signs by volmacht for whom.
            assert_has(&conv, "convenant.pdf", "volmacht", &naam(&v.partij.value));
        }
    }

    // Bijlage 3: every participant with its task, and every flow of the
    // casusoverleg in the table of its phase.
    for o in &casus.casusoverleggen {
        let doc = format!("bijlage-3-casusoverleg-{}.pdf", o.id.value);
        let text = flowing_text(&dir.join(&doc));
        for d in &o.deelnemers {
            assert_has(&text, &doc, "participant", &naam(&d.partij.value));
            assert_has(&text, &doc, "function", &d.functie);
            let taak = casus.partij(&d.partij.value).unwrap().taken.iter();
            let taak = taak.clone().find(|t| t.id.value == d.taak.value).unwrap();
            let wetten: Vec<String> = taak.wet.iter().map(|w| cite(&w.value)).collect();
            if !wetten.is_empty() {
                let wetten = catalogue::combineer(&wetten);
                assert_has(&text, &doc, "law of a participant", &wetten);
            }
        }
        let flows = casus
            .stromen
            .iter()
            .filter(|s| s.overleg.as_ref().is_some_and(|r| r.value == o.id.value));
        let mut n = 0;
        for s in flows {
            n += 1;
            let first = naam(&s.naar[0].value);
            assert_has(
                &text,
                &doc,
                "flow",
                &format!("{} → {first}", naam(&s.van.value)),
            );
            for to in &s.naar {
                assert_has(&text, &doc, "recipient", &naam(&to.value));
            }
            for g in casus.gegevens_van(s) {
                assert_has(&text, &doc, "data", &g.naam);
            }
            if let Some(g) = &s.grondslag {
                assert_has(&text, &doc, "basis", &cite(&g.value));
            }
            if let Some(u) = &s.uitzondering {
                assert_has(&text, &doc, "exception", &cite(&u.value));
            }
            assert_has(&text, &doc, "channel", s.kanaal.value.label());
        }
        assert!(n > 0, "{doc}: no flows in the casus");
        for f in &o.fasen {
            let fase = convenant::render::views::leesbaar(&f.id.value);
            assert_has(&text, &doc, "phase", &fase);
        }
        if let Some(v) = &o.verslaglegging {
            assert_has(&text, &doc, "minutes kept in", &v.waar);
        }
    }

    // Each processor agreement: both parties and every sub-processor.
    for v in &casus.verwerkers {
        for voor in &v.voor {
            let doc = format!("verwerkersovereenkomst-{}-{}.pdf", voor.value, v.id.value);
            let text = flowing_text(&dir.join(&doc));
            assert_has(&text, &doc, "controller", &naam(&voor.value));
            assert_has(&text, &doc, "processor", &v.naam);
            for s in &v.subverwerkers {
                assert_has(&text, &doc, "sub-processor", &s.naam);
                assert_has(&text, &doc, "its service", &s.dienst);
            }
            for m in &v.beveiliging {
                assert_has(&text, &doc, "security measure", m);
            }
            for b in &v.betrokkenen {
                assert_has(&text, &doc, "data subjects", b);
            }
            // Under a sector model the standard is the agreement and the
            // document only specifies it; an agreement of our own carries
            // every art. 28(3) element itself.
            let standard = v.model.as_ref().is_some_and(|m| {
                ["Vng", "Privacyconvenant"].contains(&format!("{:?}", m.value).as_str())
            });
            if !standard {
                for id in ["a", "b", "c", "d", "e", "f", "g", "h"] {
                    assert_has(&text, &doc, "clause", &cite(&format!("avg-28-3-{id}")));
                }
            }
        }
    }

    // The DPIA: the verdict with every reason, and its four parts.
    // As check made it: over the casus with its groups replaced by members.
    let verdict = checked.dpia.as_ref().expect("the rules ran");
    let dpia = flowing_text(&dir.join("dpia.pdf"));
    assert_has(&dpia, "dpia.pdf", "verdict", verdict.oordeel.label());
    for s in verdict.ap_lijst.iter().chain(&verdict.wp248) {
        assert_has(&dpia, "dpia.pdf", "reason", s.naam);
        assert_has(&dpia, "dpia.pdf", "why", s.omschrijving);
        // Every party the reason is about by name, every flow by its number.
        for id in &s.partijen {
            assert_has(&dpia, "dpia.pdf", "party behind a reason", &naam(id));
        }
        for id in &s.stromen {
            let n = casus
                .stromen
                .iter()
                .position(|f| &f.id.value == id)
                .unwrap()
                + 1;
            let cited = dpia.contains(&format!("S{n},")) || dpia.contains(&format!("S{n};"));
            assert!(
                cited,
                "dpia.pdf does not cite S{n} ({id}) for criterion {}",
                s.nummer
            );
        }
    }
    for id in ["avg-35-7-a", "avg-35-7-b", "avg-35-7-c", "avg-35-7-d"] {
        assert_has(&dpia, "dpia.pdf", "part", &cite(id));
    }
}

/// The art. 28(3) element each clause partial carries, by the catalogue id
/// the refusal names.
const CLAUSES: &[(&str, &str)] = &[
    ("onderwerp", "avg-28-3;"),
    ("instructies", "avg-28-3-a"),
    ("geheimhouding", "avg-28-3-b"),
    ("beveiliging", "avg-28-3-c"),
    ("subverwerkers", "avg-28-3-d"),
    ("rechten-betrokkenen", "avg-28-3-e"),
    ("bijstand", "avg-28-3-f"),
    ("einde", "avg-28-3-g"),
    ("audits", "avg-28-3-h"),
];

fn render_with(templates: &Path, out: &Path) -> std::process::Output {
    bin()
        .arg("render")
        .arg(fixture())
        .arg("--out")
        .arg(out)
        .args(["--format", "md", "--templates"])
        .arg(templates)
        .output()
        .unwrap()
}

/// Take any one art. 28(3) clause out of the verwerkersovereenkomst, or
/// keep only its heading and citation: render refuses, names the missing
/// element and writes nothing.
#[test]
fn a_verwerkersovereenkomst_without_any_art_28_3_clause_is_refused() {
    let builtin = root().join("templates/verwerkersovereenkomst");
    for (clause, id) in CLAUSES {
        let file = format!("artikel-{clause}.md");
        let original = std::fs::read_to_string(builtin.join(&file)).unwrap();
        let heading = original.lines().next().unwrap().to_string();
        let citation = format!(
            "artikel-citaat: {{{{ citeer(id=\"{}\") }}}}\n",
            id.trim_end_matches(';')
        );
        for (how, text) in [
            ("empty", String::new()),
            ("gutted", format!("{heading}\n\n{citation}")),
        ] {
            let templates = tempfile::tempdir().unwrap();
            let sub = templates.path().join("verwerkersovereenkomst");
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(sub.join(&file), text).unwrap();
            let out = tempfile::tempdir().unwrap();
            let o = render_with(templates.path(), out.path());
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{clause} {how}: {err}");
            assert!(
                err.contains("verwerkersovereenkomst is onvolledig"),
                "{clause} {how}: {err}"
            );
            assert!(
                err.contains(&format!("({id}")),
                "{clause} {how} does not name {id}: {err}"
            );
            assert!(files(out.path()).is_empty(), "{clause} {how} wrote files");
        }
    }
    // The complete built-in agreement renders.
    let out = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let o = render_with(empty.path(), out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// Every section 1-17 of the Model DPIA Rijksdienst and all four parts of
/// art. 35(7) AVG are in the DPIA; take one section's body away and render
/// refuses.
#[test]
fn the_dpia_has_every_part_and_section_or_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let o = render(&fixture(), out.path(), "md");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = std::fs::read_to_string(out.path().join("render/dpia.md")).unwrap();
    for part in ["A", "B", "C", "D"] {
        assert!(md.contains(&format!("\n## Deel {part} ")), "part {part}");
    }
    for n in 1..=17 {
        assert!(md.contains(&format!("\n### {n}. ")), "section {n}");
    }
    assert!(md.contains("In te vullen door Gemeente Voorstad"), "{md}");

    let builtin = std::fs::read_to_string(root().join("templates/dpia.md")).unwrap();
    let start = builtin.find("### 14. ").unwrap();
    let end = start + builtin[start..].find("### 15. ").unwrap();
    let heading_end = start + builtin[start..].find('\n').unwrap();
    let gutted = format!("{}\n\n{}", &builtin[..heading_end], &builtin[end..]);
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(templates.path().join("dpia.md"), gutted).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = render_with(templates.path(), out.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("paragraaf 14"), "{}", stderr(&o));
}

/// TXT-04 lets through exactly the characters of its table; each of them
/// must typeset in every style of the documents' font, under PDF/A-2b, or
/// `check` would pass what `render` cannot make.
#[test]
fn every_allowed_character_typesets() {
    crate::util::require_typst();
    let typst = convenant::render::typst_cli::find().expect("typst 0.15.1");
    let mut text = String::new();
    for &(lo, hi) in convenant::scan::displayable_ranges() {
        for c in (lo..=hi).filter_map(char::from_u32) {
            text.push(c);
            if text.len().is_multiple_of(64) {
                text.push(' ');
            }
        }
    }
    let literal = convenant::render::typst_markup::string_literal(&text);
    let source = format!(
        "#set text(font: \"Libertinus Serif\", fallback: false)\n\
         #text({literal})\n#strong(text({literal}))\n#emph(text({literal}))\n#strong(emph(text({literal})))\n"
    );
    let result = typst.compile("tekens", &source, 0, 2);
    assert!(result.is_ok(), "{}", result.err().unwrap());
}
