//! Codes raised while making the documents, after `check` accepted the
//! casus: templates, typst and the output folder. They have no check over
//! the casus; the renderer raises them, with the same look as every other
//! code, and `convenant explain` knows them.

use super::Rule;
use crate::diagnostic::Severity::Error;

pub(crate) const SJB_01: Rule = Rule {
    code: "SJB-01",
    severity: Error,
    title: "De sjablonen zijn te lezen en in te vullen.",
    explain: "Met --templates vervangt een regio ingebouwde sjablonen door eigen bestanden \
met dezelfde naam. Zo'n bestand moet een geldig sjabloon zijn (Tera-syntaxis), mag alleen \
velden gebruiken die bestaan (zie docs/sjabloonvelden.md), en moet een ingebouwd sjabloon \
vervangen of door een ander sjabloon worden ingevoegd; een bestand met een tikfout in de \
naam zou anders stil niets doen. Koppelingen (symbolic links) in de sjablonenmap en \
typst-pakketten (`@preview/...`) in `pagina.typ` worden geweigerd: convenant leest alleen \
wat in de map staat en gebruikt geen netwerk.\n\n\
Wat te doen: volg de melding; de ingebouwde sjablonen en hun namen staan in docs/sjablonen.md.",
    bron: "convenant: sjablonen (docs/sjablonen.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const SJB_02: Rule = Rule {
    code: "SJB-02",
    severity: Error,
    title: "Een eigen sjabloon laat geen verplicht onderdeel van een document weg.",
    explain: "Sommige documenten hebben een wettelijk voorgeschreven inhoud. Een \
verwerkersovereenkomst moet elk onderdeel van artikel 28, derde lid, AVG regelen; een DPIA \
moet de onderdelen van artikel 35, zevende lid, AVG bevatten en elke paragraaf van het \
Model DPIA Rijksdienst. Na het invullen controleert convenant het document: elke bepaling \
citeert haar artikel en noemt de verplichting zelf. Een eigen sjabloon dat een onderdeel \
weglaat, levert geen document op.\n\n\
Wat te doen: neem het genoemde onderdeel op in het sjabloon, met de citatie via \
`{{ citeer(id=\"...\") }}` (zie docs/sjablonen.md).",
    bron: "art. 28 lid 3 en art. 35 lid 7 AVG; Model DPIA Rijksdienst (Rijksoverheid)",
    ontbrekend: false,
    check: None,
};

pub(crate) const SJB_03: Rule = Rule {
    code: "SJB-03",
    severity: Error,
    title: "Het invullen van de sjablonen blijft binnen de grenzen van tijd, geheugen en omvang.",
    explain: "Een sjabloon kan lussen bevatten. Een fout (of een kwaadwillig sjabloon in een \
pull request) kan zo een document maken dat steeds verdubbelt of nooit af is. Daarom heeft \
het invullen grenzen: 64 MiB per document, 512 MiB voor alle documenten van een casus, \
120 seconden (CONVENANT_SJABLOON_SECONDEN) en 2048 MiB geheugen \
(CONVENANT_SJABLOON_GEHEUGEN_MIB). Een echte casus blijft ver onder die grenzen.\n\n\
Wat te doen: controleer de lussen (`{% for %}`) in de eigen sjablonen; zet alleen voor een \
heel grote casus de grens hoger.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const TYP_01: Rule = Rule {
    code: "TYP-01",
    severity: Error,
    title: "Voor PDF is typst 0.15.1 beschikbaar.",
    explain: "convenant zet de PDF's met typst, precies versie 0.15.1: een andere versie zet \
anders, en dan zijn de PDF's niet meer byte voor byte gelijk bij dezelfde casus. typst wordt \
gezocht via de omgevingsvariabele TYPST en daarna op het PATH. Zonder typst eindigt \
`render` met code 3.\n\n\
Wat te doen: `cargo install typst-cli --locked --version 0.15.1`, of maak alleen Markdown \
en HTML met `--format md,html`.",
    bron: "convenant: README (installatie)",
    ontbrekend: false,
    check: None,
};

pub(crate) const TYP_02: Rule = Rule {
    code: "TYP-02",
    severity: Error,
    title: "typst maakt van elk document een PDF.",
    explain: "typst zet elk document zonder netwerk, met alleen zijn eigen lettertypen, als \
PDF/A-2b. Als typst een document niet kan zetten, staat de melding van typst erbij. Met de \
ingebouwde sjablonen gebeurt dat niet; meestal ligt het aan een eigen `pagina.typ` in \
--templates, of aan een typst-run die langer duurt dan CONVENANT_TYPST_SECONDEN (600).\n\n\
Wat te doen: lees de melding van typst en verbeter `pagina.typ`; de Markdown en HTML van \
dezelfde run zijn wel gemaakt.",
    bron: "convenant: sjablonen (docs/sjablonen.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const UIT_01: Rule = Rule {
    code: "UIT-01",
    severity: Error,
    title: "convenant schrijft alleen in een eigen uitvoermap, zonder iets van een ander te overschrijven.",
    explain: "De uitvoermap (--out, standaard out/) bevat per casus een map met de documenten \
en een manifest van wat convenant daar maakte. convenant overschrijft geen bestand dat het \
niet zelf maakte, schrijft niet door een koppeling (symbolic link), en schrijft niet terwijl \
een andere `convenant render` in dezelfde map bezig is. Alle bestanden worden eerst apart \
gemaakt en dan in één keer op hun plaats gezet; mislukt dat, dan zegt de melding wat al \
vervangen was.\n\n\
Wat te doen: volg de melding; kies zo nodig een andere map met --out.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const UIT_02: Rule = Rule {
    code: "UIT-02",
    severity: Error,
    title: "Twee casussen in één opdracht schrijven niet naar dezelfde map.",
    explain: "Elke casus krijgt in de uitvoermap een map met de naam van zijn casusmap. Twee \
casusmappen met dezelfde naam (bijvoorbeeld a/regio en b/regio) zouden elkaars documenten \
overschrijven; de tweede wordt dan niet gemaakt.\n\n\
Wat te doen: geef de casusmappen verschillende namen, of maak ze met aparte opdrachten en --out.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};
