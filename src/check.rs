//! `check`: load, resolve and run every rule over one casus.

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::load::{self, Loaded};
use crate::model::Casus;
use crate::model::Status;
use crate::source::Sources;
use crate::{resolve, rules};
use std::path::Path;

pub struct Checked {
    pub casus: Casus,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    /// Whether a DPIA is required, as the rules saw it; `None` when the
    /// casus did not load, so no rule ran.
    pub dpia: Option<crate::dpia::Assessment>,
}

/// How strictly `check` judges: `--strict` makes a warning fail too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    Normal,
    Strict,
}

impl Checked {
    /// Any error: nothing may be rendered.
    pub fn has_errors(&self) -> bool {
        self.fails(Strictness::Normal)
    }
    /// Whether `check` rejects the casus: errors, and under `Strict` warnings too.
    pub fn fails(&self, strictness: Strictness) -> bool {
        let strict = strictness == Strictness::Strict;
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error || (strict && d.severity == Severity::Warning))
    }
}

pub fn check(dir: &Path) -> Checked {
    check_loaded(load::load(dir))
}

/// [`check`] of a casus loaded another way ([`load::load_files`]).
pub fn check_loaded(loaded: Loaded) -> Checked {
    let Loaded {
        casus,
        sources,
        mut diagnostics,
    } = loaded;
    // Rules need a whole file set to reason about; a file that did not parse
    // would make them report things that are not true.
    let mut dpia = None;
    if !diagnostics.iter().any(|d| d.severity == Severity::Error) {
        diagnostics.extend(resolve::resolve(&casus));
        // Groups of thousands in both ends of a flow would make millions of
        // pairs to check: refuse before expanding them.
        if let Some((s, total)) = crate::groepen::too_many_pairs(&casus) {
            diagnostics.push(
                Diagnostic::error(
                    "LAD-05",
                    format!(
                        "de stromen staan met hun groepen voor meer dan {} paren van verstrekker en ontvanger (tot en met stroom `{}`: {total}); zo groot is geen regio",
                        crate::groepen::MAX_PAIRS,
                        s.id.value
                    ),
                )
                .at(crate::source::Loc::of(s.bestand, &s.id))
                .help("controleer of een groep niet per ongeluk naar zichzelf stuurt, of splits de groep"),
            );
            diagnostic::sort(&mut diagnostics);
            for d in &mut diagnostics {
                if let Some(rule) = rules::find(d.code) {
                    d.bron = rule.bron;
                }
            }
            return Checked {
                casus,
                sources,
                diagnostics,
                dpia: None,
            };
        }
        // The rules see every member of a group as the party it is; a
        // finding at a group reference says which group brought it in.
        let (expanded, via) = crate::groepen::expand(&casus);
        let facts = crate::facts::Facts::of(&expanded);
        let mut found = rules::run(&facts);
        for d in &mut found {
            if let Some((_, groep)) = d.loc.and_then(|l| via.iter().find(|(at, _)| *at == l)) {
                d.message
                    .push_str(&format!(" (als lid van groep `{groep}`)"));
            }
        }
        diagnostics.extend(found);
        dpia = Some(facts.dpia);
    }
    // One registry for every code: its entry gives the source, also for the
    // codes the loader and resolver raise.
    let status = casus
        .convenant
        .as_ref()
        .map_or(Status::Concept, |c| c.value.value.status);
    for d in &mut diagnostics {
        if let Some(rule) = rules::find(d.code) {
            d.bron = rule.bron;
            // A missing fact blocks a definitief covenant, not a concept.
            if rule.ontbrekend {
                d.severity = match status {
                    Status::Concept => Severity::Info,
                    Status::Definitief => Severity::Error,
                };
            }
        }
    }
    diagnostic::sort(&mut diagnostics);
    diagnostics.dedup();
    Checked {
        casus,
        sources,
        diagnostics,
        dpia,
    }
}
