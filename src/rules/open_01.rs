//! OPEN-01: an open item in the documents. Raised by `check` after filling
//! in the templates (see `render::open`); it has no check of its own.

use super::Rule;
use crate::diagnostic::Severity::Error;

pub const RULE: Rule = Rule {
    code: "OPEN-01",
    severity: Error,
    title: "Een definitief convenant heeft geen open punten meer.",
    explain: "Waar een document iets nodig heeft dat de casus nog niet zegt (wie tekent, \
de functionaris gegevensbescherming, de looptijd, een bewaartermijn, het advies van de FG, \
een beoordeling in de DPIA, een afspraak in een verwerkersovereenkomst), zet convenant een \
gemarkeerd open punt met een nummer: wat er ontbreekt, wie het moet beslissen en waar het \
in de casus wordt ingevuld. In een concept (`status: concept`, de standaard) mag dat; \
`check` meldt dan één regel met het aantal per partij, `convenant open` toont ze allemaal, \
en index.html zet ze per partij op een rij. Een definitief convenant (`status: definitief`) \
wordt pas gemaakt als er geen open punt meer is: anders wordt iets ondertekend dat nog niet \
besloten is.\n\n\
Wat te doen: vul de genoemde sleutel in bij het genoemde blok (een waarde die nog niet \
bekend is, schrijft u als `onbekend`: dan blijft het een open punt), of laat de status op \
`concept` tot alles besloten is.",
    bron: "art. 5, tweede lid, AVG (verantwoordingsplicht); Model Privacy Convenant Samenwerking Onderwijs-Gemeente(n)-Jeugdhulp (in te vullen onderdelen)",
    ontbrekend: false,
    check: None,
};
