//! New files in full on disk before any is put in place: each in a
//! temporary file next to its place, synced. Syncing is most of the time of
//! writing a casus (a file each, dozens per casus), so several files are
//! staged at once: the disk's journal takes their syncs together.

use super::{OutputError, io};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Files staged at once, at most.
const AT_ONCE: usize = 4;

/// `bytes` in full in a temporary file next to `path`, synced, not yet in
/// place; dropped unpersisted, it is removed.
pub(super) fn staged(path: &Path, bytes: &[u8]) -> Result<tempfile::TempPath, OutputError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".convenant-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io(path))?;
    tmp.write_all(bytes).map_err(io(path))?;
    tmp.as_file().sync_all().map_err(io(path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))
            .map_err(io(path))?;
    }
    // Closed now (a casus can have thousands of files), removed when dropped.
    Ok(tmp.into_temp_path())
}

/// [`staged`] for each of `files`, several at once; in the order given.
/// On the first failure (in that order) the temporary files made so far
/// are dropped, and so removed.
pub(super) fn staged_all(
    files: Vec<(PathBuf, &[u8])>,
) -> Result<Vec<(PathBuf, tempfile::TempPath)>, OutputError> {
    if files.len() < 2 {
        return files
            .into_iter()
            .map(|(path, bytes)| staged(&path, bytes).map(|t| (path, t)))
            .collect();
    }
    let per = files.len().div_ceil(AT_ONCE);
    let results: Vec<Result<tempfile::TempPath, OutputError>> = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(per)
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|(path, bytes)| staged(path, bytes))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![Err(OutputError::Io {
                        path: PathBuf::new(),
                        error: std::io::Error::other("een schrijfdraad stopte onverwacht"),
                    })]
                })
            })
            .collect()
    });
    let mut out = Vec::with_capacity(files.len());
    for ((path, _), result) in files.into_iter().zip(results) {
        out.push((path, result?));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporaries(dir: &Path) -> usize {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".convenant-"))
            .count()
    }

    #[test]
    fn several_at_once_keep_their_order_and_a_failure_leaves_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let bodies: Vec<Vec<u8>> = (0..10)
            .map(|i| format!("bestand {i}").into_bytes())
            .collect();
        let files: Vec<(PathBuf, &[u8])> = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| (tmp.path().join(format!("f{i}.md")), b.as_slice()))
            .collect();
        let staged = staged_all(files.clone()).unwrap();
        assert_eq!(temporaries(tmp.path()), 10);
        for ((path, tmp_path), (want, bytes)) in staged.iter().zip(&files) {
            assert_eq!(path, want);
            assert_eq!(std::fs::read(tmp_path).unwrap(), *bytes);
        }
        drop(staged);
        assert_eq!(temporaries(tmp.path()), 0);

        // One file whose folder does not exist: an error naming it, and
        // the temporary files of the others are gone.
        let mut bad = files;
        bad[7].0 = tmp.path().join("bestaat-niet/f7.md");
        match staged_all(bad) {
            Err(OutputError::Io { path, .. }) => assert!(path.ends_with("bestaat-niet/f7.md")),
            _ => panic!("no error for the missing folder"),
        }
        assert_eq!(temporaries(tmp.path()), 0);
    }
}
