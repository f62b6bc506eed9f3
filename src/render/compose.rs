//! The text of one document: its template context, its Markdown, and the
//! self-contained Typst source made from that Markdown.

use super::templates::{TemplateError, Templates};
use super::views::CasusView;
use super::{Document, Kind, open, typst_markup};
use tera::Context;

/// The context a document's template gets: the whole casus view (`casus`,
/// already converted), the document, and for a per-item document the item
/// itself. Converting
/// it once per casus instead of once per document keeps a render linear:
/// there is a document per processor, and the view grows with the casus.
/// tera's values are reference-counted, so the clone here is cheap.
pub(crate) fn context_with(casus: &tera::Value, view: &CasusView, doc: &Document) -> Context {
    let mut ctx = context_base(casus);
    ctx.insert(
        "document",
        &serde_json::json!({
            "stem": doc.stem,
            "titel": doc.titel,
            "engels": doc.engels,
        }),
    );
    match doc.kind {
        Kind::Casusoverleg(i) => ctx.insert("overleg", &view.overleggen[i]),
        Kind::Regeling(i) => ctx.insert("regeling", &view.regelingen[i]),
        Kind::Toetreder(i) => ctx.insert("partij", &view.toetreders[i]),
        Kind::Informatiebrief(jongeren) => ctx.insert("jongeren", &jongeren),
        Kind::Verwerkersovereenkomst(i) => {
            ctx.insert("overeenkomst", &view.verwerkersovereenkomsten[i])
        }
        Kind::Convenant | Kind::Toetreding | Kind::Toelichting | Kind::Dpia => {}
    }
    ctx
}

/// The context every template starts from: the casus view as `casus`.
pub(crate) fn context_base(casus: &tera::Value) -> Context {
    let mut ctx = Context::new();
    ctx.insert_value("casus", casus.clone());
    ctx
}

/// The Markdown of one document, from the converted casus view, with the
/// tokens of its open items still in it, and what they recorded.
pub(crate) fn markdown_with(
    templates: &Templates,
    casus: &tera::Value,
    view: &CasusView,
    doc: &Document,
) -> Result<open::Filled, TemplateError> {
    open::start();
    let markdown = templates.render(doc.template, &context_with(casus, view, doc));
    let recorded = open::take();
    Ok(open::Filled {
        engels: doc.engels,
        stem: doc.stem.clone(),
        titel: doc.titel.clone(),
        markdown: markdown?,
        recorded,
    })
}

/// Fill in every document of a casus and number their open items: the
/// finished Markdown of each document, in order, and the open items.
pub(crate) fn fill_all(
    templates: &Templates,
    casus: &tera::Value,
    view: &CasusView,
    docs: &[Document],
) -> Result<(Vec<String>, Vec<open::OpenItem>), TemplateError> {
    let filled = docs
        .iter()
        .map(|doc| markdown_with(templates, casus, view, doc))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(open::number(filled))
}

/// The self-contained Typst source of one document: metadata as string
/// literals, the page template, then the converted body.
pub(crate) fn typst_source(
    templates: &Templates,
    view: &CasusView,
    doc: &Document,
    events: &[pulldown_cmark::Event],
    diagrams: &super::diagram::Diagrams,
) -> String {
    use typst_markup::string_literal as s;
    let c = &view.convenant;
    let (datum, versiedatum) = c.datums(doc.engels);
    let mut out = String::from(
        "// Gemaakt door convenant. Bewerk de casus of de sjablonen, niet dit bestand.\n",
    );
    out.push_str(&format!(
        "#let meta = (\n  titel: {},\n  convenant: {},\n  kenmerk: {},\n  versie: {},\n  datum: {},\n  plaats: {},\n  concept: {},\n  versiedatum: {},\n  engels: {},\n)\n\n",
        s(&doc.titel),
        s(&c.titel),
        s(&c.kenmerk),
        s(&c.versie),
        s(datum),
        s(&c.plaats),
        c.concept,
        versiedatum.map_or_else(|| "none".to_string(), s),
        doc.engels,
    ));
    out.push_str(templates.pagina_typ.trim_end());
    out.push_str("\n\n#show: pagina.with(meta)\n\n");
    out.push_str(&typst_markup::convert_with(events, diagrams));
    out
}
