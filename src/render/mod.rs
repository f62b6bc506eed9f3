//! `render`: the documents of a checked casus, as Markdown, HTML, Typst and PDF.
//!
//! One Markdown source per document (tera, escaped values) feeds both the
//! HTML page and the Typst source, so they cannot say different things. All
//! files of a casus are made in memory first; only when every one of them
//! (PDFs included) succeeded are they written, each atomically.

pub mod html;
pub mod markdown_escape;
pub mod templates;
pub mod typst_cli;
pub mod typst_markup;
pub mod views;
pub mod volledigheid;

use crate::check::Checked;
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::output::{self, OutFile, OutputError};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use templates::{TemplateError, Templates};
use tera::Context;
use typst_cli::{Typst, TypstError};
use views::CasusView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Md,
    Html,
    Pdf,
    Typ,
}

impl Format {
    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Typ => "typ",
        }
    }
    pub const ALL: [Format; 4] = [Format::Md, Format::Html, Format::Pdf, Format::Typ];
}

/// The kinds of document (DESIGN.md section 1).
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Convenant,
    Toetreding,
    /// Index into `CasusView::overleggen`.
    Casusoverleg(usize),
    /// Index into `CasusView::verwerkersovereenkomsten`.
    Verwerkersovereenkomst(usize),
    Dpia,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// File name without extension.
    pub stem: String,
    pub titel: String,
    /// The tera template that renders it.
    pub template: &'static str,
    pub kind: Kind,
}

/// Every document of a casus, in a fixed order.
pub fn documents(view: &CasusView) -> Vec<Document> {
    let mut docs = vec![
        Document {
            stem: "convenant".into(),
            titel: view.convenant.titel.clone(),
            template: "convenant.md",
            kind: Kind::Convenant,
        },
        Document {
            stem: "bijlage-1-toetreding".into(),
            titel: "Bijlage 1: Toetredingsformulier".into(),
            template: "bijlage-1-toetreding.md",
            kind: Kind::Toetreding,
        },
    ];
    for (i, o) in view.overleggen.iter().enumerate() {
        docs.push(Document {
            stem: o.stem.clone(),
            titel: format!("Bijlage 3: Beschrijving casusoverleg {}", o.naam),
            template: "bijlage-3-casusoverleg.md",
            kind: Kind::Casusoverleg(i),
        });
    }
    for (i, v) in view.verwerkersovereenkomsten.iter().enumerate() {
        docs.push(Document {
            stem: v.stem.clone(),
            titel: format!(
                "Verwerkersovereenkomst {} en {}",
                v.verantwoordelijke.naam, v.verwerker.naam
            ),
            template: "verwerkersovereenkomst.md",
            kind: Kind::Verwerkersovereenkomst(i),
        });
    }
    docs.push(Document {
        stem: "dpia".into(),
        titel: "Gegevensbeschermingseffectbeoordeling (DPIA)".into(),
        template: "dpia.md",
        kind: Kind::Dpia,
    });
    docs
}

#[derive(Debug)]
pub enum RenderError {
    /// `check` found errors: nothing was rendered.
    Invalid(Vec<Diagnostic>),
    NoConvenant,
    Template(TemplateError),
    Typst(TypstError),
    Output(OutputError),
}

impl RenderError {
    /// The exit code: 3 when typst is missing or of another version, else 1
    /// (a document that could not be made, typst failing included).
    pub fn exit_code(&self) -> u8 {
        match self {
            RenderError::Typst(TypstError::Missing(_) | TypstError::WrongVersion { .. }) => 3,
            _ => 1,
        }
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Invalid(d) => write!(
                f,
                "de casus heeft fouten ({}); er is niets gemaakt of overschreven",
                diagnostic::summary(d)
            ),
            RenderError::NoConvenant => f.write_str(
                "de casus heeft geen `convenant:`-blok; de documenten hebben titel, kenmerk, versie en datum nodig\n  = hulp: zie casus/regio-voorbeeld voor een voorbeeld",
            ),
            RenderError::Template(e) => write!(f, "{e}"),
            RenderError::Typst(e) => write!(f, "{e}"),
            RenderError::Output(e) => write!(f, "{e}"),
        }
    }
}

pub struct Options {
    pub out: PathBuf,
    pub formats: BTreeSet<Format>,
}

/// What one casus gave.
pub struct Rendered {
    pub dir: PathBuf,
    pub written: output::Written,
    /// typst's warnings, per document.
    pub warnings: Vec<String>,
}

/// The context a document's template gets: the whole casus view, the
/// document, and for a per-item document the item itself.
pub fn context(view: &CasusView, doc: &Document) -> Context {
    let mut ctx = Context::new();
    ctx.insert("casus", view);
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

/// The Markdown of one document.
pub fn markdown(
    templates: &Templates,
    view: &CasusView,
    doc: &Document,
) -> Result<String, TemplateError> {
    templates.render(doc.template, &context(view, doc))
}

/// The self-contained Typst source of one document: metadata as string
/// literals, the page template, then the converted body.
pub fn typst_source(templates: &Templates, view: &CasusView, doc: &Document, md: &str) -> String {
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

/// The summary line of `check` for the index page, and its findings other
/// than errors (there are none: we only render without errors).
fn check_summary(checked: &Checked) -> (String, Vec<String>) {
    let warnings = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Error)
        .map(|d| format!("{} {}: {}", d.severity.dutch(), d.code, d.message))
        .collect();
    (diagnostic::summary(&checked.diagnostics), warnings)
}

/// `out/<casus>/index.html`: every document with the files it has.
pub fn index_page(
    templates: &Templates,
    view: &CasusView,
    docs: &[Document],
    files: &BTreeSet<String>,
    checked: &Checked,
) -> String {
    use html::escape as e;
    let c = &view.convenant;
    let mut body = format!(
        "<h1>{}</h1>\n<p>Kenmerk {}, versie {}, {} te {}.</p>\n<h2>Documenten</h2>\n<table>\n<thead><tr><th>Document</th><th>Bestanden</th></tr></thead>\n<tbody>\n",
        e(&c.titel),
        e(&c.kenmerk),
        e(&c.versie),
        e(&c.datum),
        e(&c.plaats)
    );
    for d in docs {
        let links: Vec<String> = Format::ALL
            .iter()
            .map(|f| format!("{}.{}", d.stem, f.ext()))
            .filter(|name| files.contains(name))
            .map(|name| {
                let ext = name.rsplit('.').next().unwrap_or("");
                format!("<a href=\"{}\">{}</a>", e(&name), ext.to_uppercase())
            })
            .collect();
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td></tr>\n",
            e(&d.titel),
            links.join(" · ")
        ));
    }
    body.push_str("</tbody>\n</table>\n");
    let (summary, warnings) = check_summary(checked);
    body.push_str(&format!(
        "<h2>Controle</h2>\n<p>convenant check: {}.</p>\n",
        e(&summary)
    ));
    if !warnings.is_empty() {
        body.push_str("<ul>\n");
        for w in &warnings {
            body.push_str(&format!("<li>{}</li>\n", e(w)));
        }
        body.push_str("</ul>\n");
    }
    html::page(
        &format!("Documenten: {}", c.titel),
        &templates.stijl_css,
        &body,
    )
}

/// Compile the PDFs, a few at a time; results in the order of `sources`.
fn compile_all(
    typst: &Typst,
    sources: &[(String, String)],
    timestamp: i64,
) -> Vec<Result<typst_cli::Compiled, TypstError>> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
        .min(sources.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<typst_cli::Compiled, TypstError>>>> =
        Mutex::new((0..sources.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((stem, source)) = sources.get(i) else {
                        break;
                    };
                    let result = typst.compile(stem, source, timestamp);
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .zip(sources)
        .map(|(r, (stem, _))| {
            r.unwrap_or_else(|| {
                Err(TypstError::Failed {
                    document: stem.clone(),
                    message: "typst is onderbroken".into(),
                })
            })
        })
        .collect()
}

/// The folder name under `--out` for a casus: its folder name.
fn out_name(checked: &Checked, casus_dir: &Path) -> String {
    let naam = &checked.casus.naam;
    if !naam.is_empty() && naam != "." && naam != ".." {
        return naam.clone();
    }
    std::fs::canonicalize(casus_dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "casus".into())
}

/// Render and write one casus that passed `check` (the caller checks, so
/// that with several casussen nothing is written when any one has errors).
/// `typst` is needed when PDF is asked.
pub fn render(
    checked: &Checked,
    casus_dir: &Path,
    options: &Options,
    templates: &Templates,
    typst: Option<&Typst>,
) -> Result<Rendered, RenderError> {
    if checked.has_errors(false) {
        return Err(RenderError::Invalid(checked.diagnostics.clone()));
    }
    let view = views::build(&checked.casus).ok_or(RenderError::NoConvenant)?;
    let docs = documents(&view);
    let fmt = &options.formats;
    let mut files: Vec<OutFile> = Vec::new();
    let mut typst_sources: Vec<(String, String)> = Vec::new();
    for doc in &docs {
        let md = markdown(templates, &view, doc).map_err(RenderError::Template)?;
        if fmt.contains(&Format::Md) {
            files.push(OutFile {
                name: format!("{}.md", doc.stem),
                bytes: md.clone().into_bytes(),
            });
        }
        if fmt.contains(&Format::Html) {
            let page = html::page(&doc.titel, &templates.stijl_css, &html::body(&md));
            files.push(OutFile {
                name: format!("{}.html", doc.stem),
                bytes: page.into_bytes(),
            });
        }
        if fmt.contains(&Format::Typ) || fmt.contains(&Format::Pdf) {
            let source = typst_source(templates, &view, doc, &md);
            if fmt.contains(&Format::Typ) {
                files.push(OutFile {
                    name: format!("{}.typ", doc.stem),
                    bytes: source.clone().into_bytes(),
                });
            }
            if fmt.contains(&Format::Pdf) {
                typst_sources.push((doc.stem.clone(), source));
            }
        }
    }
    let mut warnings = Vec::new();
    if !typst_sources.is_empty() {
        let Some(typst) = typst else {
            return Err(RenderError::Typst(TypstError::Missing(
                "het is niet gezocht".into(),
            )));
        };
        let datum = checked
            .casus
            .convenant
            .as_ref()
            .map(|c| c.value.value.datum);
        let timestamp = datum.map_or(0, |d| {
            typst_cli::unix_midnight(i64::from(d.jaar), i64::from(d.maand), i64::from(d.dag))
        });
        for ((stem, _), result) in
            typst_sources
                .iter()
                .zip(compile_all(typst, &typst_sources, timestamp))
        {
            match result {
                Ok(compiled) => {
                    warnings.extend(
                        compiled
                            .warnings
                            .into_iter()
                            .map(|w| format!("{stem}: {w}")),
                    );
                    files.push(OutFile {
                        name: format!("{stem}.pdf"),
                        bytes: compiled.pdf,
                    });
                }
                Err(e) => return Err(RenderError::Typst(e)),
            }
        }
    }
    let dir = options.out.join(out_name(checked, casus_dir));
    let stems: BTreeSet<String> = docs.iter().map(|d| d.stem.clone()).collect();
    // Files made earlier for documents that still exist are kept.
    let keep = |name: &str| {
        name.rsplit_once('.')
            .is_some_and(|(stem, _)| stems.contains(stem) || stem == "index")
    };
    if fmt.contains(&Format::Html) {
        let old = output::read_manifest(&dir).map_err(RenderError::Output)?;
        let mut all: BTreeSet<String> = files.iter().map(|f| f.name.clone()).collect();
        all.extend(old.into_iter().filter(|n| keep(n) && dir.join(n).is_file()));
        let index = index_page(templates, &view, &docs, &all, checked);
        files.push(OutFile {
            name: "index.html".into(),
            bytes: index.into_bytes(),
        });
    }
    let written = output::write_all(&dir, &files, keep).map_err(RenderError::Output)?;
    Ok(Rendered {
        dir,
        written,
        warnings,
    })
}
