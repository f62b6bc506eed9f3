//! The register as a spreadsheet: XLSX (rust_xlsxwriter) and CSV as Dutch
//! Excel opens it (UTF-8 with BOM, `;` between cells, CRLF).
//!
//! No cell ever becomes a formula: the XLSX holds every cell as a string,
//! and a CSV cell that a spreadsheet would read as a formula (starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`.

use super::Rij;
use crate::model::Datum;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

/// A cell as CSV writes it: a leading `'` where a spreadsheet would see a formula.
pub(crate) fn csv_cel(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

pub fn csv_bytes(koppen: &[&str], rijen: &[Rij]) -> Result<Vec<u8>, String> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let fout = |e: csv::Error| format!("CSV kon niet worden gemaakt: {e}");
    w.write_record(koppen.iter().map(|k| csv_cel(k).into_owned()))
        .map_err(fout)?;
    for r in rijen {
        w.write_record(r.iter().map(|c| csv_cel(c).into_owned()))
            .map_err(fout)?;
    }
    w.into_inner()
        .map_err(|e| format!("CSV kon niet worden gemaakt: {e}"))
}

pub fn xlsx_bytes(
    titel: &str,
    koppen: &[&str],
    rijen: &[Rij],
    datum: Datum,
) -> Result<Vec<u8>, String> {
    let fout = |e: rust_xlsxwriter::XlsxError| format!("XLSX kon niet worden gemaakt: {e}");
    let mut book = Workbook::new();
    let gemaakt = ExcelDateTime::from_ymd(datum.jaar, datum.maand, datum.dag).map_err(fout)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(titel)
            .set_creation_datetime(&gemaakt),
    );
    let kop = Format::new().set_bold().set_text_wrap();
    let cel = Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Register").map_err(fout)?;
    for (k, naam) in koppen.iter().enumerate() {
        let col = k as u16;
        sheet
            .write_string_with_format(0, col, *naam, &kop)
            .map_err(fout)?;
        sheet.set_column_width(col, 28).map_err(fout)?;
    }
    for (r, rij) in rijen.iter().enumerate() {
        for (k, waarde) in rij.iter().enumerate() {
            sheet
                .write_string_with_format(r as u32 + 1, k as u16, waarde, &cel)
                .map_err(fout)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fout)?;
    sheet.set_repeat_rows(0, 0).map_err(fout)?;
    sheet.set_landscape();
    book.save_to_buffer().map_err(fout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_an_apostrophe() {
        for s in ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_cel(s), format!("'{s}"));
        }
        assert_eq!(csv_cel("gemeente"), "gemeente");
    }

    #[test]
    fn csv_has_bom_semicolons_and_crlf() {
        let b = csv_bytes(
            &["a", "b"],
            &[vec!["x;y".into(), "=HYPERLINK(\"z\")".into()]],
        )
        .unwrap();
        let t = String::from_utf8(b).unwrap();
        assert_eq!(t, "\u{feff}a;b\r\n\"x;y\";\"'=HYPERLINK(\"\"z\"\")\"\r\n");
    }
}
