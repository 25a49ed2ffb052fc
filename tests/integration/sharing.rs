//! Two people, one file on a shared drive: a second app that opens an assessment another process
//! holds is told who has it and gets a read-only view or takes it over; a lock left by a killed
//! process is replaced; a save over a file someone else changed asks first.

use crate::support::message;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use msgdpia::answer::{Answer, YesNo};
use msgdpia::date::Date;
use msgdpia::gui::App;
use msgdpia::gui::command::{Command, Resolution};
use msgdpia::gui::dialogs::{NoDialogs, Purpose};
use msgdpia::gui::storage::Storage;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

const HOLD_VARIABLE: &str = "MSGDPIA_LOCK_HOLDER_FILE";

fn harness() -> Harness<'static, App> {
    build(App::new(
        Box::new(NoDialogs),
        Date::parse("2026-11-23").unwrap(),
    ))
}

/// An app keeping its autosave in `storage`.
fn harness_with(storage: &Storage) -> Harness<'static, App> {
    build(
        App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap())
            .with_storage(storage.clone()),
    )
}

fn build(app: App) -> Harness<'static, App> {
    // The Chinese face is found before the first frame (see gui.rs).
    msgdpia::gui::fonts::chinese_now();
    Harness::builder()
        .with_size(egui::vec2(1500.0, 1200.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// An assessment file in a fresh folder.
fn assessment_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    let example = &msgdpia::embedded::EXAMPLES[0];
    std::fs::write(&path, example.text).unwrap();
    (dir, path)
}

fn marker(path: &Path, suffix: &str) -> PathBuf {
    path.with_extension(suffix)
}

/// Another process (this test binary, running the child below) that opens `path`'s lock, says
/// so with a marker file, and holds it until told to let go or killed.
fn colleague_holding(path: &Path) -> Child {
    let child = Process::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "sharing::lock_holder_child",
            "--ignored",
            "--test-threads=1",
        ])
        .env(HOLD_VARIABLE, path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !marker(path, "held").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the colleague's process never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

#[test]
#[ignore = "a child process of the sharing tests, which run it themselves"]
fn lock_holder_child() {
    let Some(path) = std::env::var_os(HOLD_VARIABLE).map(PathBuf::from) else {
        return;
    };
    let msgdpia::io::Locking::Taken { lock, .. } =
        msgdpia::io::lock(&path, msgdpia::io::Takeover::IfFree).unwrap()
    else {
        panic!("the file was already locked")
    };
    std::fs::write(marker(&path, "held"), "").unwrap();
    let started = Instant::now();
    while !marker(&path, "release").exists() && started.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(lock);
}

fn lock_text(path: &Path) -> String {
    std::fs::read_to_string(msgdpia::io::lock_path(path)).unwrap_or_default()
}

fn field<'a>(lock: &'a str, name: &str) -> &'a str {
    lock.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
        .unwrap_or_default()
}

fn answer_yes(harness: &mut Harness<'_, App>) {
    harness.state_mut().apply(Command::SetAnswer(
        "s_automated".into(),
        Some(Answer::YesNo(YesNo::Yes)),
    ));
    harness.run();
}

/// An app with `path` open and one answer changed, not saved.
fn opened_with_a_change(path: &Path) -> Harness<'static, App> {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::OpenPath(path.to_path_buf()));
    harness.run();
    answer_yes(&mut harness);
    harness
}

/// A colleague saves the file with another version number; what they saved.
fn colleague_saves(path: &Path) -> String {
    let theirs = std::fs::read_to_string(path)
        .unwrap()
        .replace("assessment_version: \"1.0\"", "assessment_version: \"1.1\"");
    std::fs::write(path, &theirs).unwrap();
    theirs
}

fn answered_yes(harness: &Harness<'_, App>) -> bool {
    let session = harness.state().workspace.session.as_ref().unwrap();
    session.assessment.answers.get("s_automated") == Some(&Answer::YesNo(YesNo::Yes))
}

#[test]
fn a_second_person_sees_who_has_the_file_open_and_gets_a_read_only_view_or_takes_it_over() {
    let (_dir, path) = assessment_file();
    let original = std::fs::read_to_string(&path).unwrap();
    let mut colleague = colleague_holding(&path);
    let theirs = lock_text(&path);

    let mut harness = harness();
    harness.state_mut().apply(Command::OpenPath(path.clone()));
    harness.run();
    // Opened by X on Y since Z, in the message and above the assessment.
    let shown = message(&harness);
    let expected = format!(
        "{} has this assessment open on {} since {}",
        field(&theirs, "user"),
        field(&theirs, "machine"),
        field(&theirs, "since")
    );
    assert!(shown.contains(&expected), "{shown}\nexpected: {expected}");
    assert!(shown.contains("Read-only: "), "{shown}");
    harness.get_by_label("Edit anyway");

    // Read-only: no answer changes, and Save does not write over their file.
    answer_yes(&mut harness);
    assert!(!answered_yes(&harness));
    assert!(
        message(&harness).contains("read-only here"),
        "{}",
        message(&harness)
    );
    harness.state_mut().apply(Command::Save);
    harness.run();
    assert!(
        message(&harness).starts_with("Not saved"),
        "{}",
        message(&harness)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    assert_eq!(lock_text(&path), theirs, "their lock is left alone");

    // The explicit override: the lock is this app's, and the assessment can be changed and saved.
    harness.get_by_label("Edit anyway").click();
    harness.run();
    let ours = lock_text(&path);
    assert_eq!(field(&ours, "process"), std::process::id().to_string());
    assert!(
        message(&harness).contains("took over"),
        "{}",
        message(&harness)
    );
    answer_yes(&mut harness);
    assert!(answered_yes(&harness));
    harness.state_mut().apply(Command::Save);
    harness.run();
    assert_ne!(std::fs::read_to_string(&path).unwrap(), original);

    // The colleague's app ends: it leaves the lock it lost to its new holder.
    std::fs::write(marker(&path, "release"), "").unwrap();
    assert!(colleague.wait().unwrap().success());
    assert_eq!(lock_text(&path), ours);
    // Closing removes this app's lock.
    harness.state_mut().apply(Command::Close);
    harness.run();
    assert!(!msgdpia::io::lock_path(&path).exists());
}

#[test]
fn a_lock_left_by_a_killed_process_is_replaced_when_the_file_is_opened() {
    let (_dir, path) = assessment_file();
    let mut colleague = colleague_holding(&path);
    // Killed as a crash would: its lock stays behind.
    colleague.kill().unwrap();
    colleague.wait().unwrap();
    assert!(msgdpia::io::lock_path(&path).exists());

    let mut harness = harness();
    harness.state_mut().apply(Command::OpenPath(path.clone()));
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(session.held_by.is_none());
    assert!(
        message(&harness).contains("was out of date"),
        "{}",
        message(&harness)
    );
    assert_eq!(
        field(&lock_text(&path), "process"),
        std::process::id().to_string()
    );
    answer_yes(&mut harness);
    assert!(answered_yes(&harness));
}

#[test]
fn a_save_over_a_file_someone_else_changed_asks_overwrite_save_as_or_cancel() {
    let (_dir, path) = assessment_file();
    let mut harness = opened_with_a_change(&path);
    let theirs = colleague_saves(&path);

    // Cancel: their file stays as they saved it, and the work here stays unsaved.
    harness.state_mut().apply(Command::Save);
    harness.run();
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().workspace.changed_on_disk.is_none());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(harness.state().workspace.has_unsaved_changes());

    // Save as…: the question gives way to choosing another file.
    harness.state_mut().apply(Command::Save);
    harness.run();
    harness.get_by_label("Save as…").click();
    harness.run();
    let prompt = harness
        .state()
        .workspace
        .prompt
        .as_ref()
        .expect("asks where");
    assert_eq!(prompt.purpose, Purpose::SaveAssessment);
    harness.state_mut().apply(Command::CancelPrompt);
    harness.run();

    // Overwrite: this version replaces theirs, and the next save asks nothing.
    harness.state_mut().apply(Command::Save);
    harness.run();
    harness.get_by_label("Overwrite").click();
    harness.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert_ne!(saved, theirs);
    assert!(!harness.state().workspace.has_unsaved_changes());
    harness.state_mut().apply(Command::Save);
    harness.run();
    assert!(harness.state().workspace.changed_on_disk.is_none());
}

#[test]
fn recovered_work_asks_before_writing_over_a_save_a_colleague_made_after_the_crash() {
    let (dir, path) = assessment_file();
    let storage = Storage::in_folder(&dir.path().join("data"));
    {
        let mut harness = harness_with(&storage);
        harness.state_mut().apply(Command::OpenPath(path.clone()));
        harness.run();
        answer_yes(&mut harness);
        harness.state_mut().workspace.autosave_now();
        harness.state_mut().workspace.wait_for_autosave();
        // The app crashes here: the autosave stays, and so does its lock, which goes stale.
        std::mem::forget(harness);
    }
    let theirs = colleague_saves(&path);

    let mut harness = harness_with(&storage);
    harness.state_mut().apply(Command::Recover);
    harness.run();
    assert!(answered_yes(&harness), "the work is recovered");
    harness.state_mut().apply(Command::Save);
    harness.run();
    harness.get_by_label("The file changed on disk");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
}

#[test]
fn quitting_waits_for_a_save_as_chosen_instead_of_overwriting_a_colleagues_save() {
    let (dir, path) = assessment_file();
    let mut harness = opened_with_a_change(&path);
    let theirs = colleague_saves(&path);

    harness.state_mut().apply(Command::Quit);
    harness.run();
    harness
        .state_mut()
        .apply(Command::Resolve(Resolution::Save));
    harness.run();
    harness.get_by_label("Save as…").click();
    harness.run();
    assert!(!harness.state().workspace.quit, "waits for the copy");
    let copy = dir.path().join("mine.ron");
    harness.state_mut().apply(Command::SaveTo(copy.clone()));
    // (The harness is not run again: a quitting app closes its window.)
    assert!(copy.exists());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(
        harness.state().workspace.quit,
        "quits once the copy is saved"
    );
}

#[test]
fn cancelling_the_save_that_quitting_waited_for_cancels_quitting() {
    let (dir, _path) = assessment_file();
    let mut harness = harness();
    harness.state_mut().apply(Command::New(0));
    harness.run();
    answer_yes(&mut harness);
    harness.state_mut().apply(Command::Quit);
    harness.run();
    harness
        .state_mut()
        .apply(Command::Resolve(Resolution::Save));
    harness.run();
    assert!(harness.state().workspace.prompt.is_some(), "asks where");
    harness.state_mut().apply(Command::CancelPrompt);
    harness.run();
    harness
        .state_mut()
        .apply(Command::SaveTo(dir.path().join("later.ron")));
    harness.run();
    assert!(
        !harness.state().workspace.quit,
        "a later save does not quit"
    );
}
