//! Finding the files of a casus folder, confined to it.
//!
//! A pull request can add anything to a casus folder, so the walk trusts
//! nothing it finds there:
//! - it never follows a link out of the folder: a link whose target lies
//!   outside it (`/proc/self/environ`, `/etc/passwd`, `/usr`) is an error that
//!   names the link, and the target is never read or quoted;
//! - a link inside the folder is read like the file or folder it points at,
//!   and a folder is walked once, so a loop ends;
//! - a `*.yaml` entry that is not a regular file (a FIFO, a device) is an
//!   error, never opened;
//! - an unreadable folder or file is an error, never skipped;
//! - the walk is bounded in depth, in entries and in bytes.

use crate::diagnostic::Diagnostic;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Deepest folder below the casus folder that is read.
pub(crate) const MAX_DEPTH: usize = 12;
/// Most entries (files and folders) looked at in one casus.
pub(crate) const MAX_ENTRIES: usize = 10_000;
/// Largest YAML file, in bytes.
pub(crate) const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// Most YAML bytes in one casus.
pub(crate) const MAX_CASUS_BYTES: u64 = 32 * 1024 * 1024;

pub(crate) fn is_yaml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

/// `dpia.YAML`, `partijen.Yml`: meant as YAML, but not read (LAD-06).
fn is_yaml_in_other_case(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// The YAML files of a casus folder, sorted by path, and every problem met.
pub(crate) struct Walked {
    pub files: Vec<PathBuf>,
    pub problems: Vec<Diagnostic>,
}

struct Walker {
    /// The casus folder as the user gave it, and resolved.
    root: PathBuf,
    real_root: PathBuf,
    seen: BTreeSet<PathBuf>,
    /// Files read, resolved: a file and a link to it are read once.
    seen_files: BTreeSet<PathBuf>,
    entries: usize,
    bytes: u64,
    out: Walked,
}

pub(crate) fn walk(dir: &Path) -> Walked {
    let mut w = Walker {
        root: dir.to_path_buf(),
        real_root: std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf()),
        seen: BTreeSet::new(),
        seen_files: BTreeSet::new(),
        entries: 0,
        bytes: 0,
        out: Walked {
            files: Vec::new(),
            problems: Vec::new(),
        },
    };
    if let Some(link) = crate::paths::link_on_way(dir) {
        w.outside(
            &link,
            "is een koppeling (symbolic link); een casusmap moet een echte map zijn, zodat niets van buiten de casus gelezen wordt".into(),
            "geef de map zelf op, of vervang de koppeling door een kopie van de bestanden",
        );
        return w.out;
    }
    let real = w.real_root.clone();
    w.folder(dir, &real, 0);
    w.out.files.sort();
    w.out
}

fn problem(code: &'static str, path: &Path, what: String, help: &str) -> Diagnostic {
    Diagnostic::error(
        code,
        format!(
            "`{}` {what}",
            crate::diagnostic::visible(&path.display().to_string())
        ),
    )
    .help(help.to_string())
    .on_path(path)
}

impl Walker {
    /// LAD-01: a folder or file that cannot be read.
    fn unreadable(&mut self, path: &Path, what: String, help: &str) {
        self.out.problems.push(problem("LAD-01", path, what, help));
    }
    /// LAD-04: a link out of the casus, or an entry that is not a file or folder.
    fn outside(&mut self, path: &Path, what: String, help: &str) {
        self.out.problems.push(problem("LAD-04", path, what, help));
    }
    /// LAD-05: past a bound of the walk.
    fn too_much(&mut self, path: &Path, what: String, help: &str) {
        self.out.problems.push(problem("LAD-05", path, what, help));
    }

    /// Read folder `dir` (shown as `dir`, resolved to `real`).
    fn folder(&mut self, dir: &Path, real: &Path, depth: usize) {
        if !self.seen.insert(real.to_path_buf()) {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.unreadable(
                    dir,
                    format!("kan niet gelezen worden: {}", reason(&e)),
                    "geef convenant leesrechten op deze map, of haal haar uit de casus",
                );
                return;
            }
        };
        let mut names: Vec<PathBuf> = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => names.push(entry.path()),
                Err(e) => self.unreadable(
                    dir,
                    format!("kan niet helemaal gelezen worden: {}", reason(&e)),
                    "controleer de rechten en de schijf",
                ),
            }
            self.entries += 1;
            if self.entries > MAX_ENTRIES {
                self.too_much(
                    &self.root.clone(),
                    format!("bevat meer dan {MAX_ENTRIES} bestanden en mappen; zo veel leest convenant niet"),
                    "houd in de casusmap alleen de YAML-bestanden van de casus",
                );
                return;
            }
        }
        names.sort();
        for path in names {
            let real_child = path
                .file_name()
                .map_or_else(|| real.to_path_buf(), |n| real.join(n));
            self.entry(&path, &real_child, depth);
            if self.entries > MAX_ENTRIES {
                return;
            }
        }
    }

    /// One entry of a folder: `path` as shown, `real` without links.
    fn entry(&mut self, path: &Path, real: &Path, depth: usize) {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return;
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            self.link(path, depth);
        } else if kind.is_dir() {
            self.subfolder(path, real, depth);
        } else if is_yaml(path) {
            self.yaml(path, real, &meta);
        } else if is_yaml_in_other_case(path) {
            let mut d = Diagnostic::error(
                    "LAD-06",
                    format!(
                        "`{}` wordt niet gelezen: de naam eindigt niet op `.yaml` of `.yml` in kleine letters",
                        crate::diagnostic::visible(&path.display().to_string())
                    ),
                )
                .help("hernoem het bestand naar een naam die op `.yaml` eindigt");
            d.severity = crate::diagnostic::Severity::Warning;
            self.out.problems.push(d);
        }
    }

    fn subfolder(&mut self, path: &Path, real: &Path, depth: usize) {
        if depth + 1 > MAX_DEPTH {
            self.too_much(
                path,
                format!("ligt meer dan {MAX_DEPTH} mappen diep in de casus; zo diep leest convenant niet"),
                "zet de bestanden minder diep",
            );
            return;
        }
        self.folder(path, real, depth + 1);
    }

    /// A link: followed only when it stays inside the casus folder.
    fn link(&mut self, path: &Path, depth: usize) {
        let target = match std::fs::canonicalize(path) {
            Ok(t) => t,
            Err(e) => {
                if is_yaml(path) {
                    self.unreadable(
                        path,
                        format!("is een koppeling die niet te volgen is: {}", reason(&e)),
                        "herstel of verwijder de koppeling",
                    );
                }
                return;
            }
        };
        if !target.starts_with(&self.real_root) {
            self.outside(
                path,
                "is een koppeling (symbolic link) naar iets buiten de casusmap; convenant leest alleen bestanden van de casus zelf".into(),
                "vervang de koppeling door een kopie van het bestand, of verwijder haar",
            );
            return;
        }
        let Ok(meta) = std::fs::metadata(&target) else {
            return;
        };
        if meta.is_dir() {
            if self.real_root.starts_with(&target) || self.seen.contains(&target) {
                self.outside(
                    path,
                    "is een koppeling naar een map die al gelezen wordt (een map erboven of een map die er al in zit); de casus zou zichzelf bevatten".into(),
                    "verwijder de koppeling",
                );
                return;
            }
            self.subfolder(path, &target, depth);
        } else if is_yaml(path) {
            self.yaml(path, &target, &meta);
        }
    }

    fn yaml(&mut self, path: &Path, real: &Path, meta: &std::fs::Metadata) {
        if !meta.is_file() {
            self.outside(
                path,
                "is geen gewoon bestand (maar bijvoorbeeld een named pipe of een apparaat); convenant leest het niet".into(),
                "verwijder het, of vervang het door een gewoon YAML-bestand",
            );
            return;
        }
        if meta.len() > MAX_FILE_BYTES {
            self.too_much(
                path,
                format!(
                    "is {} MiB; een casusbestand mag hooguit {} MiB zijn",
                    meta.len() / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                "verdeel de casus over kleinere bestanden; een casus van honderden partijen is een paar honderd kB",
            );
            return;
        }
        if !self.seen_files.insert(real.to_path_buf()) {
            return;
        }
        self.bytes += meta.len();
        if self.bytes > MAX_CASUS_BYTES {
            self.too_much(
                path,
                format!(
                    "gaat over de grens van {} MiB YAML voor één casus",
                    MAX_CASUS_BYTES / (1024 * 1024)
                ),
                "houd in de casusmap alleen de YAML-bestanden van de casus",
            );
            return;
        }
        self.out.files.push(path.to_path_buf());
    }
}

fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            "het bestand of de map waarnaar het verwijst bestaat niet".into()
        }
        std::io::ErrorKind::PermissionDenied => "geen leesrechten".into(),
        _ => e.to_string(),
    }
}

/// Read a file the walk found, never more than [`MAX_FILE_BYTES`] (it may
/// have grown since) and only when it is still a regular file.
pub(crate) fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    crate::paths::read_bounded(path, MAX_FILE_BYTES)?.ok_or_else(|| {
        std::io::Error::other(format!(
            "geen gewoon bestand, of groter dan {} MiB",
            MAX_FILE_BYTES / (1024 * 1024)
        ))
    })
}
