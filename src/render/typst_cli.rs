//! Finding and running the `typst` binary (typst-cli, pinned to 0.15.1).
//!
//! We look at `$TYPST` first, then `PATH`. The version must be exactly
//! [`VERSION`]: the PDF records the typst version, and another version
//! typesets differently, so the output would no longer be reproducible.
//! Every compile runs in a fresh temporary directory used as `--root`, with
//! only typst's embedded fonts, PDF/A-2b, and a creation date from the casus.
//!
//! typst never reaches the network: its package path and package cache are
//! an empty read-only folder, and every proxy variable points at a closed
//! port on this machine, so a package import (`@preview/...`) in a region's
//! page template fails at once instead of downloading. The templates are
//! also checked for package imports before typst runs ([`package_import`]).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) const VERSION: &str = "0.15.1";
pub(crate) const INSTALL: &str = "cargo install typst-cli --locked --version 0.15.1";

#[derive(Debug)]
pub enum TypstError {
    /// No typst binary found.
    Missing(String),
    /// A typst binary of another version.
    WrongVersion { path: PathBuf, found: String },
    /// typst ran but did not make a PDF.
    Failed { document: String, message: String },
}

impl std::fmt::Display for TypstError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypstError::Missing(searched) => {
                write!(f, "typst {VERSION} is nodig voor PDF, maar {searched}")
            }
            TypstError::WrongVersion { path, found } => write!(
                f,
                "`{}` is typst {found}, maar convenant vereist precies typst {VERSION} \
                 (een andere versie zet anders en maakt de PDF's niet reproduceerbaar)",
                path.display()
            ),
            TypstError::Failed { document, message } => write!(
                f,
                "typst kon de PDF van `{document}` niet maken:\n{message}"
            ),
        }
    }
}

impl TypstError {
    /// The diagnostic: `TYP-01` for a missing or wrong typst, `TYP-02` when
    /// typst ran and failed.
    pub(crate) fn diagnostic(&self) -> crate::diagnostic::Diagnostic {
        use crate::rules::maken::{TYP_01, TYP_02};
        match self {
            TypstError::Missing(_) => TYP_01.report(self.to_string()).help(format!(
                "installeer het met `{INSTALL}`, of wijs het programma aan met de \
                 omgevingsvariabele TYPST; of laat PDF weg met `--format md,html`"
            )),
            TypstError::WrongVersion { .. } => TYP_01
                .report(self.to_string())
                .help(format!("installeer de juiste versie met `{INSTALL}`")),
            TypstError::Failed { .. } => TYP_02.report(self.to_string()).help(
                "verbeter `pagina.typ` in de sjablonenmap; de Markdown en HTML zijn wel gemaakt",
            ),
        }
    }
}

pub struct Typst {
    pub path: PathBuf,
    /// What `typst --version` printed, e.g. `typst 0.15.1 (c0dfe1a2)`.
    pub version: String,
}

/// Environment variables of typst that could change the result.
const AMBIENT: &[&str] = &[
    "SOURCE_DATE_EPOCH",
    "TYPST_ROOT",
    "TYPST_FONT_PATHS",
    "TYPST_IGNORE_SYSTEM_FONTS",
    "TYPST_IGNORE_EMBEDDED_FONTS",
    "TYPST_PACKAGE_PATH",
    "TYPST_PACKAGE_CACHE_PATH",
    "TYPST_FEATURES",
    "TYPST_CERT",
];

/// Where a download would go: the discard port on this machine, where
/// nothing listens, so a connection is refused at once.
const NO_NETWORK: &str = "http://127.0.0.1:9";

fn command(path: &Path) -> Command {
    let mut cmd = Command::new(path);
    for var in AMBIENT {
        cmd.env_remove(var);
    }
    for var in ["no_proxy", "NO_PROXY"] {
        cmd.env_remove(var);
    }
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        cmd.env(var, NO_NETWORK);
    }
    cmd
}

/// The first package import (`"@preview/…"`, `"@local/…"`) in a Typst
/// source, by line number: a string literal that starts with `@`, also when
/// the `@` is written as an escape (`"\u{40}preview/…"`). typst could not
/// fetch it anyway (see [`command`]); this names the line before it runs.
pub(crate) fn package_import(source: &str) -> Option<(usize, String)> {
    source.lines().enumerate().find_map(|(i, line)| {
        let line = unescape(line);
        let at = line.find("\"@")?;
        let rest = &line[at + 1..];
        let end = rest[1..].find('"').map_or(rest.len(), |e| e + 1);
        Some((i + 1, rest[..end].to_string()))
    })
}

/// A line with its Typst `\u{…}` escapes replaced by their characters.
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        match after.find('}').and_then(|j| {
            u32::from_str_radix(&after[..j], 16)
                .ok()
                .and_then(char::from_u32)
                .map(|c| (c, j))
        }) {
            Some((c, j)) => {
                out.push(c);
                rest = &after[j + 1..];
            }
            None => {
                out.push_str("\\u{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn on_path(name: &str, path: Option<OsString>) -> Option<PathBuf> {
    let names: Vec<String> = if cfg!(windows) {
        vec![format!("{name}.exe"), name.to_string()]
    } else {
        vec![name.to_string()]
    };
    std::env::split_paths(&path?)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// The typst binary: `$TYPST`, else `typst` on `PATH`; checked for its version.
pub fn find() -> Result<Typst, TypstError> {
    let path = match std::env::var_os("TYPST").filter(|v| !v.is_empty()) {
        Some(p) => {
            let p = PathBuf::from(p);
            if !p.is_file() {
                return Err(TypstError::Missing(format!(
                    "TYPST wijst naar `{}` en dat bestand bestaat niet",
                    p.display()
                )));
            }
            p
        }
        None => on_path("typst", std::env::var_os("PATH")).ok_or_else(|| {
            TypstError::Missing(
                "het programma `typst` staat niet op PATH en TYPST is niet gezet".into(),
            )
        })?,
    };
    let output = command(&path).arg("--version").output().map_err(|e| {
        TypstError::Missing(format!(
            "`{}` kan niet gestart worden ({e})",
            path.display()
        ))
    })?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    // `typst 0.15.1 (c0dfe1a2)`
    let found = stdout.split_whitespace().nth(1).unwrap_or("").to_string();
    if !output.status.success() || found != VERSION {
        return Err(TypstError::WrongVersion {
            path,
            found: if found.is_empty() {
                format!("van onbekende versie (`--version` gaf {:?})", stdout.trim())
            } else {
                found
            },
        });
    }
    Ok(Typst {
        path,
        version: stdout.trim().to_string(),
    })
}

/// The flags that decide the PDF's bytes (all but the paths and `--jobs`):
/// only typst's embedded fonts, PDF/A-2b, the date of the casus.
pub fn compile_args(timestamp: i64) -> Vec<String> {
    [
        "--ignore-system-fonts",
        "--pdf-standard",
        "a-2b",
        "--creation-timestamp",
        &timestamp.to_string(),
        "--diagnostic-format",
        "short",
    ]
    .map(str::to_string)
    .to_vec()
}

/// Seconds since 1970 of midnight UTC on a date (days-from-civil).
pub fn unix_midnight(jaar: i64, maand: i64, dag: i64) -> i64 {
    let y = if maand <= 2 { jaar - 1 } else { jaar };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (maand + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dag - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) * 86_400
}

/// How long one typst run may take, unless `CONVENANT_TYPST_SECONDEN` sets
/// another: the convenant of a thousand parties takes well under a minute.
pub(crate) const DEFAULT_SECONDS: u64 = 600;
pub(crate) const TIME_VARIABLE: &str = "CONVENANT_TYPST_SECONDEN";
/// Most of typst's messages kept, in bytes.
const MAX_STDERR: u64 = 1024 * 1024;

fn time_limit() -> std::time::Duration {
    std::time::Duration::from_secs(super::deadline::setting(TIME_VARIABLE, DEFAULT_SECONDS))
}

/// What a finished typst run left: its exit status and (the start of) its messages.
struct Finished {
    status: std::process::ExitStatus,
    stderr: Vec<u8>,
}

/// Wait for `child`, reading its messages; past `limit` it is killed: a
/// page template can loop for ever (`#for i in range(100000) { … }`).
fn wait_bounded(
    mut child: std::process::Child,
    limit: std::time::Duration,
) -> Result<Finished, String> {
    use std::io::Read;
    let reader = child.stderr.take().map(|stderr| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let mut limited = stderr.take(MAX_STDERR);
            let _ = limited.read_to_end(&mut bytes);
            // Drain the rest so typst never blocks on a full pipe.
            let _ = std::io::copy(&mut limited.into_inner(), &mut std::io::sink());
            bytes
        })
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "typst deed er langer dan {} seconden over en is gestopt; het paginasjabloon (`pagina.typ` in --templates) loopt waarschijnlijk eindeloos, of zet {TIME_VARIABLE} hoger voor een heel groot document",
                    limit.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(e) => return Err(format!("typst kan niet gevolgd worden: {e}")),
        }
    };
    let stderr = reader.and_then(|r| r.join().ok()).unwrap_or_default();
    Ok(Finished { status, stderr })
}

pub struct Compiled {
    pub pdf: Vec<u8>,
    /// typst's warnings, one per line (`file:line:col: warning: ...`).
    pub warnings: Vec<String>,
}

impl Typst {
    /// Compile a self-contained Typst source into PDF/A-2b bytes, with
    /// `threads` threads inside typst (`--jobs`; it does not change the bytes).
    pub fn compile(
        &self,
        document: &str,
        source: &str,
        timestamp: i64,
        threads: usize,
    ) -> Result<Compiled, TypstError> {
        let failed = |message: String| TypstError::Failed {
            document: document.to_string(),
            message,
        };
        let root = tempfile::tempdir()
            .map_err(|e| failed(format!("geen tijdelijke map te maken: {e}")))?;
        let input = root.path().join(format!("{document}.typ"));
        let output = root.path().join(format!("{document}.pdf"));
        std::fs::write(&input, source)
            .map_err(|e| failed(format!("kan `{}` niet schrijven: {e}", input.display())))?;
        // An empty folder typst may not write to, for packages and their cache.
        let packages = root.path().join("geen-pakketten");
        std::fs::create_dir(&packages)
            .map_err(|e| failed(format!("geen tijdelijke map te maken: {e}")))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&packages, std::fs::Permissions::from_mode(0o555));
        }
        let child = command(&self.path)
            .arg("compile")
            .arg("--root")
            .arg(root.path())
            .arg("--package-path")
            .arg(&packages)
            .arg("--package-cache-path")
            .arg(&packages)
            .args(compile_args(timestamp))
            .arg("--jobs")
            .arg(threads.max(1).to_string())
            .arg(&input)
            .arg(&output)
            .current_dir(root.path())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| {
                failed(format!(
                    "`{}` kan niet gestart worden: {e}",
                    self.path.display()
                ))
            })?;
        let result = wait_bounded(child, time_limit()).map_err(failed)?;
        let stderr = String::from_utf8_lossy(&result.stderr);
        let root_text = root.path().to_string_lossy().to_string();
        let lines: Vec<String> = stderr
            .lines()
            .map(|l| {
                l.replace(&format!("{root_text}/"), "")
                    .replace(&root_text, "")
            })
            .filter(|l| !l.trim().is_empty())
            .collect();
        if !result.status.success() {
            let message = if lines.is_empty() {
                format!("typst stopte met {}", result.status)
            } else {
                lines.join("\n")
            };
            return Err(failed(message));
        }
        let pdf =
            std::fs::read(&output).map_err(|e| failed(format!("typst gaf geen PDF ({e})")))?;
        Ok(Compiled {
            pdf,
            warnings: lines,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midnight_utc() {
        assert_eq!(unix_midnight(1970, 1, 1), 0);
        assert_eq!(unix_midnight(2026, 3, 1), 1_772_323_200);
        assert_eq!(unix_midnight(2000, 2, 29), 951_782_400);
    }

    #[test]
    fn package_imports_are_found() {
        assert_eq!(
            package_import("#let a = 1\n#import \"@preview/cetz:0.3.0\": canvas\n"),
            Some((2, "@preview/cetz:0.3.0".to_string()))
        );
        assert_eq!(
            package_import("#import \"lokaal.typ\"\n#set text(lang: \"nl\")"),
            None
        );
    }

    #[test]
    fn path_search_finds_nothing_in_an_empty_path() {
        assert_eq!(on_path("typst", None), None);
        assert_eq!(
            on_path("typst", Some(OsString::from("/nonexistent-dir"))),
            None
        );
    }
}
