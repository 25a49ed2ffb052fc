//! The invariants of ARCHITECTURE.md that a search of the source can prove.

use std::path::{Path, PathBuf};

/// Modules of the pure core: no GUI, no files, no clock, no network.
const CORE: &[&str] = &[
    "answer.rs",
    "assessment",
    "bundle.rs",
    "checks.rs",
    "date.rs",
    "diagnostic.rs",
    "docx",
    "effect.rs",
    "embedded.rs",
    "fingerprint.rs",
    "format_version.rs",
    "html.rs",
    "interop",
    "markup.rs",
    "opening.rs",
    "parse_memo.rs",
    "present",
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
    "translated.rs",
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
                    !mentions(&text, forbidden),
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

/// Whether `text` names `word` as a word of its own: `Language::` does not mention `age::`.
fn mentions(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn a_forbidden_word_counts_only_on_its_own() {
    assert!(mentions("use age::Encryptor;", "age::"));
    assert!(mentions("std::fs::read", "std::fs"));
    assert!(!mentions("Language::French", "age::"));
}

/// The desktop app's state and what it does, apart from drawing: tests drive these without a
/// window, and only `app.rs` and the page files speak egui.
const GUI_WITHOUT_DRAWING: &[&str] = &[
    "gui/workspace",
    "gui/background.rs",
    "gui/session.rs",
    "gui/command.rs",
    "gui/step.rs",
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

#[test]
fn the_package_denies_unsafe_code_but_for_mapping_the_installed_font() {
    let manifest = std::fs::read_to_string(src().join("../Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[lints.rust]") && manifest.contains("unsafe_code = \"deny\""),
        "Cargo.toml no longer denies unsafe code"
    );
    let mut allowed = Vec::new();
    for file in rust_files(&src()) {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(src()).unwrap().display().to_string();
        let count = text.matches("allow(unsafe_code)").count();
        if count > 0 {
            allowed.push((name, count));
        }
    }
    assert_eq!(allowed, vec![("system_fonts.rs".to_string(), 1)]);
}

#[test]
fn nothing_starts_a_program_by_hand_files_open_through_the_open_crate() {
    // A command built by hand (`cmd /c start`, `xdg-open`) leaves quoting to us, and on
    // Windows a file name holding `&` or `^` reaches the shell.
    for file in rust_files(&src()) {
        let code = code_without_tests_or_comments(&std::fs::read_to_string(&file).unwrap());
        let name = file.strip_prefix(src()).unwrap().display().to_string();
        assert!(
            !code.contains("Command::new"),
            "{name} starts a program by hand"
        );
    }
    let opener = std::fs::read_to_string(src().join("io/open_externally.rs")).unwrap();
    assert!(opener.contains("open::that_detached(path)"));
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
    // Words live in the presentation layer (`present::verdict`, `present::describe`), where the
    // report, the app and the CLI take them from and translations will plug in.
    // What does not fit in an answer (`assessment/fit.rs`) reaches the scoring's output as data
    // too.
    let mut files = rust_files(&src().join("scoring"));
    files.push(src().join("assessment").join("fit.rs"));
    let mut checked = 0;
    for file in files {
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
    assert!(checked >= 9, "only {checked} scoring files found");
}

/// A source file's module path: `src/scoring/risk.rs` is `scoring::risk`, `src/scoring/mod.rs`
/// is `scoring`, `src/lib.rs` the crate root (empty).
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src()).unwrap().with_extension("");
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        path.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        path.pop();
    }
    path
}

/// A file's code without its test module and without comments (a plain scan: a `//` after an
/// even number of quotes starts a comment).
fn code_without_tests_or_comments(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut code = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let starts_tests = line.trim() == "#[cfg(test)]"
            && lines
                .get(index + 1)
                .is_some_and(|next| next.trim_start().starts_with("mod tests"));
        if starts_tests {
            break;
        }
        let mut kept = *line;
        for (at, _) in line.match_indices("//") {
            if line[..at].matches('"').count() % 2 == 0 {
                kept = &line[..at];
                break;
            }
        }
        code.push(kept);
    }
    code.join("\n")
}

/// The paths named by what follows `crate::` or `super::`: `a::b`, or `a::{b, c::{d, e as f}}`
/// expanded to each path, each after `base`.
fn expand_paths(base: &[String], text: &str) -> Vec<Vec<String>> {
    let mut path = base.to_vec();
    let mut rest = text.trim_start();
    loop {
        if let Some(list) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut items = Vec::new();
            let mut item_start = 0;
            for (at, c) in list.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        items.push(&list[item_start..at]);
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(&list[item_start..at]);
                        item_start = at + 1;
                    }
                    _ => {}
                }
            }
            return items
                .into_iter()
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .flat_map(|item| expand_paths(&path, item))
                .collect();
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let segment = &rest[..end];
        if !segment.is_empty() && segment != "self" {
            path.push(segment.to_string());
        }
        match rest[end..].strip_prefix("::") {
            Some(after) => rest = after,
            None => return vec![path],
        }
    }
}

/// The paths a file names through `crate::` and `super::`, outside its test module and its
/// comments, each resolved to a path from the crate root.
fn named_paths(file: &Path, text: &str) -> Vec<Vec<String>> {
    let module = module_of(file);
    // `super` of `a::b` (in a/b.rs) is `a`; of `a` in a/mod.rs it is the crate root.
    let own_parent = &module[..module.len().saturating_sub(1)];
    let code = code_without_tests_or_comments(text);
    let mut found = Vec::new();
    for (start, root) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let preceded_by_path = code[..start].ends_with("::")
            || code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        if preceded_by_path {
            continue;
        }
        let mut base: Vec<String> = if root == "crate::" {
            Vec::new()
        } else {
            own_parent.to_vec()
        };
        let mut rest = &code[start + root.len()..];
        while let Some(after) = rest.strip_prefix("super::") {
            base.pop();
            rest = after;
        }
        found.extend(expand_paths(&base, rest));
    }
    found
}

#[test]
fn paths_are_read_through_nested_lists_renames_and_comments() {
    let file = src().join("gui/workspace/passphrase.rs");
    let text = "use super::super::{background::{Background, Done}, storage::Origin as O};\n\
                use crate::{scoring::{self, residual}, io}; // crate::pdf\n\
                #[cfg(test)]\nmod tests { use crate::report; }";
    let named: Vec<String> = named_paths(&file, text)
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        named,
        [
            "scoring",
            "scoring::residual",
            "io",
            "gui::background::Background",
            "gui::background::Done",
            "gui::storage::Origin",
        ]
    );
}

#[test]
fn no_two_files_import_each_other() {
    // A pair of files that need each other is one concept split in two, or two tangled: the
    // shared part belongs in a third file. A module and the modules inside it are exempt (the
    // outer one declares the inner ones, which use its types).
    let files = rust_files(&src());
    let modules: std::collections::HashMap<Vec<String>, &PathBuf> =
        files.iter().map(|f| (module_of(f), f)).collect();
    let mut edges = std::collections::BTreeSet::new();
    for file in &files {
        let from = module_of(file);
        let text = std::fs::read_to_string(file).unwrap();
        for path in named_paths(file, &text) {
            // The longest prefix of the path that is a file of ours is the file it names.
            let Some(to) = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains_key(p))
            else {
                continue;
            };
            let related = to.starts_with(&from) || from.starts_with(&to);
            if !related {
                edges.insert((from.join("::"), to.join("::")));
            }
        }
    }
    assert!(edges.len() > 50, "only {} imports found", edges.len());
    let cycles: Vec<String> = edges
        .iter()
        .filter(|(a, b)| a < b && edges.contains(&(b.clone(), a.clone())))
        .map(|(a, b)| format!("{a} ⇄ {b}"))
        .collect();
    assert!(cycles.is_empty(), "files importing each other: {cycles:#?}");
}

#[test]
fn the_presentation_layer_never_imports_the_report() {
    // The report, the app and the CLI all take their words from `present`; were `present` to
    // need the report, the app and the CLI would depend on the report's layout through it.
    let files = rust_files(&src().join("present"));
    assert!(
        files.len() >= 4,
        "only {} files in src/present",
        files.len()
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !code_without_tests_or_comments(&text).contains("report::"),
            "{} imports the report",
            file.display()
        );
    }
}

/// The lookups in `code` that a fallback of their own for a name follows
/// (`.app(id).map_or(…, |a| a.name…)`), read with whitespace removed so that a chain split over
/// lines is seen.
fn lookups_with_their_own_fallback(code: &str) -> Vec<&'static str> {
    const LOOKUPS: [&str; 7] = [
        ".app(",
        ".risk(",
        ".control(",
        ".question(",
        ".option(",
        ".exposure(",
        ".fact_definition(",
    ];
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let mut found = Vec::new();
    for lookup in LOOKUPS {
        for (at, _) in code.match_indices(lookup) {
            let after = &code[at + lookup.len()..];
            let call_end = after.find(')').map_or(after.len(), |end| end + 1);
            // Directly after the lookup, or after the `and_then` closure that holds it.
            let next = after[call_end..].trim_start_matches(')');
            let fallback = next.starts_with(".map_or(") || next.starts_with(".map_or_else(");
            // A fallback for a name, not for what the item holds (its effects, its facts).
            let gives_a_name = [".name", ".label", ".text", ".title"]
                .iter()
                .any(|field| next.chars().take(80).collect::<String>().contains(field));
            if fallback && gives_a_name {
                found.push(lookup);
            }
        }
    }
    found
}

#[test]
fn ids_become_names_only_in_the_names_module() {
    // One rule for an id the files do not hold (`present::names`): a lookup followed by its own
    // fallback elsewhere is how the outputs came to show an id in one place and a blank in
    // another.
    let names = src().join("present").join("names.rs");
    let mut checked = 0;
    for file in rust_files(&src()).into_iter().filter(|f| *f != names) {
        let text = std::fs::read_to_string(&file).unwrap();
        let found = lookups_with_their_own_fallback(&code_without_tests_or_comments(&text));
        assert!(
            found.is_empty(),
            "{} turns ids into names with its own fallback after {found:?}; use present::names",
            file.display()
        );
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} files read");
}

#[test]
fn a_lookup_with_its_own_fallback_is_seen_across_lines_and_a_plain_lookup_is_not() {
    let split = "knowledge\n    .app(id)\n    .map_or(\"\", |a| a.name.as_str())";
    assert_eq!(lookups_with_their_own_fallback(split), [".app("]);
    let chained =
        "result.app.as_deref().and_then(|id| knowledge.app(id)).map_or(\"\", |a| &a.name)";
    assert_eq!(lookups_with_their_own_fallback(chained), [".app("]);
    let plain = "if let Some(control) = knowledge.control(id) { name(control) }";
    assert!(lookups_with_their_own_fallback(plain).is_empty());
    let effects =
        "question.option(answer.option_id()).map_or_else(Vec::new, |o| o.effects.clone())";
    assert!(lookups_with_their_own_fallback(effects).is_empty());
}

/// The interface files whose every word comes from the vocabulary (`present::vocabulary`): every
/// file of `src/gui` but `mod.rs` (the error printed when no window can open, which speaks with
/// the command line) and `fonts.rs` (font names); some of `src/cli`. The list grows until it
/// holds all of `src/cli` too.
const SPEAKING_THROUGH_THE_VOCABULARY: &[&str] = &[
    "gui/app.rs",
    "gui/approval_notice.rs",
    "gui/autosave.rs",
    "gui/background.rs",
    "gui/command.rs",
    "gui/compare_page.rs",
    "gui/consultations_ui.rs",
    "gui/contributors_ui.rs",
    "gui/dialogs.rs",
    "gui/finish_page.rs",
    "gui/focus.rs",
    "gui/knowledge_notice.rs",
    "gui/menu_bar.rs",
    "gui/own_items_ui.rs",
    "gui/passphrase_prompt.rs",
    "gui/path_prompt.rs",
    "gui/protection.rs",
    "gui/question_ui.rs",
    "gui/radio_group.rs",
    "gui/risk_panel.rs",
    "gui/session.rs",
    "gui/sharing_ui.rs",
    "gui/sign_off_page.rs",
    "gui/start_page.rs",
    "gui/step.rs",
    "gui/step_frame.rs",
    "gui/storage.rs",
    "gui/theme.rs",
    "gui/typed_text.rs",
    "gui/widgets.rs",
    "gui/wizard.rs",
    "gui/workspace/cnil_pia.rs",
    "gui/workspace/files.rs",
    "gui/workspace/mod.rs",
    "gui/workspace/passphrase.rs",
    "gui/workspace/sharing.rs",
    "gui/workspace/speaking.rs",
    // The command line's commands that hold no clap attributes or program-name prefixes (whose
    // option names and `msgdpia: ` are not words to translate), the IO layer's errors, and the
    // wording of every error of ours.
    "cli/batch.rs",
    "cli/encrypt.rs",
    "cli/passphrase.rs",
    "cli/pia.rs",
    "cli/report.rs",
    "cli/score.rs",
    "encryption.rs",
    "io/atomic.rs",
    "io/lock.rs",
    "io/mod.rs",
    "worded.rs",
    // The report's sentences written from the answers and the ratings, and its methodology.
    "report/methodology.rs",
    "report/next_steps.rs",
    "report/prose.rs",
    "report/references.rs",
    "report/risk_brief.rs",
];

/// Literals in those files that are not words to translate: what a file format or the system
/// defines (the lock file's header and name, environment variables, age's header, a process's
/// folder under /proc), the placeholder `--help`
/// shows for a file, the program's own prefix on the command line, a secret's `Debug` stand-in,
/// and the text `tempfile` adds to an error, which is cut off.
const NOT_WORDS: &[&str] = &[
    "msgdpia lock",
    "USER",
    "USERNAME",
    "LOGNAME",
    "MSGDPIA_PASSPHRASE",
    "FILE",
    "age-encryption.org/v1\\n",
    "Passphrase(…)",
    "SessionKey(…)",
    "msgdpia: {}",
    " at path ",
    "{date} {:02}:{:02} UTC",
    ".~lock.{name}#",
    "/proc/{process}",
];

/// Dashed tokens in those files that are not message ids.
const NOT_MESSAGES: &[&str] = &[
    // The sign-off step's name on the command line: `msgdpia open FILE --step sign-off`.
    "sign-off",
    // An option's name, in its clap attribute: `--passphrase-file FILE`.
    "passphrase-file",
];

/// The ids of the English messages, read off the Fluent files.
fn english_message_ids() -> Vec<String> {
    msgdpia::present::vocabulary::source(msgdpia::present::language::Language::English)
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.to_string())
        // Terms (`-product`) are not messages: only other messages use them.
        .filter(|id| {
            !id.is_empty()
                && !id.starts_with('-')
                && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
        .collect()
}

/// A literal with its placeholders (`{name}`, `{}`) and escapes (`\n`) taken out: what is left
/// is what it says in itself.
fn without_placeholders(literal: &str) -> String {
    let mut left = String::new();
    let mut depth = 0;
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            '\\' => {
                chars.next();
            }
            _ if depth == 0 => left.push(c),
            _ => {}
        }
    }
    left
}

#[test]
fn the_files_that_speak_through_the_vocabulary_hold_message_ids_never_words() {
    let messages = english_message_ids();
    assert!(messages.iter().any(|id| id == "menu-file"));
    for file in SPEAKING_THROUGH_THE_VOCABULARY {
        let text = std::fs::read_to_string(src().join(file)).unwrap();
        for literal in string_literals(&code_without_tests_or_comments(&text)) {
            if NOT_WORDS.contains(&literal.as_str()) {
                continue;
            }
            let said = without_placeholders(&literal);
            // Signs and joins ("• {item}", "{hover}\n{why}") say nothing themselves; ids,
            // widget salts and file names ("theme.txt", "{}.pdf") are single lowercase tokens.
            let no_words = !said.chars().any(char::is_alphabetic);
            let a_token = said.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
            });
            assert!(
                no_words || a_token,
                "{file} holds the words \"{literal}\": put them in assets/locales"
            );
            // A dashed token is a message id, and must name one (widget salts use `_`, file
            // names have a dot).
            let asks_for_a_message = a_token
                && !no_words
                && said.contains('-')
                && !said.contains('.')
                && !NOT_MESSAGES.contains(&said.as_str());
            assert!(
                !asks_for_a_message || messages.contains(&said),
                "{file} asks for the message `{literal}`, which assets/locales/en lacks"
            );
        }
    }
}
