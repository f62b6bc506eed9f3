//! Several casussen at once: prepared in parallel, their PDFs through one
//! pool of `--jobs` typst processes, each casus written as soon as its last
//! PDF is made.

use super::error::RenderError;
use super::plan::{PdfSource, Plan, keeps, prepare};
use super::templates::Templates;
use super::typst_cli::{Typst, TypstError};
use super::{Options, PdfState, Progress, Rendered, deadline, stamp};
use crate::check::Checked;
use crate::output::{self, OutFile};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

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
pub(crate) fn render_all(
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
        written,
        warnings,
        pdfs_made,
        pdfs_unchanged: plan.unchanged.len(),
    })
}
