//! Crash safety: a process killed (SIGKILL) at any moment while saving leaves either the complete
//! old file or the complete new one, never a half-written file.

use msgdpia::answer::Answer;
use msgdpia::assessment::Assessment;
use msgdpia::io::{read_source, write_atomic};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const TARGET_VARIABLE: &str = "MSGDPIA_SAVE_LOOP_TARGET";
const MODE_VARIABLE: &str = "MSGDPIA_SAVE_LOOP_MODE";
const START_VARIABLE: &str = "MSGDPIA_SAVE_LOOP_START";

/// One version of the assessment: round `round` writes a note whose length depends on the round,
/// so a file cut short would not parse, and a mixed file would not match its own round number.
fn version(base: &Assessment, round: usize) -> Assessment {
    let mut assessment = base.clone();
    let filler = "x".repeat((round * 37) % 20_000);
    assessment.answers.insert(
        "gov_notes".into(),
        Answer::Text(format!("round {round} {filler} end {round}")),
    );
    assessment
}

/// Checks that a file holds one complete version, and returns its round number.
fn assert_complete(path: &Path, round_hint: usize) -> usize {
    let source =
        read_source(path).unwrap_or_else(|e| panic!("round {round_hint}: unreadable: {e}"));
    let assessment = Assessment::load(&source)
        .unwrap_or_else(|e| panic!("round {round_hint}: half-written file:\n{e}"))
        .value;
    let Some(Answer::Text(note)) = assessment.answers.get("gov_notes") else {
        panic!("round {round_hint}: no note")
    };
    let round: usize = note
        .split(' ')
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("a round number");
    assert!(
        note.ends_with(&format!(" end {round}")),
        "round {round_hint}: a note was cut: {}",
        &note[note.len().saturating_sub(40)..]
    );
    assert_eq!(
        note.len(),
        format!("round {round}  end {round}").len() + (round * 37) % 20_000,
        "round {round_hint}: wrong length"
    );
    round
}

/// Run as a child process by the tests below: saves versions in a loop until it is killed.
#[test]
#[ignore = "a child process of the crash tests, which run it themselves"]
fn save_loop_child() {
    let Some(target) = std::env::var_os(TARGET_VARIABLE) else {
        return;
    };
    let target = PathBuf::from(target);
    let base = crate::support::example("uk-firm-signal-mdm.ron");
    let autosave = std::env::var(MODE_VARIABLE).is_ok_and(|m| m == "autosave");
    // Each child numbers its versions from its own start, so the parent can tell whose they are.
    let start: usize = std::env::var(START_VARIABLE)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    for round in start.. {
        let text = version(&base, round).to_ron();
        if autosave {
            autosave_to(&target, &text);
        } else {
            write_atomic(&target, text.as_bytes()).expect("save");
        }
    }
}

#[cfg(feature = "gui")]
fn autosave_to(folder: &Path, text: &str) {
    msgdpia::gui::storage::Storage::in_folder(folder)
        .autosave(text, None)
        .expect("autosave");
}

#[cfg(not(feature = "gui"))]
fn autosave_to(_folder: &Path, _text: &str) {}

/// Starts the save loop, lets it run a few milliseconds, and kills it.
fn kill_a_saver(target: &Path, mode: &str, wait: Duration, start: usize) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash::save_loop_child",
            "--ignored",
            "--test-threads=1",
            "--nocapture",
        ])
        .env(TARGET_VARIABLE, target)
        .env(MODE_VARIABLE, mode)
        .env(START_VARIABLE, start.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the test binary starts");
    std::thread::sleep(wait);
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
}

/// Deterministic pseudo-random waits between 20 and 50 ms (the child needs some milliseconds to
/// start), so kills land at every stage of a save.
fn waits(rounds: usize) -> impl Iterator<Item = Duration> {
    let mut state: u64 = 0x5eed;
    (0..rounds).map(move |_| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        Duration::from_micros(20_000 + (state >> 33) % 30_000)
    })
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_complete_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("assessment.ron");
    let base = crate::support::example("uk-firm-signal-mdm.ron");
    write_atomic(&target, version(&base, 0).to_ron().as_bytes()).unwrap();
    let mut versions = std::collections::HashSet::new();
    for (round, wait) in waits(1000).enumerate() {
        kill_a_saver(&target, "save", wait, (round + 1) * 1_000_000);
        versions.insert(assert_complete(&target, round) / 1_000_000);
    }
    // The test means something only if the children really were saving when killed: count the
    // kills after which the file held a version written by that child.
    assert!(
        versions.len() > 300,
        "only {} of 1000 children saved before being killed",
        versions.len()
    );
}

#[cfg(feature = "gui")]
#[test]
fn an_autosave_killed_at_any_moment_recovers_a_complete_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(dir.path());
    let base = crate::support::example("uk-firm-signal-mdm.ron");
    storage.autosave(&version(&base, 0).to_ron(), None).unwrap();
    let mut versions = std::collections::HashSet::new();
    for (round, wait) in waits(300).enumerate() {
        kill_a_saver(dir.path(), "autosave", wait, (round + 1) * 1_000_000);
        let recovery = storage.recovery().expect("an autosave is always there");
        let file = dir.path().join("recovered.ron");
        let msgdpia::gui::storage::RecoveredWork::Plain(text) = recovery.work else {
            panic!("a plain autosave came back encrypted");
        };
        std::fs::write(&file, text).unwrap();
        versions.insert(assert_complete(&file, round) / 1_000_000);
    }
    assert!(
        versions.len() > 60,
        "only {} of 300 children autosaved before being killed",
        versions.len()
    );
}
