//! The register of processing activities (art. 30 AVG) and its export in
//! the W3C Data Privacy Vocabulary, made from a casus that passed `check`.
//!
//! A processing activity is one party's part in one flow: providing it
//! (`verstrekken`) or receiving it (`ontvangen`). That is how a gemeente's
//! FG knows the covenant: "we provide S3 to the swv", "we receive S7 from
//! the school". A flow from or to a group is an activity of each member.
//! Its id is `<casus>:<stroom-id>:<rol>`, stable as long as the casus
//! folder and the flow keep their ids; the S-number is the flow's place in
//! casus order, as in the documents.

use crate::model::Casus;
use crate::render::views::{CasusView, PartijView, StroomView};

mod dpv;
mod rows;
mod tabel;

pub use dpv::jsonld;
pub use rows::{KOPPEN, KOPPEN_VERWERKER, Rij, rijen, rijen_verwerker};
pub use tabel::{csv_bytes, xlsx_bytes};

/// The role a party has in a flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rol {
    Verstrekker,
    Ontvanger,
}

impl Rol {
    pub fn id(self) -> &'static str {
        match self {
            Rol::Verstrekker => "verstrekken",
            Rol::Ontvanger => "ontvangen",
        }
    }
}

/// One processing activity of one controller.
pub struct Activiteit<'a> {
    /// Place of the flow in casus order, from 1: the S-number.
    pub nummer: usize,
    pub rol: Rol,
    pub stroom: &'a StroomView,
    pub partij: &'a PartijView,
}

/// Everything the register is made from.
pub struct Bron<'a> {
    /// The casus folder name: the first part of every id.
    pub naam: &'a str,
    pub casus: &'a Casus,
    pub view: &'a CasusView,
}

impl<'a> Bron<'a> {
    /// The parties a party or group id stands for, as views.
    pub(crate) fn leden(&self, id: &str) -> Vec<&'a PartijView> {
        self.casus
            .leden(id)
            .into_iter()
            .filter_map(|p| self.view.partijen.iter().find(|v| v.id == p.id.value))
            .collect()
    }

    /// Every activity of `partij`, in flow order, providing before receiving.
    pub fn activiteiten(&self, partij: &'a PartijView) -> Vec<Activiteit<'a>> {
        let mut out = Vec::new();
        for (i, (s, view)) in self
            .casus
            .stromen
            .iter()
            .zip(&self.view.stromen)
            .enumerate()
        {
            let van = self.leden(&s.van.value).iter().any(|p| p.id == partij.id);
            let naar = s
                .naar
                .iter()
                .any(|n| self.leden(&n.value).iter().any(|p| p.id == partij.id));
            for (neemt_deel, rol) in [(van, Rol::Verstrekker), (naar, Rol::Ontvanger)] {
                if neemt_deel {
                    out.push(Activiteit {
                        nummer: i + 1,
                        rol,
                        stroom: view,
                        partij,
                    });
                }
            }
        }
        out
    }

    /// The stable id of an activity: `<casus>:<stroom-id>:<rol>`.
    pub fn id(&self, a: &Activiteit) -> String {
        format!("{}:{}:{}", self.naam, a.stroom.id, a.rol.id())
    }
}

/// A file of the register: its name and bytes.
pub struct Bestand {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Every file of the register of a casus: per controller with at least one
/// activity an XLSX and a CSV, per processor the same for art. 30(2), and
/// `verwerkingen.jsonld`.
pub fn bestanden(bron: &Bron) -> Result<Vec<Bestand>, String> {
    let datum = {
        let c = &bron
            .casus
            .convenant
            .as_ref()
            .ok_or("de casus heeft geen convenant-blok")?
            .value
            .value;
        let concept = c.status == crate::model::Status::Concept;
        match c.versiedatum {
            Some(v) if concept => v,
            _ => c.datum,
        }
    };
    let mut out = Vec::new();
    for p in &bron.view.partijen {
        let rijen = rijen(bron, p);
        if rijen.is_empty() {
            continue;
        }
        let titel = format!("Register van verwerkingen: {}", p.volledige_naam);
        out.extend(tabel(
            &format!("register-{}", p.id),
            &titel,
            KOPPEN,
            &rijen,
            datum,
        )?);
    }
    for v in &bron.view.verwerkersovereenkomsten_per_verwerker() {
        let rijen = rijen_verwerker(bron, v);
        let titel = format!("Register van de verwerker: {}", v.naam);
        let stem = format!("verwerker-{}", v.id);
        out.extend(tabel(&stem, &titel, KOPPEN_VERWERKER, &rijen, datum)?);
    }
    out.push(Bestand {
        name: "verwerkingen.jsonld".into(),
        bytes: jsonld(bron).into_bytes(),
    });
    Ok(out)
}

/// The processors of a casus, once each, in the order of their first agreement.
trait PerVerwerker {
    fn verwerkersovereenkomsten_per_verwerker(&self) -> Vec<&crate::render::views::VerwerkerView>;
}

impl PerVerwerker for CasusView {
    fn verwerkersovereenkomsten_per_verwerker(&self) -> Vec<&crate::render::views::VerwerkerView> {
        let mut out: Vec<&crate::render::views::VerwerkerView> = Vec::new();
        for o in &self.verwerkersovereenkomsten {
            if !out.iter().any(|v| v.id == o.verwerker.id) {
                out.push(&o.verwerker);
            }
        }
        out
    }
}

/// One register as the two files a user opens: `<stem>.xlsx` and `<stem>.csv`.
fn tabel(
    stem: &str,
    titel: &str,
    koppen: &[&str],
    rijen: &[Rij],
    datum: crate::model::Datum,
) -> Result<[Bestand; 2], String> {
    Ok([
        Bestand {
            name: format!("{stem}.xlsx"),
            bytes: xlsx_bytes(titel, koppen, rijen, datum)?,
        },
        Bestand {
            name: format!("{stem}.csv"),
            bytes: csv_bytes(koppen, rijen)?,
        },
    ])
}
