//! VBD-01: no data of the example left in a casus of one's own.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;
use std::sync::OnceLock;

pub(crate) const RULE: Rule = Rule {
    code: "VBD-01",
    severity: Severity::Warning,
    title: "Een eigen casus bevat geen gegevens meer uit het voorbeeld.",
    explain: "`convenant init` begint een nieuwe casus met het voorbeeld (Regio Voorbeeld), \
zodat u de vorm leert door hem aan te passen. De organisaties, personen, kenmerken en \
e-mailadressen daarin bestaan niet; de adressen eindigen op `.example`, een domein dat \
alleen voor voorbeelden bestaat en niemand bereikt. Blijft zo'n gegeven staan, dan komt het \
in een document dat partijen tekenen: een betrokkene die de functionaris \
gegevensbescherming wil bereiken, schrijft naar een adres dat niet bestaat, en het convenant \
draagt het kenmerk van het voorbeeld.\n\n\
Deze waarschuwing noemt de eerste plaats per soort gegeven (kenmerk, e-mailadres) en telt \
de rest. In het voorbeeld zelf (`casus/regio-voorbeeld`) waarschuwt zij niet.\n\n\
Wat te doen: vervang het kenmerk door dat van uw eigen convenant en elk e-mailadres door \
het echte adres van de FG van die partij, of schrijf `fg: onbekend` zolang u het niet weet.",
    bron: "RFC 2606, Reserved Top Level DNS Names (IETF, 1999), paragraaf 2: `.example` is gereserveerd voor voorbeelden; artikel 38, vierde lid, AVG (betrokkenen kunnen zich tot de functionaris gegevensbescherming wenden)",
    ontbrekend: false,
    check: Some(check),
};

/// The folder name of the example, which is example data on purpose.
pub(crate) const VOORBEELD: &str = "regio-voorbeeld";

/// The example's kenmerk and FG addresses, read from the embedded example
/// so they cannot drift from it.
struct Voorbeeld {
    kenmerk: String,
    emails: Vec<String>,
}

fn voorbeeld() -> &'static Voorbeeld {
    static V: OnceLock<Voorbeeld> = OnceLock::new();
    V.get_or_init(|| {
        let mut v = Voorbeeld {
            kenmerk: String::new(),
            emails: Vec::new(),
        };
        for (name, text) in crate::init::EXAMPLE {
            for line in text.lines() {
                let code = line.split(" #").next().unwrap_or("");
                if *name == "convenant.yaml"
                    && v.kenmerk.is_empty()
                    && let Some(k) = code.strip_prefix("  kenmerk:")
                {
                    v.kenmerk = k.trim().to_string();
                }
                for part in code.split("email:").skip(1) {
                    let addr: String = part
                        .trim_start()
                        .chars()
                        .take_while(|c| !c.is_whitespace() && !",}".contains(*c))
                        .collect();
                    if !addr.is_empty() {
                        v.emails.push(addr);
                    }
                }
            }
        }
        v
    })
}

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    if casus.naam == VOORBEELD {
        return;
    }
    let v = voorbeeld();
    if let Some(c) = &casus.convenant
        && c.value.value.kenmerk.value.trim() == v.kenmerk
    {
        out.push(
            RULE.report(format!(
                "het kenmerk van het convenant is dat van het voorbeeld: `{}`",
                v.kenmerk
            ))
            .at(Loc::of(c.bestand, &c.value.value.kenmerk))
            .help("schrijf bij `kenmerk:` het kenmerk (dossiernummer) van uw eigen convenant"),
        );
    }
    let found: Vec<_> = casus
        .partijen
        .iter()
        .filter_map(|p| p.fg.as_ref().map(|fg| (p, fg)))
        .filter(|(_, fg)| v.emails.iter().any(|e| *e == fg.email.value.trim()))
        .collect();
    if let Some((p, fg)) = found.first() {
        let rest = match found.len() - 1 {
            0 => String::new(),
            1 => " (en nog 1 partij)".to_string(),
            n => format!(" (en nog {n} partijen)"),
        };
        out.push(
            RULE.report(format!(
                "het e-mailadres van de FG van `{}` is een adres uit het voorbeeld: `{}`{rest}",
                p.id.value, fg.email.value
            ))
            .at(Loc::of(p.bestand, &fg.email))
            .help("schrijf het echte adres van de FG van elke partij, of `fg: onbekend` zolang u het niet weet"),
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_is_read() {
        let v = super::voorbeeld();
        assert_eq!(v.kenmerk, "PCV-RV-2026-01");
        assert!(v.emails.len() >= 5, "{:?}", v.emails);
        assert!(
            v.emails.iter().all(|e| e.ends_with(".example")),
            "{:?}",
            v.emails
        );
    }
}
