//! One casus made in memory: every text file and DOCX, and which PDFs typst must make
//! (the others are unchanged on disk, by their stamps).

use super::compose::{fill_all, typst_source};
use super::error::RenderError;
use super::index::{Made, index_page};
use super::open::OpenItem;
use super::templates::Templates;
use super::typst_cli::{self, Typst, TypstError};
use super::{Format, MAX_CASUS_BYTES, Options, documents, docx, html, stamp, views};
use crate::check::Checked;
use crate::output::{self, OutFile, OutputError};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The folder name under `--out` for a casus: its folder name.
pub fn out_name(checked: &Checked, casus_dir: &Path) -> String {
    let naam = &checked.casus.naam;
    if !naam.is_empty() && naam != "." && naam != ".." {
        return naam.clone();
    }
    std::fs::canonicalize(casus_dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "casus".into())
}

/// The Typst source of a PDF to compile.
pub struct PdfSource {
    pub stem: String,
    pub source: String,
    /// Hash of everything that decides the PDF's bytes ([`stamp`]).
    pub(crate) bron: String,
}

/// One casus made in memory: every file except the PDFs still to compile.
pub struct Plan {
    /// The casus's output folder, and its name under `--out`.
    pub dir: PathBuf,
    pub name: String,
    /// The documents, in order.
    pub stems: Vec<String>,
    pub files: Vec<OutFile>,
    /// PDFs to compile: inputs changed (or `--force`); longest source first,
    /// so the long ones do not end up alone at the end.
    pub compile: Vec<PdfSource>,
    /// PDFs left as they are.
    pub unchanged: BTreeSet<String>,
    /// The open items of the casus, numbered as the documents mark them.
    pub open: Vec<OpenItem>,
    /// The PDF's creation date: `convenant.datum`, midnight UTC.
    pub timestamp: i64,
}

/// Whether a file of the old manifest that is not made now stays: those of
/// documents that still exist do (a `--format md` run keeps the PDFs).
pub(crate) fn keeps(stems: &BTreeSet<&str>, name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(stem, _)| stems.contains(stem) || stem == "index")
}

/// The view of a casus that passed `check`, with the DPIA verdict `check`
/// made (or made now, for a caller that checked another way).
fn view_of(checked: &Checked, templates: &Templates) -> Result<views::CasusView, RenderError> {
    if checked.has_errors() {
        return Err(RenderError::Invalid(checked.diagnostics.clone()));
    }
    let computed;
    let verdict = match &checked.dpia {
        Some(v) => v,
        None => {
            computed = crate::dpia::assess(&checked.casus);
            &computed
        }
    };
    views::build(&checked.casus, verdict, &templates.artikelen).ok_or(RenderError::NoConvenant)
}

/// Fill in every template of a casus that passed `check`, as `render`
/// would, without writing anything: what `check --templates` runs, so a
/// region's own templates are checked before a render needs them.
pub fn fill_in(
    checked: &Checked,
    casus_dir: &Path,
    templates: &Templates,
) -> Result<Vec<OpenItem>, RenderError> {
    let view = view_of(checked, templates)?;
    let casus = tera::Value::from_serializable(&view);
    let _watch = super::deadline::watch();
    let docs = documents(&view);
    let (_, mut open) = fill_all(templates, &casus, &view, &docs).map_err(RenderError::Template)?;
    super::open::locate(&mut open, &checked.casus, &checked.sources, casus_dir);
    // The index page is a template too: what check accepts, render makes.
    index_page(
        templates,
        &casus,
        &view,
        &docs,
        &Made {
            files: &BTreeSet::new(),
            diagrams: &super::diagram::Diagrams::new(),
        },
        checked,
        &open,
    )
    .map_err(RenderError::Template)?;
    Ok(open)
}

/// The finished Markdown of every document of a casus that passed `check`,
/// by file stem, in document order: what `render --format md` writes, made
/// in memory (`diff` compares two versions of a casus by it).
pub fn markdown(
    checked: &Checked,
    templates: &Templates,
) -> Result<Vec<(String, String)>, RenderError> {
    let view = view_of(checked, templates)?;
    let casus = tera::Value::from_serializable(&view);
    let _watch = super::deadline::watch();
    let docs = documents(&view);
    let (markdown, _) = fill_all(templates, &casus, &view, &docs).map_err(RenderError::Template)?;
    Ok(docs.into_iter().map(|d| d.stem).zip(markdown).collect())
}

/// Everything of one casus that passed `check`, except running typst and
/// writing: the text files in memory, and which PDFs need typst (read from
/// the output folder's manifest and PDFs). `typst` is needed when PDF is asked.
pub fn prepare(
    checked: &Checked,
    casus_dir: &Path,
    options: &Options,
    templates: &Templates,
    typst: Option<&Typst>,
) -> Result<Plan, RenderError> {
    let view = view_of(checked, templates)?;
    let docs = documents(&view);
    let fmt = &options.formats;
    let pdf = fmt.contains(&Format::Pdf);
    let typst = match typst {
        Some(t) => Some(t),
        None if pdf => {
            return Err(RenderError::Typst(TypstError::Missing(
                "het is niet gezocht".into(),
            )));
        }
        None => None,
    };
    // The PDFs' date: the date of this version of a concept when the casus
    // gives it, not a signing date that has not happened yet.
    let datum = checked.casus.convenant.as_ref().map(|c| {
        let c = &c.value.value;
        match (c.status, c.versiedatum) {
            (crate::model::Status::Concept, Some(v)) => v,
            _ => c.datum,
        }
    });
    let timestamp = datum.map_or(0, |d| {
        typst_cli::unix_midnight(i64::from(d.jaar), i64::from(d.maand), i64::from(d.dag))
    });
    // The DOCX files carry the same date.
    let date = datum.map_or((1980, 1, 1), |d| {
        (i32::from(d.jaar), u32::from(d.maand), u32::from(d.dag))
    });
    let mut files: Vec<OutFile> = Vec::new();
    let mut sources: Vec<(String, String)> = Vec::new();
    let text = |name: String, text: String| OutFile {
        name,
        bytes: text.into_bytes(),
        stamp: String::new(),
    };
    let casus = tera::Value::from_serializable(&view);
    let diagrams = super::diagram::all(&checked.casus, &view);
    for (name, d) in &diagrams {
        files.push(text(name.clone(), d.svg.clone()));
    }
    let (markdown, mut open) =
        fill_all(templates, &casus, &view, &docs).map_err(RenderError::Template)?;
    super::open::locate(&mut open, &checked.casus, &checked.sources, casus_dir);
    // Where the text names another document, the HTML page links to it.
    let mut names: Vec<(String, String)> = Vec::new();
    if docs.iter().any(|d| d.stem == "bijlage-1-toetreding") {
        names.push(("Bijlage 1".into(), "bijlage-1-toetreding.html".into()));
    }
    for o in &view.overleggen {
        if docs.iter().any(|d| d.stem == o.stem) {
            names.push((format!("Bijlage {}", o.bijlage), format!("{}.html", o.stem)));
        }
    }
    for (doc, md) in docs.iter().zip(markdown) {
        // One parse of the Markdown for every format made from it.
        let parsed = super::typst_markup::parse(&md);
        if fmt.contains(&Format::Html) {
            let own: Vec<(String, String)> = names
                .iter()
                .filter(|(_, file)| *file != format!("{}.html", doc.stem))
                .cloned()
                .collect();
            let body = super::html_nav::document_body(&parsed, &own, &diagrams, doc.engels);
            let lang = if doc.engels { "en" } else { "nl" };
            let page = html::page_in(lang, &doc.titel, &templates.stijl_css, &body);
            files.push(text(format!("{}.html", doc.stem), page));
        }
        if fmt.contains(&Format::Typ) || pdf {
            let source = typst_source(templates, &view, doc, &parsed, &diagrams);
            if fmt.contains(&Format::Typ) {
                files.push(text(format!("{}.typ", doc.stem), source.clone()));
            }
            if pdf {
                sources.push((doc.stem.clone(), source));
            }
        }
        if fmt.contains(&Format::Docx) {
            let c = &view.convenant;
            let (datum, versiedatum) = c.datums(doc.engels);
            let meta = docx::Meta {
                titel: &doc.titel,
                convenant: &c.titel,
                kenmerk: &c.kenmerk,
                versie: &c.versie,
                datum,
                concept: c.concept,
                versiedatum,
                date,
                track_changes: options.track_changes,
                engels: doc.engels,
            };
            let bytes = docx::document(
                &meta,
                &parsed,
                templates.referentie_docx.as_ref(),
                &diagrams,
            )
            .map_err(|e| {
                RenderError::Template(super::templates::TemplateError::new(format!(
                    "{}.docx kan niet gemaakt worden: {e}",
                    doc.stem
                )))
            })?;
            files.push(OutFile {
                name: format!("{}.docx", doc.stem),
                bytes,
                stamp: String::new(),
            });
        }
        if fmt.contains(&Format::Md) {
            files.push(text(format!("{}.md", doc.stem), md));
        }
    }
    let total: usize = files.iter().map(|f| f.bytes.len()).sum::<usize>()
        + sources.iter().map(|(_, s)| s.len()).sum::<usize>();
    if total > MAX_CASUS_BYTES {
        let largest = files
            .iter()
            .max_by_key(|f| f.bytes.len())
            .map_or(String::new(), |f| f.name.clone());
        return Err(RenderError::TooLarge { total, largest });
    }
    let name = out_name(checked, casus_dir);
    let dir = options.out.join(&name);
    // Nothing is read from an output folder reached through a link.
    if let Some(link) = crate::paths::link_on_way(&dir) {
        return Err(RenderError::Output(OutputError::Link(link)));
    }
    let old = output::read_manifest(&dir).map_err(RenderError::Output)?;
    let mut compile = Vec::new();
    let mut unchanged = BTreeSet::new();
    if let Some(typst) = typst {
        let args = typst_cli::compile_args(timestamp).join(" ");
        for (stem, source) in sources {
            let bron = stamp::hash(&[
                env!("CARGO_PKG_VERSION").as_bytes(),
                typst.version.as_bytes(),
                args.as_bytes(),
                source.as_bytes(),
            ]);
            let file = format!("{stem}.pdf");
            let fresh = !options.force
                && old.get(&file).is_some_and(|recorded| {
                    output::read_regular(&dir.join(&file)).is_ok_and(|on_disk| {
                        on_disk.is_some_and(|on_disk| stamp::fresh(recorded, &bron, &on_disk))
                    })
                });
            if fresh {
                unchanged.insert(stem);
            } else {
                compile.push(PdfSource { stem, source, bron });
            }
        }
    }
    compile.sort_by_key(|p| std::cmp::Reverse(p.source.len()));
    let stems: Vec<String> = docs.iter().map(|d| d.stem.clone()).collect();
    if fmt.contains(&Format::Html) {
        let stem_set: BTreeSet<&str> = stems.iter().map(String::as_str).collect();
        let mut all: BTreeSet<String> = files.iter().map(|f| f.name.clone()).collect();
        all.extend(compile.iter().map(|p| format!("{}.pdf", p.stem)));
        all.extend(
            old.into_keys()
                .filter(|n| keeps(&stem_set, n) && dir.join(n).is_file()),
        );
        let made = Made {
            files: &all,
            diagrams: &diagrams,
        };
        let index = index_page(templates, &casus, &view, &docs, &made, checked, &open)
            .map_err(RenderError::Template)?;
        files.push(text("index.html".into(), index));
    }
    Ok(Plan {
        dir,
        name,
        stems,
        files,
        compile,
        unchanged,
        open,
        timestamp,
    })
}
