//! Overlegvormen: one casusoverleg (one Bijlage 3) that holds several forms
//! of meeting, each with its own chair, participants, phases and minutes.

use crate::util::{copy_into, render_ok, root};

/// The basis with the CVN-03 pass fixture rendered as Markdown: an overleg
/// `twee-vormen` with an MDO and a Zorg Advies Team (one flow for every form
/// and one for the ZAT), and an overleg `verzuimoverleg` without forms.
/// Returns the Bijlage 3 of each.
fn rendered() -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let casus = dir.path().join("casus");
    std::fs::create_dir(&casus).unwrap();
    copy_into(&root().join("tests/fixtures/basis"), &casus);
    copy_into(&root().join("tests/fixtures/rules/CVN-03/pass"), &casus);
    let out = dir.path().join("out");
    render_ok(&casus, &out, "md");
    let read = |stem: &str| std::fs::read_to_string(out.join(format!("casus/{stem}.md"))).unwrap();
    (
        read("bijlage-3-casusoverleg-twee-vormen"),
        read("bijlage-3-casusoverleg-verzuimoverleg"),
    )
}

/// The text of the section that starts with `kop`, up to the next heading
/// of the same or a higher level.
fn section<'a>(text: &'a str, kop: &str) -> &'a str {
    let start = text
        .find(kop)
        .unwrap_or_else(|| panic!("no `{kop}` in:\n{text}"));
    let level = kop.chars().take_while(|c| *c == '#').count();
    let rest = &text[start + kop.len()..];
    let end = rest
        .match_indices("\n#")
        .find(|(i, _)| rest[i + 1..].chars().take_while(|c| *c == '#').count() <= level)
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

#[test]
fn each_form_has_its_own_section_after_an_overview() {
    let (text, _) = rendered();
    let overzicht = section(&text, "## 1. Doel en overlegvormen");
    assert!(overzicht.contains("kent twee overlegvormen"), "{overzicht}");
    assert!(overzicht.contains("| MDO (paragraaf 4) |"), "{overzicht}");
    assert!(
        overzicht.contains("| Zorg Advies Team (paragraaf 5) |"),
        "{overzicht}"
    );
    // The purpose is inherited: the table says so instead of repeating it.
    assert!(
        overzicht.contains("het doel van het casusoverleg (lid 1)"),
        "{overzicht}"
    );
    for kop in ["## 4. MDO", "## 5. Zorg Advies Team"] {
        let vorm = section(&text, kop);
        assert!(vorm.contains("Doel en voorzitter"), "{kop}: {vorm}");
        assert!(
            vorm.contains("Aan tafel en hun wettelijke taak"),
            "{kop}: {vorm}"
        );
        assert!(vorm.contains(".3.1 Fase 1: Bespreking"), "{kop}: {vorm}");
        assert!(
            vorm.contains("Vastleggen van de uitkomsten"),
            "{kop}: {vorm}"
        );
    }
    assert!(
        text.contains("## 6. Eigen dossiers en datalekken"),
        "{text}"
    );
}

#[test]
fn a_flow_goes_to_its_form_and_a_flow_without_one_to_every_form() {
    let (text, _) = rendered();
    let mdo = section(&text, "## 4. MDO");
    let zat = section(&text, "## 5. Zorg Advies Team");
    let elke = section(&text, "### 3.1 Gegevens in elke overlegvorm");
    // `vormen-bespreking` names no form: it stands once, for every form.
    assert_eq!(
        elke.matches("| Stichting Onderwijs A → Gemeente A |")
            .count(),
        1,
        "{elke}"
    );
    // `zat-bespreking` names the ZAT: it stands there, not in the MDO.
    assert_eq!(
        zat.matches("| Stichting Onderwijs A → Gemeente A |")
            .count(),
        1,
        "{zat}"
    );
    assert_eq!(
        mdo.matches("| Stichting Onderwijs A → Gemeente A |")
            .count(),
        0,
        "{mdo}"
    );
    assert!(
        mdo.contains("In deze fase worden in deze overlegvorm geen Persoonsgegevens gedeeld."),
        "{mdo}"
    );
}

#[test]
fn a_casusoverleg_without_forms_keeps_its_one_section_per_subject() {
    let (_, enkel) = rendered();
    for kop in [
        "## 1. Doel",
        "## 2. Partijen aan tafel en hun wettelijke taak",
        "## 4. Gegevens per fase",
        "## 5. Vastleggen van de uitkomsten",
    ] {
        assert!(enkel.contains(kop), "{kop}: {enkel}");
    }
    assert!(!enkel.contains("overlegvorm"), "{enkel}");
}
