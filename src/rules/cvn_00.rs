//! CVN-00: a casus has a `convenant:` block.

use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::Facts;
use crate::source::Loc;

pub(crate) const RULE: Rule = Rule {
    code: "CVN-00",
    severity: Severity::Error,
    title: "Een casus heeft een `convenant:`-blok.",
    explain: "Elk document noemt de titel, het kenmerk, de versie, de datum en de plaats van \
het convenant, en de looptijd en de evaluatie staan in het convenant zelf. Zonder \
`convenant:`-blok kan geen enkel document gemaakt worden; `check` meldt dat daarom al, zodat \
wat `check` goedkeurt ook gemaakt kan worden.\n\n\
Wat te doen: voeg een bestand `convenant.yaml` toe met een `convenant:`-blok (zie \
casus/regio-voorbeeld/convenant.yaml).",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: Some(check),
};

fn check(facts: &Facts, out: &mut Vec<Diagnostic>) {
    let casus = facts.casus;
    if casus.convenant.is_some() {
        return;
    }
    // The first file that has parties, else the first file: where a user
    // would add the block or a file next to it.
    let file = casus.partijen.first().map_or(0, |p| p.bestand);
    out.push(
        RULE.report("de casus heeft geen `convenant:`-blok met titel, kenmerk, versie, datum en plaats")
            .at(Loc::file(file))
            .help("voeg een bestand `convenant.yaml` toe met `convenant:` en de sleutels `titel`, `kenmerk`, `versie`, `datum`, `plaats`, `looptijd_jaren` en `evaluatie`, zoals in casus/regio-voorbeeld"),
    );
}
