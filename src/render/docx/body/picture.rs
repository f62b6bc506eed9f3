//! Our diagrams as pictures in the DOCX: the SVG itself, which Word (2016
//! and later) reads from its SVG extension and LibreOffice from the picture
//! itself. We draw no bitmap, so a reader that shows only bitmaps (Word
//! 2013 and older) shows no picture; the SVG file is also next to the
//! document. A picture is as wide as the text, or its own width when that
//! is less, keeps its proportions and fits on the page; a wide diagram gets
//! a landscape page of its own, as in the PDF.

use super::Writer;
use crate::render::diagram::Diagram;
use crate::render::docx::parts::{
    LANDSCAPE, LANDSCAPE_TEXT, PAGE, TEXT_HEIGHT, TEXT_WIDTH, section,
};
use crate::render::docx::xml::escape;

/// English Metric Units: per twip, and per SVG unit (a CSS pixel).
const EMU_PER_TWIP: i64 = 635;
const EMU_PER_PX: i64 = 9525;

/// The extension of a blip that holds its SVG.
const SVG_EXT: &str = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

/// The size of the picture of `d` in EMU, within a text area of
/// `(width, height)` twips; a little height is left for the paragraph.
pub(in crate::render::docx) fn extent(d: &Diagram, (width, height): (u32, u32)) -> (i64, i64) {
    let (w, h) = (i64::from(d.width.max(1)), i64::from(d.height.max(1)));
    let max_w = i64::from(width) * EMU_PER_TWIP;
    let max_h = (i64::from(height) - 700) * EMU_PER_TWIP;
    let mut cx = (w * EMU_PER_PX).min(max_w);
    let mut cy = cx * h / w;
    if cy > max_h {
        cy = max_h;
        cx = cy * w / h;
    }
    (cx, cy)
}

impl Writer<'_, '_> {
    /// Write `d` as an inline picture in its own paragraph, `alt` as its
    /// description (what a screen reader says).
    pub(super) fn picture(&mut self, d: &Diagram, alt: &str) {
        self.shared.pictures.push(d.svg.clone());
        let n = self.shared.pictures.len();
        let landscape = d.landscape();
        let area = if landscape {
            LANDSCAPE_TEXT
        } else {
            (TEXT_WIDTH, TEXT_HEIGHT)
        };
        let (cx, cy) = extent(d, area);
        let alt = escape(alt.trim());
        self.close();
        if landscape {
            // The section so far ends on its portrait page.
            self.out
                .push_str(&format!("<w:p><w:pPr>{}</w:pPr></w:p>", section(PAGE)));
        }
        self.ensure();
        self.out.push_str(&format!(
            "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
             <wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{id}\" name=\"Schema {n}\" descr=\"{alt}\"/>\
             <wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"{A}\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
             <a:graphic xmlns:a=\"{A}\"><a:graphicData uri=\"{PIC}\"><pic:pic xmlns:pic=\"{PIC}\">\
             <pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"schema{n}.svg\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>\
             <pic:blipFill><a:blip r:embed=\"rIdS{n}\"><a:extLst><a:ext uri=\"{SVG_EXT}\">\
             <asvg:svgBlip xmlns:asvg=\"{ASVG}\" r:embed=\"rIdS{n}\"/></a:ext></a:extLst></a:blip>\
             <a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
             <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
             <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>\
             </wp:inline></w:drawing></w:r>",
            id = 100 + n,
        ));
        if landscape {
            // The picture's paragraph ends its landscape section.
            self.close();
            self.out
                .push_str(&format!("<w:p><w:pPr>{}</w:pPr></w:p>", section(LANDSCAPE)));
        }
    }
}

const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
const ASVG: &str = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
/// The namespace of `wp:`, declared on the document.
pub(in crate::render::docx) const WP_NS: &str =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
