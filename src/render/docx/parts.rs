//! The small parts of the package: content types, relationships, document
//! properties, settings, header, footer and footnotes.

use super::Meta;
use super::body::Body;
use super::house_parts::HousePart;
use super::styles::{S, StyleIds};
use super::xml::{DECL, R_NS, W_NS, escape, uri};

/// The page: A4, with the PDF's margins (in twentieths of a point).
pub(super) const PAGE: &str = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1474\" w:right=\"1247\" w:bottom=\"1361\" w:left=\"1247\" w:header=\"624\" w:footer=\"567\" w:gutter=\"0\"/>";
/// The width of the text between the margins.
pub(super) const TEXT_WIDTH: u32 = 11906 - 2 * 1247;
/// A landscape A4 page with the same margins, for a wide diagram.
pub(super) const LANDSCAPE: &str = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>\
<w:pgMar w:top=\"1474\" w:right=\"1247\" w:bottom=\"1361\" w:left=\"1247\" w:header=\"624\" w:footer=\"567\" w:gutter=\"0\"/>";
/// The text area of a landscape page.
pub(super) const LANDSCAPE_TEXT: (u32, u32) = (16838 - 2 * 1247, 11906 - 1474 - 1361);
/// The height of the text area of a portrait page.
pub(super) const TEXT_HEIGHT: u32 = 16838 - 1474 - 1361;

/// The properties of a section on `page` ([`PAGE`] or [`LANDSCAPE`]), with
/// the one header and footer.
pub(super) fn section(page: &str) -> String {
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/>\
         <w:footerReference w:type=\"default\" r:id=\"rId5\"/>{page}<w:cols w:space=\"708\"/></w:sectPr>"
    )
}

/// The optional parts a package has.
pub(super) struct Extra {
    pub footnotes: bool,
    /// The document has pictures (`word/media/`).
    pub pictures: usize,
    pub theme: bool,
    pub font_table: bool,
    /// The extensions of the house header's and footer's pictures.
    pub house_pictures: std::collections::BTreeSet<&'static str>,
}

const CT: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

pub(super) fn content_types(extra: &Extra) -> String {
    let mut out = String::from(DECL);
    out.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    );
    if extra.pictures > 0 {
        out.push_str("<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>");
    }
    for ext in &extra.house_pictures {
        out.push_str(&format!(
            "<Default Extension=\"{ext}\" ContentType=\"image/{ext}\"/>"
        ));
    }
    let mut parts = vec![
        ("/word/document.xml", format!("{CT}.document.main+xml")),
        ("/word/styles.xml", format!("{CT}.styles+xml")),
        ("/word/numbering.xml", format!("{CT}.numbering+xml")),
        ("/word/settings.xml", format!("{CT}.settings+xml")),
        ("/word/header1.xml", format!("{CT}.header+xml")),
        ("/word/footer1.xml", format!("{CT}.footer+xml")),
    ];
    if extra.footnotes {
        parts.push(("/word/footnotes.xml", format!("{CT}.footnotes+xml")));
    }
    if extra.theme {
        parts.push((
            "/word/theme/theme1.xml",
            "application/vnd.openxmlformats-officedocument.theme+xml".into(),
        ));
    }
    if extra.font_table {
        parts.push(("/word/fontTable.xml", format!("{CT}.fontTable+xml")));
    }
    parts.push((
        "/docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml".into(),
    ));
    parts.push((
        "/docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml".into(),
    ));
    for (name, kind) in parts {
        out.push_str(&format!(
            "<Override PartName=\"{name}\" ContentType=\"{kind}\"/>"
        ));
    }
    out.push_str("</Types>");
    out
}

const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

pub(super) fn package_rels() -> String {
    format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"word/document.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{REL}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

/// The relationships of `word/document.xml`: the parts, then one per link
/// (`rIdL1`, ...), each external.
pub(super) fn document_rels(extra: &Extra, links: &[String]) -> String {
    let mut out = format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    let mut parts = vec![
        ("rId1", "styles", "styles.xml"),
        ("rId2", "numbering", "numbering.xml"),
        ("rId3", "settings", "settings.xml"),
        ("rId4", "header", "header1.xml"),
        ("rId5", "footer", "footer1.xml"),
    ];
    if extra.footnotes {
        parts.push(("rId6", "footnotes", "footnotes.xml"));
    }
    if extra.theme {
        parts.push(("rId7", "theme", "theme/theme1.xml"));
    }
    if extra.font_table {
        parts.push(("rId8", "fontTable", "fontTable.xml"));
    }
    for (id, kind, target) in parts {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{REL}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    for n in 1..=extra.pictures {
        out.push_str(&format!(
            "<Relationship Id=\"rIdS{n}\" Type=\"{REL}/image\" Target=\"media/schema{n}.svg\"/>"
        ));
    }
    for (i, url) in links.iter().enumerate() {
        out.push_str(&format!(
            "<Relationship Id=\"rIdL{}\" Type=\"{REL}/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
            i + 1,
            uri(url)
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// The document properties. There is no field for who keeps a casus, so
/// the creator is the covenant itself, by its title, as the header of every
/// page names it; the keywords are the kenmerk, as in the PDF.
pub(super) fn core(meta: &Meta) -> String {
    let (y, m, d) = meta.date;
    let date = format!("{y:04}-{m:02}-{d:02}T00:00:00Z");
    format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
         <cp:keywords>{}</cp:keywords><dc:language>{}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>\
         </cp:coreProperties>",
        escape(meta.titel),
        escape(meta.convenant),
        escape(meta.convenant),
        escape(meta.kenmerk),
        if meta.engels { "en-GB" } else { "nl-NL" },
    )
}

pub(super) fn app() -> String {
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>convenant</Application></Properties>"
    )
}

pub(super) fn settings(meta: &Meta, extra: &Extra) -> String {
    format!(
        "{DECL}<w:settings xmlns:w=\"{W_NS}\">{}<w:defaultTabStop w:val=\"708\"/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/>{}\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"{}\"/></w:settings>",
        if meta.track_changes {
            "<w:trackRevisions/>"
        } else {
            ""
        },
        if extra.footnotes {
            "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
        } else {
            ""
        },
        if meta.engels { "en-GB" } else { "nl-NL" },
    )
}

fn run(text: &str, bold: bool) -> String {
    format!(
        "<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        if bold { "<w:rPr><w:b/></w:rPr>" } else { "" },
        escape(text)
    )
}

/// The CONCEPT watermark of a concept, as Word writes its own ("Ontwerp >
/// Watermerk"): a VML text shape behind the text of every page, light grey
/// and diagonal, as in the PDF. LibreOffice reads it as a watermark too.
const WATERMARK: &str = "<w:r><w:pict>\
<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\">\
<v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>\
<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/>\
<v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/>\
<v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>\
<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>\
<v:textpath on=\"t\" fitshape=\"t\"/><v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\"/></v:handles>\
<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>\
<v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s2049\" type=\"#_x0000_t136\" \
style=\"position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;z-index:-251657216;\
mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin\" \
o:allowincell=\"f\" fillcolor=\"#e8e8e8\" stroked=\"f\"><v:fill opacity=\".6\"/>\
<v:textpath style=\"font-family:&quot;Liberation Sans&quot;;font-size:1pt\" string=\"CONCEPT\"/></v:shape>\
</w:pict></w:r>";

/// The header, as the PDF's: the title and the kenmerk; a concept says so first.
pub(super) fn header(meta: &Meta, ids: &StyleIds, house: Option<&HousePart>) -> String {
    let mut p = String::new();
    if meta.concept {
        p.push_str(&run(if meta.engels { "Draft" } else { "Concept" }, true));
        p.push_str(&run(" · ", false));
    }
    p.push_str(&run(meta.titel, false));
    p.push_str("<w:r><w:tab/></w:r>");
    p.push_str(&run(meta.kenmerk, false));
    if meta.concept {
        p.push_str(WATERMARK);
    }
    around(
        "hdr",
        &format!(
            "<w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>{p}",
            escape(ids.get(S::Header))
        ),
        house,
    )
}

/// Our paragraph of a header (`hdr`) or footer (`ftr`): in a part of our
/// own, or after the house style's letterhead. The paragraph declares its
/// namespaces itself, as the house part may bind other prefixes.
fn around(root: &str, paragraph: &str, house: Option<&HousePart>) -> String {
    const NS: &str = "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";
    match house {
        Some(h) => format!(
            "{}<w:p xmlns:w=\"{W_NS}\" {NS}>{paragraph}</w:p>{}",
            h.before, h.after
        ),
        None => format!(
            "{DECL}<w:{root} xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\" {NS}><w:p>{paragraph}</w:p></w:{root}>"
        ),
    }
}

/// The relationships of a house header or footer: its pictures, under the
/// ids its XML uses, at our names for them.
pub(super) fn house_rels(house: &HousePart) -> String {
    let mut out = format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, target, _) in &house.pictures {
        out.push_str(&format!(
            "<Relationship Id=\"{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"{}\"/>",
            escape(id),
            escape(target)
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// The footer, as the PDF's: version and date (a concept says so), and
/// `Pagina X van Y` as fields that Word and LibreOffice fill in.
pub(super) fn footer(meta: &Meta, ids: &StyleIds, house: Option<&HousePart>) -> String {
    let mut p = String::new();
    // English documents: the same labels in English (the dates stay as the casus writes them).
    let (concept, versie, beoogd, van_, pagina) = if meta.engels {
        ("Draft", "version", "intended signing", " of ", "Page ")
    } else {
        (
            "Concept",
            "versie",
            "beoogde ondertekening",
            " van ",
            "Pagina ",
        )
    };
    if meta.concept {
        p.push_str(&run(concept, true));
        let van = meta
            .versiedatum
            .map(|v| format!("{van_}{v}"))
            .unwrap_or_default();
        p.push_str(&run(
            &format!(", {versie} {}{van}; {beoogd} {}", meta.versie, meta.datum),
            false,
        ));
    } else {
        let mut hoofd = versie.to_string();
        hoofd[..1].make_ascii_uppercase();
        p.push_str(&run(
            &format!("{hoofd} {}, {}", meta.versie, meta.datum),
            false,
        ));
    }
    p.push_str("<w:r><w:tab/></w:r>");
    p.push_str(&run(pagina, false));
    p.push_str("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    p.push_str(&run(van_, false));
    p.push_str("<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    around(
        "ftr",
        &format!(
            "<w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>{p}",
            escape(ids.get(S::Footer))
        ),
        house,
    )
}

/// What comes before and after the body in `word/document.xml`: the root,
/// and after the body the page with its header and footer.
pub(super) fn document_around() -> (String, String) {
    (
        format!(
            "{DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\" xmlns:wp=\"{}\"><w:body>",
            super::body::WP_NS,
        ),
        format!("{}</w:body></w:document>", section(PAGE)),
    )
}

/// `word/footnotes.xml`: the two separators Word expects, then ours.
pub(super) fn footnotes(body: &Body) -> String {
    let mut out = format!(
        "{DECL}<w:footnotes xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">\
         <w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
         <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    );
    for (i, xml) in body.footnotes.iter().enumerate() {
        out.push_str(&format!(
            "<w:footnote w:id=\"{}\">{xml}</w:footnote>",
            i + 1
        ));
    }
    out.push_str("</w:footnotes>");
    out
}
