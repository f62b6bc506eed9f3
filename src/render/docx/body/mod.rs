//! Markdown events to the body of `word/document.xml`, by the same rules as
//! the Typst converter: raw HTML is text, images give their alt text, and
//! only http(s) and mailto links and the marks of open items
//! (`index.html#open-N`) stay links; a thematic break starts a new page.
//!
//! Headings take Word's heading styles. When a document's article headings
//! are numbered `Artikel 1`, `Artikel 2`, ... in order at one level, their
//! number comes from Word's numbering instead of the text (`Artikel %1`), so
//! an article inserted in Word renumbers the ones after it. Text that cites
//! an article by number stays as it is.

mod articles;
mod paragraph;
mod picture;
mod table;

use super::numbering::{Lists, MAX_LEVEL};
use super::styles::{S, StyleIds};
use super::xml::escape;
use crate::render::diagram::{Diagram, Diagrams};
use crate::render::typst_markup::{allowed_link, events_and_footnotes};
use articles::articles;
pub(super) use picture::WP_NS;
use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};
use std::collections::BTreeMap;
use table::{Cell, Table};

/// The body, and what it needs in the other parts.
pub(super) struct Body {
    pub xml: String,
    /// Link targets; the relationship of link `i` is `rIdL{i + 1}`.
    pub links: Vec<String>,
    pub lists: Lists,
    /// The paragraphs of each footnote; footnote `i` has id `i + 1`.
    pub footnotes: Vec<String>,
    /// The SVG of each picture; picture `i` is `media/schema{i + 1}.svg`.
    pub pictures: Vec<String>,
}

#[cfg(test)]
pub(super) fn convert(markdown: &str, ids: &StyleIds) -> Body {
    convert_with(
        &crate::render::typst_markup::parse(markdown),
        ids,
        &Diagrams::new(),
    )
}

/// The body; an image of one of `diagrams` becomes that SVG as a picture.
pub(super) fn convert_with(events: &[Event], ids: &StyleIds, diagrams: &Diagrams) -> Body {
    let (body, defs) = events_and_footnotes(events);
    let articles = articles(&body);
    let mut shared = Shared {
        links: Vec::new(),
        lists: Lists::default(),
        footnotes: Vec::new(),
        open_footnotes: Vec::new(),
        pictures: Vec::new(),
    };
    let mut w = Writer::new(ids, &defs, &mut shared, false);
    // Room for the XML: a document's text, escaped and in runs, is about a
    // third of its body; growing the string by doubling copied it again
    // and again.
    let text: usize = body
        .iter()
        .map(|e| match e {
            Event::Text(t) | Event::Code(t) => t.len(),
            _ => 0,
        })
        .sum();
    w.out.reserve(3 * text + 64 * body.len());
    w.diagrams = Some(diagrams);
    w.articles = articles;
    w.events(&body);
    let xml = w.finish();
    Body {
        xml,
        links: shared.links,
        lists: shared.lists,
        footnotes: shared.footnotes,
        pictures: shared.pictures,
    }
}

fn heading_number(level: HeadingLevel) -> usize {
    level as usize
}

/// What the writers of the body and of its footnotes share.
struct Shared {
    links: Vec<String>,
    lists: Lists,
    footnotes: Vec<String>,
    open_footnotes: Vec<String>,
    pictures: Vec<String>,
}

/// One list being written: its numId and nesting level.
struct List {
    num: u32,
    level: usize,
}

#[derive(Default)]
struct Inline {
    strong: u32,
    emphasis: u32,
    strike: u32,
    sup: u32,
    sub: u32,
    /// Inside a link we kept: the Hyperlink style.
    link: u32,
    /// Inside an open item's mark: highlighted.
    mark: u32,
    code: bool,
}

struct Writer<'a, 'e> {
    ids: &'a StyleIds,
    defs: &'a BTreeMap<String, Vec<Event<'e>>>,
    shared: &'a mut Shared,
    in_footnote: bool,
    out: String,
    /// A paragraph is open, and where its pPr can take a `w:keepNext`.
    para: Option<usize>,
    /// The paragraph just closed ends with a colon: where its pPr can take
    /// `w:keepNext`, to keep it on the page of a table that follows.
    lead_in: Option<usize>,
    last_char: Option<char>,
    /// Where the last text run ends in `out`, and how it looks.
    run: Option<(usize, paragraph::Look)>,
    inline: Inline,
    /// For each open link: whether it is written as a hyperlink.
    links: Vec<bool>,
    lists: Vec<List>,
    /// The numbering of the item whose first paragraph is still to come.
    item: Option<(u32, usize)>,
    quote: u32,
    /// The keepNext of the last paragraph of the innermost quote.
    quote_keep: Option<(usize, usize)>,
    heading: Option<S>,
    /// An article heading is open whose `Artikel N` is still to be dropped
    /// from its first text: Word's numbering shows it.
    strip: bool,
    /// Per heading, whether it is a numbered article ([`articles`]).
    articles: Vec<bool>,
    headings: usize,
    table: Option<Table>,
    cell_align: Option<Alignment>,
    head: bool,
    page_break: bool,
    /// The text of an open code block.
    code_block: Option<String>,
    footnote_ref: bool,
    /// The diagrams an image may show (none in a footnote).
    diagrams: Option<&'a Diagrams>,
    /// An image of a diagram is open: the diagram and its alt text so far.
    picture: Option<(&'a Diagram, String)>,
}

impl<'a, 'e> Writer<'a, 'e> {
    fn new(
        ids: &'a StyleIds,
        defs: &'a BTreeMap<String, Vec<Event<'e>>>,
        shared: &'a mut Shared,
        in_footnote: bool,
    ) -> Self {
        Writer {
            ids,
            defs,
            shared,
            in_footnote,
            out: String::new(),
            para: None,
            lead_in: None,
            last_char: None,
            run: None,
            inline: Inline::default(),
            links: Vec::new(),
            lists: Vec::new(),
            item: None,
            quote: 0,
            quote_keep: None,
            heading: None,
            strip: false,
            articles: Vec::new(),
            headings: 0,
            table: None,
            cell_align: None,
            head: false,
            page_break: false,
            code_block: None,
            footnote_ref: in_footnote,
            diagrams: None,
            picture: None,
        }
    }

    fn finish(mut self) -> String {
        self.close();
        if self.in_footnote && self.out.is_empty() {
            self.open(None, None);
            self.close();
        }
        self.out
    }

    fn events(&mut self, events: &[Event]) {
        for ev in events {
            self.event(ev);
        }
    }

    /// A style's id, escaped for an attribute (a house style's id is
    /// usually letters and digits only, and then borrowed).
    fn style(&self, s: S) -> std::borrow::Cow<'a, str> {
        let ids: &'a StyleIds = self.ids;
        let id = ids.get(s);
        if id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            id.into()
        } else {
            escape(id).into()
        }
    }

    fn event(&mut self, ev: &Event) {
        if let Some(at) = self.lead_in.take()
            && matches!(ev, Event::Start(Tag::Table(_)))
            && !self.out[at..].starts_with("<w:keepNext/>")
        {
            self.out.insert_str(at, "<w:keepNext/>");
        }
        if let Some((_, alt)) = &mut self.picture {
            // The alt text of a picture is its description, not body text.
            match ev {
                Event::Text(t) | Event::Code(t) => alt.push_str(t),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                Event::End(TagEnd::Image) => self.end(TagEnd::Image),
                _ => {}
            }
            return;
        }
        match ev {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(t),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
            Event::Code(t) => {
                self.inline.code = true;
                self.text(t);
                self.inline.code = false;
            }
            Event::FootnoteReference(label) => self.footnote(label),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => {
                self.ensure();
                self.out.push_str("<w:r><w:br/></w:r>");
            }
            Event::Rule => {
                self.close();
                self.page_break = true;
            }
            Event::TaskListMarker(done) => self.text(if *done { "☑ " } else { "☐ " }),
        }
    }

    fn footnote(&mut self, label: &str) {
        let open = self.shared.open_footnotes.iter().any(|l| l == label);
        let Some(def) = self.defs.get(label).filter(|_| !open) else {
            return self.text(&format!("[^{label}]"));
        };
        self.ensure();
        self.shared.open_footnotes.push(label.to_string());
        let xml = {
            let mut sub = Writer::new(self.ids, self.defs, &mut *self.shared, true);
            sub.events(def);
            sub.finish()
        };
        self.shared.open_footnotes.pop();
        self.shared.footnotes.push(xml);
        let id = self.shared.footnotes.len();
        self.out.push_str(&format!(
            "<w:r><w:rPr><w:rStyle w:val=\"{}\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>",
            self.style(S::FootnoteReference)
        ));
    }

    fn start(&mut self, tag: &Tag) {
        match tag {
            Tag::Paragraph => {
                let num = self.item.take();
                self.open(None, num);
            }
            Tag::Heading { level, .. } => {
                let style = match heading_number(*level) {
                    1 => S::Title,
                    2 => S::Heading1,
                    3 => S::Heading2,
                    _ => S::Heading3,
                };
                let article = self.articles.get(self.headings) == Some(&true);
                self.headings += 1;
                let num = article.then(|| (self.shared.lists.article(), 0));
                self.heading = Some(style);
                self.open(Some(style), num);
                // `articles` made sure its first text starts with `Artikel N`.
                self.strip = article;
            }
            Tag::BlockQuote(_) => {
                self.close();
                self.quote += 1;
                self.quote_keep = None;
            }
            Tag::CodeBlock(_) => {
                self.close();
                self.code_block = Some(String::new());
            }
            Tag::HtmlBlock | Tag::MetadataBlock(_) => self.close(),
            Tag::List(start) => {
                // An item that opens with a list keeps its own marker.
                if let Some(num) = self.item.take() {
                    self.open(None, Some(num));
                }
                self.close();
                let level = self.lists.len().min(MAX_LEVEL);
                let num = self.shared.lists.list(*start, level);
                self.lists.push(List { num, level });
            }
            Tag::Item => {
                self.close();
                self.item = self.lists.last().map(|l| (l.num, l.level));
            }
            Tag::FootnoteDefinition(_) => {}
            Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.close()
            }
            Tag::Table(aligns) => {
                self.close();
                let outer = std::mem::take(&mut self.out);
                self.table = Some(Table {
                    aligns: aligns.clone(),
                    rows: Vec::new(),
                    outer,
                });
            }
            Tag::TableHead => {
                self.head = true;
                self.new_row();
            }
            Tag::TableRow => self.new_row(),
            Tag::TableCell => {
                if let Some(t) = &mut self.table {
                    let col = t.rows.last().map_or(0, Vec::len);
                    self.cell_align = t.aligns.get(col).copied();
                    if let Some(row) = t.rows.last_mut() {
                        row.push(Cell {
                            xml: String::new(),
                            chars: 0,
                        });
                    }
                }
            }
            Tag::Emphasis => self.inline.emphasis += 1,
            Tag::Strong => self.inline.strong += 1,
            Tag::Strikethrough => self.inline.strike += 1,
            Tag::Superscript => self.inline.sup += 1,
            Tag::Subscript => self.inline.sub += 1,
            Tag::Link { dest_url, .. } => {
                let mark = crate::render::open::is_mark(dest_url);
                // A fragment has no target outside the HTML page; links
                // inside a footnote would need the footnotes' own relationships.
                let keep = !self.in_footnote
                    && (mark || (allowed_link(dest_url) && !dest_url.starts_with('#')));
                if keep {
                    self.ensure();
                    self.shared.links.push(dest_url.to_string());
                    self.out.push_str(&format!(
                        "<w:hyperlink r:id=\"rIdL{}\" w:history=\"1\">",
                        self.shared.links.len()
                    ));
                    self.inline.link += 1;
                }
                if mark {
                    self.inline.mark += 1;
                }
                self.links.push(keep);
                self.links.push(mark);
            }
            // One of our diagrams is a picture; another image keeps its alt
            // text in its place.
            Tag::Image { dest_url, .. } => {
                if let Some(d) = self.diagrams.and_then(|ds| ds.get(dest_url.as_ref())) {
                    self.picture = Some((d, String::new()));
                }
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.close(),
            TagEnd::Heading(_) => {
                // A heading without text is still a paragraph of its style.
                if self.para.is_none() {
                    self.open(self.heading, None);
                }
                self.close();
                self.heading = None;
                self.strip = false;
            }
            TagEnd::BlockQuote(_) => {
                self.close();
                // The last paragraph of a block need not stay with the next.
                if let Some((from, to)) = self.quote_keep.take()
                    && self.out.get(from..to) == Some("<w:keepNext/>")
                {
                    self.out.replace_range(from..to, "");
                }
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                // One paragraph per line, in a fixed-width font.
                let code = self.code_block.take().unwrap_or_default();
                self.inline.code = true;
                for line in code.trim_end_matches('\n').split('\n') {
                    self.close();
                    self.ensure();
                    self.text(line);
                }
                self.inline.code = false;
                self.close();
            }
            TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => self.close(),
            TagEnd::List(_) => {
                self.close();
                self.lists.pop();
            }
            TagEnd::Item => {
                if let Some(num) = self.item.take() {
                    // An empty item still shows its marker.
                    self.open(None, Some(num));
                }
                self.close();
            }
            TagEnd::FootnoteDefinition => {}
            TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.close(),
            TagEnd::Table => self.end_table(),
            TagEnd::TableHead => {
                self.close();
                self.head = false;
            }
            TagEnd::TableRow => self.close(),
            TagEnd::TableCell => {
                if self.para.is_none() {
                    // Every cell holds a paragraph.
                    self.open(None, None);
                }
                self.close();
                // The next cell's XML starts with room for a short one.
                let xml = std::mem::replace(&mut self.out, String::with_capacity(512));
                if let Some(cell) = self
                    .table
                    .as_mut()
                    .and_then(|t| t.rows.last_mut())
                    .and_then(|r| r.last_mut())
                {
                    cell.xml = xml;
                }
                self.cell_align = None;
            }
            TagEnd::Emphasis => self.inline.emphasis = self.inline.emphasis.saturating_sub(1),
            TagEnd::Strong => self.inline.strong = self.inline.strong.saturating_sub(1),
            TagEnd::Strikethrough => self.inline.strike = self.inline.strike.saturating_sub(1),
            TagEnd::Superscript => self.inline.sup = self.inline.sup.saturating_sub(1),
            TagEnd::Subscript => self.inline.sub = self.inline.sub.saturating_sub(1),
            TagEnd::Link => {
                let mark = self.links.pop().unwrap_or(false);
                let keep = self.links.pop().unwrap_or(false);
                if mark {
                    self.inline.mark = self.inline.mark.saturating_sub(1);
                }
                if keep {
                    self.inline.link = self.inline.link.saturating_sub(1);
                    self.out.push_str("</w:hyperlink>");
                }
            }
            TagEnd::Image => {
                if let Some((d, alt)) = self.picture.take() {
                    self.picture(d, &alt);
                }
            }
        }
    }
}
