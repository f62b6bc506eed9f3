//! `render`: the documents of a checked casus, as Markdown, HTML, Typst and PDF.
//!
//! One Markdown source per document (tera, escaped values) feeds both the
//! HTML page and the Typst source, so they cannot say different things. All
//! files of a casus are made in memory first; only when every one of them
//! (PDFs included) succeeded are they written, each atomically.
//!
//! Several casussen are rendered together ([`render_all`]): they are
//! prepared in parallel, then the PDFs of all of them go through one pool of
//! `--jobs` typst processes, and a casus is written as soon as its last PDF
//! is made. A PDF whose inputs did not change is not compiled again
//! ([`stamp`]), and a file whose bytes did not change is not rewritten.

pub mod deadline;
pub mod html;
pub mod markdown_escape;
pub mod stamp;
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
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
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

/// Most bytes the text files and Typst sources of one casus may have
/// together: a casus of a thousand parties makes a few dozen MiB.
pub const MAX_CASUS_BYTES: usize = 512 * 1024 * 1024;

/// The kinds of document: the covenant, its annexes, the processor
/// agreements and the DPIA.
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
            titel: format!(
                "Bijlage {}: Beschrijving casusoverleg {}",
                o.bijlage, o.naam
            ),
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
    /// An earlier casus of the same run writes to the same output folder.
    SameFolder(PathBuf),
    Template(TemplateError),
    /// The documents of the casus together are larger than [`MAX_CASUS_BYTES`].
    TooLarge {
        total: usize,
        largest: String,
    },
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
            RenderError::SameFolder(dir) => write!(
                f,
                "een andere casus in deze opdracht schrijft ook naar `{}`; er is niets geschreven voor deze casus\n  = hulp: geef de casusmappen verschillende namen, of maak ze met aparte opdrachten en --out",
                dir.display()
            ),
            RenderError::Template(e) => write!(f, "{e}"),
            RenderError::TooLarge { total, largest } => write!(
                f,
                "de documenten van deze casus worden samen {} MiB, meer dan de grens van {} MiB; er is niets geschreven (het grootste bestand is `{largest}`)\n  = hulp: kijk welke waarde in de casus zo vaak herhaald wordt, of welk sjabloon een lus te veel heeft",
                total / (1024 * 1024),
                MAX_CASUS_BYTES / (1024 * 1024)
            ),
            RenderError::Typst(e) => write!(f, "{e}"),
            RenderError::Output(e) => write!(f, "{e}"),
        }
    }
}

pub struct Options {
    pub out: PathBuf,
    pub formats: BTreeSet<Format>,
    /// How many casussen are prepared, and PDFs compiled, at once (≥ 1).
    pub jobs: usize,
    /// Compile and write everything, also what did not change.
    pub force: bool,
}

/// What one casus gave.
pub struct Rendered {
    pub dir: PathBuf,
    pub written: output::Written,
    /// typst's warnings, per document (only of the PDFs compiled now).
    pub warnings: Vec<String>,
    /// PDFs typst made now, and PDFs left as they were (inputs unchanged).
    pub pdfs_made: usize,
    pub pdfs_unchanged: usize,
}

/// One document is done, for a progress line.
pub struct Progress<'a> {
    /// The casus's folder name under `--out`.
    pub casus: &'a str,
    pub document: &'a str,
    /// Documents done so far (this one included) and in all.
    pub done: usize,
    pub total: usize,
    pub pdf: PdfState,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PdfState {
    /// No PDF asked.
    None,
    /// Its inputs did not change: the PDF on disk stays.
    Unchanged,
    /// typst made it in this time.
    Made(Duration),
    /// typst failed on it.
    Failed,
}

/// The context a document's template gets: the whole casus view, the
/// document, and for a per-item document the item itself.
pub fn context(view: &CasusView, doc: &Document) -> Context {
    context_with(&tera::Value::from_serializable(view), view, doc)
}

/// [`context`] with the casus view already converted (`casus`). Converting
/// it once per casus instead of once per document keeps a render linear:
/// there is a document per processor, and the view grows with the casus.
/// tera's values are reference-counted, so the clone here is cheap.
fn context_with(casus: &tera::Value, view: &CasusView, doc: &Document) -> Context {
    let mut ctx = Context::new();
    ctx.insert_value("casus", casus.clone());
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

/// [`markdown`] with the casus view already converted.
fn markdown_with(
    templates: &Templates,
    casus: &tera::Value,
    view: &CasusView,
    doc: &Document,
) -> Result<String, TemplateError> {
    templates.render(doc.template, &context_with(casus, view, doc))
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
/// than errors (there are none: we only render without errors), as HTML.
fn check_summary(checked: &Checked) -> (String, Vec<String>) {
    let warnings = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Error)
        .map(|d| {
            format!(
                "<strong>{} {}</strong>: {}",
                d.severity.dutch(),
                d.code,
                code_spans(&html::escape(&d.message))
            )
        })
        .collect();
    (diagnostic::summary(&checked.diagnostics), warnings)
}

/// Messages quote ids between backticks, as in a terminal; on the page they
/// become `<code>`. The text is escaped HTML already, so it holds no tags.
fn code_spans(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    let mut parts = escaped.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let rest: Vec<&str> = parts.collect();
    // An unpaired backtick stays as it is.
    let paired = rest.len().is_multiple_of(2);
    for (i, part) in rest.iter().enumerate() {
        let last_unpaired = !paired && i == rest.len() - 1;
        if last_unpaired {
            out.push('`');
        } else {
            out.push_str(if i % 2 == 0 { "<code>" } else { "</code>" });
        }
        out.push_str(part);
    }
    out
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
            body.push_str(&format!("<li>{w}</li>\n"));
        }
        body.push_str("</ul>\n");
    }
    html::page(
        &format!("Documenten: {}", c.titel),
        &templates.stijl_css,
        &body,
    )
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

/// The Typst source of a PDF to compile.
pub struct PdfSource {
    pub stem: String,
    pub source: String,
    /// Hash of everything that decides the PDF's bytes ([`stamp`]).
    bron: String,
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
    /// The PDF's creation date: `convenant.datum`, midnight UTC.
    pub timestamp: i64,
}

/// Whether a file of the old manifest that is not made now stays: those of
/// documents that still exist do (a `--format md` run keeps the PDFs).
fn keeps(stems: &BTreeSet<&str>, name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(stem, _)| stems.contains(stem) || stem == "index")
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
    if checked.has_errors(false) {
        return Err(RenderError::Invalid(checked.diagnostics.clone()));
    }
    let view = views::build(&checked.casus).ok_or(RenderError::NoConvenant)?;
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
    let datum = checked
        .casus
        .convenant
        .as_ref()
        .map(|c| c.value.value.datum);
    let timestamp = datum.map_or(0, |d| {
        typst_cli::unix_midnight(i64::from(d.jaar), i64::from(d.maand), i64::from(d.dag))
    });
    let mut files: Vec<OutFile> = Vec::new();
    let mut sources: Vec<(String, String)> = Vec::new();
    let text = |name: String, text: String| OutFile {
        name,
        bytes: text.into_bytes(),
        stamp: String::new(),
    };
    let casus = tera::Value::from_serializable(&view);
    for doc in &docs {
        let md = markdown_with(templates, &casus, &view, doc).map_err(RenderError::Template)?;
        if fmt.contains(&Format::Html) {
            let page = html::page(&doc.titel, &templates.stijl_css, &html::body(&md));
            files.push(text(format!("{}.html", doc.stem), page));
        }
        if fmt.contains(&Format::Typ) || pdf {
            let source = typst_source(templates, &view, doc, &md);
            if fmt.contains(&Format::Typ) {
                files.push(text(format!("{}.typ", doc.stem), source.clone()));
            }
            if pdf {
                sources.push((doc.stem.clone(), source));
            }
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
        let index = index_page(templates, &view, &docs, &all, checked);
        files.push(text("index.html".into(), index));
    }
    Ok(Plan {
        dir,
        name,
        stems,
        files,
        compile,
        unchanged,
        timestamp,
    })
}

/// A casus on its way: its plan until it is written, what typst made so far.
struct Slot {
    plan: Plan,
    /// PDFs not yet done.
    pending: usize,
    made: Vec<OutFile>,
    warnings: Vec<String>,
    failed: Option<TypstError>,
}

enum Task {
    /// Compile PDF `.1` of casus `.0`.
    Compile(usize, usize),
    /// Write casus `.0`, which has no PDF to compile.
    Finish(usize),
}

/// A poisoned lock means a worker panicked, and the pool passes that on.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Threads per typst process: the cores shared among the processes running
/// at once, so that `--jobs` processes do not fight over the cores.
fn typst_threads(jobs: usize, pdfs: usize) -> usize {
    let at_once = jobs.min(pdfs).max(1);
    (crate::pool::default_workers() / at_once).max(1)
}

/// Render and write several casussen that passed `check` (the caller checks
/// all of them first, so that with one error nothing is written). Results
/// come in the order of `casus`; `progress` hears of every document done.
pub fn render_all(
    casus: &[(&Checked, &Path)],
    options: &Options,
    templates: &Templates,
    typst: Option<&Typst>,
    progress: &(dyn Fn(&Progress) + Sync),
) -> Vec<Result<Rendered, RenderError>> {
    let jobs = options.jobs.max(1);
    let watch = deadline::watch();
    let mut plans = crate::pool::map(jobs, casus, |(checked, dir)| {
        prepare(checked, dir, options, templates, typst)
    });
    drop(watch);
    // Two casussen with one folder name would write over each other at once.
    let mut seen = BTreeSet::new();
    for plan in &mut plans {
        if let Ok(p) = plan
            && !seen.insert(p.dir.clone())
        {
            *plan = Err(RenderError::SameFolder(p.dir.clone()));
        }
    }
    let total = plans.iter().flatten().map(|p| p.stems.len()).sum();
    let done = AtomicUsize::new(0);
    let tell = |casus: &str, document: &str, pdf: PdfState| {
        progress(&Progress {
            casus,
            document,
            done: done.fetch_add(1, Ordering::Relaxed) + 1,
            total,
            pdf,
        });
    };

    let mut results: Vec<Mutex<Option<Result<Rendered, RenderError>>>> = Vec::new();
    let mut slots: Vec<Mutex<Option<Slot>>> = Vec::new();
    // The sources stay outside the slots: workers read them without a lock.
    let mut sources: Vec<Vec<PdfSource>> = Vec::new();
    let mut tasks = Vec::new();
    for (i, plan) in plans.into_iter().enumerate() {
        match plan {
            Err(e) => {
                results.push(Mutex::new(Some(Err(e))));
                slots.push(Mutex::new(None));
                sources.push(Vec::new());
            }
            Ok(mut plan) => {
                let compile = std::mem::take(&mut plan.compile);
                if compile.is_empty() {
                    tasks.push(Task::Finish(i));
                }
                tasks.extend((0..compile.len()).map(|j| Task::Compile(i, j)));
                results.push(Mutex::new(None));
                slots.push(Mutex::new(Some(Slot {
                    plan,
                    pending: compile.len(),
                    made: Vec::new(),
                    warnings: Vec::new(),
                    failed: None,
                })));
                sources.push(compile);
            }
        }
    }
    let pdfs = sources.iter().map(Vec::len).sum();
    let threads = typst_threads(jobs, pdfs);
    let finish = |i: usize, slot: Slot| {
        *lock(&results[i]) = Some(finish(slot, options, &tell));
    };
    crate::pool::map(jobs, &tasks, |task| match *task {
        Task::Finish(i) => {
            if let Some(slot) = lock(&slots[i]).take() {
                finish(i, slot);
            }
        }
        Task::Compile(i, j) => {
            let pdf = &sources[i][j];
            let (name, timestamp, failed) = match lock(&slots[i]).as_ref() {
                Some(s) => (s.plan.name.clone(), s.plan.timestamp, s.failed.is_some()),
                None => return,
            };
            // After one failure the casus is not written: skip its other PDFs.
            let outcome = match typst {
                _ if failed => None,
                None => Some(Err(TypstError::Missing("het is niet gezocht".into()))),
                Some(typst) => {
                    let start = Instant::now();
                    let result = typst.compile(&pdf.stem, &pdf.source, timestamp, threads);
                    let took = start.elapsed();
                    tell(
                        &name,
                        &pdf.stem,
                        if result.is_ok() {
                            PdfState::Made(took)
                        } else {
                            PdfState::Failed
                        },
                    );
                    Some(result)
                }
            };
            let ready = {
                let mut guard = lock(&slots[i]);
                let Some(slot) = guard.as_mut() else { return };
                match outcome {
                    Some(Ok(compiled)) => {
                        slot.warnings.extend(
                            compiled
                                .warnings
                                .iter()
                                .map(|w| format!("{}: {w}", pdf.stem)),
                        );
                        slot.made.push(OutFile {
                            name: format!("{}.pdf", pdf.stem),
                            stamp: stamp::of(&pdf.bron, &compiled.pdf),
                            bytes: compiled.pdf,
                        });
                    }
                    Some(Err(e)) => {
                        slot.failed.get_or_insert(e);
                    }
                    None => {}
                }
                slot.pending -= 1;
                if slot.pending == 0 {
                    guard.take()
                } else {
                    None
                }
            };
            if let Some(slot) = ready {
                finish(i, slot);
            }
        }
    });
    results
        .into_iter()
        .map(|r| {
            r.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .unwrap_or_else(|| {
                    Err(RenderError::Typst(TypstError::Failed {
                        document: "?".into(),
                        message: "typst is onderbroken".into(),
                    }))
                })
        })
        .collect()
}

/// Write a casus whose PDFs are all made, unless one failed.
fn finish(
    slot: Slot,
    options: &Options,
    tell: &dyn Fn(&str, &str, PdfState),
) -> Result<Rendered, RenderError> {
    let Slot {
        plan,
        made,
        mut warnings,
        failed,
        ..
    } = slot;
    if let Some(e) = failed {
        return Err(RenderError::Typst(e));
    }
    let made_stems: BTreeSet<&str> = made
        .iter()
        .filter_map(|f| f.name.strip_suffix(".pdf"))
        .collect();
    for stem in &plan.stems {
        if made_stems.contains(stem.as_str()) {
            continue;
        }
        let state = if plan.unchanged.contains(stem) {
            PdfState::Unchanged
        } else {
            PdfState::None
        };
        tell(&plan.name, stem, state);
    }
    let pdfs_made = made.len();
    // Files in a fixed order, whatever order typst finished in.
    let mut files = plan.files;
    let index = files
        .iter()
        .position(|f| f.name == "index.html")
        .map(|i| files.remove(i));
    let mut made = made;
    made.sort_by(|a, b| a.name.cmp(&b.name));
    files.extend(made);
    files.extend(index);
    let stems: BTreeSet<&str> = plan.stems.iter().map(String::as_str).collect();
    let written = output::write_all(&plan.dir, &files, |n| keeps(&stems, n), options.force)
        .map_err(RenderError::Output)?;
    warnings.sort();
    Ok(Rendered {
        dir: plan.dir,
        written,
        warnings,
        pdfs_made,
        pdfs_unchanged: plan.unchanged.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::code_spans;

    #[test]
    fn backticks_become_code_and_an_odd_one_stays() {
        assert_eq!(
            code_spans("partij `a` en `b`"),
            "partij <code>a</code> en <code>b</code>"
        );
        assert_eq!(code_spans("een ` alleen"), "een ` alleen");
        assert_eq!(code_spans("`a` en `"), "<code>a</code> en `");
        assert_eq!(code_spans("&lt;script&gt;"), "&lt;script&gt;");
    }
}
