//! Loading a casus folder: every `*.yaml`/`*.yml` under it, sorted by path,
//! parsed with locations, merged into one [`Casus`].

use crate::diagnostic::Diagnostic;
use crate::model::{Casus, CasusFile, FileId, InFile};
use crate::source::{Loc, Sources};
use std::path::{Path, PathBuf};

mod fout;
mod stukken;
pub(crate) mod walk;

use fout::yaml_error;

/// What loading produced: the casus (possibly partial) and every problem found.
pub struct Loaded {
    pub casus: Casus,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

/// The YAML files of a casus folder in the order they are merged, or the
/// message of the first problem met on the way.
pub fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let walked = walk::walk(dir);
    match walked
        .problems
        .into_iter()
        .find(|p| p.severity == crate::diagnostic::Severity::Error)
    {
        Some(problem) => Err(problem.message),
        None => Ok(walked.files),
    }
}

pub fn load(dir: &Path) -> Loaded {
    let mut loaded = Loaded {
        casus: Casus::named(
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    if !dir.is_dir() {
        let message = if dir.exists() {
            format!("`{}` is een bestand, geen casusmap", dir.display())
        } else {
            format!("de map `{}` bestaat niet", dir.display())
        };
        loaded.diagnostics.push(
            Diagnostic::error("LAD-01", message)
                .help("geef de map van een casus, bijvoorbeeld `casus/regio-voorbeeld`")
                .on_path(dir),
        );
        return loaded;
    }
    let walk::Walked { files, problems } = walk::walk(dir);
    loaded.diagnostics.extend(problems);
    if files.is_empty() && loaded.diagnostics.is_empty() {
        loaded.diagnostics.push(
            Diagnostic::error(
                "LAD-01",
                format!(
                    "de map `{}` bevat geen YAML-bestanden (*.yaml of *.yml)",
                    dir.display()
                ),
            )
            .help("begin met `convenant init NAAM` of kopieer casus/regio-voorbeeld")
            .on_path(dir),
        );
        return loaded;
    }
    for path in files {
        match walk::read(&path) {
            Ok(bytes) => load_bytes(&mut loaded, path, bytes),
            Err(e) => loaded.diagnostics.push(
                Diagnostic::error(
                    "LAD-01",
                    format!(
                        "`{}` kan niet gelezen worden: {e}",
                        crate::diagnostic::visible(&path.display().to_string())
                    ),
                )
                .on_path(&path),
            ),
        }
    }
    finish(loaded)
}

/// A casus from files already read by the caller (from a git revision, say):
/// each with the path diagnostics show and its bytes, merged in path order
/// like the files of a folder. The caller bounds what it reads by the same
/// limits as the walk ([`MAX_FILE_BYTES`], [`MAX_CASUS_BYTES`]); an empty
/// list is an error, as for an empty folder.
pub fn load_files(naam: String, mut files: Vec<(PathBuf, Vec<u8>)>) -> Loaded {
    let mut loaded = Loaded {
        casus: Casus::named(naam),
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    if files.is_empty() {
        loaded.diagnostics.push(
            Diagnostic::error(
                "LAD-01",
                "deze casus bevat geen YAML-bestanden (*.yaml of *.yml)",
            )
            .help("geef de map van een casus, bijvoorbeeld `casus/regio-voorbeeld`"),
        );
        return loaded;
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, bytes) in files {
        load_bytes(&mut loaded, path, bytes);
    }
    finish(loaded)
}

pub(crate) use walk::{MAX_CASUS_BYTES, MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, is_yaml};

/// Once every file is merged: the forms of each casusoverleg filled in, and
/// the id look-up tables built.
fn finish(mut loaded: Loaded) -> Loaded {
    for o in &mut loaded.casus.casusoverleggen {
        o.normalise();
    }
    loaded.casus.index();
    loaded
}

/// Parse one file's bytes and merge it into the casus.
fn load_bytes(loaded: &mut Loaded, path: PathBuf, bytes: Vec<u8>) {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let prefix = String::from_utf8_lossy(valid).into_owned();
            let line = prefix.matches('\n').count() as u64 + 1;
            let column = prefix.rsplit('\n').next().unwrap_or("").chars().count() as u64 + 1;
            let file = loaded.sources.add(path, prefix);
            loaded.diagnostics.push(
                Diagnostic::error("LAD-02", "dit bestand is geen geldige UTF-8-tekst")
                    .at(Loc { file, line, column })
                    .help("sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als', codering UTF-8)"),
            );
            return;
        }
    };
    let file = loaded.sources.add(path, text);
    let text = &loaded.sources.get(file).map_or("", |f| f.text.as_str());
    let scanned = crate::scan::scan(file, text);
    loaded.diagnostics.extend(scanned.diagnostics);
    if scanned.amplified {
        return;
    }
    match serde_saphyr::from_str::<CasusFile>(text) {
        Ok(parsed) => merge(loaded, file, parsed),
        Err(e) => {
            // The typed reader stops at the first value that does not fit, which
            // can come before a syntax error further on: a key indented one
            // space too little ends its block early and then reads as a
            // "missing key". A syntax error is the real cause, so look for one.
            let syntax = serde_saphyr::from_str::<serde::de::IgnoredAny>(text).err();
            let first = yaml_error(file, text, syntax.as_ref().unwrap_or(&e));
            // Then what else does not fit, item by item, so one run shows
            // the errors of several items; each once, in file order.
            let mut all = vec![first];
            for e in stukken::errors(text) {
                let d = yaml_error(file, text, &e);
                if !all.iter().any(|a| a.loc == d.loc && a.message == d.message) {
                    all.push(d);
                }
            }
            all[1..].sort_by_key(|d| d.loc.map(|l| (l.line, l.column)));
            all.truncate(stukken::MAX_PER_FILE);
            loaded.diagnostics.extend(all);
        }
    }
}

fn merge(loaded: &mut Loaded, file: FileId, parsed: CasusFile) {
    let Loaded {
        casus,
        sources,
        diagnostics: diags,
    } = loaded;
    merge_map(
        diags,
        sources,
        "convenant",
        &mut casus.convenant,
        file,
        parsed.convenant,
    );
    merge_map(diags, sources, "dpia", &mut casus.dpia, file, parsed.dpia);
    macro_rules! append {
        ($field:ident) => {
            casus
                .$field
                .extend(parsed.$field.into_iter().map(|mut item| {
                    item.bestand = file;
                    item
                }));
        };
    }
    append!(partijen);
    append!(groepen);
    append!(wetten);
    append!(betrokkenen);
    append!(doelen);
    append!(gegevens);
    append!(stromen);
    if let Some(list) = parsed.verwerkers {
        casus.verwerkers_beschreven = true;
        casus.verwerkers.extend(list.into_iter().map(|mut item| {
            item.bestand = file;
            item
        }));
    }
    append!(casusoverleggen);
}

/// A top-level map may be written in one file only.
fn merge_map<T>(
    diags: &mut Vec<Diagnostic>,
    sources: &Sources,
    key: &str,
    slot: &mut Option<InFile<T>>,
    file: FileId,
    value: Option<serde_saphyr::Spanned<T>>,
) {
    let Some(value) = value else { return };
    if let Some(first) = slot {
        let first_loc = Loc::of(first.bestand, &first.value);
        diags.push(
            Diagnostic::error(
                "LAD-03",
                format!(
                    "`{key}` staat in twee bestanden: hier en in {}:{}:{}",
                    sources.path(first_loc.file).display(),
                    first_loc.line,
                    first_loc.column
                ),
            )
            .at(Loc::of(file, &value))
            .help(format!(
                "houd `{key}` in één bestand en verwijder het andere blok"
            )),
        );
    } else {
        *slot = Some(InFile {
            bestand: file,
            value,
        });
    }
}
