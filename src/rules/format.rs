//! Codes raised while reading a casus (files, YAML, ids, references). They
//! have no check of their own: the loader and resolver raise them.

use super::Rule;
use crate::diagnostic::Severity::Error;

pub const LAD_01: Rule = Rule {
    code: "LAD-01",
    severity: Error,
    title: "De casusmap bestaat en bevat ten minste één YAML-bestand.",
    explain: "Een casus is een map onder casus/ met *.yaml- of *.yml-bestanden. \
Alle bestanden in de map en de submappen worden gelezen, gesorteerd op pad. \
Een lege of onleesbare map kan niet gecontroleerd worden.\n\n\
Wat te doen: geef het pad van een casusmap, of maak er een met `convenant init NAAM`.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    check: None,
};

pub const LAD_02: Rule = Rule {
    code: "LAD-02",
    severity: Error,
    title: "Elk casusbestand is UTF-8-tekst.",
    explain: "YAML is tekst in UTF-8. Een bestand in een andere codering (bijvoorbeeld \
Windows-1252 uit een oude tekstverwerker) geeft verkeerde letters in de documenten.\n\n\
Wat te doen: sla het bestand opnieuw op met codering UTF-8.",
    bron: "YAML 1.2, hoofdstuk 5.2 (tekencodering)",
    check: None,
};

pub const LAD_03: Rule = Rule {
    code: "LAD-03",
    severity: Error,
    title: "`convenant` en `dpia` staan elk in één bestand.",
    explain: "Lijsten (partijen, stromen, ...) mogen over bestanden verdeeld worden; ze \
worden in padvolgorde samengevoegd. Een blok als `convenant:` of `dpia:` beschrijft één \
ding en mag maar één keer voorkomen; anders is onduidelijk welke versie geldt.\n\n\
Wat te doen: houd het blok in één bestand en verwijder het andere.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    check: None,
};

pub const YAML_01: Rule = Rule {
    code: "YAML-01",
    severity: Error,
    title: "Het bestand is geldige YAML in de vorm van het casusformaat.",
    explain: "Elk bestand moet als YAML te lezen zijn en alleen bekende sleutels bevatten, \
met waarden van de juiste soort. Een onbekende sleutel is een fout (vaak een tikfout: \
de melding stelt de bedoelde sleutel voor), net als een sleutel die twee keer in \
hetzelfde blok staat.\n\n\
Wat te doen: volg de melding en vergelijk met casus/regio-voorbeeld.",
    bron: "YAML 1.2; convenant: casusformaat (docs/casusformaat.md)",
    check: None,
};

pub const ID_01: Rule = Rule {
    code: "ID-01",
    severity: Error,
    title: "Ids bestaan uit kleine letters, cijfers en streepjes.",
    explain: "Ids worden gebruikt in bestandsnamen (bijvoorbeeld \
verwerkersovereenkomst-<partij>-<verwerker>.pdf). Alleen [a-z0-9-] is toegestaan, zodat \
een id nooit buiten de uitvoermap kan wijzen (zoals `../x`) en op elk systeem werkt.\n\n\
Wat te doen: kies een id als `gemeente-voorstad`.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    check: None,
};

pub const ID_02: Rule = Rule {
    code: "ID-02",
    severity: Error,
    title: "Een id komt per soort (partij, stroom, ...) één keer voor.",
    explain: "Verwijzingen zoals `van`, `naar` en `doel` gebruiken ids. Komt een id twee keer \
voor, dan is niet te zeggen waar een verwijzing heen wijst.\n\n\
Wat te doen: geef het tweede item een eigen id.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    check: None,
};

pub const REF_01: Rule = Rule {
    code: "REF-01",
    severity: Error,
    title: "Elke verwijzing wijst naar iets dat in de casus bestaat.",
    explain: "Velden als `van`, `naar`, `doel`, `gegevens`, `voor`, `volmacht`, `overleg`, \
`fase` en `taak` noemen de id van iets anders in de casus. Bestaat dat niet, dan klopt de \
beschrijving niet en kan het document niet gemaakt worden.\n\n\
Wat te doen: corrigeer de id (de melding noemt wat wel bestaat) of voeg het ontbrekende item toe.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    check: None,
};

pub const CAT_01: Rule = Rule {
    code: "CAT-01",
    severity: Error,
    title: "Grondslagen en wetsartikelen komen uit de ingebouwde catalogus.",
    explain: "Elke grondslag, uitzondering en wettelijke taak wordt in de documenten letterlijk \
aangehaald uit de catalogus, zodat een citaat altijd juist gespeld is. Een onbekende id kan \
niet aangehaald worden.\n\n\
Wat te doen: kies een id uit `convenant grondslagen`.",
    bron: "convenant: catalogus (src/catalogue/grondslagen.yaml)",
    check: None,
};

pub const CAT_02: Rule = Rule {
    code: "CAT-02",
    severity: Error,
    title: "Een catalogus-id past bij het veld waarin het staat.",
    explain: "`grondslag` van een taak is een grondslag uit artikel 6 AVG; `grondslag` van een \
stroom mag ook een wettelijk meldrecht zijn; `uitzondering` is een uitzondering uit artikel 9 \
of 10 AVG, de UAVG of een meldrecht; `wet` is een wettelijke taak of meldrecht. Een \
uitzondering van artikel 9 is geen grondslag onder artikel 6: beide zijn nodig.\n\n\
Wat te doen: zet de id in het juiste veld, of kies een id van de juiste soort.",
    bron: "artikelen 6, 9 en 10 AVG",
    check: None,
};
