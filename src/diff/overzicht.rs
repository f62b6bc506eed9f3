//! Writing the *wijzigingsoverzicht* in every format: Markdown and HTML
//! with marks, DOCX with Word's own tracked changes, and PDF with new text
//! underlined and old text struck through.

use super::Rapport;
use super::gevolgen::Gemaakt;
use super::redline::{self, Overzicht};
use crate::check::Checked;
use crate::diagnostic;
use crate::render::docx::{self, Blok, Merk};
use crate::render::templates::Templates;
use crate::render::typst_cli;
use crate::render::typst_markup::{escape_markup, string_literal};
use similar::ChangeTag;
use std::path::Path;

/// The first line of the Markdown overview: how a later run knows the file
/// is its own to replace.
const MERK: &str = "<!-- Gemaakt door convenant diff. Bewerk de casus, niet dit bestand. -->";

/// What the DOCX and PDF pages say about the covenant: that of the new
/// version.
pub struct Kop {
    pub convenant: String,
    pub kenmerk: String,
    pub versie: String,
    pub datum: String,
    pub plaats: String,
    pub concept: bool,
    pub versiedatum: Option<String>,
    /// The date of the files, as the render of the new version has it.
    pub date: (i32, u32, u32),
}

impl Kop {
    pub fn van(checked: &Checked) -> Kop {
        match checked.casus.convenant.as_ref().map(|c| &c.value.value) {
            Some(c) => {
                let concept = c.status == crate::model::Status::Concept;
                let d = match (concept, c.versiedatum) {
                    (true, Some(v)) => v,
                    _ => c.datum,
                };
                Kop {
                    convenant: c.titel.clone(),
                    kenmerk: c.kenmerk.value.clone(),
                    versie: c.versie.clone(),
                    datum: crate::nl::datum(c.datum),
                    plaats: c.plaats.clone(),
                    concept,
                    versiedatum: c.versiedatum.map(crate::nl::datum),
                    date: (i32::from(d.jaar), u32::from(d.maand), u32::from(d.dag)),
                }
            }
            None => Kop {
                convenant: String::new(),
                kenmerk: String::new(),
                versie: String::new(),
                datum: String::new(),
                plaats: String::new(),
                concept: true,
                versiedatum: None,
                date: (1980, 1, 1),
            },
        }
    }
}

/// The overview as paragraphs: per run of changed text the lines it spans.
fn blokken(o: &Overzicht) -> Vec<Blok> {
    let mut out = vec![
        Blok::Titel(o.titel.clone()),
        Blok::Tekst(
            "Per document de delen die veranderen. Nieuwe tekst is onderstreept, vervallen tekst doorgehaald; in Word zijn het bijgehouden wijzigingen van \u{201c}convenant diff\u{201d}, die u kunt accepteren of weigeren."
                .into(),
        ),
    ];
    if o.documenten.is_empty() {
        out.push(Blok::Tekst("Geen document verandert.".into()));
    }
    for d in &o.documenten {
        out.push(Blok::Kop(1, format!("{}{}", d.stem, d.status)));
        for (kop, stukken) in &d.delen {
            out.push(Blok::Kop(2, kop.clone()));
            let mut alinea: Vec<(Merk, String)> = Vec::new();
            for s in stukken {
                let merk = match s.tag {
                    ChangeTag::Equal => Merk::Gelijk,
                    ChangeTag::Insert => Merk::Nieuw,
                    ChangeTag::Delete => Merk::Vervallen,
                };
                for (i, line) in s.tekst.split('\n').enumerate() {
                    if i > 0 && !alinea.is_empty() {
                        out.push(Blok::Alinea(std::mem::take(&mut alinea)));
                    }
                    if !line.is_empty() {
                        alinea.push((merk, line.to_string()));
                    }
                }
            }
            if !alinea.is_empty() {
                out.push(Blok::Alinea(alinea));
            }
        }
    }
    out
}

/// The Typst body of the overview.
fn typst_body(blokken: &[Blok]) -> String {
    let mut out = String::new();
    for b in blokken {
        match b {
            Blok::Titel(t) => out.push_str(&format!("= {}\n\n", escape_markup(t))),
            Blok::Kop(level, t) => out.push_str(&format!(
                "{} {}\n\n",
                "=".repeat(usize::from(*level) + 1),
                escape_markup(t)
            )),
            Blok::Tekst(t) => out.push_str(&format!("{}\n\n", escape_markup(t))),
            Blok::Alinea(runs) => {
                for (merk, t) in runs {
                    let t = escape_markup(t);
                    match merk {
                        Merk::Gelijk => out.push_str(&t),
                        Merk::Nieuw => {
                            out.push_str(&format!("#underline(text(fill: rgb(\"#1a6b1a\"))[{t}])"))
                        }
                        Merk::Vervallen => {
                            out.push_str(&format!("#strike(text(fill: rgb(\"#a11\"))[{t}])"))
                        }
                    }
                }
                out.push_str("\n\n");
            }
        }
    }
    out
}

fn typst_source(kop: &Kop, titel: &str, pagina_typ: &str, body: &str) -> String {
    let s = string_literal;
    let mut out = String::from(
        "// Gemaakt door convenant diff. Bewerk de casus of de sjablonen, niet dit bestand.\n",
    );
    out.push_str(&format!(
        "#let meta = (\n  titel: {},\n  convenant: {},\n  kenmerk: {},\n  versie: {},\n  datum: {},\n  plaats: {},\n  concept: {},\n  versiedatum: {},\n)\n\n",
        s(titel),
        s(&kop.convenant),
        s(&kop.kenmerk),
        s(&kop.versie),
        s(&kop.datum),
        s(&kop.plaats),
        kop.concept,
        kop.versiedatum.as_deref().map_or_else(|| "none".to_string(), s),
    ));
    out.push_str(pagina_typ.trim_end());
    out.push_str("\n\n#show: pagina.with(meta)\n\n");
    out.push_str(body);
    out
}

/// Whether a file of one of our names was made by us, so it may be replaced.
fn is_ours(name: &str, bytes: &[u8]) -> bool {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if name.ends_with(".docx") {
        bytes.starts_with(b"PK") && has(b"<Application>convenant</Application>")
    } else if name.ends_with(".pdf") {
        bytes.starts_with(b"%PDF") && has(b"Wijzigingsoverzicht")
    } else {
        let t = String::from_utf8_lossy(bytes);
        t.starts_with(MERK) || t.contains("<meta name=\"generator\" content=\"convenant\">")
    }
}

/// Write the wijzigingsoverzicht into `dir` as `.md`, `.html`, `.docx`
/// and, when typst is there, `.pdf`: per changed document its changed
/// parts, word by word. A file of one of these names that convenant did not
/// make is never overwritten; nothing is written through a link; either
/// every file is written or none. Returns a note for the user when the PDF
/// could not be made because typst is missing.
pub fn schrijf_overzicht(
    dir: &Path,
    rapport: &Rapport,
    oud: &Gemaakt,
    nieuw: &Gemaakt,
    templates: &Templates,
    kop: &Kop,
) -> Result<Option<String>, String> {
    let shown = |p: &Path| diagnostic::visible(&p.display().to_string());
    if let Some(link) = crate::paths::link_on_way(dir) {
        return Err(format!(
            "`{}` is een koppeling (symbolic link); het wijzigingsoverzicht wordt niet via een koppeling geschreven",
            shown(&link)
        ));
    }
    let paren: Vec<redline::Paar> = rapport
        .gevolgen
        .documenten
        .iter()
        .map(|d| redline::Paar {
            stem: &d.document,
            oud: oud.get(&d.document).map(String::as_str),
            nieuw: nieuw.get(&d.document).map(String::as_str),
        })
        .collect();
    let titel = format!(
        "Wijzigingsoverzicht: van {} naar {}",
        rapport.oud.bron, rapport.nieuw.bron
    );
    let o = redline::maak(&titel, &paren);
    let css = format!(
        "{}\nins {{ background: #e6ffe6; text-decoration: underline; }}\ndel {{ background: #ffe6e6; text-decoration: line-through; }}\n",
        templates.stijl_css
    );
    let blokken = blokken(&o);
    let meta = docx::Meta {
        titel: &titel,
        convenant: &kop.convenant,
        kenmerk: &kop.kenmerk,
        versie: &kop.versie,
        datum: &kop.datum,
        concept: kop.concept,
        versiedatum: kop.versiedatum.as_deref(),
        date: kop.date,
        track_changes: true,
        engels: false,
    };
    let docx_bytes = docx::redline(&meta, &blokken, templates.referentie_docx.as_ref())
        .map_err(|e| format!("wijzigingsoverzicht.docx kan niet gemaakt worden: {e}"))?;
    let mut files: Vec<(&str, Vec<u8>)> = vec![
        (
            "wijzigingsoverzicht.md",
            format!("{MERK}\n\n{}", redline::markdown(&o)).into_bytes(),
        ),
        (
            "wijzigingsoverzicht.html",
            crate::render::html::page(&titel, &css, &redline::html(&o)).into_bytes(),
        ),
        ("wijzigingsoverzicht.docx", docx_bytes),
    ];
    let mut note = None;
    match typst_cli::find() {
        Ok(typst) => {
            let (y, m, d) = kop.date;
            let source = typst_source(kop, &titel, &templates.pagina_typ, &typst_body(&blokken));
            let stamp = typst_cli::unix_midnight(i64::from(y), i64::from(m), i64::from(d));
            let pdf = typst
                .compile("wijzigingsoverzicht", &source, stamp, 1)
                .map_err(|e| e.diagnostic().message)?;
            files.push(("wijzigingsoverzicht.pdf", pdf.pdf));
        }
        Err(e) => {
            note = Some(format!(
                "wijzigingsoverzicht.pdf is niet gemaakt: {e}; de Markdown, HTML en DOCX wel"
            ));
        }
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("de map `{}` kan niet gemaakt worden: {e}", shown(dir)))?;
    // Every name is checked before any is written: all or nothing.
    for (name, _) in &files {
        let path = dir.join(name);
        if let Ok(meta) = std::fs::symlink_metadata(&path) {
            let ours = meta.is_file()
                && crate::paths::read_bounded(&path, 64 * 1024 * 1024)
                    .ok()
                    .flatten()
                    .is_some_and(|b| is_ours(name, &b));
            if !ours {
                return Err(format!(
                    "`{}` bestaat al en is niet door convenant gemaakt; het wordt niet overschreven (er is niets geschreven)",
                    shown(&path)
                ));
            }
        }
    }
    for (name, bytes) in &files {
        crate::output::write_atomic(&dir.join(name), bytes).map_err(|e| e.diagnostic().message)?;
    }
    Ok(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pdf_marks_changes_and_escapes_text() {
        let b = [Blok::Alinea(vec![
            (Merk::Gelijk, "De #school ".into()),
            (Merk::Vervallen, "oud]".into()),
            (Merk::Nieuw, "nieuw".into()),
        ])];
        let t = typst_body(&b);
        assert_eq!(
            t,
            "De \\#school #strike(text(fill: rgb(\"#a11\"))[oud\\]])#underline(text(fill: rgb(\"#1a6b1a\"))[nieuw])\n\n"
        );
    }
}
