//! One diagnostic type for everything a user did wrong, with two renderings:
//! a human one (file:line:column with the source snippet) and a stable JSON one.

use crate::dpia::Assessment;
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
    pub(crate) fn dutch(self) -> &'static str {
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
    pub dpia: Option<Box<Assessment>>,
    /// Lines under the message, such as the missing parts of a document or
    /// typst's own output: printed one by one, each escaped and indented.
    pub detail: Vec<String>,
    /// For a problem of a folder or of a file that could not be read (no
    /// line to point at): that path, so CI reports still name it.
    pub path: Option<std::path::PathBuf>,
}

impl Diagnostic {
    pub(crate) fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            loc: None,
            help: None,
            bron: "",
            dpia: None,
            detail: Vec::new(),
            path: None,
        }
    }
    /// The folder or file a problem without a line is about.
    pub(crate) fn on_path(mut self, path: &std::path::Path) -> Diagnostic {
        self.path = Some(path.to_path_buf());
        self
    }
    pub(crate) fn at(mut self, loc: Loc) -> Diagnostic {
        self.loc = Some(loc);
        self
    }
    pub(crate) fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    /// Keep the first line of a multi-line message as the message and the
    /// rest as [`Diagnostic::detail`]. For problems of the render phase,
    /// whose messages quote templates and typst; a user value in a `check`
    /// message stays on one line, with its line breaks escaped.
    pub(crate) fn split_lines(mut self) -> Diagnostic {
        if let Some((first, rest)) = self.message.split_once('\n') {
            self.detail = rest.lines().map(str::to_string).collect();
            self.message = first.to_string();
        }
        self
    }
}

/// Sort diagnostics by place, so output order does not depend on rule order.
pub(crate) fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.loc, a.code, &a.message)
            .cmp(&(b.loc, b.code, &b.message))
            .then(a.severity.cmp(&b.severity))
    });
}

/// The order a person reads: errors first, then warnings, then notices
/// (the DPIA verdict, the open items), so the first lines on screen are what
/// must be fixed. Among the errors a cause comes before its consequences: an
/// unreadable file or a bad id (`YAML-*`, `LAD-*`, `ID-*`) before the
/// references that fail because of it (`REF-01`). Within each group the
/// order by place stays.
pub(crate) fn for_people(diagnostics: &mut [Diagnostic]) {
    let cause = |code: &str| {
        if ["YAML-", "LAD-", "ID-", "GRP-", "CAT-"]
            .iter()
            .any(|p| code.starts_with(p))
        {
            0
        } else if code == "REF-01" {
            2
        } else {
            1
        }
    };
    diagnostics.sort_by_key(|d| (d.severity, cause(d.code)));
}

/// The JSON shape of one diagnostic: stable keys for CI tooling.
#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub code: &'a str,
    pub severity: Severity,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<u64>,
    pub column: Option<u64>,
    pub help: Option<String>,
    pub bron: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpia: Option<&'a Assessment>,
}

pub(crate) fn to_json<'a>(d: &'a Diagnostic, sources: &Sources) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        code: d.code,
        severity: d.severity,
        message: capped(&if d.detail.is_empty() {
            d.message.clone()
        } else {
            format!("{}\n{}", d.message, d.detail.join("\n"))
        }),
        file: d.loc.map(|l| display_path(sources, l.file)).or_else(|| {
            d.path
                .as_ref()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
        }),
        line: d.loc.map(|l| l.line),
        column: d.loc.map(|l| l.column),
        help: d.help.as_deref().map(capped),
        bron: d.bron,
        dpia: d.dpia.as_deref(),
    }
}

/// JSON escapes every control character itself; only the length is capped.
fn capped(text: &str) -> String {
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((i, _)) => format!("{}… (ingekort)", &text[..i]),
        None => text.to_string(),
    }
}

fn display_path(sources: &Sources, file: usize) -> String {
    sources.path(file).to_string_lossy().replace('\\', "/")
}

/// Longest message or help text printed, in characters.
pub(crate) const MAX_MESSAGE_CHARS: usize = 2_000;
/// Characters of a source line shown on each side of the column.
const SNIPPET_RADIUS: usize = 60;

/// A text from the casus or the file system made safe to print on one line:
/// a line break, a tab, a control character (C0, DEL, C1) or an invisible
/// or direction-changing character is shown as its escape (`\n`,
/// `\u{202e}`), so no user text can start a log line of its own (a CI
/// workflow command), move the cursor, or read backwards. Long texts are cut.
pub(crate) fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_MESSAGE_CHARS));
    for (i, c) in text.chars().enumerate() {
        if i == MAX_MESSAGE_CHARS {
            out.push_str("… (ingekort)");
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if crate::scan::is_control(c) || crate::scan::is_invisible(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Text for a terminal or CI log, line by line: each line [`visible`]
/// (controls and bidi characters escaped, cut when very long); a line that
/// would begin a CI command after its indentation (`::error` in GitHub
/// Actions, which trims the line first) gets its `:` escaped; and `##`,
/// which starts a command anywhere in a line (`##vso[` in Azure Pipelines,
/// `##[error]`, `##teamcity[`), is written `#\u{23}`. Our own lines never
/// look like that; a folder name, template or typst message might.
pub(crate) fn guard(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body.strip_suffix('\r').unwrap_or(body), "\n"),
            None => (line, ""),
        };
        let shown = visible(body).replace("##", "#\\u{23}");
        let indent = shown.len() - shown.trim_start().len();
        if shown[indent..].starts_with("::") {
            out.push_str(&shown[..indent]);
            out.push_str("\\u{3a}");
            out.push_str(&shown[indent + 1..]);
        } else {
            out.push_str(&shown);
        }
        out.push_str(end);
    }
    out
}

/// The part of a source line around `column` (1-based, in characters), made
/// [`visible`], with the caret's offset in that part. A long line is cut to
/// a window with `…` at the cut ends.
fn snippet(line: &str, column: u64) -> (String, usize) {
    let chars: Vec<char> = line.chars().filter(|&c| c != '\r').collect();
    let at = (column.saturating_sub(1) as usize).min(chars.len());
    let from = at.saturating_sub(SNIPPET_RADIUS);
    let to = (at + SNIPPET_RADIUS).min(chars.len());
    let mut shown = String::new();
    let mut caret = 0;
    if from > 0 {
        shown.push('…');
        caret += 1;
    }
    for (i, &c) in chars[from..to].iter().enumerate() {
        let part = if c == '\t' {
            " ".to_string()
        } else {
            visible(&c.to_string())
        };
        if from + i < at {
            caret += part.chars().count();
        }
        shown.push_str(&part);
    }
    if to < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

/// Most detail lines printed under one message.
const MAX_DETAIL_LINES: usize = 40;

/// Human rendering: a header line in the `file:line:column` form editors
/// understand, then the source line with a caret, then help and source, and
/// last the `convenant explain` command for the code.
/// Every text in it is [`visible`]: one diagnostic never prints a line that
/// does not start with its own prefix.
pub(crate) fn render_human(d: &Diagnostic, sources: &Sources) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}[{}]: {}",
        d.severity.dutch(),
        d.code,
        visible(&d.message)
    );
    if let Some(loc) = d.loc {
        let _ = writeln!(
            out,
            "  --> {}:{}:{}",
            visible(&display_path(sources, loc.file)),
            loc.line,
            loc.column
        );
        if let Some(file) = sources.get(loc.file)
            && let Some(text) = file.line(loc.line)
        {
            let number = loc.line.to_string();
            let pad = " ".repeat(number.len());
            let (shown, caret) = snippet(text, loc.column);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{number} | {shown}");
            let _ = writeln!(out, "{pad} | {}^", " ".repeat(caret));
        }
    }
    for line in d.detail.iter().take(MAX_DETAIL_LINES) {
        let _ = writeln!(out, "  | {}", visible(line));
    }
    if d.detail.len() > MAX_DETAIL_LINES {
        let _ = writeln!(
            out,
            "  | … ({} regels meer)",
            d.detail.len() - MAX_DETAIL_LINES
        );
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  = hulp: {}", visible(help));
    }
    if !d.bron.is_empty() {
        let _ = writeln!(out, "  = bron: {}", d.bron);
    }
    // Worded as in the GitHub annotations; only for codes `explain` knows.
    if crate::rules::find(d.code).is_some() {
        let _ = writeln!(out, "  = meer uitleg: `convenant explain {}`", d.code);
    }
    out
}

/// A one-line summary, as the last line of `check`.
pub(crate) fn summary(diagnostics: &[Diagnostic]) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_start_a_line_or_steer_the_terminal() {
        let hostile = "Gemeente\n::error file=README.md,line=1::PWNED\u{1b}]0;x\u{7}\u{202e}";
        let shown = visible(hostile);
        assert!(!shown.contains('\n') && !shown.contains('\u{1b}') && !shown.contains('\u{202e}'));
        assert_eq!(
            shown,
            "Gemeente\\n::error file=README.md,line=1::PWNED\\u{1b}]0;x\\u{7}\\u{202e}"
        );
        let mut sources = Sources::default();
        let file = sources.add("a\nb.yaml".into(), format!("naam: \"{hostile}\"\n"));
        let d = Diagnostic::error("TXT-01", hostile).help(hostile).at(Loc {
            file,
            line: 1,
            column: 7,
        });
        let text = render_human(&d, &sources);
        for line in text.lines() {
            assert!(
                ["fout[", "  --> ", "  |", "1 | ", "  = "]
                    .iter()
                    .any(|p| line.starts_with(p)),
                "a line of its own: {line:?}"
            );
            assert!(!line.chars().any(|c| c.is_control()), "{line:?}");
        }
    }

    #[test]
    fn guarded_output_keeps_its_lines_and_starts_none_with_a_ci_command() {
        let text = "fout: x\n::error::pwned\u{1b}[31m\n  ::warning::y\nmap x##vso[task.complete]\n  = hulp: y\n";
        let shown = guard(text);
        assert_eq!(
            shown,
            "fout: x\n\\u{3a}:error::pwned\\u{1b}[31m\n  \\u{3a}:warning::y\nmap x#\\u{23}vso[task.complete]\n  = hulp: y\n"
        );
        assert_eq!(guard("a\r\nb"), "a\nb");
    }

    #[test]
    fn long_lines_and_messages_are_cut_around_the_column() {
        let line = format!("naam: {}X{}", "a".repeat(5000), "b".repeat(5000));
        let (shown, caret) = snippet(&line, 5007);
        assert!(shown.chars().count() < 2 * SNIPPET_RADIUS + 3, "{shown}");
        assert_eq!(shown.chars().nth(caret), Some('X'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert!(visible(&"x".repeat(50_000)).chars().count() < MAX_MESSAGE_CHARS + 20);
        assert_eq!(snippet("  - a", 5), ("  - a".to_string(), 4));
    }
}
