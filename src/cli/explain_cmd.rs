//! `convenant explain CODE` and `convenant grondslagen`: the registry and the
//! catalogue for people.

use super::*;

pub(super) fn explain(code: &str) -> u8 {
    let Some(rule) = rules::find(code) else {
        let codes: Vec<&str> = rules::all().map(|r| r.code).collect();
        let hint = crate::ids::did_you_mean(&code.to_ascii_uppercase(), codes.iter().copied())
            .map(|c| format!(" Bedoelt u {c}?"))
            .unwrap_or_default();
        eprint_guarded(&format!(
            "fout: onbekende regel `{}`.{hint} Bekende codes: {}\n",
            diagnostic::visible(code),
            codes.join(", ")
        ));
        return EXIT_USAGE;
    };
    let mut text = format!(
        "{} ({}): {}\n\n{}\n\nBron: {}\n",
        rule.code,
        rule.severity.dutch(),
        rule.title,
        rule.explain,
        rule.bron
    );
    let example = rules::example(rule.code);
    if !example.is_empty() {
        text.push_str(
            "\nVoorbeeld dat deze melding geeft (aangevuld met een kleine, verder geldige casus):\n",
        );
        for (file, yaml) in example {
            text.push_str(&format!("\n  {file}:\n"));
            for line in yaml.lines() {
                text.push_str(&format!("    {}\n", diagnostic::visible(line)));
            }
        }
    }
    print_out(&text)
}

pub(super) fn grondslagen(format: Format) -> u8 {
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(catalogue::all()).unwrap_or_default();
            print_out(&format!("{json}\n"))
        }
        Format::Human => {
            let mut out = String::new();
            let mut last = None;
            for g in catalogue::all() {
                if last != Some(g.soort) {
                    out.push_str(&format!("\n{}\n", g.soort.label()));
                    last = Some(g.soort);
                }
                out.push_str(&format!(
                    "  {:<14} {}\n  {:<14} {}\n",
                    g.id, g.citaat, "", g.uitleg
                ));
            }
            print_out(out.trim_start())
        }
    }
}
