//! The arrangements between joint controllers (art. 26 AVG): one per
//! `gezamenlijk:` block of a casusoverleg or of one of its forms.

use super::types::PartijView;
use super::types_overleg::OverlegView;
use crate::model::Casus;
use serde::Serialize;

/// One arrangement under art. 26 AVG, made as its own document.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RegelingView {
    /// File stem of the document.
    pub stem: String,
    /// The id of the casusoverleg that declares it.
    pub overleg_id: String,
    /// The overleg's defined term (`Casusoverleg ...`) and its annex number.
    pub overleg: String,
    pub bijlage: String,
    /// The form, when the declaration is one form's own.
    pub vorm: Option<String>,
    /// Which processing the parties are jointly responsible for.
    pub verwerking: String,
    /// The joint controllers, in the order the casus names them.
    pub partijen: Vec<PartijView>,
    /// Who does what: `{ partij, wat }`, with the party's name.
    pub taken: Vec<RegelingTaakView>,
    /// The party data subjects turn to first, by name.
    pub contactpunt: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RegelingTaakView {
    pub partij: String,
    pub wat: String,
}

/// The arrangements of a casus, in overleg order, the overleg's own first.
pub(super) fn regelingen(
    casus: &Casus,
    overleggen: &[OverlegView],
    partijen: &[PartijView],
) -> Vec<RegelingView> {
    let naam = |id: &str| {
        partijen
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.naam.clone())
    };
    let mut out = Vec::new();
    for (o, view) in casus.casusoverleggen.iter().zip(overleggen) {
        for laag in o.geschreven() {
            let Some(g) = &laag.gezamenlijk else { continue };
            let deel =
                o.id.value
                    .strip_prefix("casusoverleg-")
                    .unwrap_or(&o.id.value);
            let stem = if laag.eigen {
                format!(
                    "regeling-gezamenlijke-verantwoordelijkheid-{deel}-{}",
                    laag.id.value
                )
            } else {
                format!("regeling-gezamenlijke-verantwoordelijkheid-{deel}")
            };
            out.push(RegelingView {
                stem,
                overleg_id: o.id.value.clone(),
                overleg: view.aanduiding.clone(),
                bijlage: view.bijlage.clone(),
                vorm: laag.eigen.then(|| laag.naam.clone()),
                verwerking: g.verwerking.clone(),
                partijen: g
                    .partijen
                    .iter()
                    .filter_map(|p| partijen.iter().find(|v| v.id == p.value).cloned())
                    .collect(),
                taken: g
                    .taken
                    .iter()
                    .map(|t| RegelingTaakView {
                        partij: naam(&t.partij.value),
                        wat: t.wat.clone(),
                    })
                    .collect(),
                contactpunt: g.contactpunt.as_ref().map(|c| naam(&c.value)),
            });
        }
    }
    out
}
