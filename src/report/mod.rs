//! `check`'s findings for machines: the versioned JSON document
//! (`docs/meldingen.schema.json`), GitHub Actions workflow commands, and
//! SARIF 2.1.0 for code scanning. The human rendering stays in
//! [`crate::diagnostic`].

use crate::check::{Checked, Strictness};
use crate::diagnostic::{Diagnostic, Severity};
use std::path::Path;

pub mod github;
pub mod json;
pub mod sarif;

/// One checked casus as the reports see it.
pub struct Casusverslag<'a> {
    /// The folder as given or found (`casus/regio-voorbeeld`).
    pub dir: &'a Path,
    pub checked: &'a Checked,
    /// Whether `check` accepts it, `--strict` included.
    pub passed: bool,
}

impl<'a> Casusverslag<'a> {
    pub fn new(dir: &'a Path, checked: &'a Checked, strict: Strictness) -> Casusverslag<'a> {
        Casusverslag {
            dir,
            checked,
            passed: !checked.fails(strict),
        }
    }
    /// The casus folder, with `/` between the parts.
    pub fn casus(&self) -> String {
        slashes(self.dir)
    }
    /// Where a finding is: its file (or, for a problem of a folder or a
    /// file that could not be read, that path), line and column.
    pub fn place(&self, d: &Diagnostic) -> Place {
        match d.loc {
            Some(l) => Place {
                file: Some(slashes(self.checked.sources.path(l.file))),
                line: Some(l.line),
                column: Some(l.column),
            },
            None => Place {
                file: d.path.as_deref().map(slashes),
                line: None,
                column: None,
            },
        }
    }
}

pub struct Place {
    pub file: Option<String>,
    pub line: Option<u64>,
    pub column: Option<u64>,
}

fn slashes(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Counts per severity.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> Tally {
        let mut t = Tally::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Info => t.infos += 1,
            }
        }
        t
    }
}

/// The message of a finding for a machine reader: the message, its detail
/// lines, and the help, each on a line of its own.
pub(crate) fn full_text(d: &Diagnostic) -> String {
    let mut text = d.message.clone();
    for line in &d.detail {
        text.push('\n');
        text.push_str(line);
    }
    if let Some(help) = &d.help {
        text.push_str("\nhulp: ");
        text.push_str(help);
    }
    text
}
