//! The parts of a document's Markdown (the text under each heading), so a
//! change can be named by the article it is in; and the redline
//! *wijzigingsoverzicht*: per changed document its changed parts, word by
//! word, with insertions and deletions marked (`<ins>`/`<del>` in HTML,
//! `++`/`~~` in Markdown). Document text is escaped in both, so nothing in
//! it can look like a mark or like markup.

use crate::render::{html, markdown_escape};
use similar::{ChangeTag, TextDiff};
use std::fmt::Write as _;

/// One part of a document: its heading (empty for the text before the
/// first one) and its lines, the heading included.
pub struct Deel<'a> {
    pub kop: String,
    /// The heading without its number (`Artikel 12 Wijzigingen` →
    /// `Artikel Wijzigingen`), so an article that moves keeps its key.
    pub sleutel: String,
    /// Its text without the heading: a new number alone is no change.
    pub tekst: String,
    pub regels: Vec<&'a str>,
}

/// Split Markdown at its headings of level 1 to 3.
pub fn delen(md: &str) -> Vec<Deel<'_>> {
    let mut out: Vec<Deel> = vec![Deel {
        kop: String::new(),
        sleutel: String::new(),
        tekst: String::new(),
        regels: Vec::new(),
    }];
    for line in md.lines() {
        let level = line.chars().take_while(|&c| c == '#').count();
        if (1..=3).contains(&level) && line[level..].starts_with(' ') {
            let kop = line[level..].trim().to_string();
            out.push(Deel {
                sleutel: sleutel(&kop),
                kop,
                tekst: String::new(),
                regels: Vec::new(),
            });
        }
        if let Some(last) = out.last_mut() {
            if !last.regels.is_empty() || last.kop.is_empty() {
                last.tekst.push_str(line);
                last.tekst.push('\n');
            }
            last.regels.push(line);
        }
    }
    // Two parts with the same heading: number the later ones.
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for d in &mut out {
        let n = seen.entry(d.sleutel.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            d.sleutel = format!("{} #{n}", d.sleutel);
        }
    }
    out
}

fn sleutel(kop: &str) -> String {
    kop.split_whitespace()
        .filter(|w| !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The headings of the parts whose text differs, in the order of the new
/// version (a part that is gone: its old heading, at the end).
pub fn changed_parts(oud: &str, nieuw: &str) -> Vec<String> {
    let oud = delen(oud);
    let nieuw = delen(nieuw);
    let mut out = Vec::new();
    for n in &nieuw {
        match oud.iter().find(|o| o.sleutel == n.sleutel) {
            Some(o) if o.tekst == n.tekst => {}
            _ => out.push(naam(&n.kop)),
        }
    }
    for o in &oud {
        if !nieuw.iter().any(|n| n.sleutel == o.sleutel) {
            out.push(format!("{} (vervalt)", naam(&o.kop)));
        }
    }
    out
}

fn naam(kop: &str) -> String {
    if kop.is_empty() {
        "(begin van het document)".into()
    } else {
        kop.to_string()
    }
}

/// One document of the overview: its stem, and its Markdown before and
/// after (`None` where it does not exist).
pub struct Paar<'a> {
    pub stem: &'a str,
    pub oud: Option<&'a str>,
    pub nieuw: Option<&'a str>,
}

/// A run of text of one kind: unchanged, inserted or deleted.
pub struct Stuk {
    pub tag: ChangeTag,
    pub tekst: String,
}

/// One changed document of the overview: its parts that change, each as
/// its heading and its runs.
pub struct DocWijziging {
    pub stem: String,
    /// ` (nieuw document)`, ` (vervalt)` or empty.
    pub status: &'static str,
    pub delen: Vec<(String, Vec<Stuk>)>,
}

/// The *wijzigingsoverzicht*, once, for every format.
pub struct Overzicht {
    pub titel: String,
    pub documenten: Vec<DocWijziging>,
}

/// Compare each pair as the text a reader sees ([`platte_tekst`]).
pub fn maak(titel: &str, paren: &[Paar]) -> Overzicht {
    Overzicht {
        titel: titel.to_string(),
        documenten: paren
            .iter()
            .map(|p| {
                let oud = p.oud.map(super::platte_tekst::van);
                let nieuw = p.nieuw.map(super::platte_tekst::van);
                DocWijziging {
                    stem: p.stem.to_string(),
                    status: match (p.oud, p.nieuw) {
                        (None, _) => " (nieuw document)",
                        (_, None) => " (vervalt)",
                        _ => "",
                    },
                    delen: redline(oud.as_deref(), nieuw.as_deref()),
                }
            })
            .collect(),
    }
}

/// Word changes as runs: the deleted words of a change together and then
/// the inserted ones (`~~EER (Nederland)~~++Verenigde Staten++`), the
/// spaces between changed words taken into both.
fn samen<'a>(changes: impl Iterator<Item = (ChangeTag, &'a str)>) -> Vec<Stuk> {
    let mut out: Vec<Stuk> = Vec::new();
    let (mut del, mut ins, mut ws) = (String::new(), String::new(), String::new());
    let push = |out: &mut Vec<Stuk>, tag: ChangeTag, tekst: &str| {
        if tekst.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.tag == tag => last.tekst.push_str(tekst),
            _ => out.push(Stuk {
                tag,
                tekst: tekst.to_string(),
            }),
        }
    };
    for (tag, value) in changes {
        let pending = !del.is_empty() || !ins.is_empty();
        match tag {
            ChangeTag::Equal if pending && value.trim().is_empty() && !value.contains('\n') => {
                ws.push_str(value);
            }
            ChangeTag::Equal => {
                push(&mut out, ChangeTag::Delete, &std::mem::take(&mut del));
                push(&mut out, ChangeTag::Insert, &std::mem::take(&mut ins));
                push(&mut out, ChangeTag::Equal, &std::mem::take(&mut ws));
                push(&mut out, ChangeTag::Equal, value);
            }
            ChangeTag::Delete | ChangeTag::Insert => {
                let w = std::mem::take(&mut ws);
                if !del.is_empty() {
                    del.push_str(&w);
                }
                if !ins.is_empty() {
                    ins.push_str(&w);
                }
                if tag == ChangeTag::Delete {
                    del.push_str(value);
                } else {
                    ins.push_str(value);
                }
            }
        }
    }
    push(&mut out, ChangeTag::Delete, &del);
    push(&mut out, ChangeTag::Insert, &ins);
    push(&mut out, ChangeTag::Equal, &ws);
    out
}

/// The changed parts of a document, each as its heading and its runs.
fn redline(oud: Option<&str>, nieuw: Option<&str>) -> Vec<(String, Vec<Stuk>)> {
    let oud = oud.map(delen).unwrap_or_default();
    let nieuw = nieuw.map(delen).unwrap_or_default();
    let mut out = Vec::new();
    let mut paar = |kop: &str, o: &str, n: &str| {
        let diff = TextDiff::from_words(o, n);
        out.push((
            naam(kop),
            samen(diff.iter_all_changes().map(|c| (c.tag(), c.value()))),
        ));
    };
    // A part's text without its heading, which the overview shows above it.
    let tekst = |d: &Deel| {
        let skip = usize::from(!d.kop.is_empty());
        d.regels[skip.min(d.regels.len())..]
            .join("\n")
            .trim_matches('\n')
            .to_string()
    };
    for n in &nieuw {
        match oud.iter().find(|o| o.sleutel == n.sleutel) {
            Some(o) if o.tekst == n.tekst => {}
            Some(o) => paar(&n.kop, &tekst(o), &tekst(n)),
            None => paar(&n.kop, "", &tekst(n)),
        }
    }
    for o in &oud {
        if !nieuw.iter().any(|n| n.sleutel == o.sleutel) {
            paar(&o.kop, &tekst(o), "");
        }
    }
    out
}

/// A word of a document as Markdown text: [`markdown_escape::escape`], and
/// every `+` escaped too, so no `++` of the text reads as a mark.
fn md_woord(w: &str) -> String {
    let escaped = markdown_escape::escape(w);
    let mut out = String::with_capacity(escaped.len());
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            '+' => out.push_str("\\+"),
            c => out.push(c),
        }
    }
    out
}

/// A run as Markdown: each line of it on its own line (a hard break at the
/// end), every word escaped, a changed run's words between marks.
fn md_stuk(out: &mut String, s: &Stuk) {
    let mark = match s.tag {
        ChangeTag::Equal => "",
        ChangeTag::Insert => "++",
        ChangeTag::Delete => "~~",
    };
    for (i, line) in s.tekst.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\\\n");
        }
        let words: Vec<String> = line.split_whitespace().map(md_woord).collect();
        if words.is_empty() {
            // Keep the space between two runs on one line.
            if !line.is_empty() && !out.ends_with(['\n', ' ']) {
                out.push(' ');
            }
            continue;
        }
        if line.starts_with(char::is_whitespace) && !out.ends_with(['\n', ' ']) {
            out.push(' ');
        }
        let _ = write!(out, "{mark}{}{mark}", words.join(" "));
        if line.ends_with(char::is_whitespace) {
            out.push(' ');
        }
    }
}

fn html_stuk(out: &mut String, s: &Stuk) {
    let (open, close) = match s.tag {
        ChangeTag::Equal => ("", ""),
        ChangeTag::Insert => ("<ins>", "</ins>"),
        ChangeTag::Delete => ("<del>", "</del>"),
    };
    for (i, line) in s.tekst.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>\n");
        }
        if !line.is_empty() {
            let _ = write!(out, "{open}{}{close}", html::escape(line));
        }
    }
}

/// The overview as Markdown.
pub fn markdown(o: &Overzicht) -> String {
    let mut md = format!("# {}\n\n", markdown_escape::escape(&o.titel));
    md.push_str("Per document de delen die veranderen. Nieuwe tekst staat tussen `++`, vervallen tekst tussen `~~`.\n");
    if o.documenten.is_empty() {
        md.push_str("\nGeen document verandert.\n");
    }
    for d in &o.documenten {
        let _ = write!(
            md,
            "\n## {}{}\n",
            markdown_escape::escape(&d.stem),
            d.status
        );
        for (kop, stukken) in &d.delen {
            let _ = write!(md, "\n### {}\n\n", markdown_escape::escape(kop));
            for s in stukken {
                md_stuk(&mut md, s);
            }
            md = md.trim_end_matches([' ', '\\', '\n']).to_string();
            md.push('\n');
        }
    }
    md
}

/// The overview as the body of an HTML page.
pub fn html(o: &Overzicht) -> String {
    let mut body = format!("<h1>{}</h1>\n", html::escape(&o.titel));
    body.push_str("<p>Per document de delen die veranderen. Nieuwe tekst is <ins>onderstreept</ins>, vervallen tekst <del>doorgehaald</del>.</p>\n");
    if o.documenten.is_empty() {
        body.push_str("<p>Geen document verandert.</p>\n");
    }
    for d in &o.documenten {
        let _ = writeln!(body, "<h2>{}{}</h2>", html::escape(&d.stem), d.status);
        for (kop, stukken) in &d.delen {
            let _ = writeln!(
                body,
                "<h3>{}</h3>\n<p class=\"redline\">",
                html::escape(kop)
            );
            for s in stukken {
                html_stuk(&mut body, s);
            }
            body.push_str("\n</p>\n");
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_matched_by_heading_without_number() {
        let oud = "Kop\n\n## Artikel 1 Doel\n\nA\n\n## Artikel 2 Wijzigingen\n\nB\n";
        let nieuw = "Kop\n\n## Artikel 1 Doel\n\nA2\n\n## Artikel 2 Nieuw\n\nC\n\n## Artikel 3 Wijzigingen\n\nB\n";
        assert_eq!(
            changed_parts(oud, nieuw),
            vec!["Artikel 1 Doel", "Artikel 2 Nieuw"]
        );
    }

    #[test]
    fn the_overview_marks_words_and_escapes_the_text() {
        let paren = [Paar {
            stem: "convenant",
            oud: Some("## Artikel 1 Doel\n\nDe school meldt \\<b\\>verzuim\\</b\\>.\n"),
            nieuw: Some("## Artikel 1 Doel\n\nDe **school** meldt ++x++ ziekte \\(S1\\).\n"),
        }];
        let o = maak("Wijzigingsoverzicht", &paren);
        let (md, html) = (markdown(&o), html(&o));
        assert!(md.contains("~~\\<b\\>verzuim\\</b\\>.~~"), "{md}");
        assert!(md.contains("++\\+\\+x\\+\\+ ziekte (S1).++"), "{md}");
        assert!(
            md.contains("### Artikel 1 Doel\n\nDe school meldt ~~"),
            "{md}"
        );
        assert!(
            html.contains("<del>&lt;b&gt;verzuim&lt;/b&gt;.</del>"),
            "{html}"
        );
        assert!(html.contains("<ins>++x++ ziekte (S1).</ins>"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        // The reader sees words: no escape or emphasis of the Markdown.
        assert!(!html.contains('\\') && !html.contains("**"), "{html}");
    }
}
