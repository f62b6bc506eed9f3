//! Bounds on what a template may make: a document of at most 64 MiB, and
//! `range` counted against one budget per document.

use tera::{Kwargs, State};

/// Largest Markdown document a template may make, in bytes.
pub(crate) const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;
/// Most numbers `range` may make while one document is rendered.
pub(crate) const MAX_RANGE_WORK: u64 = 1_000_000;

thread_local! {
    pub(super) static RANGE_WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A writer that stops taking bytes past [`MAX_DOCUMENT_BYTES`].
pub(super) struct Capped {
    pub(super) bytes: Vec<u8>,
    pub(super) full: bool,
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > MAX_DOCUMENT_BYTES {
            self.full = true;
            return Err(std::io::Error::other("document te groot"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// tera's `range(end=, start=, step_by=)`, counted against [`MAX_RANGE_WORK`].
pub(super) fn bounded_range(kwargs: Kwargs, _: &State) -> tera::TeraResult<Vec<i64>> {
    let start = kwargs.get::<i64>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message("`range`: `step_by` mag niet 0 zijn"));
    }
    let span = if step > 0 {
        i128::from(end) - i128::from(start)
    } else {
        i128::from(start) - i128::from(end)
    };
    let len = if span <= 0 {
        0
    } else {
        (span + i128::from(step.unsigned_abs()) - 1) / i128::from(step.unsigned_abs())
    };
    let len = u64::try_from(len).unwrap_or(u64::MAX);
    let total = RANGE_WORK.with(|w| {
        let total = w.get().saturating_add(len);
        w.set(total);
        total
    });
    if total > MAX_RANGE_WORK {
        return Err(tera::Error::message(format!(
            "`range` maakt in dit document samen meer dan {MAX_RANGE_WORK} getallen; een sjabloon met zulke lussen houdt niet op"
        )));
    }
    let mut values = Vec::with_capacity(len as usize);
    let mut i = start;
    while (step > 0 && i < end) || (step < 0 && i > end) {
        values.push(i);
        i = match i.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    Ok(values)
}
