//! Synthetic casus for benchmarks: the example casus copied `k` times, every
//! id of a copy given a suffix, so the copies are independent districts of
//! one big region that still passes `check`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The ids the example defines (parties, tasks, purposes, data, flows,
/// processors, casusoverleggen, phases), found by loading it.
fn example_ids(example: &Path) -> BTreeSet<String> {
    let loaded = convenant::load::load(example);
    let c = &loaded.casus;
    let mut ids = BTreeSet::new();
    for p in &c.partijen {
        ids.insert(p.id.value.clone());
        ids.extend(p.taken.iter().map(|t| t.id.value.clone()));
    }
    ids.extend(c.doelen.iter().map(|d| d.id.value.clone()));
    ids.extend(c.gegevens.iter().map(|g| g.id.value.clone()));
    ids.extend(c.stromen.iter().map(|s| s.id.value.clone()));
    ids.extend(c.verwerkers.iter().map(|v| v.id.value.clone()));
    ids.extend(c.groepen.iter().map(|g| g.id.value.clone()));
    ids.extend(c.wetten.iter().map(|w| w.id.value.clone()));
    for o in &c.casusoverleggen {
        ids.insert(o.id.value.clone());
        ids.extend(o.fasen.iter().map(|f| f.id.value.clone()));
    }
    ids
}

/// Keys whose values are fixed words of the format, never ids (the gegeven
/// `pgn` and the value `nummer: pgn` share a spelling).
const ENUM_KEYS: &[&str] = &["soort:", "nummer:", "kanaal:", "categorie:"];

/// Replace every slug token of `text` that is an id by `id-<suffix>`.
fn rename(text: &str, ids: &BTreeSet<String>, suffix: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            if ENUM_KEYS.iter().any(|k| line.trim_start().starts_with(k)) {
                line.to_string()
            } else {
                rename_line(line, ids, suffix)
            }
        })
        .collect()
}

fn rename_line(text: &str, ids: &BTreeSet<String>, suffix: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut token = String::new();
    // A token right before `:` is a key (the task `meldcode` and the key `meldcode:`).
    let flush = |token: &mut String, out: &mut String, is_key: bool| {
        if !is_key && ids.contains(token.as_str()) {
            out.push_str(token);
            out.push('-');
            out.push_str(suffix);
        } else {
            out.push_str(token);
        }
        token.clear();
    };
    for ch in text.chars() {
        if ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' {
            token.push(ch);
        } else {
            flush(&mut token, &mut out, ch == ':');
            out.push(ch);
        }
    }
    flush(&mut token, &mut out, false);
    out
}

/// Write the example `k` times into `dir` (copy 0 keeps its ids and holds
/// the `convenant` and `dpia` blocks). Returns the casus folder.
pub fn grow(example: &Path, k: usize, dir: &Path) -> PathBuf {
    let ids = example_ids(example);
    let files = convenant::load::yaml_files(example).expect("example readable");
    for copy in 0..k {
        for file in &files {
            let rel = file.strip_prefix(example).unwrap();
            let name = rel.to_string_lossy();
            if copy > 0 && (name == "convenant.yaml" || name == "dpia.yaml") {
                continue;
            }
            let text = std::fs::read_to_string(file).unwrap();
            let text = if copy == 0 {
                text
            } else {
                rename(&text, &ids, &format!("k{copy}"))
            };
            let target = dir.join(format!("k{copy:04}")).join(rel);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, text).unwrap();
        }
    }
    dir.to_path_buf()
}
