//! DOCX: every document of the example, read back with python-docx and
//! converted by LibreOffice, says what its Markdown says; headings carry
//! Word's heading styles, tables repeat their header row, and a rerun gives
//! the same bytes.
//!
//! Text is compared after a normalisation: the text of the Markdown (its
//! text and code, without markup) and of the DOCX (paragraphs and table
//! cells in order), with all whitespace collapsed to single spaces. An
//! article heading numbered by Word counts with its label ("Artikel 3"),
//! as Word shows it; LibreOffice's text export also writes the labels of
//! list items, so for it those are put before the item's text.

use crate::util::{bin, render_ok, root};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Python that has python-docx: Debian's, not a pyenv one on PATH.
fn python_docx() -> PathBuf {
    for python in ["/usr/bin/python3", "python3"] {
        let ok = Command::new(python)
            .args(["-c", "import docx"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return python.into();
        }
    }
    panic!(
        "this test needs python-docx, which is not installed; install it with \
         `apt-get install python3-docx` (or run `bash .ci/install-tools`)"
    );
}

fn require_soffice() {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "this test needs `soffice` (LibreOffice), which is not installed; install it with \
         `apt-get install libreoffice-writer-nogui` (or run `bash .ci/install-tools`)"
    );
}

/// python-docx's reading of each file (tests/docx_lezen.py).
fn read_back(files: &[PathBuf]) -> Vec<Value> {
    let out = Command::new(python_docx())
        .arg(root().join("tests/docx_lezen.py"))
        .args(files)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "python-docx cannot read the files: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// All whitespace collapsed to single spaces.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The text of a Markdown document, without markup; its headings as
/// (level, text); its number of tables and of thematic breaks.
struct MdText {
    text: String,
    headings: Vec<(usize, String)>,
    tables: usize,
    rules: usize,
}

fn markdown_text(md: &str) -> MdText {
    let mut m = MdText {
        text: String::new(),
        headings: Vec::new(),
        tables: 0,
        rules: 0,
    };
    let mut heading: Option<(usize, String)> = None;
    // Inside the image of a diagram: its alt text is the picture's
    // description in the DOCX, not text.
    let mut picture = false;
    for ev in Parser::new_ext(md, options()) {
        match ev {
            Event::Start(Tag::Image { dest_url, .. }) if dest_url.ends_with(".svg") => {
                picture = true
            }
            Event::End(TagEnd::Image) if picture => picture = false,
            _ if picture => {}
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                m.text.push_str(&t);
                if let Some((_, h)) = &mut heading {
                    h.push_str(&t);
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level as usize, String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                m.headings
                    .extend(heading.take().map(|(l, t)| (l, normalise(&t))));
                m.text.push(' ');
            }
            Event::Start(Tag::Table(_)) => m.tables += 1,
            Event::Rule => m.rules += 1,
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            // Between blocks, and a line break: white space.
            Event::Start(_) | Event::End(_) | Event::SoftBreak | Event::HardBreak => {
                m.text.push(' ')
            }
            _ => {}
        }
    }
    m.text = normalise(&m.text);
    m
}

/// The text python-docx reads, with or without the labels of list items.
fn docx_text(doc: &Value, labels: bool) -> String {
    let mut out = String::new();
    for block in doc["body"].as_array().unwrap() {
        if block["kind"] == "table" {
            for row in block["rows"].as_array().unwrap() {
                for cell in row.as_array().unwrap() {
                    out.push_str(cell.as_str().unwrap());
                    out.push(' ');
                }
            }
        } else {
            if labels && let Some(label) = block["label"].as_str() {
                out.push_str(label);
                out.push(' ');
            }
            out.push_str(block["text"].as_str().unwrap());
            out.push(' ');
        }
    }
    normalise(&out)
}

fn stems(dir: &Path) -> Vec<String> {
    let mut stems: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".docx").map(str::to_string)
        })
        .collect();
    stems.sort();
    stems
}

/// The first place two texts differ, for a readable failure.
fn first_difference(a: &str, b: &str) -> String {
    let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let from = at.saturating_sub(60);
    let show = |s: &str| s.chars().skip(from).take(160).collect::<String>();
    format!(
        "at char {at}:\n  markdown: {}\n  docx:     {}",
        show(a),
        show(b)
    )
}

/// The example rendered as Markdown and DOCX: the folder (kept alive by the
/// first value), its document stems, their DOCX files and what python-docx
/// reads from each.
fn example_docx() -> (
    tempfile::TempDir,
    PathBuf,
    Vec<String>,
    Vec<PathBuf>,
    Vec<Value>,
) {
    let out = tempfile::tempdir().unwrap();
    render_ok(&root().join("casus/regio-voorbeeld"), out.path(), "md,docx");
    let dir = out.path().join("regio-voorbeeld");
    let stems = stems(&dir);
    let files: Vec<PathBuf> = stems
        .iter()
        .map(|s| dir.join(format!("{s}.docx")))
        .collect();
    let docs = read_back(&files);
    (out, dir, stems, files, docs)
}

/// LibreOffice converts `files` to `to` in `outdir`, in one run, with a
/// profile of its own.
fn soffice(to: &str, outdir: &Path, files: &[PathBuf]) -> std::process::Output {
    let profile = tempfile::tempdir().unwrap();
    Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(outdir)
        .args(files)
        .output()
        .expect("soffice runs")
}

#[test]
fn every_document_reads_back_as_its_markdown() {
    require_soffice();
    let (_out, dir, stems, files, docs) = example_docx();
    assert_eq!(stems.len(), 18, "{stems:?}");

    // LibreOffice converts them all in one run, with a profile of its own.
    let txt = tempfile::tempdir().unwrap();
    let lo = soffice("txt:Text (encoded):UTF8", txt.path(), &files);
    assert!(
        lo.status.success(),
        "LibreOffice failed: {}",
        String::from_utf8_lossy(&lo.stderr)
    );

    for (stem, doc) in stems.iter().zip(&docs) {
        let md = markdown_text(&std::fs::read_to_string(dir.join(format!("{stem}.md"))).unwrap());
        let text = docx_text(doc, false);
        assert!(
            text == md.text,
            "{stem}: {}",
            first_difference(&md.text, &text)
        );

        // Headings, in order, with Word's heading styles.
        let headings: Vec<(String, String)> = doc["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| {
                b["style"]
                    .as_str()
                    .is_some_and(|s| s == "Title" || s.starts_with("Heading"))
            })
            .map(|b| {
                (
                    b["style"].as_str().unwrap().to_string(),
                    normalise(b["text"].as_str().unwrap()),
                )
            })
            .collect();
        let want: Vec<(String, String)> = md
            .headings
            .iter()
            .map(|(level, t)| {
                let style = match level {
                    1 => "Title".to_string(),
                    l => format!("Heading {}", (l - 1).min(3)),
                };
                (style, t.clone())
            })
            .collect();
        assert_eq!(headings, want, "{stem}");

        // Tables: Table Grid, the first row repeats on every page.
        let tables: Vec<&Value> = doc["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["kind"] == "table")
            .collect();
        assert_eq!(tables.len(), md.tables, "{stem}");
        for t in tables {
            assert_eq!(t["style"], "Table Grid", "{stem}");
            let header: Vec<bool> = t["header"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h.as_bool().unwrap())
                .collect();
            assert!(
                header[0] && !header[1..].iter().any(|h| *h),
                "{stem}: {header:?}"
            );
        }

        // The page, header, footer and properties, as the PDF has them.
        assert_eq!(
            doc["page"],
            serde_json::json!([7560310, 10692130]),
            "{stem}: A4"
        );
        assert_eq!(doc["page_breaks"].as_u64(), Some(md.rules as u64), "{stem}");
        assert_eq!(
            doc["footer_fields"],
            serde_json::json!(["PAGE", "NUMPAGES"])
        );
        // The English specification (`taal: en`) has them in English.
        let engels = stem.ends_with("begeleidingsplan-vo");
        let footer = doc["footer"].as_str().unwrap();
        assert!(
            footer.starts_with(if engels {
                "Draft, version 1.0 of 20 February 2026"
            } else {
                "Concept, versie 1.0 van 20 februari 2026"
            }),
            "{footer}"
        );
        let header = doc["header"].as_str().unwrap();
        assert!(
            header.starts_with(if engels { "Draft · " } else { "Concept · " })
                && header.ends_with("PCV-RV-2026-01"),
            "{header}"
        );
        assert_eq!(doc["keywords"], "PCV-RV-2026-01");
        assert_eq!(
            doc["created"], "2026-02-20T00:00:00",
            "the versiedatum, as the PDF"
        );
        assert_eq!(doc["modified"], "2026-02-20T00:00:00");
        assert_eq!(
            doc["author"],
            "Privacyconvenant Samenwerking Onderwijs, Gemeenten en Jeugdhulp Regio Voorbeeld"
        );
        assert_eq!(doc["track_changes"], false);
        for link in doc["links"].as_array().unwrap() {
            let link = link.as_str().unwrap();
            assert!(
                link.starts_with("https://")
                    || link.starts_with("http://")
                    || link.starts_with("mailto:")
                    || link.starts_with("index.html#open-"),
                "{stem}: {link}"
            );
        }

        // LibreOffice reads the same text, with the labels of the lists.
        let lo = std::fs::read_to_string(txt.path().join(format!("{stem}.txt"))).unwrap();
        let lo = normalise(lo.trim_start_matches('\u{feff}'));
        let want = docx_text(doc, true);
        assert!(
            lo == want,
            "{stem} in LibreOffice: {}",
            first_difference(&want, &lo)
        );
    }
    // The covenant's articles are numbered by Word; its open items are links.
    let convenant = &docs[stems.iter().position(|s| s == "convenant").unwrap()];
    let articles = convenant["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| {
            b["style"] == "Heading 1" && b["text"].as_str().unwrap().starts_with("Artikel ")
        })
        .count();
    assert!(articles > 20, "{articles}");
    assert!(
        convenant["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "index.html#open-1")
    );
}

/// Every diagram a document shows is a picture in its DOCX: the SVG written
/// next to it, byte for byte, as the picture and in Word's SVG extension,
/// described by its alt text; a wide one on a landscape page of its own
/// between portrait ones. LibreOffice draws it: its PDF of the Bijlage has
/// the landscape page.
#[test]
fn each_diagram_is_a_picture_of_its_svg_on_a_landscape_page() {
    require_soffice();
    let (_out, dir, stems, _files, docs) = example_docx();
    let mut shown = 0;
    for (stem, doc) in stems.iter().zip(&docs) {
        let md = std::fs::read_to_string(dir.join(format!("{stem}.md"))).unwrap();
        // The diagrams the Markdown shows, by file name, in order.
        let svgs: Vec<&str> = md
            .match_indices("](")
            .filter_map(|(i, _)| md[i + 2..].split(')').next())
            .filter(|f| f.ends_with(".svg"))
            .collect();
        let pictures = doc["pictures"].as_array().unwrap();
        assert_eq!(pictures.len(), svgs.len(), "{stem}");
        for (pic, file) in pictures.iter().zip(&svgs) {
            let on_disk = std::fs::read_to_string(dir.join(file)).unwrap();
            assert_eq!(pic["content_type"], "image/svg+xml", "{stem}");
            assert!(
                pic["svg"] == on_disk.as_str(),
                "{stem}: not the bytes of {file}"
            );
            assert!(pic["svg_ext"] == on_disk.as_str(), "{stem}: SVG extension");
            assert!(
                pic["descr"].as_str().unwrap().starts_with("Schema van"),
                "{stem}: {}",
                pic["descr"]
            );
            shown += 1;
        }
        let landscape: Vec<bool> = doc["landscape"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_bool().unwrap())
            .collect();
        if svgs.is_empty() {
            assert_eq!(landscape, [false], "{stem}");
        } else {
            // Portrait, the diagram in landscape, portrait again.
            assert_eq!(landscape, [false, true, false], "{stem}");
        }
    }
    // One per casusoverleg and the whole casus in the DPIA.
    assert!(shown >= 3, "{shown}");

    let pdf = tempfile::tempdir().unwrap();
    let lo = soffice(
        "pdf",
        pdf.path(),
        &[dir.join("bijlage-3-casusoverleg-mdo.docx")],
    );
    assert!(
        lo.status.success(),
        "{}",
        String::from_utf8_lossy(&lo.stderr)
    );
    let info = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "99"])
        .arg(pdf.path().join("bijlage-3-casusoverleg-mdo.pdf"))
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("841.89 x 595.3"), "no landscape page: {info}");
}

#[test]
fn two_renders_give_the_same_bytes_and_track_changes_is_a_flag() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let casus = root().join("casus/regio-voorbeeld");
    render_ok(&casus, a.path(), "docx");
    let o = bin()
        .arg("render")
        .arg(&casus)
        .arg("--out")
        .arg(b.path())
        .args(["--format", "docx", "--wijzigingen-bijhouden"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let again = tempfile::tempdir().unwrap();
    render_ok(&casus, again.path(), "docx");
    let (fa, fb, fc) = (
        crate::util::files(a.path()),
        crate::util::files(b.path()),
        crate::util::files(again.path()),
    );
    assert_eq!(fa, fc, "two renders differ");
    assert_ne!(fa, fb, "--wijzigingen-bijhouden changes the settings");
    assert!(fa.keys().any(|k| k.ends_with(".docx")));
    let dir = |d: &Path| d.join("regio-voorbeeld/convenant.docx");
    let docs = read_back(&[dir(a.path()), dir(b.path())]);
    assert_eq!(docs[0]["track_changes"], false);
    assert_eq!(docs[1]["track_changes"], true);
}

/// `convenant render CASUS --out OUT --format docx --templates TEMPLATES`.
fn render_docx_with(casus: &Path, out: &Path, templates: &Path) -> std::process::Output {
    bin()
        .arg("render")
        .arg(casus)
        .arg("--out")
        .arg(out)
        .args(["--format", "docx", "--templates"])
        .arg(templates)
        .output()
        .unwrap()
}

/// A region's house style from a real Word document: python-docx's own
/// default template, made in Word. Its styles are taken; what it lacks is added.
#[test]
fn a_referentie_docx_gives_the_house_style_and_a_bad_one_is_refused() {
    let python = python_docx();
    let (_tmp, casus) = crate::util::copy_casus(&root().join("casus/regio-voorbeeld"), "huis");
    let sjablonen = tempfile::tempdir().unwrap();
    let reference = sjablonen.path().join("referentie.docx");
    let made = Command::new(&python)
        .args(["-c", "import docx, sys; docx.Document().save(sys.argv[1])"])
        .arg(&reference)
        .status()
        .unwrap();
    assert!(made.success());
    let out = tempfile::tempdir().unwrap();
    let render = |out: &Path| render_docx_with(&casus, out, sjablonen.path());
    let o = render(out.path());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let doc = &read_back(&[out.path().join("huis/convenant.docx")])[0];
    let styles: Vec<&str> = doc["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["style"].as_str())
        .collect();
    for s in ["Title", "Heading 1", "List Paragraph", "Quote", "Normal"] {
        assert!(styles.contains(&s), "{s} missing: {styles:?}");
    }

    std::fs::write(&reference, b"PK\x03\x04 geen zip").unwrap();
    let bad = tempfile::tempdir().unwrap();
    let o = render(bad.path());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("SJB-01") && stderr.contains("is geen geldig Word-document"),
        "{stderr}"
    );
    assert!(crate::util::files(bad.path()).is_empty());
    let check = bin()
        .arg("check")
        .arg(&casus)
        .arg("--templates")
        .arg(sjablonen.path())
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
}

/// A region's letterhead: the header (with a logo) and footer of its
/// `referentie.docx`, made with python-docx, come first in every header and
/// footer; our title, kenmerk, version and page numbers follow, and
/// LibreOffice shows both on the page.
#[test]
fn the_letterhead_of_a_referentie_docx_comes_before_our_header_and_footer() {
    let python = python_docx();
    let (_tmp, casus) = crate::util::copy_casus(&root().join("casus/regio-voorbeeld"), "huis");
    let sjablonen = tempfile::tempdir().unwrap();
    let reference = sjablonen.path().join("referentie.docx");
    // A 1x1 PNG, written out so the test needs no image library.
    let script = r#"
import docx, struct, sys, zlib, io
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"\x00\x00\x80\xff")) + chunk(b"IEND", b"")
d = docx.Document()
s = d.sections[0]
p = s.header.paragraphs[0]
p.text = "Gemeente Huisstijl, Juridische Zaken "
p.add_run().add_picture(io.BytesIO(png), width=docx.shared.Cm(1))
s.footer.paragraphs[0].text = "Postbus 12, 1234 AB Huisstijl"
d.save(sys.argv[1])
"#;
    let made = Command::new(&python)
        .args(["-c", script])
        .arg(&reference)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let out = tempfile::tempdir().unwrap();
    let o = render_docx_with(&casus, out.path(), sjablonen.path());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let file = out.path().join("huis/convenant.docx");
    let read = |name: &str| crate::util::docx_part(&file, name);
    let header = String::from_utf8(read("word/header1.xml")).unwrap();
    let house = header.find("Juridische Zaken").expect("the letterhead");
    let ours = header.find("PCV-RV-2026-01").expect("our kenmerk");
    assert!(house < ours, "{header}");
    let rels = String::from_utf8(read("word/_rels/header1.xml.rels")).unwrap();
    assert!(
        rels.contains("Target=\"media/huisstijl-kop-1.png\""),
        "{rels}"
    );
    assert!(read("word/media/huisstijl-kop-1.png").starts_with(b"\x89PNG"));
    let types = String::from_utf8(read("[Content_Types].xml")).unwrap();
    assert!(types.contains("Extension=\"png\""), "{types}");
    let footer = String::from_utf8(read("word/footer1.xml")).unwrap();
    assert!(
        footer.find("Postbus 12") < footer.find("NUMPAGES"),
        "{footer}"
    );

    let pdf = tempfile::tempdir().unwrap();
    let lo = soffice("pdf", pdf.path(), std::slice::from_ref(&file));
    assert!(
        lo.status.success(),
        "{}",
        String::from_utf8_lossy(&lo.stderr)
    );
    let text = crate::util::pdf_page_text(&pdf.path().join("convenant.pdf"), 1);
    for want in [
        "Juridische Zaken",
        "Postbus 12",
        "PCV-RV-2026-01",
        "Pagina 1 van",
    ] {
        let want = crate::util::squash(want);
        assert!(text.contains(&want), "{want} not on page 1: {text}");
    }
}

/// The text of every `w:t` in a DOCX's document.xml, which must parse as XML.
fn document_xml_text(docx: &Path) -> String {
    let xml = crate::util::docx_xml(docx, "word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut text = String::new();
    let mut in_t = false;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) => in_t = e.name().as_ref() == "w:t",
            Ok(quick_xml::events::Event::End(_)) => in_t = false,
            Ok(quick_xml::events::Event::Text(t)) if in_t => {
                text.push_str(&t.xml10_content());
            }
            Ok(quick_xml::events::Event::GeneralRef(r)) if in_t => {
                let name = r.as_ref();
                text.push_str(match name {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("{}: unexpected entity &{other};", docx.display()),
                });
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::DocType(_)) => panic!("a DOCTYPE"),
            Err(e) => panic!("{}: document.xml does not parse: {e}", docx.display()),
            _ => {}
        }
    }
    text
}

#[test]
fn hostile_text_stays_text_in_docx() {
    let (_tmp, casus, planted) = crate::render::hostile_casus();
    let out = tempfile::tempdir().unwrap();
    render_ok(&casus, out.path(), "md,docx");
    let dir = out.path().join("vijandig");
    let mut all = String::new();
    for stem in stems(&dir) {
        all.push_str(&document_xml_text(&dir.join(format!("{stem}.docx"))));
        all.push(' ');
    }
    let all = normalise(&all);
    for value in &planted {
        assert!(all.contains(&normalise(value)), "DOCX lost {value:?}");
    }
    let files: Vec<PathBuf> = stems(&dir)
        .iter()
        .map(|s| dir.join(format!("{s}.docx")))
        .collect();
    for doc in read_back(&files) {
        for link in doc["links"].as_array().unwrap() {
            assert!(
                !link
                    .as_str()
                    .unwrap()
                    .to_ascii_lowercase()
                    .starts_with("javascript"),
                "{link}"
            );
        }
    }
}
