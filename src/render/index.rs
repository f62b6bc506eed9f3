//! `out/<casus>/index.html`: every document with its files, and what `check` found.

use super::templates::Templates;
use super::views::CasusView;
use super::{Document, Format, html};
use crate::check::Checked;
use crate::diagnostic::{self, Severity};
use std::collections::BTreeSet;

/// The summary line of `check` for the index page, and its findings other
/// than errors (there are none: we only render without errors), as HTML.
fn check_summary(checked: &Checked) -> (String, Vec<String>) {
    let warnings = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Error)
        .map(|d| {
            format!(
                "<strong>{} {}</strong>: {}",
                d.severity.dutch(),
                d.code,
                code_spans(&html::escape(&d.message))
            )
        })
        .collect();
    (diagnostic::summary(&checked.diagnostics), warnings)
}

/// Messages quote ids between backticks, as in a terminal; on the page they
/// become `<code>`. The text is escaped HTML already, so it holds no tags.
fn code_spans(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    let mut parts = escaped.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let rest: Vec<&str> = parts.collect();
    // An unpaired backtick stays as it is.
    let paired = rest.len().is_multiple_of(2);
    for (i, part) in rest.iter().enumerate() {
        let last_unpaired = !paired && i == rest.len() - 1;
        if last_unpaired {
            out.push('`');
        } else {
            out.push_str(if i % 2 == 0 { "<code>" } else { "</code>" });
        }
        out.push_str(part);
    }
    out
}

/// `out/<casus>/index.html`: every document with the files it has.
pub(crate) fn index_page(
    templates: &Templates,
    view: &CasusView,
    docs: &[Document],
    files: &BTreeSet<String>,
    checked: &Checked,
) -> String {
    use html::escape as e;
    let c = &view.convenant;
    let mut body = format!(
        "<h1>{}</h1>\n<p>Kenmerk {}, versie {}, {} te {}.</p>\n<h2>Documenten</h2>\n<table>\n<thead><tr><th>Document</th><th>Bestanden</th></tr></thead>\n<tbody>\n",
        e(&c.titel),
        e(&c.kenmerk),
        e(&c.versie),
        e(&c.datum),
        e(&c.plaats)
    );
    for d in docs {
        let links: Vec<String> = Format::ALL
            .iter()
            .map(|f| format!("{}.{}", d.stem, f.ext()))
            .filter(|name| files.contains(name))
            .map(|name| {
                let ext = name.rsplit('.').next().unwrap_or("");
                format!("<a href=\"{}\">{}</a>", e(&name), ext.to_uppercase())
            })
            .collect();
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td></tr>\n",
            e(&d.titel),
            links.join(" · ")
        ));
    }
    body.push_str("</tbody>\n</table>\n");
    let (summary, warnings) = check_summary(checked);
    body.push_str(&format!(
        "<h2>Controle</h2>\n<p>convenant check: {}.</p>\n",
        e(&summary)
    ));
    if !warnings.is_empty() {
        body.push_str("<ul>\n");
        for w in &warnings {
            body.push_str(&format!("<li>{w}</li>\n"));
        }
        body.push_str("</ul>\n");
    }
    html::page(
        &format!("Documenten: {}", c.titel),
        &templates.stijl_css,
        &body,
    )
}

#[cfg(test)]
mod tests {
    use super::code_spans;

    #[test]
    fn backticks_become_code_and_an_odd_one_stays() {
        assert_eq!(
            code_spans("partij `a` en `b`"),
            "partij <code>a</code> en <code>b</code>"
        );
        assert_eq!(code_spans("een ` alleen"), "een ` alleen");
        assert_eq!(code_spans("`a` en `"), "<code>a</code> en `");
        assert_eq!(code_spans("&lt;script&gt;"), "&lt;script&gt;");
    }
}
