//! How the human output on stderr looks: colour (`--color`, `NO_COLOR`)
//! and how much is said (`-q`, `-v`). Machine formats (JSON, SARIF, GitHub)
//! and files never pass through here.

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::source::Sources;
use clap::ValueEnum;
use std::ffi::OsString;
use std::io::IsTerminal;

/// `--color`: when the severity of a diagnostic is coloured.
#[derive(Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub(super) enum Kleur {
    /// Kleur als stderr een terminal is en NO_COLOR niet gezet is.
    #[default]
    Auto,
    /// Altijd kleur, ook als NO_COLOR gezet is.
    Always,
    /// Nooit kleur.
    Never,
}

/// The global flags of every command.
#[derive(clap::Args)]
pub(super) struct Globaal {
    /// Kleur in de meldingen: auto (alleen op een terminal, en niet als de
    /// omgevingsvariabele NO_COLOR gezet is), always of never.
    #[arg(long, global = true, value_enum, value_name = "WANNEER", default_value_t = Kleur::Auto)]
    color: Kleur,
    /// Stil: alleen fouten; geen waarschuwingen, bevindingen of samenvatting.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Uitvoerig: ook de bevindingen (zoals het DPIA-oordeel) helemaal.
    #[arg(short, long, global = true)]
    verbose: bool,
}

impl Globaal {
    pub fn uitvoer(&self) -> Uitvoer {
        Uitvoer::new(self.color, self.quiet, self.verbose)
    }
}

/// How much the human output says.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Niveau {
    /// `-q`: errors only.
    Stil,
    Normaal,
    /// `-v`: the findings in full.
    Uitvoerig,
}

/// The choices of the global flags, for the commands that write for people.
#[derive(Clone, Copy, Debug)]
pub(super) struct Uitvoer {
    pub kleur: bool,
    pub niveau: Niveau,
}

impl Uitvoer {
    pub fn new(kleur: Kleur, quiet: bool, verbose: bool) -> Uitvoer {
        let terminal = std::io::stderr().is_terminal();
        Uitvoer {
            kleur: kleur_aan(kleur, terminal, std::env::var_os("NO_COLOR")),
            niveau: if quiet {
                Niveau::Stil
            } else if verbose {
                Niveau::Uitvoerig
            } else {
                Niveau::Normaal
            },
        }
    }

    pub fn stil(&self) -> bool {
        self.niveau == Niveau::Stil
    }

    /// Whether a diagnostic is shown at all: with `-q` only errors.
    pub fn toont(&self, d: &Diagnostic) -> bool {
        !self.stil() || d.severity == Severity::Error
    }

    /// One diagnostic as people read it, safe for a terminal or CI log
    /// ([`diagnostic::guard`]), with its severity and code coloured when
    /// asked. The DPIA verdict is cut to its conclusion unless `-v`.
    pub fn diagnostic(&self, d: &Diagnostic, sources: &Sources) -> String {
        let text = match kort_dpia_oordeel(d) {
            Some(kort) if self.niveau < Niveau::Uitvoerig => {
                diagnostic::render_human(&kort, &Default::default())
            }
            _ => diagnostic::render_human(d, sources),
        };
        let text = diagnostic::guard(&text);
        if self.kleur {
            kleur_kop(&text, d)
        } else {
            text
        }
    }
}

/// Write text to stderr that is already guarded (such as
/// [`Uitvoer::diagnostic`] gives); other text goes through
/// `eprint_guarded`.
pub(super) fn eprint_klaar(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Whether the plain lines on stderr (`fout: …`, `let op: …`) are
/// coloured: set once from the global flags, before any command runs.
static REGELS_IN_KLEUR: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub(super) fn kleur_voor_regels(aan: bool) {
    REGELS_IN_KLEUR.store(aan, std::sync::atomic::Ordering::Relaxed);
}

/// Colour the label of a plain line (`fout:` red, `let op:` yellow) when
/// asked; the text after it was guarded before and stays as it is.
pub(super) fn kleur_label(text: &str) -> String {
    if !REGELS_IN_KLEUR.load(std::sync::atomic::Ordering::Relaxed) {
        return text.to_string();
    }
    for (label, kleur) in [("fout:", ROOD), ("let op:", GEEL)] {
        if let Some(rest) = text.strip_prefix(label) {
            return format!("{kleur}{label}{GEWOON}{rest}");
        }
    }
    text.to_string()
}

/// `auto` colours on a terminal unless `NO_COLOR` is set to something
/// (<https://no-color.org>); an explicit `always` wins over `NO_COLOR`.
fn kleur_aan(kleur: Kleur, terminal: bool, no_color: Option<OsString>) -> bool {
    match kleur {
        Kleur::Always => true,
        Kleur::Never => false,
        Kleur::Auto => terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

const ROOD: &str = "\x1b[1;31m";
const GEEL: &str = "\x1b[1;33m";
const CYAAN: &str = "\x1b[36m";
const GEWOON: &str = "\x1b[0m";

/// Colour `fout[CODE]` at the start of the rendered diagnostic. Only our
/// own prefix is coloured: the text was guarded before, so no escape of a
/// casus reaches the terminal.
fn kleur_kop(text: &str, d: &Diagnostic) -> String {
    let kop = format!("{}[{}]", d.severity.dutch(), d.code);
    let Some(rest) = text.strip_prefix(&kop) else {
        return text.to_string();
    };
    let kleur = match d.severity {
        Severity::Error => ROOD,
        Severity::Warning => GEEL,
        Severity::Info => CYAAN,
    };
    format!("{kleur}{kop}{GEWOON}{rest}")
}

/// The DPIA verdict (DPIA-00) in two lines: the conclusion and where the
/// reasons are. Other diagnostics: `None`.
fn kort_dpia_oordeel(d: &Diagnostic) -> Option<Diagnostic> {
    if d.code != "DPIA-00" {
        return None;
    }
    let a = d.dpia.as_deref()?;
    let mut kort = d.clone();
    let mut waarom = format!("{} van de 9 WP248-criteria", a.wp248.len());
    if !a.ap_lijst.is_empty() {
        let punten: Vec<String> = a.ap_lijst.iter().map(|s| s.nummer.to_string()).collect();
        waarom.push_str(&format!(", AP-lijst punt {}", crate::nl::en(&punten)));
    }
    kort.message = format!(
        "{} ({waarom}); de redenen staan in de DPIA (`convenant render`) en bij `convenant check -v`",
        a.oordeel.label(),
    );
    kort.loc = None;
    kort.path = None;
    kort.help = None;
    kort.bron = "";
    kort.detail.clear();
    Some(kort)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_is_honoured_by_auto_only() {
        let set = || Some(OsString::from("1"));
        assert!(kleur_aan(Kleur::Auto, true, None));
        assert!(kleur_aan(Kleur::Auto, true, Some(OsString::new())));
        assert!(!kleur_aan(Kleur::Auto, true, set()));
        assert!(!kleur_aan(Kleur::Auto, false, None));
        assert!(kleur_aan(Kleur::Always, false, set()));
        assert!(!kleur_aan(Kleur::Never, true, None));
    }

    #[test]
    fn only_the_own_prefix_is_coloured() {
        let d = Diagnostic::error("GRD-01", "x");
        assert_eq!(
            kleur_kop("fout[GRD-01]: x\n", &d),
            "\x1b[1;31mfout[GRD-01]\x1b[0m: x\n"
        );
        assert_eq!(kleur_kop("iets anders\n", &d), "iets anders\n");
    }
}
