//! A bound on the time templates may take. A region's template can loop
//! over the casus without end (`{% for a in x %}{% for b in x %}…`), which no
//! count inside tera catches when the loops print nothing. While the
//! templates of a render are filled in, a watchdog thread waits; past the
//! limit it prints a Dutch error and ends the process with exit code 1.
//! Nothing is written before the templates are done, and each file is
//! written atomically, so ending there leaves every file as it was.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The limit, unless `CONVENANT_SJABLOON_SECONDEN` sets another: a thousand
/// parties take well under a second.
pub const DEFAULT_SECONDS: u64 = 120;
pub const VARIABLE: &str = "CONVENANT_SJABLOON_SECONDEN";

/// Ends the watch when dropped.
pub struct Watch {
    done: Arc<AtomicBool>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
    }
}

pub fn limit() -> Duration {
    let seconds = std::env::var(VARIABLE)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .unwrap_or(DEFAULT_SECONDS);
    Duration::from_secs(seconds)
}

/// Start watching; keep the returned value alive while templates run.
pub fn watch() -> Watch {
    let done = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&done);
    let limit = limit();
    let start = Instant::now();
    std::thread::spawn(move || {
        while !seen.load(Ordering::Acquire) {
            if start.elapsed() > limit {
                eprintln!(
                    "fout: het invullen van de sjablonen duurt langer dan {} seconden; er is niets geschreven\n  = hulp: een sjabloon in --templates loopt waarschijnlijk eindeloos (lussen in lussen); verbeter het, of zet {VARIABLE} hoger voor een heel grote casus",
                    limit.as_secs()
                );
                std::process::exit(1);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    Watch { done }
}
