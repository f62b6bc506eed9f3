//! One integration-test binary (ripgrep/mdBook pattern): modules per concern.

mod betrokkenen;
mod ci;
mod completions;
mod diagram;
mod diff;
mod docs;
mod docx;
mod dpia_risico;
mod errors;
mod example;
mod fixtures;
mod gebruik;
mod groepen;
mod html_nav;
mod incremental;
mod juridisch;
mod kleur;
#[allow(non_snake_case)]
mod maken;
mod open;
mod overlegvormen;
mod register;
mod render;
mod robustness;
mod schema;
mod security;
mod toestemming;
mod util;
mod verwerkers_model;
