//! Facts derived from a casus once and shared by the rules and the views,
//! such as whether a DPIA is required: computed in one place, never again
//! per rule or per document.

use crate::dpia::{self, Assessment};
use crate::model::{Casus, Deelnemer, Stroom};

pub struct Facts<'a> {
    pub casus: &'a Casus,
    /// Whether a DPIA is required, and why (AP list, WP248).
    pub dpia: Assessment,
}

impl<'a> Facts<'a> {
    pub(crate) fn of(casus: &'a Casus) -> Facts<'a> {
        Facts {
            casus,
            dpia: dpia::assess(casus),
        }
    }
}

/// A participant at the table of `s` (its overleg, or its form) that is a
/// public body with a task under the Leerplichtwet: it can enforce school
/// attendance, so consent asked in its presence may not be free (CNS-08 and
/// the DPIA's risk register both ask this).
pub(crate) fn handhaver_aan_tafel<'a>(casus: &'a Casus, s: &Stroom) -> Option<&'a Deelnemer> {
    let o = casus.casusoverleg(&s.overleg.as_ref()?.value)?;
    let vorm = s.overlegvorm.as_ref().map(|v| v.value.as_str());
    o.vormen
        .iter()
        .filter(|v| vorm.is_none() || !v.eigen || Some(v.id.value.as_str()) == vorm)
        .flat_map(|v| v.deelnemers.iter())
        .find(|d| {
            // A school reports absence under the Leerplichtwet too; the
            // enforcer is the public body that supervises it.
            casus.partij(&d.partij.value).is_some_and(|p| {
                p.is_overheid()
                    && p.taken.iter().any(|t| {
                        t.id.value == d.taak.value
                            && t.wet.iter().any(|w| w.value.starts_with("lpw-"))
                    })
            })
        })
}
