//! `render`: the documents of a checked casus, as Markdown, HTML, Typst, PDF and DOCX.
//!
//! One Markdown source per document (tera, escaped values) feeds the HTML
//! page, the Typst source and the DOCX, so they cannot say different things. All
//! files of a casus are made in memory first; only when every one of them
//! (PDFs included) succeeded are they written, each atomically.
//!
//! Several casussen are rendered together ([`render_all`]): they are
//! prepared in parallel, then the PDFs of all of them go through one pool of
//! `--jobs` typst processes, and a casus is written as soon as its last PDF
//! is made. A PDF whose inputs did not change is not compiled again
//! ([`stamp`]), and a file whose bytes did not change is not rewritten.

mod compose;
pub(crate) mod deadline;
pub(crate) mod diagram;
mod documents;
pub(crate) mod docx;
mod error;
pub(crate) mod html;
mod html_nav;
mod index;
pub(crate) mod markdown_escape;
pub mod open;
mod plan;
mod schedule;
pub(crate) mod stamp;
pub mod templates;
pub mod typst_cli;
pub mod typst_markup;
pub mod views;
pub(crate) mod volledigheid;

use crate::output;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

pub use documents::{Document, Format, Kind, documents};
pub(crate) use error::MAX_CASUS_BYTES;
pub use plan::{PdfSource, Plan, fill_in, markdown, out_name, prepare};
pub(crate) use schedule::render_all;

pub struct Options {
    pub out: PathBuf,
    pub formats: BTreeSet<Format>,
    /// How many casussen are prepared, and PDFs compiled, at once (≥ 1).
    pub jobs: usize,
    /// Compile and write everything, also what did not change.
    pub force: bool,
    /// `--wijzigingen-bijhouden`: each DOCX opens with track changes on.
    pub track_changes: bool,
}

/// What one casus gave.
pub(crate) struct Rendered {
    pub written: output::Written,
    /// typst's warnings, per document (only of the PDFs compiled now).
    pub warnings: Vec<String>,
    /// PDFs typst made now, and PDFs left as they were (inputs unchanged).
    pub pdfs_made: usize,
    pub pdfs_unchanged: usize,
}

/// One document is done, for a progress line.
pub(crate) struct Progress<'a> {
    /// The casus's folder name under `--out`.
    pub casus: &'a str,
    pub document: &'a str,
    /// Documents done so far (this one included) and in all.
    pub done: usize,
    pub total: usize,
    pub pdf: PdfState,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum PdfState {
    /// No PDF asked.
    None,
    /// Its inputs did not change: the PDF on disk stays.
    Unchanged,
    /// typst made it in this time.
    Made(Duration),
    /// typst failed on it.
    Failed,
}
