//! Ids: lowercase slugs, because they become file names.

/// Longest id: two ids make a file name (`verwerkersovereenkomst-<partij>-
/// <verwerker>.html`), which must stay under the 255 bytes file systems allow.
pub(crate) const MAX_LEN: usize = 64;

/// `[a-z0-9-]+`, not starting or ending with `-`, at most [`MAX_LEN`] long.
pub(crate) fn is_slug(id: &str) -> bool {
    id.len() <= MAX_LEN && is_file_stem(id)
}

/// The characters of a slug, of any length: a file name made of ids.
pub(crate) fn is_file_stem(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The closest of `candidates` to `wanted`, if close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wanted, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// `a`, `b` en `c`: a list of ids for a message, shortened when long.
pub(crate) fn list(ids: &[&str]) -> String {
    const MAX: usize = 12;
    let quoted: Vec<String> = ids.iter().take(MAX).map(|i| format!("`{i}`")).collect();
    let mut out = match quoted.len() {
        0 => "(geen)".to_string(),
        1 => quoted[0].clone(),
        n => format!("{} en {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    if ids.len() > MAX {
        out.push_str(&format!(" (en nog {})", ids.len() - MAX));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("gemeente-voorstad"));
        assert!(is_slug("mdo2"));
        for bad in ["", "../x", "Gemeente", "a_b", "-a", "a-", "a b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert!(is_slug(&"a".repeat(MAX_LEN)));
        assert!(!is_slug(&"a".repeat(MAX_LEN + 1)));
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("gemeente-voorsad", ["gemeente-voorstad", "swv"]),
            Some("gemeente-voorstad")
        );
        assert_eq!(did_you_mean("zzz", ["gemeente-voorstad"]), None);
        assert_eq!(list(&["a", "b", "c"]), "`a`, `b` en `c`");
    }
}
