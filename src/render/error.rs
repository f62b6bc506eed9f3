//! What can stop a render, with its Dutch message and exit code.

use super::templates::TemplateError;
use super::typst_cli::TypstError;
use crate::diagnostic::{self, Diagnostic};
use crate::output::OutputError;
use std::path::PathBuf;

/// Most bytes the text files and Typst sources of one casus may have
/// together: a casus of a thousand parties makes a few dozen MiB.
pub(crate) const MAX_CASUS_BYTES: usize = 512 * 1024 * 1024;

#[derive(Debug)]
pub enum RenderError {
    /// `check` found errors: nothing was rendered.
    Invalid(Vec<Diagnostic>),
    NoConvenant,
    /// An earlier casus of the same run writes to the same output folder.
    SameFolder(PathBuf),
    Template(TemplateError),
    /// The documents of the casus together are larger than [`MAX_CASUS_BYTES`].
    TooLarge {
        total: usize,
        largest: String,
    },
    Typst(TypstError),
    Output(OutputError),
}

impl RenderError {
    /// The exit code: 3 when typst is missing or of another version, else 1
    /// (a document that could not be made, typst failing included).
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            RenderError::Typst(TypstError::Missing(_) | TypstError::WrongVersion { .. }) => 3,
            _ => 1,
        }
    }
}

impl RenderError {
    /// What to print: the registered code with its message and help. `None`
    /// for [`RenderError::Invalid`], whose diagnostics are printed by `check`.
    pub(crate) fn diagnostic(&self) -> Option<Diagnostic> {
        use crate::rules::maken::{SJB_03, UIT_02};
        Some(match self {
            RenderError::Invalid(_) => return None,
            RenderError::NoConvenant => crate::rules::find("CVN-00")?.report(
                "de casus heeft geen `convenant:`-blok; de documenten hebben titel, kenmerk, versie en datum nodig",
            ).help("zie casus/regio-voorbeeld voor een voorbeeld"),
            RenderError::SameFolder(dir) => UIT_02
                .report(format!(
                    "een andere casus in deze opdracht schrijft ook naar `{}`; er is niets geschreven voor deze casus",
                    diagnostic::visible(&dir.display().to_string())
                ))
                .help("geef de casusmappen verschillende namen, of maak ze met aparte opdrachten en --out"),
            RenderError::Template(e) => e.diagnostic(),
            RenderError::TooLarge { total, largest } => SJB_03
                .report(format!(
                    "de documenten van deze casus worden samen {} MiB, meer dan de grens van {} MiB; er is niets geschreven (het grootste bestand is `{}`)",
                    total / (1024 * 1024),
                    MAX_CASUS_BYTES / (1024 * 1024),
                    diagnostic::visible(largest)
                ))
                .help("kijk welke waarde in de casus zo vaak herhaald wordt, of welk sjabloon een lus te veel heeft"),
            RenderError::Typst(e) => e.diagnostic(),
            RenderError::Output(e) => e.diagnostic(),
        }
        .split_lines())
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Invalid(d) => write!(
                f,
                "de casus heeft fouten ({}); er is niets gemaakt of overschreven",
                diagnostic::summary(d)
            ),
            other => match other.diagnostic() {
                Some(d) => f.write_str(&d.message),
                None => Ok(()),
            },
        }
    }
}
