//! Paragraphs and runs: the properties a paragraph takes from its place
//! (list, quote, table cell, page break) and a run from its inline markup.

use super::super::numbering::Lists;
use super::super::styles::S;
use super::super::xml::escape;
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
            self.out
                .push_str(&format!("<w:pStyle w:val=\"{}\"/>", self.style(s)));
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
        self.ensure();
        let clean = escape(text);
        if clean.is_empty() {
            return;
        }
        if let Some(c) = text.trim_end().chars().last() {
            self.last_char = Some(c);
        }
        if self.table.is_some() {
            self.cell_chars(text.chars().count());
        }
        let i = &self.inline;
        let mut rpr = String::new();
        if i.link > 0 {
            rpr.push_str(&format!(
                "<w:rStyle w:val=\"{}\"/>",
                self.style(S::Hyperlink)
            ));
        }
        if i.code {
            rpr.push_str(
                "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>",
            );
        }
        if i.strong > 0 || self.head {
            rpr.push_str("<w:b/>");
        }
        if i.emphasis > 0 {
            rpr.push_str("<w:i/>");
        }
        if i.strike > 0 {
            rpr.push_str("<w:strike/>");
        }
        if i.mark > 0 {
            rpr.push_str("<w:highlight w:val=\"yellow\"/>");
        }
        if i.sup > 0 {
            rpr.push_str("<w:vertAlign w:val=\"superscript\"/>");
        } else if i.sub > 0 {
            rpr.push_str("<w:vertAlign w:val=\"subscript\"/>");
        }
        // Text of the same look continues the run before it: pulldown-cmark
        // splits text at every escape.
        const END: &str = "</w:t></w:r>";
        if let Some((end, prev)) = &self.run
            && *end == self.out.len()
            && *prev == rpr
            && self.out.ends_with(END)
        {
            self.out.truncate(self.out.len() - END.len());
        } else {
            self.out.push_str("<w:r>");
            if !rpr.is_empty() {
                self.out.push_str(&format!("<w:rPr>{rpr}</w:rPr>"));
            }
            self.out.push_str("<w:t xml:space=\"preserve\">");
        }
        self.out.push_str(&clean);
        self.out.push_str(END);
        self.run = Some((self.out.len(), rpr));
    }
}
