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

/// `text` as XML character data or a quoted attribute value, appended to
/// `out`: line breaks and tabs become spaces (as in the PDF), what XML
/// cannot hold is left out ([`kept`]), and the rest is escaped by quick-xml.
pub(super) fn push_escaped(out: &mut String, text: &str) {
    let plain = |c: char| !is_line_break(c) && c != '\t' && kept(c);
    if text.chars().all(plain) {
        // The common case: quick-xml borrows when there is nothing to escape.
        out.push_str(&quick_xml::escape::escape(text));
        return;
    }
    let clean: String = text
        .chars()
        .filter(|c| kept(*c))
        .map(|c| if plain(c) { c } else { ' ' })
        .collect();
    out.push_str(&quick_xml::escape::escape(clean.as_str()));
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
        assert_eq!(
            uri("https://example.org/a b\"<é>?q=1&r=%20"),
            "https://example.org/a%20b%22%3C%C3%A9%3E?q=1&amp;r=%20"
        );
    }
}
