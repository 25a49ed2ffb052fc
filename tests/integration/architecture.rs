//! The invariants of ARCHITECTURE.md that a search of the source can prove.

use std::path::{Path, PathBuf};

/// Modules of the pure core: no GUI, no files, no clock, no network.
const CORE: &[&str] = &[
    "answer.rs",
    "assessment",
    "bundle.rs",
    "checks.rs",
    "condition.rs",
    "date.rs",
    "diagnostic.rs",
    "effect.rs",
    "embedded.rs",
    "fingerprint.rs",
    "format_version.rs",
    "html.rs",
    "markup.rs",
    "opening.rs",
    "knowledge",
    "limits.rs",
    "questionnaire",
    "report",
    "ron_file.rs",
    "ron_structure.rs",
    "ron_tokens.rs",
    "scale.rs",
    "scoring",
    "source.rs",
    "web_address.rs",
    "wp248.rs",
];

const FORBIDDEN_IN_CORE: &[&str] = &[
    "egui",
    "eframe",
    "rfd",
    "std::fs",
    "std::net",
    "std::time",
    "SystemTime",
    "printpdf",
    // Encryption draws random numbers and times scrypt: it stays at the edges with the IO.
    "age::",
    "encryption",
    "rand::",
];

fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        files.extend(rust_files(&entry.unwrap().path()));
    }
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_core_imports_no_gui_files_clock_network_or_pdf_library() {
    let mut checked = 0;
    for module in CORE {
        for file in rust_files(&src().join(module)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for forbidden in FORBIDDEN_IN_CORE {
                assert!(
                    !text.contains(forbidden),
                    "{} mentions `{forbidden}`",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(
        checked >= 25,
        "only {checked} core files found: is the list above stale?"
    );
}

/// The desktop app's state and what it does, apart from drawing: tests drive these without a
/// window, and only `app.rs` and the page files speak egui.
const GUI_WITHOUT_DRAWING: &[&str] = &[
    "gui/workspace",
    "gui/background.rs",
    "gui/session.rs",
    "gui/command.rs",
    "gui/typed_text.rs",
    "gui/theme.rs",
    "gui/storage.rs",
    "gui/protection.rs",
    "gui/autosave.rs",
];

#[test]
fn the_apps_workspace_session_commands_and_storage_do_not_draw() {
    for name in GUI_WITHOUT_DRAWING {
        for file in rust_files(&src().join(name)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for drawing in ["egui", "eframe"] {
                assert!(
                    !text.contains(drawing),
                    "{} mentions `{drawing}`",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn the_cli_and_the_app_touch_files_and_the_clock_only_through_io() {
    let mut checked = 0;
    for folder in ["cli", "gui", "main.rs"] {
        for file in rust_files(&src().join(folder)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for forbidden in ["std::fs", "fs::", "SystemTime", "Instant"] {
                assert!(
                    !text.contains(forbidden),
                    "{} mentions `{forbidden}`: go through crate::io",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} files: is the list stale?");
}

#[test]
fn only_the_pdf_writer_uses_printpdf_only_the_subsetter_allsorts_and_nothing_opens_a_socket() {
    for file in rust_files(&src()) {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(src()).unwrap().display().to_string();
        if name != "pdf/write.rs" {
            assert!(
                !text.contains("printpdf::") && !text.contains("use printpdf"),
                "{name} uses printpdf"
            );
        }
        if name != "pdf/subset.rs" {
            assert!(!text.contains("allsorts::"), "{name} uses allsorts");
        }
        for socket in ["TcpStream", "UdpSocket", "TcpListener", "std::net"] {
            assert!(!text.contains(socket), "{name} mentions {socket}");
        }
    }
}

/// The string literals of a Rust file, outside comments and test modules (a plain scan: enough
/// for our sources, which use no raw strings in scoring).
fn string_literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines().take_while(|l| l.trim() != "#[cfg(test)]") {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            found.push(after[..end].to_string());
            rest = &after[end + 1..];
        }
    }
    found
}

#[test]
fn scoring_returns_data_never_sentences() {
    // Words live in the presentation layer (`report::verdict`, `report::describe`), where the
    // report, the app and the CLI take them from and translations will plug in.
    let mut checked = 0;
    for file in rust_files(&src().join("scoring")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for literal in string_literals(&text) {
            assert!(
                !literal.contains(' '),
                "{} holds the user-facing text \"{literal}\"",
                file.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} scoring files found");
}
