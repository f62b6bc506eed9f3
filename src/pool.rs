//! A bounded pool of worker threads over a list of work: `render` checks
//! casussen and compiles PDFs with it, at most `--jobs` at a time.
//!
//! std only (`thread::scope`): the work items are few and coarse (a casus, a
//! typst process), so a shared counter is all the scheduling they need.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The default number of workers: the machine's cores.
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `f` over every item on at most `workers` threads. Items are started in
/// order (put the long ones first); results come back in the items' order.
pub(crate) fn map<T: Sync, R: Send>(
    workers: usize,
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let workers = workers.clamp(1, items.len().max(1));
    if workers == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            // A panic in `f` is a bug: pass it on.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..100).collect();
        for workers in [1, 2, 7, 1000] {
            let got = map(workers, &items, |n| n * n);
            assert_eq!(got, items.iter().map(|n| n * n).collect::<Vec<_>>());
        }
        assert!(map(4, &[] as &[u8], |_| 0).is_empty());
    }

    #[test]
    fn never_more_than_the_workers_at_once() {
        let running = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let items = vec![(); 40];
        map(3, &items, |()| {
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(std::time::Duration::from_millis(2));
            running.fetch_sub(1, Ordering::SeqCst);
        });
        let most = most.load(Ordering::SeqCst);
        assert!((1..=3).contains(&most), "{most}");
    }
}
