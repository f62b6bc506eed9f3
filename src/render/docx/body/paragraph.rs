//! Paragraphs and runs: the properties a paragraph takes from its place
//! (list, quote, table cell, page break) and a run from its inline markup.

use super::super::numbering::Lists;
use super::super::styles::S;
use super::super::xml::push_escaped;
use super::Writer;
use super::articles::article_prefix;
use pulldown_cmark::Alignment;

impl Writer<'_, '_> {
    /// Open a paragraph with the properties its place gives it.
    pub(super) fn open(&mut self, style: Option<S>, num: Option<(u32, usize)>) {
        self.close();
        let style = style.or(if self.in_footnote {
            Some(S::FootnoteText)
        } else if num.is_some() || !self.lists.is_empty() {
            Some(S::ListParagraph)
        } else if self.quote > 0 {
            Some(S::Quote)
        } else {
            None
        });
        self.out.push_str("<w:p><w:pPr>");
        if let Some(s) = style {
            let id = self.style(s);
            self.out.push_str("<w:pStyle w:val=\"");
            self.out.push_str(&id);
            self.out.push_str("\"/>");
        }
        let keep_at = self.out.len();
        if self.quote > 0 && self.table.is_none() {
            // A quote holds one signature block: it stays on one page.
            let at = self.out.len();
            self.out.push_str("<w:keepNext/>");
            self.quote_keep = Some((at, self.out.len()));
            self.out.push_str("<w:keepLines/>");
        }
        if std::mem::take(&mut self.page_break) && self.table.is_none() {
            self.out.push_str("<w:pageBreakBefore/>");
        }
        if let Some((num, level)) = num {
            self.out.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
            ));
        } else if let Some(list) = self.lists.last()
            && style == Some(S::ListParagraph)
        {
            // A further paragraph of an item: in line with its text.
            self.out.push_str(&format!(
                "<w:ind w:left=\"{}\"/>",
                Lists::indent(list.level)
            ));
        }
        if self.table.is_some() {
            self.out
                .push_str("<w:spacing w:before=\"0\" w:after=\"0\"/>");
            let jc = match self.cell_align {
                Some(Alignment::Center) => Some("center"),
                Some(Alignment::Right) => Some("right"),
                _ => None,
            };
            if let Some(jc) = jc {
                self.out.push_str(&format!("<w:jc w:val=\"{jc}\"/>"));
            }
        }
        self.out.push_str("</w:pPr>");
        self.para = Some(keep_at);
        self.last_char = None;
        self.run = None;
        if std::mem::take(&mut self.footnote_ref) {
            self.out.push_str(&format!(
                "<w:r><w:rPr><w:rStyle w:val=\"{}\"/></w:rPr><w:footnoteRef/></w:r>\
                 <w:r><w:t xml:space=\"preserve\"> </w:t></w:r>",
                self.style(S::FootnoteReference)
            ));
        }
    }

    /// A paragraph for inline content, if none is open.
    pub(super) fn ensure(&mut self) {
        if self.para.is_none() {
            let num = self.item.take();
            self.open(None, num);
        }
    }

    pub(super) fn close(&mut self) {
        if let Some(keep_at) = self.para.take() {
            self.out.push_str("</w:p>");
            self.lead_in = (self.last_char == Some(':')).then_some(keep_at);
        }
    }

    pub(super) fn text(&mut self, text: &str) {
        let mut text = text;
        if std::mem::take(&mut self.strip)
            && let Some((len, _)) = article_prefix(text)
        {
            text = &text[len..];
        }
        if let Some(code) = &mut self.code_block {
            code.push_str(text);
            return;
        }
        if !text.chars().any(super::super::xml::kept) {
            return;
        }
        self.ensure();
        if let Some(c) = text.trim_end().chars().last() {
            self.last_char = Some(c);
        }
        if self.table.is_some() {
            self.cell_chars(text.chars().count());
        }
        let i = &self.inline;
        let look = Look {
            link: i.link > 0,
            code: i.code,
            bold: i.strong > 0 || self.head,
            italic: i.emphasis > 0,
            strike: i.strike > 0,
            mark: i.mark > 0,
            sup: i.sup > 0,
            sub: i.sub > 0 && i.sup == 0,
        };
        // Text of the same look continues the run before it: pulldown-cmark
        // splits text at every escape.
        const END: &str = "</w:t></w:r>";
        if let Some((end, prev)) = &self.run
            && *end == self.out.len()
            && *prev == look
            && self.out.ends_with(END)
        {
            self.out.truncate(self.out.len() - END.len());
        } else {
            self.out.push_str("<w:r>");
            self.run_properties(look);
            self.out.push_str("<w:t xml:space=\"preserve\">");
        }
        push_escaped(&mut self.out, text);
        self.out.push_str(END);
        self.run = Some((self.out.len(), look));
    }

    /// The `w:rPr` of a run, in the schema's order.
    fn run_properties(&mut self, look: Look) {
        if look == Look::default() {
            return;
        }
        self.out.push_str("<w:rPr>");
        if look.link {
            let id = self.style(S::Hyperlink);
            self.out.push_str("<w:rStyle w:val=\"");
            self.out.push_str(&id);
            self.out.push_str("\"/>");
        }
        for (on, xml) in [
            (
                look.code,
                "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>",
            ),
            (look.bold, "<w:b/>"),
            (look.italic, "<w:i/>"),
            (look.strike, "<w:strike/>"),
            (look.mark, "<w:highlight w:val=\"yellow\"/>"),
            (look.sup, "<w:vertAlign w:val=\"superscript\"/>"),
            (look.sub, "<w:vertAlign w:val=\"subscript\"/>"),
        ] {
            if on {
                self.out.push_str(xml);
            }
        }
        self.out.push_str("</w:rPr>");
    }
}

/// How a run looks: its run properties.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Look {
    link: bool,
    code: bool,
    bold: bool,
    italic: bool,
    strike: bool,
    mark: bool,
    sup: bool,
    sub: bool,
}
