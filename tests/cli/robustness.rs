//! No panic on any input: random mutations of the example casus go through
//! the loader and every rule (in-process, so a panic fails the test); and
//! whatever `check` accepts, `render` makes (Markdown, HTML and DOCX here).

use crate::util::root;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn example_files() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = root().join("casus/regio-voorbeeld");
    convenant::load::yaml_files(&dir)
        .unwrap()
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p.strip_prefix(&dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    Indent(usize, bool),
    ReplaceByte(usize, u8),
    InsertText(usize, String),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let junk = prop_oneof![
        Just(": ".to_string()),
        Just("- ".to_string()),
        Just("[".to_string()),
        Just("{".to_string()),
        Just("&a ".to_string()),
        Just("*a".to_string()),
        Just("<<: *a\n".to_string()),
        Just("!!binary ".to_string()),
        Just("\"".to_string()),
        Just("\t".to_string()),
        Just("\n".to_string()),
        Just("~".to_string()),
        Just("9999999999999999999999".to_string()),
        Just("\u{feff}".to_string()),
        Just("\"\\x1b[31m\"".to_string()),
        Just("\"\\u202eDATSROOV\"".to_string()),
        Just("广州".to_string()),
        Just("1969-12-31".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("#import \"@preview/x:1.0.0\"".to_string()),
        "[a-z:\\- \\[\\]{}#&*!|>'\",\\n]{1,12}",
    ];
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<bool>()).prop_map(|(l, more)| Mutation::Indent(l, more)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::ReplaceByte(i, b)),
        (any::<usize>(), junk).prop_map(|(i, s)| Mutation::InsertText(i, s)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
    let n = lines.len();
    match m {
        Mutation::DeleteLine(l) => {
            lines.remove(l % n);
        }
        Mutation::DuplicateLine(l) => {
            let line = lines[l % n].clone();
            lines.insert(l % n, line);
        }
        Mutation::Indent(l, more) => {
            let line = &mut lines[l % n];
            if *more {
                line.splice(0..0, *b"  ");
            } else if line.starts_with(b"  ") {
                line.drain(0..2);
            }
        }
        Mutation::ReplaceByte(i, b) => {
            let len = bytes.len();
            bytes[i % len] = *b;
            return;
        }
        Mutation::InsertText(i, s) => {
            let at = i % (bytes.len() + 1);
            bytes.splice(at..at, s.bytes());
            return;
        }
        Mutation::Truncate(i) => {
            bytes.truncate(i % bytes.len());
            return;
        }
    }
    *bytes = lines.join(&b'\n');
}

fn templates() -> &'static convenant::render::templates::Templates {
    static T: std::sync::OnceLock<convenant::render::templates::Templates> =
        std::sync::OnceLock::new();
    T.get_or_init(|| convenant::render::templates::Templates::load(None).unwrap())
}

fn write_casus(dir: &Path, files: &[(PathBuf, Vec<u8>)]) {
    for (rel, bytes) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        // All cases in CI; a third on a developer's machine, to keep `cargo test` quick.
        cases: if std::env::var_os("CI").is_some() { 96 } else { 32 },
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/proptest-regressions/robustness.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_example_never_panics(
        picks in prop::collection::vec((any::<usize>(), mutation()), 1..4)
    ) {
        let mut files = example_files();
        for (which, m) in &picks {
            let n = files.len();
            apply(&mut files[which % n].1, m);
        }
        let tmp = tempfile::tempdir().unwrap();
        write_casus(tmp.path(), &files);
        let checked = convenant::check::check(tmp.path());
        // Every diagnostic with a location points inside a file that was read.
        for d in &checked.diagnostics {
            if let Some(loc) = d.loc {
                prop_assert!(checked.sources.get(loc.file).is_some());
                prop_assert!(loc.line >= 1);
            }
        }
        if !checked.has_errors() {
            let out = tempfile::tempdir().unwrap();
            let options = convenant::render::Options {
                out: out.path().to_path_buf(),
                formats: [
                    convenant::render::Format::Md,
                    convenant::render::Format::Html,
                    convenant::render::Format::Docx,
                ]
                .into(),
                jobs: 1,
                force: false,
                track_changes: false,
            };
            let made = convenant::render::prepare(&checked, tmp.path(), &options, templates(), None);
            prop_assert!(made.is_ok(), "check accepted what render refuses: {}", made.err().map(|e| e.to_string()).unwrap_or_default());
        }
    }
}
