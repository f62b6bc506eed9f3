//! `out/<casus>/index.html`: every document with its files, and what `check`
//! found. The page is the template `index.md` (overridable like the others),
//! made into HTML like every document; this module gives it its data.

use super::compose::context_base;
use super::open::OpenItem;
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

/// The open items one party (or `Partijen gezamenlijk`) must decide.
#[derive(Serialize)]
struct OpenGroep<'a> {
    wie: &'a str,
    punten: Vec<&'a OpenItem>,
}

/// What the index page shows besides the casus: the files made, and the
/// diagrams it can show inline.
pub(crate) struct Made<'a> {
    pub files: &'a BTreeSet<String>,
    pub diagrams: &'a super::diagram::Diagrams,
}

/// `out/<casus>/index.html`: every document with the files it has.
pub(crate) fn index_page(
    templates: &Templates,
    casus: &tera::Value,
    view: &CasusView,
    docs: &[Document],
    made: &Made,
    checked: &Checked,
    open: &[OpenItem],
) -> Result<String, TemplateError> {
    let (files, diagrams) = (made.files, made.diagrams);
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
            .filter(|d| d.severity != Severity::Error && d.code != "OPEN-01")
            .map(|d| Melding {
                ernst: d.severity.dutch(),
                code: d.code,
                bericht: &d.message,
            })
            .collect(),
    };
    // Open items per party that must decide, in order of first number.
    let mut per_wie: Vec<OpenGroep> = Vec::new();
    for item in open {
        match per_wie.iter_mut().find(|g| g.wie == item.wie) {
            Some(g) => g.punten.push(item),
            None => per_wie.push(OpenGroep {
                wie: &item.wie,
                punten: vec![item],
            }),
        }
    }
    let mut ctx = context_base(casus);
    ctx.insert("documenten", &documenten);
    ctx.insert("controle", &controle);
    ctx.insert("open", &per_wie);
    ctx.insert("open_aantal", &open.len());
    let md = templates.render("index.md", &ctx)?;
    Ok(html::page(
        &format!("Documenten: {}", view.convenant.titel),
        &templates.stijl_css,
        &html::body_with(&md, diagrams),
    ))
}
