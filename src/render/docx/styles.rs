//! The styles the body uses, by their built-in names, and our own
//! `word/styles.xml` that defines them.
//!
//! Word knows its built-in styles by name (`heading 1`), but saves them
//! under a styleId that depends on the language of the Word that made the
//! file (`Heading1`, `Kop1`). So the body never assumes an id: it asks
//! [`StyleIds`], which for our styles.xml gives our ids and for a region's
//! `referentie.docx` the ids its styles.xml has for those names.

use super::xml::{DECL, W_NS};

/// The styles the body, header and footer refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum S {
    Normal,
    Title,
    Heading1,
    Heading2,
    Heading3,
    ListParagraph,
    Quote,
    TableGrid,
    Hyperlink,
    Header,
    Footer,
    FootnoteText,
    FootnoteReference,
}

/// Every style: its kind, built-in name, our styleId and our definition
/// (the inside of `w:style`, after `w:name`; `{Normal}` stands for the id
/// of the Normal style).
pub(super) const STYLES: &[(S, &str, &str, &str, &str)] = &[
    (S::Normal, "paragraph", "Normal", "Normal", "<w:qFormat/>"),
    (
        S::Title,
        "paragraph",
        "Title",
        "Title",
        "<w:basedOn w:val=\"{Normal}\"/><w:next w:val=\"{Normal}\"/><w:qFormat/>\
         <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
         <w:rPr><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr>",
    ),
    (
        S::Heading1,
        "paragraph",
        "heading 1",
        "Heading1",
        "<w:basedOn w:val=\"{Normal}\"/><w:next w:val=\"{Normal}\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
         <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"300\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
         <w:rPr><w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>",
    ),
    (
        S::Heading2,
        "paragraph",
        "heading 2",
        "Heading2",
        "<w:basedOn w:val=\"{Normal}\"/><w:next w:val=\"{Normal}\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/>\
         <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/></w:pPr>\
         <w:rPr><w:b/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/></w:rPr>",
    ),
    (
        S::Heading3,
        "paragraph",
        "heading 3",
        "Heading3",
        "<w:basedOn w:val=\"{Normal}\"/><w:next w:val=\"{Normal}\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/>\
         <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/></w:pPr>\
         <w:rPr><w:b/><w:i/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr>",
    ),
    (
        S::ListParagraph,
        "paragraph",
        "List Paragraph",
        "ListParagraph",
        "<w:basedOn w:val=\"{Normal}\"/><w:uiPriority w:val=\"34\"/><w:qFormat/>\
         <w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr>",
    ),
    (
        S::Quote,
        "paragraph",
        "Quote",
        "Quote",
        "<w:basedOn w:val=\"{Normal}\"/><w:next w:val=\"{Normal}\"/><w:uiPriority w:val=\"29\"/><w:qFormat/>\
         <w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"A0A0A0\"/></w:pBdr>\
         <w:spacing w:after=\"60\"/><w:ind w:left=\"284\"/></w:pPr>",
    ),
    (
        S::TableGrid,
        "table",
        "Table Grid",
        "TableGrid",
        "<w:uiPriority w:val=\"39\"/>\
         <w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>\
         <w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>\
         <w:tblPr><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>\
         <w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>\
         <w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>\
         <w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>\
         </w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>",
    ),
    (
        S::Hyperlink,
        "character",
        "Hyperlink",
        "Hyperlink",
        "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>\
         <w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr>",
    ),
    (
        S::Header,
        "paragraph",
        "header",
        "Header",
        "<w:basedOn w:val=\"{Normal}\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>\
         <w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9412\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>\
         <w:rPr><w:color w:val=\"505050\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>",
    ),
    (
        S::Footer,
        "paragraph",
        "footer",
        "Footer",
        "<w:basedOn w:val=\"{Normal}\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>\
         <w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9412\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>\
         <w:rPr><w:color w:val=\"505050\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>",
    ),
    (
        S::FootnoteText,
        "paragraph",
        "footnote text",
        "FootnoteText",
        "<w:basedOn w:val=\"{Normal}\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>\
         <w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>\
         <w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>",
    ),
    (
        S::FootnoteReference,
        "character",
        "footnote reference",
        "FootnoteReference",
        "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>",
    ),
];

/// The styleId of each of our styles in the styles.xml in use.
#[derive(Debug, Clone)]
pub(super) struct StyleIds {
    ids: Vec<String>,
}

impl StyleIds {
    /// Ours.
    pub(super) fn builtin() -> StyleIds {
        StyleIds {
            ids: STYLES.iter().map(|s| s.3.to_string()).collect(),
        }
    }

    pub(super) fn from_ids(ids: Vec<String>) -> StyleIds {
        StyleIds { ids }
    }

    pub(super) fn get(&self, style: S) -> &str {
        let i = STYLES.iter().position(|s| s.0 == style).unwrap_or(0);
        self.ids.get(i).map_or("Normal", String::as_str)
    }
}

/// One style's definition, with `id` as its styleId and `normal` as the id
/// of the Normal style. `default`: it is the default of its kind (only in
/// our own styles.xml).
pub(super) fn definition(i: usize, id: &str, normal: &str, default: bool) -> String {
    let (_, kind, name, _, inner) = STYLES[i];
    format!(
        "<w:style w:type=\"{kind}\"{} w:styleId=\"{}\"><w:name w:val=\"{name}\"/>{}</w:style>",
        if default { " w:default=\"1\"" } else { "" },
        super::xml::escape(id),
        inner.replace("{Normal}", &super::xml::escape(normal)),
    )
}

/// Our `word/styles.xml`: A4 text in Calibri 10.5 pt, Dutch, and the styles above.
pub(super) fn builtin() -> &'static str {
    static BUILTIN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(make_builtin)
}

fn make_builtin() -> String {
    let mut out = String::from(DECL);
    out.push_str(&format!("<w:styles xmlns:w=\"{W_NS}\">"));
    out.push_str(
        "<w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>\
         <w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"nl-NL\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>\
         </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
         <w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>\
         </w:pPr></w:pPrDefault></w:docDefaults>",
    );
    // The defaults Word expects of every kind.
    out.push_str(
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>\
         <w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
         <w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>\
         <w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
    );
    for (i, s) in STYLES.iter().enumerate() {
        out.push_str(&definition(i, s.3, "Normal", s.0 == S::Normal));
    }
    out.push_str("</w:styles>");
    out
}
