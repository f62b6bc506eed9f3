//! `convenant init NAAM`: a new casus from the example, with the editor
//! files beside it.

use super::*;

pub(super) fn run_init(naam: &str, uit: super::uitvoer::Uitvoer) -> u8 {
    match init_target(naam) {
        Ok(dir) => {
            let shown = diagnostic::visible(&dir.display().to_string());
            let mut text = format!("{shown} gemaakt vanuit het voorbeeld.\n");
            let root = dir.parent().unwrap_or(Path::new("."));
            let notes = crate::init::editor_files(Path::new("."), root);
            if uit.stil() {
                return EXIT_OK;
            }
            for note in notes {
                text.push_str(&format!("  {}\n", diagnostic::visible(&note)));
            }
            text.push_str(&format!(
            "Volgende stap: pas de bestanden aan en draai `convenant check {shown}`; zolang er gegevens uit het voorbeeld in staan, waarschuwt `check` (VBD-01).\n"
        ));
            print_out(&text)
        }
        Err(message) => {
            eprint_guarded(&format!("fout: {message}\n"));
            EXIT_INVALID
        }
    }
}

/// Where `convenant init NAAM` makes the casus: `casus/NAAM` for a bare
/// name, else the given path (its last folder is the casus name).
fn init_target(naam: &str) -> Result<PathBuf, String> {
    let path = Path::new(naam);
    if path
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        return Err(format!(
            "`{}`: een casuspad met `..` wijst buiten deze map; start `convenant init` in de map waar de casus moet komen, bijvoorbeeld `convenant init regio-noord`",
            diagnostic::visible(naam)
        ));
    }
    if path.components().count() == 1 && !path.is_absolute() {
        return crate::init::init(Path::new("casus"), naam);
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::init::init(parent, &name)
}
