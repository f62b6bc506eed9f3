//! One diagnostic type for everything a user did wrong, with two renderings:
//! a human one (file:line:column with the source snippet) and a stable JSON one.

use crate::dpia::Verdict;
use crate::source::{Loc, Sources};
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// A finding that is not a problem, such as the DPIA verdict.
    Info,
}

impl Severity {
    pub fn dutch(self) -> &'static str {
        match self {
            Severity::Error => "fout",
            Severity::Warning => "waarschuwing",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    /// Dutch, names the party, flow or field.
    pub message: String,
    pub loc: Option<Loc>,
    /// What to write instead.
    pub help: Option<String>,
    /// The legal or technical source of the rule.
    pub bron: &'static str,
    /// The DPIA verdict as data, on the DPIA-00 finding only, so CI can read
    /// which AP list items and WP248 criteria fired without parsing Dutch.
    pub dpia: Option<Box<Verdict>>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            loc: None,
            help: None,
            bron: "",
            dpia: None,
        }
    }
    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }
    pub fn at(mut self, loc: Loc) -> Diagnostic {
        self.loc = Some(loc);
        self
    }
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    pub fn bron(mut self, bron: &'static str) -> Diagnostic {
        self.bron = bron;
        self
    }
}

/// Sort diagnostics by place, so output order does not depend on rule order.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.loc, a.code, &a.message)
            .cmp(&(b.loc, b.code, &b.message))
            .then(a.severity.cmp(&b.severity))
    });
}

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// The JSON shape of one diagnostic: stable keys for CI tooling.
#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub code: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub file: Option<String>,
    pub line: Option<u64>,
    pub column: Option<u64>,
    pub help: Option<&'a str>,
    pub bron: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpia: Option<&'a Verdict>,
}

pub fn to_json<'a>(d: &'a Diagnostic, sources: &Sources) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        code: d.code,
        severity: d.severity,
        message: &d.message,
        file: d.loc.map(|l| display_path(sources, l.file)),
        line: d.loc.map(|l| l.line),
        column: d.loc.map(|l| l.column),
        help: d.help.as_deref(),
        bron: d.bron,
        dpia: d.dpia.as_deref(),
    }
}

fn display_path(sources: &Sources, file: usize) -> String {
    sources.path(file).to_string_lossy().replace('\\', "/")
}

/// Human rendering: a header line in the `file:line:column` form editors
/// understand, then the source line with a caret, then help and source.
pub fn render_human(d: &Diagnostic, sources: &Sources) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}[{}]: {}", d.severity.dutch(), d.code, d.message);
    if let Some(loc) = d.loc {
        let _ = writeln!(
            out,
            "  --> {}:{}:{}",
            display_path(sources, loc.file),
            loc.line,
            loc.column
        );
        if let Some(file) = sources.get(loc.file)
            && let Some(text) = file.text.lines().nth(loc.line.saturating_sub(1) as usize)
        {
            let number = loc.line.to_string();
            let pad = " ".repeat(number.len());
            let caret_pad: String = text
                .chars()
                .take(loc.column.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{number} | {}", text.replace(['\r'], ""));
            let _ = writeln!(out, "{pad} | {caret_pad}^");
        }
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  = hulp: {help}");
    }
    if !d.bron.is_empty() {
        let _ = writeln!(out, "  = bron: {}", d.bron);
    }
    out
}

/// A one-line summary, as the last line of `check`.
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let fouten = if errors == 1 { "fout" } else { "fouten" };
    let waarsch = if warnings == 1 {
        "waarschuwing"
    } else {
        "waarschuwingen"
    };
    format!("{errors} {fouten}, {warnings} {waarsch}")
}
