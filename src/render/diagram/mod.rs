//! Data-flow diagrams, as SVG written by our own code: one per
//! casusoverleg (in its Bijlage 3) and one of the whole casus (in the DPIA
//! and on the index page).
//!
//! The parties stand as boxes in columns by role, a group as one box with
//! its members, the processors apart in a column of their own; each flow is
//! an arrow labelled with its S-number (its place in the casus, as the DPIA
//! numbers it), and special-category, identifying and anonymous flows differ
//! by line style, explained in a legend. [`graph`] decides what is drawn,
//! [`layout`] where, [`svg`] writes it.
//!
//! A template shows a diagram with a Markdown image of its file name
//! (`![…]({{ overleg.schema }})`): the `.md` file links the `.svg` written
//! next to it, the HTML page has the SVG inline, the Typst source has its
//! bytes (no file is read); the DOCX has the SVG as a picture.

mod graph;
mod layout;
mod svg;
#[cfg(test)]
mod tests;
mod text;

use crate::model::Casus;
use crate::render::views::CasusView;
use std::collections::BTreeMap;

/// File name of the diagram of the whole casus.
pub(crate) const CASUS: &str = "gegevensstromen.svg";

/// One diagram: its SVG, and its size in SVG units (a wide one gets a
/// landscape page in the PDF).
#[derive(Debug, Clone)]
pub(crate) struct Diagram {
    pub svg: String,
    pub width: i32,
    pub height: i32,
}

/// A diagram wider than this (in SVG units) gets a landscape page of its own.
const LANDSCAPE_FROM: i32 = 620;

impl Diagram {
    /// Wide enough to get a landscape page of its own (PDF and DOCX).
    pub(crate) fn landscape(&self) -> bool {
        self.width > LANDSCAPE_FROM
    }

    /// Typst code that shows it, its bytes in the source; a wide one on a
    /// landscape page. Ends with `;` like every expression we emit.
    pub(crate) fn typst(&self, alt: &str) -> String {
        use crate::render::typst_markup::string_literal;
        let image = format!(
            "image(bytes({}), format: \"svg\", width: 100%, alt: {})",
            string_literal(&self.svg),
            string_literal(alt)
        );
        if self.landscape() {
            format!("#page(flipped: true)[#align(center + horizon, {image})];")
        } else {
            format!("#block(width: 100%, {image});")
        }
    }
}

/// The diagrams of a casus, by file name.
pub(crate) type Diagrams = BTreeMap<String, Diagram>;

/// File name of the diagram of the document with file stem `stem`.
pub(crate) fn bestand(stem: &str) -> String {
    format!("{stem}.svg")
}

/// Every diagram of a casus: one per casusoverleg and one of all flows.
pub(crate) fn all(casus: &Casus, view: &CasusView) -> Diagrams {
    let mut out = Diagrams::new();
    for o in &casus.casusoverleggen {
        let Some(ov) = view.overleggen.iter().find(|v| v.id == o.id.value) else {
            continue;
        };
        let stromen = (0..casus.stromen.len())
            .filter(|&i| {
                casus.stromen[i]
                    .overleg
                    .as_ref()
                    .is_some_and(|r| r.value == o.id.value)
            })
            .collect();
        let extra = o
            .deelnemers
            .iter()
            .chain(o.vormen.iter().flat_map(|v| v.deelnemers.iter()))
            .map(|d| d.partij.value.as_str())
            .collect();
        let sel = graph::Selectie {
            stromen,
            extra,
            alle_partijen: false,
        };
        let g = graph::build(casus, &view.stromen, &sel);
        let titel = format!("Gegevensstromen van het {}", ov.aanduiding);
        out.insert(ov.schema.clone(), svg::svg(&g, &titel));
    }
    let sel = graph::Selectie {
        stromen: (0..casus.stromen.len()).collect(),
        extra: Vec::new(),
        alle_partijen: true,
    };
    let g = graph::build(casus, &view.stromen, &sel);
    let titel = format!("Gegevensstromen van {}", view.convenant.titel);
    out.insert(CASUS.to_string(), svg::svg(&g, &titel));
    out
}
