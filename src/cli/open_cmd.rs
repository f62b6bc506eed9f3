//! The open items of a casus: found by filling in every document, reported
//! by `check` (and `render`) and listed by `convenant open`.

use super::*;
use crate::model::Status;
use crate::render::open::OpenItem;

/// The status of a casus: `concept` unless its covenant says `definitief`.
pub(super) fn status(c: &Checked) -> Status {
    c.casus
        .convenant
        .as_ref()
        .map_or(Status::Concept, |c| c.value.value.status)
}

/// Fill in the documents of each casus without errors and add its open
/// items as `OPEN-01` findings (errors in a definitief). Returns the items
/// per casus; a template problem becomes a diagnostic of that casus.
pub(super) fn add_open_items(
    checked: &mut [Checked],
    dirs: &[PathBuf],
    templates: &Templates,
) -> Vec<Vec<OpenItem>> {
    let mut all = Vec::with_capacity(checked.len());
    for (c, dir) in checked.iter_mut().zip(dirs) {
        if c.has_errors() {
            all.push(Vec::new());
            continue;
        }
        match render::fill_in(c, dir, templates) {
            Ok(items) => {
                c.diagnostics
                    .extend(render::open::diagnostics(&items, status(c)));
                diagnostic::sort(&mut c.diagnostics);
                all.push(items);
            }
            Err(e) => {
                if let Some(d) = e.diagnostic() {
                    c.diagnostics.push(d);
                }
                all.push(Vec::new());
            }
        }
    }
    all
}

/// `info[OPEN-01]` findings of a concept as one line with the count per
/// party; the other diagnostics as they are.
pub(super) fn summarised(c: &Checked, dir: &Path) -> Vec<diagnostic::Diagnostic> {
    let (open, mut rest): (Vec<_>, Vec<_>) = c
        .diagnostics
        .iter()
        .cloned()
        .partition(|d| d.code == "OPEN-01" && d.severity == diagnostic::Severity::Info);
    if open.is_empty() {
        return rest;
    }
    let mut per: Vec<(String, usize)> = Vec::new();
    for d in &open {
        let wie = d
            .message
            .split_once("te beslissen door ")
            .and_then(|(_, r)| r.split_once("; in "))
            .map_or("?", |(w, _)| w)
            .to_string();
        match per.iter_mut().find(|(w, _)| *w == wie) {
            Some((_, n)) => *n += 1,
            None => per.push((wie, 1)),
        }
    }
    let counts: Vec<String> = per.iter().map(|(w, n)| format!("{w} {n}")).collect();
    let rule = rules::find("OPEN-01").expect("OPEN-01 is registered");
    let mut d = rule
        .report(format!(
            "deze concept-versie heeft {} open {}: {}",
            open.len(),
            if open.len() == 1 { "punt" } else { "punten" },
            counts.join(", ")
        ))
        .help(format!(
            "`convenant open {}` toont ze met wat er ontbreekt en waar het wordt ingevuld; `status: definitief` kan pas als ze allemaal zijn ingevuld",
            dir.display()
        ));
    d.severity = diagnostic::Severity::Info;
    rest.insert(0, d);
    rest
}

/// `convenant open [CASUS]`: every open item, per party that must decide.
pub(super) fn run_open(
    given: &[PathBuf],
    format: Format,
    templates: Option<&Path>,
    uit: Uitvoer,
) -> u8 {
    let dirs = match casus_dirs(given, true) {
        Ok(dirs) => dirs,
        Err(message) => {
            eprint_guarded(&format!("fout: {message}\n"));
            return EXIT_USAGE;
        }
    };
    let templates = match Templates::load(templates) {
        Ok(t) => t,
        Err(e) => {
            uitvoer::eprint_klaar(
                &uit.diagnostic(&e.diagnostic().split_lines(), &Default::default()),
            );
            return EXIT_INVALID;
        }
    };
    let mut checked: Vec<Checked> = dirs.iter().map(|d| check::check(d)).collect();
    let items = add_open_items(&mut checked, &dirs, &templates);
    let mut code = EXIT_OK;
    let mut json = Vec::new();
    let mut text = String::new();
    for ((dir, c), items) in dirs.iter().zip(&checked).zip(&items) {
        if c.has_errors() && items.is_empty() {
            let mut err = super::errors_human(c, uit);
            err.push_str(&diagnostic::guard(&format!(
                "{}: afgekeurd; de open punten zijn pas te bepalen als de fouten zijn opgelost\n",
                diagnostic::visible(&dir.display().to_string())
            )));
            uitvoer::eprint_klaar(&err);
            code = EXIT_INVALID;
            continue;
        }
        match format {
            Format::Json => json.push(serde_json::json!({
                "casus": dir.display().to_string(),
                "status": status(c),
                "open": items,
            })),
            Format::Human => text.push_str(&human(dir, status(c), items)),
        }
    }
    match format {
        Format::Json => {
            let out = serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into());
            print_out(&format!("{}\n", out.replace("##", "#\\u0023"))).max(code)
        }
        Format::Human => print_out(&diagnostic::guard(&text)).max(code),
    }
}

fn human(dir: &Path, status: Status, items: &[OpenItem]) -> String {
    let name = diagnostic::visible(&dir.display().to_string());
    if items.is_empty() {
        return format!("{name}: geen open punten\n");
    }
    let mut out = format!(
        "{name}: {} open {} ({})\n",
        items.len(),
        if items.len() == 1 { "punt" } else { "punten" },
        match status {
            Status::Concept => "concept",
            Status::Definitief => "definitief: zo wordt niets gemaakt",
        }
    );
    let mut groups: Vec<&str> = Vec::new();
    for i in items {
        if !groups.contains(&i.wie.as_str()) {
            groups.push(&i.wie);
        }
    }
    for wie in groups {
        out.push_str(&format!(
            "\nWat {} nog moet beslissen:\n",
            diagnostic::visible(wie)
        ));
        for i in items.iter().filter(|i| i.wie == wie) {
            let plaatsen: Vec<String> = i
                .plaatsen
                .iter()
                .map(|p| match &p.artikel {
                    Some(a) => format!("{}, {a}", p.document),
                    None => p.document.clone(),
                })
                .collect();
            out.push_str(&format!(
                "  {:>3}. {}\n       in: {}\n       invullen: {}{}{}\n",
                i.nummer,
                diagnostic::visible(&i.wat),
                crate::nl::en(&plaatsen),
                i.sleutel
                    .as_ref()
                    .map(|k| format!("`{k}` bij "))
                    .unwrap_or_default(),
                diagnostic::visible(&i.blok),
                match (&i.bestand, i.regel) {
                    (Some(f), Some(r)) => format!(
                        " ({}, het blok begint op regel {r})",
                        diagnostic::visible(f)
                    ),
                    _ => String::new(),
                }
            ));
        }
    }
    out
}
