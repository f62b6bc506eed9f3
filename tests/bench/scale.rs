//! `cargo bench --bench scale`: how `convenant` grows with the size of a casus.
//!
//! Prints, per size (the example casus copied 1, 10, 100 times), the time of
//! each stage and its growth against the previous size, and the peak memory
//! of this process. Figures, not assertions: speed targets live here, never
//! in a timed test (see docs/prestaties.md for the numbers of one run).

mod synthetic;

use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// Peak resident memory of this process so far (Linux), in MiB.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("casus/regio-voorbeeld");
    println!("convenant scale benchmark (median of 5 runs per stage)");
    println!(
        "{:>6} {:>8} {:>7} {:>12} {:>8} {:>10}",
        "kopie", "partijen", "stromen", "load+check", "groei", "piek MiB"
    );
    let mut previous: Option<Duration> = None;
    for k in [1usize, 10, 100] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = synthetic::grow(&example, k, tmp.path());
        let mut runs = Vec::new();
        let mut counts = (0, 0);
        for _ in 0..5 {
            let start = Instant::now();
            let checked = convenant::check::check(&dir);
            runs.push(start.elapsed());
            assert!(
                !checked.has_errors(false),
                "the grown casus must stay lawful: {:?}",
                checked.diagnostics.first()
            );
            counts = (checked.casus.partijen.len(), checked.casus.stromen.len());
        }
        let t = median(runs);
        let growth = previous.map_or("-".to_string(), |p| {
            format!("{:.1}x", t.as_secs_f64() / p.as_secs_f64())
        });
        println!(
            "{:>6} {:>8} {:>7} {:>10.2}ms {:>8} {:>10}",
            k,
            counts.0,
            counts.1,
            t.as_secs_f64() * 1000.0,
            growth,
            peak_mib().map_or("?".into(), |m| format!("{m:.1}"))
        );
        previous = Some(t);
    }
}
