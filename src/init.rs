//! `convenant init NAAM`: a new casus folder, started from the commented
//! example so a new user learns the format by editing it.

use crate::ids;
use std::path::{Path, PathBuf};

/// The example casus, embedded (a test checks this list against the folder).
pub const EXAMPLE: &[(&str, &str)] = &[
    (
        "casusoverleggen.yaml",
        include_str!("../casus/regio-voorbeeld/casusoverleggen.yaml"),
    ),
    (
        "convenant.yaml",
        include_str!("../casus/regio-voorbeeld/convenant.yaml"),
    ),
    (
        "doelen-en-gegevens.yaml",
        include_str!("../casus/regio-voorbeeld/doelen-en-gegevens.yaml"),
    ),
    (
        "dpia.yaml",
        include_str!("../casus/regio-voorbeeld/dpia.yaml"),
    ),
    (
        "partijen/gemeenten.yaml",
        include_str!("../casus/regio-voorbeeld/partijen/gemeenten.yaml"),
    ),
    (
        "partijen/jeugdhulp-en-zorg.yaml",
        include_str!("../casus/regio-voorbeeld/partijen/jeugdhulp-en-zorg.yaml"),
    ),
    (
        "partijen/onderwijs.yaml",
        include_str!("../casus/regio-voorbeeld/partijen/onderwijs.yaml"),
    ),
    (
        "stromen/mdo.yaml",
        include_str!("../casus/regio-voorbeeld/stromen/mdo.yaml"),
    ),
    (
        "stromen/meldingen.yaml",
        include_str!("../casus/regio-voorbeeld/stromen/meldingen.yaml"),
    ),
    (
        "stromen/thuiszittersoverleg.yaml",
        include_str!("../casus/regio-voorbeeld/stromen/thuiszittersoverleg.yaml"),
    ),
    (
        "verwerkers.yaml",
        include_str!("../casus/regio-voorbeeld/verwerkers.yaml"),
    ),
];

/// The example's own names, which `init` replaces by the new region's.
const VOORBEELD_ID: &str = "regio-voorbeeld";
const VOORBEELD_DOMEIN: &str = "regiovoorbeeld";
const VOORBEELD_NAAM: &str = "Regio Voorbeeld";
const VOORBEELD_KENMERK: &str = "PCV-RV-2026-01";

/// How the documents name the region of casus `naam`: `regio-noord` gives
/// `Regio Noord`, `noord` gives `Regio Noord` as well.
pub(crate) fn regionaam(naam: &str) -> String {
    let words: Vec<String> = naam
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    let name = words.join(" ");
    if words.first().is_some_and(|w| w == "Regio") {
        name
    } else {
        format!("Regio {name}")
    }
}

/// The example's text with its names made the new region's: the casus id,
/// the region's name, the e-mail domains built from it, and the kenmerk.
pub(crate) fn personalise(text: &str, naam: &str) -> String {
    let regio = regionaam(naam);
    let initialen: String = regio
        .split(' ')
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    text.replace(VOORBEELD_KENMERK, &format!("PCV-{initialen}-2026-01"))
        .replace(VOORBEELD_ID, naam)
        .replace(VOORBEELD_DOMEIN, &naam.replace('-', ""))
        .replace(VOORBEELD_NAAM, &regio)
}

/// Create `<root>/<naam>` with the example's files, its names replaced by
/// the new region's. Never touches an existing folder.
pub(crate) fn init(root: &Path, naam: &str) -> Result<PathBuf, String> {
    if !ids::is_slug(naam) {
        return Err(format!(
            "`{}` is geen geldige casusnaam; gebruik kleine letters, cijfers en streepjes, bijvoorbeeld `regio-noord`",
            crate::diagnostic::visible(naam)
        ));
    }
    if let Some(link) = crate::paths::link_on_way(root) {
        return Err(format!(
            "`{}` is een koppeling (symbolic link); convenant maakt een casus alleen in een echte map",
            crate::diagnostic::visible(&link.display().to_string())
        ));
    }
    let dir = root.join(naam);
    if dir.exists() {
        return Err(format!(
            "`{}` bestaat al; `convenant init` overschrijft niets. Kies een andere naam of verwijder de map zelf",
            dir.display()
        ));
    }
    // Write into a temporary sibling and rename, so a failure leaves nothing half-made.
    std::fs::create_dir_all(root)
        .map_err(|e| format!("kan `{}` niet maken: {e}", root.display()))?;
    let tmp = root.join(format!(".{naam}.init-tmp"));
    let _ = std::fs::remove_dir_all(&tmp);
    let write_all = || -> std::io::Result<()> {
        for (rel, text) in EXAMPLE {
            let path = tmp.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, personalise(text, naam))?;
        }
        std::fs::rename(&tmp, &dir)
    };
    write_all().map_err(|e| {
        let _ = std::fs::remove_dir_all(&tmp);
        format!("kan `{}` niet maken: {e}", dir.display())
    })?;
    Ok(dir)
}

/// Where `init` puts the schema for the editor, relative to the project.
pub(crate) const SCHEMA_PAD: &str = ".vscode/casus.schema.json";

/// The editor files of a project, made beside a new casus in `project`
/// (the folder `init` runs in): the schema, `.vscode/settings.json` that
/// points the YAML extension at it for `<casus_root>/**/*.yaml`, and a
/// `.gitignore` for `out/`. A file that exists is never changed; the lines
/// returned say what was made and what to add by hand.
pub(crate) fn editor_files(project: &Path, casus_root: &Path) -> Vec<String> {
    let mut notes = Vec::new();
    let glob = casus_root
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
        .then(|| casus_root.to_string_lossy().replace('\\', "/"))
        .filter(|r| !r.is_empty());
    let vscode = project.join(".vscode");
    let vscode_ok = match std::fs::symlink_metadata(&vscode) {
        Ok(m) if m.file_type().is_symlink() => {
            notes.push(
                "`.vscode` is een koppeling (symbolic link); daarin schrijft convenant niets"
                    .to_string(),
            );
            false
        }
        Ok(m) => m.is_dir(),
        Err(_) => std::fs::create_dir(&vscode).is_ok(),
    };
    if vscode_ok {
        let schema = crate::schema::casus_schema();
        match write_new(&project.join(SCHEMA_PAD), &schema) {
            Made::Yes => notes.push(format!(
                "{SCHEMA_PAD} gemaakt: het schema van een casusbestand, voor uitleg en aanvulling in de editor"
            )),
            Made::Exists => notes.push(format!(
                "{SCHEMA_PAD} bestaat al en is niet veranderd; vernieuw het met `convenant schema > {SCHEMA_PAD}`"
            )),
            Made::Failed(e) => notes.push(format!("kan {SCHEMA_PAD} niet maken: {e}")),
        }
        match &glob {
            Some(root) => {
                let setting = format!(
                    "\"yaml.schemas\": {{ \"./{SCHEMA_PAD}\": [\"{root}/**/*.yaml\", \"{root}/**/*.yml\"] }}"
                );
                let settings = format!("{{\n  {setting}\n}}\n");
                match write_new(&vscode.join("settings.json"), &settings) {
                    Made::Yes => notes.push(format!(
                        ".vscode/settings.json gemaakt: VS Code met de YAML-extensie (Red Hat) gebruikt het schema voor {root}/**/*.yaml"
                    )),
                    Made::Exists => notes.push(format!(
                        ".vscode/settings.json bestaat al en is niet veranderd; zet daarin: {setting}"
                    )),
                    Made::Failed(e) => {
                        notes.push(format!("kan .vscode/settings.json niet maken: {e}"))
                    }
                }
            }
            None => notes.push(format!(
                "geen .vscode/settings.json: de casus ligt buiten deze map; koppel het schema zelf met \"yaml.schemas\": {{ \"./{SCHEMA_PAD}\": \"<map>/**/*.yaml\" }}"
            )),
        }
    }
    let gitignore = project.join(".gitignore");
    match write_new(
        &gitignore,
        "# De documenten die `convenant render` maakt.\n/out/\n",
    ) {
        Made::Yes => notes.push(
            ".gitignore gemaakt: de gemaakte documenten (out/) komen niet in git".to_string(),
        ),
        Made::Exists => {
            let text = std::fs::read_to_string(&gitignore).unwrap_or_default();
            if !text
                .lines()
                .any(|l| matches!(l.trim(), "out" | "out/" | "/out" | "/out/"))
            {
                notes.push(
                    ".gitignore bestaat al en is niet veranderd; voeg de regel `/out/` toe als de gemaakte documenten niet in git horen"
                        .to_string(),
                );
            }
        }
        Made::Failed(e) => notes.push(format!("kan .gitignore niet maken: {e}")),
    }
    notes
}

enum Made {
    Yes,
    Exists,
    Failed(std::io::Error),
}

/// Write a file only if nothing is at `path`, not even a link: an existing
/// file of the user is never replaced.
fn write_new(path: &Path, text: &str) -> Made {
    use std::io::Write;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut f) => match f.write_all(text.as_bytes()) {
            Ok(()) => Made::Yes,
            Err(e) => Made::Failed(e),
        },
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Made::Exists,
        Err(e) => Made::Failed(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_names() {
        assert_eq!(regionaam("regio-noord"), "Regio Noord");
        assert_eq!(regionaam("noord-veluwe"), "Regio Noord Veluwe");
        let text = "id: swv-regio-voorbeeld # Regio Voorbeeld, PCV-RV-2026-01, fg@ggd-regiovoorbeeld.example";
        assert_eq!(
            personalise(text, "regio-noord"),
            "id: swv-regio-noord # Regio Noord, PCV-RN-2026-01, fg@ggd-regionoord.example"
        );
    }
}
