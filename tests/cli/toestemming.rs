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

/// What art. 13 AVG asks when the data come from the family itself: who
/// is responsible and how to reach them and their FG, how long each row is
/// kept, and the right to complain to the Autoriteit Persoonsgegevens. The
/// parties and their FGs come from the casus YAML, not from fixed strings.
#[test]
fn the_consent_form_says_who_is_responsible_how_long_and_where_to_complain() {
    let example = root().join("casus/regio-voorbeeld");
    let checked = convenant::check::check(&example);
    assert!(!checked.has_errors());
    let out = tempfile::tempdir().unwrap();
    render_ok(&example, out.path(), "md");
    let form = std::fs::read_to_string(
        out.path()
            .join("regio-voorbeeld/toestemmingsformulier-mdo.md"),
    )
    .unwrap();
    let section = &form[form
        .find("## 6. Wie verantwoordelijk is")
        .expect("section 6")..];
    let section = &section[..section.find("## 7.").expect("section 7")];
    let overleg = checked
        .casus
        .casusoverleggen
        .iter()
        .find(|o| o.id.value == "mdo")
        .unwrap();
    let mut at_table = 0;
    for p in &checked.casus.partijen {
        // At the table of the overleg itself or of one of its forms.
        let seated = overleg
            .deelnemers
            .iter()
            .chain(overleg.overlegvormen.iter().flat_map(|v| &v.deelnemers))
            .any(|d| d.partij.value == p.id.value);
        let fg =
            p.fg.as_ref()
                .map(|f| f.email.value.clone())
                .unwrap_or_default();
        if seated {
            at_table += 1;
            assert!(
                section.contains(&format!("| {} |", p.naam)),
                "{} missing: {section}",
                p.naam
            );
            assert!(section.contains(&fg), "FG of {} missing: {section}", p.naam);
        } else if !fg.is_empty() {
            assert!(
                !section.contains(&fg),
                "{} is not at the table: {section}",
                p.naam
            );
        }
    }
    assert!(at_table >= 3, "{at_table}");
    assert!(section.contains("Autoriteit Persoonsgegevens"), "{section}");
    assert!(section.contains("(artikel 77 AVG)"), "{section}");
    assert!(section.contains("artikel 13 AVG"), "{section}");
    // Each row to tick says how long its data are kept.
    assert!(
        form.contains("| Hoe lang bewaard | Toestemming |"),
        "{form}"
    );
    for line in form.lines().filter(|l| l.ends_with("| ☐ ja ☐ nee |")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        assert_eq!(cells.len(), 5, "{line}");
        assert!(!cells[3].trim().is_empty(), "{line}");
    }
}
