//! Processor documents follow the sector model: under `model: vng` or
//! `privacyconvenant` the standard is the agreement and convenant writes only
//! the specification; under `model: eigen` it writes the full agreement,
//! which must hold art. 28(3) AVG and the clauses of Implementing Decision
//! (EU) 2021/915; `taal: en` writes either in English, in every format.

use crate::util::{
    bin, check_json, copy_into, pdf_text, render_ok, require_poppler, require_typst, root, squash,
};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The example rendered as Markdown once; `doc` reads one document of it.
fn doc(stem: &str) -> String {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let out = OUT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        render_ok(&root().join("casus/regio-voorbeeld"), out.path(), "md");
        out
    });
    std::fs::read_to_string(out.path().join(format!("regio-voorbeeld/{stem}.md"))).unwrap()
}

/// The small lawful casus of the rule fixtures with `verwerkers` as its
/// processors, in `dir/casus`.
fn casus(dir: &Path, verwerkers: &str) -> PathBuf {
    let c = dir.join("casus");
    copy_into(&root().join("tests/fixtures/basis"), &c);
    std::fs::write(c.join("verwerkers.yaml"), verwerkers).unwrap();
    c
}

/// The part of `text` from the heading that contains `kop` to the next `## `.
fn deel<'a>(text: &'a str, kop: &str) -> &'a str {
    let start = text
        .match_indices("\n## ")
        .map(|(i, _)| i + 1)
        .find(|&i| text[i..].lines().next().unwrap().contains(kop))
        .unwrap_or_else(|| panic!("no heading with `{kop}` in:\n{text}"));
    let end = text[start + 3..]
        .find("\n## ")
        .map_or(text.len(), |e| start + 3 + e);
    &text[start..end]
}

/// Phrases that only an agreement of our own has: a specification holds none.
const EIGEN_BEPALINGEN: &[&str] = &[
    "## Artikel",
    "uitsluitend op basis van schriftelijke instructies",
    "tot geheimhouding is verplicht",
    "volledig aansprakelijk",
    "op te schorten",
    "audits en inspecties",
];

#[test]
fn a_vng_processor_gets_a_specification_that_names_the_standard() {
    let d = doc("verwerkersovereenkomst-gemeente-voorstad-zaaksysteem-sociaal-domein");
    assert!(d.contains("# Specificatie bij de verwerkersovereenkomst Gemeente Voorstad en Sociaal Domein Software B.V."), "{d}");
    let status = deel(&d, "Wat dit document is");
    assert!(status.contains("is de Standaard Verwerkersovereenkomst Gemeenten van de Vereniging van Nederlandse Gemeenten (VNG), versie [**open"), "{status}");
    assert!(
        status.contains("welke versie van de standaard Partijen sluiten"),
        "{status}"
    );
    assert!(
        status.contains("Het wijzigt geen bepaling van de standaard en voegt er geen toe."),
        "{status}"
    );
    for p in EIGEN_BEPALINGEN {
        assert!(
            !d.contains(p),
            "a specification has no clause of its own: `{p}`"
        );
    }
    // What the standard leaves to the parties.
    for kop in [
        "Onderwerp, duur, aard en doel",
        "Plaatsen van verwerking",
        "Subverwerkers",
        "Beveiligingsmaatregelen",
        "Contactpersonen en melding van datalekken",
    ] {
        deel(&d, kop);
    }
    let contact = deel(&d, "Contactpersonen");
    assert!(
        contact.contains("R. Kuiper, functionaris gegevensbescherming"),
        "{contact}"
    );
    assert!(
        contact
            .contains("| Termijn voor het melden van een datalek aan Gemeente Voorstad | [**open"),
        "{contact}"
    );
}

#[test]
fn a_school_processor_gets_the_product_annex_to_the_privacyconvenant_model() {
    let d = doc("verwerkersovereenkomst-opo-voorstad-leerlingvolgsysteem");
    let status = deel(&d, "Wat dit document is");
    assert!(status.contains("is de Model Verwerkersovereenkomst bij het Convenant Digitale Onderwijsmiddelen en Privacy (Privacyconvenant Onderwijs), versie 4.0."), "{status}");
    assert!(status.contains("privacybijsluiter"), "{status}");
    for p in EIGEN_BEPALINGEN {
        assert!(
            !d.contains(p),
            "a specification has no clause of its own: `{p}`"
        );
    }
    let onderwerp = deel(&d, "Onderwerp, duur, aard en doel");
    // The purpose is the processor's service, not the covenant's tasks.
    assert!(onderwerp.contains("| Doel | het leveren van de dienst ‘leerlingadministratie en leerlingvolgsysteem, inclusief het leerlingdossier’ aan Stichting Openbaar Primair Onderwijs Voorstad"), "{onderwerp}");
    assert!(
        !onderwerp.contains("uitvoering van haar taken"),
        "{onderwerp}"
    );
    assert!(onderwerp.contains("daarnaast de medewerkers van Stichting Openbaar Primair Onderwijs Voorstad en de andere gebruikers van de dienst"), "{onderwerp}");
    // The agreed notification period, from `afspraken.meldtermijn`.
    assert!(d.contains("| Termijn voor het melden van een datalek aan Stichting Openbaar Primair Onderwijs Voorstad | 24 uur na ontdekking |"), "{d}");
    // General authorisation: the objection period is part of the specification.
    assert!(
        deel(&d, "Subverwerkers").contains("algemene schriftelijke toestemming"),
        "{d}"
    );
}

/// The full agreement in our own words, clause by clause, by what each
/// clause obliges (art. 28(3)(a)-(h) AVG and Implementing Decision 2021/915).
#[test]
fn an_eigen_processor_gets_the_full_agreement_clause_by_clause() {
    let d = doc("verwerkersovereenkomst-swv-regio-voorbeeld-beveiligde-omgeving-swv");
    assert!(
        d.contains("# Verwerkersovereenkomst SWV Regio Voorbeeld en VeiligDelen B.V."),
        "{d}"
    );
    assert!(d.contains("Partijen gebruiken een eigen model en niet het sectormodel, omdat het samenwerkingsverband is geen schoolbestuur"), "{d}");
    let onderwerp = deel(&d, "Onderwerp, duur, aard en doel");
    assert!(
        onderwerp.contains("| Doel | het leveren van de dienst ‘beveiligde samenwerkingsomgeving"),
        "{onderwerp}"
    );
    assert!(
        onderwerp.contains("waarvoor SWV Regio Voorbeeld de dienst gebruikt, bepaalt zij zelf"),
        "{onderwerp}"
    );
    assert!(
        onderwerp.contains(
            "daarnaast de medewerkers van SWV Regio Voorbeeld en de andere gebruikers van de dienst"
        ),
        "{onderwerp}"
    );
    assert!(
        onderwerp.contains("de account- en loggegevens van de gebruikers van de dienst"),
        "{onderwerp}"
    );
    assert!(onderwerp.contains("alleen voor het doel uit het eerste lid, tenzij hij een nadere Instructie krijgt (clausule 7.2"), "{onderwerp}");
    // Art. 28(3)(a) to (h), each with its citation and its obligation.
    let checks: &[(&str, &str, &[&str])] = &[
        (
            "schriftelijke instructies",
            "artikel 28, derde lid, onder a, AVG",
            &[
                "uitsluitend op basis van schriftelijke instructies",
                "inbreuk maakt op de AVG",
            ],
        ),
        (
            "Geheimhouding",
            "artikel 28, derde lid, onder b, AVG",
            &["tot geheimhouding is verplicht"],
        ),
        (
            "Beveiliging",
            "artikel 28, derde lid, onder c, AVG",
            &["beveiligingsniveau", "past bij het risico"],
        ),
        (
            "Subverwerkers",
            "artikel 28, derde lid, onder d, AVG",
            &[
                "dezelfde verplichtingen inzake gegevensbescherming",
                "volledig aansprakelijk",
            ],
        ),
        (
            "Verzoeken van betrokkenen",
            "artikel 28, derde lid, onder e, AVG",
            &["verzoeken van Betrokkenen"],
        ),
        (
            "Bijstand",
            "artikel 28, derde lid, onder f, AVG",
            &[
                "zonder onredelijke vertraging",
                "gegevensbeschermingseffectbeoordeling",
            ],
        ),
        (
            "Wissen of terugbezorgen",
            "artikel 28, derde lid, onder g, AVG",
            &["wist de Verwerker", "terug"],
        ),
        (
            "Informatie en audits",
            "artikel 28, derde lid, onder h, AVG",
            &["audits en inspecties"],
        ),
    ];
    for (kop, citaat, plichten) in checks {
        let a = deel(&d, kop);
        assert!(a.contains(citaat), "{kop}: {a}");
        for p in *plichten {
            assert!(a.contains(p), "{kop}: `{p}` in {a}");
        }
    }
    // Clause 7.6: audits at reasonable intervals and on indications of non-compliance.
    let audits = deel(&d, "Informatie en audits");
    assert!(audits.contains("met redelijke tussenpozen en daarnaast telkens wanneer er aanwijzingen van niet-naleving zijn (clausule 7.6"), "{audits}");
    assert!(
        audits.contains("ter beschikking aan de Autoriteit Persoonsgegevens"),
        "{audits}"
    );
    // Clause 7.7: a copy of the sub-processor agreement and the third-party beneficiary clause.
    let sub = deel(&d, "Subverwerkers");
    assert!(sub.contains("clausule 7.7"), "{sub}");
    assert!(
        sub.contains("kopie van de overeenkomst met een Subverwerker"),
        "{sub}"
    );
    assert!(sub.contains("(derdenbeding)"), "{sub}");
    // Clause 10: suspension, termination on three grounds, and the processor's own termination.
    let tien = deel(&d, "opschorting");
    assert!(tien.contains("de Verwerking op te schorten totdat hij haar weer nakomt of deze overeenkomst eindigt (clausule 10"), "{tien}");
    assert!(
        tien.contains("uiterlijk een maand na de opschorting"),
        "{tien}"
    );
    assert!(tien.contains("wezenlijk of aanhoudend schendt"), "{tien}");
    assert!(
        tien.contains(
            "bindende uitspraak van de bevoegde rechter of van de Autoriteit Persoonsgegevens"
        ),
        "{tien}"
    );
    assert!(tien.contains("op een Instructie blijft staan"), "{tien}");
    // Requests from public authorities, and the costs of assistance.
    let overheid = deel(&d, "Verzoeken van overheidsinstanties");
    assert!(
        overheid.contains("meldt de Verwerker dat onverwijld aan de Verwerkingsverantwoordelijke"),
        "{overheid}"
    );
    assert!(
        overheid.contains("komt hij op tegen een verzoek"),
        "{overheid}"
    );
    assert!(
        deel(&d, "Bijstand").contains("Kosten van bijstand: [**open"),
        "{d}"
    );
    // An swv is no gemeente: no archival clause.
    assert!(!d.contains("Archiefwet"), "{d}");
}

const GEMEENTE_EIGEN: &str = "verwerkers:
  - id: zaaksysteem
    naam: Zaaksysteem B.V.
    voor: [gemeente-a]
    dienst: zaaksysteem leerplicht
    gegevens: [identificatie, verzuim]
    betrokkenen: [leerlingen]
    locatie: EER (Nederland)
    subverwerkers:
      - { naam: Hosting B.V., dienst: hosting, locatie: EER (Nederland), overeenkomst: true }
    subverwerkers_machtiging: algemeen
    afspraken:
      bezwaartermijn: vier weken
    model: eigen
    model_reden: de leverancier tekent alleen een overeenkomst die de standaardcontractbepalingen volgt
";

#[test]
fn a_gemeente_on_its_own_agreement_gets_the_objection_period_and_its_archival_duty() {
    let tmp = tempfile::tempdir().unwrap();
    let c = casus(tmp.path(), GEMEENTE_EIGEN);
    render_ok(&c, &tmp.path().join("out"), "md");
    let d = std::fs::read_to_string(
        tmp.path()
            .join("out/casus/verwerkersovereenkomst-gemeente-a-zaaksysteem.md"),
    )
    .unwrap();
    let sub = deel(&d, "Subverwerkers");
    assert!(sub.contains("algemene schriftelijke toestemming"), "{sub}");
    assert!(sub.contains("met een termijn voor bezwaar van vier weken. Maakt de Verwerkingsverantwoordelijke binnen die termijn bezwaar, dan schakelt de Verwerker die Subverwerker niet in."), "{sub}");
    let einde = deel(&d, "Wissen of terugbezorgen");
    assert!(einde.contains("artikel 3 Archiefwet 1995"), "{einde}");
    assert!(einde.contains("bezorgt de Verwerker daarom eerst alle gegevens terug die Gemeente A als archiefbescheiden moet bewaren"), "{einde}");
    assert!(einde.contains("pas nadat Gemeente A schriftelijk heeft bevestigd dat die overdracht volledig is, wist hij de rest"), "{einde}");
}

#[test]
fn an_agreement_without_clause_10_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let c = casus(tmp.path(), GEMEENTE_EIGEN);
    let sjablonen = tmp.path().join("sjablonen/verwerkersovereenkomst");
    std::fs::create_dir_all(&sjablonen).unwrap();
    std::fs::write(
        sjablonen.join("artikel-opschorting.md"),
        "## Artikel {{ artikel.opschorting }} Opzegging\n\nPartijen kunnen opzeggen.\n",
    )
    .unwrap();
    let o = bin()
        .arg("render")
        .arg(&c)
        .arg("--out")
        .arg(tmp.path().join("out"))
        .args(["--format", "md", "--templates"])
        .arg(tmp.path().join("sjablonen"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_ne!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("SJB-02"), "{err}");
    assert!(
        err.contains("opschorting en opzegging bij niet-nakoming (clausule 10)"),
        "{err}"
    );
}

#[test]
fn prc_07_warns_a_gemeente_on_its_own_agreement_without_a_reason() {
    let codes = |verwerkers: &str| -> Vec<String> {
        let tmp = tempfile::tempdir().unwrap();
        let c = casus(tmp.path(), verwerkers);
        let (_, diags) = check_json(&c);
        diags
            .iter()
            .filter_map(|d| d["code"].as_str().map(str::to_string))
            .filter(|c| c.starts_with("PRC"))
            .collect()
    };
    let zonder = GEMEENTE_EIGEN.replace(
        "    model_reden: de leverancier tekent alleen een overeenkomst die de standaardcontractbepalingen volgt\n",
        "",
    );
    assert_eq!(codes(&zonder), ["PRC-07"], "PRC-07 and not PRC-06 as well");
    assert!(codes(GEMEENTE_EIGEN).is_empty());
    let vng = zonder.replace("model: eigen", "model: vng");
    assert!(codes(&vng).is_empty());
}

const ENGELS: &str = "verwerkers:
  - id: cloud
    naam: \"Cloud <Ltd> & *Co*\"
    voor: [gemeente-a]
    dienst: online archive
    gegevens: [identificatie, verzuim]
    betrokkenen: [pupils]
    locatie: EER (Ierland)
    model: vng
    model_versie: \"2.1\"
    taal: en
  - id: tool
    naam: Tool GmbH
    voor: [school-a]
    dienst: learning tool
    gegevens: [identificatie]
    betrokkenen: [pupils]
    locatie: EER (Duitsland)
    subverwerkers:
      - { naam: Hosting AG, dienst: hosting, locatie: EER (Duitsland), overeenkomst: true }
    subverwerkers_machtiging: algemeen
    model: eigen
    model_reden: the supplier only contracts in English
    taal: en
";

/// The English casus rendered in `formats`, in `tmp/out/casus`.
fn engels(tmp: &Path, formats: &str) -> PathBuf {
    let c = casus(tmp, ENGELS);
    let out = tmp.join("out");
    render_ok(&c, &out, formats);
    out.join("casus")
}

const SPEC: &str = "verwerkersovereenkomst-gemeente-a-cloud";
const DPA: &str = "verwerkersovereenkomst-school-a-tool";

#[test]
fn english_processor_documents_render_in_markdown_html_and_docx() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = engels(tmp.path(), "md,html,docx");
    let (spec, dpa) = (SPEC, DPA);

    // Markdown: the specification names the standard, the agreement has the clauses.
    let md = std::fs::read_to_string(dir.join(format!("{spec}.md"))).unwrap();
    assert!(
        md.contains(
            "# Specification to the data processing agreement between Gemeente A and Cloud"
        ),
        "{md}"
    );
    assert!(md.contains("of the Association of Netherlands Municipalities (VNG), version 2.1. That standard is the agreement"), "{md}");
    assert!(md.contains("> **Draft** · version"), "{md}");
    // Dates in English, not in Dutch.
    assert!(md.contains("1 March 2026"), "{md}");
    assert!(!md.contains("maart"), "{md}");
    assert!(md.contains("· To be completed by "), "{md}");
    assert!(!md.contains("In te vullen door"), "{md}");
    assert!(md.contains("Article 28(3) GDPR"), "{md}");
    assert!(!md.contains("## Clause"), "{md}");
    let a = std::fs::read_to_string(dir.join(format!("{dpa}.md"))).unwrap();
    for p in [
        "# Data processing agreement between Stichting Onderwijs A and Tool GmbH",
        "only on documented instructions from the Controller (Article 28(3)(a) GDPR",
        "at reasonable intervals and, in addition, whenever there are indications of non-compliance (Clause 7.6 of the standard contractual clauses of Implementing Decision (EU) 2021/915)",
        "giving a period for objection of [**open",
        "third-party beneficiary clause",
        "instruct it to suspend the Processing until it complies again or this agreement ends (Clause 10",
        "within one month of the suspension",
        "Requests from public authorities",
        "Costs of assistance: [**open",
        "(Articles 15 to 22 GDPR)",
        "in addition the staff of Stichting Onderwijs A and the other users of the service",
    ] {
        assert!(a.contains(p), "`{p}` in:\n{a}");
    }
    // A school board is no public body here: no archival clause.
    assert!(!a.contains("Archiefwet"), "{a}");

    // HTML: an English page, the user's name escaped.
    let html = std::fs::read_to_string(dir.join(format!("{spec}.html"))).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{html}"
    );
    assert!(html.contains("Cloud &lt;Ltd&gt; &amp; *Co*"), "{html}");
    assert!(html.contains("Subject matter"), "{html}");
    // The navigation speaks the document's language.
    assert!(html.contains("<strong>Contents</strong>"), "{html}");
    assert!(!html.contains("Naar het overzicht"), "{html}");

    // DOCX: the body, the footer and the language in English.
    for stem in [spec, dpa] {
        let file = dir.join(format!("{stem}.docx"));
        let part = |name: &str| crate::util::docx_xml(&file, name);
        let body = part("word/document.xml");
        let footer = part("word/footer1.xml");
        let core = part("docProps/core.xml");
        assert!(body.contains("Subject matter"), "{stem}");
        assert!(
            footer.contains(">Page </w:t>") && footer.contains(">Draft</w:t>"),
            "{stem}: {footer}"
        );
        assert!(
            footer.contains("1 March 2026") && !footer.contains("maart"),
            "{stem}: {footer}"
        );
        assert!(
            core.contains("<dc:language>en-GB</dc:language>"),
            "{stem}: {core}"
        );
    }
}

#[test]
fn english_processor_documents_typeset_as_pdf() {
    require_typst();
    require_poppler();
    let tmp = tempfile::tempdir().unwrap();
    let dir = engels(tmp.path(), "pdf");
    for stem in [SPEC, DPA] {
        let text = pdf_text(&dir.join(format!("{stem}.pdf")));
        assert!(text.contains(&squash("Page 1 of")), "{stem}: {text}");
        assert!(text.contains(&squash("Draft, version")), "{stem}: {text}");
        assert!(!text.contains(&squash("Pagina 1 van")), "{stem}: {text}");
        assert!(
            text.contains(&squash("intended signing 1 March 2026")),
            "{stem}: {text}"
        );
    }
    assert!(
        pdf_text(&dir.join(format!("{SPEC}.pdf")))
            .contains(&squash("That standard is the agreement"))
    );
    assert!(
        pdf_text(&dir.join(format!("{DPA}.pdf")))
            .contains(&squash("Non-compliance, suspension and termination"))
    );
}
