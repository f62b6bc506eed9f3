//! A table: its cells are written first, then the table around them, with
//! column widths from their text.

use super::super::parts::TEXT_WIDTH;
use super::super::styles::S;
use super::Writer;
use pulldown_cmark::Alignment;

pub(super) struct Cell {
    pub(super) xml: String,
    pub(super) chars: usize,
}

pub(super) struct Table {
    pub(super) aligns: Vec<Alignment>,
    /// Rows of cells; the first row is the header.
    pub(super) rows: Vec<Vec<Cell>>,
    /// The body around the table, while a cell is written.
    pub(super) outer: String,
}

impl Writer<'_, '_> {
    pub(super) fn cell_chars(&mut self, n: usize) {
        if let Some(t) = &mut self.table
            && let Some(cell) = t.rows.last_mut().and_then(|r| r.last_mut())
        {
            cell.chars += n;
        }
    }

    pub(super) fn new_row(&mut self) {
        self.close();
        if let Some(t) = &mut self.table {
            t.rows.push(Vec::new());
        }
    }

    /// The table, with columns as wide as their text asks (within bounds)
    /// across the width of the page, and its header row repeated on every page.
    pub(super) fn end_table(&mut self) {
        self.close();
        let Some(t) = self.table.take() else {
            return;
        };
        self.out = t.outer;
        let cols = t
            .rows
            .iter()
            .map(Vec::len)
            .chain([t.aligns.len(), 1])
            .max()
            .unwrap_or(1);
        let mut weight = vec![6u32; cols];
        for row in &t.rows {
            for (c, cell) in row.iter().enumerate() {
                let chars = u32::try_from(cell.chars).unwrap_or(u32::MAX).clamp(6, 60);
                weight[c] = weight[c].max(chars);
            }
        }
        let total: u32 = weight.iter().sum();
        let mut widths: Vec<u32> = weight
            .iter()
            .map(|w| TEXT_WIDTH * w / total.max(1))
            .collect();
        let used: u32 = widths.iter().sum();
        if let Some(last) = widths.last_mut() {
            *last += TEXT_WIDTH - used;
        }
        self.out.push_str(&format!(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"{}\"/><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/>\
             <w:tblLayout w:type=\"fixed\"/>\
             <w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>\
             </w:tblPr><w:tblGrid>",
            self.style(S::TableGrid)
        ));
        for w in &widths {
            self.out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        self.out.push_str("</w:tblGrid>");
        for (r, row) in t.rows.iter().enumerate() {
            // A row stays on one page, as in the PDF.
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/>");
            if r == 0 {
                self.out.push_str("<w:tblHeader/>");
            }
            self.out.push_str("</w:trPr>");
            for (c, w) in widths.iter().enumerate() {
                self.out.push_str(&format!(
                    "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>"
                ));
                match row.get(c) {
                    Some(cell) if !cell.xml.is_empty() => self.out.push_str(&cell.xml),
                    _ => self.out.push_str("<w:p/>"),
                }
                self.out.push_str("</w:tc>");
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        self.lead_in = None;
    }
}
