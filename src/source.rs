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
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile { path, text });
        self.files.len() - 1
    }
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id)
    }
    pub fn path(&self, id: FileId) -> &Path {
        self.files.get(id).map_or(Path::new("?"), |f| &f.path)
    }
    pub fn files(&self) -> &[SourceFile] {
        &self.files
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
    pub fn new(file: FileId, location: Location) -> Loc {
        Loc {
            file,
            line: location.line(),
            column: location.column(),
        }
    }
    pub fn of<T>(file: FileId, spanned: &Spanned<T>) -> Loc {
        Loc::new(file, spanned.referenced)
    }
    /// The start of a file, for problems that belong to a file as a whole.
    pub fn file(file: FileId) -> Loc {
        Loc {
            file,
            line: 1,
            column: 1,
        }
    }
}

impl SourceFile {
    /// Byte offset of a 1-based line and character column, clamped to the text.
    pub fn offset(&self, line: u64, column: u64) -> usize {
        let mut offset = 0;
        for (i, l) in self.text.split_inclusive('\n').enumerate() {
            if i as u64 + 1 == line {
                let within: usize = l
                    .chars()
                    .take(column.saturating_sub(1) as usize)
                    .map(char::len_utf8)
                    .sum();
                return offset + within;
            }
            offset += l.len();
        }
        self.text.len()
    }
}
