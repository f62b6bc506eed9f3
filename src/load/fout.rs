//! The parser's errors as located Dutch diagnostics: where the user must act
//! (an unclosed quote at its opening line), and what to write instead.

use crate::diagnostic::Diagnostic;
use crate::ids;
use crate::model::FileId;
use crate::source::Loc;

/// Turn a serde-saphyr error into a located Dutch diagnostic.
pub(super) fn yaml_error(file: FileId, text: &str, e: &serde_saphyr::Error) -> Diagnostic {
    let options = serde_saphyr::render_options! {
        formatter: &serde_saphyr::UserMessageFormatter,
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let english = e.render_with_options(options);
    let english = match english.rfind(" at line ") {
        Some(i) => english[..i].to_string(),
        None => english,
    };
    let (message, help) = dutch(&english);
    let mut loc = e
        .location()
        .filter(|l| l.line() > 0)
        .map_or(Loc::file(file), |l| Loc::new(file, l));
    // A quote that is never closed is reported where the parser gave up,
    // often the next line: point at the line where the quote opens.
    if english.contains("quoted scalar")
        && let Some(open) = opening_quote(text, loc.line)
    {
        loc = Loc { file, ..open };
    }
    // The parser names the line before a tab: point at the tab itself.
    if english.contains("tab")
        && let Some((i, l)) = text
            .split('\n')
            .enumerate()
            .skip(loc.line.saturating_sub(1) as usize)
            .find(|(_, l)| l.contains('\t'))
    {
        let column = l[..l.find('\t').unwrap_or(0)].chars().count() as u64 + 1;
        loc = Loc {
            file,
            line: i as u64 + 1,
            column,
        };
    }
    let (mut message, mut help) = (message, help);
    // A colon where no key can begin: a dash without its space on the line
    // before, or a key indented further than the key above it; only a colon
    // inside a value wants quotes.
    if english.contains("mapping values are not allowed")
        && let Some((at, m, h)) = misplaced_colon(text, loc)
    {
        loc = Loc { file, ..at };
        message = m;
        help = Some(h);
    }
    let mut d = Diagnostic::error("YAML-01", message).at(loc);
    if let Some(help) = help {
        d = d.help(help);
    }
    d
}

/// What a colon where no key can begin means, when the lines around say
/// it: `-id: x` (a dash without its space) on the line before, or a key
/// indented further than the one above it (the colon is the line's first).
fn misplaced_colon(text: &str, loc: Loc) -> Option<(Loc, String, String)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let i = usize::try_from(loc.line).ok()?.checked_sub(1)?;
    let line = *lines.get(i)?;
    let previous = lines[..i]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if let Some((j, p)) = previous {
        let t = p.trim_start();
        if t.starts_with('-')
            && t.chars()
                .nth(1)
                .is_some_and(|c| !c.is_whitespace() && c != '-')
        {
            let column = (p.len() - t.len()) as u64 + 2;
            return Some((
                Loc {
                    file: loc.file,
                    line: j as u64 + 1,
                    column,
                },
                "na het streepje van een lijstitem hoort een spatie".to_string(),
                format!("schrijf `- {}`", t[1..].trim_end()),
            ));
        }
    }
    let indent = line.len() - line.trim_start().len();
    let first_colon = line.find(':')?;
    let key = line[indent..first_colon].trim();
    let plain_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let at_first = loc.column as usize == line[..first_colon].chars().count() + 1;
    if plain_key && at_first {
        return Some((
            Loc {
                column: indent as u64 + 1,
                ..loc
            },
            format!("`{key}:` springt verder in dan de sleutel erboven"),
            "zet sleutels van hetzelfde blok recht onder elkaar, met even veel spaties ervoor"
                .to_string(),
        ));
    }
    None
}

/// The last line at or before `line` whose value opens a quote that the line
/// does not close (`naam: "Voorstad`, `vestiging: 's-Hertogenbosch`), with
/// the column of that quote.
fn opening_quote(text: &str, line: u64) -> Option<Loc> {
    let lines: Vec<&str> = text.split('\n').collect();
    let last = usize::try_from(line).ok()?.min(lines.len());
    (0..last).rev().find_map(|i| {
        let l = lines[i];
        let (_, value) = l
            .split_once(": ")
            .or_else(|| l.trim_start().strip_prefix("- ").map(|v| ("", v)))?;
        let v = value.trim_start();
        let q = v.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let closed = v[1..].contains(q);
        (!closed).then(|| {
            let column = l.len() - v.len() + 1;
            Loc {
                file: 0,
                line: i as u64 + 1,
                column: l[..column - 1].chars().count() as u64 + 1,
            }
        })
    })
}

/// Translate the parser's English into Dutch for the common cases; keep the
/// original for the rest, so no information is lost.
fn dutch(english: &str) -> (String, Option<String>) {
    let between = |s: &str| -> Option<(String, String)> {
        let start = s.find('`')? + 1;
        let end = start + s[start..].find('`')?;
        let rest = s[end + 1..]
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .to_string();
        Some((s[start..end].to_string(), rest))
    };
    let suggest = |wanted: &str, options: &str| -> Option<String> {
        let candidates: Vec<&str> = options.split(", ").map(str::trim).collect();
        ids::did_you_mean(wanted, candidates.iter().copied())
            .map(|c| format!("bedoelt u `{c}`? Toegestaan: {options}"))
            .or_else(|| Some(format!("toegestaan: {options}")))
    };
    if english.starts_with("unknown field")
        && let Some((name, options)) = between(english)
    {
        // `{ naam: X, functie: wethouder, portefeuillehouder Jeugd }`: a
        // comma in a value between braces starts a new "key".
        if name.contains(' ') {
            return (
                format!(
                    "onbekende sleutel `{name}`; staat er een komma in een waarde tussen `{{ }}`?"
                ),
                Some(format!(
                    "een komma tussen `{{ }}` scheidt sleutels; zet een waarde met een komma tussen aanhalingstekens, bijvoorbeeld `functie: \"wethouder, portefeuillehouder Jeugd\"`; toegestaan: {options}"
                )),
            );
        }
        return (
            format!("onbekende sleutel `{name}`"),
            suggest(&name, &options),
        );
    }
    if english.starts_with("unknown variant")
        && let Some((name, options)) = between(english)
    {
        return (
            format!("onbekende waarde `{name}`"),
            suggest(&name, &options),
        );
    }
    if english.starts_with("missing field")
        && let Some((name, _)) = between(english)
    {
        return (
            format!("verplichte sleutel `{name}` ontbreekt"),
            Some(format!("voeg `{name}:` met een waarde toe aan dit blok")),
        );
    }
    if english.starts_with("duplicate field")
        && let Some((name, _)) = between(english)
    {
        return (
            format!("sleutel `{name}` staat twee keer in dit blok, mogelijk onder een andere naam"),
            Some(if name == "looptijd" {
                "houd één van beide: `looptijd_jaren` is de oude naam van `looptijd`; schrijf alleen `looptijd:`".to_string()
            } else {
                format!("houd één `{name}:` in dit blok")
            }),
        );
    }
    if english.starts_with("invalid value: integer") {
        return (
            "dit getal past hier niet (te groot of negatief)".to_string(),
            Some("schrijf een kleiner geheel getal van 0 of meer".to_string()),
        );
    }
    if english.starts_with("duplicate mapping key")
        && let Some((name, _)) = between(english)
    {
        return (
            format!("sleutel `{name}` staat twee keer in hetzelfde blok"),
            Some(if name == "id" {
                "begint hier een nieuw item van de lijst? Zet dan `- ` voor zijn eerste sleutel (`- id: ...`); anders: houd één van beide".to_string()
            } else {
                "houd één van beide; YAML kiest anders stilzwijgend".to_string()
            }),
        );
    }
    if english.contains("null is not allowed") {
        return (
            "hier ontbreekt een waarde".to_string(),
            Some("schrijf een waarde na de dubbele punt, of verwijder de regel als de sleutel niet nodig is".to_string()),
        );
    }
    for (open, close, example) in [
        ("[", "]", "naar: [school-a, gemeente-a]"),
        ("{", "}", "fg: { naam: A. Jansen, email: fg@voorbeeld.nl }"),
    ] {
        if english.contains(&format!("unclosed bracket '{open}'"))
            || english.contains(&format!("unclosed brace '{open}'"))
        {
            return (
                format!("een `{open}` wordt niet gesloten"),
                Some(format!(
                    "sluit met `{close}` op dezelfde regel, bijvoorbeeld `{example}`"
                )),
            );
        }
    }
    let known = [
        (
            "expected string scalar",
            "hier wordt een tekst verwacht",
            None,
        ),
        (
            "expected sequence start",
            "hier wordt een lijst verwacht",
            Some("schrijf `[a, b]` of regels die met `- ` beginnen"),
        ),
        (
            "expected mapping start",
            "hier worden sleutels met waarden verwacht",
            Some("een casusbestand begint met sleutels als `partijen:` of `stromen:`"),
        ),
    ];
    for (en, nl, help) in known {
        if english.starts_with(en) {
            return (nl.to_string(), help.map(str::to_string));
        }
    }
    // Syntax and limit errors of the parser, by the part of their text that
    // names the problem. The English stays after the Dutch, for searching.
    let syntax = [
        (
            "quoted scalar",
            "een tekst tussen aanhalingstekens wordt niet afgesloten",
            "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint; begint een waarde zelf met een apostrof, zoals 's-Hertogenbosch, zet haar dan tussen dubbele aanhalingstekens: `vestiging: \"'s-Hertogenbosch\"`",
        ),
        (
            "invalid indentation",
            "de inspringing klopt hier niet",
            "laat sleutels van hetzelfde blok precies even ver inspringen, met spaties",
        ),
        (
            "invalid boolean",
            "hier wordt `true` of `false` verwacht",
            "schrijf `true` (ja) of `false` (nee), zonder aanhalingstekens",
        ),
        (
            "found a tab",
            "een tab is in YAML niet toegestaan voor inspringing of midden in een waarde",
            "vervang de tab door spaties (bijvoorbeeld twee per niveau); zet een tab in een tekst tussen aanhalingstekens",
        ),
        (
            "simple key expected",
            "na een sleutel hoort een dubbele punt met een spatie",
            "schrijf bijvoorbeeld `soort: gemeente` (met een spatie na de dubbele punt)",
        ),
        (
            "invalid u",
            "hier wordt een geheel getal van 0 of meer verwacht",
            "schrijf een getal zonder aanhalingstekens, bijvoorbeeld `4`",
        ),
        (
            "invalid i",
            "hier wordt een geheel getal verwacht",
            "schrijf een getal zonder aanhalingstekens, bijvoorbeeld `4`",
        ),
        (
            "invalid type: ",
            "deze waarde heeft niet de soort die hier hoort",
            "kijk in docs/casusformaat.md welke waarde deze sleutel verwacht",
        ),
        (
            "tabs disallowed",
            "een tab voor inspringing is in YAML niet toegestaan",
            "spring in met spaties (bijvoorbeeld twee per niveau)",
        ),
        (
            "only single YAML document",
            "een casusbestand bevat één YAML-document, maar hier begint een tweede (`---`)",
            "zet het tweede document in een eigen bestand, of verwijder de regel `---`",
        ),
        (
            "mapping values are not allowed",
            "een dubbele punt op een plaats waar geen sleutel kan beginnen",
            "zet een tekst met `: ` erin tussen aanhalingstekens, bijvoorbeeld `naam: \"Voorstad: centrum\"`",
        ),
        (
            "did not find expected '-' indicator",
            "hier wordt een nieuw lijstitem (`- `) verwacht; de inspringing klopt waarschijnlijk niet",
            "laat sleutels van hetzelfde blok precies even ver inspringen, en begin elk item met `- `",
        ),
        (
            "did not find expected key",
            "hier wordt een sleutel verwacht; de inspringing klopt waarschijnlijk niet",
            "laat sleutels van hetzelfde blok precies even ver inspringen",
        ),
        (
            "invalid indentation",
            "de inspringing klopt hier niet",
            "laat sleutels van hetzelfde blok precies even ver inspringen, met spaties",
        ),
        (
            "recursion limit exceeded",
            "het bestand is te diep genest om te lezen",
            "een casus heeft hooguit een paar niveaus; controleer of er haakjes `[` of `{` openstaan",
        ),
        (
            "YAML document too large or too complex",
            "het bestand is te groot of te ingewikkeld om veilig te lezen",
            "verdeel de casus over meer bestanden, en gebruik geen diep geneste ankers (`&`/`*`)",
        ),
        (
            "unexpected character",
            "een teken dat in YAML niet mag staan",
            "verwijder het teken of zet de tekst tussen aanhalingstekens",
        ),
    ];
    for (en, nl, help) in syntax {
        if english.contains(en) {
            return (format!("{nl} ({english})"), Some(help.to_string()));
        }
    }
    // Our own messages (a date, for instance) are Dutch already and say what
    // to write; they need no syntax hint.
    if english.contains(" is geen ") {
        return (english.to_string(), None);
    }
    (
        format!("YAML kan niet gelezen worden: {english}"),
        Some("controleer inspringing, aanhalingstekens en haakjes op deze plaats".to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::dutch;

    #[test]
    fn parser_messages_become_dutch_with_suggestions() {
        let (m, h) = dutch("unknown field `nam`, expected one of id, naam, taken");
        assert_eq!(m, "onbekende sleutel `nam`");
        assert!(h.unwrap().contains("bedoelt u `naam`?"));
        let (m, _) = dutch("missing field `naam`");
        assert_eq!(m, "verplichte sleutel `naam` ontbreekt");
        let (m, h) = dutch("unclosed bracket '['");
        assert_eq!(m, "een `[` wordt niet gesloten");
        assert!(h.unwrap().contains("sluit met `]`"));
        // A message the table does not know keeps the parser's words.
        let (m, _) = dutch("something new");
        assert!(m.contains("something new"), "{m}");
    }

    #[test]
    fn syntax_and_limit_errors_say_in_dutch_what_to_do() {
        for (english, dutch_part) in [
            ("invalid u32", "geheel getal"),
            (
                "tabs disallowed within this context (block indentation)",
                "tab",
            ),
            (
                "only single YAML document expected but multiple found",
                "`---`",
            ),
            (
                "mapping values are not allowed in this context",
                "dubbele punt",
            ),
            ("recursion limit exceeded", "te diep genest"),
            (
                "YAML document too large or too complex: limits breached: Nodes { nodes: 250001 }",
                "te groot",
            ),
        ] {
            let (m, h) = dutch(english);
            assert!(m.contains(dutch_part), "{m}");
            assert!(m.contains(english), "the original stays searchable: {m}");
            assert!(h.is_some(), "{english}");
        }
        let (m, h) = dutch("`2026-02-29` is geen geldige datum; schrijf JJJJ-MM-DD");
        assert!(m.starts_with("`2026-02-29` is geen geldige datum"), "{m}");
        assert!(h.is_none());
    }
}
