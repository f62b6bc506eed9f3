//! DOCX: the same Markdown as the HTML page and the PDF, as a
//! WordprocessingML package that Word and LibreOffice open as an ordinary,
//! editable document.
//!
//! We write the OOXML ourselves (`zip` for the package, `quick-xml` for
//! reading a region's `referentie.docx`; escaping is ours, in `xml`): the `docx-rs`
//! crate cannot mark a table's header row to repeat on each page, and the
//! pandoc in Debian is old and its DOCX output is not reproducible.
//!
//! The package is reproducible: its parts in a fixed order, each with the
//! same fixed date as the PDF (the versiedatum of a concept, else the
//! covenant's date), and nothing from the clock or the machine.

mod body;
mod house_parts;
mod numbering;
mod parts;
mod redline;
mod reference;
mod styles;
mod xml;

pub(crate) use redline::{Blok, Merk, redline};
pub use reference::HouseStyle;
pub(crate) use reference::{MAX_REFERENCE_BYTES, REFERENTIE_DOCX, parse as parse_reference};

use std::borrow::Cow;
use std::io::Write as _;

/// What the package says about its document, besides the body.
pub(crate) struct Meta<'a> {
    /// The document's title (`Bijlage 1: Toetredingsformulier`).
    pub titel: &'a str,
    /// The covenant's title: the subject, and the creator (see `parts::core`).
    pub convenant: &'a str,
    pub kenmerk: &'a str,
    pub versie: &'a str,
    /// `1 maart 2026`: the date of signing (in a concept: the intended date).
    pub datum: &'a str,
    pub concept: bool,
    pub versiedatum: Option<&'a str>,
    /// The package's date (year, month, day): the PDF's date.
    pub date: (i32, u32, u32),
    /// `--wijzigingen-bijhouden`: the file opens with track changes on.
    pub track_changes: bool,
    /// An English document: header, footer and language in English.
    pub engels: bool,
}

/// The DOCX of one document, from its Markdown; `house` is a region's
/// `referentie.docx`, when it has one; an image of one of `diagrams` is
/// that diagram as a picture. Only writing the zip into memory can fail,
/// which would be a bug: the error says what the zip writer said.
pub(crate) fn document(
    meta: &Meta,
    events: &[pulldown_cmark::Event],
    house: Option<&HouseStyle>,
    diagrams: &crate::render::diagram::Diagrams,
) -> Result<Vec<u8>, String> {
    let ids = &style_ids(house);
    let body = body::convert_with(events, ids, diagrams);
    package(meta, &body, house)
}

/// The styleIds in use: the house style's, else our own.
fn style_ids(house: Option<&HouseStyle>) -> styles::StyleIds {
    house.map_or_else(styles::StyleIds::builtin, |h| h.ids.clone())
}

/// The package around a body that is already OOXML.
fn package(meta: &Meta, body: &body::Body, house: Option<&HouseStyle>) -> Result<Vec<u8>, String> {
    let ids = &style_ids(house);
    let mut package: Vec<(&str, Pieces)> = Vec::with_capacity(14);
    let extra = parts::Extra {
        footnotes: !body.footnotes.is_empty(),
        pictures: body.pictures.len(),
        theme: house.is_some_and(|h| h.theme.is_some()),
        font_table: house.is_some_and(|h| h.font_table.is_some()),
        house_pictures: house
            .into_iter()
            .flat_map(|h| h.header.iter().chain(&h.footer))
            .flat_map(|p| &p.pictures)
            .filter_map(|(_, name, _)| name.rsplit_once('.').map(|(_, ext)| ext))
            .filter_map(|ext| ["png", "jpeg", "gif"].into_iter().find(|e| *e == ext))
            .collect(),
    };
    package.push(("[Content_Types].xml", owned(parts::content_types(&extra))));
    package.push(("_rels/.rels", owned(parts::package_rels())));
    package.push(("docProps/core.xml", owned(parts::core(meta))));
    package.push(("docProps/app.xml", owned(parts::app())));
    // The body is most of the package: written into the zip as it is, not
    // copied into one string with the part's start and end first.
    let (head, tail) = parts::document_around();
    package.push((
        "word/document.xml",
        vec![
            owned_bytes(head),
            body.xml.as_bytes().into(),
            owned_bytes(tail),
        ],
    ));
    package.push((
        "word/_rels/document.xml.rels",
        owned(parts::document_rels(&extra, &body.links)),
    ));
    let styles = match house {
        Some(h) => &h.styles,
        None => styles::builtin().as_bytes(),
    };
    package.push(("word/styles.xml", vec![styles.into()]));
    package.push(("word/numbering.xml", owned(body.lists.xml())));
    package.push(("word/settings.xml", owned(parts::settings(meta, &extra))));
    let house_header = house.and_then(|h| h.header.as_ref());
    let house_footer = house.and_then(|h| h.footer.as_ref());
    package.push((
        "word/header1.xml",
        owned(parts::header(meta, ids, house_header)),
    ));
    package.push((
        "word/footer1.xml",
        owned(parts::footer(meta, ids, house_footer)),
    ));
    // The letterhead's pictures, and the relationships that point to them.
    for (rels, part) in [
        ("word/_rels/header1.xml.rels", house_header),
        ("word/_rels/footer1.xml.rels", house_footer),
    ] {
        if let Some(p) = part.filter(|p| !p.pictures.is_empty()) {
            package.push((rels, owned(parts::house_rels(p))));
        }
    }
    let letterhead = house_header.into_iter().chain(house_footer);
    let pictures: Vec<(String, &[u8])> = letterhead
        .flat_map(|p| &p.pictures)
        .map(|(_, name, bytes)| (format!("word/{name}"), bytes.as_slice()))
        .collect();
    if extra.footnotes {
        package.push(("word/footnotes.xml", owned(parts::footnotes(body))));
    }
    if let Some(h) = house {
        if let Some(theme) = &h.theme {
            package.push(("word/theme/theme1.xml", vec![theme.as_slice().into()]));
        }
        if let Some(fonts) = &h.font_table {
            package.push(("word/fontTable.xml", vec![fonts.as_slice().into()]));
        }
    }
    let media: Vec<String> = (1..=body.pictures.len())
        .map(|n| format!("word/media/schema{n}.svg"))
        .collect();
    for (name, svg) in media.iter().zip(&body.pictures) {
        package.push((name, vec![svg.as_bytes().into()]));
    }
    for (name, bytes) in &pictures {
        package.push((name, vec![(*bytes).into()]));
    }
    zip(&package, meta.date)
}

/// A part's bytes, in pieces written one after the other.
type Pieces<'a> = Vec<Cow<'a, [u8]>>;

/// A part we made.
fn owned(xml: String) -> Pieces<'static> {
    vec![owned_bytes(xml)]
}

fn owned_bytes(xml: String) -> Cow<'static, [u8]> {
    Cow::Owned(xml.into_bytes())
}

/// The parts as a zip archive, in the given order, each with the same date.
fn zip(parts: &[(&str, Pieces)], (year, month, day): (i32, u32, u32)) -> Result<Vec<u8>, String> {
    // A DOS date runs from 1980 to 2107.
    let date = zip::DateTime::from_date_and_time(
        u16::try_from(year.clamp(1980, 2107)).unwrap_or(1980),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
        0,
        0,
        0,
    )
    .unwrap_or_default();
    // Every part is stored, not deflated: a zip may hold either (the
    // Open Packaging Conventions allow both), and compressing was most of
    // the cost of a DOCX (docs/prestaties.md). The files are about four
    // times larger (the example's 10 together about 1 MiB), and a git
    // repository packs stored parts well where deflated ones do not delta.
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(date)
        .unix_permissions(0o644);
    // Room for the parts, a local header and a central directory entry
    // each (about 30 and 46 bytes and the name twice), and the end record.
    let room: usize = parts
        .iter()
        .map(|(name, pieces)| pieces.iter().map(|p| p.len()).sum::<usize>() + 2 * name.len() + 128)
        .sum::<usize>()
        + 64;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(room)));
    for (name, pieces) in parts {
        writer
            .start_file(*name, stored)
            .map_err(|e| format!("{name}: {e}"))?;
        for bytes in pieces {
            writer
                .write_all(bytes)
                .map_err(|e| format!("{name}: {e}"))?;
        }
    }
    writer
        .finish()
        .map(std::io::Cursor::into_inner)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
