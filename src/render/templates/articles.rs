//! Article numbers from the effective templates: the articles of a document
//! are the partials `<dir>/artikel-<id>.md` that its template includes, in
//! the order it includes them. A region whose own `convenant.md` adds or
//! drops an article gets numbers and cross-references (`artikel.doel`) that
//! follow, without any list in the code.

/// The article ids of the two numbered documents, in order.
#[derive(Debug, Clone, Default)]
pub struct Artikelen {
    pub convenant: Vec<String>,
    pub verwerkersovereenkomst: Vec<String>,
}

impl Artikelen {
    /// The articles of the built-in templates.
    pub fn builtin() -> Artikelen {
        let text = |name: &str| {
            super::DEFAULTS
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("", |(_, t)| t)
        };
        Artikelen {
            convenant: included(text("convenant.md"), "convenant"),
            verwerkersovereenkomst: included(
                text("verwerkersovereenkomst.md"),
                "verwerkersovereenkomst",
            ),
        }
    }
}

/// `{% include "convenant/artikel-doel.md" %}` → `doel`, for each include
/// of `<dir>/artikel-*.md` outside a `{# ... #}` comment, once each.
pub(crate) fn included(text: &str, dir: &str) -> Vec<String> {
    let prefix = format!("{dir}/artikel-");
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{") {
        let after = &rest[start..];
        if let Some(comment) = after.strip_prefix("{#") {
            rest = comment.find("#}").map_or("", |end| &comment[end + 2..]);
            continue;
        }
        let Some(tag) = after.strip_prefix("{%") else {
            rest = &after[1..];
            continue;
        };
        let Some(end) = tag.find("%}") else {
            break;
        };
        let body = tag[..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        if let Some(name) = body.strip_prefix("include") {
            let name = name.trim().trim_matches(|c| c == '"' || c == '\'');
            if let Some(id) = name
                .strip_prefix(prefix.as_str())
                .and_then(|n| n.strip_suffix(".md"))
                && !out.iter().any(|o| o == id)
            {
                out.push(id.to_string());
            }
        }
        rest = &tag[end + 2..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn includes_in_order_without_comments_or_other_partials() {
        let text = "{# {% include \"convenant/artikel-oud.md\" %} #}\n\
            {% include \"convenant/partijen.md\" %}\n\
            {% include \"convenant/artikel-doel.md\" %}\n\
            {%- include 'convenant/artikel-eigen.md' -%}\n\
            {% include \"convenant/artikel-doel.md\" %}\n\
            {% include \"verwerkersovereenkomst/artikel-duur.md\" %}\n";
        assert_eq!(included(text, "convenant"), ["doel", "eigen"]);
        assert_eq!(included(text, "verwerkersovereenkomst"), ["duur"]);
        assert!(included("{% include", "convenant").is_empty());
    }
}
