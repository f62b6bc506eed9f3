//! `cargo bench --bench scale`: how `convenant` grows with the size of a
//! casus, and what it adds on top of typst.
//!
//! Prints, per size (the example casus copied 1, 10, 100 times: 10, 100,
//! 1 000 parties), the time of each stage and its growth against the
//! previous size:
//!
//! 1. load+check, with the peak memory of a process that only checks;
//! 2. Markdown+HTML in memory (templates, HTML; no typst, no disk), with
//!    the DOCX files (and what they add, in per cent), and with the Typst
//!    sources on top (our own stages of a full render);
//! 3. the full render with PDF, as the `convenant` binary, for the sizes in
//!    `CONVENANT_BENCH_PDF` (default `1,10`; `1,10,100` takes long on two
//!    cores), with our own stages' share of it;
//! 4. on the example: the full render against compiling the same `.typ`
//!    sources one after another with the same flags, typst's own threads
//!    (`-j 1` per process, as convenant does, against typst's default), and
//!    an unchanged rerun against the first run.
//!
//! Figures, not assertions: speed targets live here, never in a timed test
//! (docs/prestaties.md has the numbers of one run).

mod synthetic;

use convenant::render::{self, Format, templates::Templates, typst_cli};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_convenant");

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// The median of `n` runs of `f`.
fn time(n: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..n)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

/// The median of at least 5 runs, more for quick stages (until half a
/// second has passed, at most 50), so that a 2 ms stage is not noise.
fn time_quick(mut f: impl FnMut()) -> Duration {
    let mut runs = Vec::new();
    let begin = Instant::now();
    while runs.len() < 5 || (begin.elapsed() < Duration::from_millis(500) && runs.len() < 50) {
        let start = Instant::now();
        f();
        runs.push(start.elapsed());
    }
    median(runs)
}

/// Medians of `f` and `g`, run in turns (at least 7 pairs, more until a
/// second has passed, at most 60), so that a busy machine slows both alike.
fn time_pair(mut f: impl FnMut(), mut g: impl FnMut()) -> (Duration, Duration) {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let begin = Instant::now();
    while a.len() < 7 || (begin.elapsed() < Duration::from_secs(1) && a.len() < 60) {
        let start = Instant::now();
        f();
        a.push(start.elapsed());
        let start = Instant::now();
        g();
        b.push(start.elapsed());
    }
    (median(a), median(b))
}

fn ms(d: Duration) -> String {
    format!("{:.1}ms", d.as_secs_f64() * 1000.0)
}

fn secs(d: Duration) -> String {
    format!("{:.2}s", d.as_secs_f64())
}

fn growth(now: Duration, before: Option<Duration>) -> String {
    before.map_or("-".into(), |b| {
        format!("{:.1}x", now.as_secs_f64() / b.as_secs_f64())
    })
}

/// Peak resident memory of this process so far (Linux), in MiB.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Child mode: `scale --peak-check DIR` checks DIR and prints its peak
/// memory, so that the figure is of a check alone.
fn child() -> bool {
    let args: Vec<String> = std::env::args().collect();
    let Some(i) = args.iter().position(|a| a == "--peak-check") else {
        return false;
    };
    let checked = convenant::check::check(Path::new(&args[i + 1]));
    assert!(!checked.has_errors());
    println!("{:.1}", peak_mib().unwrap_or(f64::NAN));
    true
}

fn peak_of_check(dir: &Path) -> String {
    let out = Command::new(std::env::current_exe().unwrap())
        .arg("--peak-check")
        .arg(dir)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn options(out: &Path, formats: &[Format]) -> render::Options {
    render::Options {
        out: out.to_path_buf(),
        formats: formats.iter().copied().collect(),
        jobs: 1,
        force: false,
        track_changes: false,
    }
}

/// Run `convenant render` with `args`; the time it took.
fn convenant_render(args: &[&str], typst: Option<&Path>) -> Duration {
    let mut cmd = Command::new(BIN);
    cmd.arg("render").args(args);
    if let Some(t) = typst {
        cmd.env("TYPST", t);
    }
    let start = Instant::now();
    let out = cmd.output().unwrap();
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

/// Pages of every PDF in `dir`, by pdfinfo (None when it is missing).
fn pages(dir: &Path) -> Option<usize> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).ok()? {
        let path = entry.ok()?.path();
        if path.extension().is_some_and(|e| e == "pdf") {
            let out = Command::new("pdfinfo").arg(&path).output().ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            let line = text.lines().find(|l| l.starts_with("Pages:"))?;
            total += line.split_whitespace().nth(1)?.parse::<usize>().ok()?;
        }
    }
    Some(total)
}

struct Size {
    k: usize,
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    parties: usize,
    check: Duration,
    /// Markdown+HTML, and Markdown+HTML+Typst+DOCX, in memory.
    text: Duration,
    own: Duration,
    documents: usize,
}

fn main() {
    if child() {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("casus/regio-voorbeeld");
    let templates = Templates::load(None).expect("built-in templates");
    let scratch = tempfile::tempdir().unwrap();
    let pdf_sizes: Vec<usize> = std::env::var("CONVENANT_BENCH_PDF")
        .unwrap_or_else(|_| "1,10".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();

    println!("convenant scale benchmark (medians; at least 5 runs unless said otherwise)\n");
    println!(
        "1-2. In process, one thread: load+check; Markdown+HTML in memory; with the DOCX files; with the Typst sources"
    );
    println!(
        "{:>6} {:>8} {:>7} {:>6} {:>11} {:>6} {:>9} {:>11} {:>6} {:>11} {:>7} {:>11} {:>6}",
        "kopie",
        "partijen",
        "stromen",
        "docs",
        "load+check",
        "groei",
        "piek MiB",
        "md+html",
        "groei",
        "+docx",
        "docx %",
        "+typ",
        "groei"
    );
    let mut sizes: Vec<Size> = Vec::new();
    for k in [1usize, 10, 100] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = synthetic::grow(&example, k, &tmp.path().join(format!("x{k}")));
        let mut checked = None;
        let check = time_quick(|| checked = Some(convenant::check::check(&dir)));
        let checked = checked.unwrap();
        assert!(
            !checked.has_errors(),
            "the grown casus must stay lawful: {:?}",
            checked.diagnostics.first()
        );
        let out = scratch.path().join(format!("mem{k}"));
        let prepare = |formats: &[Format]| {
            render::prepare(&checked, &dir, &options(&out, formats), &templates, None)
                .expect("renders")
        };
        let mut documents = 0;
        // The DOCX files on top of Markdown+HTML, in turns with it: the
        // issue allows 10 %.
        let (text, docx) = time_pair(
            || documents = prepare(&[Format::Md, Format::Html]).stems.len(),
            || {
                prepare(&[Format::Md, Format::Html, Format::Docx]);
            },
        );
        let own = time_quick(|| {
            prepare(&[Format::Md, Format::Html, Format::Docx, Format::Typ]);
        });
        let previous = sizes.last();
        println!(
            "{:>6} {:>8} {:>7} {:>6} {:>11} {:>6} {:>9} {:>11} {:>6} {:>11} {:>6.1}% {:>11} {:>6}",
            k,
            checked.casus.partijen.len(),
            checked.casus.stromen.len(),
            documents,
            ms(check),
            growth(check, previous.map(|p| p.check)),
            peak_of_check(&dir),
            ms(text),
            growth(text, previous.map(|p| p.text)),
            ms(docx),
            100.0 * (docx.as_secs_f64() / text.as_secs_f64() - 1.0),
            ms(own),
            growth(own, previous.map(|p| p.own)),
        );
        sizes.push(Size {
            k,
            _tmp: tmp,
            dir,
            parties: checked.casus.partijen.len(),
            check,
            text,
            own,
            documents,
        });
    }

    let typst = match typst_cli::find() {
        Ok(t) => t,
        Err(e) => {
            println!("\n(no PDF stages: {e})");
            return;
        }
    };
    println!(
        "\n3. Full render with PDF (`convenant render`, md+html+pdf+docx, empty output folder, --jobs = {} cores)",
        convenant::pool::default_workers()
    );
    println!(
        "{:>6} {:>8} {:>6} {:>7} {:>10} {:>6} {:>8} {:>14}",
        "kopie", "partijen", "docs", "pagina's", "render", "groei", "s/pag.", "eigen aandeel"
    );
    let mut previous: Option<Duration> = None;
    for size in sizes.iter().filter(|s| pdf_sizes.contains(&s.k)) {
        let runs = if size.k == 1 { 5 } else { 1 };
        let mut n = 0;
        let full = time(runs, || {
            n += 1;
            let out = scratch.path().join(format!("full{}-{n}", size.k));
            convenant_render(
                &[size.dir.to_str().unwrap(), "--out", out.to_str().unwrap()],
                None,
            );
        });
        let page_count = pages(
            &scratch
                .path()
                .join(format!("full{}-1", size.k))
                .join(size.dir.file_name().unwrap()),
        );
        let own = size.check + size.own;
        println!(
            "{:>6} {:>8} {:>6} {:>7} {:>10} {:>6} {:>8} {:>13.1}%",
            size.k,
            size.parties,
            size.documents,
            page_count.map_or("?".into(), |p| p.to_string()),
            secs(full),
            growth(full, previous),
            page_count.map_or("?".into(), |p| format!(
                "{:.3}",
                full.as_secs_f64() / p as f64
            )),
            100.0 * own.as_secs_f64() / full.as_secs_f64(),
        );
        previous = Some(full);
    }
    println!(
        "   (eigen aandeel: load+check plus md+html+docx+typ in memory, against the full render)"
    );

    example_against_serial(&example, &typst, scratch.path());
}

/// Section 4: the example, convenant against serial typst of the same sources.
fn example_against_serial(example: &Path, typst: &typst_cli::Typst, scratch: &Path) {
    println!(
        "\n4. The example ({}), median of 5, alternating",
        example.display()
    );
    // The Typst sources exactly as convenant compiles them.
    let typ = scratch.join("typ");
    convenant_render(
        &[
            example.to_str().unwrap(),
            "--out",
            typ.to_str().unwrap(),
            "--format",
            "typ",
        ],
        None,
    );
    let typ = typ.join("regio-voorbeeld");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&typ)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "typ"))
        .collect();
    sources.sort();
    let checked = convenant::check::check(example);
    let datum = checked.casus.convenant.as_ref().unwrap().value.value.datum;
    let timestamp = typst_cli::unix_midnight(
        i64::from(datum.jaar),
        i64::from(datum.maand),
        i64::from(datum.dag),
    );
    let serial_out = scratch.join("serial");
    std::fs::create_dir_all(&serial_out).unwrap();
    let serial = || {
        for src in &sources {
            let pdf = serial_out
                .join(src.file_name().unwrap())
                .with_extension("pdf");
            let status = Command::new(&typst.path)
                .arg("compile")
                .arg("--root")
                .arg(&typ)
                .args(typst_cli::compile_args(timestamp))
                .arg(src)
                .arg(&pdf)
                .status()
                .unwrap();
            assert!(status.success());
        }
    };
    // convenant with typst's default threads: a wrapper that drops --jobs.
    let wrapper = scratch.join("typst-default-threads");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\n# drop `--jobs N`, so typst uses all cores\nn=0\nfor a in \"$@\"; do\n  shift\n  if [ \"$n\" = 1 ]; then n=0; continue; fi\n  if [ \"$a\" = --jobs ]; then n=1; continue; fi\n  set -- \"$@\" \"$a\"\ndone\nexec '{}' \"$@\"\n",
            typst.path.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let all = "md,html,pdf,docx,typ";
    let mut runs: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    for n in 0..5 {
        let start = Instant::now();
        serial();
        runs.entry("serial").or_default().push(start.elapsed());
        for (name, t) in [("ours", None), ("default-threads", Some(wrapper.as_path()))] {
            let out = scratch.join(format!("ex-{name}-{n}"));
            let took = convenant_render(
                &[
                    example.to_str().unwrap(),
                    "--out",
                    out.to_str().unwrap(),
                    "--format",
                    all,
                ],
                t,
            );
            runs.entry(name).or_default().push(took);
        }
        let out = scratch.join("ex-ours-0");
        let before = snapshot(&out);
        let took = convenant_render(
            &[
                example.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--format",
                all,
            ],
            None,
        );
        assert_eq!(snapshot(&out), before, "an unchanged rerun wrote files");
        runs.entry("rerun").or_default().push(took);
        let one = scratch.join(format!("ex-jobs1-{n}"));
        let took = convenant_render(
            &[
                example.to_str().unwrap(),
                "--out",
                one.to_str().unwrap(),
                "--format",
                all,
                "--jobs",
                "1",
            ],
            None,
        );
        runs.entry("jobs1").or_default().push(took);
    }
    let m = |k: &str| median(runs[k].clone());
    let (serial, ours) = (m("serial"), m("ours"));
    println!(
        "   {} documents; serial typst of the same .typ, same flags: {}",
        sources.len(),
        secs(serial)
    );
    println!(
        "   convenant render ({all}), --jobs {} (typst -j 1 each): {}  = {:.2}x serial",
        convenant::pool::default_workers(),
        secs(ours),
        ours.as_secs_f64() / serial.as_secs_f64()
    );
    println!(
        "   same, typst's default threads per process:  {}  = {:.2}x serial",
        secs(m("default-threads")),
        m("default-threads").as_secs_f64() / serial.as_secs_f64()
    );
    println!(
        "   same, --jobs 1:                              {}  = {:.2}x serial",
        secs(m("jobs1")),
        m("jobs1").as_secs_f64() / serial.as_secs_f64()
    );
    println!(
        "   unchanged rerun: {} = {:.1}% of the first run; files written: 0",
        ms(m("rerun")),
        100.0 * m("rerun").as_secs_f64() / ours.as_secs_f64()
    );
}

/// Name → (inode, mtime) of every file in `dir`, to see that nothing was written.
fn snapshot(dir: &Path) -> BTreeMap<String, (u64, std::time::SystemTime)> {
    let mut all = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        #[cfg(unix)]
        let ino = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let ino = 0;
        all.insert(
            entry.path().display().to_string(),
            (ino, meta.modified().unwrap()),
        );
    }
    all
}
