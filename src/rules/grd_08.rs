//! GRD-08: a statutory right or duty to report is not itself a lawful basis
//! of art. 6(1) AVG nor an exception of art. 9(2) AVG: it is the statute
//! the basis and the exception rest on, named under `wet:`.

use super::Rule;
use crate::catalogue::Soort;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "GRD-08",
    severity: Severity::Warning,
    title: "Een wettelijk meldrecht staat bij `wet:`, achter een grondslag uit artikel 6 AVG en een uitzondering uit artikel 9 AVG; het is zelf geen grondslag of uitzondering.",
    explain: "Een meldrecht of meldplicht (zoals artikel 5.2.6 Wmo 2015 voor een melding bij Veilig \
Thuis) maakt een verstrekking zonder toestemming mogelijk, maar is geen van de zes grondslagen \
van artikel 6, eerste lid, AVG en geen uitzondering uit artikel 9, tweede lid, AVG. De AVG \
vraagt voor een wettelijke plicht of een taak van algemeen belang (artikel 6, eerste lid, onder \
c of e) dat de rechtsgrond in het recht van de lidstaat is vastgelegd (artikel 6, derde lid): \
dat is het meldrecht. De documenten noemen de verstrekking daarom „artikel 6, eerste lid, onder \
e, AVG, in verbinding met” het meldrecht, en voor gegevens over gezondheid een uitzondering uit \
artikel 9, tweede lid, AVG in verbinding met datzelfde meldrecht.\n\n\
Wat te doen: zet het meldrecht bij `wet:` en geef de stroom een grondslag uit artikel 6 (`avg-6-1-c` \
bij een meldplicht, `avg-6-1-e` bij een meldrecht) en, bij bijzondere persoonsgegevens, een \
uitzondering uit artikel 9 (bijvoorbeeld `avg-9-2-g`, zwaarwegend algemeen belang op grond van \
de wet). Welke uitzondering bij een melding past, is een juridische afweging die `convenant` \
niet voor u maakt; laat die door uw functionaris gegevensbescherming bevestigen.",
    bron: "artikel 6, eerste lid, onder c en e, en derde lid, AVG en artikel 9, tweede lid, onder g, AVG (Verordening (EU) 2016/679, EUR-Lex); artikel 5.2.6 Wet maatschappelijke ondersteuning 2015 (wetten.overheid.nl). Dat juist artikel 9, tweede lid, onder g, de uitzondering voor een melding bij Veilig Thuis is, is niet gecontroleerd tegen een officiële toelichting.",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    for s in &casus.stromen {
        for (veld, r) in [
            ("grondslag", &s.grondslag),
            ("uitzondering", &s.uitzondering),
        ] {
            let Some(r) = r else { continue };
            let Some(g) = casus.citatie(&r.value) else {
                continue;
            };
            if g.soort != Soort::Meldrecht {
                continue;
            }
            let voorstel = match veld {
                "grondslag" => "`grondslag: avg-6-1-e` (of `avg-6-1-c` bij een meldplicht)",
                _ => {
                    "een uitzondering uit artikel 9, tweede lid, AVG, bijvoorbeeld `uitzondering: avg-9-2-g`"
                }
            };
            out.push(
                RULE.report(format!(
                    "stroom `{}` noemt het meldrecht `{}` als {veld}: een meldrecht is de wet waarop de {veld} rust, niet de {veld} zelf",
                    s.id.value, r.value
                ))
                .at(Loc::of(s.bestand, r))
                .help(format!(
                    "zet `{}` bij `wet:` en geef de stroom {voorstel}",
                    r.value
                )),
            );
        }
    }
}
