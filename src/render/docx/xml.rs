//! Text into XML: every string from a casus or template goes through here.

use crate::render::markdown_escape::is_line_break;

/// The namespaces of WordprocessingML and of relationships.
pub(super) const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(super) const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The XML declaration every part starts with.
pub(super) const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Whether a character stays in XML text: what XML cannot hold (control
/// characters, U+FFFE, U+FFFF) is left out; line breaks and tabs stay, as
/// spaces.
pub(super) fn kept(c: char) -> bool {
    is_line_break(c) || c == '\t' || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// The bytes that may start a character that changes: the five that become
/// entities, the ASCII controls (tab and line breaks become spaces, the
/// rest is dropped), and the first bytes of the characters from U+0080 to
/// U+00BF (the C1 controls, U+0085), U+2000 to U+2FFF (U+2028, U+2029) and
/// U+F000 to U+FFFF (U+FFFE, U+FFFF). Every other byte is copied.
static ATTENTION: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7F] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'&' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xEF] = true;
    t
};

/// `text` as XML character data or a quoted attribute value, appended to
/// `out`: line breaks and tabs become spaces (as in the PDF), what XML
/// cannot hold is left out ([`kept`]), and `<`, `>`, `&`, `"` and `'`
/// become entities.
///
/// One pass over the bytes, copying the stretches between the characters
/// that change: the body of a document is mostly this (docs/prestaties.md).
/// Only a byte of [`ATTENTION`] is looked at as a character; it starts one,
/// so `i` is then on a character's boundary.
pub(super) fn push_escaped(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    // `text[..done]` is in `out`.
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !ATTENTION[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let replacement = match c {
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '"' => "&quot;",
            '\'' => "&apos;",
            c if is_line_break(c) || c == '\t' => " ",
            c if !kept(c) => "",
            c => {
                i += c.len_utf8();
                continue;
            }
        };
        out.push_str(&text[done..i]);
        out.push_str(replacement);
        i += c.len_utf8();
        done = i;
    }
    out.push_str(&text[done..]);
}

/// [`push_escaped`] into a new string.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// A URL for a relationship's `Target`: Word refuses a file whose link
/// target is not a URI, so spaces, quotes and non-ASCII are percent-encoded
/// (a `%` that is already there stays).
pub(super) fn uri(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        if c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    escape(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{1b}[31m\u{0}\u{FFFF}\nb\tc"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;[31m b c"
        );
        // Characters of two and three bytes, kept and dropped, between text.
        assert_eq!(
            escape("§ \u{a0}x\u{85}y\u{9f}z \u{2013}\u{2028}\u{201c}\u{feff}\u{fffe}\u{ffff}é<"),
            "§ \u{a0}x yz \u{2013} \u{201c}\u{feff}é&lt;"
        );
        assert_eq!(escape(""), "");
        assert_eq!(escape("'"), "&apos;");
    }

    /// The one-pass escape gives what filtering the characters and then
    /// escaping with quick-xml gives, for every string of up to three
    /// characters from a sample of each kind.
    #[test]
    fn one_pass_equals_filter_then_escape() {
        fn reference(text: &str) -> String {
            let plain = |c: char| !is_line_break(c) && c != '\t' && kept(c);
            let clean: String = text
                .chars()
                .filter(|c| kept(*c))
                .map(|c| if plain(c) { c } else { ' ' })
                .collect();
            quick_xml::escape::escape(clean.as_str()).into_owned()
        }
        let sample = [
            'a',
            ' ',
            '<',
            '>',
            '&',
            '"',
            '\'',
            '\t',
            '\n',
            '\r',
            '\u{0}',
            '\u{1b}',
            '\u{7f}',
            '\u{80}',
            '\u{85}',
            '\u{9f}',
            '\u{a0}',
            '§',
            'é',
            '\u{7ff}',
            '\u{800}',
            '\u{2013}',
            '\u{2028}',
            '\u{2029}',
            '\u{2fff}',
            '\u{feff}',
            '\u{fffd}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{1f600}',
        ];
        for a in sample {
            for b in sample {
                for c in sample {
                    let s: String = [a, b, c].iter().collect();
                    assert_eq!(escape(&s), reference(&s), "{s:?}");
                }
            }
        }
        assert_eq!(
            uri("https://example.org/a b\"<é>?q=1&r=%20"),
            "https://example.org/a%20b%22%3C%C3%A9%3E?q=1&amp;r=%20"
        );
    }
}
