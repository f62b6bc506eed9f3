//! The Markdown escaper: every value a template inserts becomes literal text.
//!
//! Escape only what can start Markdown syntax, so the `.md` files stay
//! readable in a `git diff` (`PCV-RV-2026-01`, not `PCV\-RV\-2026\-01`):
//! - anywhere: the inline syntax characters (emphasis, code, links, images,
//!   autolinks and raw HTML, entities, table cells, strikethrough, footnotes);
//! - at the start of the value, which a template may place at the start of a
//!   line: block markers (heading, list, quote, setext underline, ordered list).
//!
//! Line breaks (and tabs) become spaces, so a value can never start a new
//! block mid-way, and outer whitespace is trimmed, so it can never become an
//! indented code block. This is tera's escape function for `.md` templates
//! (see `templates.rs`); the property test below checks it in every context a
//! template uses.

use std::io::{self, Write};

/// Characters that end a line somewhere: in Markdown, in Typst or in HTML.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Inline syntax: special wherever it stands.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '!', '$', '^', '{', '}',
];

/// Block markers: special at the start of a line.
const LEADING: &[char] = &['#', '-', '+', '=', ':'];

/// `value` as Markdown text that renders as exactly `value`.
pub(crate) fn escape(value: &str) -> String {
    let value = value.trim_matches(|c: char| c.is_whitespace());
    let mut out = String::with_capacity(value.len() + value.len() / 8);
    // An ordered-list marker: leading digits followed by `.` or `)`, then a
    // space or the end (CommonMark 5.2); `1.0` is a version, not a list.
    let digits = value.chars().take_while(char::is_ascii_digit).count();
    let digits = match value.chars().nth(digits + 1) {
        Some(next) if !next.is_whitespace() => 0,
        _ => digits,
    };
    let mut after_space = true;
    for (i, c) in value.chars().enumerate() {
        let list_marker = i == digits && digits > 0 && (c == '.' || c == ')');
        // ` #` can close an ATX heading (`# Titel #`) when the value ends a heading line.
        let closing_hash = c == '#' && after_space;
        after_space = c.is_whitespace();
        if INLINE.contains(&c) || (i == 0 && LEADING.contains(&c)) || list_marker || closing_hash {
            out.push('\\');
            out.push(c);
        } else if is_line_break(c) || c == '\t' {
            out.push(' ');
        } else if c.is_control() {
            // Other control characters have no place in a legal document.
            out.push('\u{FFFD}');
        } else {
            out.push(c);
        }
    }
    out
}

/// The signature tera wants for an escape function.
pub(crate) fn escape_fn(input: &str, output: &mut dyn Write) -> io::Result<()> {
    output.write_all(escape(input).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser};

    /// The plain text pulldown-cmark sees in `markdown`, and whether any
    /// event other than text and the given wrapping structure appeared.
    fn text_of(markdown: &str) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut structure = Vec::new();
        for ev in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
            match ev {
                Event::Text(t) => text.push_str(&t),
                other => structure.push(format!("{other:?}")),
            }
        }
        (text, structure)
    }

    fn normalised(value: &str) -> String {
        value
            .trim_matches(|c: char| c.is_whitespace())
            .chars()
            .map(|c| {
                if is_line_break(c) || c == '\t' {
                    ' '
                } else if c.is_control() {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    }

    /// Places a template puts a value: the same shape must come out, with the
    /// value as text.
    const CONTEXTS: &[&str] = &[
        "Naam: {}\n",
        "{}\n",
        "# {}\n",
        "- {}\n- twee\n",
        "1. {}\n",
        "| a | b |\n|---|---|\n| {} | x |\n",
        "**{}**\n",
        "*{}* en verder\n",
        "> {}\n",
        "tekst[^1]\n\n[^1]: {}\n",
    ];

    fn check(value: &str) {
        if normalised(value).trim().is_empty() {
            // Nothing to show: the template around it decides the structure.
            assert_eq!(escape(value).trim(), "");
            return;
        }
        let escaped = escape(value);
        for context in CONTEXTS {
            let (text, structure) = text_of(&context.replace("{}", &escaped));
            let (reference_text, reference) = text_of(&context.replace("{}", "WAARDE"));
            assert_eq!(structure, reference, "{value:?} in {context:?}");
            let expected = reference_text.replace("WAARDE", &normalised(value));
            // CommonMark trims whitespace at the ends of a paragraph or cell.
            assert_eq!(
                text.split_whitespace().collect::<Vec<_>>(),
                expected.split_whitespace().collect::<Vec<_>>(),
                "{value:?} in {context:?}"
            );
        }
    }

    #[test]
    fn hostile_values_stay_text() {
        for value in [
            "<script>alert(1)</script>",
            "*x*",
            "#set page(width: 1cm)",
            "$x$",
            "@ref",
            "{{ naam }}",
            "back\\slash\\",
            "]]",
            "[a](javascript:alert(1))",
            "<https://example.org>",
            "1. lijst",
            "    code",
            "a | b",
            "regel\nnieuwe # kop\n\n- lijst",
            "&amp; &#60;",
            "`code`",
            "~~weg~~",
            "___",
            "[^1]",
            "![img](https://x/y.png)",
            "a\u{2028}#",
            "Titel ##",
            "2026) nieuw",
            "= kop",
            "1.",
            "3)\tx",
            "1.0",
        ] {
            check(value);
        }
    }

    #[test]
    fn only_a_real_list_marker_is_escaped() {
        assert_eq!(escape("1.0"), "1.0");
        assert_eq!(escape("2026-03-01"), "2026-03-01");
        assert_eq!(escape("1. lijst"), "1\\. lijst");
        assert_eq!(escape("12)"), "12\\)");
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            // All cases in CI; a tenth on a developer's machine, to keep `cargo test` quick.
            cases: if std::env::var_os("CI").is_some() { 20_000 } else { 2_000 },
            failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
                "tests/proptest-regressions/markdown_escape.txt",
            ))),
            ..ProptestConfig::default()
        })]
        #[test]
        fn any_value_stays_text(value in "[ -~\\n\\r\\t\u{85}\u{2028}\u{a0}éß中]{0,40}") {
            check(&value);
        }
    }
}
