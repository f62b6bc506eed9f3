//! Legal round two: the covenant says what a gemeente jurist can sign. One
//! test per point of the review, on the text of the example's covenant.

use crate::util::{render_ok, root};
use std::sync::OnceLock;

/// The example rendered as Markdown once for these tests; `doc` reads one
/// document of it.
fn doc(stem: &str) -> String {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let out = OUT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        render_ok(&root().join("casus/regio-voorbeeld"), out.path(), "md");
        out
    });
    std::fs::read_to_string(out.path().join(format!("regio-voorbeeld/{stem}.md"))).unwrap()
}

fn convenant() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| doc("convenant"))
}

/// The article whose heading contains `titel`, up to the next article.
fn artikel(titel: &str) -> &'static str {
    let text = convenant();
    let start = text
        .match_indices("\n## Artikel ")
        .map(|(i, _)| i + 1)
        .find(|&i| text[i..].lines().next().unwrap().contains(titel))
        .unwrap_or_else(|| panic!("no article `{titel}`"));
    let end = text[start + 3..]
        .find("\n## ")
        .map_or(text.len(), |e| start + 3 + e);
    &text[start..end]
}

#[test]
fn parents_and_youth_promise_no_secrecy_at_their_own_table() {
    let a = artikel("Geheimhouding");
    assert!(a.contains("van hen en van wie zij zelf meebrengen, zoals een vertrouwenspersoon, wordt geen geheimhoudingsbelofte gevraagd"), "{a}");
    assert!(
        a.contains("zoals een tolk of een deskundige die de voorzitter uitnodigt"),
        "{a}"
    );
}

#[test]
fn a_statutory_report_need_not_be_told_to_the_source() {
    let a = artikel("Verstrekking aan derden");
    assert!(
        a.contains("hoeft dat niet aan de andere Partijen te laten weten"),
        "{a}"
    );
    assert!(
        a.contains("Dit Convenant verplicht niemand zijn beroepsgeheim te doorbreken."),
        "{a}"
    );
    assert!(
        !a.contains("laat de Partij de Partij van wie zij de gegevens ontving weten"),
        "{a}"
    );
}

#[test]
fn accession_is_for_contracted_providers_with_the_consent_of_the_table() {
    let a = artikel("Toetreding");
    assert!(
        a.contains("door een gemeente die Partij is, is gecontracteerd of gesubsidieerd"),
        "{a}"
    );
    assert!(
        a.contains("als de Partijen van dat Casusoverleg daarmee instemmen"),
        "{a}"
    );
}

#[test]
fn drafting_traps_of_definitions_fg_liability_and_minors_are_gone() {
    let d = artikel("Begrippen");
    assert!(d.contains("**Derde:** een persoon of organisatie die geen Partij, Verwerker van een Partij of Betrokkene is."), "{d}");
    assert!(
        !d.contains("een andere Partij is bij de uitvoering van dit Convenant geen Derde"),
        "{d}"
    );
    let fg = artikel("Register en functionaris");
    assert!(fg.contains("contactpersoon privacy"), "{fg}");
    assert!(fg.contains("hij is geen loket voor de uitvoering"), "{fg}");
    let aansprakelijk = artikel("Aansprakelijkheid");
    assert!(
        aansprakelijk.contains("Tegenover een Betrokkene is elke Partij"),
        "{aansprakelijk}"
    );
    assert!(
        aansprakelijk.contains(
            "Tussen Partijen onderling is een Partij aansprakelijk volgens het Nederlandse recht"
        ),
        "{aansprakelijk}"
    );
    let bijzonder = artikel("Bijzondere persoonsgegevens en beroepsgeheim");
    assert!(
        bijzonder.contains("De UAVG eist dat zelf alleen voor de Verwerkingen"),
        "{bijzonder}"
    );
    let rechten = artikel("Rechten van betrokkenen");
    assert!(
        rechten.contains("volgt uit de regels over gezag en wettelijke vertegenwoordiging"),
        "{rechten}"
    );
    assert!(
        !rechten.contains("oefenen de Ouders zijn rechten uit (artikel 5 UAVG)"),
        "{rechten}"
    );
}

#[test]
fn monitoring_covers_audit_supervision_research_and_publication() {
    let a = artikel("Monitoring en evaluatie");
    for zin in [
        "interne of externe auditor",
        "toezicht van de Autoriteit Persoonsgegevens",
        "alleen gegevens die niet tot een Jeugdige of Ouder te herleiden zijn",
        "openbaar. Een Partij die onder de Wet open overheid valt",
    ] {
        assert!(a.contains(zin), "{zin}: {a}");
    }
    let info = artikel("Informatie aan betrokkenen");
    assert!(
        info.contains("Een ouder zonder gezag is geen Ouder in de zin van dit Convenant"),
        "{info}"
    );
    assert!(
        info.contains("artikel 1:377c van het Burgerlijk Wetboek"),
        "{info}"
    );
}

#[test]
fn the_thuiszitters_purpose_fits_its_age_groups_and_the_agenda_has_no_address() {
    let b = doc("bijlage-3-casusoverleg-thuiszittersoverleg");
    // 16+ is in its age groups: the purpose speaks of kwalificatieplicht too.
    assert!(b.contains("16 jaar en ouder"), "{b}");
    assert!(b.contains("leerplichtig of kwalificatieplichtig"), "{b}");
    // The agenda goes to every participant: name and school, no address.
    let agenda = b
        .lines()
        .find(|l| {
            l.starts_with("| SWV Regio Voorbeeld → Stichting Voortgezet Onderwijs Achterveld")
        })
        .unwrap_or_else(|| panic!("no agenda row in {b}"));
    assert!(agenda.contains("(zonder adres)"), "{agenda}");
    assert!(!agenda.contains("naam, geboortedatum, adres"), "{agenda}");
    // Who of `naar:` gets the data of one youth.
    assert!(
        b.contains(
            "per Jeugdige gaan ze alleen naar wie voor hem nodig is: de school van de jongere"
        ),
        "{b}"
    );
    // The exploration is no longer called anonymous (CNS-07).
    assert!(
        !b.contains("(anoniem, zonder gegevens die de Jeugdige herkenbaar maken)"),
        "{b}"
    );
}

#[test]
fn consent_names_its_fallback_and_why_it_is_free() {
    let b = doc("bijlage-3-casusoverleg-thuiszittersoverleg");
    assert!(b.contains("Weigeren de Ouders of de Jeugdige Toestemming, of trekken zij haar in, dan worden de gegevens waarvoor zij nodig is niet gedeeld"), "{b}");
    assert!(
        b.contains("Waarom de Toestemming in dit overleg vrij gegeven kan worden"),
        "{b}"
    );
    assert!(
        b.contains("krijgt in dit overleg geen gegevens die op toestemming rusten over gezondheid"),
        "{b}"
    );
    let dpia = doc("dpia");
    assert!(dpia.contains("; vrij gegeven omdat de jeugdconsulent vraagt de toestemming niet als voorwaarde voor hulp"), "{dpia}");
}

#[test]
fn each_party_signs_and_joins_on_its_own_date_and_the_burgemeester_only_with_a_competence() {
    let teken = convenant()
        .split("## Tekenblad")
        .nth(1)
        .expect("a tekenblad");
    assert!(
        teken.contains("Elke Partij ondertekent op de plaats en datum bij haar handtekening"),
        "{teken}"
    );
    assert!(!teken.contains("ondertekend te Voorstad op"), "{teken}");
    let duur = artikel("Duur, opzegging en beëindiging");
    assert!(
        duur.contains("treedt in werking voor elke Partij op de dag waarop zij het ondertekent"),
        "{duur}"
    );
    assert!(
        duur.contains("Het geldt tussen twee Partijen zodra beide het hebben ondertekend."),
        "{duur}"
    );
    // No gemeente of the example names a competence of its burgemeester.
    assert!(
        !convenant().contains("en de burgemeester"),
        "burgemeester named as a party"
    );
    assert!(
        convenant()
            .contains("het college van burgemeester en wethouders van **Gemeente Voorstad**")
    );
}

#[test]
fn a_competence_of_the_burgemeester_makes_him_a_party() {
    let dir = tempfile::tempdir().unwrap();
    let casus = dir.path().join("casus");
    std::fs::create_dir(&casus).unwrap();
    crate::util::copy_into(&root().join("tests/fixtures/basis"), &casus);
    let partijen = std::fs::read_to_string(casus.join("partijen.yaml"))
        .unwrap()
        .replacen(
            "    soort: gemeente\n",
            "    soort: gemeente\n    burgemeester: true\n",
            1,
        );
    std::fs::write(casus.join("partijen.yaml"), partijen).unwrap();
    let out = dir.path().join("out");
    render_ok(&casus, &out, "md");
    let text = std::fs::read_to_string(out.join("casus/convenant.md")).unwrap();
    assert!(
        text.contains("het college van burgemeester en wethouders en de burgemeester van **"),
        "{text}"
    );
}

#[test]
fn statutory_retention_goes_before_the_table() {
    let a = artikel("Bewaren en vernietigen");
    assert!(
        a.contains("de tabel hieronder doet daar niet aan af"),
        "{a}"
    );
    assert!(
        a.contains("zo lang als artikel 7.3.8 van de Jeugdwet voorschrijft"),
        "{a}"
    );
    assert!(
        a.contains("volgens de Archiefwet 1995 en de selectielijst"),
        "{a}"
    );
}

#[test]
fn an_anonymous_form_does_not_invite_the_parents() {
    let b = doc("bijlage-3-casusoverleg-mdo");
    assert!(
        b.contains(
            "Dit geldt niet voor Consultatie zonder naam: daar wordt alleen zonder naam besproken"
        ),
        "{b}"
    );
}

#[test]
fn a_right_to_report_is_the_statute_behind_the_basis_and_the_exception() {
    let a = artikel("Uitwisseling van persoonsgegevens");
    let rij = a
        .lines()
        .find(|l| l.contains("→ Veilig Thuis Regio Voorbeeld"))
        .unwrap_or_else(|| panic!("{a}"));
    assert!(
        rij.contains("artikel 6, eerste lid, onder e, AVG, in verbinding met artikel 5.2.6 van de Wet maatschappelijke ondersteuning 2015; uitzondering: artikel 9, tweede lid, onder g, AVG, in verbinding met artikel 5.2.6"),
        "{rij}"
    );
    assert!(!rij.contains("| artikel 5.2.6"), "{rij}");
    let g = artikel("Wettelijke taken en grondslagen");
    assert!(
        g.contains("Zo’n meldrecht is zelf geen grondslag uit artikel 6, eerste lid, AVG"),
        "{g}"
    );
}

#[test]
fn joint_control_of_the_thuiszitters_plan_is_declared_and_arranged() {
    // The processor agreement of a joint controller says so, and leaves the
    // arrangement as it is.
    let vwo = doc("verwerkersovereenkomst-swv-regio-voorbeeld-beveiligde-omgeving-swv");
    assert!(vwo.contains("is SWV Regio Voorbeeld samen met Gemeente Voorstad en Gemeente Achterveld gezamenlijk verwerkingsverantwoordelijke (artikel 26 AVG)"), "{vwo}");
    assert!(
        vwo.contains("Deze overeenkomst verandert daar niets aan"),
        "{vwo}"
    );
    // The DPIA follows the declaration and does not call everyone separate.
    let dpia = doc("dpia");
    assert!(!dpia.contains("Alle partijen zijn afzonderlijk"), "{dpia}");
    assert!(dpia.contains("behalve waar Partijen gezamenlijk verantwoordelijk zijn (artikel 26 AVG): SWV Regio Voorbeeld, Gemeente Voorstad en Gemeente Achterveld voor het plan van aanpak per jongere"), "{dpia}");
    let a = artikel("verwerkingsverantwoordelijken");
    assert!(
        a.contains("## Artikel 2 Afzonderlijke en gezamenlijke verwerkingsverantwoordelijken"),
        "{a}"
    );
    assert!(
        a.contains("behalve voor de Verwerkingen die het vierde lid noemt"),
        "{a}"
    );
    assert!(
        a.contains("het plan van aanpak per jongere dat het thuiszittersoverleg opstelt en bijhoudt, met de afspraken over wie wat doet, in het Casusoverleg Regionaal thuiszittersoverleg: SWV Regio Voorbeeld, Gemeente Voorstad en Gemeente Achterveld, met SWV Regio Voorbeeld als contactpunt voor Betrokkenen."),
        "{a}"
    );
    assert!(
        !a.contains("of er Verwerkingen zijn waarvoor Partijen gezamenlijk verantwoordelijk zijn"),
        "{a}"
    );
    let r = doc("regeling-gezamenlijke-verantwoordelijkheid-thuiszittersoverleg");
    for needle in [
        "# Regeling gezamenlijke verwerkingsverantwoordelijkheid Casusoverleg Regionaal thuiszittersoverleg",
        "Voor die Verwerking zijn zij gezamenlijk verwerkingsverantwoordelijk (artikel 26, eerste lid, AVG).",
        "| Gemeente Achterveld | levert de gegevens van de leerplichtambtenaar en de jeugdconsulent",
        "SWV Regio Voorbeeld is het contactpunt voor Betrokkenen (artikel 26, eerste lid, AVG)",
        "tegenover elke andere Partij bij deze regeling (artikel 26, derde lid, AVG)",
        "## 5. De kern van deze regeling voor ouders en jeugdigen",
        "(artikel 26, tweede lid, AVG)",
    ] {
        assert!(r.contains(needle), "`{needle}` not in:\n{r}");
    }
}

#[test]
fn veilig_thuis_names_the_legal_person_that_is_its_controller() {
    let a = artikel("verwerkingsverantwoordelijken");
    assert!(
        a.contains("Veilig Thuis Regio Voorbeeld is het advies- en meldpunt huiselijk geweld en kindermishandeling waarvoor de gemeenten zorgen (artikel 4.1.1 van de Wet maatschappelijke ondersteuning 2015); het is zelf geen rechtspersoon."),
        "{a}"
    );
    assert!(
        a.contains("Verwerkingsverantwoordelijke voor de gegevens die het ontvangt en verwerkt, is de GGD Regio Voorbeeld, een gemeenschappelijke regeling van de gemeenten Voorstad en Achterveld; die tekent dit Convenant voor Veilig Thuis Regio Voorbeeld."),
        "{a}"
    );
    assert!(
        a.contains(
            "Een melding aan Veilig Thuis Regio Voorbeeld rust op de wet, niet op dit Convenant"
        ),
        "{a}"
    );
}

#[test]
fn bijlage_1_is_a_blank_form_and_each_accession_is_its_own_document() {
    let b1 = doc("bijlage-1-toetreding");
    assert!(b1.contains("Dit is het blanco formulier."), "{b1}");
    assert!(!b1.contains("## Toetreding van"), "{b1}");
    assert!(!b1.contains("1 juni 2026"), "{b1}");
    let t = doc("toetreding-jeugdhulp-kompas");
    assert!(
        t.contains("# Toetreding van Stichting Kompas Jeugd en Gezin"),
        "{t}"
    );
    // In a covenant of 1 March, the accession of June is planned, not done.
    assert!(t.contains("(beoogd: 1 juni 2026)"), "{t}");
    assert!(
        t.contains("beoogd: 8 juni 2026. Pas vanaf die dag is"),
        "{t}"
    );
    let bijlagen = artikel("Toetreding");
    assert!(!bijlagen.contains("is Partij geworden"), "{bijlagen}");
    assert!(
        convenant().contains("- Bijlage 1: Toetredingsformulier (blanco)."),
        "{}",
        convenant()
    );
}

#[test]
fn the_toelichting_explains_each_flow_and_who_is_responsible() {
    let t = doc("toelichting");
    for needle in [
        "# Toelichting bij het Convenant",
        "bepalen Partijen het doel en de middelen samen. Daarvoor zijn zij gezamenlijk verantwoordelijk (artikel 26 AVG)",
        "Veilig Thuis Regio Voorbeeld is geen rechtspersoon; het wordt uitgevoerd door de GGD Regio Voorbeeld",
        "| Stichting Openbaar Primair Onderwijs Voorstad → Veilig Thuis Regio Voorbeeld | artikel 6, eerste lid, onder e, AVG, in verbinding met artikel 5.2.6 van de Wet maatschappelijke ondersteuning 2015 | Een wettelijk meldrecht of meldplicht: er is geen toestemming nodig",
        "daarom alleen met toestemming (volgens de leeftijd van de jeugdige, schriftelijk vastgelegd).",
        "Die toestemming is vrij: de jeugdconsulent vraagt de toestemming niet als voorwaarde voor hulp",
        "De jeugdige wordt zonder naam besproken",
    ] {
        assert!(t.contains(needle), "`{needle}` not in:\n{t}");
    }
}

#[test]
fn the_information_letters_speak_plain_language_to_parents_and_young_people() {
    let ouders = doc("informatiebrief-ouders");
    let jongeren = doc("informatiebrief-jongeren");
    assert!(
        ouders.contains("In deze brief leest u wat zij delen, waarom, en wat uw rechten zijn."),
        "{ouders}"
    );
    assert!(
        jongeren.contains("In deze brief lees je wat ze delen, waarom, en wat jij mag."),
        "{jongeren}"
    );
    assert!(
        jongeren.contains("Ben je 16 of ouder? Dan beslis je zelf. Je mag nee zeggen."),
        "{jongeren}"
    );
    // Who joins later is not presented as a party already.
    assert!(
        ouders.contains(
            "Later doen ook mee, zodra zij zijn toegetreden: Stichting Kompas Jeugd en Gezin."
        ),
        "{ouders}"
    );
    for brief in [&ouders, &jongeren] {
        assert!(brief.contains("| Veilig Thuis Regio Voorbeeld | G. Koster, fg@veiligthuis-regiovoorbeeld.example |"), "{brief}");
        assert!(brief.contains("Autoriteit Persoonsgegevens"), "{brief}");
        // B1: short sentences; no sentence of the running text over 25 words.
        for zin in brief
            .lines()
            .filter(|l| !l.starts_with(['|', '#', '>', '-']))
            .flat_map(|l| l.split(['.', '?', ':']))
        {
            assert!(
                zin.split_whitespace().count() <= 25,
                "too long for B1: {zin}"
            );
        }
    }
}

/// The index page says who is a Party as of this version (its
/// `versiedatum`): a signatory once it signs, an acceding organisation from
/// the announcement of its accession, and what lies after this version as
/// intended, never as done.
#[test]
fn the_index_shows_the_parties_as_of_this_version() {
    let index = |versiedatum: Option<&str>| {
        let (_tmp, casus) =
            crate::util::copy_casus(&root().join("tests/fixtures/render"), "render");
        if let Some(d) = versiedatum {
            let path = casus.join("convenant.yaml");
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text.replace(
                "  datum: 2026-03-01\n",
                &format!("  datum: 2026-03-01\n  versiedatum: {d}\n"),
            );
            std::fs::write(&path, text).unwrap();
        }
        let out = tempfile::tempdir().unwrap();
        render_ok(&casus, out.path(), "html");
        let html = std::fs::read_to_string(out.path().join("render/index.html")).unwrap();
        let start = html.find(">Partijen</h2>").expect("a section Partijen");
        let end = start + html[start..].find("</table>").unwrap();
        html[start..end].to_string()
    };
    let row = |section: &str, naam: &str| {
        let at = section
            .find(&format!("<td>{naam}</td>"))
            .unwrap_or_else(|| panic!("{naam}: {section}"));
        let end = at + section[at..].find("</tr>").unwrap();
        section[at..end].to_string()
    };
    // Before the accession is signed (no version date: everything ahead).
    let before = index(None);
    assert!(
        row(&before, "Jeugdhulp De Brug")
            .contains("nog niet: toetreding beoogd (ondertekening 1 mei 2026)"),
        "{before}"
    );
    assert!(
        row(&before, "Gemeente Voorstad")
            .contains("nog niet: tekent het convenant (beoogd 1 maart 2026)"),
        "{before}"
    );
    // Signed, the announcement still ahead.
    let signed = index(Some("2026-05-10"));
    assert!(
        row(&signed, "Jeugdhulp De Brug").contains(
            "nog niet: toetreding ondertekend op 1 mei 2026, bekendmaking beoogd op 15 mei 2026"
        ),
        "{signed}"
    );
    // Both behind this version: a Party since the announcement.
    let after = index(Some("2026-06-01"));
    assert!(
        row(&after, "Jeugdhulp De Brug")
            .contains("sinds 15 mei 2026 (toetreding ondertekend op 1 mei 2026)"),
        "{after}"
    );
    assert!(
        after.contains("volgens deze versie van 1 juni 2026"),
        "{after}"
    );
}

/// Point 16: facts of the casus that the documents once lost. Every flow
/// the casus sends through DUO's Verzuimregister says so in the covenant's
/// table of flows and in the DPIA, counted from the casus itself.
#[test]
fn the_verzuim_flows_keep_their_duo_channel_in_covenant_and_dpia() {
    let example = root().join("casus/regio-voorbeeld");
    let checked = convenant::check::check(&example);
    let duo = checked
        .casus
        .stromen
        .iter()
        .filter(|s| format!("{:?}", s.kanaal).contains("DuoVerzuimregister"))
        .count();
    assert!(duo >= 2, "{duo}");
    let rows = |text: &str, channel: &str| {
        text.lines()
            .filter(|l| l.starts_with('|') && l.contains(channel))
            .count()
    };
    // The covenant's table of flows outside a casusoverleg has a column for it.
    let c = convenant();
    assert_eq!(rows(c, "| het Verzuimregister van DUO |"), duo, "{c}");
    let dpia = doc("dpia");
    assert_eq!(
        rows(&dpia, "via het Verzuimregister van DUO"),
        duo,
        "{dpia}"
    );
}
