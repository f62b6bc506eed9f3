//! `convenant render`: check every casus, then render and write them, with
//! progress lines and one summary line.

use super::*;

pub(super) fn run_render(
    given: &[PathBuf],
    options: render::Options,
    templates: Option<&Path>,
    uit: Uitvoer,
) -> u8 {
    let start = std::time::Instant::now();
    let dirs = match casus_dirs(given, false) {
        Ok(dirs) => dirs,
        Err(message) => {
            eprint_guarded(&format!("fout: {message}\n"));
            return EXIT_USAGE;
        }
    };
    // Every piece is guarded as it is added: the colours of `uit` are
    // escapes a second guard would undo.
    let mut err = String::new();
    let templates = match Templates::load(templates) {
        Ok(t) => t,
        Err(e) => {
            uitvoer::eprint_klaar(
                &uit.diagnostic(&e.diagnostic().split_lines(), &Default::default()),
            );
            return EXIT_INVALID;
        }
    };
    // Check every casus first, with the open items of its documents (a
    // definitief covenant may have none): with any error, nothing is written.
    let mut checked: Vec<Checked> = crate::pool::map(options.jobs, &dirs, |d| check::check(d));
    super::open_cmd::add_open_items(&mut checked, &dirs, &templates);
    for (dir, c) in dirs.iter().zip(&checked) {
        // Errors and warnings (with `-q` errors only); findings (the DPIA
        // verdict, the open items of a concept) go to index.html, and with
        // `-v` also here, after them.
        let findings = if uit.niveau == uitvoer::Niveau::Uitvoerig {
            let mut f = super::open_cmd::summarised(c, dir);
            f.retain(|d| d.severity == diagnostic::Severity::Info);
            f
        } else {
            Vec::new()
        };
        for d in c
            .diagnostics
            .iter()
            .filter(|d| d.severity != diagnostic::Severity::Info && uit.toont(d))
            .chain(&findings)
        {
            err.push_str(&uit.diagnostic(d, &c.sources));
            err.push('\n');
        }
        if c.has_errors() {
            err.push_str(&diagnostic::guard(&format!(
                "{}: afgekeurd ({}); er is niets gemaakt\n",
                diagnostic::visible(&dir.display().to_string()),
                diagnostic::summary(&c.diagnostics)
            )));
        }
    }
    // A casus with errors is skipped (and named above); the others are made.
    let skipped = checked.iter().filter(|c| c.has_errors()).count();
    if skipped == checked.len() {
        uitvoer::eprint_klaar(&err);
        return EXIT_INVALID;
    }
    // Without typst the other formats are still made; the exit code says
    // the PDFs are missing.
    let mut options = options;
    let mut no_typst = None;
    let typst = if options.formats.contains(&render::Format::Pdf) {
        match typst_cli::find() {
            Ok(t) => Some(t),
            Err(e) => {
                options.formats.remove(&render::Format::Pdf);
                let mut d = e.diagnostic().split_lines();
                if !options.formats.is_empty() {
                    d.message.push_str(&format!(
                        "; de andere formaten ({}) zijn wel gemaakt, PDF's die er al stonden zijn niet bijgewerkt",
                        options
                            .formats
                            .iter()
                            .map(|f| f.ext())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                no_typst = Some(uit.diagnostic(&d, &Default::default()));
                if options.formats.is_empty() {
                    err.push_str(no_typst.as_deref().unwrap_or_default());
                    uitvoer::eprint_klaar(&err);
                    return EXIT_TYPST;
                }
                None
            }
        }
    } else {
        None
    };
    // The warnings of check come before the progress lines.
    uitvoer::eprint_klaar(&err);
    err.clear();
    let terminal = io::stderr().is_terminal() && !uit.stil();
    let progress = |p: &render::Progress| {
        if terminal {
            eprint_guarded(&format!("{}\n", progress_line(p)));
        }
    };
    let items: Vec<(&Checked, &Path)> = checked
        .iter()
        .zip(dirs.iter().map(PathBuf::as_path))
        .filter(|(c, _)| !c.has_errors())
        .collect();
    let results = render::render_all(&items, &options, &templates, typst.as_ref(), &progress);
    let mut code = if skipped > 0 { EXIT_INVALID } else { EXIT_OK };
    let mut total = Summary {
        skipped,
        ..Summary::default()
    };
    for ((_, dir), result) in items.iter().zip(results) {
        match result {
            Ok(r) => {
                for w in r.warnings.iter().filter(|_| !uit.stil()) {
                    err.push_str(&diagnostic::guard(&format!(
                        "waarschuwing (typst): {}: {w}\n",
                        diagnostic::visible(&dir.display().to_string())
                    )));
                }
                total.casus += 1;
                total.pdfs_made += r.pdfs_made;
                total.pdfs_unchanged += r.pdfs_unchanged;
                total.written += r.written.written.len();
                total.unchanged += r.written.unchanged.len() + r.pdfs_unchanged;
                total.removed += r.written.removed.len();
            }
            Err(e) => {
                if let Some(mut d) = e.diagnostic() {
                    d.message = format!("casus `{}`: {}", dir.display(), d.message);
                    err.push_str(&uit.diagnostic(&d, &Default::default()));
                } else {
                    err.push_str(&diagnostic::guard(&format!(
                        "fout: {}: {e}\n",
                        diagnostic::visible(&dir.display().to_string())
                    )));
                }
                total.failed += 1;
                code = code.max(e.exit_code());
            }
        }
    }
    if let Some(message) = no_typst {
        err.push_str(&message);
        code = code.max(EXIT_TYPST);
    }
    // `-q`: the summary only when something went wrong.
    if !uit.stil() || code != EXIT_OK {
        err.push_str(&diagnostic::guard(
            &total.line(&options.out, start.elapsed()),
        ));
    }
    uitvoer::eprint_klaar(&err);
    code
}

/// `[ 3/12] regio-voorbeeld/convenant.pdf gemaakt (0,31 s)`
fn progress_line(p: &render::Progress) -> String {
    let width = p.total.to_string().len();
    let what = match p.pdf {
        render::PdfState::None => format!("{} klaar", p.document),
        render::PdfState::Unchanged => format!("{}.pdf ongewijzigd", p.document),
        render::PdfState::Made(took) => {
            format!("{}.pdf gemaakt ({})", p.document, seconds(took))
        }
        render::PdfState::Failed => format!("{}.pdf mislukt", p.document),
    };
    format!("[{:>width$}/{}] {}/{what}", p.done, p.total, p.casus)
}

/// `0,31 s`: Dutch decimal comma.
fn seconds(d: std::time::Duration) -> String {
    format!("{:.2} s", d.as_secs_f64()).replace('.', ",")
}

/// What `render` did over all casussen, for its last line.
#[derive(Default)]
struct Summary {
    casus: usize,
    failed: usize,
    /// Casussen with errors, not made.
    skipped: usize,
    pdfs_made: usize,
    pdfs_unchanged: usize,
    written: usize,
    unchanged: usize,
    removed: usize,
}

impl Summary {
    fn line(&self, out: &Path, took: std::time::Duration) -> String {
        let casus = |n: usize| {
            if n == 1 {
                "1 casus".to_string()
            } else {
                format!("{n} casussen")
            }
        };
        let mut failed = if self.failed > 0 {
            format!(", {} mislukt", casus(self.failed))
        } else {
            String::new()
        };
        if self.skipped > 0 {
            failed.push_str(&format!(
                ", {} overgeslagen wegens fouten",
                casus(self.skipped)
            ));
        }
        format!(
            "{} gemaakt in {}{failed}: {} PDF's gezet, {} ongewijzigd; {} bestanden geschreven, {} ongewijzigd, {} verwijderd ({})\n",
            casus(self.casus),
            diagnostic::visible(&out.display().to_string()),
            self.pdfs_made,
            self.pdfs_unchanged,
            self.written,
            self.unchanged,
            self.removed,
            seconds(took)
        )
    }
}
