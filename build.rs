//! Embeds the fail fixture of every rule (`tests/fixtures/rules/CODE/fail/`)
//! so that `convenant explain CODE` can show it as the example.

use std::fmt::Write as _;
use std::path::Path;

/// Fixture files larger than this are not examples but stress tests.
const MAX_EXAMPLE_BYTES: u64 = 4096;

fn main() {
    let base = Path::new("tests/fixtures/rules");
    println!("cargo:rerun-if-changed={}", base.display());
    let mut out = String::from(
        "/// (code, file name, text) of each rule's fail fixture.\npub const VOORBEELDEN: &[(&str, &str, &str)] = &[\n",
    );
    let mut codes: Vec<_> = std::fs::read_dir(base)
        .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    codes.sort();
    for dir in codes {
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let fail = dir.join("fail");
        println!("cargo:rerun-if-changed={}", fail.display());
        let mut files: Vec<_> = std::fs::read_dir(&fail)
            .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for file in files {
            let yaml = file.extension().is_some_and(|e| e == "yaml" || e == "yml");
            let small = std::fs::symlink_metadata(&file)
                .is_ok_and(|m| m.is_file() && m.len() <= MAX_EXAMPLE_BYTES);
            if !yaml || !small {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let _ = writeln!(out, "    ({code:?}, {name:?}, {text:?}),");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("voorbeelden.rs");
    std::fs::write(dest, out).unwrap();
}
