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
}

impl Sources {
    pub(crate) fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile { path, text });
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
