//! `word/numbering.xml`: one numbering instance (`w:num`) per list, so
//! that every list starts at its own first number in Word and LibreOffice
//! (both continue a list that shares its instance with an earlier one), and
//! one for the article headings, when the document numbers them.

use super::xml::{DECL, W_NS};

/// The abstract numberings: bullets, decimal, and `Artikel %1`.
const BULLET: u32 = 0;
const DECIMAL: u32 = 1;
const ARTICLE: u32 = 2;

/// Word has nine list levels.
pub(super) const MAX_LEVEL: usize = 8;

/// Indentation per list level, in twentieths of a point (0.75 cm).
const INDENT: u32 = 425;

#[derive(Default)]
pub(super) struct Lists {
    /// Per instance (numId = index + 1): abstract numbering, level, start.
    nums: Vec<(u32, usize, u64)>,
    article: Option<u32>,
}

impl Lists {
    /// A new list at nesting `level` (0 for a list in the text): its numId.
    /// `start` is the first number of an ordered list, `None` for bullets.
    pub(super) fn list(&mut self, start: Option<u64>, level: usize) -> u32 {
        let level = level.min(MAX_LEVEL);
        let abs = if start.is_some() { DECIMAL } else { BULLET };
        self.nums.push((abs, level, start.unwrap_or(1)));
        self.nums.len() as u32
    }

    /// The numId of the article headings.
    pub(super) fn article(&mut self) -> u32 {
        if let Some(id) = self.article {
            return id;
        }
        self.nums.push((ARTICLE, 0, 1));
        let id = self.nums.len() as u32;
        self.article = Some(id);
        id
    }

    /// The left indentation of text at list `level`.
    pub(super) fn indent(level: usize) -> u32 {
        INDENT * (level.min(MAX_LEVEL) as u32 + 1)
    }

    pub(super) fn xml(&self) -> String {
        let mut out = String::from(DECL);
        out.push_str(&format!("<w:numbering xmlns:w=\"{W_NS}\">"));
        for abs in [BULLET, DECIMAL] {
            out.push_str(&format!(
                "<w:abstractNum w:abstractNumId=\"{abs}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            ));
            for level in 0..=MAX_LEVEL {
                let (fmt, text) = if abs == BULLET {
                    ("bullet", ["•", "◦", "▪"][level % 3].to_string())
                } else {
                    ("decimal", format!("%{}.", level + 1))
                };
                out.push_str(&format!(
                    "<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/>\
                     <w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
                     <w:pPr><w:ind w:left=\"{}\" w:hanging=\"{INDENT}\"/></w:pPr></w:lvl>",
                    Self::indent(level)
                ));
            }
            out.push_str("</w:abstractNum>");
        }
        out.push_str(&format!(
            "<w:abstractNum w:abstractNumId=\"{ARTICLE}\"><w:multiLevelType w:val=\"singleLevel\"/>\
             <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"space\"/>\
             <w:lvlText w:val=\"Artikel %1\"/><w:lvlJc w:val=\"left\"/>\
             <w:pPr><w:ind w:left=\"0\" w:firstLine=\"0\"/></w:pPr></w:lvl></w:abstractNum>"
        ));
        for (i, (abs, level, start)) in self.nums.iter().enumerate() {
            out.push_str(&format!(
                "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{abs}\"/>\
                 <w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{}\"/></w:lvlOverride></w:num>",
                i + 1,
                start.min(&999_999_999)
            ));
        }
        out.push_str("</w:numbering>");
        out
    }
}
