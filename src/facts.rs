//! Facts derived from a casus once and shared by the rules and the views,
//! such as whether a DPIA is required: computed in one place, never again
//! per rule or per document.

use crate::dpia::{self, Assessment};
use crate::model::Casus;

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
