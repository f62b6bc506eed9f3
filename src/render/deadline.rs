//! A bound on the time and memory templates may take. A region's template
//! can loop over the casus without end (`{% for a in x %}{% for b in x %}…`),
//! which no count inside tera catches when the loops print nothing, or
//! double a string forty times (`{% set_global s = s ~ s %}`). While the
//! templates of a render are filled in, a watchdog thread looks every few
//! milliseconds; past the time or memory limit it prints a Dutch error and
//! ends the process with exit code 1.
//! Nothing is written before the templates are done, and each file is
//! written atomically, so ending there leaves every file as it was.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The limit, unless `CONVENANT_SJABLOON_SECONDEN` sets another: a thousand
/// parties take well under a second.
pub(crate) const DEFAULT_SECONDS: u64 = 120;
pub(crate) const VARIABLE: &str = "CONVENANT_SJABLOON_SECONDEN";
/// The memory limit in MiB (resident), unless `CONVENANT_SJABLOON_GEHEUGEN_MIB`
/// sets another: a thousand parties need a few hundred.
pub(crate) const DEFAULT_MIB: u64 = 2048;
pub(crate) const MEMORY_VARIABLE: &str = "CONVENANT_SJABLOON_GEHEUGEN_MIB";

/// Ends the watch when dropped.
pub(crate) struct Watch {
    done: Arc<AtomicBool>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
    }
}

/// A positive whole number from the environment variable `variable`, else `default`.
pub(crate) fn setting(variable: &str, default: u64) -> u64 {
    std::env::var(variable)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .unwrap_or(default)
}

pub(crate) fn limit() -> Duration {
    Duration::from_secs(setting(VARIABLE, DEFAULT_SECONDS))
}

/// Resident memory of this process in MiB, where the system tells it.
fn resident_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// Print the diagnostic of a limit that was passed.
fn report(d: &crate::diagnostic::Diagnostic) {
    use std::io::Write as _;
    let text = crate::diagnostic::render_human(d, &Default::default());
    let _ = std::io::stderr().write_all(crate::diagnostic::guard(&text).as_bytes());
}

/// Start watching; keep the returned value alive while templates run.
pub(crate) fn watch() -> Watch {
    let done = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&done);
    let limit = limit();
    let memory = setting(MEMORY_VARIABLE, DEFAULT_MIB);
    let start = Instant::now();
    std::thread::spawn(move || {
        while !seen.load(Ordering::Acquire) {
            if let Some(used) = resident_mib().filter(|&m| m > memory) {
                let d = crate::rules::maken::SJB_03
                    .report(format!("het invullen van de sjablonen gebruikt {used} MiB geheugen, meer dan de grens van {memory} MiB; er is niets geschreven"))
                    .help(format!("een sjabloon in --templates maakt waarschijnlijk een tekst die steeds verdubbelt; verbeter het, of zet {MEMORY_VARIABLE} hoger voor een heel grote casus"));
                report(&d);
                std::process::exit(1);
            }
            if start.elapsed() > limit {
                let d = crate::rules::maken::SJB_03
                    .report(format!("het invullen van de sjablonen duurt langer dan {} seconden; er is niets geschreven", limit.as_secs()))
                    .help(format!("een sjabloon in --templates loopt waarschijnlijk eindeloos (lussen in lussen); verbeter het, of zet {VARIABLE} hoger voor een heel grote casus"));
                report(&d);
                std::process::exit(1);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    });
    Watch { done }
}
