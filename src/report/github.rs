//! `check --format github`: one GitHub Actions workflow command per
//! finding (`::error file=…,line=…,col=…,title=CODE::message`), so each
//! shows as an annotation on its line in a pull request.
//!
//! Escaping follows the runner's rules: in the message `%`, CR and LF
//! become `%25`, `%0D`, `%0A`; in a property also `:` and `,` (`%3A`,
//! `%2C`). A finding is then always one line, whatever a casus contains,
//! and `##` (which starts a command anywhere in a line on other CI
//! systems) is broken up as in every other output.

use super::{Casusverslag, full_text};
use crate::diagnostic::Severity;

/// Every finding of every casus, one command a line.
pub fn render(verslagen: &[Casusverslag]) -> String {
    let mut out = String::new();
    for v in verslagen {
        for d in &v.checked.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let place = v.place(d);
            let mut props = Vec::new();
            if let Some(file) = &place.file {
                props.push(format!(
                    "file={}",
                    property(&crate::diagnostic::visible(file))
                ));
            }
            if let Some(line) = place.line {
                props.push(format!("line={line}"));
            }
            if let Some(col) = place.column {
                props.push(format!("col={col}"));
            }
            props.push(format!("title={}", property(d.code)));
            let text = format!(
                "{}\nmeer uitleg: `convenant explain {}`",
                full_text(d),
                d.code
            );
            // No control or invisible character of a casus reaches the log.
            let text: Vec<String> = text.split('\n').map(crate::diagnostic::visible).collect();
            let text = text.join("\n");
            out.push_str(&format!(
                "::{command} {}::{}\n",
                props.join(","),
                data(&text)
            ));
        }
    }
    out
}

/// The message part of a workflow command.
pub(crate) fn data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out.replace("##", "#%23")
}

/// A property value of a workflow command.
pub(crate) fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("100%\r\nklaar"), "100%25%0D%0Aklaar");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(data("x::error::y"), "x::error::y");
        assert_eq!(data("x##vso[task]"), "x#%23vso[task]");
    }
}
