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
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "check --format json gave no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    assert_eq!(doc["version"], 1, "{doc}");
    let json = doc["diagnostics"].as_array().cloned().unwrap_or_default();
    (output, json)
}

/// A copy of a casus folder in a fresh temporary folder, under `name`.
pub fn copy_casus(src: &Path, name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join(name);
    copy_into(src, &dest);
    (tmp, dest)
}

/// Copy the files of `src` into `dest` (created as needed), replacing files of the same name.
pub fn copy_into(src: &Path, dest: &Path) {
    for entry in walkdir::WalkDir::new(src).sort_by_file_name() {
        let entry = entry.unwrap();
        let target = dest.join(entry.path().strip_prefix(src).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// An external tool the tests need. CI installs them (`.ci/install-tools`);
/// a test never skips silently when one is missing: it fails and says how
/// to install it.
pub fn require_tool(name: &str, install: &str) {
    let found = std::process::Command::new(name).arg("-v").output().is_ok();
    assert!(
        found,
        "this test needs `{name}`, which is not installed; install it with `{install}` \
         (or run `bash .ci/install-tools`)"
    );
}

pub fn require_poppler() {
    require_tool("pdfinfo", "apt-get install poppler-utils");
    require_tool("pdftotext", "apt-get install poppler-utils");
}

/// typst 0.15.1, found the way convenant finds it ($TYPST, then PATH).
pub fn require_typst() {
    let typst = std::env::var_os("TYPST")
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "typst".into());
    let version = std::process::Command::new(&typst)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    assert!(
        version.starts_with("typst 0.15.1"),
        "this test needs typst 0.15.1 (found: {:?}); install it with \
         `cargo install typst-cli --locked --version 0.15.1` (or run `bash .ci/install-tools`)",
        version.trim()
    );
}

/// Every file under `dir` (relative name → bytes), sorted.
pub fn files(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The text of a PDF as pdftotext gives it, with the line breaks of
/// typesetting undone: soft hyphens and hyphenation at line ends removed,
/// all whitespace removed (compare with [`squash`]).
pub fn pdf_text(pdf: &Path) -> String {
    // -raw: content-stream order, so a table cell's lines stay together.
    let out = std::process::Command::new("pdftotext")
        .arg("-raw")
        .arg("-enc")
        .arg("UTF-8")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    squash(&String::from_utf8_lossy(&out.stdout).replace("\u{ad}\n", ""))
}

/// Text without any whitespace or soft hyphen, to compare typeset text.
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{ad}')
        .collect()
}

/// The number of pages of a PDF (`pdfinfo`).
pub fn pdf_pages(pdf: &Path) -> u32 {
    let out = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gives no page count for {}", pdf.display()))
}

/// The text of one page of a PDF, without whitespace (see [`squash`]).
pub fn pdf_page_text(pdf: &Path, page: u32) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([
            "-raw",
            "-enc",
            "UTF-8",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    squash(&String::from_utf8_lossy(&out.stdout))
}

/// The bytes of part `name` of a DOCX (or any zip), which must have it.
pub fn docx_part(file: &Path, name: &str) -> Vec<u8> {
    use std::io::Read as _;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut bytes = Vec::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{}: {name}: {e}", file.display()))
        .read_to_end(&mut bytes)
        .unwrap();
    bytes
}

/// Part `name` of a DOCX as text.
pub fn docx_xml(file: &Path, name: &str) -> String {
    String::from_utf8(docx_part(file, name)).expect("XML parts are UTF-8")
}

/// `convenant render CASUS --out OUT --format FORMATS`, which must succeed.
pub fn render_ok(casus: &Path, out: &Path, formats: &str) {
    let o = bin()
        .arg("render")
        .arg(casus)
        .arg("--out")
        .arg(out)
        .args(["--format", formats])
        .output()
        .expect("convenant runs");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
