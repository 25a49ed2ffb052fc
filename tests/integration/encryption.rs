//! Encryption at rest from the command line: an encrypted assessment is unreadable without its
//! passphrase, every command reads it with the passphrase, and a wrong or missing passphrase
//! gives a clear error and writes nothing.

use std::path::Path;
use std::process::{Command, Output, Stdio};

fn msgdpia(args: &[&str], passphrase_variable: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_msgdpia"));
    command
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("MSGDPIA_PASSPHRASE")
        // No terminal: msgdpia must not wait for a passphrase to be typed.
        .stdin(Stdio::null());
    if let Some(passphrase) = passphrase_variable {
        command.env("MSGDPIA_PASSPHRASE", passphrase);
    }
    command.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/questionnaires/examples/hk-law-firm-wechat.ron"
);

/// Encrypts the Hong Kong example into `dir` with the passphrase in a file; returns its path.
fn encrypted_example(dir: &Path) -> String {
    let passphrase_file = dir.join("passphrase.txt");
    std::fs::write(&passphrase_file, "river stone lamp\n").unwrap();
    let encrypted = dir.join("hk.ron.age").display().to_string();
    let output = msgdpia(
        &[
            "encrypt",
            EXAMPLE,
            "-o",
            &encrypted,
            "--passphrase-file",
            passphrase_file.to_str().unwrap(),
        ],
        None,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    encrypted
}

#[test]
fn an_encrypted_assessment_hides_its_content_and_opens_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let encrypted = encrypted_example(dir.path());
    let bytes = std::fs::read(&encrypted).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    for secret in ["Łukasiewicz", "wechat", "river stone lamp"] {
        assert!(
            !text(&bytes).contains(secret),
            "`{secret}` is readable in the encrypted file"
        );
    }
    // The passphrase from the environment variable, and a report from the encrypted file.
    let report = dir.path().join("hk.pdf");
    let output = msgdpia(
        &[
            "report",
            &encrypted,
            "-o",
            report.to_str().unwrap(),
            "--date",
            "2026-11-23",
        ],
        Some("river stone lamp"),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("stance FORBID"));
    // Decrypting gives back the very bytes that were encrypted.
    let plain = dir.path().join("back.ron");
    let output = msgdpia(
        &["decrypt", &encrypted, "-o", plain.to_str().unwrap()],
        Some("river stone lamp"),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        std::fs::read(&plain).unwrap(),
        std::fs::read(EXAMPLE).unwrap()
    );
}

#[test]
fn a_wrong_or_missing_passphrase_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let encrypted = encrypted_example(dir.path());
    let report = dir.path().join("hk.pdf");
    let wrong = msgdpia(
        &["report", &encrypted, "-o", report.to_str().unwrap()],
        Some("wrong stone lamp"),
    );
    assert_eq!(wrong.status.code(), Some(1));
    let message = text(&wrong.stderr);
    assert!(
        message.contains("hk.ron.age") && message.contains("passphrase is wrong"),
        "{message}"
    );
    assert!(!report.exists());
    let missing = msgdpia(&["score", &encrypted], None);
    assert_eq!(missing.status.code(), Some(1));
    let message = text(&missing.stderr);
    assert!(
        message.contains("hk.ron.age")
            && message.contains("encrypted")
            && message.contains("--passphrase-file"),
        "{message}"
    );
}

#[test]
fn encrypting_refuses_an_invalid_assessment_and_an_encrypted_file() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Assessment(format_version: 2,").unwrap();
    let output_path = dir.path().join("out.age");
    let output = msgdpia(
        &[
            "encrypt",
            broken.to_str().unwrap(),
            "-o",
            output_path.to_str().unwrap(),
        ],
        Some("pass"),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("broken.ron:1:"),
        "{}",
        text(&output.stderr)
    );
    assert!(!output_path.exists());
    let encrypted = encrypted_example(dir.path());
    let twice = msgdpia(
        &["encrypt", &encrypted, "-o", output_path.to_str().unwrap()],
        Some("pass"),
    );
    assert_eq!(twice.status.code(), Some(1));
    assert!(text(&twice.stderr).contains("already encrypted"));
    assert!(!output_path.exists());
}

#[test]
fn a_new_passphrase_shorter_than_twelve_characters_is_refused_but_any_opens_what_it_made() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("short.ron.age");
    let output = msgdpia(
        &["encrypt", EXAMPLE, "-o", out.to_str().unwrap()],
        Some("lamp"),
    );
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("too short: choose one of at least 12 characters"),
        "{}",
        text(&output.stderr)
    );
    assert!(!out.exists(), "nothing is written");
    assert!(
        msgdpia::encryption::Passphrase::new("lamp".to_string()).is_ok(),
        "opening takes any"
    );
}
