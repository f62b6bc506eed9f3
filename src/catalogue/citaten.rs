//! Several catalogue citations as one, the way Dutch legislation cites:
//! `de artikelen 2.3 en 7.4.0 van de Jeugdwet`, `artikel 28, tweede en
//! vierde lid, AVG`.

/// One catalogue citation taken apart: `artikel 28, tweede lid, AVG` is
/// article `28`, subdivision `tweede lid`, act `AVG`;
/// `artikel 2.3 van de Jeugdwet` is article `2.3` of `van de Jeugdwet`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Vindplaats<'a> {
    artikel: &'a str,
    /// `tweede lid` or `onderdeel 15`.
    lid: Option<&'a str>,
    /// `onder e`, always after a `lid`.
    onder: Option<&'a str>,
    /// The act as the citation ends: `AVG`, `van de Jeugdwet`, ...
    wet: &'a str,
}

impl<'a> Vindplaats<'a> {
    fn lees(citaat: &'a str) -> Option<Vindplaats<'a>> {
        let rest = citaat.strip_prefix("artikel ")?;
        let (artikel, lid, onder, wet) = if rest.contains(", ") {
            let delen: Vec<&str> = rest.split(", ").collect();
            match delen.as_slice() {
                [artikel, lid, wet] => (*artikel, Some(*lid), None, *wet),
                [artikel, lid, onder, wet] if onder.starts_with("onder ") => {
                    (*artikel, Some(*lid), Some(*onder), *wet)
                }
                _ => return None,
            }
        } else {
            let (artikel, wet) = rest.split_once(' ')?;
            (artikel, None, None, wet)
        };
        let woord = |w: &str| !w.is_empty() && !w.contains(' ');
        let lid_ok = lid.is_none_or(|l| {
            l.strip_suffix(" lid").is_some_and(woord)
                || l.strip_prefix("onderdeel ").is_some_and(woord)
        });
        let onder_ok = onder.is_none_or(|o| o.strip_prefix("onder ").is_some_and(woord));
        (woord(artikel) && lid_ok && onder_ok && !wet.is_empty()).then_some(Vindplaats {
            artikel,
            lid,
            onder,
            wet,
        })
    }
}

/// Two whole-article citations of the same act as one range:
/// `artikel 15 AVG`, `artikel 22 AVG` → `artikelen 15 tot en met 22 AVG`.
/// `None` when they name different acts or cite a paragraph (`lid`).
pub fn artikelreeks(van: &str, tot: &str) -> Option<String> {
    let (a, b) = (Vindplaats::lees(van)?, Vindplaats::lees(tot)?);
    if a.wet != b.wet || a.lid.is_some() || b.lid.is_some() {
        return None;
    }
    Some(format!(
        "artikelen {} tot en met {} {}",
        a.artikel, b.artikel, a.wet
    ))
}

/// A Dutch ordinal paragraph (`derde lid`) as its number.
fn lid_nummer(lid: &str) -> Option<String> {
    if let Some(n) = lid.strip_prefix("onderdeel ") {
        return Some(n.to_string());
    }
    const RANGTELWOORDEN: [&str; 12] = [
        "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
        "tiende", "elfde", "twaalfde",
    ];
    let woord = lid.strip_suffix(" lid")?;
    RANGTELWOORDEN
        .iter()
        .position(|w| *w == woord)
        .map(|i| (i + 1).to_string())
}

/// The act of a citation in English: `AVG` is the GDPR, any other act keeps
/// its Dutch name (`of the Jeugdwet`).
fn wet_en(wet: &str) -> String {
    match wet {
        "AVG" => "GDPR".to_string(),
        "UAVG" => "of the UAVG (Dutch GDPR Implementation Act)".to_string(),
        other => {
            let naam = other
                .strip_prefix("van de ")
                .or_else(|| other.strip_prefix("van het "))
                .unwrap_or(other);
            format!("of the {naam}")
        }
    }
}

/// A Dutch catalogue citation in the English form: `artikel 28, derde lid,
/// onder a, AVG` → `Article 28(3)(a) GDPR`. `None` for a citation that is
/// not of an article.
pub fn engels(citaat: &str) -> Option<String> {
    let v = Vindplaats::lees(citaat)?;
    let mut out = format!("Article {}", v.artikel);
    if let Some(lid) = v.lid {
        out.push_str(&format!("({})", lid_nummer(lid)?));
    }
    if let Some(onder) = v.onder {
        out.push_str(&format!("({})", onder.strip_prefix("onder ")?));
    }
    out.push(' ');
    out.push_str(&wet_en(v.wet));
    Some(out)
}

/// [`artikelreeks`] in English: `Articles 15 to 22 GDPR`.
pub fn artikelreeks_en(van: &str, tot: &str) -> Option<String> {
    let (a, b) = (Vindplaats::lees(van)?, Vindplaats::lees(tot)?);
    if a.wet != b.wet || a.lid.is_some() || b.lid.is_some() {
        return None;
    }
    Some(format!(
        "Articles {} to {} {}",
        a.artikel,
        b.artikel,
        wet_en(a.wet)
    ))
}

/// The citations of one article of one act, as one: `tweede en vierde lid`,
/// `tweede lid, onder a en g`. `None` when they do not combine that way (a
/// whole article next to one of its paragraphs, different paragraphs with
/// points), so the caller keeps them apart.
fn onderverdeling(delen: &[&Vindplaats<'_>]) -> Option<Option<String>> {
    let [eerste, ..] = delen else { return None };
    if delen.len() == 1 {
        return Some(eerste.lid.map(|lid| match eerste.onder {
            Some(onder) => format!("{lid}, {onder}"),
            None => lid.to_string(),
        }));
    }
    if delen.iter().all(|d| d.onder.is_none()) {
        let leden: Option<Vec<String>> = delen
            .iter()
            .map(|d| d.lid?.strip_suffix(" lid").map(str::to_string))
            .collect();
        if let Some(leden) = leden {
            return Some(Some(format!("{} lid", crate::nl::en(&leden))));
        }
        let onderdelen: Option<Vec<String>> = delen
            .iter()
            .map(|d| d.lid?.strip_prefix("onderdeel ").map(str::to_string))
            .collect();
        return onderdelen.map(|o| Some(format!("onderdelen {}", crate::nl::en(&o))));
    }
    let lid = eerste.lid?;
    let punten: Option<Vec<String>> = delen
        .iter()
        .map(|d| {
            (d.lid == Some(lid))
                .then_some(d.onder?.strip_prefix("onder ")?)
                .map(str::to_string)
        })
        .collect();
    punten.map(|p| Some(format!("{lid}, onder {}", crate::nl::en(&p))))
}

/// Several citations of one act: `de artikelen 2.3 en 7.4.0 van de
/// Jeugdwet`, `artikel 28, tweede en vierde lid, AVG`, `artikel 5, tweede
/// lid, en artikel 24 AVG`. `None` when an article's citations do not
/// combine.
fn een_wet(groep: &[Vindplaats<'_>]) -> Option<String> {
    let wet = groep.first()?.wet;
    let mut artikelen: Vec<(&str, Vec<&Vindplaats<'_>>)> = Vec::new();
    for v in groep {
        match artikelen.iter_mut().find(|(a, _)| *a == v.artikel) {
            Some((_, delen)) => {
                if !delen.contains(&v) {
                    delen.push(v);
                }
            }
            None => artikelen.push((v.artikel, vec![v])),
        }
    }
    let delen: Vec<(&str, Option<String>)> = artikelen
        .iter()
        .map(|(a, d)| onderverdeling(d).map(|o| (*a, o)))
        .collect::<Option<_>>()?;
    if let [(artikel, onder)] = delen.as_slice() {
        return Some(match onder {
            Some(o) => format!("artikel {artikel}, {o}, {wet}"),
            None => format!("artikel {artikel} {wet}"),
        });
    }
    if delen.iter().all(|(_, o)| o.is_none()) {
        let nummers: Vec<String> = delen.iter().map(|(a, _)| (*a).to_string()).collect();
        return Some(format!("de artikelen {} {wet}", crate::nl::en(&nummers)));
    }
    // Mixed: `artikel 5, tweede lid, en artikel 24 AVG`. A part with a
    // paragraph is closed by a comma; a whole article by a comma only when
    // another part but the last follows it.
    let mut out = String::new();
    let laatste = delen.len() - 1;
    for (i, (artikel, onder)) in delen.iter().enumerate() {
        if i > 0 {
            out.push_str(if i == laatste { " en " } else { " " });
        }
        out.push_str("artikel ");
        out.push_str(artikel);
        if let Some(o) = onder {
            out.push_str(", ");
            out.push_str(o);
            out.push(',');
        } else if i + 1 < laatste {
            out.push(',');
        }
    }
    out.push(' ');
    out.push_str(wet);
    Some(out)
}

/// A list of catalogue citations written the way the Aanwijzingen voor de
/// regelgeving combine them: consecutive citations of the same act share
/// it (`de artikelen 2.3 en 7.4.0 van de Jeugdwet`), paragraphs of the same
/// article share the article (`artikel 28, tweede en vierde lid, AVG`), and
/// the acts are listed with `,` and `en`. A single citation stays as it is;
/// a citation this does not recognise, or an act whose citations do not
/// combine, is written out in full.
pub fn combineer<S: AsRef<str>>(citaten: &[S]) -> String {
    let mut uniek: Vec<&str> = Vec::new();
    for c in citaten {
        if !uniek.contains(&c.as_ref()) {
            uniek.push(c.as_ref());
        }
    }
    let mut stukken: Vec<String> = Vec::new();
    let mut groep: Vec<(&str, Vindplaats<'_>)> = Vec::new();
    for c in uniek {
        let v = Vindplaats::lees(c);
        let zelfde_wet = match (&v, groep.first()) {
            (Some(v), Some((_, g))) => v.wet == g.wet,
            _ => false,
        };
        if !zelfde_wet {
            sluit(&mut groep, &mut stukken);
        }
        match v {
            Some(v) => groep.push((c, v)),
            None => stukken.push(c.to_string()),
        }
    }
    sluit(&mut groep, &mut stukken);
    crate::nl::en(&stukken)
}

/// Writes the citations of one act collected in `groep` to `stukken`:
/// combined, or in full when they do not combine.
fn sluit(groep: &mut Vec<(&str, Vindplaats<'_>)>, stukken: &mut Vec<String>) {
    if groep.is_empty() {
        return;
    }
    let vindplaatsen: Vec<Vindplaats<'_>> = groep.iter().map(|(_, v)| v.clone()).collect();
    match een_wet(&vindplaatsen) {
        Some(s) => stukken.push(s),
        None => stukken.extend(groep.iter().map(|(c, _)| (*c).to_string())),
    }
    groep.clear();
}

#[cfg(test)]
mod tests {

    #[test]
    fn dutch_citations_read_as_english() {
        assert_eq!(
            engels("artikel 28, derde lid, onder a, AVG").as_deref(),
            Some("Article 28(3)(a) GDPR")
        );
        assert_eq!(
            engels("artikel 4, onderdeel 12, AVG").as_deref(),
            Some("Article 4(12) GDPR")
        );
        assert_eq!(engels("artikel 32 AVG").as_deref(), Some("Article 32 GDPR"));
        assert_eq!(
            engels("artikel 2.3 van de Jeugdwet").as_deref(),
            Some("Article 2.3 of the Jeugdwet")
        );
        assert_eq!(engels("het besluit van de AP"), None);
        assert_eq!(
            artikelreeks_en("artikel 15 AVG", "artikel 22 AVG").as_deref(),
            Some("Articles 15 to 22 GDPR")
        );
    }

    use super::*;
    use crate::catalogue::all;

    #[test]
    fn ranges_read_dutch() {
        assert_eq!(
            artikelreeks("artikel 15 AVG", "artikel 22 AVG").as_deref(),
            Some("artikelen 15 tot en met 22 AVG")
        );
        assert_eq!(artikelreeks("artikel 15 AVG", "artikel 5 UAVG"), None);
        assert_eq!(
            artikelreeks("artikel 28, derde lid, AVG", "artikel 36 AVG"),
            None
        );
    }

    #[test]
    fn citations_of_one_act_share_it() {
        // Different articles of one act.
        assert_eq!(
            combineer(&[
                "artikel 2.3 van de Jeugdwet",
                "artikel 7.4.0 van de Jeugdwet"
            ]),
            "de artikelen 2.3 en 7.4.0 van de Jeugdwet"
        );
        assert_eq!(
            combineer(&["artikel 13 AVG", "artikel 14 AVG", "artikel 21 AVG"]),
            "de artikelen 13, 14 en 21 AVG"
        );
        // Paragraphs of one article.
        assert_eq!(
            combineer(&["artikel 28, tweede lid, AVG", "artikel 28, vierde lid, AVG"]),
            "artikel 28, tweede en vierde lid, AVG"
        );
        // Points of one paragraph.
        assert_eq!(
            combineer(&[
                "artikel 9, tweede lid, onder a, AVG",
                "artikel 9, tweede lid, onder g, AVG"
            ]),
            "artikel 9, tweede lid, onder a en g, AVG"
        );
        // A paragraph next to a whole article.
        assert_eq!(
            combineer(&["artikel 5, tweede lid, AVG", "artikel 24 AVG"]),
            "artikel 5, tweede lid, en artikel 24 AVG"
        );
        assert_eq!(
            combineer(&["artikel 24 AVG", "artikel 5, tweede lid, AVG"]),
            "artikel 24 en artikel 5, tweede lid, AVG"
        );
        assert_eq!(
            combineer(&[
                "artikel 2.2, derde lid, van de Jeugdwet",
                "artikel 2.3 van de Jeugdwet",
                "artikel 7.4.0 van de Jeugdwet"
            ]),
            "artikel 2.2, derde lid, artikel 2.3 en artikel 7.4.0 van de Jeugdwet"
        );
    }

    #[test]
    fn different_acts_are_listed_and_single_citations_stay() {
        assert_eq!(combineer::<&str>(&[]), "");
        for one in [
            "artikel 6, eerste lid, onder e, AVG",
            "artikel 16 van de Leerplichtwet 1969",
            "artikel 7:465 van het Burgerlijk Wetboek",
            "artikel 4, onderdeel 15, AVG",
        ] {
            assert_eq!(combineer(&[one]), one);
        }
        assert_eq!(
            combineer(&[
                "artikel 18a van de Wet op het primair onderwijs",
                "artikel 16 van de Leerplichtwet 1969",
                "artikel 22 van de Leerplichtwet 1969",
            ]),
            "artikel 18a van de Wet op het primair onderwijs en de artikelen 16 en 22 van de Leerplichtwet 1969"
        );
        // Only consecutive citations of an act are combined.
        assert_eq!(
            combineer(&["artikel 13 AVG", "artikel 5 UAVG", "artikel 14 AVG"]),
            "artikel 13 AVG, artikel 5 UAVG en artikel 14 AVG"
        );
        // The same citation twice is cited once.
        assert_eq!(
            combineer(&["artikel 13 AVG", "artikel 13 AVG"]),
            "artikel 13 AVG"
        );
        assert_eq!(
            combineer(&["artikel 13 AVG", "artikel 14 AVG", "artikel 13 AVG"]),
            "de artikelen 13 en 14 AVG"
        );
    }

    #[test]
    fn what_does_not_combine_is_written_in_full() {
        // A whole article and one of its paragraphs.
        assert_eq!(
            combineer(&["artikel 28 AVG", "artikel 28, vierde lid, AVG"]),
            "artikel 28 AVG en artikel 28, vierde lid, AVG"
        );
        // Not a citation of an article.
        assert_eq!(
            combineer(&["Beleidsregels", "artikel 13 AVG"]),
            "Beleidsregels en artikel 13 AVG"
        );
    }

    #[test]
    fn every_catalogue_citation_is_understood() {
        for g in all() {
            if g.citaat.starts_with("artikel ") {
                assert!(Vindplaats::lees(&g.citaat).is_some(), "{}", g.citaat);
                assert_eq!(combineer(&[&g.citaat]), g.citaat);
            }
        }
    }
}
