//! A redline as DOCX: new text as an insertion and old text as a deletion
//! that Word and LibreOffice show as their own tracked changes (`w:ins`,
//! `w:del`), so a reader can accept or reject each change. The changes are
//! by "convenant diff" on the date of the package, which makes the file
//! reproducible.

use super::body::Body;
use super::numbering::Lists;
use super::styles::S;
use super::xml::push_escaped;
use super::{HouseStyle, Meta};

/// What a run of text is in the comparison.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Merk {
    Gelijk,
    Nieuw,
    Vervallen,
}

/// One paragraph of the overview.
pub(crate) enum Blok {
    Titel(String),
    /// A heading of level 1 to 3.
    Kop(u8, String),
    /// Plain text.
    Tekst(String),
    /// A paragraph of runs.
    Alinea(Vec<(Merk, String)>),
}

const AUTHOR: &str = "convenant diff";

/// The DOCX of a redline.
pub(crate) fn redline(
    meta: &Meta,
    blokken: &[Blok],
    house: Option<&HouseStyle>,
) -> Result<Vec<u8>, String> {
    let ids = &super::style_ids(house);
    let (y, m, d) = meta.date;
    let date = format!("{y:04}-{m:02}-{d:02}T00:00:00Z");
    let mut xml = String::new();
    let mut id = 0u32;
    for blok in blokken {
        match blok {
            Blok::Titel(t) => styled(&mut xml, ids.get(S::Title), t),
            Blok::Kop(level, t) => {
                let style = match level {
                    1 => S::Heading1,
                    2 => S::Heading2,
                    _ => S::Heading3,
                };
                styled(&mut xml, ids.get(style), t);
            }
            Blok::Tekst(t) => styled(&mut xml, ids.get(S::Normal), t),
            Blok::Alinea(runs) => {
                xml.push_str("<w:p>");
                for (merk, text) in runs {
                    if text.is_empty() {
                        continue;
                    }
                    id += 1;
                    match merk {
                        Merk::Gelijk => run(&mut xml, "w:t", text),
                        Merk::Nieuw => {
                            xml.push_str(&format!(
                                "<w:ins w:id=\"{id}\" w:author=\"{AUTHOR}\" w:date=\"{date}\">"
                            ));
                            run(&mut xml, "w:t", text);
                            xml.push_str("</w:ins>");
                        }
                        Merk::Vervallen => {
                            xml.push_str(&format!(
                                "<w:del w:id=\"{id}\" w:author=\"{AUTHOR}\" w:date=\"{date}\">"
                            ));
                            run(&mut xml, "w:delText", text);
                            xml.push_str("</w:del>");
                        }
                    }
                }
                xml.push_str("</w:p>");
            }
        }
    }
    let body = Body {
        xml,
        links: Vec::new(),
        lists: Lists::default(),
        footnotes: Vec::new(),
        pictures: Vec::new(),
    };
    super::package(meta, &body, house)
}

fn styled(xml: &mut String, style: &str, text: &str) {
    xml.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
    push_escaped(xml, style);
    xml.push_str("\"/></w:pPr>");
    run(xml, "w:t", text);
    xml.push_str("</w:p>");
}

fn run(xml: &mut String, element: &str, text: &str) {
    xml.push_str(&format!("<w:r><{element} xml:space=\"preserve\">"));
    push_escaped(xml, text);
    xml.push_str(&format!("</{element}></w:r>"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertions_and_deletions_are_tracked_changes_and_escaped() {
        let meta = Meta {
            titel: "Wijzigingsoverzicht",
            convenant: "C",
            kenmerk: "K",
            versie: "1",
            datum: "1 maart 2026",
            concept: false,
            versiedatum: None,
            date: (2026, 3, 1),
            track_changes: false,
            engels: false,
        };
        let bytes = redline(
            &meta,
            &[Blok::Alinea(vec![
                (Merk::Gelijk, "De school ".into()),
                (Merk::Vervallen, "<b>oud</b>".into()),
                (Merk::Nieuw, "nieuw & beter".into()),
            ])],
            None,
        )
        .unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut doc = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut doc)
            .unwrap();
        assert!(doc.contains("<w:del w:id=\"2\" w:author=\"convenant diff\" w:date=\"2026-03-01T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">&lt;b&gt;oud&lt;/b&gt;</w:delText></w:r></w:del>"), "{doc}");
        assert!(doc.contains("<w:ins w:id=\"3\" w:author=\"convenant diff\" w:date=\"2026-03-01T00:00:00Z\"><w:r><w:t xml:space=\"preserve\">nieuw &amp; beter</w:t></w:r></w:ins>"), "{doc}");
        assert!(!doc.contains("<b>"));
    }
}
