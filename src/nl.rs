//! Dutch as the documents write it: lists, dates and numbers. One helper
//! each, used by the views, the templates' filters and the citations.

use crate::model::Datum;

/// `a`, `a en b`, `a, b en c`.
pub fn en(items: &[String]) -> String {
    joined(items, "en")
}

/// `items` joined with commas and `conjunction` before the last.
fn joined(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// `["a", "b", "c"]` → `a, b en c`; when an item has a comma of its own,
/// `a, b; c d; e` (semicolons, so the list stays readable).
pub fn opsomming(items: &[String]) -> String {
    list(items, "en")
}

/// `opsomming` for a document in English: `a, b and c`.
pub fn opsomming_engels(items: &[String]) -> String {
    list(items, "and")
}

fn list(items: &[String], conjunction: &str) -> String {
    if items.iter().any(|i| i.contains(',')) {
        return items.join("; ");
    }
    joined(items, conjunction)
}

/// A number the way Dutch legal text writes it: in words up to twenty
/// (`4` → `vier`, `1` → `één`), in digits above.
pub fn voluit(n: u64) -> String {
    const WOORDEN: [&str; 21] = [
        "nul",
        "één",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
    ];
    usize::try_from(n)
        .ok()
        .and_then(|i| WOORDEN.get(i))
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// `1 March 2026`, for a document in English.
pub fn datum_engels(d: Datum) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    day_month_year(d, &MONTHS)
}

/// `1 maart 2026`
pub fn datum(d: Datum) -> String {
    day_month_year(d, &MAANDEN)
}

fn day_month_year(d: Datum, months: &[&str; 12]) -> String {
    let month = months
        .get(usize::from(d.maand).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {month} {}", d.dag, d.jaar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_english_read_english() {
        assert_eq!(
            opsomming_engels(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(opsomming_engels(&["a, b".into(), "c".into()]), "a, b; c");
        assert_eq!(opsomming_engels(&["a".into()]), "a");
    }

    #[test]
    fn lists_read_dutch() {
        assert_eq!(opsomming(&[]), "");
        assert_eq!(opsomming(&["a".into()]), "a");
        assert_eq!(
            opsomming(&["a".into(), "b".into(), "c".into()]),
            "a, b en c"
        );
    }

    #[test]
    fn numbers_read_dutch() {
        assert_eq!(voluit(1), "één");
        assert_eq!(voluit(4), "vier");
        assert_eq!(voluit(20), "twintig");
        assert_eq!(voluit(21), "21");
    }

    #[test]
    fn a_comma_in_an_item_makes_semicolons() {
        assert_eq!(
            opsomming(&["wethouder, jeugd".into(), "b".into()]),
            "wethouder, jeugd; b"
        );
    }
}
