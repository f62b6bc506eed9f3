//! The raw scan of a casus file, before it is read into the model: every
//! scalar of the YAML event stream is checked for what the documents cannot
//! show honestly or at all.
//!
//! - control characters (TXT-01), which can forge log lines or break a file;
//! - invisible and direction-changing characters (TXT-02), which make a text
//!   read differently from what it is (`Gemeente \u{202e}DATSROOV`);
//! - values and words that are too long to typeset (TXT-03);
//! - characters the documents' font cannot display (TXT-04), which would
//!   stop the PDF;
//! - tags (YAML-02): `!!binary` hides a value's text from a reviewer, and an
//!   unknown tag would be ignored without a word;
//! - aliases that blow a small file up into a huge casus (YAML-03).
//!
//! A syntax error ends the scan quietly: the typed reading reports it.

mod glyphs;

use crate::diagnostic::Diagnostic;
use crate::model::FileId;
use crate::source::Loc;
// The YAML event parser under serde-saphyr, as serde-saphyr re-exports it.
use serde_saphyr::granit_parser::{Event, Parser, Span};
use std::collections::HashMap;

/// Longest value, in characters: a long paragraph, far more than any field needs.
pub(crate) const MAX_VALUE_CHARS: usize = 10_000;
/// Longest word (a run without spaces), in characters: longer than any Dutch
/// compound, e-mail address or web address a covenant cites.
pub(crate) const MAX_WORD_CHARS: usize = 200;
/// Most text one file may stand for once its aliases are expanded.
pub(crate) const MAX_EXPANDED_BYTES: usize = 4 * 1024 * 1024;

/// What the scan found; `amplified` is set when reading the file into the
/// model would expand it past [`MAX_EXPANDED_BYTES`], so it must not be read.
pub(crate) struct Scan {
    pub diagnostics: Vec<Diagnostic>,
    pub amplified: bool,
}

/// An open collection, counting the text inside it (for its anchor).
struct Frame {
    anchor: usize,
    bytes: usize,
}

pub(crate) fn scan(file: FileId, text: &str) -> Scan {
    let mut out = Scan {
        diagnostics: Vec::new(),
        amplified: false,
    };
    let mut anchors: HashMap<usize, usize> = HashMap::new();
    let mut frames: Vec<Frame> = vec![Frame {
        anchor: 0,
        bytes: 0,
    }];
    let mut expanded: usize = 0;
    let add = |frames: &mut Vec<Frame>, n: usize| {
        if let Some(top) = frames.last_mut() {
            top.bytes = top.bytes.saturating_add(n);
        }
    };
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else { break };
        let loc = location(file, &span);
        match event {
            Event::Scalar(value, _, anchor, tag) => {
                if let Some(tag) = tag {
                    tag_error(&mut out.diagnostics, loc, tag.handle(), tag.suffix());
                }
                check_value(&mut out.diagnostics, loc, &value);
                expanded = expanded.saturating_add(value.len());
                add(&mut frames, value.len());
                if anchor != 0 {
                    anchors.insert(anchor, value.len());
                }
            }
            Event::SequenceStart(_, anchor, tag) | Event::MappingStart(_, anchor, tag) => {
                if let Some(tag) = tag {
                    tag_error(&mut out.diagnostics, loc, tag.handle(), tag.suffix());
                }
                frames.push(Frame { anchor, bytes: 0 });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if frames.len() > 1
                    && let Some(done) = frames.pop()
                {
                    if done.anchor != 0 {
                        anchors.insert(done.anchor, done.bytes);
                    }
                    add(&mut frames, done.bytes);
                }
            }
            Event::Alias(id) => {
                let size = anchors.get(&id).copied().unwrap_or(0);
                expanded = expanded.saturating_add(size);
                add(&mut frames, size);
                if expanded > MAX_EXPANDED_BYTES && !out.amplified {
                    out.amplified = true;
                    out.diagnostics.push(
                        Diagnostic::error(
                            "YAML-03",
                            format!(
                                "met zijn verwijzingen (`*`) naar ankers (`&`) wordt dit bestand meer dan {} MiB tekst; hier gaat het over de grens",
                                MAX_EXPANDED_BYTES / (1024 * 1024)
                            ),
                        )
                        .at(loc)
                        .help("schrijf grote teksten één keer uit en verwijs niet steeds opnieuw naar hetzelfde grote blok"),
                    );
                }
            }
            _ => {}
        }
    }
    out
}

fn location(file: FileId, span: &Span) -> Loc {
    Loc {
        file,
        line: span.start.line().max(1) as u64,
        column: span.start.col() as u64 + 1,
    }
}

/// Tags of the YAML core schema only say what plain YAML says already; any
/// other tag (`!!binary`, `!eigen`) changes or hides what a value means.
fn tag_error(out: &mut Vec<Diagnostic>, loc: Loc, handle: &str, suffix: &str) {
    const CORE: &str = "tag:yaml.org,2002:";
    if handle == CORE
        && matches!(
            suffix,
            "str" | "int" | "bool" | "float" | "null" | "seq" | "map"
        )
    {
        return;
    }
    let shown = if handle == CORE {
        format!("!!{suffix}")
    } else {
        format!("{handle}{suffix}")
    };
    let why = if suffix == "binary" {
        "`!!binary` verbergt de tekst van een waarde voor wie de casus leest"
    } else {
        "convenant kent geen YAML-tags; de waarde zou anders gelezen worden dan ze er staat"
    };
    out.push(
        Diagnostic::error(
            "YAML-02",
            format!(
                "tag `{}` is niet toegestaan: {why}",
                crate::diagnostic::visible(&shown)
            ),
        )
        .at(loc)
        .help("haal de tag weg en schrijf de waarde als gewone tekst"),
    );
}

/// A character that changes how the text around it reads while not being
/// seen itself: bidi controls, zero-width characters, the soft hyphen and
/// other format characters.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// A letter of a script written from right to left (Hebrew, Arabic, ...):
/// around it, the bidi rules reorder numbers and words (`א 100 ב 200`
/// shows as `200 ב 100 א`), so the text reads differently from its order.
pub(crate) fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// The script of a letter, for the letters that look alike across
/// scripts: Latin `o`, Cyrillic `о` and Greek `ο`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
}

fn script(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
            Some(Script::Latin)
        }
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Some(Script::Greek),
        '\u{0400}'..='\u{052F}' => Some(Script::Cyrillic),
        _ => None,
    }
}

/// The first word that mixes Latin with Greek or Cyrillic letters, such as
/// `Vооrstad` with two Cyrillic `о`: it looks like a name it is not.
fn mixed_script_word(value: &str) -> Option<&str> {
    value.split(|c: char| !c.is_alphanumeric()).find(|word| {
        let mut seen: Option<Script> = None;
        word.chars().filter_map(script).any(|s| {
            let mixed = seen.is_some_and(|first| first != s);
            seen.get_or_insert(s);
            mixed
        })
    })
}

/// A control character other than line feed and tab (C0, DEL, C1), or a
/// line or paragraph separator.
pub(crate) fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{2028}' || c == '\u{2029}'
}

/// Whether the documents' font shows `c` in every style.
pub(crate) fn is_displayable(c: char) -> bool {
    if c == '\n' || c == '\t' {
        return true;
    }
    let c = c as u32;
    glyphs::RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Every character [`is_displayable`] accepts, as inclusive ranges.
pub fn displayable_ranges() -> &'static [(u32, u32)] {
    glyphs::RANGES
}

/// `U+202E` for a message.
pub(crate) fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn check_value(out: &mut Vec<Diagnostic>, loc: Loc, value: &str) {
    // Most values are short printable ASCII: nothing to find but length.
    if value.len() <= MAX_WORD_CHARS
        && value
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) || b == b'\n' || b == b'\t')
    {
        return;
    }
    let mut controls = Vec::new();
    let mut invisible = Vec::new();
    let mut undisplayable = Vec::new();
    let mut chars = 0;
    let mut word = 0;
    let mut longest_word = 0;
    for c in value.chars() {
        chars += 1;
        if c.is_whitespace() {
            word = 0;
        } else {
            word += 1;
            longest_word = longest_word.max(word);
        }
        if is_control(c) {
            push_unique(&mut controls, c);
        } else if is_invisible(c) || is_right_to_left(c) {
            push_unique(&mut invisible, c);
        } else if !is_displayable(c) {
            push_unique(&mut undisplayable, c);
        }
    }
    let list = |cs: &[char]| {
        let mut shown: Vec<String> = cs.iter().take(5).map(|&c| code_point(c)).collect();
        if cs.len() > 5 {
            shown.push(format!("en nog {}", cs.len() - 5));
        }
        shown.join(", ")
    };
    if !controls.is_empty() {
        out.push(
            Diagnostic::error(
                "TXT-01",
                format!(
                    "deze waarde bevat een stuurteken ({}): dat hoort niet in een tekst en kan de uitvoer van convenant of van CI vervalsen",
                    list(&controls)
                ),
            )
            .at(loc)
            .help("verwijder het teken; schrijf een nieuwe regel als echte regelovergang in een blok met `|`"),
        );
    }
    if !invisible.is_empty() {
        out.push(
            Diagnostic::error(
                "TXT-02",
                format!(
                    "deze waarde bevat een onzichtbaar teken of een teken dat de leesrichting omdraait ({}): de tekst leest dan anders dan hij is",
                    list(&invisible)
                ),
            )
            .at(loc)
            .help("typ de waarde opnieuw zonder het teken (het komt vaak mee bij kopiëren uit een webpagina of tekstverwerker)"),
        );
    }
    if invisible.is_empty()
        && let Some(word) = mixed_script_word(value)
    {
        out.push(
            Diagnostic::error(
                "TXT-02",
                format!(
                    "het woord `{}` mengt Latijnse letters met Griekse of Cyrillische die er hetzelfde uitzien: het leest als een ander woord dan het is",
                    crate::diagnostic::visible(word)
                ),
            )
            .at(loc)
            .help("typ het woord opnieuw met alleen Latijnse letters (of alleen Griekse of Cyrillische)"),
        );
    }
    if !undisplayable.is_empty() {
        out.push(
            Diagnostic::error(
                "TXT-04",
                format!(
                    "deze waarde bevat een teken dat het lettertype van de documenten niet kan tonen ({}); de PDF kan dan niet gemaakt worden",
                    list(&undisplayable)
                ),
            )
            .at(loc)
            .help("gebruik Latijnse, Griekse of Cyrillische letters en gewone leestekens; schrijf bijvoorbeeld een naam in een ander schrift in Latijnse letters"),
        );
    }
    if chars > MAX_VALUE_CHARS {
        out.push(
            Diagnostic::error(
                "TXT-03",
                format!("deze waarde is {chars} tekens lang; het maximum is {MAX_VALUE_CHARS}"),
            )
            .at(loc)
            .help("kort de tekst in of verdeel hem over meer items"),
        );
    } else if longest_word > MAX_WORD_CHARS {
        out.push(
            Diagnostic::error(
                "TXT-03",
                format!(
                    "deze waarde bevat een woord van {longest_word} tekens zonder spatie; het maximum is {MAX_WORD_CHARS}"
                ),
            )
            .at(loc)
            .help("zet spaties in de tekst; een woord zo lang kan niet over regels verdeeld worden"),
        );
    }
}

fn push_unique(v: &mut Vec<char>, c: char) {
    if !v.contains(&c) {
        v.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<&'static str> {
        scan(0, text).diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn plain_dutch_passes() {
        assert!(codes("naam: \"'s-Hertogenbosch — één café, Ærø\"\nlijst: [a, b]\n").is_empty());
        assert!(codes("tekst: |\n  regel één\n  regel\ttwee\n").is_empty());
    }

    #[test]
    fn controls_bidi_and_zero_width_are_found_in_escapes_too() {
        assert_eq!(codes("naam: \"a\\x1bb\"\n"), ["TXT-01"]);
        assert_eq!(codes("naam: \"a\\u0085b\"\n"), ["TXT-01"]);
        assert_eq!(
            codes("naam: \"Gemeente \\u202eDATSROOV\\u202c\"\n"),
            ["TXT-02"]
        );
        assert_eq!(codes("naam: \"Ge\\u200bmeente\"\n"), ["TXT-02"]);
        assert_eq!(codes("naam: \"א 100 ב 200\"\n"), ["TXT-02"]);
        assert_eq!(codes("naam: Vооrstad\n"), ["TXT-02"]);
        assert!(codes("naam: \"Łódź, Ζωή, Жизнь\"\n").is_empty());
        assert_eq!(codes("naam: \"广州\"\n"), ["TXT-04"]);
        assert_eq!(codes("naam: \"😀\"\n"), ["TXT-04"]);
    }

    #[test]
    fn tags_other_than_the_core_schema_are_refused() {
        assert_eq!(codes("naam: !!binary R2VtZWVudGU=\n"), ["YAML-02"]);
        assert_eq!(codes("naam: !eigen x\n"), ["YAML-02"]);
        assert!(codes("naam: !!str 12\n").is_empty());
    }

    #[test]
    fn lengths_are_capped() {
        let long = format!("naam: \"{}\"\n", "ab ".repeat(4000));
        assert_eq!(codes(&long), ["TXT-03"]);
        let word = format!("naam: {}\n", "a".repeat(MAX_WORD_CHARS + 1));
        assert_eq!(codes(&word), ["TXT-03"]);
        let fine = format!("naam: {}\n", "a".repeat(MAX_WORD_CHARS));
        assert!(codes(&fine).is_empty());
    }

    #[test]
    fn aliases_that_blow_up_are_refused_once() {
        let big = "x ".repeat(5000);
        let mut text = format!("a: &groot \"{big}\"\nb:\n");
        for _ in 0..500 {
            text.push_str("  - *groot\n");
        }
        let s = scan(0, &text);
        assert!(s.amplified);
        assert_eq!(
            s.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
            ["YAML-03"]
        );
        // Aliases of a collection count its whole text.
        let mut text = format!("a: &blok\n  - \"{big}\"\n  - y\nb:\n");
        for _ in 0..500 {
            text.push_str("  - *blok\n");
        }
        assert!(scan(0, &text).amplified);
        // A few aliases of a small block are fine.
        assert!(!scan(0, "a: &k {x: 1}\nb: *k\nc: *k\n").amplified);
    }

    #[test]
    fn the_location_is_the_value() {
        let s = scan(3, "a: b\nnaam: \"x\\x07\"\n");
        let loc = s.diagnostics[0].loc.unwrap();
        assert_eq!((loc.file, loc.line, loc.column), (3, 2, 7));
    }
}
