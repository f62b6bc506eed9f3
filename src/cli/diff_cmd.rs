//! `convenant diff OUD NIEUW`: what a change to a casus means legally.

use super::*;
use crate::diff;

pub(super) fn run_diff(
    oud: &Path,
    nieuw: &Path,
    format: Format,
    templates: Option<&Path>,
    uitvoer: Option<&Path>,
    uit: super::uitvoer::Uitvoer,
) -> u8 {
    let mut kanten = Vec::new();
    for arg in [oud, nieuw] {
        match diff::Bron::of(arg).and_then(|b| diff::laad(&b)) {
            Ok(k) => kanten.push(k),
            Err(message) => {
                eprint_guarded(&format!("fout: {message}\n"));
                return EXIT_USAGE;
            }
        }
    }
    let templates = match Templates::load(templates) {
        Ok(t) => t,
        Err(e) => {
            eprint_guarded(&format!(
                "fout: de sjablonen kunnen niet geladen worden: {}\n",
                e.diagnostic().message
            ));
            return EXIT_USAGE;
        }
    };
    let (rapport, gemaakt) = diff::vergelijk(&kanten[0], &kanten[1], &templates);
    if let Some(dir) = uitvoer {
        let kop = diff::Kop::van(&kanten[1].checked);
        let result = match &gemaakt {
            Some((o, n)) => diff::schrijf_overzicht(dir, &rapport, o, n, &templates, &kop),
            None if !rapport.gewijzigd => diff::schrijf_overzicht(
                dir,
                &rapport,
                &Default::default(),
                &Default::default(),
                &templates,
                &kop,
            ),
            None => Err(
                "het wijzigingsoverzicht vraagt de documenten van beide versies, en die konden niet gemaakt worden (zie de opmerkingen); los eerst de fouten op die `convenant check` meldt".to_string(),
            ),
        };
        match result {
            Ok(Some(note)) if !uit.stil() => eprint_guarded(&format!("let op: {note}\n")),
            Ok(Some(_)) => {}
            Ok(None) => {}
            Err(message) => {
                eprint_guarded(&format!("fout: {message}\n"));
                return EXIT_USAGE;
            }
        }
    }
    let code = match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&rapport).unwrap_or_else(|_| "{}".into());
            // As in `check`: `##` could start a CI command in a log line.
            print_out(&format!("{}\n", json.replace("##", "#\\u0023")))
        }
        // `-q`: as `git diff --quiet`, only the exit code says it.
        Format::Human if uit.stil() => EXIT_OK,
        Format::Human => print_out(&diagnostic::guard(&diff::tekst(&rapport))),
    };
    if code != EXIT_OK {
        return code;
    }
    if rapport.gewijzigd {
        EXIT_INVALID
    } else {
        EXIT_OK
    }
}
