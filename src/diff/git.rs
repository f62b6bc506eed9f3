//! One side of a diff read from a git revision: `REV:pad`, like
//! `git show REV:pad`, with the `git` program.
//!
//! A revision and a path come from a command line, often a CI script that
//! fills them in from a pull request, and what git prints is a casus, so
//! hostile input. Therefore:
//! - the revision and the path are checked before git sees them: no `-` at
//!   the start (never an option), no `..` or absolute path, no control
//!   characters; the revision is resolved once with `rev-parse --verify
//!   --end-of-options` and only its commit hash is used after that;
//! - git runs without a shell, with a fixed environment (only `PATH` is
//!   kept; no system or global configuration, no pager, no prompt, no lazy
//!   fetch of missing objects) and `-c` options that switch off what could
//!   run a program or go on the network;
//! - what git prints is bounded like a folder on disk: entries, depth, bytes
//!   per file and per casus; a link in the tree is an error, never followed.

use crate::load::{MAX_CASUS_BYTES, MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, is_yaml};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Longest revision and path accepted.
const MAX_REV_CHARS: usize = 256;
const MAX_PATH_CHARS: usize = 1024;
/// Most bytes of git's error output kept for a message.
const MAX_STDERR: u64 = 4096;

/// A side given as `REV:pad`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revisie {
    pub rev: String,
    /// Relative to the top of the repository, without a trailing `/`;
    /// empty for the top itself.
    pub pad: String,
}

impl Revisie {
    /// `REV:pad` split at its first `:` and checked, or why not.
    pub fn parse(arg: &str) -> Result<Revisie, String> {
        let (rev, pad) = arg
            .split_once(':')
            .ok_or_else(|| format!("`{}` is geen REV:pad", visible(arg)))?;
        check_rev(rev)?;
        let pad = check_pad(pad)?;
        Ok(Revisie {
            rev: rev.to_string(),
            pad,
        })
    }

    /// How messages and file names show it: `REV:pad`.
    pub fn naam(&self) -> String {
        format!("{}:{}", self.rev, self.pad)
    }
}

fn visible(s: &str) -> String {
    crate::diagnostic::visible(s)
}

fn check_rev(rev: &str) -> Result<(), String> {
    let refuse = |why: &str| {
        Err(format!(
            "de revisie `{}` wordt niet gebruikt: {why}",
            visible(rev)
        ))
    };
    if rev.is_empty() {
        return refuse(
            "er staat niets voor de `:`; schrijf bijvoorbeeld `main:casus/regio-voorbeeld`",
        );
    }
    if rev.chars().count() > MAX_REV_CHARS {
        return refuse("ze is te lang");
    }
    if rev.starts_with('-') {
        return refuse("een revisie begint niet met `-` (dat zou een optie van git zijn)");
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || "._/~^@{}-+".contains(c);
    if !rev.chars().all(allowed) || rev.contains("..") {
        return refuse(
            "een revisie bestaat uit letters, cijfers en `._/~^@{}-+`, zoals `main`, `HEAD~1`, `origin/main` of `v1.0`",
        );
    }
    Ok(())
}

fn check_pad(pad: &str) -> Result<String, String> {
    let refuse = |why: &str| {
        Err(format!(
            "het pad `{}` in de revisie wordt niet gebruikt: {why}",
            visible(pad)
        ))
    };
    if pad.chars().count() > MAX_PATH_CHARS {
        return refuse("het is te lang");
    }
    if pad.chars().any(|c| c.is_control() || c == '\\') {
        return refuse("er staat een stuurteken of `\\` in");
    }
    if pad.starts_with('/') {
        return refuse(
            "een pad in een revisie begint bij de bovenste map van de opslagplaats, zonder `/`",
        );
    }
    let trimmed = pad.trim_end_matches('/');
    if !trimmed.is_empty()
        && trimmed
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == ".." || part.starts_with('-'))
    {
        return refuse(
            "schrijf het pad vanaf de bovenste map van de opslagplaats, zonder `.`, `..`, `//` of een deel dat met `-` begint, bijvoorbeeld `casus/regio-voorbeeld`",
        );
    }
    Ok(trimmed.to_string())
}

/// How long one git command may take: 120 seconds, or the whole seconds in
/// [`TIME_VARIABLE`].
const DEFAULT_SECONDS: u64 = 120;
pub(crate) const TIME_VARIABLE: &str = "CONVENANT_GIT_SECONDEN";

fn time_limit() -> std::time::Duration {
    let seconds = std::env::var(TIME_VARIABLE)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_SECONDS);
    std::time::Duration::from_secs(seconds)
}

/// The git program with a fixed environment and safe options.
fn git() -> Command {
    let mut cmd = Command::new("git");
    cmd.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    for (key, value) in [
        ("GIT_CONFIG_NOSYSTEM", "1"),
        ("GIT_CONFIG_GLOBAL", "/dev/null"),
        ("GIT_ATTR_NOSYSTEM", "1"),
        ("GIT_TERMINAL_PROMPT", "0"),
        ("GIT_NO_LAZY_FETCH", "1"),
        ("GIT_NO_REPLACE_OBJECTS", "1"),
        ("GIT_OPTIONAL_LOCKS", "0"),
        ("GIT_LITERAL_PATHSPECS", "1"),
        ("GIT_PAGER", "cat"),
        ("LC_ALL", "C"),
    ] {
        cmd.env(key, value);
    }
    cmd.args([
        "-c",
        "core.fsmonitor=false",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "protocol.allow=never",
        "-c",
        "core.pager=cat",
        "-c",
        "core.quotePath=false",
        "--no-pager",
    ]);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Run git with `args`; its output, at most `limit` bytes, or a Dutch
/// message with what git said.
fn run(args: &[&str], limit: u64) -> Result<Vec<u8>, Fout> {
    let mut child = git().args(args).spawn().map_err(|e| {
        Fout::Git(if e.kind() == std::io::ErrorKind::NotFound {
            "het programma `git` is niet gevonden; installeer git of geef een map in plaats van REV:pad".to_string()
        } else {
            format!("git kan niet gestart worden: {e}")
        })
    })?;
    let mut out = Vec::new();
    let mut err = Vec::new();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    // Read the error output alongside, so a full pipe cannot block git.
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(s) = stderr {
            let _ = s.take(MAX_STDERR).read_to_end(&mut buf);
        }
        buf
    });
    // A watchdog stops a git that hangs (a huge repository, a lock, a
    // network file system): reading its output then ends too.
    let child = std::sync::Arc::new(std::sync::Mutex::new(child));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let timed_out = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watchdog = {
        let (child, done, timed_out) = (child.clone(), done.clone(), timed_out.clone());
        let limit = time_limit();
        std::thread::spawn(move || {
            let start = std::time::Instant::now();
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                if start.elapsed() > limit {
                    if let Ok(mut c) = child.lock()
                        && matches!(c.try_wait(), Ok(None))
                    {
                        timed_out.store(true, std::sync::atomic::Ordering::SeqCst);
                        let _ = c.kill();
                    }
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        })
    };
    if let Some(s) = stdout {
        let _ = s.take(limit + 1).read_to_end(&mut out);
    }
    let too_much = out.len() as u64 > limit;
    // Wait without holding the lock, so the watchdog can still stop a git
    // that closed its output but does not end.
    let status = loop {
        let mut c = child
            .lock()
            .map_err(|_| Fout::Git("git kon niet gevolgd worden".into()))?;
        if too_much {
            let _ = c.kill();
        }
        match c.try_wait().map_err(|e| Fout::Git(e.to_string()))? {
            Some(status) => break status,
            None => {
                drop(c);
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
    };
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let _ = watchdog.join();
    if let Ok(buf) = err_thread.join() {
        err = buf;
    }
    if timed_out.load(std::sync::atomic::Ordering::SeqCst) {
        return Err(Fout::Git(format!(
            "git deed er langer dan {} seconden over en is gestopt; zet {TIME_VARIABLE} hoger als de opslagplaats zo groot is, of geef een map in plaats van REV:pad",
            time_limit().as_secs()
        )));
    }
    if too_much {
        return Err(Fout::TeGroot);
    }
    if !status.success() {
        return Err(Fout::Status(
            String::from_utf8_lossy(&err).trim().to_string(),
        ));
    }
    Ok(out)
}

enum Fout {
    /// git could not run.
    Git(String),
    /// git ran and failed, with what it said.
    Status(String),
    /// More output than allowed.
    TeGroot,
}

/// What git said, in a message: its first line, made visible.
fn gezegd(stderr: &str) -> String {
    let first = stderr.lines().next().unwrap_or("").trim();
    if first.is_empty() {
        String::new()
    } else {
        format!(" (git: {})", visible(first))
    }
}

fn not_a_repo(stderr: &str) -> bool {
    stderr.contains("not a git repository")
}

/// The YAML files of `REV:pad`, each with the path diagnostics show
/// (`REV:pad/bestand.yaml`) and its bytes; or why not, in Dutch.
pub fn read(r: &Revisie) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    let naam = visible(&r.naam());
    let commit = resolve(r)?;
    let tree = if r.pad.is_empty() {
        format!("{commit}^{{tree}}")
    } else {
        format!("{commit}:{}", r.pad)
    };
    match run(&["cat-file", "-t", &tree], 64) {
        Ok(kind) if kind.trim_ascii() == b"tree" => {}
        Ok(_) => {
            return Err(format!(
                "`{naam}` is een bestand, geen casusmap; geef de map van de casus, bijvoorbeeld `{}:casus/regio-voorbeeld`",
                visible(&r.rev)
            ));
        }
        Err(Fout::Git(m)) => return Err(m),
        Err(_) => {
            return Err(format!(
                "het pad `{}` bestaat niet in revisie `{}`; een pad in een revisie begint bij de bovenste map van de opslagplaats (`git ls-tree {} -- casus` toont wat er is)",
                visible(&r.pad),
                visible(&r.rev),
                visible(&r.rev)
            ));
        }
    }
    // One line per file: mode, type, object, size, TAB, path; NUL-ended.
    let limit = (MAX_ENTRIES as u64 + 1) * (MAX_PATH_CHARS as u64 + 200);
    let listing = match run(&["ls-tree", "-r", "-l", "-z", &tree], limit) {
        Ok(l) => l,
        Err(Fout::Git(m)) => return Err(m),
        Err(Fout::TeGroot) => return Err(te_veel(&naam)),
        Err(Fout::Status(e)) => {
            return Err(format!("`{naam}` kan niet gelezen worden{}", gezegd(&e)));
        }
    };
    let mut files = Vec::new();
    let mut total: u64 = 0;
    for (n, record) in listing
        .split(|&b| b == 0)
        .filter(|r| !r.is_empty())
        .enumerate()
    {
        if n >= MAX_ENTRIES {
            return Err(te_veel(&naam));
        }
        let entry = Entry::parse(record)
            .ok_or_else(|| format!("git gaf een onverwachte regel bij `{naam}`"))?;
        let shown = format!("{naam}/{}", entry.path);
        let path = Path::new(&entry.path);
        if path.components().count() > MAX_DEPTH + 1 {
            return Err(format!(
                "`{}` ligt meer dan {MAX_DEPTH} mappen diep in de casus; zo diep leest convenant niet",
                visible(&shown)
            ));
        }
        if entry.mode == "120000" {
            if is_yaml(path) || path.extension().is_none() {
                return Err(format!(
                    "`{}` is een koppeling (symbolic link); convenant volgt in een git-revisie geen koppelingen; vervang haar door een kopie van het bestand",
                    visible(&shown)
                ));
            }
            continue;
        }
        if entry.kind != "blob" || !is_yaml(path) {
            continue;
        }
        if entry.size > MAX_FILE_BYTES {
            return Err(format!(
                "`{}` is {} MiB; een casusbestand mag hooguit {} MiB zijn",
                visible(&shown),
                entry.size / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ));
        }
        total += entry.size;
        if total > MAX_CASUS_BYTES {
            return Err(format!(
                "`{naam}` heeft meer dan {} MiB YAML; zo veel leest convenant niet voor één casus",
                MAX_CASUS_BYTES / (1024 * 1024)
            ));
        }
        let bytes = match run(&["cat-file", "blob", &entry.object], MAX_FILE_BYTES) {
            Ok(b) => b,
            Err(Fout::Git(m)) => return Err(m),
            Err(Fout::TeGroot) => {
                return Err(format!(
                    "`{}` is groter dan {} MiB",
                    visible(&shown),
                    MAX_FILE_BYTES / (1024 * 1024)
                ));
            }
            Err(Fout::Status(e)) => {
                return Err(format!(
                    "`{}` kan niet gelezen worden{}",
                    visible(&shown),
                    gezegd(&e)
                ));
            }
        };
        files.push((PathBuf::from(shown), bytes));
    }
    Ok(files)
}

fn te_veel(naam: &str) -> String {
    format!("`{naam}` bevat meer dan {MAX_ENTRIES} bestanden; zo veel leest convenant niet")
}

/// The commit hash `r.rev` names, or why there is none.
fn resolve(r: &Revisie) -> Result<String, String> {
    let spec = format!("{}^{{commit}}", r.rev);
    match run(
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &spec,
        ],
        200,
    ) {
        Ok(out) => {
            let hash = String::from_utf8_lossy(&out).trim().to_string();
            if hash.len() >= 40 && hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                Ok(hash)
            } else {
                Err(format!(
                    "git gaf voor revisie `{}` geen commit",
                    visible(&r.rev)
                ))
            }
        }
        Err(Fout::Git(m)) => Err(m),
        Err(Fout::Status(e)) if not_a_repo(&e) => Err(format!(
            "`{}` is een git-revisie, maar de map waarin convenant draait hoort niet bij een git-opslagplaats; draai convenant in de opslagplaats, of geef een map",
            visible(&r.naam())
        )),
        Err(_) => Err(format!(
            "de revisie `{}` bestaat niet in deze git-opslagplaats; `git log --oneline` toont de commits, `git branch -a` de takken",
            visible(&r.rev)
        )),
    }
}

/// One record of `git ls-tree -r -l -z`.
struct Entry {
    mode: String,
    kind: String,
    object: String,
    size: u64,
    path: String,
}

impl Entry {
    fn parse(record: &[u8]) -> Option<Entry> {
        let tab = record.iter().position(|&b| b == b'\t')?;
        let head = std::str::from_utf8(&record[..tab]).ok()?;
        let path = String::from_utf8(record[tab + 1..].to_vec()).ok()?;
        let mut parts = head.split_ascii_whitespace();
        let mode = parts.next()?.to_string();
        let kind = parts.next()?.to_string();
        let object = parts.next()?.to_string();
        let size = parts.next()?.parse().unwrap_or(0);
        if !object.bytes().all(|b| b.is_ascii_hexdigit()) || path.is_empty() {
            return None;
        }
        Some(Entry {
            mode,
            kind,
            object,
            size,
            path,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Revisie;

    #[test]
    fn a_revision_and_path_are_checked_before_git_sees_them() {
        let r = Revisie::parse("main:casus/regio-voorbeeld/").unwrap();
        assert_eq!(r.rev, "main");
        assert_eq!(r.pad, "casus/regio-voorbeeld");
        assert!(Revisie::parse("HEAD~1:casus/x").is_ok());
        assert!(Revisie::parse("origin/main:").is_ok());
        for bad in [
            "--output=/tmp/x:casus",
            "-n:casus",
            ":casus",
            "HEAD:../../etc",
            "HEAD:/etc",
            "HEAD:casus/../..",
            "HEAD:casus/-x",
            "HEAD;rm:casus",
            "HEAD..main:casus",
            "HEAD:casus\n/x",
            "HEAD$(id):casus",
        ] {
            assert!(Revisie::parse(bad).is_err(), "{bad}");
        }
    }
}
