//! The rows of the register: one per activity of a controller (art. 30(1)
//! AVG) and one per controller a processor works for (art. 30(2) AVG).
//! docs/register.md gives the source of every column.

use super::{Activiteit, Bron, Rol};
use crate::render::views::{CitaatView, PartijView, VerwerkerView};

/// One row: a cell per heading.
pub type Rij = Vec<String>;

/// The headings of a controller's register, the letters those of art. 30(1).
pub const KOPPEN: &[&str] = &[
    "Id",
    "S-nummer",
    "Verwerking",
    "a. Verwerkingsverantwoordelijke",
    "a. Contactpersoon",
    "a. Gezamenlijke verwerkingsverantwoordelijken",
    "a. Functionaris gegevensbescherming",
    "b. Doel",
    "c. Categorieën betrokkenen",
    "c. Categorieën persoonsgegevens",
    "d. Ontvangers",
    "e. Doorgifte buiten de EER en waarborgen",
    "f. Bewaartermijn",
    "g. Beveiligingsmaatregelen",
    "Grondslag",
    "Uitzondering bijzondere gegevens",
    "Bron van de gegevens",
    "Verwerkers",
    "DPIA",
    "Casusoverleg",
];

/// The headings of a processor's register, the letters those of art. 30(2).
pub const KOPPEN_VERWERKER: &[&str] = &[
    "Id",
    "a. Verwerker",
    "a. Verwerkingsverantwoordelijke",
    "a. Functionaris gegevensbescherming van de verantwoordelijke",
    "b. Categorieën verwerkingen",
    "b. Categorieën persoonsgegevens",
    "c. Doorgifte buiten de EER en waarborgen",
    "d. Beveiligingsmaatregelen",
    "Verwerkersovereenkomst",
];

const NIET_BESCHREVEN: &str = "niet in de casus beschreven";

fn lijst(items: impl IntoIterator<Item = String>) -> String {
    let v: Vec<String> = items.into_iter().collect();
    if v.is_empty() {
        NIET_BESCHREVEN.to_string()
    } else {
        v.join("; ")
    }
}

fn of_niet(s: Option<String>) -> String {
    s.filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| NIET_BESCHREVEN.to_string())
}

fn partij_adres(p: &PartijView) -> String {
    match &p.adres {
        Some(a) => format!("{}, {a}", p.volledige_naam),
        None => p.volledige_naam.clone(),
    }
}

fn fg(p: &PartijView) -> String {
    of_niet(p.fg.as_ref().map(|f| format!("{} <{}>", f.naam, f.email)))
}

fn citaat(c: &CitaatView) -> String {
    c.citaat.clone()
}

/// The processors that work for `p` on data of this flow.
fn verwerkers_van<'a>(
    bron: &Bron<'a>,
    p: &PartijView,
    gegevens: &[String],
) -> Vec<&'a VerwerkerView> {
    bron.view
        .verwerkersovereenkomsten
        .iter()
        .filter(|o| o.verantwoordelijke.id == p.id)
        .filter(|o| {
            o.verwerker
                .gegevens
                .iter()
                .any(|g| gegevens.contains(&g.naam))
        })
        .map(|o| &o.verwerker)
        .collect()
}

fn overeenkomst(v: &VerwerkerView) -> String {
    let datum = v
        .afspraken
        .get("datum")
        .cloned()
        .unwrap_or_else(|| "datum niet in de casus vastgelegd".into());
    format!(
        "{} ({}), gegevens in: {}, overeenkomst: {datum}",
        v.naam, v.dienst, v.locatie
    )
}

/// Transfers outside the EEA: the casus describes none itself; the places
/// where processors and sub-processors keep the data are listed so the FG
/// can check them.
fn doorgifte(vs: &[&VerwerkerView]) -> String {
    let mut plaatsen: Vec<String> = Vec::new();
    for v in vs {
        plaatsen.push(format!("{}: {}", v.naam, v.locatie));
        for s in &v.subverwerkers {
            plaatsen.push(format!("{}: {}", s.naam, s.locatie));
        }
    }
    if plaatsen.is_empty() {
        "geen doorgifte in de casus beschreven".into()
    } else {
        format!(
            "geen doorgifte in de casus beschreven; opslag bij {}",
            plaatsen.join(", ")
        )
    }
}

fn dpia(bron: &Bron) -> String {
    let d = &bron.view.dpia;
    let kenmerk = &bron.view.convenant.kenmerk;
    if !d.aanwezig {
        return format!("{}; geen DPIA in de casus", d.oordeel);
    }
    match &d.vaststelling {
        Some(v) => format!(
            "DPIA bij {kenmerk}, vastgesteld {} ({})",
            v.datum, v.kenmerk
        ),
        None => format!("DPIA bij {kenmerk} ({}), nog niet vastgesteld", d.oordeel),
    }
}

fn beveiliging(bron: &Bron, kanaal_via: &str) -> String {
    match bron.view.nummers.convenant.get("beveiliging") {
        Some(n) => format!(
            "{kanaal_via}; maatregelen volgens artikel {n} (Beveiliging) van het convenant {}",
            bron.view.convenant.kenmerk
        ),
        None => kanaal_via.to_string(),
    }
}

/// The flow's own term, or where the covenant sets the terms.
fn bewaartermijn(bron: &Bron, eigen: Option<&str>) -> String {
    match (
        eigen.filter(|t| !t.trim().is_empty()),
        bron.view.nummers.convenant.get("bewaren"),
    ) {
        (Some(t), _) => t.to_string(),
        (None, Some(n)) => format!(
            "niet per stroom beschreven; zie artikel {n} (Bewaren en vernietigen) van het convenant {}",
            bron.view.convenant.kenmerk
        ),
        (None, None) => NIET_BESCHREVEN.into(),
    }
}

fn betrokkenen(bron: &Bron, gegevens: &[String]) -> String {
    lijst(
        bron.view
            .categorieen
            .iter()
            .filter(|c| c.gegevens.iter().any(|g| gegevens.contains(g)))
            .map(|c| c.naam.clone()),
    )
}

/// The other joint controllers of an activity under a declared arrangement
/// (art. 26 AVG), with what they are jointly responsible for.
fn gezamenlijk(bron: &Bron, a: &Activiteit) -> Option<String> {
    let s = bron.casus.stromen.get(a.nummer.checked_sub(1)?)?;
    let (_, g) = super::dpv::onder_regeling(bron, s)?;
    let anderen: Vec<String> = g
        .partijen
        .iter()
        .filter(|p| p.value != a.partij.id)
        .filter_map(|p| bron.view.partijen.iter().find(|v| v.id == p.value))
        .map(|v| v.naam.clone())
        .collect();
    Some(format!("{} (voor {})", anderen.join(", "), g.verwerking))
}

fn rij(bron: &Bron, a: &Activiteit) -> Rij {
    let s = a.stroom;
    let p = a.partij;
    let c = &bron.view.convenant;
    let grondslag = match &s.grondslag {
        Some(g) => {
            let wetten: Vec<String> = s.wetten.iter().map(citaat).collect();
            if wetten.is_empty() || s.meldrecht {
                citaat(g)
            } else {
                format!("{} in verbinding met {}", citaat(g), wetten.join(", "))
            }
        }
        None => NIET_BESCHREVEN.into(),
    };
    // The flow's basis is the provider's; a recipient also names its own
    // tasks that serve the flow's purpose.
    let grondslag = match a.rol {
        Rol::Verstrekker => grondslag,
        Rol::Ontvanger => {
            let eigen: Vec<String> = p
                .taken
                .iter()
                .filter(|t| t.doelen.contains(&s.doel))
                .map(|t| match &t.grondslag {
                    Some(g) => format!("{} ({})", t.omschrijving, citaat(g)),
                    None => t.omschrijving.clone(),
                })
                .collect();
            if eigen.is_empty() {
                format!("verstrekt op: {grondslag}")
            } else {
                format!(
                    "eigen taak: {}; verstrekt op: {grondslag}",
                    eigen.join("; ")
                )
            }
        }
    };
    let uitzondering = match (&s.uitzondering, s.bijzonder) {
        (Some(u), _) => citaat(u),
        (None, false) => "geen bijzondere persoonsgegevens".into(),
        (None, true) => NIET_BESCHREVEN.into(),
    };
    let verwerkers = verwerkers_van(bron, p, &s.gegevens);
    let verwerking = match a.rol {
        Rol::Verstrekker => format!("Verstrekken aan {}", s.naar.join(", ")),
        Rol::Ontvanger => format!("Ontvangen van {}", s.van),
    };
    vec![
        bron.id(a),
        format!("S{}", a.nummer),
        verwerking,
        partij_adres(p),
        of_niet(
            p.vertegenwoordiger
                .as_ref()
                .map(|v| format!("{}, {}", v.naam, v.functie)),
        ),
        gezamenlijk(bron, a)
            .unwrap_or_else(|| of_niet(c.gezamenlijke_verantwoordelijkheid.clone())),
        fg(p),
        s.doel.clone(),
        betrokkenen(bron, &s.gegevens),
        lijst(s.gegevens.iter().cloned()),
        match a.rol {
            Rol::Verstrekker => s.naar.join("; "),
            Rol::Ontvanger => format!("geen: {} ontvangt de gegevens zelf", p.naam),
        },
        doorgifte(&verwerkers),
        bewaartermijn(bron, s.bewaartermijn.as_deref()),
        beveiliging(bron, &s.kanaal_via),
        grondslag,
        uitzondering,
        s.van.clone(),
        if verwerkers.is_empty() {
            "geen verwerker in de casus voor deze gegevens".into()
        } else {
            verwerkers
                .iter()
                .map(|v| overeenkomst(v))
                .collect::<Vec<_>>()
                .join("; ")
        },
        dpia(bron),
        of_niet(s.overleg.clone()),
    ]
}

/// The rows of the register of `p`: one per activity.
pub fn rijen(bron: &Bron, p: &PartijView) -> Vec<Rij> {
    bron.activiteiten(p).iter().map(|a| rij(bron, a)).collect()
}

/// The rows of the register of processor `v`: one per controller it works for.
pub fn rijen_verwerker(bron: &Bron, v: &VerwerkerView) -> Vec<Rij> {
    let mut beveiliging = v.beveiliging.clone();
    if beveiliging.is_empty() {
        beveiliging.push(NIET_BESCHREVEN.into());
    }
    bron.view
        .verwerkersovereenkomsten
        .iter()
        .filter(|o| o.verwerker.id == v.id)
        .map(|o| {
            let p = &o.verantwoordelijke;
            vec![
                format!("{}:verwerker:{}:{}", bron.naam, v.id, p.id),
                v.naam.clone(),
                partij_adres(p),
                fg(p),
                v.dienst.clone(),
                lijst(v.gegevens.iter().map(|g| g.naam.clone())),
                doorgifte(&[v]),
                beveiliging.join("; "),
                o.stem.clone(),
            ]
        })
        .collect()
}
