//! FG-02: the e-mail address of a data protection officer is one.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "FG-02",
    severity: Severity::Error,
    title: "Het e-mailadres van een functionaris gegevensbescherming is een e-mailadres.",
    explain: "Het convenant geeft betrokkenen het e-mailadres van de FG van elke partij, \
zodat zij zich over hun gegevens tot de FG kunnen wenden (artikel 38, vierde lid, AVG). Een \
adres als `fg at voorstad` of `fg@voorstad` (zonder domein) bereikt niemand, en staat dan \
toch in een ondertekend document.\n\n\
Wat te doen: schrijf het volledige adres, met één `@` en een domein met een punt, zonder \
spaties: `fg@voorstad.nl`.",
    bron: "artikel 37, zevende lid, en artikel 38, vierde lid, AVG",
    ontbrekend: false,
    check: Some(check),
};

/// One `@`, a local part, a domain with a dot that neither starts nor ends
/// it, and no spaces or angle brackets: enough to catch a typing slip.
pub(crate) fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let clean = |p: &str| {
        !p.is_empty()
            && !p
                .chars()
                .any(|c| c.is_whitespace() || "<>@,;\"".contains(c))
    };
    clean(local)
        && clean(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    for p in &facts.casus.partijen {
        let Some(fg) = &p.fg else { continue };
        if !looks_like_email(&fg.email.value) {
            out.push(
                RULE.report(format!(
                    "het e-mailadres van de FG van `{}` is geen e-mailadres: `{}`",
                    p.id.value,
                    crate::diagnostic::visible(&fg.email.value)
                ))
                .at(Loc::of(p.bestand, &fg.email))
                .help("schrijf het volledige adres, bijvoorbeeld `fg@voorstad.nl`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_email;

    #[test]
    fn addresses() {
        for ok in [
            "fg@voorstad.nl",
            "f.de.graaf@gemeente-a.example",
            "privacy+fg@swv.nl",
        ] {
            assert!(looks_like_email(ok), "{ok}");
        }
        for bad in [
            "fg at voorstad",
            "fg@voorstad",
            "@voorstad.nl",
            "fg@.nl",
            "fg@voorstad.",
            "f g@voorstad.nl",
            "fg@@voorstad.nl",
            "",
            "fg@voorstad..nl",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }
}
