//! `out/<casus>/index.html`: every document with its files, and what `check`
//! found. The page is the template `index.md` (overridable like the others),
//! made into HTML like every document; this module gives it its data.

use super::compose::context_base;
use super::templates::{TemplateError, Templates};
use super::views::CasusView;
use super::{Document, Format, html};
use crate::check::Checked;
use crate::diagnostic::{self, Severity};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Serialize)]
struct DocumentEntry<'a> {
    titel: &'a str,
    bestanden: Vec<Bestand>,
}

#[derive(Serialize)]
struct Bestand {
    /// `convenant.pdf`
    naam: String,
    /// `PDF`
    formaat: String,
}

#[derive(Serialize)]
struct Melding<'a> {
    ernst: &'static str,
    code: &'a str,
    bericht: &'a str,
}

#[derive(Serialize)]
struct Controle<'a> {
    samenvatting: String,
    /// Warnings and findings (a rendered casus has no errors).
    meldingen: Vec<Melding<'a>>,
}

/// `out/<casus>/index.html`: every document with the files it has.
pub(crate) fn index_page(
    templates: &Templates,
    casus: &tera::Value,
    view: &CasusView,
    docs: &[Document],
    files: &BTreeSet<String>,
    checked: &Checked,
) -> Result<String, TemplateError> {
    let documenten: Vec<DocumentEntry> = docs
        .iter()
        .map(|d| DocumentEntry {
            titel: &d.titel,
            bestanden: Format::ALL
                .iter()
                .map(|f| format!("{}.{}", d.stem, f.ext()))
                .filter(|name| files.contains(name))
                .map(|naam| Bestand {
                    formaat: naam.rsplit('.').next().unwrap_or("").to_uppercase(),
                    naam,
                })
                .collect(),
        })
        .collect();
    let controle = Controle {
        samenvatting: diagnostic::summary(&checked.diagnostics),
        meldingen: checked
            .diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Error)
            .map(|d| Melding {
                ernst: d.severity.dutch(),
                code: d.code,
                bericht: &d.message,
            })
            .collect(),
    };
    let mut ctx = context_base(casus);
    ctx.insert("documenten", &documenten);
    ctx.insert("controle", &controle);
    let md = templates.render("index.md", &ctx)?;
    Ok(html::page(
        &format!("Documenten: {}", view.convenant.titel),
        &templates.stijl_css,
        &html::body(&md),
    ))
}
