//! The header and footer of a region's `referentie.docx`: its letterhead
//! (text, and pictures such as a logo) goes into every Word document, with
//! our own line after it (title and kenmerk; version, date and `Pagina X
//! van Y`), so what a signed document must show stays.
//!
//! Read as hostile input, like the rest of the file: the part is checked
//! by [`super::reference::scan`] (well-formed, the expected root, no
//! DOCTYPE); its relationships may only be pictures inside the package
//! (PNG, JPEG or GIF, checked by their first bytes, 2 MiB together),
//! never a target outside it; a reference to another part must be one of
//! those pictures; no attribute may name a place outside the document; and
//! the part may hold no field at all ([`stays_inside`]).

use super::reference::{part, scan};
use super::xml::{R_NS, W_NS};
use quick_xml::events::Event;
use std::io::{Read, Seek};

/// Most pictures a header or footer may bring.
const MAX_PICTURES: usize = 8;
/// Their bytes together, at most: they go into every document.
const MAX_PICTURE_BYTES: usize = 2 * 1024 * 1024;

const IMAGE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

/// A header or footer of the house style, ready to take our line.
#[derive(Debug, Clone)]
pub struct HousePart {
    /// The part's XML up to its root's end tag, and from there: ours goes between.
    pub(super) before: String,
    pub(super) after: String,
    /// Its pictures: relationship id, our part name (`media/huisstijl-kop-1.png`), bytes.
    pub(super) pictures: Vec<(String, String, Vec<u8>)>,
}

/// Which of the two: the element it is, the reference to it, and the
/// prefix of its pictures' names.
#[derive(Clone, Copy)]
pub(super) enum Kind {
    Header,
    Footer,
}

impl Kind {
    fn root(self) -> &'static str {
        match self {
            Kind::Header => "hdr",
            Kind::Footer => "ftr",
        }
    }
    fn reference(self) -> &'static str {
        match self {
            Kind::Header => "headerReference",
            Kind::Footer => "footerReference",
        }
    }
    fn media(self) -> &'static str {
        match self {
            Kind::Header => "huisstijl-kop",
            Kind::Footer => "huisstijl-voet",
        }
    }
    fn dutch(self) -> &'static str {
        match self {
            Kind::Header => "de koptekst",
            Kind::Footer => "de voettekst",
        }
    }
}

/// The default header or footer of the reference's last section, if it has
/// one, or why it cannot be taken (Dutch).
pub(super) fn house_part<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    kind: Kind,
) -> Result<Option<HousePart>, String> {
    let Some(document) = part(zip, "word/document.xml")? else {
        return Ok(None);
    };
    let Some(id) = default_reference(&document, kind) else {
        return Ok(None);
    };
    let Some(rels) = part(zip, "word/_rels/document.xml.rels")? else {
        return Ok(None);
    };
    let Some((_, target, _)) = relationships(&rels)?.into_iter().find(|(i, _, _)| *i == id) else {
        return Ok(None);
    };
    let file = inside_word(&target).ok_or_else(|| {
        format!(
            "{} verwijst naar {target}; convenant neemt alleen delen binnen word/ over",
            kind.dutch()
        )
    })?;
    let name = format!("word/{file}");
    let Some(xml) = part(zip, &name)? else {
        return Ok(None);
    };
    // Its pictures: only images inside the package.
    let mut pictures = Vec::new();
    let mut total = 0usize;
    if let Some(rels) = part(zip, &format!("word/_rels/{file}.rels"))? {
        for (rid, target, external) in relationships(&rels)? {
            let picture = inside_word(&target)
                .filter(|t| !external.1 && external.0 == IMAGE_REL && t.starts_with("media/"))
                .and_then(|t| extension(t).map(|ext| (t, ext)));
            let Some((t, ext)) = picture else {
                return Err(format!(
                    "{} ({name}) verwijst naar {target}; convenant neemt uit kop en voet alleen afbeeldingen (PNG, JPEG, GIF) in het document zelf over, geen koppeling naar buiten",
                    kind.dutch()
                ));
            };
            if pictures.len() == MAX_PICTURES {
                return Err(format!(
                    "{} heeft meer dan {MAX_PICTURES} afbeeldingen",
                    kind.dutch()
                ));
            }
            let bytes = part(zip, &format!("word/{t}"))?
                .ok_or_else(|| format!("{} mist de afbeelding word/{t}", kind.dutch()))?;
            if !valid_id(&rid) || pictures.iter().any(|(id, _, _)| *id == rid) {
                return Err(format!(
                    "{} heeft een ongeldige of dubbele relatie-id `{rid}`",
                    kind.dutch()
                ));
            }
            if !looks_like(ext, &bytes) {
                return Err(format!(
                    "{}: word/{t} is geen {}-afbeelding",
                    kind.dutch(),
                    ext.to_uppercase()
                ));
            }
            total += bytes.len();
            if total > MAX_PICTURE_BYTES {
                return Err(format!(
                    "de afbeeldingen van {} zijn samen groter dan {} MiB; ze komen in elk document, maak ze kleiner",
                    kind.dutch(),
                    MAX_PICTURE_BYTES / (1024 * 1024)
                ));
            }
            let ours = format!("media/{}-{}.{ext}", kind.media(), pictures.len() + 1);
            pictures.push((rid, ours, bytes));
        }
    }
    let ids: Vec<String> = pictures.iter().map(|(id, _, _)| id.clone()).collect();
    let (_, root_end) = scan(&name, &xml, (W_NS, kind.root()), &ids)?;
    stays_inside(&name, &xml)?;
    let text = String::from_utf8(xml).map_err(|_| format!("{name} is geen UTF-8"))?;
    Ok(Some(HousePart {
        before: text[..root_end].to_string(),
        after: text[root_end..].to_string(),
        pictures,
    }))
}

/// The `r:id` of the last default header or footer reference of a
/// document.xml: that of its final section.
fn default_reference(document: &[u8], kind: Kind) -> Option<String> {
    let mut reader = quick_xml::NsReader::from_reader(document);
    let mut found = None;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_resolved_event_into(&mut buf) {
            Ok((ns, Event::Start(e) | Event::Empty(e)))
                if e.local_name().as_ref() == kind.reference()
                    && ns
                        == quick_xml::name::ResolveResult::Bound(quick_xml::name::Namespace(
                            W_NS,
                        )) =>
            {
                let mut default = true;
                let mut id = None;
                for a in e.attributes().flatten() {
                    let (ans, local) = reader.resolver().resolve_attribute(a.key);
                    let value = a.value.to_string();
                    let in_ns = |n: &str| {
                        ans == quick_xml::name::ResolveResult::Bound(quick_xml::name::Namespace(n))
                    };
                    if in_ns(W_NS) && local.as_ref() == "type" {
                        default = value == "default";
                    } else if in_ns(R_NS) && local.as_ref() == "id" {
                        id = Some(value);
                    }
                }
                if default && id.is_some() {
                    found = id;
                }
            }
            Ok((_, Event::Eof)) | Err(_) => break,
            Ok(_) => {}
        }
    }
    found
}

/// The relationships of a `.rels` part: id, target, and (type, external).
type Rel = (String, String, (String, bool));

fn relationships(bytes: &[u8]) -> Result<Vec<Rel>, String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let mut id = String::new();
                let mut target = String::new();
                let mut kind = String::new();
                let mut external = false;
                // Namespace declarations name namespaces, not places.
                for a in e.attributes().flatten().filter(|a| {
                    let key = a.key.as_ref();
                    key != "xmlns" && !key.starts_with("xmlns:")
                }) {
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.into_owned())
                        .unwrap_or_default();
                    match a.key.local_name().as_ref() {
                        "Id" => id = value,
                        "Target" => target = value,
                        "Type" => kind = value,
                        "TargetMode" => external = value != "Internal",
                        _ => {}
                    }
                }
                out.push((id, target, (kind, external)));
            }
            Ok(Event::DocType(_)) => {
                return Err("een relaties-deel bevat een DOCTYPE".into());
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(format!("een relaties-deel is geen geldige XML: {e}")),
            Ok(_) => {}
        }
    }
    Ok(out)
}

/// A target as a path inside `word/` (`header1.xml`, `media/image1.png`):
/// letters, digits, `-`, `_` and `.` in at most two steps, nothing that
/// climbs out.
fn inside_word(target: &str) -> Option<&str> {
    let t = target.strip_prefix("/word/").unwrap_or(target);
    let ok = !t.is_empty()
        && t.split('/').count() <= 2
        && t.split('/').all(|step| {
            !step.is_empty()
                && !step.starts_with('.')
                && step
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        });
    ok.then_some(t)
}

/// The extension of a picture we take, lowercase.
fn extension(target: &str) -> Option<&'static str> {
    let ext = target.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "png" => Some("png"),
        "jpg" | "jpeg" => Some("jpeg"),
        "gif" => Some("gif"),
        _ => None,
    }
}

/// The part holds no field (a letterhead needs none: our line gives the
/// page numbers) and no attribute that names a place outside the document
/// (`://`, a `\\server` share, `file:`), such as VML's `o:href` or `src`.
/// Fields are refused whole: a field code can be split over runs, written
/// with character references, or left open so that it swallows our line.
fn stays_inside(name: &str, bytes: &[u8]) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let local = e.local_name();
                if matches!(
                    local.as_ref(),
                    "instrText" | "fldChar" | "fldSimple" | "fldData"
                ) {
                    return Err(format!(
                        "{name} bevat een veld (zoals een paginanummer of datum); haal velden uit kop en voet van het referentiedocument: convenant zet de versie, de datum en het paginanummer zelf, en een veld kan iets van buiten het document halen"
                    ));
                }
                // Namespace declarations name namespaces, not places.
                for a in e.attributes().flatten().filter(|a| {
                    let key = a.key.as_ref();
                    key != "xmlns" && !key.starts_with("xmlns:")
                }) {
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.to_ascii_lowercase())
                        .unwrap_or_default();
                    let value = value.trim_start();
                    // The schema names of OOXML (`a:graphicData/@uri`) are
                    // identifiers, never fetched.
                    let schema = [
                        "http://schemas.openxmlformats.org/",
                        "http://schemas.microsoft.com/",
                    ]
                    .iter()
                    .any(|p| value.starts_with(p) && !value.contains('?'));
                    if schema {
                        continue;
                    }
                    if value.contains("://")
                        || value.starts_with("\\\\")
                        || value.starts_with("file:")
                    {
                        return Err(format!(
                            "{name} verwijst naar {value}, buiten het document; Word zou dat bij het openen ophalen, en dat neemt convenant niet over"
                        ));
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    Ok(())
}

/// A relationship id as Word accepts it (an XML name without `:`).
fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Whether `bytes` start as a picture of kind `ext` does.
fn looks_like(ext: &str, bytes: &[u8]) -> bool {
    match ext {
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpeg" => bytes.starts_with(b"\xFF\xD8\xFF"),
        "gif" => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::reference::parse;
    use std::io::Write as _;

    const LOGO: &[u8] = b"\x89PNG\r\n\x1a\n logo";
    const STYLES: &str = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"></w:styles>";
    const DOCUMENT: &str = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body><w:sectPr>\
        <w:headerReference w:type=\"first\" r:id=\"rId8\"/><w:headerReference w:type=\"default\" r:id=\"rId9\"/></w:sectPr></w:body></w:document>";
    const RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
        <Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/></Relationships>";

    fn header(inner: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">{inner}</w:hdr>"
        )
    }

    fn image_rel(id: &str, target: &str, mode: &str) -> String {
        format!(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"{target}\"{mode}/></Relationships>"
        )
    }

    fn docx(header: &str, header_rels: Option<&str>) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let mut parts: Vec<(&str, &[u8])> = vec![
            ("word/styles.xml", STYLES.as_bytes()),
            ("word/document.xml", DOCUMENT.as_bytes()),
            ("word/_rels/document.xml.rels", RELS.as_bytes()),
            ("word/header1.xml", b"<niet-deze/>"),
            ("word/header2.xml", header.as_bytes()),
            ("word/media/logo.PNG", LOGO),
            ("word/media/nep.png", b"<svg/>"),
        ];
        if let Some(r) = header_rels {
            parts.push(("word/_rels/header2.xml.rels", r.as_bytes()));
        }
        for (name, bytes) in parts {
            w.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn the_default_header_of_the_last_section_is_taken_with_its_logo() {
        let xml = header(
            "<w:p><w:r><w:t>Gemeente Voorstad</w:t></w:r><w:r><w:drawing><a:blip r:embed=\"rIdLogo\"/></w:drawing></w:r></w:p>",
        );
        let h = parse(&docx(
            &xml,
            Some(&image_rel("rIdLogo", "media/logo.PNG", "")),
        ))
        .unwrap();
        let kop = h.header.expect("a header");
        assert!(kop.before.contains("Gemeente Voorstad") && kop.after == "</w:hdr>");
        assert_eq!(kop.pictures.len(), 1);
        assert_eq!(kop.pictures[0].0, "rIdLogo");
        assert_eq!(kop.pictures[0].1, "media/huisstijl-kop-1.png");
        assert_eq!(kop.pictures[0].2, LOGO);
        assert!(h.footer.is_none());
    }

    #[test]
    fn a_header_that_reaches_outside_is_refused() {
        let logo = "<w:p><w:r><w:drawing><a:blip r:embed=\"rIdLogo\"/></w:drawing></w:r></w:p>";
        let cases: Vec<(String, Option<String>, &str)> = vec![
            // A picture on a web server: Word would fetch it on opening.
            (
                header(logo),
                Some(image_rel(
                    "rIdLogo",
                    "https://voorbeeld.example/pixel.png",
                    " TargetMode=\"External\"",
                )),
                "geen koppeling naar buiten",
            ),
            (
                header(logo),
                Some(image_rel("rIdLogo", "../../geheim.png", "")),
                "geen koppeling naar buiten",
            ),
            (
                header(logo),
                Some(image_rel("rIdLogo", "media/script.svg", "")),
                "alleen afbeeldingen (PNG, JPEG, GIF)",
            ),
            // A reference to a relationship it does not have.
            (header(logo), None, "verwijst naar een ander deel"),
            // A field, also split over runs or written with a character
            // reference, or left open: every field is refused.
            (
                header(
                    "<w:p><w:r><w:instrText> INCLUDEPICTURE \"http://x.example/a.png\" </w:instrText></w:r></w:p>",
                ),
                None,
                "bevat een veld",
            ),
            (
                header(
                    "<w:p><w:r><w:instrText>INCLUDEPIC</w:instrText></w:r><w:r><w:instrText>TURE \"\\\\x\\a.png\"</w:instrText></w:r></w:p>",
                ),
                None,
                "bevat een veld",
            ),
            (
                header("<w:p><w:fldSimple w:instr=\" INCLUDE&#80;ICTURE x \"/></w:p>"),
                None,
                "bevat een veld",
            ),
            (
                header("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r></w:p>"),
                None,
                "bevat een veld",
            ),
            // VML that names a file on a server, and a URL in any attribute.
            (
                header(
                    "<w:p><w:r><w:pict><v:imagedata xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" o:href=\"\\\\kwaad\\x.png\"/></w:pict></w:r></w:p>",
                ),
                None,
                "buiten het document",
            ),
            (
                header("<w:p w:rsidR=\"HTTP&#58;//x.example/\"/>"),
                None,
                "buiten het document",
            ),
            // What Word cannot read.
            (
                format!("{}<![CDATA[x]]>", header("")),
                None,
                "na het hoofdelement",
            ),
            (header("<w:p>&foo;</w:p>"), None, "entiteit"),
            (header("<x:p/>"), None, "voorvoegsel `x`"),
            (header("<!-- a -- b -->"), None, "geen geldige XML"),
            (
                header("").replace(
                    "<?xml version=\"1.0\"?>",
                    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                ),
                None,
                "UTF-8",
            ),
            // A picture that is not one, and an id Word refuses.
            (
                header(logo),
                Some(image_rel("rIdLogo", "media/nep.png", "")),
                "geen PNG-afbeelding",
            ),
            (
                header("<w:p/>"),
                Some(image_rel("1 a", "media/logo.PNG", "")),
                "ongeldige of dubbele relatie-id",
            ),
            (header("<w:p>"), None, "geen geldige XML"),
        ];
        for (xml, rels, want) in cases {
            let e = parse(&docx(&xml, rels.as_deref())).unwrap_err();
            assert!(e.contains(want), "{want}: {e}");
        }
        // Text that only looks like a field or an address is fine, and so
        // is a byte order mark: the split before our line stays exact.
        let fine = header("<w:p><w:r><w:t>LINK é https</w:t></w:r></w:p>");
        assert!(parse(&docx(&fine, None)).unwrap().header.is_some());
        let bom = format!("\u{feff}{}", header("<w:p><w:r><w:t>é</w:t></w:r></w:p>"));
        let kop = parse(&docx(&bom, None)).unwrap().header.unwrap();
        assert!(
            kop.before.ends_with("</w:p>") && kop.after == "</w:hdr>",
            "{kop:?}"
        );
    }
}
