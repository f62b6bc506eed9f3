//! The files of a casus as read, so a diagnostic can quote the line it points at.

use crate::model::FileId;
use serde_saphyr::{Location, Spanned};
use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

#[derive(Debug)]
pub struct SourceFile {
    /// Path as the user gave it (relative to where `convenant` runs).
    pub path: PathBuf,
    pub text: String,
    /// Where each line starts, built once when a message first quotes a
    /// line: thousands of messages on a large file stay linear.
    starts: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// Line `n` (1-based), without its line break.
    pub(crate) fn line(&self, n: u64) -> Option<&str> {
        let starts = self.starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let i = usize::try_from(n).ok()?.checked_sub(1)?;
        let start = *starts.get(i)?;
        let end = starts.get(i + 1).map_or(self.text.len(), |e| e - 1);
        self.text.get(start..end)
    }
}

impl Sources {
    pub(crate) fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile {
            path,
            text,
            starts: std::sync::OnceLock::new(),
        });
        self.files.len() - 1
    }
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id)
    }
    pub fn path(&self, id: FileId) -> &Path {
        self.files.get(id).map_or(Path::new("?"), |f| &f.path)
    }
}

/// A place in a casus: file, 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Loc {
    pub file: FileId,
    pub line: u64,
    pub column: u64,
}

impl Loc {
    pub(crate) fn new(file: FileId, location: Location) -> Loc {
        Loc {
            file,
            line: location.line(),
            column: location.column(),
        }
    }
    pub(crate) fn of<T>(file: FileId, spanned: &Spanned<T>) -> Loc {
        Loc::new(file, spanned.referenced)
    }
    /// The start of a file, for problems that belong to a file as a whole.
    pub(crate) fn file(file: FileId) -> Loc {
        Loc {
            file,
            line: 1,
            column: 1,
        }
    }
}
