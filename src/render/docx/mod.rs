//! DOCX: the same Markdown as the HTML page and the PDF, as a
//! WordprocessingML package that Word and LibreOffice open as an ordinary,
//! editable document.
//!
//! We write the OOXML ourselves (`zip` for the package, `quick-xml` for
//! escaping and for reading a region's `referentie.docx`): the `docx-rs`
//! crate cannot mark a table's header row to repeat on each page, and the
//! pandoc in Debian is old and its DOCX output is not reproducible.
//!
//! The package is reproducible: its parts in a fixed order, each with the
//! same fixed date as the PDF (the versiedatum of a concept, else the
//! covenant's date), and nothing from the clock or the machine.

mod body;
mod numbering;
mod parts;
mod redline;
mod reference;
mod styles;
mod xml;

pub(crate) use redline::{Blok, Merk, redline};
pub use reference::HouseStyle;
pub(crate) use reference::{MAX_REFERENCE_BYTES, REFERENTIE_DOCX, parse as parse_reference};

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
    markdown: &str,
    house: Option<&HouseStyle>,
    diagrams: &crate::render::diagram::Diagrams,
) -> Result<Vec<u8>, String> {
    let ids = &style_ids(house);
    let body = body::convert_with(markdown, ids, diagrams);
    package(meta, &body, house)
}

/// The styleIds in use: the house style's, else our own.
fn style_ids(house: Option<&HouseStyle>) -> styles::StyleIds {
    house.map_or_else(styles::StyleIds::builtin, |h| h.ids.clone())
}

/// The package around a body that is already OOXML.
fn package(meta: &Meta, body: &body::Body, house: Option<&HouseStyle>) -> Result<Vec<u8>, String> {
    let ids = &style_ids(house);
    let mut package: Vec<(&str, Vec<u8>)> = Vec::with_capacity(14);
    let extra = parts::Extra {
        footnotes: !body.footnotes.is_empty(),
        pictures: body.pictures.len(),
        theme: house.is_some_and(|h| h.theme.is_some()),
        font_table: house.is_some_and(|h| h.font_table.is_some()),
    };
    package.push(("[Content_Types].xml", parts::content_types(&extra).into()));
    package.push(("_rels/.rels", parts::package_rels().into()));
    package.push(("docProps/core.xml", parts::core(meta).into()));
    package.push(("docProps/app.xml", parts::app().into()));
    package.push(("word/document.xml", parts::document(body).into()));
    package.push((
        "word/_rels/document.xml.rels",
        parts::document_rels(&extra, &body.links).into(),
    ));
    let styles = match house {
        Some(h) => h.styles.clone(),
        None => styles::builtin().into_bytes(),
    };
    package.push(("word/styles.xml", styles));
    package.push(("word/numbering.xml", body.lists.xml().into()));
    package.push(("word/settings.xml", parts::settings(meta, &extra).into()));
    package.push(("word/header1.xml", parts::header(meta, ids).into()));
    package.push(("word/footer1.xml", parts::footer(meta, ids).into()));
    if extra.footnotes {
        package.push(("word/footnotes.xml", parts::footnotes(body).into()));
    }
    if let Some(h) = house {
        if let Some(theme) = &h.theme {
            package.push(("word/theme/theme1.xml", theme.clone()));
        }
        if let Some(fonts) = &h.font_table {
            package.push(("word/fontTable.xml", fonts.clone()));
        }
    }
    let media: Vec<String> = (1..=body.pictures.len())
        .map(|n| format!("word/media/schema{n}.svg"))
        .collect();
    for (name, svg) in media.iter().zip(&body.pictures) {
        package.push((name, svg.clone().into_bytes()));
    }
    zip(&package, meta.date)
}

/// The parts as a zip archive, in the given order, each with the same date.
fn zip(parts: &[(&str, Vec<u8>)], (year, month, day): (i32, u32, u32)) -> Result<Vec<u8>, String> {
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
    // Level 1, the fastest deflate, and a part under 4 KiB stored as it is:
    // setting up deflate for each part cost more than the rest of the
    // package together. The files of the example are 213 KiB together
    // instead of 128 KiB at level 6 for every part (docs/prestaties.md).
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(date)
        .unix_permissions(0o644);
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(date)
        .unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        writer
            .start_file(*name, if bytes.len() < 4096 { stored } else { deflated })
            .map_err(|e| format!("{name}: {e}"))?;
        writer
            .write_all(bytes)
            .map_err(|e| format!("{name}: {e}"))?;
    }
    writer
        .finish()
        .map(std::io::Cursor::into_inner)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
