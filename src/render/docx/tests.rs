//! The package and its body, read back as XML.

use super::styles::StyleIds;
use super::*;
use crate::render::typst_markup::parse;
use std::io::Read as _;

fn meta() -> Meta<'static> {
    Meta {
        titel: "Titel <x>",
        convenant: "Convenant & co",
        kenmerk: "K-1",
        versie: "1.0",
        datum: "1 maart 2026",
        concept: true,
        versiedatum: Some("20 februari 2026"),
        date: (2026, 2, 20),
        track_changes: false,
        engels: false,
    }
}

/// Every part of a package, by name, in the package's order.
fn unpack(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().unwrap().to_string(), text)
        })
        .collect()
}

/// Well-formed XML, or the reason why not.
fn parses(xml: &str) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i32;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            quick_xml::events::Event::Start(_) => depth += 1,
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    (depth == 0).then_some(()).ok_or("unclosed".into())
}

fn body(md: &str) -> String {
    body::convert(md, &StyleIds::builtin()).xml
}

#[test]
fn the_package_has_its_parts_in_order_and_every_part_parses() {
    let md =
        "# Titel\n\nTekst met [link](https://example.org) en voetnoot[^1].\n\n[^1]: De *noot*.\n";
    let bytes = document(&meta(), &parse(md), None, &Default::default()).unwrap();
    let parts = unpack(&bytes);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/numbering.xml",
            "word/settings.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "word/footnotes.xml",
        ]
    );
    for (name, xml) in &parts {
        parses(xml).unwrap_or_else(|e| panic!("{name}: {e}\n{xml}"));
    }
    let part = |n: &str| &parts.iter().find(|(m, _)| m == n).unwrap().1;
    assert!(part("docProps/core.xml").contains("<dc:title>Titel &lt;x&gt;</dc:title>"));
    assert!(part("docProps/core.xml").contains("<dc:creator>Convenant &amp; co</dc:creator>"));
    assert!(part("docProps/core.xml").contains("2026-02-20T00:00:00Z"));
    assert!(
        part("word/_rels/document.xml.rels")
            .contains("Target=\"https://example.org\" TargetMode=\"External\"")
    );
    assert!(part("word/footnotes.xml").contains("De </w:t>"));
    assert!(!part("word/settings.xml").contains("trackRevisions"));
    assert_eq!(
        document(&meta(), &parse(md), None, &Default::default()).unwrap(),
        bytes,
        "reproducible"
    );
    let tracked = Meta {
        track_changes: true,
        ..meta()
    };
    let parts = unpack(&document(&tracked, &parse(md), None, &Default::default()).unwrap());
    assert!(
        parts
            .iter()
            .any(|(n, x)| n == "word/settings.xml" && x.contains("<w:trackRevisions/>"))
    );
}

#[test]
fn every_list_restarts_and_nested_lists_indent() {
    let b = body::convert(
        "1. a\n2. b\n\ntekst\n\n1. c\n   - d\n\ntekst\n\n3. e\n",
        &StyleIds::builtin(),
    );
    let numbering = b.lists.xml();
    // Three lists, each its own instance: 1, 2 (nested bullets at level 1), 3.
    assert!(numbering.contains("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"));
    assert!(numbering.contains(
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"1\">"
    ));
    assert!(numbering.contains("<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"));
    assert!(
        b.xml
            .contains("<w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/>")
    );
    parses(&numbering).unwrap();
}

#[test]
fn articles_are_numbered_by_word_only_when_they_count_in_order() {
    let b = body("## Partijen\n\n## Artikel 1 Doel\n\n## Artikel 2 Duur\n\n## Tekenblad\n");
    assert_eq!(b.matches("<w:numId").count(), 2, "{b}");
    assert!(
        b.contains(">Doel</w:t>") && b.contains(">Duur</w:t>") && b.contains(">Partijen</w:t>")
    );
    // Out of order, or at two levels: the numbers stay text.
    for md in [
        "## Artikel 1 Doel\n\n## Artikel 3 Duur\n",
        "## Artikel 1 Doel\n\n### Artikel 2 Duur\n",
        "## Artikel 1 Doel\n\n## Artikel 2a Duur\n",
    ] {
        let b = body(md);
        assert!(!b.contains("<w:numId"), "{md}: {b}");
        assert!(b.contains(">Artikel 1 Doel</w:t>"), "{b}");
    }
}

#[test]
fn tables_repeat_their_header_and_fit_the_page() {
    let b = body("De stromen:\n\n| a | b |\n|:--|--:|\n| 1 | een langere cel met tekst |\n");
    assert!(
        b.contains("<w:keepNext/>"),
        "the lead-in stays with its table: {b}"
    );
    assert_eq!(b.matches("<w:tblHeader/>").count(), 1);
    let widths: u32 = b
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse::<u32>().unwrap())
        .sum();
    assert_eq!(widths, parts::TEXT_WIDTH);
    assert!(b.contains("<w:jc w:val=\"right\"/>"));
    parses(&format!("<r xmlns:w=\"w\" xmlns:r=\"r\">{b}</r>")).unwrap();
}

#[test]
fn links_breaks_quotes_and_marks() {
    let b = body::convert(
        "[a](https://x.example) [b](javascript:alert(1)) [c](#anker) [d](index.html#open-3) [e](mailto:a@x.example)\n\n---\n\n> **Blok**\n>\n> regel\\\n> twee\n",
        &StyleIds::builtin(),
    );
    assert_eq!(
        b.links,
        [
            "https://x.example",
            "index.html#open-3",
            "mailto:a@x.example"
        ]
    );
    assert!(b.xml.contains("<w:highlight w:val=\"yellow\"/>"));
    assert_eq!(b.xml.matches("<w:pageBreakBefore/>").count(), 1);
    assert!(b.xml.contains("<w:br/>"));
    // The block stays together: every paragraph but its last keeps with the next.
    assert_eq!(b.xml.matches("<w:keepLines/>").count(), 2);
    assert_eq!(b.xml.matches("<w:keepNext/>").count(), 1);
}

#[test]
fn hostile_text_stays_text() {
    let md = crate::render::markdown_escape::escape(
        "<script>alert(1)</script> ]]> &amp; \u{1b}[31m \u{0}\u{FFFE} \"'",
    );
    let b = body(&format!("# {md}\n\n{md}\n\n| {md} |\n|---|\n| {md} |\n"));
    parses(&format!("<r xmlns:w=\"w\">{b}</r>")).unwrap();
    assert!(
        b.contains(">&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp; "),
        "{b}"
    );
    assert!(b.contains("[31m \u{FFFD} &quot;&apos;</w:t>"), "{b}");
}

#[test]
fn a_concept_has_the_watermark_and_a_definitief_not() {
    let header = |m: &Meta| {
        unpack(&document(m, &parse("Tekst\n"), None, &Default::default()).unwrap())
            .into_iter()
            .find(|(n, _)| n == "word/header1.xml")
            .unwrap()
            .1
    };
    let concept = header(&meta());
    parses(&concept).unwrap();
    assert!(concept.contains("<v:textpath style="), "{concept}");
    assert!(concept.contains("string=\"CONCEPT\""), "{concept}");
    assert!(concept.contains("rotation:315"), "{concept}");
    let definitief = header(&Meta {
        concept: false,
        ..meta()
    });
    assert!(!definitief.contains("CONCEPT"), "{definitief}");
}
