//! One integration-test binary (ripgrep/mdBook pattern): modules per concern.

mod betrokkenen;
mod diagram;
mod diff;
mod docs;
mod docx;
mod errors;
mod example;
mod fixtures;
mod gebruik;
mod groepen;
mod incremental;
mod juridisch;
#[allow(non_snake_case)]
mod maken;
mod open;
mod overlegvormen;
mod register;
mod render;
mod robustness;
mod security;
mod toestemming;
mod util;
