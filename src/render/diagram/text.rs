//! Text in the diagram: its width estimated from the character classes of
//! Libertinus Serif (the font of the PDFs), word wrapping, and XML escaping.
//!
//! The estimate is on the wide side, so text stays inside its box in every
//! renderer; it is computed in integers, so the layout is the same on
//! every machine.

/// Width of `text` at `size` units, in thousandths of a unit, bold or not.
fn width_milli(text: &str, size: i32, bold: bool) -> i64 {
    let em: i64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '’' | '!' | '|' | 'I' => 280,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' | '‑' => 360,
            'm' | 'w' | 'M' | 'W' | '—' => 820,
            '0'..='9' => 500,
            c if c.is_uppercase() => 680,
            _ => 510,
        })
        .sum();
    let em = if bold { em * 108 / 100 } else { em };
    em * i64::from(size)
}

/// Width of `text` in whole units, rounded up.
pub(crate) fn width(text: &str, size: i32, bold: bool) -> i32 {
    let milli = width_milli(text, size, bold);
    i32::try_from((milli + 999) / 1000).unwrap_or(i32::MAX)
}

/// `text` in lines of at most `max` units; a word longer than a line is
/// broken where it must.
pub(crate) fn wrap(text: &str, size: i32, bold: bool, max: i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate, size, bold) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone: broken into pieces that fit.
        for c in word.chars() {
            let mut next = line.clone();
            next.push(c);
            if !line.is_empty() && width(&next, size, bold) > max {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            } else {
                line = next;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text for SVG element content and quoted attribute values: markup
/// characters escaped, and characters XML 1.0 does not allow replaced.
pub(crate) fn escape(text: &str) -> String {
    let allowed: String = text
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => '\u{fffd}',
            c => c,
        })
        .collect();
    crate::render::html::escape(&allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_the_width_and_keeps_every_word() {
        let text = "Stichting Openbaar Onderwijs Regio Voorbeeldstad en omstreken";
        let lines = wrap(text, 9, true, 120);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 9, true) <= 120), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        let long = wrap(&"x".repeat(200), 9, false, 60);
        assert!(long.len() > 3 && long.iter().all(|l| width(l, 9, false) <= 60));
        assert_eq!(long.concat(), "x".repeat(200));
        assert_eq!(wrap("", 9, false, 60), vec![String::new()]);
    }

    #[test]
    fn escapes_markup_and_characters_xml_forbids() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{0}\u{1b}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;\u{fffd}\u{fffd}"
        );
    }
}
