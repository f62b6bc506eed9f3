//! CNS-02: whoever consents fits the age of the children discussed.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::model::{Casus, Leeftijdsgroep, PartijSoort, Stroom, Toestemmer};
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CNS-02",
    severity: Severity::Error,
    title: "Wie toestemming geeft, past bij de leeftijd van de kinderen in het casusoverleg.",
    explain: "Onder de 16 jaar geeft de wettelijk vertegenwoordiger toestemming in plaats van de \
jeugdige (artikel 5 UAVG): onder de 12 de ouders met gezag of de voogd, van 12 tot 16 ook zij. \
Vanaf 16 jaar beslist de jongere zelf. In de jeugdhulp en de (jeugd)gezondheidszorg geven \
jeugdige en ouders van 12 tot 16 jaar allebei toestemming (artikel 7.3.4 Jeugdwet; voor \
geneeskundige behandeling artikel 7:450 en 7:465 BW). Wie de verkeerde persoon om toestemming \
vraagt, heeft geen geldige toestemming.\n\n\
De regel kijkt naar `leeftijden:` van het casusoverleg (`overleg:`) van de stroom. `door: \
volgens-leeftijd` past bij elke leeftijdsgroep: het toestemmingsformulier volgt dan de \
leeftijdsregel per kind.\n\n\
Wat te doen: kies bij `toestemming:` een `door:` die past bij elke leeftijdsgroep van het \
overleg, meestal `volgens-leeftijd`; met een jeugdhulpaanbieder of de GGD in de stroom en \
kinderen van 12 tot 16 is dat `jeugdige-en-ouders`.",
    bron: "artikel 5 UAVG; artikel 7.3.4 Jeugdwet; artikelen 7:450 en 7:465 BW; NJi: „Wat professionals moeten weten over privacy bij samenwerking onderwijs en jeugdhulp” (leeftijdsvereisten toestemming)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        let Some(t) = &s.toestemming else { continue };
        let door = &t.value.door;
        if matches!(
            door.value,
            Toestemmer::Pleegouders | Toestemmer::Jeugdbeschermer
        ) {
            continue; // never valid at any age: CNS-03
        }
        let Some(overleg) = s
            .overleg
            .as_ref()
            .and_then(|o| casus.casusoverleg(&o.value))
        else {
            continue;
        };
        let jeugdhulp = involves_jeugdhulp(casus, s);
        let mut misfits: Vec<&str> = Vec::new();
        for groep in &overleg.leeftijden {
            if !fits(door.value, groep.value, jeugdhulp)
                && !misfits.contains(&need(groep.value, jeugdhulp))
            {
                misfits.push(need(groep.value, jeugdhulp));
            }
        }
        if misfits.is_empty() {
            continue;
        }
        out.push(
            RULE.report(format!(
                "stroom `{}`: toestemming door `{}` past niet bij de leeftijden in casusoverleg `{}`: {}",
                s.id.value,
                crate::model::spelling(&door.value),
                overleg.id.value,
                misfits.join("; ")
            ))
            .at(Loc::of(s.bestand, door))
            .help(if jeugdhulp {
                "schrijf `door: volgens-leeftijd` (of `jeugdige-en-ouders` als alle kinderen 12 tot 16 zijn)"
            } else {
                "schrijf `door: volgens-leeftijd`: dan volgt het toestemmingsformulier de leeftijdsregel per kind"
            }),
        );
    }
}

/// A youth-care provider or the youth health care (GGD) gives or receives
/// the data: consent of both from 12 to 16, as the documents say.
fn involves_jeugdhulp(casus: &Casus, s: &Stroom) -> bool {
    std::iter::once(&s.van)
        .chain(&s.naar)
        .filter_map(|r| casus.partij(&r.value))
        .any(|p| {
            matches!(
                p.soort.value,
                PartijSoort::Jeugdhulpaanbieder | PartijSoort::Ggd | PartijSoort::Jgz
            )
        })
}

fn fits(door: Toestemmer, groep: Leeftijdsgroep, jeugdhulp: bool) -> bool {
    use Toestemmer::*;
    match groep {
        _ if door == VolgensLeeftijd => true,
        Leeftijdsgroep::Onder12 => matches!(door, OudersMetGezag | Voogd),
        Leeftijdsgroep::Van12Tot16 if jeugdhulp => {
            matches!(door, JeugdigeEnOuders | JeugdigeEnVoogd)
        }
        Leeftijdsgroep::Van12Tot16 => {
            matches!(
                door,
                OudersMetGezag | Voogd | JeugdigeEnOuders | JeugdigeEnVoogd
            )
        }
        Leeftijdsgroep::Vanaf16 => door == Jeugdige,
    }
}

/// What the age group demands, in the words of the message.
fn need(groep: Leeftijdsgroep, jeugdhulp: bool) -> &'static str {
    match groep {
        Leeftijdsgroep::Onder12 => "onder de 12 geven de ouders met gezag of de voogd toestemming",
        Leeftijdsgroep::Van12Tot16 if jeugdhulp => {
            "van 12 tot 16 geven in de jeugdhulp en de jeugdgezondheidszorg de jeugdige én de ouders toestemming"
        }
        Leeftijdsgroep::Van12Tot16 => {
            "van 12 tot 16 geven de ouders met gezag of de voogd toestemming"
        }
        Leeftijdsgroep::Vanaf16 => "vanaf 16 geeft de jeugdige zelf toestemming",
    }
}
