//! The malformed-input corpus in `tests/malformed/`: one file per case, and beside it a
//! `.expected` file holding the command run on it, its exit status and its exact output, so that
//! the place and the wording of every error cannot drift. A case without a `.expected` file is
//! checked with `msgdpia check`. `MSGDPIA_BLESS=1 cargo test malformed` rewrites the outputs
//! (keeping the commands) after a deliberate change: read the diff before committing it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The passphrase the corpus's encrypted cases were made with (except the wrong-passphrase one).
const PASSPHRASE: &str = "corpus passphrase 2026";

/// Cases that are not errors: the corpus also pins what msgdpia accepts on purpose.
const ACCEPTED: &[&str] = &[
    "assessment-byte-order-mark.ron",
    // A draft may leave the organisation blank; `check` warns, at the field.
    "assessment-blank-organisation.ron",
];

/// One case: its file, and the command run on it (without `msgdpia`).
struct Case {
    file: String,
    command: Vec<String>,
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed")
}

fn expected_path(file: &str) -> PathBuf {
    let stem = file.strip_suffix(".age").unwrap_or(file);
    let stem = stem.strip_suffix(".ron").unwrap_or(stem);
    corpus().join(format!("{stem}.expected"))
}

fn cases() -> Vec<Case> {
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .expect("tests/malformed exists")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| !name.ends_with(".expected") && name != "README.md")
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let written = std::fs::read_to_string(expected_path(&file)).unwrap_or_default();
            let command = match written
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("$ msgdpia "))
            {
                Some(command) => command.split_whitespace().map(String::from).collect(),
                None => vec!["check".to_string(), file.clone()],
            };
            Case { file, command }
        })
        .collect()
}

/// Runs a case in `folder` (a copy of the corpus, so that nothing in the repository can be
/// changed) and writes down what happened, in the `.expected` format.
fn outcome(case: &Case, folder: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .args(&case.command)
        .current_dir(folder)
        .env("MSGDPIA_PASSPHRASE", PASSPHRASE)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let status = output
        .status
        .code()
        .map_or("killed by a signal".to_string(), |code| code.to_string());
    let mut written = format!(
        "$ msgdpia {}\nexit status {status}\n",
        case.command.join(" ")
    );
    for (name, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        if !bytes.is_empty() {
            written.push_str(&format!("{name}:\n{}", String::from_utf8_lossy(bytes)));
        }
    }
    written
}

fn copy_of_corpus() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), folder.path().join(entry.file_name())).unwrap();
    }
    folder
}

#[test]
fn every_malformed_input_gets_its_golden_exit_status_and_message() {
    let folder = copy_of_corpus();
    let bless = std::env::var_os("MSGDPIA_BLESS").is_some();
    let mut differences = Vec::new();
    for case in cases() {
        let got = outcome(&case, folder.path());
        let path = expected_path(&case.file);
        if bless {
            std::fs::write(&path, &got).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if got != expected {
            differences.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                case.file
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "{} of the corpus cases changed (run `MSGDPIA_BLESS=1 cargo test malformed` if deliberate, and read the diff):\n{}",
        differences.len(),
        differences.join("\n")
    );
}

#[test]
fn the_corpus_has_sixty_cases_across_the_three_formats_and_encrypted_files() {
    let cases = cases();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for (prefix, least) in [
        ("assessment-", 20),
        ("questionnaire-", 10),
        ("knowledge-", 10),
        ("encrypted-", 5),
    ] {
        let count = cases.iter().filter(|c| c.file.starts_with(prefix)).count();
        assert!(count >= least, "only {count} cases start with {prefix}");
    }
}

/// Every refused file exits with status 1 and its first message names the file; every error
/// about a place in a plain file gives its line and column.
#[test]
fn each_refusal_names_the_file_and_a_place_in_it() {
    for case in cases() {
        let written = std::fs::read_to_string(expected_path(&case.file)).unwrap_or_default();
        let status = written.lines().nth(1).unwrap_or_default();
        if ACCEPTED.contains(&case.file.as_str()) {
            assert_eq!(status, "exit status 0", "{}", case.file);
            continue;
        }
        assert_eq!(status, "exit status 1", "{}:\n{written}", case.file);
        let message = written
            .split_once("stderr:\n")
            .map_or("", |(_, stderr)| stderr)
            .lines()
            .next()
            .unwrap_or_default();
        // `report` and `score` say who is speaking, as command-line tools do; `check` lists files.
        let message = message.strip_prefix("msgdpia: ").unwrap_or(message);
        let Some(place) = message.strip_prefix(&format!("{}:", case.file)) else {
            panic!(
                "{}: the message does not start with the file's name: {message}",
                case.file
            );
        };
        // A wrong passphrase, a damaged encryption or an output that would replace its input is
        // about the whole file, not a place in it.
        let whole_file = (case.file.ends_with(".age") && !case.file.contains("inside"))
            || case.file == "assessment-output-is-input.ron";
        if !whole_file {
            let mut numbers = place.splitn(3, ':');
            let line = numbers.next().unwrap_or_default();
            let column = numbers.next().unwrap_or_default();
            assert!(
                line.parse::<usize>().is_ok_and(|n| n > 0)
                    && column.parse::<usize>().is_ok_and(|n| n > 0),
                "{}: no line and column in: {message}",
                case.file
            );
        }
    }
}
