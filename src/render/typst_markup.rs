//! Our converter from pulldown-cmark events to Typst markup.
//!
//! All text is escaped: every ASCII punctuation character gets a backslash,
//! line breaks become spaces, and every embedded expression we emit ends with
//! `;`, so text that follows it can never continue the call (in Typst markup
//! a `(`, `[` or `.` right after an expression would). Structure uses Typst's function syntax (`#list(...)`, `#table(...)`)
//! rather than its shorthand, which depends on indentation and line starts.
//! Raw HTML is shown as text; links keep only http(s) and mailto targets.

use super::diagram::{Diagram, Diagrams};
use super::markdown_escape::is_line_break;
use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The Markdown extensions our templates use; the HTML writer uses the same.
pub(crate) fn options() -> Options {
    // Heading attributes only for anchors (`{#open-3}`, see the `anker`
    // function); escaped text cannot write one, as `{` is escaped.
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// `text` as Typst markup that shows exactly `text` (line breaks as spaces).
pub(crate) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
            out.push(c);
        } else if is_line_break(c) || c == '\t' {
            out.push(' ');
        } else if c.is_control() {
            out.push('\u{FFFD}');
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` as a complete Typst string literal, quotes included.
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Link targets we keep, in HTML and in PDF.
pub(crate) fn allowed_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "#"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// The events of a document's Markdown: parsed once, for each format made
/// from it (HTML, Typst, DOCX).
pub(crate) fn parse(markdown: &str) -> Vec<Event<'_>> {
    Parser::new_ext(markdown, options()).collect()
}

/// The events of a Markdown document without its footnote definitions, and
/// those definitions by label: Typst and DOCX put a footnote's text where it
/// is referenced. A document without footnotes (the usual case) is borrowed
/// as it is.
pub(crate) fn events_and_footnotes<'b, 'a>(
    events: &'b [Event<'a>],
) -> (Cow<'b, [Event<'a>]>, BTreeMap<String, Vec<Event<'a>>>) {
    let mut footnotes: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    if !events
        .iter()
        .any(|e| matches!(e, Event::Start(Tag::FootnoteDefinition(_))))
    {
        return (Cow::Borrowed(events), footnotes);
    }
    let mut body = Vec::with_capacity(events.len());
    let mut iter = events.iter().cloned();
    while let Some(ev) = iter.next() {
        if let Event::Start(Tag::FootnoteDefinition(label)) = ev {
            let mut depth = 1;
            let mut def = Vec::new();
            for inner in iter.by_ref() {
                match &inner {
                    Event::Start(Tag::FootnoteDefinition(_)) => depth += 1,
                    Event::End(TagEnd::FootnoteDefinition) => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                def.push(inner);
            }
            footnotes.insert(label.to_string(), def);
        } else {
            body.push(ev);
        }
    }
    (Cow::Owned(body), footnotes)
}

/// Typst markup for a Markdown document.
#[cfg(test)]
pub(crate) fn convert(markdown: &str) -> String {
    convert_with(&parse(markdown), &Diagrams::new())
}

/// The same, with an image of one of our diagrams as that SVG, its bytes in
/// the source (typst reads no file for it); a wide one on a landscape page.
pub(crate) fn convert_with(events: &[Event], diagrams: &Diagrams) -> String {
    // Footnote definitions are typeset at their reference: collect them first.
    let (body, footnotes) = events_and_footnotes(events);
    let mut w = Writer {
        out: String::new(),
        footnotes: &footnotes,
        open_footnotes: Vec::new(),
        links: Vec::new(),
        code: None,
        paragraph_start: 0,
        lead_in: None,
        diagrams,
        diagram: None,
    };
    w.events(&body);
    let mut out = w.out.trim_end().to_string();
    out.push('\n');
    out
}

struct Writer<'a> {
    out: String,
    diagrams: &'a Diagrams,
    /// The diagram whose image is open, and its alt text so far.
    diagram: Option<(&'a Diagram, String)>,
    footnotes: &'a BTreeMap<String, Vec<Event<'a>>>,
    /// Footnotes being written, to stop a footnote that cites itself.
    open_footnotes: Vec<String>,
    /// For each open link: whether we wrote it as a link (or only its text).
    links: Vec<bool>,
    /// The text of an open code block.
    code: Option<String>,
    /// Where the current paragraph began in `out`.
    paragraph_start: usize,
    /// The span of the paragraph just written, if it ends with a colon: the
    /// lead-in of a table ("De gegevensstromen zijn:"), kept on its page.
    lead_in: Option<(usize, usize)>,
}

impl<'a> Writer<'a> {
    fn events(&mut self, events: &[Event]) {
        for ev in events {
            self.event(ev);
        }
    }

    fn line_start(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn block_end(&mut self) {
        self.trim_end();
        self.out.push_str("\n\n");
    }

    /// Drop trailing whitespace (never part of an escape: we never put a
    /// backslash before whitespace).
    fn trim_end(&mut self) {
        let len = self.out.trim_end().len();
        self.out.truncate(len);
    }

    fn text(&mut self, text: &str) {
        match &mut self.code {
            Some(code) => code.push_str(text),
            None => self.out.push_str(&escape_markup(text)),
        }
    }

    fn event(&mut self, ev: &Event) {
        // A lead-in and its table stay together: the lead-in becomes a sticky
        // block, which Typst keeps on the page of what follows it.
        if let Some((start, end)) = self.lead_in.take()
            && matches!(ev, Event::Start(Tag::Table(_)))
        {
            self.out.insert_str(end, "];");
            self.out.insert_str(start, "#block(sticky: true)[");
        }
        if let Some((d, alt)) = &mut self.diagram {
            match ev {
                Event::End(TagEnd::Image) => {
                    let d: &Diagram = d;
                    let alt = std::mem::take(alt);
                    self.diagram = None;
                    self.image(d, &alt);
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(t),
                _ => {}
            }
            return;
        }
        match ev {
            Event::Start(Tag::Image { dest_url, .. })
                if self.diagrams.contains_key(dest_url.as_ref()) =>
            {
                let diagrams: &'a Diagrams = self.diagrams;
                self.diagram = diagrams.get(dest_url.as_ref()).map(|d| (d, String::new()));
            }
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(t),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
            Event::Code(t) => {
                self.out.push_str("#raw(");
                self.out.push_str(&string_literal(t));
                self.out.push_str(");");
            }
            Event::FootnoteReference(label) => self.footnote(label),
            Event::SoftBreak => self.out.push(' '),
            Event::HardBreak => self.out.push_str("#linebreak();"),
            // A thematic break (`---`) starts a new page in the PDF: the
            // templates put one before a signature page or a form.
            Event::Rule => {
                self.line_start();
                self.out.push_str("#pagebreak(weak: true);\n\n");
            }
            Event::TaskListMarker(done) => self.out.push_str(if *done { "☑ " } else { "☐ " }),
        }
    }

    fn image(&mut self, d: &Diagram, alt: &str) {
        self.out.push_str(&d.typst(alt));
    }

    fn footnote(&mut self, label: &str) {
        match self.footnotes.get(label) {
            Some(def) if !self.open_footnotes.iter().any(|l| l == label) => {
                self.open_footnotes.push(label.to_string());
                self.out.push_str("#footnote[");
                self.events(def);
                self.trim_end();
                self.out.push_str("];");
                self.open_footnotes.pop();
            }
            _ => self.text(&format!("[^{label}]")),
        }
    }

    fn start(&mut self, tag: &Tag) {
        match tag {
            Tag::Paragraph => self.paragraph_start = self.out.len(),
            Tag::HtmlBlock | Tag::MetadataBlock(_) => {}
            Tag::Heading { level, .. } => {
                self.line_start();
                let n = *level as usize;
                self.out.push_str(&"=".repeat(n));
                self.out.push(' ');
            }
            Tag::BlockQuote(_) => {
                self.line_start();
                self.out.push_str("#quote(block: true)[");
            }
            Tag::CodeBlock(_) => {
                self.line_start();
                self.code = Some(String::new());
            }
            Tag::List(start) => {
                self.line_start();
                match start {
                    Some(n) => self.out.push_str(&format!("#enum(start: {n},\n")),
                    None => self.out.push_str("#list(\n"),
                }
            }
            Tag::Item => self.out.push_str("  ["),
            Tag::FootnoteDefinition(_) => {} // taken out in `convert`
            Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {}
            Tag::Table(aligns) => {
                self.line_start();
                let align: Vec<&str> = aligns
                    .iter()
                    .map(|a| match a {
                        Alignment::Center => "center",
                        Alignment::Right => "right",
                        Alignment::None | Alignment::Left => "left",
                    })
                    .collect();
                self.out.push_str(&format!(
                    "#table(columns: {}, align: ({},),\n",
                    aligns.len().max(1),
                    align.join(", ")
                ));
            }
            Tag::TableHead => self.out.push_str("  table.header("),
            Tag::TableRow => self.out.push_str("  "),
            Tag::TableCell => self.out.push('['),
            Tag::Emphasis => self.out.push_str("#emph["),
            Tag::Strong => self.out.push_str("#strong["),
            Tag::Strikethrough => self.out.push_str("#strike["),
            Tag::Superscript => self.out.push_str("#super["),
            Tag::Subscript => self.out.push_str("#sub["),
            Tag::Link { dest_url, .. } if super::open::is_mark(dest_url) => {
                // An open item: highlighted, so nobody signs past it.
                self.out
                    .push_str("#highlight(fill: rgb(\"#ffe98a\"), extent: 1pt)[");
                self.links.push(true);
            }
            Tag::Link { dest_url, .. } => {
                // A fragment has no meaning in the PDF: keep only the text.
                let keep = allowed_link(dest_url) && !dest_url.starts_with('#');
                if keep {
                    self.out.push_str("#link(");
                    self.out.push_str(&string_literal(dest_url));
                    self.out.push_str(")[");
                }
                self.links.push(keep);
            }
            // Images are never loaded: their alt text stands in their place.
            Tag::Image { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.trim_end();
                if self.out.ends_with("\\:") {
                    self.lead_in = Some((self.paragraph_start, self.out.len()));
                }
                self.block_end();
            }
            TagEnd::HtmlBlock | TagEnd::Heading(_) => self.block_end(),
            TagEnd::MetadataBlock(_) => {}
            TagEnd::BlockQuote(_) => {
                self.trim_end();
                self.out.push_str("];\n\n");
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                self.out.push_str("#raw(block: true, ");
                self.out
                    .push_str(&string_literal(code.trim_end_matches('\n')));
                self.out.push_str(");\n\n");
            }
            TagEnd::List(_) => {
                self.trim_end();
                self.out.push_str("\n);\n\n");
            }
            TagEnd::Item => {
                self.trim_end();
                self.out.push_str("],\n");
            }
            TagEnd::FootnoteDefinition => {}
            TagEnd::DefinitionList => self.block_end(),
            TagEnd::DefinitionListTitle | TagEnd::DefinitionListDefinition => self.out.push(' '),
            TagEnd::Table => {
                self.trim_end();
                self.out.push_str("\n);\n\n");
            }
            TagEnd::TableHead => {
                self.trim_end();
                self.out.push_str("),\n");
            }
            TagEnd::TableRow => {
                self.trim_end();
                self.out.push('\n');
            }
            TagEnd::TableCell => {
                self.trim_end();
                self.out.push_str("], ");
            }
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript => self.out.push_str("];"),
            TagEnd::Link => {
                if self.links.pop().unwrap_or(false) {
                    self.out.push_str("];");
                }
            }
            TagEnd::Image => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use typst_syntax::{SyntaxKind, SyntaxNode};

    /// The kinds of all nodes that are not plain text, in tree order.
    fn structure(node: &SyntaxNode, out: &mut Vec<SyntaxKind>) {
        let kind = node.kind();
        if !matches!(
            kind,
            SyntaxKind::Text | SyntaxKind::Escape | SyntaxKind::Space
        ) {
            out.push(kind);
        }
        for child in node.children() {
            structure(child, out);
        }
    }

    /// The text a run of markup shows: escapes resolved.
    fn shown(node: &SyntaxNode, out: &mut String) {
        match node.kind() {
            SyntaxKind::Text | SyntaxKind::Space => out.push_str(node.leaf_text()),
            SyntaxKind::Escape => out.push_str(&node.leaf_text()[1..]),
            SyntaxKind::Parbreak => out.push(' '),
            _ => {
                for child in node.children() {
                    shown(child, out);
                }
            }
        }
    }

    fn parse_ok(source: &str) -> SyntaxNode {
        let root = typst_syntax::parse(source);
        assert!(
            !root.diagnosis().errors,
            "parse errors in {source:?}: {:?}",
            root.errors_and_warnings().0
        );
        root
    }

    /// Every place the converter and the page template put escaped text.
    const MARKUP_CONTEXTS: &[&str] = &[
        "{}",
        "tekst {} tekst",
        "= {}\n\nverder",
        "== Artikel 1 {}\n",
        "#strong[{}];",
        "#strong[x];{}",
        "#emph[a];{}",
        "#emph[{}];.",
        "#strike[{}];",
        "#link(\"https://example.org\")[{}];",
        "#link(\"https://example.org\")[x];{}",
        "#list(\n  [{}],\n  [b],\n);\n\n",
        "#enum(start: 3,\n  [{}],\n);\n\n",
        "#table(columns: 2, align: (left, left,),\n  table.header([{}], [b], ),\n  [{}], [x], \n);\n\n",
        "#quote(block: true)[{}];",
        "a#footnote[{}];b",
        "#footnote[x];{}",
        "#raw(\"x\");{}",
        "#linebreak();{}",
        "#pagebreak(weak: true);\n\n{}",
    ];

    const STRING_CONTEXTS: &[&str] = &[
        "#raw({});",
        "#raw(block: true, {});",
        "#link({})[x];",
        "#let meta = (titel: {}, kenmerk: \"x\")\n",
    ];

    fn check_markup(value: &str) {
        let escaped = escape_markup(value);
        let expected: String = value
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
            .collect();
        for context in MARKUP_CONTEXTS {
            let source = context.replace("{}", &escaped);
            let reference = context.replace("{}", "WAARDE");
            let (mut got, mut want) = (Vec::new(), Vec::new());
            structure(&parse_ok(&source), &mut got);
            structure(&parse_ok(&reference), &mut want);
            assert_eq!(got, want, "{value:?} changed the structure of {context:?}");
            let (mut text, mut ref_text) = (String::new(), String::new());
            shown(&parse_ok(&source), &mut text);
            shown(&parse_ok(&reference), &mut ref_text);
            let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(
                squash(&text),
                squash(&ref_text.replace("WAARDE", &expected)),
                "{value:?} in {context:?}"
            );
        }
    }

    fn check_string(value: &str) {
        let literal = string_literal(value);
        for context in STRING_CONTEXTS {
            let source = context.replace("{}", &literal);
            let reference = context.replace("{}", "\"x\"");
            let (mut got, mut want) = (Vec::new(), Vec::new());
            structure(&parse_ok(&source), &mut got);
            structure(&parse_ok(&reference), &mut want);
            assert_eq!(got, want, "{value:?} in {context:?}");
        }
        // And the literal means the value.
        let root = parse_ok(&format!("#{literal}"));
        let mut found = None;
        fn find(node: &SyntaxNode, found: &mut Option<String>) {
            if node.kind() == SyntaxKind::Str {
                let s: typst_syntax::ast::Str = node.cast().unwrap();
                *found = Some(s.get().to_string());
            }
            for c in node.children() {
                find(c, found);
            }
        }
        find(&root, &mut found);
        assert_eq!(found.as_deref(), Some(value));
    }

    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "*x*",
        "#set page(width: 1cm)",
        "$x$",
        "@ref",
        "{{ naam }}",
        "back\\slash\\",
        "\\u{1F5FA}",
        "]]",
        "[a](javascript:alert(1))",
        "https://example.org/x",
        "// commentaar",
        "/* blok",
        "= kop",
        "- lijst",
        "+ enum",
        "1. enum",
        "/ term: x",
        "`raw`",
        "<label>",
        "(0)",
        "[inhoud]",
        "a\nb\r\nc\u{2028}d",
        "--- -- -? ...",
        "~ 'x' \"y\"",
        "\\",
        "",
    ];

    #[test]
    fn hostile_text_stays_text_in_every_position() {
        for value in HOSTILE {
            check_markup(value);
            check_string(value);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            // All cases in CI; a fifth on a developer's machine, to keep `cargo test` quick.
            cases: if std::env::var_os("CI").is_some() { 1_500 } else { 300 },
            failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
                "tests/proptest-regressions/typst_markup.txt",
            ))),
            ..ProptestConfig::default()
        })]
        #[test]
        fn any_text_stays_text(value in "[ -~\\n\\r\\t\u{85}\u{2028}\u{2029}\u{0B}\u{0C}\u{a0}éß中]{0,40}") {
            check_markup(&value);
        }

        #[test]
        fn any_string_literal_means_its_value(value in "[ -~\\n\\r\\t\u{85}\u{2028}\u{a0}é中]{0,40}") {
            check_string(&value);
        }

        /// The whole converter: Markdown made by our escaper, with structure
        /// around it, gives Typst that parses and shows the value.
        #[test]
        fn converted_markdown_shows_the_value(value in "[ -~\\n\u{2028}é]{1,30}") {
            let md_value = super::super::markdown_escape::escape(&value);
            for template in [
                "# Kop {}\n\nTekst {} met *nadruk {}* en **vet**.\n\n- {}\n- b\n\n| a | b |\n|---|---|\n| {} | x |\n\nVoetnoot[^1].\n\n[^1]: {}\n",
                "De stromen van {}:\n\n| a | b |\n|---|---|\n| {} | x |\n",
                "1. {}\n2. [link {}](https://example.org)\n\n> {}\n",
            ] {
                let typst = convert(&template.replace("{}", &md_value));
                let root = parse_ok(&typst);
                let mut text = String::new();
                shown(&root, &mut text);
                let want: String = value
                    .chars()
                    .map(|c| if is_line_break(c) { ' ' } else { c })
                    .collect();
                let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                prop_assert!(squash(&text).contains(&squash(&want)), "{:?} not in {:?}", want, text);
            }
        }
    }

    #[test]
    fn a_lead_in_with_a_colon_stays_with_its_table() {
        let typst =
            convert("Tekst.\n\nDe stromen:\n\n| a |\n|---|\n| 1 |\n\nGeen tabel:\n\nmaar tekst.\n");
        parse_ok(&typst);
        insta::assert_snapshot!(typst, @r#"
        Tekst\.

        #block(sticky: true)[De stromen\:];

        #table(columns: 1, align: (left,),
          table.header([a],),
          [1],
        );

        Geen tabel\:

        maar tekst\.
        "#);
    }

    #[test]
    fn converts_the_structures_we_use() {
        let md = "# Titel\n\nEen *nadruk*, **vet** en ~~weg~~.\n\n## Lijst\n\n- een\n- twee\n\n3. drie\n4. vier\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\nZie [site](https://example.org) en [x](javascript:alert(1)).[^n]\n\n[^n]: De voetnoot.\n\n<b>html</b>\n";
        let typst = convert(md);
        parse_ok(&typst);
        insta::assert_snapshot!(typst, @r#"
        = Titel

        Een #emph[nadruk];\, #strong[vet]; en #strike[weg];\.

        == Lijst

        #list(
          [een],
          [twee],
        );

        #enum(start: 3,
          [drie],
          [vier],
        );

        #table(columns: 2, align: (left, right,),
          table.header([a], [b],),
          [1], [2],
        );

        Zie #link("https://example.org")[site]; en x\.#footnote[De voetnoot\.];

        \<b\>html\<\/b\>
        "#);
    }

    /// The built-in page template, with the English labels of `engels`,
    /// is valid Typst: a document in either language typesets with it.
    #[test]
    fn the_page_template_parses() {
        let pagina = crate::render::templates::DEFAULTS
            .iter()
            .find(|(n, _)| *n == "pagina.typ")
            .unwrap()
            .1;
        assert!(pagina.contains("meta.at(\"engels\", default: false)"));
        for engels in [false, true] {
            parse_ok(&format!(
                "#let meta = (titel: \"t\", convenant: \"c\", kenmerk: \"k\", versie: \"1\", datum: \"d\", plaats: \"p\", concept: true, versiedatum: none, engels: {engels})\n{pagina}\n#show: pagina.with(meta)\n\ntekst\n"
            ));
        }
    }
}
