//! Paths a user or a pull request gives: a casus folder, a template folder,
//! an output folder. A repository can hold a link (`casus -> /etc`,
//! `out -> /home/runner`) that would take reading or writing elsewhere, so
//! every part of such a path that lies in the working folder must be a real
//! folder. (The parts above the working folder are the machine's business.)

use std::path::{Component, Path, PathBuf};

/// The first part of `path` inside the working folder that is a symbolic
/// link, if any. A trailing `/` or `.` does not hide a link.
pub fn link_in(path: &Path) -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok();
    let mut prefix = PathBuf::new();
    for part in path.components() {
        if part == Component::CurDir {
            continue;
        }
        prefix.push(part);
        let inside = match (&cwd, prefix.is_relative()) {
            (_, true) => true,
            (Some(cwd), false) => prefix.starts_with(cwd) && prefix != *cwd,
            (None, false) => false,
        };
        if inside && std::fs::symlink_metadata(&prefix).is_ok_and(|m| m.file_type().is_symlink()) {
            return Some(prefix);
        }
    }
    None
}

/// [`link_in`], or `path` itself (without a trailing `/`) when it is a link
/// wherever it lies: a folder given to convenant must be a real folder.
pub fn link_on_way(path: &Path) -> Option<PathBuf> {
    link_in(path).or_else(|| {
        let plain: PathBuf = path
            .components()
            .filter(|c| *c != Component::CurDir)
            .collect();
        std::fs::symlink_metadata(&plain)
            .is_ok_and(|m| m.file_type().is_symlink())
            .then_some(plain)
    })
}
