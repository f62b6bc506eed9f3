//! Which headings are articles that Word numbers.

use pulldown_cmark::{Event, Tag, TagEnd};

/// The length of `Artikel N ` at the start of `text`, and N.
pub(super) fn article_prefix(text: &str) -> Option<(usize, u64)> {
    let rest = text.strip_prefix("Artikel ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n: u64 = rest[..digits].parse().ok()?;
    let after = &rest[digits..];
    match after.chars().next() {
        None => Some(("Artikel ".len() + digits, n)),
        Some(' ') => Some(("Artikel ".len() + digits + 1, n)),
        Some(_) => None,
    }
}

/// For each heading in order, whether it is an article that Word numbers:
/// all of them only when every heading that starts with `Artikel N` is at
/// one level, starts with it in plain text, and they count 1, 2, 3, ...
/// in order; else none (their numbers stay text).
pub(super) fn articles(events: &[Event]) -> Vec<bool> {
    let mut level = None;
    let mut expected = 1;
    let mut marks = Vec::new();
    for (i, ev) in events.iter().enumerate() {
        let Event::Start(Tag::Heading { level: l, .. }) = ev else {
            continue;
        };
        let first = match events.get(i + 1) {
            Some(Event::Text(t)) => t.as_ref(),
            _ => "",
        };
        let all: String = events[i + 1..]
            .iter()
            .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let looks_like = |t: &str| {
            t.strip_prefix("Artikel ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        };
        match (article_prefix(first), article_prefix(&all)) {
            (None, None) if !looks_like(&all) => marks.push(false),
            (Some(a), Some(b)) if a == b && a.1 == expected && level.is_none_or(|v| v == *l) => {
                level = Some(*l);
                expected += 1;
                marks.push(true);
            }
            _ => return Vec::new(),
        }
    }
    marks
}
