//! The text of one document: its template context, its Markdown, and the
//! self-contained Typst source made from that Markdown.

use super::templates::{TemplateError, Templates};
use super::views::CasusView;
use super::{Document, Kind, typst_markup};
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
        &serde_json::json!({ "stem": doc.stem, "titel": doc.titel }),
    );
    match doc.kind {
        Kind::Casusoverleg(i) => ctx.insert("overleg", &view.overleggen[i]),
        Kind::Verwerkersovereenkomst(i) => {
            ctx.insert("overeenkomst", &view.verwerkersovereenkomsten[i])
        }
        Kind::Convenant | Kind::Toetreding | Kind::Dpia => {}
    }
    ctx
}

/// The context every template starts from: the casus view as `casus`.
pub(crate) fn context_base(casus: &tera::Value) -> Context {
    let mut ctx = Context::new();
    ctx.insert_value("casus", casus.clone());
    ctx
}

/// The Markdown of one document, from the converted casus view.
pub(crate) fn markdown_with(
    templates: &Templates,
    casus: &tera::Value,
    view: &CasusView,
    doc: &Document,
) -> Result<String, TemplateError> {
    templates.render(doc.template, &context_with(casus, view, doc))
}

/// The self-contained Typst source of one document: metadata as string
/// literals, the page template, then the converted body.
pub(crate) fn typst_source(
    templates: &Templates,
    view: &CasusView,
    doc: &Document,
    md: &str,
) -> String {
    use typst_markup::string_literal as s;
    let c = &view.convenant;
    let mut out = String::from(
        "// Gemaakt door convenant. Bewerk de casus of de sjablonen, niet dit bestand.\n",
    );
    out.push_str(&format!(
        "#let meta = (\n  titel: {},\n  convenant: {},\n  kenmerk: {},\n  versie: {},\n  datum: {},\n  plaats: {},\n)\n\n",
        s(&doc.titel),
        s(&c.titel),
        s(&c.kenmerk),
        s(&c.versie),
        s(&c.datum),
        s(&c.plaats),
    ));
    out.push_str(templates.pagina_typ.trim_end());
    out.push_str("\n\n#show: pagina.with(meta)\n\n");
    out.push_str(&typst_markup::convert(md));
    out
}
