//! `convenant check`: every casus checked, its diagnostics as text or JSON.

use super::*;

/// At most this many messages of one code in one file in the human output.
const MAX_PER_CODE: usize = 100;

pub(super) fn run_check(
    given: &[PathBuf],
    format: CheckFormat,
    strict: bool,
    templates: Option<&Path>,
    uit: Uitvoer,
) -> u8 {
    let strict = if strict {
        check::Strictness::Strict
    } else {
        check::Strictness::Normal
    };
    let dirs = match casus_dirs(given, true) {
        Ok(dirs) => dirs,
        Err(message) => {
            eprint_guarded(&format!("fout: {message}\n"));
            return EXIT_USAGE;
        }
    };
    let mut checked: Vec<Checked> = dirs.iter().map(|d| check::check(d)).collect();
    check_templates(&mut checked, &dirs, templates);
    let invalid = checked.iter().any(|c| c.fails(strict));
    let verslagen: Vec<crate::report::Casusverslag> = dirs
        .iter()
        .zip(&checked)
        .map(|(d, c)| crate::report::Casusverslag::new(d, c, strict))
        .collect();
    match format {
        CheckFormat::Json => {
            let json = serde_json::to_string_pretty(&crate::report::json::render(&verslagen))
                .unwrap_or_else(|_| "{}".into());
            // `##vso[` and `##[` start a CI command anywhere in a log line;
            // inside a JSON string `#` may be written as `\u0023`.
            let json = json.replace("##", "#\\u0023");
            print_out(&format!("{json}\n"));
        }
        CheckFormat::Sarif => {
            let json = serde_json::to_string_pretty(&crate::report::sarif::render(&verslagen))
                .unwrap_or_else(|_| "{}".into());
            let json = json.replace("##", "#\\u0023");
            print_out(&format!("{json}\n"));
        }
        CheckFormat::Github => {
            print_out(&crate::report::github::render(&verslagen));
        }
        CheckFormat::Human => {
            // Every piece is guarded as it is added: the colours of `uit`
            // are escapes a second guard would undo.
            let mut err = String::new();
            for (dir, c) in dirs.iter().zip(&checked) {
                let mut shown = super::open_cmd::summarised(c, dir);
                shown.retain(|d| uit.toont(d));
                // Errors first, the findings (DPIA verdict, open items) last.
                diagnostic::for_people(&mut shown);
                // A hundred of one code in one file say enough; the rest is
                // counted, so a large file cannot flood a CI log.
                let mut seen: std::collections::BTreeMap<(&str, Option<usize>), usize> =
                    std::collections::BTreeMap::new();
                for d in &shown {
                    let n = seen.entry((d.code, d.loc.map(|l| l.file))).or_default();
                    *n += 1;
                    if *n <= MAX_PER_CODE {
                        err.push_str(&uit.diagnostic(d, &c.sources));
                        err.push('\n');
                    }
                }
                for ((code, file), n) in &seen {
                    if *n > MAX_PER_CODE {
                        let waar = file.map_or(String::new(), |f| {
                            format!(
                                " in {}",
                                diagnostic::visible(&c.sources.path(f).display().to_string())
                            )
                        });
                        err.push_str(&diagnostic::guard(&format!(
                            "… en nog {} meldingen {code}{waar} (`--format json` toont ze allemaal)\n\n",
                            n - MAX_PER_CODE
                        )));
                    }
                }
                let fails = c.fails(strict);
                // `-q`: a casus that passes is not mentioned.
                if uit.stil() && !fails {
                    continue;
                }
                let verdict = if fails { "afgekeurd" } else { "in orde" };
                err.push_str(&diagnostic::guard(&format!(
                    "{}: {verdict} ({})\n",
                    diagnostic::visible(&dir.display().to_string()),
                    diagnostic::summary(&c.diagnostics)
                )));
            }
            uitvoer::eprint_klaar(&err);
        }
    }
    if invalid { EXIT_INVALID } else { EXIT_OK }
}

/// Load the templates (built-in, or those of `--templates`) and fill them
/// in for every casus without errors: template problems and open items
/// become diagnostics of that casus.
fn check_templates(checked: &mut [Checked], dirs: &[PathBuf], dir: Option<&Path>) {
    match Templates::load(dir) {
        Ok(templates) => {
            super::open_cmd::add_open_items(checked, dirs, &templates);
        }
        Err(e) => {
            let d = e.diagnostic().split_lines();
            for c in checked.iter_mut() {
                c.diagnostics.push(d.clone());
            }
        }
    }
}
