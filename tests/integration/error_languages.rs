//! msgdpia's own errors — a file that cannot be read or written, a passphrase, a report that
//! cannot be rendered — in the reader's language, not only in English: the words come from the
//! vocabulary, the file's name and place stay as they are, and only the operating system's or a
//! library's own reason stays in its words.

use crate::support::run_msgdpia as msgdpia;
use msgdpia::diagnostic::InWords;
use msgdpia::encryption::{EncryptionError, OpenEncryptedError};
use msgdpia::io::IoError;
use msgdpia::present::language::Language;
use msgdpia::present::vocabulary::Words;
use std::path::Path;

/// The words of an English message worth looking for in a translation: four letters or more,
/// without the names that stay the same in every language.
fn english_words(text: &str) -> Vec<String> {
    // "socket" is the French word too.
    const NAMES: &[&str] = &["msgdpia", "scrypt", "FIFO", "UTF", "socket"];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 4 && !NAMES.contains(word))
        .map(str::to_lowercase)
        .collect()
}

/// Whether `text` holds `word` as a word of its own, in any case.
fn holds_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w.to_lowercase() == word)
}

/// Checks that `error` says itself in French and Chinese, not in English, after `prefix` (the
/// file and place, as in English), and that its `Display` is its English.
fn worded_in_every_language(error: &dyn WordedError, prefix: &str) {
    let english = error.in_words(Words::english());
    assert_eq!(
        english,
        error.to_string(),
        "Display is not the English words"
    );
    assert!(english.starts_with(prefix), "{english}");
    for language in [Language::French, Language::ChineseHongKong] {
        let said = error.in_words(Words::shared(language));
        assert!(said.starts_with(prefix), "{language:?}: {said}");
        let after = &said[prefix.len()..];
        for word in english_words(&english[prefix.len()..]) {
            assert!(
                !holds_word(after, &word),
                "{language:?} says \"{word}\" of the English: {said}"
            );
        }
    }
}

/// An error that words itself and displays its English.
trait WordedError: InWords + std::fmt::Display {}
impl<T: InWords + std::fmt::Display> WordedError for T {}

#[test]
fn the_io_layers_errors_are_worded_in_french_and_chinese_and_keep_the_file_and_place() {
    let not_text = IoError::NotText {
        path: "dossier/a.ron".to_string(),
        line: 2,
        column: 4,
    };
    worded_in_every_language(&not_text, "dossier/a.ron:2:4: ");
    let same = IoError::OutputIsInput {
        output: "a.ron".to_string(),
        input: "./a.ron".to_string(),
    };
    worded_in_every_language(&same, "a.ron: ");
    assert!(
        same.in_words(Words::shared(Language::French))
            .contains("./a.ron")
    );
    worded_in_every_language(
        &IoError::ReadOnly {
            path: "r.pdf".to_string(),
        },
        "r.pdf: ",
    );
    for kind in ["folder", "pipe", "socket", "device", "other"] {
        let error = IoError::NotAFile {
            path: "/tmp".to_string(),
            kind,
        };
        worded_in_every_language(&error, "/tmp: ");
    }
    let large = IoError::TooLarge {
        path: "big.ron".to_string(),
        size: 40_000_000,
    };
    worded_in_every_language(&large, "big.ron: ");
    assert!(large.to_string().contains("40000000 bytes"), "{large}");
    // The operating system's reason stays as the system gave it; what msgdpia was doing is
    // worded.
    let os = IoError::Os {
        path: "a.ron".to_string(),
        action: "io-cannot-read-file",
        error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    };
    assert!(
        os.to_string().starts_with("a.ron: cannot read the file: "),
        "{os}"
    );
    let french = os.in_words(Words::shared(Language::French));
    assert!(
        french.starts_with("a.ron: impossible de lire le fichier\u{a0}: "),
        "{french}"
    );
    let chinese = os.in_words(Words::shared(Language::ChineseHongKong));
    assert!(chinese.starts_with("a.ron: 無法讀取檔案："), "{chinese}");
}

#[test]
fn encryption_errors_are_worded_in_french_and_chinese() {
    for error in [
        EncryptionError::WrongPassphrase,
        EncryptionError::EmptyPassphrase,
        EncryptionError::TooShort,
        EncryptionError::ExcessiveWork { required: 22 },
        EncryptionError::DecryptedNotText,
        EncryptionError::KeyNotText,
    ] {
        worded_in_every_language(&error, "");
    }
    let opened = OpenEncryptedError {
        name: "hk.ron.age".to_string(),
        error: EncryptionError::WrongPassphrase,
    };
    worded_in_every_language(&opened, "hk.ron.age: ");
    let french = opened.in_words(Words::shared(Language::French));
    assert!(french.contains("phrase secrète"), "{french}");
    let chinese = opened.in_words(Words::shared(Language::ChineseHongKong));
    assert!(chinese.contains("密碼短語"), "{chinese}");
    // The numbers stay.
    let work = EncryptionError::ExcessiveWork { required: 22 };
    for language in Language::ALL {
        let said = work.in_words(Words::shared(language));
        assert!(said.contains("2^22") && said.contains("2^20"), "{said}");
    }
    let short = EncryptionError::TooShort.in_words(Words::shared(Language::French));
    assert!(
        short.contains("12\u{a0}caractères") || short.contains("12 caractères"),
        "{short}"
    );
}

/// What the command printed on standard error, having refused with exit code 1.
fn refused(args: &[&str]) -> String {
    let result = msgdpia(args);
    let said = String::from_utf8_lossy(&result.stderr).into_owned();
    assert_eq!(result.status.code(), Some(1), "{said}");
    said
}

#[test]
fn the_command_line_says_its_own_file_errors_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("a.ron");
    std::fs::write(&plain, "Assessment(\n").unwrap();
    let plain = plain.display().to_string();
    let out = dir.path().join("b.ron").display().to_string();
    // Decrypting a file that is not encrypted.
    let said = refused(&["decrypt", &plain, "-o", &out, "--lang", "fr"]);
    assert!(
        said.contains(&format!("{plain}: ce fichier n'est pas chiffré")),
        "{said}"
    );
    // Writing over its own input.
    let said = refused(&["decrypt", &plain, "-o", &plain, "--lang", "fr"]);
    assert!(
        said.contains("c'est le même fichier que l'entrée"),
        "{said}"
    );
    assert!(!said.contains("same file"), "{said}");
    // A file that is not text, in Chinese, at its line and column.
    let binary = dir.path().join("bin.ron");
    std::fs::write(&binary, b"Ab\ncd\xff").unwrap();
    let binary = binary.display().to_string();
    let said = refused(&["check", &binary, "--lang", "zh-HK"]);
    assert!(
        said.contains(&format!("{binary}:2:3: 這不是有效的文字")),
        "{said}"
    );
    // A report over its own input, in French (a copy: should the refusal ever fail, a
    // shipped example must not be overwritten).
    let example = dir.path().join("hk.ron");
    std::fs::copy(
        crate::support::example_path("hk-law-firm-wechat.ron"),
        &example,
    )
    .unwrap();
    let example = example.display().to_string();
    let said = refused(&["report", &example, "-o", &example, "--lang", "fr"]);
    assert!(
        said.contains("c'est le même fichier que l'entrée"),
        "{said}"
    );
}

#[test]
fn a_wrong_passphrase_from_a_file_is_refused_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let passphrase = dir.path().join("passphrase.txt");
    // The corpus's encrypted case made with another passphrase than this one.
    std::fs::write(&passphrase, "corpus passphrase 2026\n").unwrap();
    let encrypted = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/malformed/encrypted-wrong-passphrase.ron.age")
        .display()
        .to_string();
    let passphrase = passphrase.display().to_string();
    let out = dir.path().join("plain.ron").display().to_string();
    for (lang, expected) in [
        ("fr", "la phrase secrète est erronée"),
        ("zh-HK", "密碼短語錯誤"),
    ] {
        let said = refused(&[
            "decrypt",
            &encrypted,
            "-o",
            &out,
            "--passphrase-file",
            &passphrase,
            "--lang",
            lang,
        ]);
        assert!(
            said.contains(&format!("{encrypted}: {expected}")),
            "{lang}: {said}"
        );
        assert!(!said.contains("passphrase is wrong"), "{said}");
    }
}
