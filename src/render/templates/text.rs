//! Text helpers of the templates: tag lines that leave no line, and the
//! normalised whitespace of every document.

/// A line that holds only a block tag (`{% for ... %}`, `{% endif %}`) or a
/// comment leaves no line of its own in the output: the tag keeps its place,
/// its indentation and its line break go (like Jinja's `trim_blocks` and
/// `lstrip_blocks`). So templates can put tags on their own lines between
/// table rows without breaking the table.
pub(crate) fn tag_lines(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.split_inclusive('\n') {
        let t = line.trim();
        let only = |open: &str, close: &str| {
            t.starts_with(open) && t.ends_with(close) && t.matches(open).count() == 1
        };
        if only("{%", "%}") || only("{#", "#}") {
            out.push_str(t);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// LF line endings, no trailing spaces, at most one blank line in a row, and
/// exactly one newline at the end: templates can be written readably.
pub(crate) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.replace("\r\n", "\n").replace('\r', "\n").lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
