//! A document's Markdown as the text a reader sees: escapes resolved,
//! emphasis and links reduced to their words, a table row as its cells
//! between ` | `, a list item after `– `. Headings keep their `#` marks so
//! the text can still be split into parts. The redline compares this text,
//! so it shows words and never a backslash or a `**` of the Markdown.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub fn van(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut cells_in_row = 0usize;
    for event in Parser::new_ext(md, crate::render::typst_markup::options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let n = level as usize;
                out.push_str(&"#".repeat(n));
                out.push(' ');
            }
            Event::Start(Tag::Item) => out.push_str("– "),
            Event::Start(Tag::TableRow | Tag::TableHead) => cells_in_row = 0,
            Event::Start(Tag::TableCell) => {
                if cells_in_row > 0 {
                    out.push_str(" | ");
                }
                cells_in_row += 1;
            }
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Table,
            ) => {
                trim_spaces(&mut out);
                out.push_str("\n\n");
            }
            Event::End(TagEnd::Item | TagEnd::TableRow | TagEnd::TableHead) => {
                trim_spaces(&mut out);
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::FootnoteReference(label) => {
                out.push('[');
                out.push_str(&label);
                out.push(']');
            }
            _ => {}
        }
    }
    // A paragraph inside a list item or quote also ended with a blank line.
    let mut tidy = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !tidy.is_empty() {
            tidy.push('\n');
        }
        blank = 0;
        tidy.push_str(line);
        tidy.push('\n');
    }
    tidy
}

fn trim_spaces(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_and_markup_are_gone_headings_stay() {
        let md = "## Artikel 2 Doel\n\nDe **school** meldt \\(als \\*nodig\\*) [hier](x.html).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n- een\n- twee\n";
        let t = super::van(md);
        assert_eq!(
            t,
            "## Artikel 2 Doel\n\nDe school meldt (als *nodig*) hier.\n\nA | B\n1 | 2\n\n– een\n– twee\n"
        );
    }
}
