//! Writing generated files: each one atomically (a temporary file in the same
//! folder, then a rename), and never over a file we did not make.
//!
//! `out/<casus>/.convenant-manifest` lists the files convenant made there. A
//! file that exists but is not in the manifest belongs to someone else: we
//! refuse before writing anything. Files we made earlier for a document that
//! no longer exists are removed; nothing else is ever deleted.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const MANIFEST: &str = ".convenant-manifest";
const HEADER: &str = "# Bestanden die convenant in deze map gemaakt heeft. convenant overschrijft\n\
                      # en verwijdert alleen bestanden uit deze lijst; bewerk hem niet.\n";

/// One file to write: a plain file name within the output folder.
pub struct OutFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug)]
pub enum OutputError {
    /// Files that exist but that convenant did not make.
    Foreign { dir: PathBuf, names: Vec<String> },
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::Foreign { dir, names } => write!(
                f,
                "in `{}` staan bestanden die convenant niet gemaakt heeft en die het zou overschrijven: {}; er is niets geschreven.\n  = hulp: verplaats of hernoem die bestanden, of kies een andere map met --out",
                dir.display(),
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            OutputError::Io { path, error } => {
                write!(f, "kan `{}` niet schrijven: {error}", path.display())
            }
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |error| OutputError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Names we could have made: a slug with one of our extensions. Anything
/// else in a manifest (a path, `..`) is ignored, so an edited manifest cannot
/// make us touch files elsewhere.
pub fn is_our_name(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    crate::ids::is_slug(stem) && matches!(ext, "md" | "html" | "pdf" | "typ")
}

/// The names in the manifest of `dir` (empty when there is none).
pub fn read_manifest(dir: &Path) -> Result<BTreeSet<String>, OutputError> {
    let path = dir.join(MANIFEST);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| is_our_name(l))
            .map(str::to_string)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(io(&path)(e)),
    }
}

/// Write `bytes` to `path` through a temporary file in the same folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
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
    tmp.persist(path).map_err(|e| io(path)(e.error))?;
    Ok(())
}

fn write_manifest(dir: &Path, names: &BTreeSet<String>) -> Result<(), OutputError> {
    let mut text = String::from(HEADER);
    for n in names {
        text.push_str(n);
        text.push('\n');
    }
    write_atomic(&dir.join(MANIFEST), text.as_bytes())
}

/// What [`write_all`] did.
#[derive(Debug, Default)]
pub struct Written {
    pub written: Vec<String>,
    pub removed: Vec<String>,
}

/// Write `files` into `dir`. Files of the old manifest that are not written
/// now and for which `keep` says no are removed.
pub fn write_all(
    dir: &Path,
    files: &[OutFile],
    keep: impl Fn(&str) -> bool,
) -> Result<Written, OutputError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let old = read_manifest(dir)?;
    let foreign: Vec<String> = files
        .iter()
        .filter(|f| !old.contains(&f.name))
        .filter(|f| std::fs::symlink_metadata(dir.join(&f.name)).is_ok())
        .map(|f| f.name.clone())
        .collect();
    if !foreign.is_empty() {
        return Err(OutputError::Foreign {
            dir: dir.to_path_buf(),
            names: foreign,
        });
    }
    let new: BTreeSet<String> = files.iter().map(|f| f.name.clone()).collect();
    let stale: Vec<String> = old
        .iter()
        .filter(|n| !new.contains(*n) && !keep(n))
        .cloned()
        .collect();
    // First record everything we are about to make, so an interrupted run
    // still knows these files are ours.
    let mut manifest: BTreeSet<String> = old.union(&new).cloned().collect();
    write_manifest(dir, &manifest)?;
    let mut written = Vec::new();
    for f in files {
        write_atomic(&dir.join(&f.name), &f.bytes)?;
        written.push(f.name.clone());
    }
    let mut removed = Vec::new();
    for n in stale {
        let path = dir.join(&n);
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.is_file() => {
                std::fs::remove_file(&path).map_err(io(&path))?;
                removed.push(n.clone());
                manifest.remove(&n);
            }
            Ok(_) => {}
            Err(_) => {
                manifest.remove(&n);
            }
        }
    }
    // Forget files that are gone.
    manifest.retain(|n| dir.join(n).exists());
    write_manifest(dir, &manifest)?;
    Ok(Written { written, removed })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> OutFile {
        OutFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn writes_and_records() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("casus");
        write_all(&dir, &[file("a.md", "A\n"), file("b.html", "B\n")], |_| {
            false
        })
        .unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("a.md")).unwrap(), "A\n");
        let m = read_manifest(&dir).unwrap();
        assert_eq!(m.into_iter().collect::<Vec<_>>(), ["a.md", "b.html"]);
        // No temporary files are left.
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 3, "{names:?}");
    }

    #[test]
    fn refuses_foreign_files_and_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join("b.md"), "van de gebruiker").unwrap();
        let err = write_all(dir, &[file("a.md", "A"), file("b.md", "B")], |_| false).unwrap_err();
        assert!(matches!(err, OutputError::Foreign { ref names, .. } if names == &["b.md"]));
        assert!(!dir.join("a.md").exists());
        assert!(!dir.join(MANIFEST).exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("b.md")).unwrap(),
            "van de gebruiker"
        );
    }

    #[test]
    fn removes_only_stale_files_of_its_own() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        write_all(
            dir,
            &[file("a.md", "A"), file("oud.md", "O"), file("x.pdf", "X")],
            |_| false,
        )
        .unwrap();
        std::fs::write(dir.join("eigen.md"), "van de gebruiker").unwrap();
        let w = write_all(dir, &[file("a.md", "A2")], |n| n == "x.pdf").unwrap();
        assert_eq!(w.removed, ["oud.md"]);
        assert!(!dir.join("oud.md").exists());
        assert!(dir.join("x.pdf").exists());
        assert!(dir.join("eigen.md").exists());
        let m: Vec<String> = read_manifest(dir).unwrap().into_iter().collect();
        assert_eq!(m, ["a.md", "x.pdf"]);
    }

    #[test]
    fn an_edited_manifest_cannot_point_elsewhere() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("uit");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(tmp.path().join("buiten.md"), "x").unwrap();
        std::fs::write(dir.join(MANIFEST), "../buiten.md\n/etc/passwd\nA.md\n").unwrap();
        assert!(read_manifest(&dir).unwrap().is_empty());
        write_all(&dir, &[], |_| false).unwrap();
        assert!(tmp.path().join("buiten.md").exists());
    }
}
