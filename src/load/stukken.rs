//! More than the first error of a file. The typed reader stops at the first
//! value that does not fit, so three typos in three parties would take three
//! runs. When a file does not read, each item of each top-level list is read
//! again on its own: the file with every other line blanked, so that line
//! and column stay those of the file. Each item that does not read gives its
//! own error; the first error of the file is always among them.
//!
//! Within an item, the line of its error (with what is indented under it)
//! is blanked and the item read again, up to [`MAX_PER_ITEM`] times, so two
//! typos in one party show together. What blanking itself causes (a key
//! now missing) is not shown, and the search stops at an error on the
//! item's first line or on a line already reported. The items of a very
//! large file are read again only as far as a fixed budget allows, and a
//! YAML alias that refers to another item cannot be read on its own: a file
//! with anchors or aliases is read as a whole only.

use super::CasusFile;

/// At most this many errors of one file; the rest come on the next run.
pub(super) const MAX_PER_FILE: usize = 20;

/// At most this many errors of one list item.
const MAX_PER_ITEM: usize = 5;

/// The text of `text` with only the lines of `keep` (0-based, half-open)
/// and line `key` left, less those of `blank`; every other line blanked.
fn masked(
    text: &str,
    key: usize,
    keep: std::ops::Range<usize>,
    blank: &[std::ops::Range<usize>],
) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if (i == key || keep.contains(&i)) && !blank.iter().any(|b| b.contains(&i)) {
            out.push_str(line);
        }
    }
    out
}

/// Line `at` (0-based) and the lines after it that are indented deeper
/// (its value or block), within `keep`.
fn block(lines: &[&str], at: usize, keep: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let own = lines.get(at).map_or(0, |l| indent(l));
    let end = (at + 1..keep.end)
        .find(|&i| lines.get(i).is_some_and(|l| !filler(l) && indent(l) <= own))
        .unwrap_or(keep.end);
    at..end
}

/// The errors of one item, each found by blanking the line of the one
/// before it (see the module's documentation).
fn item_errors(
    text: &str,
    key: usize,
    keep: std::ops::Range<usize>,
    budget: &std::cell::Cell<usize>,
) -> Vec<serde_saphyr::Error> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<serde_saphyr::Error> = Vec::new();
    let mut blank: Vec<std::ops::Range<usize>> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    while out.len() < MAX_PER_ITEM {
        // Each reading costs the whole (blanked) file.
        let Some(left) = budget.get().checked_sub(text.len().max(1)) else {
            break;
        };
        budget.set(left);
        let Err(e) = serde_saphyr::from_str::<CasusFile>(&masked(text, key, keep.clone(), &blank))
        else {
            break;
        };
        let line = e
            .location()
            .map(|l| l.line() as usize)
            .filter(|&l| l > 0)
            .map(|l| l - 1);
        if !out.is_empty() {
            // What the blanking caused, or an error it does not move past.
            let caused = e.to_string().contains("missing field");
            let again = line.is_none_or(|l| seen.contains(&l) || !keep.contains(&l));
            if caused || again {
                break;
            }
        }
        out.push(e);
        let Some(line) = line.filter(|l| keep.contains(l) && *l != keep.start) else {
            break;
        };
        seen.push(line);
        blank.push(block(&lines, line, &keep));
    }
    out
}

/// Whether a line only continues what came before (blank or a comment).
fn filler(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// The items of the top-level lists of `text`: for each, the line of its
/// key and the lines of the item (0-based, half-open).
fn items(text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::new();
    let mut key: Option<usize> = None;
    let mut dash: Option<usize> = None;
    let mut start: Option<usize> = None;
    let mut close = |start: &mut Option<usize>, key: Option<usize>, end: usize| {
        if let (Some(s), Some(k)) = (start.take(), key) {
            out.push((k, s..end));
        }
    };
    for (i, line) in lines.iter().enumerate() {
        if filler(line) {
            continue;
        }
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        let is_item = rest == "-" || rest.starts_with("- ");
        if indent == 0 && !(is_item && key.is_some()) {
            close(&mut start, key, i);
            // `partijen:` and the like; a document marker or a scalar ends it.
            key = line.trim_end().ends_with(':').then_some(i);
            dash = None;
            continue;
        }
        if key.is_some() && is_item && dash.is_none_or(|d| d == indent) {
            close(&mut start, key, i);
            dash = Some(indent);
            start = Some(i);
        }
    }
    close(&mut start, key, lines.len());
    out
}

/// The errors of the items of `text` that do not read on their own, in
/// file order; empty when the file has anchors or aliases.
pub(super) fn errors(text: &str) -> Vec<serde_saphyr::Error> {
    if text.contains('&') || text.contains('*') {
        // Cheap and safe: `&` or `*` may be an anchor or alias.
        let aliases = text.split('\n').any(|l| {
            let t = l.trim_start().trim_start_matches("- ");
            t.split_once(':')
                .map_or(t, |(_, v)| v)
                .trim_start()
                .starts_with(['&', '*'])
                || t.starts_with(['&', '*'])
        });
        if aliases {
            return Vec::new();
        }
    }
    // Each reading costs the whole (blanked) file: a budget over all of
    // them keeps a huge file with thousands of items from taking minutes.
    let budget = std::cell::Cell::new(BUDGET);
    items(text)
        .into_iter()
        .flat_map(|(key, keep)| item_errors(text, key, keep, &budget))
        .take(MAX_PER_FILE)
        .collect()
}

/// Bytes read again at most, over all items of one file.
const BUDGET: usize = 20_000_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_item_is_found_with_its_key() {
        let text = "# kop\npartijen:\n  - id: a\n    naam: A\n\n  # b\n  - id: b\n    lijst:\n      - x\nstromen:\n- id: s\n";
        let got = items(text);
        // An item runs to the next one; its blank and comment lines go with it.
        assert_eq!(got, vec![(1, 2..6), (1, 6..9), (9, 10..12)]);
        let m = masked(text, 1, 6..9, &[]);
        assert_eq!(m.split('\n').count(), text.split('\n').count());
        assert!(m.contains("partijen:\n") && m.contains("  - id: b") && !m.contains("id: a"));
    }

    #[test]
    fn aliases_keep_the_file_whole() {
        assert!(errors("partijen:\n  - &p\n    id: a\n  - *p\n").is_empty());
    }
}
