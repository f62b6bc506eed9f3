//! One integration-test binary (ripgrep/mdBook pattern): modules per concern.

mod docs;
mod errors;
mod example;
mod fixtures;
mod incremental;
mod render;
mod robustness;
mod security;
mod util;
