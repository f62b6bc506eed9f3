//! Writing generated files: each one atomically (a temporary file in the same
//! folder, then a rename), and never over a file we did not make.
//!
//! `out/<casus>/.convenant-manifest` lists the files convenant made there. A
//! file that exists but is not in the manifest belongs to someone else: we
//! refuse before writing anything. Files we made earlier for a document that
//! no longer exists are removed; nothing else is ever deleted.
//!
//! A render holds a lock on the folder while it writes,
//! so two renders into one folder never mix their files. Every new file is
//! first written in full to a temporary file; only when all of them are on
//! disk are they renamed into place, so a full disk changes nothing.
//! Temporary files left by an interrupted run are removed. Nothing is ever
//! read back that is not a regular file, and never more than a bound.
//!
//! A file whose bytes on disk are already the ones to write is left alone
//! (no write, its mtime stays), so a rerun on unchanged input touches nothing.
//! The manifest can carry a stamp per file (for a PDF: the hashes that let a
//! rerun skip typst, see `render::fresh`).

use staging::staged;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod staging;

pub(crate) const MANIFEST: &str = ".convenant-manifest";
/// The lock file of an output folder where a folder cannot be locked itself.
#[cfg_attr(unix, allow(dead_code))]
pub(crate) const LOCK: &str = ".convenant-lock";
/// Largest file read back from an output folder (a PDF).
pub(crate) const MAX_READ_BYTES: u64 = 256 * 1024 * 1024;
/// Largest manifest read: a line per file, a casus of thousands of documents
/// needs well under one MiB.
pub(crate) const MAX_MANIFEST_BYTES: u64 = 8 * 1024 * 1024;
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
pub(crate) type Manifest = BTreeMap<String, String>;

#[derive(Debug)]
pub enum OutputError {
    /// Files that exist but that convenant did not make.
    Foreign { dir: PathBuf, names: Vec<String> },
    /// Files convenant made that were changed by hand since.
    Edited { dir: PathBuf, names: Vec<String> },
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Another render is writing into this folder now.
    Busy(PathBuf),
    /// A folder (or another non-file) stands where a file must go.
    NotAFile(PathBuf),
    /// Putting the files in place failed after some were replaced.
    Partial {
        path: PathBuf,
        error: std::io::Error,
        done: usize,
    },
    /// The output folder is a link: it could point anywhere.
    Link(PathBuf),
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::Foreign { dir, names } => write!(
                f,
                "in `{}` staan bestanden die convenant niet gemaakt heeft en die het zou overschrijven: {}; er is niets geschreven",
                dir.display(),
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            OutputError::Edited { dir, names } => write!(
                f,
                "{} in `{}` {} met de hand gewijzigd sinds convenant {} maakte: {}; convenant overschrijft en verwijdert dat niet, en heeft niets geschreven",
                if names.len() == 1 {
                    "een bestand"
                } else {
                    "bestanden"
                },
                dir.display(),
                if names.len() == 1 { "is" } else { "zijn" },
                if names.len() == 1 { "het" } else { "ze" },
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            OutputError::Io { path, error } => {
                write!(
                    f,
                    "kan `{}` niet schrijven: {error}; er is niets veranderd",
                    path.display()
                )
            }
            OutputError::NotAFile(path) => write!(
                f,
                "waar convenant het bestand `{}` maakt, staat iets anders (een map of een speciaal bestand); er is niets geschreven",
                path.display()
            ),
            OutputError::Partial { path, error, done } => write!(
                f,
                "kan `{}` niet op zijn plaats zetten: {error}; {done} bestanden waren al vervangen, de rest is zoals het was",
                path.display()
            ),
            OutputError::Busy(dir) => write!(
                f,
                "een andere `convenant render` schrijft nu in `{}`; er is niets geschreven",
                dir.display()
            ),
            OutputError::Link(dir) => write!(
                f,
                "de uitvoermap gaat door `{}`, een koppeling (symbolic link); convenant schrijft alleen in een echte map",
                dir.display()
            ),
        }
    }
}

impl OutputError {
    /// The diagnostic, `UIT-01`, with what to do.
    pub(crate) fn diagnostic(&self) -> crate::diagnostic::Diagnostic {
        let d = crate::rules::maken::UIT_01.report(self.to_string());
        let help = match self {
            OutputError::Foreign { .. } => {
                "verplaats of hernoem die bestanden, of kies een andere map met --out"
            }
            OutputError::Edited { .. } => {
                "zet de wijziging in de casus of in een eigen sjabloon (--templates), want een gemaakt bestand wordt bij elke render opnieuw gemaakt; bewaar het bestand elders als u het wilt houden; `convenant render --force` overschrijft het"
            }
            OutputError::Io { .. } => {
                "controleer of de map bestaat en beschrijfbaar is, en of de schijf vol is"
            }
            OutputError::NotAFile(_) => "verwijder of hernoem het",
            OutputError::Partial { .. } => {
                "verhelp de oorzaak en draai de opdracht opnieuw; het manifest kent alle bestanden"
            }
            OutputError::Busy(_) => "wacht tot die klaar is en draai de opdracht dan opnieuw",
            OutputError::Link(_) => "verwijder de koppeling, of kies een andere map met --out",
        };
        d.help(help)
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
pub(crate) fn is_our_name(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    crate::ids::is_file_stem(stem)
        && matches!(
            ext,
            "md" | "html" | "pdf" | "typ" | "docx" | "svg" | "xlsx" | "csv" | "jsonld"
        )
}

/// The bytes of `path` if it is a regular file (not a link, FIFO or
/// device) of at most [`MAX_READ_BYTES`]; `None` otherwise.
pub(crate) fn read_regular(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    read_bounded(path, MAX_READ_BYTES)
}

/// Never through a link: a file of the output folder is read only as itself.
fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    if !std::fs::symlink_metadata(path)?.is_file() {
        return Ok(None);
    }
    crate::paths::read_bounded(path, limit)
}

/// The manifest of `dir` (empty when there is none). A line is a name,
/// optionally followed by a space and its stamp.
pub(crate) fn read_manifest(dir: &Path) -> Result<Manifest, OutputError> {
    let path = dir.join(MANIFEST);
    let text = read_bounded(&path, MAX_MANIFEST_BYTES).map(|b| {
        b.map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    });
    match text {
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
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let tmp = staged(path, bytes)?;
    tmp.persist(path).map_err(|e| io(path)(e.error))?;
    Ok(())
}

/// Temporary files of an interrupted run (`.convenant-*.tmp`), removed.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".convenant-")
            && name.ends_with(".tmp")
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The folder's lock, held until dropped; `Busy` when another render holds
/// it. On Unix the folder itself is locked (`flock`), so no file is added;
/// elsewhere a file [`LOCK`] in it.
fn lock(dir: &Path) -> Result<std::fs::File, OutputError> {
    #[cfg(unix)]
    let (path, file) = (dir.to_path_buf(), std::fs::File::open(dir));
    #[cfg(not(unix))]
    let (path, file) = {
        let path = dir.join(LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path);
        (path, file)
    };
    let file = file.map_err(io(&path))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(OutputError::Busy(dir.to_path_buf())),
        // A file system without locks (some network shares): write as
        // before, unlocked, rather than not at all.
        Err(std::fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            Ok(file)
        }
        Err(std::fs::TryLockError::Error(e)) => Err(io(&path)(e)),
    }
}

/// Whether `path` is a regular file holding exactly `bytes`.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && read_regular(path).is_ok_and(|old| old.is_some_and(|old| old == bytes))
}

/// Write `bytes` to `path` unless it already holds them (or `force`).
/// Returns whether it wrote.
pub(crate) fn write_if_changed(
    path: &Path,
    bytes: &[u8],
    force: bool,
) -> Result<bool, OutputError> {
    if !force && holds(path, bytes) {
        return Ok(false);
    }
    write_atomic(path, bytes)?;
    Ok(true)
}

/// The files a person might open and edit: every format but the PDF,
/// whose stamp already makes a replaced PDF be made again.
fn is_text(name: &str) -> bool {
    !name.ends_with(".pdf")
}

/// What the manifest records next to a text file: the hash of its bytes.
fn content_stamp(bytes: &[u8]) -> String {
    format!("inhoud={}", crate::render::stamp::hash(&[bytes]))
}

/// Whether `name` in `dir` is a file we made (its manifest stamp records
/// its bytes) whose bytes are no longer those, nor the new ones.
fn edited_by_hand(dir: &Path, name: &str, stamp: Option<&String>, new: Option<&[u8]>) -> bool {
    let Some(recorded) = stamp.filter(|s| s.starts_with("inhoud=")) else {
        return false;
    };
    let Ok(Some(on_disk)) = read_regular(&dir.join(name)) else {
        return false;
    };
    new != Some(on_disk.as_slice()) && content_stamp(&on_disk) != *recorded
}

fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), OutputError> {
    write_if_changed(
        &dir.join(MANIFEST),
        manifest_text(manifest).as_bytes(),
        false,
    )?;
    Ok(())
}

fn manifest_text(manifest: &Manifest) -> String {
    let mut text = String::from(HEADER);
    for (name, stamp) in manifest {
        text.push_str(name);
        if !stamp.is_empty() {
            text.push(' ');
            text.push_str(stamp);
        }
        text.push('\n');
    }
    text
}

/// What [`write_all`] did.
#[derive(Debug, Default)]
pub(crate) struct Written {
    pub written: Vec<String>,
    /// Files that already held these bytes, left untouched.
    pub unchanged: Vec<String>,
    pub removed: Vec<String>,
}

/// Write `files` into `dir`, each only when its bytes changed (every one
/// with `force`). Files of the old manifest that are not among `files` and
/// for which `keep` says no are removed.
pub(crate) fn write_all(
    dir: &Path,
    files: &[OutFile],
    keep: impl Fn(&str) -> bool,
    force: bool,
) -> Result<Written, OutputError> {
    if let Some(link) = crate::paths::link_on_way(dir) {
        return Err(OutputError::Link(link));
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let _lock = lock(dir)?;
    remove_stale_temporaries(dir);
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
    // A file we made and someone changed since: not replaced, not removed.
    if !force {
        let edited: Vec<String> = files
            .iter()
            .filter(|f| edited_by_hand(dir, &f.name, old.get(&f.name), Some(f.bytes.as_slice())))
            .map(|f| f.name.clone())
            .chain(
                stale
                    .iter()
                    .filter(|n| edited_by_hand(dir, n, old.get(*n), None))
                    .cloned(),
            )
            .collect();
        if !edited.is_empty() {
            return Err(OutputError::Edited {
                dir: dir.to_path_buf(),
                names: edited,
            });
        }
    }
    // The manifest records everything we are about to make, so an
    // interrupted run still knows these files are ours. A new stamp may
    // describe a file not yet in place; the next run then sees that the
    // bytes do not match it.
    let mut manifest = old;
    for f in files {
        let stamp = if f.stamp.is_empty() && is_text(&f.name) {
            content_stamp(&f.bytes)
        } else {
            f.stamp.clone()
        };
        manifest.insert(f.name.clone(), stamp);
    }
    // First every new file in full on disk, then the renames: a full disk
    // or any other failure here drops the temporary files and changes nothing.
    for path in files
        .iter()
        .map(|f| dir.join(&f.name))
        .chain([dir.join(MANIFEST)])
    {
        if std::fs::symlink_metadata(&path)
            .is_ok_and(|m| !m.is_file() && !m.file_type().is_symlink())
        {
            return Err(OutputError::NotAFile(path));
        }
    }
    let manifest_path = dir.join(MANIFEST);
    let manifest_bytes = manifest_text(&manifest).into_bytes();
    let mut staged_files = Vec::new();
    if !holds(&manifest_path, &manifest_bytes) {
        staged_files.push((
            manifest_path.clone(),
            staged(&manifest_path, &manifest_bytes)?,
        ));
    }
    let mut written = Vec::new();
    let mut unchanged = Vec::new();
    let mut todo: Vec<(PathBuf, &[u8])> = Vec::new();
    for f in files {
        let path = dir.join(&f.name);
        if !force && holds(&path, &f.bytes) {
            unchanged.push(f.name.clone());
        } else {
            todo.push((path, f.bytes.as_slice()));
            written.push(f.name.clone());
        }
    }
    staged_files.extend(staging::staged_all(todo)?);
    for (done, (path, tmp)) in staged_files.into_iter().enumerate() {
        tmp.persist(&path).map_err(|e| OutputError::Partial {
            path: path.clone(),
            error: e.error,
            done,
        })?;
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
    manifest.retain(|n, _| std::fs::symlink_metadata(dir.join(n)).is_ok());
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
        // No temporary files are left, and no lock file.
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [MANIFEST, "a.md", "b.html"]);
    }

    #[test]
    fn a_second_writer_is_refused_while_the_first_holds_the_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let held = lock(dir).unwrap();
        let err = write_all(dir, &[file("a.md", "A")], |_| false, false).unwrap_err();
        assert!(matches!(err, OutputError::Busy(_)), "{err}");
        assert!(err.to_string().contains("een andere `convenant render`"));
        assert!(!dir.join("a.md").exists());
        drop(held);
        write_all(dir, &[file("a.md", "A")], |_| false, false).unwrap();
        assert!(dir.join("a.md").exists());
    }

    #[test]
    fn stale_temporaries_go_and_only_regular_files_are_read_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join(".convenant-abc123.tmp"), "half").unwrap();
        std::fs::write(dir.join(".convenant-eigen.txt"), "van de gebruiker").unwrap();
        write_all(dir, &[file("a.md", "A")], |_| false, false).unwrap();
        assert!(!dir.join(".convenant-abc123.tmp").exists());
        assert!(dir.join(".convenant-eigen.txt").exists());
        #[cfg(unix)]
        {
            // A manifest that is a link to an endless device is not read.
            std::fs::remove_file(dir.join(MANIFEST)).unwrap();
            std::os::unix::fs::symlink("/dev/zero", dir.join(MANIFEST)).unwrap();
            assert!(read_manifest(dir).unwrap().is_empty());
            assert_eq!(read_regular(&dir.join(MANIFEST)).unwrap(), None);
        }
    }

    #[test]
    fn a_folder_where_a_file_goes_stops_everything_before_a_byte_is_written() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::create_dir(dir.join("b.md")).unwrap();
        std::fs::write(dir.join(MANIFEST), "b.md\n").unwrap();
        let err = write_all(
            dir,
            &[file("a.md", "A"), file("b.md", "B")],
            |_| false,
            false,
        )
        .unwrap_err();
        assert!(matches!(err, OutputError::NotAFile(_)), "{err}");
        assert!(!dir.join("a.md").exists());
        assert_eq!(
            std::fs::read_to_string(dir.join(MANIFEST)).unwrap(),
            "b.md\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_output_folder_that_is_a_link_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let elsewhere = tmp.path().join("elders");
        std::fs::create_dir(&elsewhere).unwrap();
        let dir = tmp.path().join("uit");
        std::os::unix::fs::symlink(&elsewhere, &dir).unwrap();
        let err = write_all(&dir, &[file("a.md", "A")], |_| false, false).unwrap_err();
        assert!(matches!(err, OutputError::Link(_)), "{err}");
        assert!(!elsewhere.join("a.md").exists());
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
        assert_eq!(manifest["a.md"], content_stamp(b"A"));
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
