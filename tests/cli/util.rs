//! Shared helpers: run the built binary, locate fixtures.

use std::path::{Path, PathBuf};
use std::process::Output;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("convenant").expect("binary built");
    cmd.current_dir(root());
    cmd
}

/// `convenant check --format json DIR`, parsed.
pub fn check_json(dir: &Path) -> (Output, Vec<serde_json::Value>) {
    let output = bin()
        .args(["check", "--format", "json"])
        .arg(dir)
        .output()
        .expect("convenant runs");
    let json: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "check --format json gave no JSON array ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    (output, json)
}
