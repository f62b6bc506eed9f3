//! Writing generated files: each one atomically (a temporary file in the same
//! folder, then a rename), and never over a file we did not make.
//!
//! `out/<casus>/.convenant-manifest` lists the files convenant made there. A
//! file that exists but is not in the manifest belongs to someone else: we
//! refuse before writing anything. Files we made earlier for a document that
//! no longer exists are removed; nothing else is ever deleted.
//!
//! A file whose bytes on disk are already the ones to write is left alone
//! (no write, its mtime stays), so a rerun on unchanged input touches nothing.
//! The manifest can carry a stamp per file (for a PDF: the hashes that let a
//! rerun skip typst, see `render::fresh`).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const MANIFEST: &str = ".convenant-manifest";
const HEADER: &str = "# Bestanden die convenant in deze map gemaakt heeft. convenant overschrijft\n\
                      # en verwijdert alleen bestanden uit deze lijst; bewerk hem niet.\n";

/// One file to write: a plain file name within the output folder.
pub struct OutFile {
    pub name: String,
    pub bytes: Vec<u8>,
    /// Recorded next to the name in the manifest; empty for none.
    pub stamp: String,
}

/// The manifest: file name → stamp (empty when none).
pub type Manifest = BTreeMap<String, String>;

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

/// The manifest of `dir` (empty when there is none). A line is a name,
/// optionally followed by a space and its stamp.
pub fn read_manifest(dir: &Path) -> Result<Manifest, OutputError> {
    let path = dir.join(MANIFEST);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(text
            .lines()
            .map(|l| {
                let l = l.trim();
                let (name, stamp) = l.split_once(' ').unwrap_or((l, ""));
                (name, stamp.trim())
            })
            .filter(|(name, _)| is_our_name(name))
            .map(|(name, stamp)| (name.to_string(), stamp.to_string()))
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Manifest::new()),
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

/// Whether `path` is a regular file holding exactly `bytes`.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
}

/// Write `bytes` to `path` unless it already holds them (or `force`).
/// Returns whether it wrote.
pub fn write_if_changed(path: &Path, bytes: &[u8], force: bool) -> Result<bool, OutputError> {
    if !force && holds(path, bytes) {
        return Ok(false);
    }
    write_atomic(path, bytes)?;
    Ok(true)
}

fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), OutputError> {
    let mut text = String::from(HEADER);
    for (name, stamp) in manifest {
        text.push_str(name);
        if !stamp.is_empty() {
            text.push(' ');
            text.push_str(stamp);
        }
        text.push('\n');
    }
    write_if_changed(&dir.join(MANIFEST), text.as_bytes(), false)?;
    Ok(())
}

/// What [`write_all`] did.
#[derive(Debug, Default)]
pub struct Written {
    pub written: Vec<String>,
    /// Files that already held these bytes, left untouched.
    pub unchanged: Vec<String>,
    pub removed: Vec<String>,
}

/// Write `files` into `dir`, each only when its bytes changed (every one
/// with `force`). Files of the old manifest that are not among `files` and
/// for which `keep` says no are removed.
pub fn write_all(
    dir: &Path,
    files: &[OutFile],
    keep: impl Fn(&str) -> bool,
    force: bool,
) -> Result<Written, OutputError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let old = read_manifest(dir)?;
    let foreign: Vec<String> = files
        .iter()
        .filter(|f| !old.contains_key(&f.name))
        .filter(|f| std::fs::symlink_metadata(dir.join(&f.name)).is_ok())
        .map(|f| f.name.clone())
        .collect();
    if !foreign.is_empty() {
        return Err(OutputError::Foreign {
            dir: dir.to_path_buf(),
            names: foreign,
        });
    }
    let new: BTreeSet<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let stale: Vec<String> = old
        .keys()
        .filter(|n| !new.contains(n.as_str()) && !keep(n))
        .cloned()
        .collect();
    // First record everything we are about to make, so an interrupted run
    // still knows these files are ours. A new stamp may describe a file not
    // yet written; the next run then sees that the bytes do not match it.
    let mut manifest = old;
    for f in files {
        manifest.insert(f.name.clone(), f.stamp.clone());
    }
    write_manifest(dir, &manifest)?;
    let mut written = Vec::new();
    let mut unchanged = Vec::new();
    for f in files {
        if write_if_changed(&dir.join(&f.name), &f.bytes, force)? {
            written.push(f.name.clone());
        } else {
            unchanged.push(f.name.clone());
        }
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
    manifest.retain(|n, _| dir.join(n).exists());
    write_manifest(dir, &manifest)?;
    Ok(Written {
        written,
        unchanged,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> OutFile {
        OutFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
            stamp: String::new(),
        }
    }

    #[test]
    fn writes_and_records() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("casus");
        write_all(
            &dir,
            &[file("a.md", "A\n"), file("b.html", "B\n")],
            |_| false,
            false,
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("a.md")).unwrap(), "A\n");
        let m = read_manifest(&dir).unwrap();
        assert_eq!(m.into_keys().collect::<Vec<_>>(), ["a.md", "b.html"]);
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
        let err = write_all(
            dir,
            &[file("a.md", "A"), file("b.md", "B")],
            |_| false,
            false,
        )
        .unwrap_err();
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
            false,
        )
        .unwrap();
        std::fs::write(dir.join("eigen.md"), "van de gebruiker").unwrap();
        let w = write_all(dir, &[file("a.md", "A2")], |n| n == "x.pdf", false).unwrap();
        assert_eq!(w.removed, ["oud.md"]);
        assert!(!dir.join("oud.md").exists());
        assert!(dir.join("x.pdf").exists());
        assert!(dir.join("eigen.md").exists());
        let m: Vec<String> = read_manifest(dir).unwrap().into_keys().collect();
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
        write_all(&dir, &[], |_| false, false).unwrap();
        assert!(tmp.path().join("buiten.md").exists());
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_bytes_are_not_rewritten_unless_forced() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let mut pdf = file("a.pdf", "P");
        pdf.stamp = "bron=1 pdf=2".into();
        write_all(dir, &[file("a.md", "A"), pdf], |_| false, false).unwrap();
        let manifest = read_manifest(dir).unwrap();
        assert_eq!(manifest["a.pdf"], "bron=1 pdf=2");
        assert_eq!(manifest["a.md"], "");
        let inode = |n: &str| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(dir.join(n)).unwrap().ino()
        };
        let before: Vec<u64> = ["a.md", "a.pdf", MANIFEST].map(inode).to_vec();
        let mut pdf = file("a.pdf", "P");
        pdf.stamp = "bron=1 pdf=2".into();
        let w = write_all(dir, &[file("a.md", "A"), pdf], |_| false, false).unwrap();
        assert!(w.written.is_empty(), "{:?}", w.written);
        assert_eq!(w.unchanged, ["a.md", "a.pdf"]);
        assert_eq!(["a.md", "a.pdf", MANIFEST].map(inode).to_vec(), before);
        let w = write_all(
            dir,
            &[file("a.md", "A"), file("a.pdf", "Q")],
            |_| false,
            false,
        )
        .unwrap();
        assert_eq!(w.written, ["a.pdf"]);
        assert_eq!(read_manifest(dir).unwrap()["a.pdf"], "");
        let w = write_all(dir, &[file("a.md", "A")], |_| true, true).unwrap();
        assert_eq!(w.written, ["a.md"]);
        assert_ne!(inode("a.md"), before[0]);
    }
}
