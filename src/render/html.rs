//! Markdown to a standalone HTML page: lang `nl`, a small print-friendly
//! stylesheet in the page, no JavaScript and nothing loaded from elsewhere.
//!
//! pulldown-cmark's HTML writer passes raw HTML and any link target through,
//! so we change the events first: raw HTML becomes text,
//! links with a scheme other than https, http, mailto or `#` lose their
//! target (their text stays), and images are replaced by their alt text.

use super::diagram::Diagrams;
use super::typst_markup::allowed_link;
use pulldown_cmark::{Event, Tag, TagEnd, html};

/// Refuses everything but the styles in the page itself.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// The HTML for a Markdown document, sanitised.
#[cfg(test)]
pub(crate) fn body(markdown: &str) -> String {
    body_with(markdown, &Diagrams::new())
}

/// The same, with an image of one of our diagrams as that SVG inline (the
/// SVG is ours and escapes every user string; its alt text is dropped),
/// linked to its file for a full-size view.
pub(crate) fn body_with(markdown: &str, diagrams: &Diagrams) -> String {
    let mut out = String::new();
    let parsed = super::typst_markup::parse(markdown);
    html::push_html(&mut out, events(&parsed, diagrams).into_iter());
    out
}

/// The events of a Markdown document, sanitised as said above, with our
/// diagrams inline.
pub(crate) fn events<'a>(parsed: &[Event<'a>], diagrams: &Diagrams) -> Vec<Event<'a>> {
    let mut links: Vec<bool> = Vec::new();
    let mut in_diagram = false;
    parsed
        .iter()
        .cloned()
        .filter_map(|ev| match ev {
            Event::Start(Tag::Image { dest_url, .. })
                if diagrams.contains_key(dest_url.as_ref()) =>
            {
                in_diagram = true;
                let svg = &diagrams[dest_url.as_ref()].svg;
                Some(Event::InlineHtml(
                    format!(
                        "<a class=\"stroomschema\" href=\"{}\">{}</a>",
                        escape(&dest_url),
                        svg.trim_end()
                    )
                    .into(),
                ))
            }
            Event::End(TagEnd::Image) if in_diagram => {
                in_diagram = false;
                None
            }
            _ if in_diagram => None,
            Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                // Our own files next to the page (`convenant.pdf`) may be linked.
                let keep = allowed_link(&dest_url)
                    || crate::output::is_our_name(&dest_url)
                    || super::open::is_mark(&dest_url);
                links.push(keep);
                keep.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link) => links
                .pop()
                .unwrap_or(false)
                .then_some(Event::End(TagEnd::Link)),
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            ev => Some(ev),
        })
        .collect()
}

/// Text for HTML element content and quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A whole page around `body_html` (already safe HTML).
pub(crate) fn page(title: &str, css: &str, body_html: &str) -> String {
    page_in("nl", title, css, body_html)
}

/// The same page in language `lang` (`nl` or `en`, never user text).
pub(crate) fn page_in(lang: &'static str, title: &str, css: &str, body_html: &str) -> String {
    // A stylesheet cannot end the <style> element early: no `<` at all
    // (`\3c ` is the same character for CSS).
    let css = css.replace('<', "\\3c ");
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"generator\" content=\"convenant\">\n\
         <title>{}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n<main>\n",
        escape(title),
        css.trim_end()
    );
    out.push_str(body_html.trim_end());
    out.push_str("\n</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text_and_bad_links_lose_their_target() {
        let html = body(
            "Hallo <script>alert(1)</script> [x](javascript:alert(1)) [y](https://example.org) \
             <javascript:alert(2)> ![plaatje](https://tracker.example/p.png) [z](data:text/html,x)\n\n\
             <div onclick=\"x\">blok</div>\n",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:alert(1)\""), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(
            html.contains("<a href=\"https://example.org\">y</a>"),
            "{html}"
        );
        assert!(html.contains(">x<") || html.contains(" x "), "{html}");
        assert!(html.contains("plaatje"), "{html}");
    }

    #[test]
    fn page_is_standalone() {
        let p = page(
            "A <b> & \"c\"",
            "body { color: black; } </style><script>",
            "<p>x</p>",
        );
        assert!(p.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
        assert!(p.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(!p.contains("</style><script>"));
        assert!(!p.contains("<script"));
        assert!(!p.contains("src="));
        assert!(p.ends_with("</html>\n"));
    }
}
