//! Views of the example casus and of small casussen made in the tests.

use super::*;
use crate::model::Datum;

#[test]
fn several_casusoverleggen_get_lettered_annexes() {
    assert_eq!(letters(0), "a");
    assert_eq!(letters(25), "z");
    assert_eq!(letters(26), "aa");
    assert_eq!(letters(27), "ab");
    let example = crate::load::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/casus/regio-voorbeeld"
    )));
    let view = build(
        &example.casus,
        &crate::dpia::assess(&example.casus),
        &Artikelen::builtin(),
    )
    .expect("the example has a convenant block");
    let nummers: Vec<&str> = view.overleggen.iter().map(|o| o.bijlage.as_str()).collect();
    assert_eq!(nummers, ["3a", "3b"]);
}

#[test]
fn dates_are_dutch() {
    assert_eq!(
        crate::nl::datum(Datum {
            jaar: 2026,
            maand: 3,
            dag: 1
        }),
        "1 maart 2026"
    );
    assert_eq!(
        crate::nl::datum(Datum {
            jaar: 2025,
            maand: 12,
            dag: 31
        }),
        "31 december 2025"
    );
}

fn fixture() -> CasusView {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render");
    let checked = crate::check::check(&dir);
    assert!(
        !checked.fails(crate::check::Strictness::Strict),
        "{:?}",
        checked.diagnostics
    );
    build(
        &checked.casus,
        &crate::dpia::assess(&checked.casus),
        &Artikelen::builtin(),
    )
    .expect("the fixture has a convenant block")
}

#[test]
fn bases_per_party_cite_the_catalogue() {
    let v = fixture();
    let gemeente = &v.partijen[0];
    assert_eq!(gemeente.naam, "Gemeente Voorstad");
    let jeugdhulp = &gemeente.taken[0];
    assert_eq!(
        jeugdhulp.grondslag.as_ref().map(|g| g.citaat.as_str()),
        Some("artikel 6, eerste lid, onder e, AVG")
    );
    let wetten: Vec<&str> = jeugdhulp.wetten.iter().map(|w| w.citaat.as_str()).collect();
    assert_eq!(
        wetten,
        [
            "artikel 2.3 van de Jeugdwet",
            "artikel 7.4.0 van de Jeugdwet"
        ]
    );
    assert_eq!(v.ondertekenaars.len(), 3);
    assert_eq!(v.toetreders[0].naam, "Jeugdhulp De Brug");
    assert_eq!(
        v.toetreders[0]
            .toetreding
            .as_ref()
            .map(|t| t.datum.as_str()),
        Some("1 mei 2026")
    );
    assert_eq!(
        v.partijen[2].volmacht.as_ref().map(|m| m.partij.as_str()),
        Some("Samenwerkingsverband Passend Onderwijs Voorstad")
    );
}

#[test]
fn flows_are_grouped_per_phase_in_phase_order() {
    let v = fixture();
    let mdo = &v.overleggen[0];
    assert_eq!(mdo.stem, "bijlage-3-casusoverleg-mdo");
    let fasen: Vec<(&str, usize)> = mdo
        .fasen
        .iter()
        .map(|f| (f.naam.as_str(), f.stromen.len()))
        .collect();
    assert_eq!(
        fasen,
        [
            ("Aanmelding", 1),
            ("Voorbereiding", 1),
            ("Bespreking", 1),
            ("Afspraken en verslag", 1)
        ]
    );
    let aanmelding = &mdo.fasen[0].stromen[0];
    assert_eq!(aanmelding.van, "Stichting Primair Onderwijs Voorstad");
    assert_eq!(
        aanmelding.uitzondering.as_ref().map(|u| u.citaat.as_str()),
        Some("artikel 9, tweede lid, onder a, AVG")
    );
    assert_eq!(aanmelding.kanaal, "beveiligde e-mail");
    assert!(aanmelding.bijzonder);
    // Only the special-category data, not the name or the question.
    assert_eq!(aanmelding.gegevens.len(), 3);
    assert_eq!(
        aanmelding.bijzondere_gegevens,
        ["gezondheid, gedrag en gezinsfactoren"]
    );
    // The flow outside any casusoverleg is listed apart.
    assert_eq!(v.overige_stromen.len(), 1);
    assert_eq!(v.overige_stromen[0].id, "verzuimmelding");
    // A flow without statutes of its own takes those of the provider's
    // task with the same basis that serves its purpose.
    let voorbereiding = &mdo.fasen[1].stromen[0];
    let wetten: Vec<&str> = voorbereiding.wetten.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(wetten, ["jw-2-3", "jw-7-4-0"]);
    // That flow rests on a statutory task, so the overleg says consent
    // is not the only way data are shared.
    assert!(mdo.wettelijk);
}

#[test]
fn one_agreement_per_controller_and_processor() {
    let v = fixture();
    assert_eq!(v.verwerkersovereenkomsten.len(), 1);
    let o = &v.verwerkersovereenkomsten[0];
    assert_eq!(
        o.stem,
        "verwerkersovereenkomst-school-primair-lvs-leverancier"
    );
    assert_eq!(
        o.verantwoordelijke.naam,
        "Stichting Primair Onderwijs Voorstad"
    );
    assert_eq!(o.verwerker.subverwerkers[0].naam, "Hosting B.V.");
    assert_eq!(o.verwerker.machtiging_id.as_deref(), Some("algemeen"));
    assert!(o.verwerker.bijzonder);
}

#[test]
fn dpia_signals_come_from_the_assessment() {
    let v = fixture();
    assert_eq!(
        v.dpia.verantwoordelijke.as_deref(),
        Some("Gemeente Voorstad")
    );
    assert_eq!(v.dpia.oordeel, "DPIA verplicht");
    assert!(v.dpia.ap_lijst.iter().any(|s| s.nummer == 8));
    assert!(!v.dpia.wp248.is_empty());
    assert!(v.dpia.wp248.iter().all(|s| !s.reden.contains('`')));
}

#[test]
fn the_tekenblad_puts_volmacht_under_the_signer() {
    let v = fixture();
    // The school board signs through the swv: no block of its own.
    let names: Vec<&str> = v.tekenblad.iter().map(|t| t.partij.naam.as_str()).collect();
    assert!(
        !names.contains(&"Stichting Primair Onderwijs Voorstad"),
        "{names:?}"
    );
    let swv = v
        .tekenblad
        .iter()
        .find(|t| t.partij.soort_id == "samenwerkingsverband")
        .expect("the swv signs");
    assert_eq!(swv.namens[0].naam, "Stichting Primair Onderwijs Voorstad");
    // Gemeenten first, as in the model's parties block; toetreders never.
    assert_eq!(v.tekenblad[0].partij.soort_id, "gemeente");
    assert!(v.tekenblad.iter().all(|t| t.partij.toetreding.is_none()));
}

#[test]
fn article_numbers_follow_the_lists() {
    let v = fixture();
    assert_eq!(v.nummers.convenant["definities"], 1);
    assert_eq!(
        v.nummers.convenant["bijzondere_gegevens"],
        1 + Artikelen::builtin()
            .convenant
            .iter()
            .position(|a| a == "bijzondere-gegevens")
            .unwrap()
    );
    assert_eq!(
        v.nummers.convenant.len(),
        Artikelen::builtin().convenant.len()
    );
    assert_eq!(
        v.nummers.verwerkersovereenkomst.len(),
        Artikelen::builtin().verwerkersovereenkomst.len()
    );
}

#[test]
fn ids_become_readable() {
    assert_eq!(leesbaar("afspraken-en-verslag"), "Afspraken en verslag");
    assert_eq!(leesbaar("mdo"), "Mdo");
    assert_eq!(leesbaar(""), "");
}
