//! The consent form of a casusoverleg: one per overleg with flows on
//! consent, listing each of those flows for a yes or no, who signs by age,
//! and how consent is withdrawn.

use crate::util::{render_ok, root};

#[test]
fn an_overleg_with_consent_flows_has_a_consent_form() {
    let out = tempfile::tempdir().unwrap();
    render_ok(&root().join("casus/regio-voorbeeld"), out.path(), "md,html");
    let dir = out.path().join("regio-voorbeeld");
    let form =
        std::fs::read_to_string(dir.join("toestemmingsformulier-thuiszittersoverleg.md")).unwrap();
    // Every flow of the overleg on consent is a row to tick, and only those:
    // the leerplicht flow rests on the law, not on consent.
    assert_eq!(form.matches("| ☐ ja ☐ nee |").count(), 7, "{form}");
    assert!(
        !form.contains("Gemeente Achterveld | SWV Regio Voorbeeld | naam, geboortedatum, adres"),
        "{form}"
    );
    assert!(
        form.contains("| 16 jaar en ouder | de jeugdige zelf |"),
        "{form}"
    );
    assert!(
        form.contains("Jeugdige (vanaf 12 jaar, zie paragraaf 4)"),
        "{form}"
    );
    assert!(
        form.contains("U kunt uw toestemming altijd intrekken"),
        "{form}"
    );
    assert!(form.contains("(artikel 7, derde lid, AVG)"), "{form}");
    // The covenant, Bijlage 3, the DPIA and the index name it.
    let bijlagen = std::fs::read_to_string(dir.join("convenant.md")).unwrap();
    assert!(
        bijlagen.contains("met het toestemmingsformulier van dat overleg"),
        "{bijlagen}"
    );
    let dpia = std::fs::read_to_string(dir.join("dpia.md")).unwrap();
    assert!(
        !dpia.contains("bevat geen model van een toestemmingsformulier"),
        "{dpia}"
    );
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        index.contains("toestemmingsformulier-thuiszittersoverleg.html"),
        "{index}"
    );
}

#[test]
fn an_overleg_without_consent_flows_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let casus = dir.path().join("casus");
    std::fs::create_dir(&casus).unwrap();
    crate::util::copy_into(&root().join("tests/fixtures/basis"), &casus);
    crate::util::copy_into(&root().join("tests/fixtures/rules/CVN-08/pass"), &casus);
    let out = dir.path().join("out");
    render_ok(&casus, &out, "md");
    let names: Vec<String> = std::fs::read_dir(out.join("casus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("bijlage-3-")),
        "{names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("toestemmingsformulier-")),
        "{names:?}"
    );
}
