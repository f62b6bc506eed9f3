//! Open items: every place where a document says “In te vullen door …”.
//!
//! A template marks such a place with `{{ open(id=..., wie=..., wat=...,
//! bij=...) }}`. While a document is filled in, each call is recorded here
//! and leaves a token that no casus value can contain (casus text holds no
//! control characters, `TXT-01`). When every document of a casus is done,
//! the items are numbered in order of first appearance, one number per id
//! across all documents, and each token becomes a visible mark:
//! `[**open 3** · In te vullen door Gemeente Voorstad: ...](index.html#open-3)`,
//! highlighted in HTML and PDF and listed on the index page.

use super::markdown_escape::escape;
use crate::model::Casus;
use crate::source::Loc;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::BTreeMap;

const START: char = '\u{1}';
const END: char = '\u{2}';

/// What a template recorded at one place.
#[derive(Debug, Clone)]
pub(crate) struct Recorded {
    pub id: String,
    pub wie: String,
    pub wat: String,
    pub bij: String,
    pub sleutel: Option<String>,
    pub artikel: Option<String>,
}

thread_local! {
    static RECORDED: RefCell<Vec<Recorded>> = const { RefCell::new(Vec::new()) };
}

/// Forget what an earlier document recorded on this thread.
pub(crate) fn start() {
    RECORDED.with(|r| r.borrow_mut().clear());
}

/// Record one place; the token the template prints there.
pub(crate) fn record(item: Recorded) -> String {
    RECORDED.with(|r| {
        let mut r = r.borrow_mut();
        r.push(item);
        format!("{START}{}{END}", r.len() - 1)
    })
}

/// What the document filled in last on this thread recorded.
pub(crate) fn take() -> Vec<Recorded> {
    RECORDED.with(|r| std::mem::take(&mut *r.borrow_mut()))
}

/// Where an open item appears.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Plaats {
    /// The document's file name without extension (`convenant`).
    pub document: String,
    pub titel: String,
    /// `artikel 7`, when the template says so.
    pub artikel: Option<String>,
}

/// One open decision, numbered, with every place it appears.
#[derive(Debug, Clone, Serialize)]
pub struct OpenItem {
    pub nummer: usize,
    /// Stable: the same decision has the same id in every run.
    pub id: String,
    /// Who must decide: a party, or `Partijen gezamenlijk`.
    pub wie: String,
    /// What is missing, as the first place says it.
    pub wat: String,
    /// The casus block it belongs to: `convenant`, `dpia`, `partij:ID`,
    /// `stroom:ID`, `overleg:ID`, `verwerker:ID`.
    pub bij: String,
    /// The key in that block that fills it, when there is one.
    pub sleutel: Option<String>,
    pub plaatsen: Vec<Plaats>,
    /// How a user names that block: `partij \`gemeente-voorstad\``.
    pub blok: String,
    /// Where the block starts, relative to the casus folder, and its line.
    pub bestand: Option<String>,
    pub regel: Option<u64>,
    #[serde(skip)]
    pub loc: Option<Loc>,
}

/// Fill in where each item's block is in the casus.
pub(crate) fn locate(
    items: &mut [OpenItem],
    casus: &Casus,
    sources: &crate::source::Sources,
    casus_dir: &std::path::Path,
) {
    for item in items {
        item.blok = block_name(&item.bij);
        item.loc = loc(casus, &item.bij);
        if let Some(l) = item.loc {
            let path = sources.path(l.file);
            let rel = path.strip_prefix(casus_dir).unwrap_or(path);
            item.bestand = Some(rel.to_string_lossy().replace('\\', "/"));
            item.regel = Some(l.line);
        }
    }
}

/// One filled-in document: its stem and title, its Markdown with tokens,
/// and what it recorded.
pub(crate) struct Filled {
    /// An English document: its marks read “To be completed by”.
    pub engels: bool,
    pub stem: String,
    pub titel: String,
    pub markdown: String,
    pub recorded: Vec<Recorded>,
}

/// Number the open items of all documents of a casus and put their marks
/// in the Markdown. Returns the documents' Markdown, in order, and the items.
pub(crate) fn number(docs: Vec<Filled>) -> (Vec<String>, Vec<OpenItem>) {
    let mut items: Vec<OpenItem> = Vec::new();
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        let mut md = String::with_capacity(doc.markdown.len());
        let mut rest = doc.markdown.as_str();
        while let Some(start) = rest.find(START) {
            md.push_str(&rest[..start]);
            let after = &rest[start + START.len_utf8()..];
            let Some(end) = after.find(END) else {
                rest = after;
                continue;
            };
            let recorded = after[..end]
                .parse::<usize>()
                .ok()
                .and_then(|k| doc.recorded.get(k));
            rest = &after[end + END.len_utf8()..];
            let Some(r) = recorded else { continue };
            let plaats = Plaats {
                document: doc.stem.clone(),
                titel: doc.titel.clone(),
                artikel: r.artikel.clone(),
            };
            let i = *by_id.entry(r.id.clone()).or_insert_with(|| {
                items.push(OpenItem {
                    nummer: items.len() + 1,
                    id: r.id.clone(),
                    wie: r.wie.clone(),
                    wat: r.wat.clone(),
                    bij: r.bij.clone(),
                    sleutel: r.sleutel.clone(),
                    plaatsen: Vec::new(),
                    blok: String::new(),
                    bestand: None,
                    regel: None,
                    loc: None,
                });
                items.len() - 1
            });
            if !items[i].plaatsen.contains(&plaats) {
                items[i].plaatsen.push(plaats);
            }
            md.push_str(&mark(items[i].nummer, &r.wie, &r.wat, doc.engels));
        }
        md.push_str(rest);
        out.push(md);
    }
    (out, items)
}

/// The visible mark of open item `n`: a link to its entry on the index
/// page, which the HTML and the PDF highlight.
fn mark(n: usize, wie: &str, wat: &str, engels: bool) -> String {
    let wat = if wat.is_empty() {
        String::new()
    } else {
        format!(": {}", escape(wat))
    };
    let door = if engels {
        "To be completed by"
    } else {
        "In te vullen door"
    };
    format!(
        "[**open {n}** · {door} {}{wat}](index.html#open-{n})",
        escape(wie)
    )
}

/// Whether a link target is the mark of an open item (`index.html#open-3`).
pub(crate) fn is_mark(url: &str) -> bool {
    url.strip_prefix("index.html#open-")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The findings of the open items: `info` in a concept, errors in a
/// definitief (it may not be signed with anything left open).
pub(crate) fn diagnostics(
    items: &[OpenItem],
    status: crate::model::Status,
) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::diagnostic::Severity;
    let rule = crate::rules::find("OPEN-01").expect("OPEN-01 is registered");
    items
        .iter()
        .map(|item| {
            let plaatsen: Vec<String> = item
                .plaatsen
                .iter()
                .map(|p| match &p.artikel {
                    Some(a) => format!("{}, {a}", p.document),
                    None => p.document.clone(),
                })
                .collect();
            let mut d = rule.report(format!(
                "open punt {}: {} (te beslissen door {}; in {})",
                item.nummer,
                item.wat,
                item.wie,
                crate::nl::en(&plaatsen)
            ));
            d.severity = match status {
                crate::model::Status::Concept => Severity::Info,
                crate::model::Status::Definitief => Severity::Error,
            };
            d.loc = item.loc;
            let waar = match &item.sleutel {
                Some(k) => format!("vul `{k}` in bij {}", item.blok),
                None => format!("vul het in bij {}", item.blok),
            };
            d.help(match status {
                crate::model::Status::Concept => {
                    format!("{waar}; in een concept mag het nog open staan")
                }
                crate::model::Status::Definitief => {
                    format!("{waar}, of zet `status: concept` zolang het niet besloten is")
                }
            })
        })
        .collect()
}

/// The place in the casus where the block of `bij` starts.
pub(crate) fn loc(casus: &Casus, bij: &str) -> Option<Loc> {
    let (kind, id) = bij.split_once(':').unwrap_or((bij, ""));
    match kind {
        "convenant" => casus
            .convenant
            .as_ref()
            .map(|c| Loc::of(c.bestand, &c.value)),
        "dpia" => casus
            .dpia
            .as_ref()
            .map(|d| Loc::of(d.bestand, &d.value))
            .or_else(|| loc(casus, "convenant")),
        "partij" => casus
            .partijen
            .iter()
            .find(|p| p.id.value == id)
            .map(|p| Loc::of(p.bestand, &p.id)),
        "stroom" => casus
            .stromen
            .iter()
            .find(|s| s.id.value == id)
            .map(|s| Loc::of(s.bestand, &s.id)),
        "overleg" => casus
            .casusoverleggen
            .iter()
            .find(|o| o.id.value == id)
            .map(|o| Loc::of(o.bestand, &o.id)),
        "verwerker" => casus
            .verwerkers
            .iter()
            .find(|v| v.id.value == id)
            .map(|v| Loc::of(v.bestand, &v.id)),
        _ => None,
    }
}

/// How a user names the block of `bij` in a message.
pub(crate) fn block_name(bij: &str) -> String {
    match bij.split_once(':') {
        Some(("partij", id)) => format!("partij `{id}`"),
        Some(("stroom", id)) => format!("stroom `{id}`"),
        Some(("overleg", id)) => format!("casusoverleg `{id}`"),
        Some(("verwerker", id)) => format!("verwerker `{id}`"),
        _ if bij == "dpia" => "het blok `dpia:`".into(),
        _ => "het blok `convenant:`".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, wie: &str) -> Recorded {
        Recorded {
            id: id.into(),
            wie: wie.into(),
            wat: "de termijn".into(),
            bij: "convenant".into(),
            sleutel: None,
            artikel: None,
        }
    }

    #[test]
    fn one_number_per_id_across_documents_in_order() {
        start();
        let a = record(rec("x", "Partijen gezamenlijk"));
        let b = record(rec("y", "Gemeente *A*"));
        let first = Filled {
            engels: false,
            stem: "convenant".into(),
            titel: "Convenant".into(),
            markdown: format!("1 {b} 2 {a}\n"),
            recorded: take(),
        };
        let c = record(rec("x", "Partijen gezamenlijk"));
        let second = Filled {
            engels: false,
            stem: "dpia".into(),
            titel: "DPIA".into(),
            markdown: format!("{c}\n"),
            recorded: take(),
        };
        let (md, items) = number(vec![first, second]);
        assert_eq!(
            md[0],
            "1 [**open 1** · In te vullen door Gemeente \\*A\\*: de termijn](index.html#open-1) 2 \
             [**open 2** · In te vullen door Partijen gezamenlijk: de termijn](index.html#open-2)\n"
        );
        assert!(md[1].contains("index.html#open-2"));
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].id, "x");
        assert_eq!(items[1].plaatsen.len(), 2);
        assert!(
            is_mark("index.html#open-12") && !is_mark("index.html#open-") && !is_mark("x#open-1")
        );
    }
}
