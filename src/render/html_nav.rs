//! The ways around an HTML document: an anchor on every heading, a table
//! of contents at the top, a link back to the index, and a link wherever
//! the text names another document of the casus (`Bijlage 1`,
//! `Bijlage 3a`). Plain links only: no JavaScript.

use super::html::{escape, events};
use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd, html};
use std::collections::HashSet;

/// The body of a document page: navigation, then the document. `links`
/// pairs a name the text may use (`Bijlage 1`) with the file it names;
/// `engels` gives the navigation in English, like the document.
pub(crate) fn document_body(
    parsed: &[Event],
    links: &[(String, String)],
    diagrams: &super::diagram::Diagrams,
    engels: bool,
) -> String {
    let (inhoud, terug) = if engels {
        ("Contents", "To the overview of all documents (in Dutch)")
    } else {
        ("Inhoud", "Naar het overzicht van alle documenten")
    };
    let mut evs = events(parsed, diagrams);
    let toc = anchor_headings(&mut evs);
    let mut evs = link_names(evs, links);
    // A concept's banner (a quotation first in the document) stays the
    // first thing on the page; the navigation follows it.
    let mut out = String::new();
    if matches!(evs.first(), Some(Event::Start(Tag::BlockQuote(_)))) {
        let mut depth = 0usize;
        let end = evs
            .iter()
            .position(|e| {
                match e {
                    Event::Start(Tag::BlockQuote(_)) => depth += 1,
                    Event::End(TagEnd::BlockQuote(_)) => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map_or(0, |i| i + 1);
        let rest = evs.split_off(end);
        html::push_html(&mut out, evs.into_iter());
        evs = rest;
    }
    out.push_str(&format!(
        "<nav class=\"inhoud\" aria-label=\"{inhoud}\">\n<p><a href=\"index.html\">{terug}</a></p>\n"
    ));
    if !toc.is_empty() {
        out.push_str(&format!("<p><strong>{inhoud}</strong></p>\n<ul>\n"));
        for (level, id, text) in &toc {
            out.push_str(&format!(
                "<li class=\"niveau-{level}\"><a href=\"#{}\">{}</a></li>\n",
                escape(id),
                escape(text)
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</nav>\n");
    html::push_html(&mut out, evs.into_iter());
    out
}

/// An id for a heading's text: lowercase letters and digits, `-` between.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "kop".into() } else { out }
}

/// Give every heading an id (keeping one it has) and list them, in order,
/// with their level and text.
fn anchor_headings(evs: &mut [Event]) -> Vec<(u8, String, String)> {
    let mut taken: HashSet<String> = evs
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    let mut toc = Vec::new();
    for i in 0..evs.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &evs[i] else {
            continue;
        };
        let level = *level as u8;
        let mut text = String::new();
        for e in &evs[i + 1..] {
            match e {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) | Event::Code(t) => text.push_str(t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                _ => {}
            }
        }
        let anchor = match id {
            Some(id) => id.to_string(),
            None => {
                let base = slug(&text);
                let mut anchor = base.clone();
                let mut n = 2;
                while taken.contains(&anchor) {
                    anchor = format!("{base}-{n}");
                    n += 1;
                }
                taken.insert(anchor.clone());
                if let Event::Start(Tag::Heading { id, .. }) = &mut evs[i] {
                    *id = Some(CowStr::from(anchor.clone()));
                }
                anchor
            }
        };
        toc.push((level, anchor, text.trim().to_string()));
    }
    toc
}

/// Text outside links that names a document becomes a link to it. The
/// longest name wins, and a name must end where a word ends (`Bijlage 3`
/// does not match in `Bijlage 3a` or `Bijlage 30`).
fn link_names<'a>(evs: Vec<Event<'a>>, links: &[(String, String)]) -> Vec<Event<'a>> {
    let mut names: Vec<&(String, String)> = links.iter().collect();
    names.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    let mut out = Vec::with_capacity(evs.len());
    let mut in_link = 0usize;
    for e in evs {
        match &e {
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            _ => {}
        }
        let Event::Text(text) = &e else {
            out.push(e);
            continue;
        };
        if in_link > 0 || names.is_empty() {
            out.push(e);
            continue;
        }
        let text = text.to_string();
        let mut rest = text.as_str();
        'scan: while !rest.is_empty() {
            for (at, _) in rest.match_indices("Bijlage ") {
                for (name, file) in &names {
                    let after = &rest[at..];
                    if after.starts_with(name.as_str())
                        && !after[name.len()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                    {
                        if at > 0 {
                            out.push(Event::Text(CowStr::from(rest[..at].to_string())));
                        }
                        out.push(Event::Start(Tag::Link {
                            link_type: LinkType::Inline,
                            dest_url: CowStr::from(file.clone()),
                            title: CowStr::from(""),
                            id: CowStr::from(""),
                        }));
                        out.push(Event::Text(CowStr::from(name.clone())));
                        out.push(Event::End(TagEnd::Link));
                        rest = &rest[at + name.len()..];
                        continue 'scan;
                    }
                }
            }
            out.push(Event::Text(CowStr::from(rest.to_string())));
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_anchors_and_a_contents_list() {
        let links = vec![
            (
                "Bijlage 1".to_string(),
                "bijlage-1-toetreding.html".to_string(),
            ),
            (
                "Bijlage 3a".to_string(),
                "bijlage-3-casusoverleg-po.html".to_string(),
            ),
        ];
        let html = document_body(
            &crate::render::typst_markup::parse(
                "> **Concept**\n\n# Titel\n\n## Artikel 1 — Begrippen\n\nZie Bijlage 1 en Bijlage 3a, niet Bijlage 10.\n\n## Artikel 1 — Begrippen\n\n## Open {#open-3}\n",
            ),
            &links,
            &Default::default(),
            false,
        );
        assert!(
            html.starts_with("<blockquote>\n<p><strong>Concept</strong></p>\n</blockquote>\n<nav"),
            "{html}"
        );
        assert!(html.contains("<h1 id=\"titel\">"), "{html}");
        assert!(html.contains("<h2 id=\"artikel-1-begrippen\">"), "{html}");
        assert!(html.contains("<h2 id=\"artikel-1-begrippen-2\">"), "{html}");
        assert!(html.contains("<h2 id=\"open-3\">"), "{html}");
        assert!(
            html.contains("<a href=\"#artikel-1-begrippen-2\">"),
            "{html}"
        );
        assert!(html.contains("<a href=\"index.html\">"), "{html}");
        assert!(
            html.contains("<a href=\"bijlage-1-toetreding.html\">Bijlage 1</a> en <a href=\"bijlage-3-casusoverleg-po.html\">Bijlage 3a</a>, niet Bijlage 10."),
            "{html}"
        );
        assert!(!html.contains("<script"));
    }
}
