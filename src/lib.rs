//! `convenant`: turns a version-controlled YAML description of a Dutch
//! data-sharing partnership (a *casus*) into its privacy documents, and refuses
//! while the description is unlawful on its face.
//!
//! Pipeline: [`load`] → [`resolve`] → [`rules`] (together: [`check`]) → [`render`] → [`output`].

pub mod catalogue;
pub mod check;
pub mod cli;
pub mod diagnostic;
pub(crate) mod diff;
pub mod dpia;
pub mod facts;
pub(crate) mod groepen;
pub mod ids;
pub mod init;
pub mod load;
pub mod model;
pub mod nl;
pub mod output;
pub mod paths;
pub mod pool;
pub mod register;
pub mod render;
pub mod report;
pub mod resolve;
pub mod rules;
pub mod scan;
pub mod schema;
pub mod source;
pub mod usage;
