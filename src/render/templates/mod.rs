//! The templates: tera 2 renders Markdown from the views.
//!
//! The defaults in `templates/` are embedded in the binary under the name
//! prefix `builtin/`; `--templates DIR` adds the files of DIR under their own
//! names, and tera looks a name up exactly before it falls back to
//! `builtin/` (tera 2's fallback prefixes). So a region overrides one article by putting
//! e.g. `convenant/artikel-doel.md` in its folder, without forking the rest.
//!
//! Every value a `.md` template prints is escaped by the Markdown escaper.
//! The `safe` filter is switched off: no template can print a value as
//! Markdown. The Typst page template and the stylesheet are overridable the
//! same way, by file name, but are not tera templates; nor is
//! `referentie.docx`, a Word document whose styles the DOCX files take.

use super::markdown_escape;

mod articles;
mod filters;
mod limits;
mod text;

pub use articles::Artikelen;

pub(crate) use crate::nl::opsomming;
use limits::{Capped, MAX_DOCUMENT_BYTES, RANGE_WORK};
use std::fmt::Write as _;
use std::path::Path;
use tera::{Context, Tera};
pub(crate) use text::{normalise, tag_lines};

/// Name prefix of the embedded defaults.
pub(crate) const BUILTIN: &str = "builtin/";
/// The Typst page template (page size, header, footer, fonts).
pub(crate) const PAGINA_TYP: &str = "pagina.typ";
/// The stylesheet of every HTML page.
pub(crate) const STIJL_CSS: &str = "stijl.css";

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../templates/", $name)))),*]
    };
}

/// Every default template, by name (the path under `templates/`).
pub const DEFAULTS: &[(&str, &str)] = embedded![
    "basis.md",
    "status.md",
    "versieregel.md",
    "status-en.md",
    "versieregel-en.md",
    "index.md",
    "convenant.md",
    "convenant/partijen.md",
    "convenant/overwegingen.md",
    "convenant/artikel-definities.md",
    "convenant/artikel-verantwoordelijken.md",
    "convenant/artikel-doel.md",
    "convenant/artikel-grondslagen.md",
    "convenant/artikel-gegevens.md",
    "convenant/artikel-bijzondere-gegevens.md",
    "convenant/artikel-minimalisatie.md",
    "convenant/artikel-stromen.md",
    "convenant/artikel-kwaliteit.md",
    "convenant/artikel-bewaren.md",
    "convenant/artikel-beveiliging.md",
    "convenant/artikel-datalekken.md",
    "convenant/artikel-geheimhouding.md",
    "convenant/artikel-informatie.md",
    "convenant/artikel-rechten.md",
    "convenant/artikel-derden.md",
    "convenant/artikel-register-en-fg.md",
    "convenant/artikel-verwerkers.md",
    "convenant/artikel-aansprakelijkheid.md",
    "convenant/artikel-wijzigingen.md",
    "convenant/artikel-toetreding.md",
    "convenant/artikel-duur.md",
    "convenant/artikel-evaluatie.md",
    "convenant/artikel-recht.md",
    "convenant/bijlagen.md",
    "convenant/tekenblad.md",
    "bijlage-1-toetreding.md",
    "toetreding.md",
    "bijlage-3-casusoverleg.md",
    "bijlage-3/deelnemers.md",
    "bijlage-3/fasen.md",
    "bijlage-3/verslag.md",
    "bijlage-3/dossiers.md",
    "toestemmingsformulier.md",
    "regeling-gezamenlijke-verantwoordelijkheid.md",
    "verwerkersovereenkomst.md",
    "verwerkersovereenkomst/partijen.md",
    "verwerkersovereenkomst/artikel-definities.md",
    "verwerkersovereenkomst/artikel-onderwerp.md",
    "verwerkersovereenkomst/artikel-instructies.md",
    "verwerkersovereenkomst/artikel-geheimhouding.md",
    "verwerkersovereenkomst/artikel-beveiliging.md",
    "verwerkersovereenkomst/artikel-subverwerkers.md",
    "verwerkersovereenkomst/artikel-rechten-betrokkenen.md",
    "verwerkersovereenkomst/artikel-bijstand.md",
    "verwerkersovereenkomst/artikel-einde.md",
    "verwerkersovereenkomst/artikel-audits.md",
    "verwerkersovereenkomst/artikel-locatie.md",
    "verwerkersovereenkomst/artikel-overheidsverzoeken.md",
    "verwerkersovereenkomst/artikel-opschorting.md",
    "verwerkersovereenkomst/artikel-aansprakelijkheid.md",
    "verwerkersovereenkomst/artikel-duur.md",
    "verwerkersovereenkomst/tekenblad.md",
    "verwerkersovereenkomst/bijlage-maatregelen.md",
    "verwerkersovereenkomst-en.md",
    "verwerkersovereenkomst-en/tekenblad.md",
    "verwerkersspecificatie.md",
    "verwerkersspecificatie-en.md",
    "dpia.md",
    "stroom/grondslag.md",
    "dpia/risico.md",
    "dpia/maatregelen.md",
    "stroom/uitzondering.md",
    "toelichting.md",
    "informatiebrief.md",
    "pagina.typ",
    "stijl.css",
];

/// A template that cannot be read or filled in: a registered code
/// (`SJB-01`, `SJB-02`, `SJB-03`), a message and what to do.
#[derive(Debug)]
pub struct TemplateError {
    pub rule: &'static crate::rules::Rule,
    pub message: String,
    pub help: Option<String>,
}

impl TemplateError {
    /// `SJB-01`: a template that cannot be read, loaded or filled in.
    pub(crate) fn new(message: impl Into<String>) -> TemplateError {
        TemplateError {
            rule: &crate::rules::maken::SJB_01,
            message: message.into(),
            help: None,
        }
    }
    pub(crate) fn help(mut self, help: impl Into<String>) -> TemplateError {
        self.help = Some(help.into());
        self
    }
    pub(crate) fn rule(mut self, rule: &'static crate::rules::Rule) -> TemplateError {
        self.rule = rule;
        self
    }
    /// The diagnostic with the code, message and help.
    pub(crate) fn diagnostic(&self) -> crate::diagnostic::Diagnostic {
        let d = self.rule.report(self.message.clone());
        match &self.help {
            Some(h) => d.help(h.clone()),
            None => d,
        }
    }
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub struct Templates {
    tera: Tera,
    pub pagina_typ: String,
    pub stijl_css: String,
    /// The house style of the DOCX files: the region's `referentie.docx`.
    pub referentie_docx: Option<super::docx::HouseStyle>,
    /// The articles each numbered document includes, from the effective
    /// templates (a region's own `convenant.md` included).
    pub artikelen: Artikelen,
}

fn default_text(name: &str) -> &'static str {
    DEFAULTS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, text)| text)
}

fn tera_error(context: &str, e: &tera::Error) -> TemplateError {
    let mut message = format!("{context}:\n{e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let _ = write!(message, "\n{s}");
        source = s.source();
    }
    TemplateError::new(message)
}

impl Templates {
    /// The defaults, with the files of `user_dir` over them.
    pub fn load(user_dir: Option<&Path>) -> Result<Templates, TemplateError> {
        let mut tera = Tera::default();
        tera.set_fallback_prefixes([BUILTIN])
            .map_err(|e| tera_error("sjablonen instellen", &e))?;
        tera.autoescape_on([".md"]);
        tera.set_escape_fn(markdown_escape::escape_fn);
        filters::register(&mut tera);
        let builtin: Vec<(String, String)> = DEFAULTS
            .iter()
            .filter(|(name, _)| name.ends_with(".md"))
            .map(|(name, text)| (format!("{BUILTIN}{name}"), tag_lines(text)))
            .collect();
        tera.add_raw_templates(builtin)
            .map_err(|e| tera_error("ingebouwd sjabloon", &e))?;

        let mut pagina_typ = default_text(PAGINA_TYP).to_string();
        let mut stijl_css = default_text(STIJL_CSS).to_string();
        let mut artikelen = Artikelen::builtin();
        let mut referentie_docx = None;
        if let Some(dir) = user_dir {
            if let Some(link) = crate::paths::link_on_way(dir) {
                return Err(TemplateError::new(format!(
                    "de sjablonenmap gaat door `{}`, een koppeling (symbolic link); convenant leest sjablonen alleen uit een echte map",
                    crate::diagnostic::visible(&link.display().to_string())
                ))
                .help("geef de map zelf op, of vervang de koppeling door een kopie"));
            }
            let mut markdown: Vec<(String, String)> = Vec::new();
            for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
                let entry = entry.map_err(|e| {
                    TemplateError::new(format!(
                        "de sjablonenmap `{}` kan niet gelezen worden: {e}",
                        dir.display()
                    ))
                })?;
                if entry.file_type().is_symlink() {
                    return Err(TemplateError::new(format!(
                        "`{}` in de sjablonenmap is een koppeling (symbolic link); convenant leest alleen gewone bestanden, zodat geen sjabloon van buiten de map komt",
                        crate::diagnostic::visible(&entry.path().display().to_string())
                    ))
                    .help("vervang de koppeling door een kopie van het bestand"));
                }
                if !entry.file_type().is_file() {
                    continue;
                }
                let path = entry.path();
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .replace('\\', "/");
                let read = || {
                    std::fs::read_to_string(path).map_err(|e| {
                        TemplateError::new(format!(
                            "sjabloon `{}` kan niet gelezen worden: {e}",
                            path.display()
                        ))
                    })
                };
                if rel == PAGINA_TYP {
                    pagina_typ = read()?;
                    if let Some((line, package)) = super::typst_cli::package_import(&pagina_typ) {
                        return Err(TemplateError::new(format!(
                            "sjabloon `{}` regel {line} gebruikt het typst-pakket `{}`; convenant maakt de PDF's zonder netwerk en laadt geen pakketten",
                            crate::diagnostic::visible(&path.display().to_string()),
                            crate::diagnostic::visible(&package)
                        ))
                        .help(format!("neem wat u van het pakket nodig hebt op in `{PAGINA_TYP}` zelf, of laat de import weg")));
                    }
                } else if rel == STIJL_CSS {
                    stijl_css = read()?;
                } else if rel == super::docx::REFERENTIE_DOCX {
                    referentie_docx = Some(reference_docx(path)?);
                } else if rel.ends_with(".md") {
                    let text = read()?;
                    if rel == "convenant.md" {
                        artikelen.convenant = articles::included(&text, "convenant");
                    } else if rel == "verwerkersovereenkomst.md" {
                        artikelen.verwerkersovereenkomst =
                            articles::included(&text, "verwerkersovereenkomst");
                    }
                    markdown.push((rel, tag_lines(&text)));
                }
            }
            unknown_override(dir, &markdown)?;
            tera.add_raw_templates(markdown).map_err(|e| {
                tera_error(&format!("sjabloon in `{}` is ongeldig", dir.display()), &e)
            })?;
        }
        Ok(Templates {
            tera,
            pagina_typ,
            stijl_css,
            referentie_docx,
            artikelen,
        })
    }

    /// Render template `name` (exact, else the built-in one) with `context`.
    pub(crate) fn render(&self, name: &str, context: &Context) -> Result<String, TemplateError> {
        RANGE_WORK.with(|w| w.set(0));
        let mut out = Capped {
            bytes: Vec::new(),
            full: false,
        };
        let rendered = self.tera.render_to(name, context, &mut out);
        if out.full {
            return Err(TemplateError::new(format!(
                "sjabloon `{name}` maakt een document van meer dan {} MiB; zo groot wordt geen convenant",
                MAX_DOCUMENT_BYTES / (1024 * 1024)
            ))
            .help("controleer de lussen (`{% for %}`) in het sjabloon, of een waarde in de casus die heel vaak herhaald wordt")
            .rule(&crate::rules::maken::SJB_03));
        }
        rendered.map_err(|e| {
            let error = tera_error(&format!("sjabloon `{name}` kan niet ingevuld worden"), &e);
            if RANGE_WORK.with(|w| w.get()) > limits::MAX_RANGE_WORK {
                error.rule(&crate::rules::maken::SJB_03)
            } else {
                error
            }
        })?;
        let text = String::from_utf8_lossy(&out.bytes);
        let text = normalise(&text);
        super::volledigheid::controleer(name, &text)?;
        Ok(text)
    }
}

/// The house style in a region's `referentie.docx`, read as hostile input.
fn reference_docx(path: &Path) -> Result<super::docx::HouseStyle, TemplateError> {
    use super::docx::MAX_REFERENCE_BYTES;
    let shown = crate::diagnostic::visible(&path.display().to_string());
    let help = "sla het huisstijldocument in Word of LibreOffice op als Word-document (.docx), \
                zonder ingesloten lettertypen; of haal het uit de sjablonenmap, dan gebruiken de \
                DOCX-bestanden de ingebouwde opmaak";
    let bytes = crate::paths::read_bounded(path, MAX_REFERENCE_BYTES)
        .map_err(|e| TemplateError::new(format!("`{shown}` kan niet gelezen worden: {e}")))?
        .ok_or_else(|| {
            TemplateError::new(format!(
                "`{shown}` is groter dan {} MiB; een referentiedocument met alleen de opmaak is veel kleiner",
                MAX_REFERENCE_BYTES / (1024 * 1024)
            ))
            .help(help)
        })?;
    super::docx::parse_reference(&bytes)
        .map_err(|why| TemplateError::new(format!("`{shown}` {why}")).help(help))
}

/// A file in the template folder that replaces no built-in template and
/// that no template includes would be ignored without a word: most often a
/// typo (`convenant/artikel-doelen.md`). A region's own partial is fine as
/// long as one of the effective templates includes it by name.
fn unknown_override(dir: &Path, markdown: &[(String, String)]) -> Result<(), TemplateError> {
    let builtin: Vec<&str> = DEFAULTS.iter().map(|(n, _)| *n).collect();
    let sources = || {
        markdown.iter().map(|(_, text)| text.as_str()).chain(
            DEFAULTS
                .iter()
                .filter(|(n, _)| !markdown.iter().any(|(m, _)| m == n))
                .map(|(_, text)| *text),
        )
    };
    for (name, _) in markdown {
        if builtin.contains(&name.as_str()) {
            continue;
        }
        let quoted = format!("\"{name}\"");
        if sources().any(|text| text.contains(&quoted)) {
            continue;
        }
        let hint = crate::ids::did_you_mean(name, builtin.iter().copied())
            .map(|c| format!("bedoelt u `{c}`? "))
            .unwrap_or_default();
        return Err(TemplateError::new(format!(
            "`{}` in de sjablonenmap `{}` vervangt geen ingebouwd sjabloon en wordt door geen sjabloon ingevoegd, dus het zou niets doen",
            crate::diagnostic::visible(name),
            crate::diagnostic::visible(&dir.display().to_string()),
        ))
        .help(format!(
            "{hint}de ingebouwde sjablonen en hun namen staan in docs/sjablonen.md; een eigen deelsjabloon voegt u in met {{% include \"{}\" %}}",
            crate::diagnostic::visible(name)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_lines_leave_no_line() {
        assert_eq!(
            tag_lines(
                "| a |\n  {% for x in y %}\n| {{ x }} |\n{% endfor %}\nna\n{% if a %}x{% endif %}\n"
            ),
            "| a |\n{% for x in y %}| {{ x }} |\n{% endfor %}na\n{% if a %}x{% endif %}\n"
        );
    }

    #[test]
    fn range_is_bounded_per_document_and_output_is_capped() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(
            tmp.path().join("convenant.md"),
            "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}",
        )
        .unwrap();
        std::fs::write(
            tmp.path().join("dpia.md"),
            "{% for i in range(start=2, end=11, step_by=3) %}{{ i }} {% endfor %}|{% for i in range(end=0) %}x{% endfor %}",
        )
        .unwrap();
        let t = Templates::load(Some(tmp.path())).unwrap();
        let e = t.render("convenant.md", &Context::new()).unwrap_err();
        assert!(e.message.contains("houdt niet op"), "{e}");
        RANGE_WORK.with(|w| w.set(0));
        assert_eq!(
            t.tera.render("dpia.md", &Context::new()).unwrap(),
            "2 5 8 |"
        );
        let mut out = Capped {
            bytes: Vec::new(),
            full: false,
        };
        use std::io::Write as _;
        assert!(out.write_all(&vec![b'x'; MAX_DOCUMENT_BYTES]).is_ok());
        assert!(out.write_all(b"x").is_err() && out.full);
    }

    #[test]
    fn an_override_that_replaces_nothing_is_refused_with_a_suggestion() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("convenant")).unwrap();
        std::fs::write(tmp.path().join("convenant/artikel-doelen.md"), "x\n").unwrap();
        let Err(e) = Templates::load(Some(tmp.path())) else {
            panic!("an override with a typo is refused");
        };
        assert!(
            e.help
                .as_deref()
                .is_some_and(|h| h.contains("bedoelt u `convenant/artikel-doel.md`?")),
            "{e:?}"
        );
        // A partial of the region's own is fine once a template includes it.
        std::fs::write(
            tmp.path().join("convenant.md"),
            "{% include \"convenant/artikel-doelen.md\" %}\n",
        )
        .unwrap();
        assert!(Templates::load(Some(tmp.path())).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_the_template_folder_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/etc/passwd", tmp.path().join("convenant.md")).unwrap();
        let Err(e) = Templates::load(Some(tmp.path())) else {
            panic!("a linked template is refused");
        };
        assert!(e.message.contains("is een koppeling"), "{e}");
    }

    #[test]
    fn a_page_template_that_imports_a_package_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(
            tmp.path().join(PAGINA_TYP),
            "#import \"@preview/cetz:0.3.0\"\n#let pagina(meta, body) = body\n",
        )
        .unwrap();
        let Err(e) = Templates::load(Some(tmp.path())) else {
            panic!("a package import is refused");
        };
        assert!(
            e.message.contains("regel 1") && e.message.contains("@preview/cetz"),
            "{e}"
        );
    }

    #[test]
    fn normalises_whitespace() {
        assert_eq!(normalise("a  \r\n\n\n\nb\n\n"), "a\n\nb\n");
    }

    #[test]
    fn every_file_in_templates_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = entry
                    .path()
                    .strip_prefix(&dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                assert!(
                    DEFAULTS.iter().any(|(n, _)| *n == rel),
                    "templates/{rel} is not in DEFAULTS"
                );
            }
        }
    }

    /// The template text without tera comments (`{# ... #}`), which never
    /// reach a document.
    fn without_comments(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("{#") {
            out.push_str(&rest[..start]);
            rest = rest[start..]
                .find("#}")
                .map_or("", |end| &rest[start + end + 2..]);
        }
        out.push_str(rest);
        out
    }

    /// Places where a template types an article number itself: `artikel 6`,
    /// `artikelen 15`, `art. 9`, `art 28` (any case). Citations come from the
    /// catalogue with `citeer`, cross-references from `artikel.<id>`.
    fn hand_typed_articles(text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let mut found = Vec::new();
        for word in ["artikelen", "artikel", "art.", "art"] {
            let mut from = 0;
            while let Some(i) = lower[from..].find(word) {
                let at = from + i;
                from = at + word.len();
                let before = lower[..at].chars().next_back();
                if before.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                let after = &lower[from..];
                let trimmed = after.trim_start();
                if trimmed.len() < after.len() && trimmed.starts_with(|c: char| c.is_ascii_digit())
                {
                    found.push(lower[at..].chars().take(16).collect());
                }
            }
        }
        found
    }

    #[test]
    fn no_template_types_an_article_number() {
        assert_eq!(hand_typed_articles("zie artikel 6 AVG").len(), 1);
        assert_eq!(hand_typed_articles("Art. 9 en art 28").len(), 2);
        assert_eq!(hand_typed_articles("artikelen 15 tot 22").len(), 1);
        assert!(hand_typed_articles("## Artikel {{ artikel.doel }} Doel").is_empty());
        for (name, text) in DEFAULTS.iter().filter(|(n, _)| n.ends_with(".md")) {
            let found = hand_typed_articles(&without_comments(text));
            assert!(
                found.is_empty(),
                "templates/{name} types an article number by hand: {found:?}; \
                 use {{{{ citeer(id=\"...\") }}}} or artikel.<id>"
            );
        }
    }

    /// Every `citeer(id="...")` in a template names a catalogue entry.
    #[test]
    fn every_cited_id_is_in_the_catalogue() {
        let mut count = 0;
        for (name, text) in DEFAULTS.iter().filter(|(n, _)| n.ends_with(".md")) {
            // The language argument of an English template names no entry.
            let text = &text.replace(", taal=\"en\"", "");
            let mut rest = text.as_str();
            while let Some(i) = rest.find("citeer_reeks(") {
                rest = &rest[i + "citeer_reeks(".len()..];
                let args = &rest[..rest.find(')').expect("citeer_reeks( is closed")];
                for arg in args.split(',') {
                    let id = arg
                        .trim()
                        .split_once("=\"")
                        .and_then(|(_, a)| a.strip_suffix('"'))
                        .unwrap_or_else(|| panic!("templates/{name}: citeer_reeks({args})"));
                    assert!(
                        crate::catalogue::get(id).is_some(),
                        "templates/{name} cites `{id}`, which is not in the catalogue"
                    );
                }
            }
            let mut rest = text.as_str();
            while let Some(i) = rest.find("citeer_samen(") {
                rest = &rest[i + "citeer_samen(".len()..];
                let args = &rest[..rest.find(')').expect("citeer_samen( is closed")];
                let ids = args
                    .trim()
                    .strip_prefix("ids=[")
                    .and_then(|a| a.strip_suffix(']'))
                    .unwrap_or_else(|| {
                        panic!("templates/{name}: citeer_samen({args}) needs ids=[...]")
                    });
                for id in ids.split(',') {
                    let id = id.trim().trim_matches('"');
                    assert!(
                        crate::catalogue::get(id).is_some(),
                        "templates/{name} cites `{id}`, which is not in the catalogue"
                    );
                    count += 1;
                }
            }
            let mut rest = text.as_str();
            while let Some(i) = rest.find("citeer(") {
                rest = &rest[i + "citeer(".len()..];
                let args = &rest[..rest.find(')').expect("citeer( is closed")];
                let id = args
                    .trim()
                    .strip_prefix("id=\"")
                    .and_then(|a| a.strip_suffix('"'))
                    .unwrap_or_else(|| panic!("templates/{name}: citeer({args}) needs id=\"...\""));
                assert!(
                    crate::catalogue::get(id).is_some(),
                    "templates/{name} cites `{id}`, which is not in the catalogue"
                );
                count += 1;
            }
        }
        assert!(count > 50, "only {count} citations");
    }

    #[test]
    fn citeer_prints_the_catalogue_and_refuses_an_unknown_id() {
        let mut t = Templates::load(None).unwrap();
        t.tera
            .add_raw_template("c.md", "{{ citeer(id=\"avg-28-3-a\") }}")
            .unwrap();
        assert_eq!(
            t.render("c.md", &Context::new()).unwrap(),
            "artikel 28, derde lid, onder a, AVG\n"
        );
        t.tera
            .add_raw_template("d.md", "{{ citeer(id=\"avg-99\") }}")
            .unwrap();
        let err = t.render("d.md", &Context::new()).unwrap_err();
        assert!(
            err.message.contains("`avg-99` staat niet in de catalogus"),
            "{}",
            err.message
        );
    }

    #[test]
    fn citations_combine_in_templates() {
        let mut t = Templates::load(None).unwrap();
        let mut ctx = Context::new();
        ctx.insert(
            "wetten",
            &serde_json::json!([
                {"citaat": "artikel 2.3 van de Jeugdwet"},
                {"citaat": "artikel 7.4.0 van de Jeugdwet"},
                {"citaat": "artikel 16 van de Leerplichtwet 1969"}
            ]),
        );
        t.tera
            .add_raw_template(
                "w.md",
                "{{ wetten | citaten }}|{{ [wetten[2]] | citaten }}|{{ citeer_samen(ids=[\"avg-28-2\", \"avg-28-4\"]) }}",
            )
            .unwrap();
        assert_eq!(
            t.render("w.md", &ctx).unwrap(),
            "de artikelen 2.3 en 7.4.0 van de Jeugdwet en artikel 16 van de Leerplichtwet 1969|artikel 16 van de Leerplichtwet 1969|artikel 28, tweede en vierde lid, AVG\n"
        );
        t.tera
            .add_raw_template("x.md", "{{ citeer_samen(ids=[\"avg-13\", \"avg-99\"]) }}")
            .unwrap();
        let err = t.render("x.md", &Context::new()).unwrap_err();
        assert!(
            err.message.contains("`avg-99` staat niet in de catalogus"),
            "{}",
            err.message
        );
    }

    #[test]
    fn citeer_reeks_prints_a_range_and_refuses_a_paragraph() {
        let mut t = Templates::load(None).unwrap();
        t.tera
            .add_raw_template("r.md", "{{ citeer_reeks(van=\"avg-32\", tot=\"avg-36\") }}")
            .unwrap();
        assert_eq!(
            t.render("r.md", &Context::new()).unwrap(),
            "artikelen 32 tot en met 36 AVG\n"
        );
        t.tera
            .add_raw_template(
                "s.md",
                "{{ citeer_reeks(van=\"avg-28-3\", tot=\"avg-36\") }}",
            )
            .unwrap();
        let err = t.render("s.md", &Context::new()).unwrap_err();
        assert!(
            err.message.contains("geen hele artikelen"),
            "{}",
            err.message
        );
    }

    /// Every article a built-in document includes has its partial, which
    /// numbers itself from `artikel.<key>`, and the built-in order is the
    /// one the documents were written for.
    #[test]
    fn builtin_articles_number_themselves() {
        let a = Artikelen::builtin();
        for (dir, ids) in [
            ("convenant", &a.convenant),
            ("verwerkersovereenkomst", &a.verwerkersovereenkomst),
        ] {
            assert!(ids.len() > 10, "{dir}: {ids:?}");
            for id in ids {
                let partial = format!("{dir}/artikel-{id}.md");
                let body = default_text(&partial);
                let key = super::super::views::artikel_sleutel(id);
                assert!(
                    body.contains(&format!("## Artikel {{{{ artikel.{key} }}}} ")),
                    "{partial} does not number itself as artikel.{key}"
                );
            }
        }
        assert_eq!(a.convenant.first().map(String::as_str), Some("definities"));
        assert_eq!(a.convenant.last().map(String::as_str), Some("recht"));
        assert_eq!(
            a.verwerkersovereenkomst[2..10],
            [
                "instructies",
                "geheimhouding",
                "beveiliging",
                "subverwerkers",
                "rechten-betrokkenen",
                "bijstand",
                "einde",
                "audits"
            ]
        );
    }

    /// A region's own `convenant.md` that drops an article and adds its own
    /// renumbers the rest.
    #[test]
    fn an_override_decides_the_article_numbers() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("convenant")).unwrap();
        std::fs::write(
            tmp.path().join("convenant.md"),
            "{% include \"convenant/artikel-definities.md\" %}\n\
             {% include \"convenant/artikel-eigen.md\" %}\n\
             {% include \"convenant/artikel-doel.md\" %}\n",
        )
        .unwrap();
        std::fs::write(
            tmp.path().join("convenant/artikel-eigen.md"),
            "## Artikel {{ artikel.eigen }} Eigen\n",
        )
        .unwrap();
        let t = Templates::load(Some(tmp.path())).unwrap();
        assert_eq!(t.artikelen.convenant, ["definities", "eigen", "doel"]);
        assert_eq!(
            t.artikelen.verwerkersovereenkomst,
            Artikelen::builtin().verwerkersovereenkomst
        );
    }

    #[test]
    fn builtin_templates_never_print_unescaped() {
        for (name, text) in DEFAULTS {
            assert!(!text.contains("safe"), "{name} uses `safe`");
        }
    }

    #[test]
    fn values_are_escaped_and_safe_is_refused() {
        let mut t = Templates::load(None).unwrap();
        let mut ctx = Context::new();
        ctx.insert("x", "*x* <b>");
        t.tera
            .add_raw_template("proef.md", "{{ x }} {{ ['a', 'b'] | opsomming }}")
            .unwrap();
        assert_eq!(
            t.render("proef.md", &ctx).unwrap(),
            "\\*x\\* \\<b\\> a en b\n"
        );
        t.tera
            .add_raw_template("onveilig.md", "{{ x | safe }}")
            .unwrap();
        let err = t.render("onveilig.md", &ctx).unwrap_err();
        assert!(err.message.contains("safe"), "{}", err.message);
    }
}
