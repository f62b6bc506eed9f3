//! A region's `referentie.docx`: its house style. We take its
//! `word/styles.xml`, `word/theme/theme1.xml` and (if present)
//! `word/fontTable.xml`, and its default header and footer with their
//! pictures ([`super::house_parts`]); nothing else. A style our documents
//! use that its styles.xml lacks (Word saves only the styles a file uses)
//! is added from ours, under its built-in name.
//!
//! The file comes from a pull request like any template, so it is read as
//! hostile input: bounded in size (the file, each part, the number of
//! entries), every part well-formed UTF-8 XML with the expected root, no
//! DOCTYPE (no entities), and no reference to other parts (`r:id`, an
//! embedded font) except a header's or footer's own pictures.

use super::house_parts::{HousePart, Kind, house_part};
use super::styles::{STYLES, StyleIds};
use super::xml::{R_NS, W_NS};
use quick_xml::NsReader;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use std::io::Read;

/// The file name in the template folder.
pub(crate) const REFERENTIE_DOCX: &str = "referentie.docx";
/// Largest `referentie.docx` we read.
pub(crate) const MAX_REFERENCE_BYTES: u64 = 32 * 1024 * 1024;
/// Largest part we take from it, unpacked.
const MAX_PART_BYTES: u64 = 8 * 1024 * 1024;
/// Most entries its zip may have.
const MAX_ENTRIES: usize = 10_000;

const A_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

/// The house style of a region, ready to go into every DOCX.
#[derive(Debug)]
pub struct HouseStyle {
    /// Its styles.xml, with the styles it lacks added.
    pub(super) styles: Vec<u8>,
    pub(super) ids: StyleIds,
    pub(super) theme: Option<Vec<u8>>,
    pub(super) font_table: Option<Vec<u8>>,
    /// Its letterhead: the default header and footer of its last section.
    pub(super) header: Option<HousePart>,
    pub(super) footer: Option<HousePart>,
}

/// The house style in the bytes of a `referentie.docx`, or why not (Dutch,
/// without the file's name: the caller adds it).
pub(crate) fn parse(bytes: &[u8]) -> Result<HouseStyle, String> {
    if bytes.len() as u64 > MAX_REFERENCE_BYTES {
        return Err(format!(
            "is groter dan {} MiB; een referentiedocument met alleen de opmaak is veel kleiner",
            MAX_REFERENCE_BYTES / (1024 * 1024)
        ));
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("is geen geldig Word-document (.docx): {e}"))?;
    if zip.len() > MAX_ENTRIES {
        return Err(format!(
            "bevat meer dan {MAX_ENTRIES} delen; zo is geen Word-document opgebouwd"
        ));
    }
    let styles = part(&mut zip, "word/styles.xml")?
        .ok_or("bevat geen word/styles.xml; sla het op als Word-document (.docx)")?;
    let (styles, ids) = house_styles(&styles)?;
    let theme = part(&mut zip, "word/theme/theme1.xml")?;
    if let Some(t) = &theme {
        check("word/theme/theme1.xml", t, A_NS, "theme")?;
    }
    let font_table = part(&mut zip, "word/fontTable.xml")?;
    if let Some(f) = &font_table {
        check("word/fontTable.xml", f, W_NS, "fonts")?;
    }
    let header = house_part(&mut zip, Kind::Header)?;
    let footer = house_part(&mut zip, Kind::Footer)?;
    Ok(HouseStyle {
        styles,
        ids,
        theme,
        font_table,
        header,
        footer,
    })
}

/// One part, unpacked, if the zip has it.
pub(super) fn part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<Vec<u8>>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name} kan niet gelezen worden: {e}")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name} kan niet uitgepakt worden: {e}"))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!(
            "{name} is uitgepakt groter dan {} MiB",
            MAX_PART_BYTES / (1024 * 1024)
        ));
    }
    // A byte order mark: the XML reader skips it without counting it, so
    // positions in the part would be off by three.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    Ok(Some(bytes))
}

/// A style in a styles.xml: kind, styleId, name.
type Style = (String, String, String);

/// What [`scan`] keeps while it reads.
struct Scan<'n> {
    name: &'n str,
    /// The relationship ids an attribute may name (a header's pictures).
    rels: &'n [String],
    depth: usize,
    roots: usize,
    styles: Vec<Style>,
    in_style: bool,
}

impl Scan<'_> {
    fn bad(&self, why: impl std::fmt::Display) -> String {
        format!("{} is geen geldige XML: {why}", self.name)
    }

    /// An element's start tag: check it, and note a style or its name.
    fn element(
        &mut self,
        reader: &NsReader<&[u8]>,
        ns: Option<&str>,
        e: &quick_xml::events::BytesStart,
        root: (&str, &str),
    ) -> Result<(), String> {
        let local = e.local_name().as_ref().to_string();
        if self.depth == 0 {
            self.roots += 1;
            if self.roots > 1 || ns != Some(root.0) || local != root.1 {
                return Err(format!(
                    "{} is niet wat Word erin zet (het begint niet met <{}>)",
                    self.name, root.1
                ));
            }
        }
        let mut w_attrs: Vec<(String, String)> = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|e| self.bad(e))?;
            let (ans_raw, alocal) = reader.resolver().resolve_attribute(a.key);
            let ans = match &ans_raw {
                ResolveResult::Bound(n) => Some(n.0),
                _ => None,
            };
            if let ResolveResult::Unknown(p) = &ans_raw {
                return Err(self.bad(format!("het voorvoegsel `{p}` is nergens gedeclareerd")));
            }
            let plain = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| self.bad(e))?;
            if ans == Some(R_NS) && !self.rels.iter().any(|id| *id == plain.as_ref()) {
                return Err(format!(
                    "{} verwijst naar een ander deel van het document (een ingesloten lettertype of afbeelding); convenant neemt alleen de opmaak over",
                    self.name
                ));
            }
            if ans == Some(W_NS) {
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| self.bad(e))?
                    .into_owned();
                w_attrs.push((alocal.as_ref().to_string(), value));
            }
        }
        let w = |key: &str| {
            w_attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        };
        let is_w = ns == Some(W_NS);
        if is_w && self.depth == 1 && local == "style" {
            self.styles.push((
                w("type").unwrap_or_else(|| "paragraph".into()),
                w("styleId").unwrap_or_default(),
                String::new(),
            ));
            self.in_style = true;
        } else if is_w
            && self.depth == 2
            && self.in_style
            && local == "name"
            && let Some(s) = self.styles.last_mut()
        {
            s.2 = w("val").unwrap_or_default();
        }
        Ok(())
    }
}

/// Check a part and collect its styles (for a styles.xml): well-formed
/// UTF-8 XML, one root `root.1` in namespace `root.0`, no DOCTYPE, and no
/// attribute in the relationships namespace. Also gives where the root's
/// end tag starts.
pub(super) fn scan(
    name: &str,
    bytes: &[u8],
    root: (&str, &str),
    rels: &[String],
) -> Result<(Vec<Style>, usize), String> {
    if std::str::from_utf8(bytes).is_err() {
        return Err(format!(
            "{name} is geen UTF-8; sla het document opnieuw op in Word"
        ));
    }
    let mut reader = NsReader::from_reader(bytes);
    // `--` inside a comment is not XML; Word refuses it.
    reader.config_mut().check_comments = true;
    let mut s = Scan {
        name,
        rels,
        depth: 0,
        roots: 0,
        styles: Vec::new(),
        in_style: false,
    };
    let mut root_end = None;
    let mut buf = Vec::new();
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        buf.clear();
        let (resolved, event) = reader
            .read_resolved_event_into(&mut buf)
            .map_err(|e| s.bad(e))?;
        let ns = match &resolved {
            ResolveResult::Bound(n) => Some(n.0.to_string()),
            ResolveResult::Unknown(p) => {
                return Err(s.bad(format!("het voorvoegsel `{p}` is nergens gedeclareerd")));
            }
            ResolveResult::Unbound => None,
        };
        // After the root, only white space and comments.
        let done = s.depth == 0 && s.roots > 0;
        match &event {
            Event::Text(t) if t.as_ref().trim().is_empty() => {}
            Event::Comment(_) | Event::Eof => {}
            _ if done => return Err(s.bad("na het hoofdelement staat nog iets")),
            _ => {}
        }
        match event {
            Event::Decl(d) => {
                let utf8 = d
                    .encoding()
                    .is_none_or(|e| e.is_ok_and(|e| e.eq_ignore_ascii_case("utf-8")));
                if !utf8 {
                    return Err(s.bad("de declaratie noemt een andere codering dan UTF-8"));
                }
            }
            Event::GeneralRef(r) => {
                let known =
                    r.is_char_ref() || matches!(r.as_ref(), "lt" | "gt" | "amp" | "quot" | "apos");
                if !known {
                    return Err(s.bad(format!("de entiteit `&{};` bestaat niet", r.as_ref())));
                }
            }
            Event::Start(e) => {
                s.element(&reader, ns.as_deref(), &e, root)?;
                s.depth += 1;
            }
            Event::Empty(e) => {
                s.element(&reader, ns.as_deref(), &e, root)?;
                if s.depth == 1 {
                    s.in_style = false;
                }
            }
            Event::End(_) => {
                s.depth = s
                    .depth
                    .checked_sub(1)
                    .ok_or_else(|| s.bad("een eindtag te veel"))?;
                if s.depth == 1 {
                    s.in_style = false;
                }
                if s.depth == 0 {
                    root_end = Some(before);
                }
            }
            Event::DocType(_) => {
                return Err(format!(
                    "{name} bevat een DOCTYPE; Word schrijft die nooit, en convenant leest geen entiteiten"
                ));
            }
            Event::Text(t) if s.depth == 0 && !t.as_ref().trim().is_empty() => {
                return Err(s.bad("tekst buiten het hoofdelement"));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match root_end {
        Some(end) if s.depth == 0 && end <= bytes.len() => Ok((s.styles, end)),
        _ => Err(s.bad("het document houdt midden in een element op")),
    }
}

fn check(name: &str, bytes: &[u8], ns: &str, local: &str) -> Result<(), String> {
    scan(name, bytes, (ns, local), &[]).map(|_| ())
}

/// The styles.xml of the house style with what ours need added, and the ids.
fn house_styles(bytes: &[u8]) -> Result<(Vec<u8>, StyleIds), String> {
    let name = "word/styles.xml";
    let (found, root_end) = scan(name, bytes, (W_NS, "styles"), &[])?;
    let find = |kind: &str, builtin: &str| {
        found
            .iter()
            .find(|(k, id, n)| k == kind && !id.is_empty() && n.eq_ignore_ascii_case(builtin))
            .map(|(_, id, _)| id.clone())
    };
    let taken = |id: &str| found.iter().any(|(_, i, _)| i == id);
    let normal = find("paragraph", "Normal").unwrap_or_else(|| "Normal".into());
    let mut ids = Vec::with_capacity(STYLES.len());
    let mut added = String::new();
    for (i, (_, kind, builtin, our_id, _)) in STYLES.iter().enumerate() {
        if let Some(id) = find(kind, builtin) {
            ids.push(id);
            continue;
        }
        let mut id = our_id.to_string();
        while taken(&id) {
            id.insert_str(0, "Convenant");
        }
        // Namespace declared on the style itself: the house file may use
        // another prefix than `w`.
        added.push_str(&super::styles::definition(i, &id, &normal, false).replacen(
            "<w:style ",
            &format!("<w:style xmlns:w=\"{W_NS}\" "),
            1,
        ));
        ids.push(id);
    }
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    let mut styles = String::with_capacity(text.len() + added.len());
    styles.push_str(&text[..root_end]);
    styles.push_str(&added);
    styles.push_str(&text[root_end..]);
    Ok((styles.into_bytes(), StyleIds::from_ids(ids)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn docx(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in parts {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    /// A styles.xml as a Dutch Word saves it: its own prefix and ids.
    const DUTCH: &str = "<?xml version=\"1.0\"?>\n<x:styles xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
        <x:style x:type=\"paragraph\" x:default=\"1\" x:styleId=\"Standaard\"><x:name x:val=\"Normal\"/></x:style>\
        <x:style x:type=\"paragraph\" x:styleId=\"Kop1\"><x:name x:val=\"heading 1\"/><x:basedOn x:val=\"Standaard\"/></x:style>\
        <x:style x:type=\"paragraph\" x:styleId=\"Heading2\"><x:name x:val=\"Eigen stijl\"/></x:style>\
        </x:styles>";

    #[test]
    fn styles_are_found_by_their_built_in_names_and_missing_ones_added() {
        let h = parse(&docx(&[("word/styles.xml", DUTCH.as_bytes())])).unwrap();
        assert_eq!(h.ids.get(super::super::styles::S::Normal), "Standaard");
        assert_eq!(h.ids.get(super::super::styles::S::Heading1), "Kop1");
        // Heading2 is taken by another style: ours gets another id.
        assert_eq!(
            h.ids.get(super::super::styles::S::Heading2),
            "ConvenantHeading2"
        );
        let styles = String::from_utf8(h.styles).unwrap();
        assert!(styles.ends_with("</x:styles>"));
        assert!(styles.contains("w:styleId=\"TableGrid\""));
        assert!(styles.contains("<w:basedOn w:val=\"Standaard\"/>"));
        scan("s", styles.as_bytes(), (W_NS, "styles"), &[]).unwrap();
        assert!(h.theme.is_none() && h.font_table.is_none());
    }

    #[test]
    fn a_hostile_file_gives_a_message_never_a_panic() {
        let styles = DUTCH.as_bytes();
        let big = vec![b' '; (MAX_PART_BYTES + 1) as usize];
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"geen zip".to_vec(), "geen geldig Word-document"),
            (docx(&[("word/document.xml", b"<x/>")]), "geen word/styles.xml"),
            (docx(&[("word/styles.xml", b"<w:styles xmlns:w=\"x\"/>")]), "niet wat Word erin zet"),
            (docx(&[("word/styles.xml", b"<!DOCTYPE x [<!ENTITY a \"b\">]><x:styles xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")]), "DOCTYPE"),
            (docx(&[("word/styles.xml", &styles[..styles.len() - 5])]), "geen geldige XML"),
            (docx(&[("word/styles.xml", b"\xff\xfe<")]), "geen UTF-8"),
            (docx(&[("word/styles.xml", &big)]), "groter dan"),
            (docx(&[("word/styles.xml", styles), ("word/fontTable.xml", b"<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:font w:name=\"A\"><w:embedRegular r:id=\"rId1\"/></w:font></w:fonts>")]), "ingesloten lettertype"),
        ];
        for (bytes, want) in cases {
            let e = parse(&bytes).unwrap_err();
            assert!(e.contains(want), "{want}: {e}");
        }
        // Every truncation of a valid file fails cleanly.
        let good = docx(&[("word/styles.xml", styles)]);
        for n in 0..good.len() {
            let _ = parse(&good[..n]);
        }
    }
}
