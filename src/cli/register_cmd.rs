//! `convenant register`: the register of processing activities (art. 30
//! AVG) per controller and per processor, and the DPV export, written to
//! `OUT/<casus>/register/`.

use super::*;
use crate::output::{OutFile, write_all};
use crate::register::{Bron, bestanden};

pub(super) fn run_register(given: &[PathBuf], out: &Path, uit: Uitvoer) -> u8 {
    let dirs = match casus_dirs(given, false) {
        Ok(dirs) => dirs,
        Err(message) => {
            eprint_guarded(&format!("fout: {message}\n"));
            return EXIT_USAGE;
        }
    };
    let mut code = EXIT_OK;
    for dir in &dirs {
        let c = check::check(dir);
        let shown = diagnostic::visible(&dir.display().to_string());
        if c.has_errors() {
            let mut err = super::errors_human(&c, uit);
            err.push_str(&diagnostic::guard(&format!(
                "{shown}: afgekeurd ({}); er is geen register gemaakt. Los de fouten op; `convenant check {shown}` toont ze.\n",
                diagnostic::summary(&c.diagnostics)
            )));
            uitvoer::eprint_klaar(&err);
            code = EXIT_INVALID;
            continue;
        }
        let verdict = c
            .dpia
            .clone()
            .unwrap_or_else(|| crate::dpia::assess(&c.casus));
        let artikelen = render::templates::Artikelen::builtin();
        let Some(view) = render::views::build(&c.casus, &verdict, &artikelen) else {
            eprint_guarded(&format!(
                "fout: {shown}: de casus heeft geen convenant-blok (convenant.yaml); zonder convenant is er geen register.\n"
            ));
            code = EXIT_INVALID;
            continue;
        };
        let naam = crate::render::out_name(&c, dir);
        let bron = Bron {
            naam: &naam,
            casus: &c.casus,
            view: &view,
        };
        let files: Vec<OutFile> = match bestanden(&bron) {
            Ok(b) => b
                .into_iter()
                .map(|b| OutFile {
                    name: b.name,
                    bytes: b.bytes,
                    stamp: String::new(),
                })
                .collect(),
            Err(e) => {
                eprint_guarded(&format!("fout: {shown}: {e}\n"));
                code = EXIT_INVALID;
                continue;
            }
        };
        let target = out.join(&naam).join("register");
        match write_all(&target, &files, |_| false, false) {
            Ok(_) if uit.stil() => {}
            Ok(w) => {
                let _ = print_out(&diagnostic::guard(&format!(
                    "{shown}: register in {} ({} bestanden, {} nieuw of gewijzigd)\n",
                    target.display(),
                    files.len(),
                    w.written.len()
                )));
            }
            Err(e) => {
                eprint_guarded(&format!("fout: {e}\n"));
                code = EXIT_INVALID;
            }
        }
    }
    code
}
