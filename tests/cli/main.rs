//! One integration-test binary (ripgrep/mdBook pattern): modules per concern.

mod fixtures;
mod util;
