//! The command line: Dutch for our users. `main.rs` only calls [`main`].
//!
//! Exit codes: 0 ok (warnings allowed), 1 invalid input (for `diff`: something
//! changed), 2 usage error, 3 typst missing or of the wrong version (render).

use crate::check::{self, Checked};
use crate::diagnostic;
use crate::render::{self, templates::Templates, typst_cli};
use crate::{catalogue, rules};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod check_cmd;
mod completions_cmd;
mod diff_cmd;
mod explain_cmd;
mod init_cmd;
mod open_cmd;
mod register_cmd;
mod render_cmd;
mod uitvoer;

use check_cmd::run_check;
use completions_cmd::{completions, man};
use diff_cmd::run_diff;
use explain_cmd::{explain, grondslagen};
use init_cmd::run_init;
use open_cmd::run_open;
use register_cmd::run_register;
use render_cmd::run_render;
use uitvoer::Uitvoer;

pub(crate) const EXIT_OK: u8 = 0;
pub(crate) const EXIT_INVALID: u8 = 1;
pub(crate) const EXIT_USAGE: u8 = 2;
pub(crate) const EXIT_TYPST: u8 = 3;

#[derive(Parser)]
#[command(
    name = "convenant",
    version,
    about = "Maakt van een casus (YAML) het privacyconvenant met bijlagen, de verwerkersovereenkomsten en de DPIA, en weigert zolang de casus in strijd is met de wet.",
    after_help = "Voorbeelden:\n  convenant check casus/regio-voorbeeld\n  convenant check --format json\n  convenant render casus/regio-voorbeeld\n  convenant diff main:casus/regio-voorbeeld casus/regio-voorbeeld\n  convenant explain GRD-01\n  convenant grondslagen\n  convenant check -q                (alleen fouten)\n\n-q, -v en --color gelden voor elke opdracht; bij diff zegt met -q alleen de afsluitcode of er iets veranderde, zoals bij git diff --quiet. Kleur komt er met --color auto alleen op een terminal, en niet als de omgevingsvariabele NO_COLOR gezet is (https://no-color.org).\n\nAfsluitcodes: 0 in orde (waarschuwingen toegestaan), 1 ongeldige casus (bij diff: er veranderde iets), 2 verkeerd gebruik van de opdracht, 3 typst ontbreekt of heeft de verkeerde versie (render)."
)]
struct Cli {
    #[command(flatten)]
    globaal: uitvoer::Globaal,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Controleer een of meer casussen tegen de regels.
    #[command(
        after_help = "Zonder CASUS worden alle mappen onder ./casus gecontroleerd; in een casusmap (of een map daarin) alleen die casus. Een YAML-bestand staat voor de casus waar het bij hoort.\n\nVoorbeelden:\n  convenant check casus/regio-voorbeeld\n  convenant check casus/regio-voorbeeld/stromen/mdo.yaml\n  convenant check --strict --format json casus/regio-voorbeeld\n  convenant check --strict --format github          (annotaties in GitHub Actions)\n  convenant check --format sarif > convenant.sarif   (SARIF 2.1.0, voor code scanning)\n  convenant check --templates sjablonen casus/regio-voorbeeld"
    )]
    Check {
        /// Map(pen) van de casus, bijvoorbeeld casus/regio-voorbeeld.
        casus: Vec<PathBuf>,
        /// Uitvoer: voor mensen, JSON (docs/meldingen.schema.json), GitHub Actions-annotaties of SARIF 2.1.0.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Behandel waarschuwingen als fouten (voor CI).
        #[arg(long)]
        strict: bool,
        /// Controleer ook de eigen sjablonen in MAP: ze worden ingevuld zoals
        /// `render` dat doet, zonder iets te schrijven.
        #[arg(long, value_name = "MAP")]
        templates: Option<PathBuf>,
    },
    /// Toon de open punten van een of meer casussen: wat nog beslist moet worden, door wie, en waar het in de casus komt.
    #[command(
        after_help = "Een open punt is een plaats waar een document iets nodig heeft dat de casus nog niet zegt. In de documenten is het gemarkeerd met zijn nummer; index.html zet ze per partij op een rij. Een definitief convenant (`status: definitief`) kan pas worden gemaakt als er geen meer zijn.\n\nVoorbeelden:\n  convenant open casus/regio-voorbeeld\n  convenant open --format json casus/regio-voorbeeld"
    )]
    Open {
        /// Map(pen) van de casus, bijvoorbeeld casus/regio-voorbeeld.
        casus: Vec<PathBuf>,
        /// Uitvoer voor mensen of als JSON.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Eigen sjablonen, zoals bij `render`.
        #[arg(long, value_name = "MAP")]
        templates: Option<PathBuf>,
    },
    /// Maak de documenten van een of meer casussen: Markdown, HTML, PDF en Word (DOCX).
    #[command(
        after_help = "Zonder CASUS worden alle mappen onder ./casus gemaakt, tegelijk. Eerst wordt elke casus \
gecontroleerd; bij een fout wordt niets geschreven. Per casus komen de bestanden in \
OUT/<casus>/, met index.html als overzicht. Bestanden die convenant niet zelf maakte, \
worden nooit overschreven of verwijderd.\n\n\
Alleen wat veranderde wordt gemaakt: een PDF waarvan de bron (casus, sjablonen, versie van \
convenant en typst) gelijk bleef, wordt niet opnieuw gezet, en een bestand met dezelfde inhoud \
wordt niet herschreven. --force maakt en schrijft alles opnieuw.\n\n\
PDF vraagt typst 0.15.1 (via $TYPST of PATH):\n  cargo install typst-cli --locked --version 0.15.1\n\n\
DOCX is een gewoon Word-document om in Word of LibreOffice verder te bewerken, met de kopstijlen \
van Word en de artikelen genummerd door Word. Een referentie.docx in de map van --templates \
geeft de huisstijl (opmaakprofielen, thema en lettertypen); --wijzigingen-bijhouden zet \
\"Wijzigingen bijhouden\" aan, zodat elke wijziging zichtbaar blijft.\n\n\
Voorbeelden:\n  convenant render casus/regio-voorbeeld\n  convenant render --format md,html casus/regio-voorbeeld\n  \
convenant render --format typ --out drukker casus/regio-voorbeeld\n  \
convenant render --format docx --wijzigingen-bijhouden casus/regio-voorbeeld\n  convenant render --templates sjablonen/voorstad casus/regio-voorbeeld\n  \
convenant render --jobs 4              (alle casussen onder ./casus, 4 PDF's tegelijk)\n\n\
Afsluitcodes: 0 gemaakt, 1 ongeldige casus of een document kon niet gemaakt worden, 2 verkeerd gebruik, 3 typst ontbreekt of heeft de verkeerde versie."
    )]
    Render {
        /// Map(pen) van de casus, bijvoorbeeld casus/regio-voorbeeld.
        casus: Vec<PathBuf>,
        /// Map waarin per casus een map met documenten komt.
        #[arg(long, value_name = "MAP", default_value = "out")]
        out: PathBuf,
        /// Formaten, met komma's: md, html, pdf, docx (Word), typ (Typst-bron voor zetters).
        #[arg(long, value_name = "FORMATEN", value_enum, value_delimiter = ',', default_values_t = [RenderFormat::Md, RenderFormat::Html, RenderFormat::Pdf, RenderFormat::Docx])]
        format: Vec<RenderFormat>,
        /// Map met eigen sjablonen; een bestand vervangt het ingebouwde met dezelfde naam.
        #[arg(long, value_name = "MAP")]
        templates: Option<PathBuf>,
        /// Hoeveel PDF's (en casussen) tegelijk gemaakt worden; standaard het aantal processorkernen.
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Maak en schrijf alles opnieuw, ook wat niet veranderde.
        #[arg(long)]
        force: bool,
        /// Open de DOCX-bestanden met "Wijzigingen bijhouden" aan: wat iemand in Word of LibreOffice verandert, blijft zichtbaar als wijziging.
        #[arg(long)]
        wijzigingen_bijhouden: bool,
    },
    /// Maak het register van verwerkingen (artikel 30 AVG) per partij en per verwerker, en de export in DPV (JSON-LD).
    #[command(
        after_help = "Per verwerkingsverantwoordelijke komt er een XLSX en een CSV (register-<partij>.xlsx/.csv) met een regel per verwerking: het verstrekken of ontvangen van een gegevensstroom (S1, S2, ... zoals in de documenten), met de kolommen van artikel 30, eerste lid, AVG en de grondslag, de uitzondering voor bijzondere gegevens, de bron, de verwerkers en de DPIA. Per verwerker komt het register van artikel 30, tweede lid (verwerker-<id>.xlsx/.csv), en voor de hele casus verwerkingen.jsonld in het W3C Data Privacy Vocabulary. Alles komt in OUT/<casus>/register/; bestanden die convenant niet zelf maakte, worden nooit overschreven.\n\nVoorbeelden:\n  convenant register casus/regio-voorbeeld\n  convenant register --out uit casus/regio-voorbeeld"
    )]
    Register {
        /// Map(pen) van de casus, bijvoorbeeld casus/regio-voorbeeld.
        casus: Vec<PathBuf>,
        /// Map waarin per casus een map met documenten komt; het register komt in <casus>/register/.
        #[arg(long, value_name = "MAP", default_value = "out")]
        out: PathBuf,
    },
    /// Vergelijk twee versies van een casus: wat verandert er juridisch?
    #[command(
        after_help = "OUD en NIEUW zijn elk een casusmap, of REV:pad: een git-revisie met het pad van de casus \
vanaf de bovenste map van de opslagplaats, zoals bij `git show REV:pad`. Vergeleken wordt op ids: \
volgorde, opmaak en commentaar tellen niet. De uitvoer noemt per onderdeel wat er nieuw is, vervalt \
of veranderde, welke documenten veranderen, wie moet tekenen, of de DPIA opnieuw beoordeeld moet \
worden en welke verwerkersovereenkomsten veranderen.\n\n\
Voorbeelden:\n  convenant diff main:casus/regio-voorbeeld casus/regio-voorbeeld\n  \
convenant diff HEAD~1:casus/regio-voorbeeld HEAD:casus/regio-voorbeeld\n  \
convenant diff --format json oud/regio nieuw/regio\n  \
convenant diff --uitvoer wijziging main:casus/regio-voorbeeld casus/regio-voorbeeld\n\n\
Afsluitcodes: 0 niets veranderd dat de documenten of de wet raakt, 1 er veranderde iets, \
2 verkeerd gebruik (een map of revisie die niet bestaat, een casus die niet gelezen kan worden)."
    )]
    Diff {
        /// De oude versie: een casusmap of REV:pad.
        oud: PathBuf,
        /// De nieuwe versie: een casusmap of REV:pad.
        nieuw: PathBuf,
        /// Uitvoer voor mensen of als JSON voor CI.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Eigen sjablonen, zoals bij `render`: daarmee worden de documenten vergeleken.
        #[arg(long, value_name = "MAP")]
        templates: Option<PathBuf>,
        /// Schrijf in MAP het wijzigingsoverzicht (wijzigingsoverzicht.md, .html, .docx en .pdf):
        /// per document de artikelen die veranderen, met nieuwe en vervallen tekst gemarkeerd
        /// (in de DOCX als bijgehouden wijzigingen).
        #[arg(long, value_name = "MAP")]
        uitvoer: Option<PathBuf>,
    },
    /// Toon de uitleg en de bron van een regel.
    #[command(after_help = "Voorbeeld:\n  convenant explain GRD-01")]
    Explain {
        /// De code van de regel, bijvoorbeeld GRD-01.
        code: String,
    },
    /// Toon de ingebouwde catalogus van grondslagen en wetsartikelen.
    #[command(
        after_help = "Voorbeelden:\n  convenant grondslagen\n  convenant grondslagen --format json"
    )]
    Grondslagen {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Toon alle regels als Markdown-tabel (bron van docs/regels.md).
    Regels,
    /// Maak een nieuwe casus casus/NAAM, met het voorbeeld als begin.
    #[command(
        after_help = "Voorbeeld:\n  convenant init regio-noord\n  convenant check casus/regio-noord\n\nDe nieuwe map bevat het volledige, toegelichte voorbeeld, met de naam van uw regio in plaats van Regio Voorbeeld (ids, namen, kenmerk). Pas namen, taken en stromen aan uw regio aan; zolang er gegevens uit het voorbeeld in staan (zoals de e-mailadressen op `.example`), waarschuwt `check` (VBD-01).\n\nIn de map waar u init start, komen ook .vscode/casus.schema.json en .vscode/settings.json (uitleg en aanvulling in VS Code met de YAML-extensie) en een .gitignore voor out/. Een bestaande map of een bestaand bestand wordt nooit overschreven; init zegt dan wat u zelf kunt toevoegen."
    )]
    Init {
        /// Naam van de casus (kleine letters, cijfers en streepjes), gemaakt
        /// onder ./casus; of een pad, zoals `regio/noord` of `../casussen/noord`,
        /// waarvan de laatste map die naam heeft.
        naam: String,
    },
    /// Druk de aanvulling (completion) van de opdrachten af voor een shell.
    #[command(
        after_help = "Voorbeelden:\n  convenant completions bash > ~/.local/share/bash-completion/completions/convenant\n  convenant completions zsh > ~/.zfunc/_convenant\n  convenant completions fish > ~/.config/fish/completions/convenant.fish\n  convenant completions powershell >> $PROFILE"
    )]
    Completions {
        /// De shell: bash, zsh, fish of powershell.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Druk de man-pagina van convenant af (roff).
    #[command(after_help = "Voorbeeld:\n  convenant man > convenant.1 && man ./convenant.1")]
    Man,
    /// Druk het JSON-schema van een casusbestand af, voor editors.
    #[command(
        after_help = "Voorbeeld (VS Code met de YAML-extensie, in settings.json):\n  \"yaml.schemas\": { \"docs/casus.schema.json\": \"casus/**/*.yaml\" }\n\n  convenant schema > docs/casus.schema.json"
    )]
    Schema,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RenderFormat {
    Md,
    Html,
    Pdf,
    Docx,
    Typ,
}

impl From<RenderFormat> for render::Format {
    fn from(f: RenderFormat) -> render::Format {
        match f {
            RenderFormat::Md => render::Format::Md,
            RenderFormat::Html => render::Format::Html,
            RenderFormat::Pdf => render::Format::Pdf,
            RenderFormat::Typ => render::Format::Typ,
            RenderFormat::Docx => render::Format::Docx,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

/// The shells `completions` writes for.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

/// The outputs of `check`: for people, and three for CI.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Human,
    /// Eén JSON-document met versie, samenvatting en meldingen (docs/meldingen.schema.json).
    Json,
    /// Een GitHub Actions-opdracht per melding (`::error file=…`), als annotatie in een pull request.
    Github,
    /// SARIF 2.1.0, voor GitHub code scanning en andere hulpmiddelen.
    Sarif,
}

pub fn main() -> ExitCode {
    let parsed = crate::usage::dutch(Cli::command())
        .try_get_matches_from(crate::usage::help_as_flag(std::env::args_os().collect()))
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            match crate::usage::message(&e) {
                Some(dutch) => eprint!("{dutch}"),
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { EXIT_OK });
        }
    };
    let uit = cli.globaal.uitvoer();
    uitvoer::kleur_voor_regels(uit.kleur);
    let code = match cli.command {
        Command::Check {
            casus,
            format,
            strict,
            templates,
        } => run_check(&casus, format, strict, templates.as_deref(), uit),
        Command::Render {
            casus,
            out,
            format,
            templates,
            jobs,
            force,
            wijzigingen_bijhouden,
        } => run_render(
            &casus,
            render::Options {
                out,
                formats: format.iter().map(|&f| f.into()).collect(),
                jobs: jobs.map_or_else(crate::pool::default_workers, usize::from),
                force,
                track_changes: wijzigingen_bijhouden,
            },
            templates.as_deref(),
            uit,
        ),
        Command::Open {
            casus,
            format,
            templates,
        } => run_open(&casus, format, templates.as_deref(), uit),
        Command::Register { casus, out } => run_register(&casus, &out, uit),
        Command::Diff {
            oud,
            nieuw,
            format,
            templates,
            uitvoer,
        } => run_diff(
            &oud,
            &nieuw,
            format,
            templates.as_deref(),
            uitvoer.as_deref(),
            uit,
        ),
        Command::Explain { code } => explain(&code),
        Command::Grondslagen { format } => grondslagen(format),
        Command::Regels => print_out(&rules::docs_table()),
        Command::Schema => print_out(&crate::schema::casus_schema()),
        Command::Completions { shell } => completions(shell),
        Command::Man => man(),
        Command::Init { naam } => run_init(&naam, uit),
    };
    ExitCode::from(code)
}

/// The casus folders to work on: those given, or every folder under ./casus.
/// A YAML file given stands for the casus it belongs to. Reading commands
/// (`check`, `open`) started inside a casus, or below a folder that has a
/// ./casus, look upward as cargo and git do; `render` does not, as it writes
/// relative to where it starts.
fn casus_dirs(given: &[PathBuf], look_up: bool) -> Result<Vec<PathBuf>, String> {
    if !given.is_empty() {
        let mut dirs: Vec<PathBuf> = Vec::new();
        for g in given {
            let dir = if g.is_file() && crate::load::walk::is_yaml(g) {
                casus_of_file(g)?
            } else {
                g.clone()
            };
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        return Ok(dirs);
    }
    if look_up
        && std::fs::symlink_metadata("casus").is_err()
        && let Some(found) = casus_above()?
    {
        return Ok(found);
    }
    let root = Path::new("casus");
    let entries = std::fs::read_dir(root).map_err(|e| {
        let why = if e.kind() == io::ErrorKind::NotFound {
            "er is hier geen map ./casus".to_string()
        } else {
            format!("./casus kan niet gelezen worden ({e})")
        };
        format!("geen CASUS gegeven en {why}; geef een map, bijvoorbeeld `convenant check casus/regio-voorbeeld`, of start in de map boven ./casus")
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        return Err("./casus bevat geen casusmappen; maak er een met `convenant init NAAM`".into());
    }
    Ok(dirs)
}

/// The casus a YAML file belongs to: the folder under a `casus` folder that
/// holds it (`casus/x/stromen/mdo.yaml` → `casus/x`), or else its own folder.
/// A path with `..` is refused: the file must lie in the casus that is checked.
fn casus_of_file(file: &Path) -> Result<PathBuf, String> {
    if file
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        return Err(format!(
            "`{}` bevat `..`; geef het bestand of de casusmap zonder `..`",
            diagnostic::visible(&file.display().to_string())
        ));
    }
    let parent = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(absolute) = std::path::absolute(parent) else {
        return Ok(parent.to_path_buf());
    };
    let mut dir = absolute.as_path();
    while let Some(up) = dir.parent() {
        if up.file_name().is_some_and(|n| n == "casus") {
            return Ok(dir.to_path_buf());
        }
        dir = up;
    }
    Ok(parent.to_path_buf())
}

/// Started inside `…/casus/x` (or deeper): that casus. Started below a
/// folder with a `casus` folder: every casus in it. The search stops at the
/// root of a git repository or the home folder, and a `casus` reached
/// through a link is refused, as everywhere: nothing outside is read.
fn casus_above() -> Result<Option<Vec<PathBuf>>, String> {
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(None);
    };
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let mut dir = cwd.as_path();
    loop {
        if dir.join(".git").exists() || home.as_deref() == Some(dir) {
            return Ok(None);
        }
        let Some(up) = dir.parent() else {
            return Ok(None);
        };
        if up.file_name().is_some_and(|n| n == "casus") {
            return Ok(Some(vec![dir.to_path_buf()]));
        }
        let casus = up.join("casus");
        match std::fs::symlink_metadata(&casus) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(format!(
                    "`{}` is een koppeling (symbolic link); convenant volgt die niet, zodat niets van buiten de casus gelezen wordt. Geef de casusmap zelf op",
                    diagnostic::visible(&casus.display().to_string())
                ));
            }
            Ok(m) if m.is_dir() => {
                let mut dirs: Vec<PathBuf> = std::fs::read_dir(&casus)
                    .map_err(|e| format!("{} kan niet gelezen worden ({e})", casus.display()))?
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_dir())
                    .collect();
                dirs.sort();
                return Ok((!dirs.is_empty()).then_some(dirs));
            }
            _ => {}
        }
        dir = up;
    }
}

/// The errors of a checked casus as people read them, one per paragraph,
/// already guarded (and coloured when asked).
fn errors_human(c: &Checked, uit: Uitvoer) -> String {
    let mut err = String::new();
    for d in c
        .diagnostics
        .iter()
        .filter(|d| d.severity == diagnostic::Severity::Error)
    {
        err.push_str(&uit.diagnostic(d, &c.sources));
        err.push('\n');
    }
    err
}

/// Write to stderr through [`diagnostic::guard`]: no text from a casus,
/// template or typst reaches the log raw.
fn eprint_guarded(text: &str) {
    let text = uitvoer::kleur_label(&diagnostic::guard(text));
    let _ = io::stderr().write_all(text.as_bytes());
}

/// Print to stdout; a closed pipe (`| head`) is a normal end, not a panic.
fn print_out(text: &str) -> u8 {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => EXIT_OK,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => {
            eprintln!("fout: kan niet naar de uitvoer schrijven: {e}");
            EXIT_INVALID
        }
    }
}
