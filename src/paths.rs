//! Paths a user or a pull request gives: a casus folder, a template folder,
//! an output folder. A repository can hold a link (`casus -> /etc`,
//! `out -> /home/runner`) that would take reading or writing elsewhere, so
//! every part of such a path that lies in the working folder must be a real
//! folder. (The parts above the working folder are the machine's business.)

use std::path::{Component, Path, PathBuf};

/// The first part of `path` that is a symbolic link lying in the working
/// folder (its folder, resolved, is the working folder or below it), if any.
/// A trailing `/` or `.` does not hide a link, and neither does an
/// absolute path that reaches the working folder through another link
/// (`/proc/self/cwd/…`, a linked `$PWD`): where a link lies is judged on
/// the resolved path, not on the text.
pub(crate) fn link_in(path: &Path) -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
    let mut prefix = PathBuf::new();
    for part in path.components() {
        if part == Component::CurDir {
            continue;
        }
        prefix.push(part);
        if !std::fs::symlink_metadata(&prefix).is_ok_and(|m| m.file_type().is_symlink()) {
            continue;
        }
        let parent = match prefix.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if std::fs::canonicalize(&parent).is_ok_and(|p| p.starts_with(&cwd)) {
            return Some(prefix);
        }
    }
    None
}

/// [`link_in`], or `path` itself (without a trailing `/`) when it is a link
/// wherever it lies: a folder given to convenant must be a real folder.
pub(crate) fn link_on_way(path: &Path) -> Option<PathBuf> {
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

/// The bytes of the regular file at `path` (a link followed), at most
/// `limit` of them; `None` when it is not a regular file (a FIFO, a device:
/// never opened) or is larger than `limit`, also if it grew meanwhile.
pub(crate) fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() || meta.len() > limit {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}
