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

/// Create `<root>/<naam>` with the example's files. Never touches an existing folder.
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
            std::fs::write(path, text)?;
        }
        std::fs::rename(&tmp, &dir)
    };
    write_all().map_err(|e| {
        let _ = std::fs::remove_dir_all(&tmp);
        format!("kan `{}` niet maken: {e}", dir.display())
    })?;
    Ok(dir)
}
