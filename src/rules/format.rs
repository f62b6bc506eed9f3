//! Codes raised while reading a casus (files, YAML, ids, references). They
//! have no check of their own: the loader and resolver raise them.

use super::Rule;
use crate::diagnostic::Severity::Error;

pub(crate) const LAD_01: Rule = Rule {
    code: "LAD-01",
    severity: Error,
    title: "De casusmap bestaat en bevat ten minste één YAML-bestand.",
    explain: "Een casus is een map onder casus/ met *.yaml- of *.yml-bestanden. \
Alle bestanden in de map en de submappen worden gelezen, gesorteerd op pad. \
Een lege of onleesbare map kan niet gecontroleerd worden.\n\n\
Wat te doen: geef het pad van een casusmap, of maak er een met `convenant init NAAM`.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const LAD_02: Rule = Rule {
    code: "LAD-02",
    severity: Error,
    title: "Elk casusbestand is UTF-8-tekst.",
    explain: "YAML is tekst in UTF-8. Een bestand in een andere codering (bijvoorbeeld \
Windows-1252 uit een oude tekstverwerker) geeft verkeerde letters in de documenten.\n\n\
Wat te doen: sla het bestand opnieuw op met codering UTF-8.",
    bron: "YAML 1.2, hoofdstuk 5.2 (tekencodering)",
    ontbrekend: false,
    check: None,
};

pub(crate) const LAD_03: Rule = Rule {
    code: "LAD-03",
    severity: Error,
    title: "`convenant` en `dpia` staan elk in één bestand.",
    explain: "Lijsten (partijen, stromen, ...) mogen over bestanden verdeeld worden; ze \
worden in padvolgorde samengevoegd. Een blok als `convenant:` of `dpia:` beschrijft één \
ding en mag maar één keer voorkomen; anders is onduidelijk welke versie geldt.\n\n\
Wat te doen: houd het blok in één bestand en verwijder het andere.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const YAML_01: Rule = Rule {
    code: "YAML-01",
    severity: Error,
    title: "Het bestand is geldige YAML in de vorm van het casusformaat.",
    explain: "Elk bestand moet als YAML te lezen zijn en alleen bekende sleutels bevatten, \
met waarden van de juiste soort. Een onbekende sleutel is een fout (vaak een tikfout: \
de melding stelt de bedoelde sleutel voor), net als een sleutel die twee keer in \
hetzelfde blok staat.\n\n\
Per bestand komt eerst de fout waar het lezen stopte, en daarna, in de volgorde \
van het bestand, de fouten van de andere onderdelen van een lijst (elke partij, \
stroom, verwerker ...), elk apart gelezen: één fout per onderdeel, tot twintig \
per bestand. Twee fouten in één onderdeel ziet u dus na elkaar; een bestand \
met YAML-ankers (`&`, `*`) wordt alleen als geheel gelezen.\n\n\
Wat te doen: volg de melding en vergelijk met casus/regio-voorbeeld.",
    bron: "YAML 1.2; convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const ID_01: Rule = Rule {
    code: "ID-01",
    severity: Error,
    title: "Ids bestaan uit kleine letters, cijfers en streepjes, hooguit 64 tekens.",
    explain: "Ids worden gebruikt in bestandsnamen (bijvoorbeeld \
verwerkersovereenkomst-<partij>-<verwerker>.pdf). Alleen [a-z0-9-] is toegestaan, zodat \
een id nooit buiten de uitvoermap kan wijzen (zoals `../x`) en op elk systeem werkt. Een id \
is hooguit 64 tekens, zodat een bestandsnaam van twee ids binnen de grens van 255 tekens \
van bestandssystemen blijft.\n\n\
Wat te doen: kies een id als `gemeente-voorstad`.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const ID_02: Rule = Rule {
    code: "ID-02",
    severity: Error,
    title: "Een id komt per soort (partij, stroom, ...) één keer voor.",
    explain: "Verwijzingen zoals `van`, `naar` en `doel` gebruiken ids. Komt een id twee keer \
voor, dan is niet te zeggen waar een verwijzing heen wijst.\n\n\
Wat te doen: geef het tweede item een eigen id.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const REF_01: Rule = Rule {
    code: "REF-01",
    severity: Error,
    title: "Elke verwijzing wijst naar iets dat in de casus bestaat.",
    explain: "Velden als `van`, `naar`, `doel`, `gegevens`, `voor`, `volmacht`, `overleg`, \
`fase` en `taak` noemen de id van iets anders in de casus. Bestaat dat niet, dan klopt de \
beschrijving niet en kan het document niet gemaakt worden.\n\n\
Wat te doen: corrigeer de id (de melding noemt wat wel bestaat) of voeg het ontbrekende item toe.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const CAT_01: Rule = Rule {
    code: "CAT-01",
    severity: Error,
    title: "Grondslagen en wetsartikelen komen uit de ingebouwde catalogus.",
    explain: "Elke grondslag, uitzondering en wettelijke taak wordt in de documenten letterlijk \
aangehaald uit de catalogus, zodat een citaat altijd juist gespeld is. Een onbekende id kan \
niet aangehaald worden.\n\n\
Wat te doen: kies een id uit `convenant grondslagen`.",
    bron: "convenant: catalogus (src/catalogue/grondslagen.yaml)",
    ontbrekend: false,
    check: None,
};

pub(crate) const CAT_02: Rule = Rule {
    code: "CAT-02",
    severity: Error,
    title: "Een catalogus-id past bij het veld waarin het staat.",
    explain: "`grondslag` van een taak is een grondslag uit artikel 6 AVG; `grondslag` van een \
stroom mag ook een wettelijk meldrecht zijn; `uitzondering` is een uitzondering uit artikel 9 \
of 10 AVG, de UAVG of een meldrecht; `wet` is een wettelijke taak of meldrecht. Een \
uitzondering van artikel 9 is geen grondslag onder artikel 6: beide zijn nodig.\n\n\
Wat te doen: zet de id in het juiste veld, of kies een id van de juiste soort.",
    bron: "artikelen 6, 9 en 10 AVG",
    ontbrekend: false,
    check: None,
};

pub(crate) const LAD_04: Rule = Rule {
    code: "LAD-04",
    severity: Error,
    title: "De casus leest alleen gewone bestanden en mappen binnen de casusmap.",
    explain: "Een casus staat in versiebeheer en wordt in CI gecontroleerd, ook bij een \
pull request van iemand anders. Daarom volgt convenant geen koppeling (symbolic link) die \
buiten de casusmap wijst, en leest het niets dat geen gewoon bestand of map is (een named \
pipe, een apparaat). Het doel van zo'n koppeling wordt nooit geopend of geciteerd, zodat \
een koppeling naar bijvoorbeeld `/proc/self/environ` of `/etc/passwd` niets prijsgeeft. \
Een koppeling naar een bestand of map binnen de casus wordt gewoon gelezen, een map één keer.\n\n\
Wat te doen: vervang de koppeling door een kopie van het bestand, of verwijder haar.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const LAD_05: Rule = Rule {
    code: "LAD-05",
    severity: Error,
    title: "Een casus blijft binnen de grenzen van wat convenant leest.",
    explain: "convenant leest hooguit 10 000 bestanden en mappen per casus, tot 12 mappen \
diep, elk YAML-bestand tot 8 MiB en samen tot 32 MiB. Een echte casus, ook een regio met \
honderden partijen, blijft daar ver onder; de grenzen zorgen dat een map die per ongeluk of \
met opzet te groot is de controle niet eindeloos laat duren of het geheugen vult.\n\n\
Wat te doen: houd alleen de YAML-bestanden van de casus in de casusmap.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const LAD_06: Rule = Rule {
    code: "LAD-06",
    severity: crate::diagnostic::Severity::Warning,
    title: "Een casusbestand heet `*.yaml` of `*.yml`, in kleine letters.",
    explain: "convenant leest alleen bestanden die op `.yaml` of `.yml` eindigen. Een bestand `dpia.YAML` of `partijen.Yml` (zoals Windows of een mailprogramma het soms noemt) wordt niet gelezen: wat erin staat, telt dan niet mee, zonder dat u het merkt. Daarom deze waarschuwing.\n\n\
Wat te doen: hernoem het bestand naar een naam die op `.yaml` eindigt.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const YAML_02: Rule = Rule {
    code: "YAML-02",
    severity: Error,
    title: "Een casus gebruikt geen YAML-tags als `!!binary`.",
    explain: "Met een tag verandert YAML hoe een waarde gelezen wordt. `!!binary` zet een \
tekst in base64, zodat wie de casus (of een pull request) leest niet ziet wat er staat; een \
onbekende tag (`!eigen`) zou stilzwijgend genegeerd worden. Alleen de tags van het YAML-core-\
schema (`!!str`, `!!int`, `!!bool`, `!!float`, `!!null`, `!!seq`, `!!map`) zijn toegestaan, \
omdat ze niets veranderen aan wat er staat.\n\n\
Wat te doen: haal de tag weg en schrijf de waarde als gewone tekst.",
    bron: "YAML 1.2.2, paragraaf 6.9.1 (node tags) en 10.3 (core schema)",
    ontbrekend: false,
    check: None,
};

pub(crate) const YAML_03: Rule = Rule {
    code: "YAML-03",
    severity: Error,
    title: "Ankers en verwijzingen blazen een bestand niet op tot meer dan 4 MiB tekst.",
    explain: "Met een anker (`&naam`) en verwijzingen (`*naam`) kan een klein bestand voor \
een enorme hoeveelheid tekst staan: één blok van 1 MiB zestig keer herhaald geeft documenten \
van honderden MiB. convenant telt de tekst die een bestand met zijn verwijzingen wordt en \
stopt bij 4 MiB, op de plaats van de verwijzing die over de grens gaat; het bestand wordt dan \
niet verder gelezen.\n\n\
Wat te doen: gebruik ankers voor kleine, herhaalde blokken, niet voor grote teksten.",
    bron: "YAML 1.2.2, paragraaf 7.1 (alias nodes); convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const TXT_01: Rule = Rule {
    code: "TXT-01",
    severity: Error,
    title: "Een tekst bevat geen stuurtekens.",
    explain: "Stuurtekens (zoals escape, bel of NUL, ook als `\\x1b` of `\\u0085` tussen \
dubbele aanhalingstekens) horen niet in een naam of omschrijving. In een terminal of een \
CI-log kunnen ze de uitvoer vervalsen, en een document kan er niet mee gemaakt worden. \
Een nieuwe regel en een tab zijn wel toegestaan.\n\n\
Wat te doen: verwijder het teken; schrijf meer regels in een blok met `|`.",
    bron: "Unicode-standaard, categorie Cc (stuurtekens); convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const TXT_02: Rule = Rule {
    code: "TXT-02",
    severity: Error,
    title: "Een tekst bevat geen onzichtbare tekens, geen tekens die de leesrichting omdraaien en geen gemengde schriften.",
    explain: "Met tekens als U+202E (van rechts naar links) leest `Gemeente \\u202eDATSROOV` \
in de PDF als `Gemeente VOORSTAD`, terwijl er iets anders staat; tekens zonder breedte \
(U+200B) en een zacht afbreekstreepje (U+00AD) maken twee gelijk ogende namen verschillend. \
In een juridisch document en in een review van een pull request moet wat er staat ook zo \
te lezen zijn. Om dezelfde reden zijn letters van een schrift dat van rechts naar links \
loopt (Hebreeuws, Arabisch) niet toegestaan: daaromheen wisselen getallen en woorden van \
plaats. En een woord dat Latijnse letters mengt met Griekse of Cyrillische die er hetzelfde \
uitzien (`Vооrstad` met twee Cyrillische o's), leest als een naam die het niet is. De melding \
noemt de codepunten of het woord.\n\n\
Wat te doen: typ de waarde opnieuw zonder het teken.",
    bron: "Unicode Standard Annex #9 (bidirectionele tekst) en Unicode Technical Standard #39 (veiligheid)",
    ontbrekend: false,
    check: None,
};

pub(crate) const TXT_03: Rule = Rule {
    code: "TXT-03",
    severity: Error,
    title: "Een waarde is hooguit 10 000 tekens, een woord hooguit 200.",
    explain: "Een naam, omschrijving of reden past in een document; een waarde van \
megabytes of een woord zonder spaties van duizenden tekens niet. Zo'n waarde laat typst \
minutenlang rekenen en gigabytes geheugen gebruiken voordat het mislukt, en vergroot elk \
document waarin ze staat.\n\n\
Wat te doen: kort de tekst in, of zet spaties in een lange tekenreeks.",
    bron: "convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const TXT_04: Rule = Rule {
    code: "TXT-04",
    severity: Error,
    title: "Elk teken is te tonen in het lettertype van de documenten.",
    explain: "De PDF's zijn PDF/A-2b: elk teken moet met een ingesloten lettertype getoond \
worden. De documenten gebruiken Libertinus Serif, dat Latijnse letters (met alle accenten), \
Grieks, Cyrillisch en de gewone leestekens en symbolen heeft, maar geen Chinees, Arabisch of \
emoji. Een teken dat het lettertype niet heeft, zou de PDF van elk document tegenhouden; \
daarom meldt `check` het al, op de plaats in de casus.\n\n\
Wat te doen: schrijf de naam in Latijnse letters, of laat het teken weg.",
    bron: "ISO 19005-2 (PDF/A-2), lettertypen ingesloten; convenant: beveiliging (docs/beveiliging.md)",
    ontbrekend: false,
    check: None,
};

pub(crate) const ID_03: Rule = Rule {
    code: "ID-03",
    severity: Error,
    title: "Een id staat één keer in een lijst als `voor`, `naar` of `gegevens`.",
    explain: "Een lijst van ids noemt elk ding één keer. `voor: [x, x]` bij een verwerker zou \
twee keer dezelfde verwerkersovereenkomst maken; `naar: [x, x]` noemt een ontvanger twee keer \
in het convenant en de DPIA. Meestal is het een kopieerfout, of was een ander id bedoeld.\n\n\
Wat te doen: haal de tweede vermelding weg, of verbeter haar in het bedoelde id.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub const GRP_01: Rule = Rule {
    code: "GRP-01",
    severity: Error,
    title: "Een groep heeft leden en bevat zichzelf niet, ook niet via een andere groep.",
    explain: "Een groep (`groepen:`) staat voor haar leden: partijen, of andere groepen. Een \
stroom van of naar een groep geldt voor elk lid. Bevat een groep zichzelf, direct of via een \
groep in haar `leden:`, dan is niet te zeggen wie er lid is. Een groep zonder leden staat voor \
niemand: haar stromen zouden in de documenten staan zonder dat een regel ze controleert.\n\n\
Wat te doen: haal de groep, of de groep die haar bevat, uit `leden:`; geef een groep ten minste \
één partij als lid.",
    bron: "convenant: casusformaat (docs/casusformaat.md)",
    ontbrekend: false,
    check: None,
};

pub const CAT_03: Rule = Rule {
    code: "CAT-03",
    severity: Error,
    title: "Een eigen citaat (`wetten:`) heeft een eigen id en een vindplaats op wetten.overheid.nl.",
    explain: "Een artikel dat de ingebouwde catalogus niet kent, beschrijft een regio zelf onder \
`wetten:`, met `id`, het exacte `citaat`, de `soort` (`sectorwet` of `meldrecht`) en de \
`vindplaats`: het adres van het artikel op wetten.overheid.nl of het BWB-id van de wet. Het id \
gebruikt u dan in `wet:` zoals een id uit de catalogus. Een eigen citaat mag geen ingebouwd id \
hebben: dan zou onduidelijk zijn welk citaat geldt. Zonder vindplaats kan een lezer het citaat \
niet controleren.\n\n\
Wat te doen: kies een eigen id (bijvoorbeeld `lpw-5-regio`), of gebruik het ingebouwde; zet de \
vindplaats erbij.",
    bron: "Aanwijzingen voor de regelgeving (citeren van regelingen); wetten.overheid.nl",
    ontbrekend: false,
    check: None,
};
