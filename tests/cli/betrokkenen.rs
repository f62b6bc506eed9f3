//! The categories of data subjects (top-level `betrokkenen:`) reach every
//! document that names them: the DPIA, each Bijlage 3 and a processor
//! agreement that lists none of its own.

use crate::util::{copy_into, render_ok, root};

#[test]
fn categories_reach_bijlage_3_and_a_processor_agreement_without_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let casus = dir.path().join("casus");
    std::fs::create_dir(&casus).unwrap();
    copy_into(&root().join("tests/fixtures/basis"), &casus);
    copy_into(&root().join("tests/fixtures/rules/CVN-03/pass"), &casus);
    // The processor of the PRC-01 fixture, without `betrokkenen`.
    let verwerkers =
        std::fs::read_to_string(root().join("tests/fixtures/rules/PRC-01/pass/verwerkers.yaml"))
            .unwrap()
            .replace("    betrokkenen: [leerlingen]\n", "");
    std::fs::write(casus.join("verwerkers.yaml"), verwerkers).unwrap();
    std::fs::write(
        casus.join("betrokkenen.yaml"),
        "betrokkenen:\n  - naam: leerlingen\n    leeftijd: 4 tot 18 jaar\n    gegevens: [identificatie, verzuim]\n  - naam: medewerkers van de school\n    gegevens: []\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    render_ok(&casus, &out, "md");
    let read = |stem: &str| std::fs::read_to_string(out.join(format!("casus/{stem}.md"))).unwrap();
    let bijlage = read("bijlage-3-casusoverleg-verzuimoverleg");
    assert!(
        bijlage.contains("De gegevens in dit overleg gaan over: leerlingen (4 tot 18 jaar)."),
        "{bijlage}"
    );
    let vwo = read("verwerkersovereenkomst-school-a-leerplichtportaal");
    assert!(
        vwo.contains("| Categorieën betrokkenen | leerlingen (4 tot 18 jaar); daarnaast de medewerkers van Stichting Onderwijs A"),
        "{vwo}"
    );
}
