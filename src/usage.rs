//! Help and usage errors in Dutch. clap writes its headings ("Usage:",
//! "Options:") and errors in English; our users read Dutch, so the command is
//! given Dutch help templates and flags, and a parse error is retold here from
//! its kind and context, which clap keeps apart from its English text.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// `convenant help check` (as cargo and git know it) and `convenant hulp
/// check` become `convenant check --help`; `convenant help` alone
/// `convenant --help`.
pub(crate) fn help_as_flag(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    if args.get(1).is_some_and(|a| a == "help" || a == "hulp") {
        args.remove(1);
        args.truncate(2);
        args.push("--help".into());
    }
    args
}

/// The command with Dutch help text, for it and every subcommand.
pub(crate) fn dutch(cmd: Command) -> Command {
    let root = cmd.get_name() == "convenant";
    let mut cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_value_name("OPDRACHT")
        .subcommand_help_heading("Opdrachten")
        .next_help_heading("Opties")
        .arg(
            Arg::new("hulp")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Toon deze hulp"),
        );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("versie")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Toon de versie"),
        );
    }
    // Defaults and choices in Dutch, after the help text.
    cmd = cmd.mut_args(|a| {
        let mut extra = Vec::new();
        if !a.is_hide_possible_values_set() && a.get_action().takes_values() {
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() {
                extra.push(format!("waarden: {}", values.join(", ")));
            }
        }
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && a.get_action().takes_values() {
            extra.push(format!("standaard: {}", defaults.join(",")));
        }
        if extra.is_empty() {
            return a;
        }
        let help = a.get_help().map(ToString::to_string).unwrap_or_default();
        a.hide_default_value(true)
            .hide_possible_values(true)
            .help(format!("{help} [{}]", extra.join("; ")))
    });
    let has_args = cmd.get_positionals().next().is_some();
    let has_subcommands = cmd.has_subcommands();
    let mut template = String::from("{about-with-newline}\nGebruik: {usage}\n");
    if has_subcommands {
        template.push_str("\nOpdrachten:\n{subcommands}\n");
    }
    if has_args {
        template.push_str("\nArgumenten:\n{positionals}\n");
    }
    template.push_str("\nOpties:\n{options}{after-help}");
    let usage = usage(&cmd, has_subcommands);
    cmd.help_template(template)
        .override_usage(usage)
        .mut_subcommands(dutch)
}

/// "convenant check [OPTIES] [CASUS]..." instead of clap's "[OPTIONS]".
fn usage(cmd: &Command, has_subcommands: bool) -> String {
    let name = if cmd.get_name() == "convenant" {
        "convenant".to_string()
    } else {
        format!("convenant {}", cmd.get_name())
    };
    let mut usage = format!("{name} [OPTIES]");
    for a in cmd.get_positionals() {
        let value = a
            .get_value_names()
            .and_then(|v| v.first())
            .map_or_else(|| a.get_id().as_str().to_uppercase(), ToString::to_string);
        let many = matches!(a.get_action(), ArgAction::Append)
            || a.get_num_args().is_some_and(|n| n.max_values() > 1);
        let dots = if many { "..." } else { "" };
        if a.is_required_set() {
            usage.push_str(&format!(" <{value}>{dots}"));
        } else {
            usage.push_str(&format!(" [{value}]{dots}"));
        }
    }
    if has_subcommands {
        usage.push_str(" <OPDRACHT>");
    }
    usage
}

/// A parse error told in Dutch, with what to do; `None` for help and version,
/// which clap prints itself.
pub(crate) fn message(e: &clap::Error) -> Option<String> {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    // `--format <FORMAT>`: the option alone is what the user typed.
    let invalid_arg = text(ContextKind::InvalidArg)
        .map(|a| a.split(' ').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut out = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => format!(
            "onbekende opdracht `{}`",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::UnknownArgument => format!("onbekende optie `{invalid_arg}`"),
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("`{invalid_arg}` vraagt een waarde")
        }
        ErrorKind::InvalidValue => format!("ongeldige waarde `{value}` voor `{invalid_arg}`"),
        ErrorKind::ValueValidation => {
            format!(
                "ongeldige waarde `{value}` voor `{invalid_arg}`: {}",
                source(e)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            format!("ontbrekend argument {invalid_arg}")
        }
        ErrorKind::MissingSubcommand => "geef een opdracht".to_string(),
        ErrorKind::ArgumentConflict => {
            format!("`{invalid_arg}` gaat niet samen met een andere optie")
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("te veel of te weinig waarden: `{value}`")
        }
        _ => format!("verkeerd gebruik van de opdracht ({})", e.kind()),
    };
    out = format!("fout: {out}\n");
    if let Some(valid) = text(ContextKind::ValidValue) {
        out.push_str(&format!("  = mogelijk: {valid}\n"));
    }
    let suggested = match e
        .get(ContextKind::SuggestedSubcommand)
        .or(e.get(ContextKind::SuggestedArg))
    {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    if !suggested.is_empty() {
        let list: Vec<String> = suggested.iter().map(|s| format!("`{s}`")).collect();
        out.push_str(&format!("  = bedoelt u {}?\n", list.join(" of ")));
    }
    out.push_str("  = hulp: `convenant --help` toont alle opdrachten, `convenant OPDRACHT --help` hun opties\n");
    Some(out)
}

/// The reason a value parser gave (for `--jobs 0`: out of range).
fn source(e: &clap::Error) -> String {
    use std::error::Error as _;
    match e.source().map(ToString::to_string) {
        Some(s) if s.contains("not in") => {
            format!("buiten het bereik {}", s.rsplit(' ').next().unwrap_or(""))
        }
        Some(s) if s.contains("invalid digit") => "geen getal".to_string(),
        Some(s) => s,
        None => String::new(),
    }
}
