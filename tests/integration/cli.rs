//! The command-line interface: exit codes, messages, and no file left behind on error.

use crate::support::{example_path as example, run_msgdpia as msgdpia};
use std::path::{Path, PathBuf};
use std::process::Output;

/// `msgdpia report INPUT -o OUTPUT --date DATE`.
fn report_to(input: &str, output: &str, date: &str) -> Output {
    msgdpia(&["report", input, "-o", output, "--date", date])
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn assert_no_panic(output: &Output) {
    let text = stderr(output);
    assert!(!text.contains("panicked"), "the binary panicked:\n{text}");
    assert_ne!(
        output.status.code(),
        Some(101),
        "exit code 101 means a panic"
    );
}

/// Files in a folder, so tests can prove nothing (not even a temporary file) was left.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

/// The English firm's example with `organisation` as its organisation's name, written in `dir`.
fn example_for(dir: &Path, organisation: &str) -> PathBuf {
    let text = std::fs::read_to_string(example("uk-firm-signal-mdm.ron")).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("organisation:"))
        .expect("the example names its organisation")
        .to_string();
    let input = dir.join("assessment.ron");
    let text = text.replace(&line, &format!("        organisation: \"{organisation}\","));
    std::fs::write(&input, text).unwrap();
    input
}

#[test]
fn report_writes_a_pdf_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.pdf");
    let output = report_to(
        &example("uk-firm-signal-mdm.ron"),
        out.to_str().unwrap(),
        "2026-11-23",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(stdout(&output).contains("ACCEPT"));
    assert_eq!(files_in(dir.path()), vec![out]);
}

#[test]
fn a_chinese_name_prints_with_an_installed_font_or_is_warned_about_by_character() {
    let dir = tempfile::tempdir().unwrap();
    let name = "張偉律師行 (Cheung Wai & Co.)";
    let input = example_for(dir.path(), name);
    let out = dir.path().join("report.pdf");
    let output = report_to(input.to_str().unwrap(), out.to_str().unwrap(), "2026-12-02");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let warning = stderr(&output);
    // CI installs Noto Sans CJK and says so; elsewhere the machine may have no CJK font.
    let font_required = std::env::var_os("MSGDPIA_REQUIRE_CJK_FONT").is_some();
    let has_font = {
        let chars: Vec<char> = "張偉律師行".chars().collect();
        msgdpia::system_fonts::covering(&chars).is_some()
    };
    assert!(
        has_font || !font_required,
        "no installed font draws Chinese"
    );
    if has_font {
        // Drawn with a subset of the installed font: the name reads back whole, and nothing
        // is warned about.
        assert!(!warning.contains("cannot draw"), "{warning}");
        let bytes = std::fs::read(&out).unwrap();
        // lopdf's extractor ends a line at each text object, and the name's Chinese and Latin
        // runs are separate objects: compare without white space.
        let squeeze = |t: &str| t.split_whitespace().collect::<String>();
        let text = squeeze(&crate::pdf::pdf_text(&bytes));
        assert!(text.contains(&squeeze(name)), "the name does not read back");
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        let fallback_embedded = pdf.objects.values().any(|object| {
            object.as_dict().is_ok_and(|d| {
                d.get(b"FontName")
                    .and_then(lopdf::Object::as_name)
                    .is_ok_and(|n| n.ends_with(b"Regular") && !n.windows(6).any(|w| w == b"DejaVu"))
            })
        });
        assert!(fallback_embedded, "the installed font is not embedded");
    } else {
        assert!(
            warning.contains("cannot draw 5 characters")
                && warning.contains("張 (U+5F35)")
                && warning.contains("行 (U+884C)"),
            "{warning}"
        );
    }
    // Latin, Polish and the other shipped examples' names draw: no warning for them.
    let plain = report_to(
        &example("hk-law-firm-wechat.ron"),
        dir.path().join("plain.pdf").to_str().unwrap(),
        "2026-12-02",
    );
    assert!(
        !stderr(&plain).contains("cannot draw"),
        "{}",
        stderr(&plain)
    );
}

#[test]
fn without_an_installed_font_the_characters_are_named_and_right_to_left_text_is_warned_about() {
    let bundle = msgdpia::bundle::Bundle::load(
        &msgdpia::embedded::knowledge_base_source(),
        &msgdpia::embedded::questionnaire_sources()[0],
    )
    .unwrap();
    let mut assessment = crate::support::example("uk-firm-signal-mdm.ron");
    assessment.metadata.organisation = "張偉律師行 · משרד כהן".to_string();
    let scoring = bundle.score(&assessment);
    let document = bundle.report(
        &assessment,
        &scoring,
        msgdpia::date::Date::parse("2026-12-02").unwrap(),
    );
    let warnings =
        msgdpia::pdf::print_warnings(&msgdpia::pdf::Characters::of(&document), None).unwrap();
    let warning = msgdpia::present::print_warnings::in_words(
        &warnings,
        msgdpia::present::vocabulary::Words::english(),
    )
    .unwrap();
    assert!(warning.contains("張 (U+5F35)"), "{warning}");
    assert!(
        warning.contains("right-to-left text (such as מ, U+05DE)"),
        "{warning}"
    );
}

#[test]
fn the_warnings_before_writing_a_pdf_are_in_the_report_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let input = example_for(dir.path(), "משרד כהן");
    let out = dir.path().join("report.pdf");
    let output = msgdpia(&[
        "report",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--date",
        "2026-12-02",
        "--lang",
        "fr",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let warning = stderr(&output);
    assert!(
        warning.contains("texte qui s'écrit de droite à gauche (par exemple מ, U+05DE)"),
        "{warning}"
    );
    assert!(!warning.contains("right-to-left"), "{warning}");
}

#[test]
fn report_on_invalid_input_exits_one_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Assessment(\n    format_version: 1,\n    questionnaire: QuestionnaireRef(id: \"msgdpia-default\", version: \"0.1.0\"),\n    metadata: Metadata(organisation: \"O\", assessment_date: \"2026-13-01\"),\n)\n").unwrap();
    let out = dir.path().join("report.pdf");
    let output = msgdpia(&["report", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_no_panic(&output);
    assert!(
        stderr(&output).contains("bad.ron:4:"),
        "{}",
        stderr(&output)
    );
    assert_eq!(files_in(dir.path()), vec![bad], "a file was left behind");
}

#[test]
fn report_never_replaces_an_existing_file_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.pdf");
    std::fs::write(&out, b"previous report").unwrap();
    let output = report_to(
        &example("uk-firm-signal-mdm.ron"),
        out.to_str().unwrap(),
        "2026-02-30",
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&out).unwrap(), b"previous report");
    assert_eq!(files_in(dir.path()).len(), 1);
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(msgdpia(&["report"]).status.code(), Some(2));
    assert_eq!(
        msgdpia(&["report", "a.ron"]).status.code(),
        Some(2),
        "-o is required"
    );
    assert_eq!(msgdpia(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(msgdpia(&["check"]).status.code(), Some(2));
    assert_eq!(msgdpia(&["--help"]).status.code(), Some(0));
}

#[test]
fn no_command_without_a_display_explains_and_shows_the_usage() {
    let output = msgdpia::<&str>(&[]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output) + &stdout(&output);
    assert!(text.contains("the desktop app cannot open here"), "{text}");
    assert!(
        text.contains("report") && text.contains("check") && text.contains("score"),
        "{text}"
    );
    // `open FILE` needs the desktop app too, and says so the same way.
    let output = msgdpia(&["open", &example("uk-firm-signal-mdm.ron")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("the desktop app cannot open here"));
}

#[test]
fn check_accepts_the_shipped_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = [
        root.join("assets/knowledge_base.ron"),
        root.join("questionnaires/default.ron"),
        root.join("questionnaires/examples/hk-law-firm-wechat.ron"),
        root.join("questionnaires/examples/scottish-team-whatsapp.ron"),
        root.join("questionnaires/examples/uk-firm-signal-mdm.ron"),
    ];
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().map(|f| f.to_str().unwrap()))
        .collect();
    let output = msgdpia(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output).matches("OK: ").count(),
        5,
        "{}",
        stdout(&output)
    );
    assert!(
        !stderr(&output).contains("warning"),
        "the shipped files have warnings:\n{}",
        stderr(&output)
    );
}

#[test]
fn check_reports_errors_with_file_line_and_column_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kb.ron");
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/knowledge_base.ron"),
    )
    .unwrap();
    std::fs::write(
        &bad,
        shipped.replacen("base_likelihood: 1,", "base_likelihood: 9,", 1),
    )
    .unwrap();
    let output = msgdpia(&["check", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("kb.ron:") && text.contains("found 9"),
        "{text}"
    );
}

#[test]
fn an_invalid_assessment_is_reported_once_not_once_per_layer_of_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Assessment(format_version: 2,, )").unwrap();
    for command in ["check", "score"] {
        let output = msgdpia(&[command, bad.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1));
        let text = stderr(&output);
        assert_eq!(text.matches("bad.ron:1:").count(), 1, "{command}: {text}");
    }
}

#[test]
fn random_and_truncated_files_exit_one_without_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(example("scottish-team-whatsapp.ron")).unwrap();
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\xff\xfe\x00garbage".to_vec(),
        b"(((((((((((".to_vec(),
        b"Assessment(".to_vec(),
    ];
    let mut state: u64 = 42;
    inputs.push(
        (0..4096)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                (state >> 56) as u8
            })
            .collect(),
    );
    for cut in [10, shipped.len() / 3, shipped.len() / 2, shipped.len() - 5] {
        inputs.push(shipped.as_bytes()[..cut].to_vec());
    }
    for (index, bytes) in inputs.iter().enumerate() {
        let path = dir.path().join(format!("input{index}.ron"));
        std::fs::write(&path, bytes).unwrap();
        for command in [
            vec!["check"],
            vec!["score"],
            vec!["report", "-o", "/nonexistent/never.pdf"],
        ] {
            let mut args = command.clone();
            args.insert(1, path.to_str().unwrap());
            let output = msgdpia(&args);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{args:?} on input {index}: {}",
                stderr(&output)
            );
            assert_no_panic(&output);
            assert!(
                stderr(&output).contains(&format!("input{index}.ron")),
                "the error does not name the file: {}",
                stderr(&output)
            );
        }
    }
}

#[test]
fn score_prints_text_and_json() {
    let output = msgdpia(&["score", &example("hk-law-firm-wechat.ron")]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("Stance: FORBID"), "{text}");
    assert!(text.contains("Loss of legal professional privilege"));
    let output = msgdpia(&["score", "--json", &example("scottish-team-whatsapp.ron")]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["schema_version"], 1);
    assert!(stdout(&output).starts_with("{\n  \"schema_version\": 1,"));
    assert_eq!(json["stance"], "Define");
    assert_eq!(json["complete"], true);
    let risks = crate::support::knowledge().risks.len();
    assert_eq!(json["apps"][0]["risks"].as_array().unwrap().len(), risks);
}

#[test]
fn score_on_an_empty_assessment_is_incomplete_and_lists_the_questions_by_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.ron");
    std::fs::write(
        &path,
        "Assessment(\n    format_version: 2,\n    questionnaire: QuestionnaireRef(id: \"msgdpia-default\", version: \"0.3.0\"),\n    metadata: Metadata(organisation: \"Empty\", assessment_date: \"2026-12-02\"),\n)\n",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let output = msgdpia(&["score", path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("Stance: INCOMPLETE"), "{text}");
    assert!(!text.contains("Stance: ACCEPT"), "{text}");
    assert!(text.contains("Questions still to answer:"), "{text}");
    assert!(
        text.contains("What kind of organisation is this?"),
        "{text}"
    );
    // Question texts, never internal ids.
    assert!(!text.contains("org_type"), "{text}");
    let output = msgdpia(&["score", "--json", path]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["complete"], false);
    assert!(
        json["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "org_type")
    );
}

#[test]
fn the_knowledge_base_review_document_is_generated_and_up_to_date() {
    let output = msgdpia(&["kb-doc"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let generated = stdout(&output);
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/knowledge-base.md"),
    )
    .unwrap();
    assert!(
        generated == committed,
        "docs/knowledge-base.md is stale: run `cargo run -- kb-doc -o docs/knowledge-base.md`"
    );
    assert!(
        generated.contains("| One-to-one chats end-to-end encrypted by default | No |"),
        "WeChat's E2EE fact is missing"
    );
}

#[test]
fn report_writes_self_contained_html_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(example("uk-firm-signal-mdm.ron")).unwrap();
    let tricky = source.replace(
        "no client matter content.",
        "no client matter content. <script>alert(1)</script> & \\\"quotes\\\"",
    );
    let input = dir.path().join("tricky.ron");
    std::fs::write(&input, tricky).unwrap();
    let out = dir.path().join("report.html");
    let output = report_to(input.to_str().unwrap(), out.to_str().unwrap(), "2026-11-23");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for heading in [
        "Summary",
        "Screening",
        "Risk maps",
        "Measures and action plan",
        "Appendix E: sources",
    ] {
        assert!(
            html.contains(&format!(">{heading}</h2>")),
            "missing section {heading}"
        );
    }
    assert!(!html.contains("<script>"), "user text must be escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"));
    assert!(
        !html.contains("http-equiv") && !html.contains("<link") && !html.contains("src="),
        "the file must not load anything"
    );
    let again = dir.path().join("again.html");
    report_to(
        input.to_str().unwrap(),
        again.to_str().unwrap(),
        "2026-11-23",
    );
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(&again).unwrap(),
        "HTML output must be deterministic"
    );
}

#[test]
fn a_batch_renders_every_assessment_into_the_folder_and_reports_the_one_that_fails() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reports");
    std::fs::create_dir(&out).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Assessment(format_version: 2,\n").unwrap();
    let inputs = [
        example("hk-law-firm-wechat.ron"),
        broken.display().to_string(),
        example("scottish-team-whatsapp.ron"),
        example("uk-firm-signal-mdm.ron"),
    ];
    let mut args = vec!["report"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend([
        "--output-dir",
        out.to_str().unwrap(),
        "--date",
        "2026-11-23",
    ]);
    let output = msgdpia(&args);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("broken.ron:"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("Wrote 3 of 4 reports"),
        "{}",
        stdout(&output)
    );
    let mut names: Vec<String> = files_in(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "hk-law-firm-wechat.pdf",
            "scottish-team-whatsapp.pdf",
            "uk-firm-signal-mdm.pdf"
        ]
    );
    // Each report of the batch is the very report a single run makes.
    let single = dir.path().join("single.pdf");
    let output = report_to(
        &example("uk-firm-signal-mdm.ron"),
        single.to_str().unwrap(),
        "2026-11-23",
    );
    assert!(output.status.success());
    assert_eq!(
        std::fs::read(&single).unwrap(),
        std::fs::read(out.join("uk-firm-signal-mdm.pdf")).unwrap()
    );
}

#[test]
fn several_assessments_with_one_output_file_is_a_usage_error() {
    let output = msgdpia(&[
        "report",
        &example("hk-law-firm-wechat.ron"),
        &example("uk-firm-signal-mdm.ron"),
        "-o",
        "x.pdf",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--output-dir"),
        "{}",
        stderr(&output)
    );
    assert!(!Path::new("x.pdf").exists());
}

#[test]
fn a_knowledge_base_checked_in_the_future_is_refused_at_the_fact() {
    let shipped = msgdpia::embedded::knowledge_base_source();
    // The built-in knowledge base itself was checked on or before today.
    let knowledge = msgdpia::knowledge::KnowledgeBase::load(&shipped)
        .unwrap()
        .value;
    msgdpia::knowledge::refuse_checks_after(&knowledge, &shipped, msgdpia::io::today()).unwrap();

    let text = shipped.text().replacen(
        " checked_on: \"2026-11-23\"",
        " checked_on: \"2999-01-01\"",
        1,
    );
    let line = text.lines().position(|l| l.contains("2999-01-01")).unwrap() + 1;
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("kb.ron");
    std::fs::write(&kb, &text).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .args(["score", "--knowledge-base", kb.to_str().unwrap()])
        .arg(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("questionnaires/examples/uk-firm-signal-mdm.ron"),
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let line_text = text.lines().nth(line - 1).unwrap();
    let column = line_text[..line_text.find("\"2999").unwrap()]
        .chars()
        .count()
        + 1;
    assert!(
        stderr.contains(&format!("kb.ron:{line}:{column}:")),
        "{stderr}"
    );
    assert!(
        stderr.contains("`checked_on` is 2999-01-01, after today"),
        "{stderr}"
    );
}

#[test]
fn the_verification_record_is_generated_up_to_date_with_dates_kinds_and_open_points() {
    let output = msgdpia(&["kb-doc", "--verification"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let generated = stdout(&output);
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/knowledge-verification.md"),
    )
    .unwrap();
    assert!(
        generated == committed,
        "docs/knowledge-verification.md is stale: run `cargo run -- kb-doc --verification -o docs/knowledge-verification.md`"
    );
    let knowledge =
        msgdpia::knowledge::KnowledgeBase::load(&msgdpia::embedded::knowledge_base_source())
            .unwrap()
            .value;
    // An edition's inherited facts are counted once, under its app.
    let facts: usize = knowledge
        .apps
        .iter()
        .map(|a| knowledge.own_facts(a).count())
        .sum();
    assert!(
        generated.contains(&format!("- App facts: {facts}")),
        "{generated}"
    );
    // Every Unknown is an open point, with what would settle it.
    let unknown = knowledge
        .apps
        .iter()
        .flat_map(|a| knowledge.own_facts(a))
        .filter(|f| f.value == msgdpia::knowledge::FactValue::Unknown)
        .count();
    let open = generated
        .split("## Open points")
        .nth(1)
        .unwrap()
        .split("## Every fact")
        .next()
        .unwrap();
    assert_eq!(
        open.matches("| A statement by the provider of ").count(),
        unknown
    );
    assert!(generated.contains("primary source, undated, checked 2026-"));
}

#[test]
fn kb_diff_lists_changed_facts_and_what_re_assessing_would_change() {
    let shipped = msgdpia::embedded::knowledge_base_source();
    let changed = crate::support::knowledge_text_with_signal_keeping_metadata();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.ron");
    let new = dir.path().join("new.ron");
    std::fs::write(&old, shipped.text()).unwrap();
    std::fs::write(&new, changed).unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());

    let output = msgdpia(&["kb-diff", old, new]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Signal:\n  Provider collects extensive metadata: No → Yes"),
        "{}",
        stdout(&output)
    );

    let signal = example("uk-firm-signal-mdm.ron");
    let output = msgdpia(&["kb-diff", old, new, "--assessment", signal.as_str()]);
    let text = stdout(&output);
    assert!(
        text.contains("Signal: Confidentiality breach: Low → Medium"),
        "{text}"
    );

    // An assessment of another app: its apps' facts did not change, nor does its result.
    let wechat = example("hk-law-firm-wechat.ron");
    let output = msgdpia(&["kb-diff", old, new, "--assessment", wechat.as_str()]);
    let text = stdout(&output);
    assert!(text.contains("No app fact changed."), "{text}");
    assert!(
        text.contains("The stance and every rating stay as they were."),
        "{text}"
    );
}

#[test]
fn open_with_a_step_hands_the_file_and_the_step_to_the_desktop_app() {
    let mut request = None;
    let code = msgdpia::cli::main_with(
        ["msgdpia", "open", "a.ron", "--step", "result"].map(std::ffi::OsString::from),
        |asked| {
            request = Some(asked);
            Some(std::process::ExitCode::SUCCESS)
        },
    );
    assert_eq!(code, std::process::ExitCode::SUCCESS);
    assert_eq!(
        request,
        Some(msgdpia::cli::OpenRequest {
            file: Some("a.ron".into()),
            step: Some("result".into()),
        })
    );
}

#[test]
fn a_report_over_its_own_assessment_is_refused_by_name_by_link_and_by_hard_link() {
    let dir = tempfile::tempdir().unwrap();
    let assessment = dir.path().join("a.ron");
    std::fs::copy(example("uk-firm-signal-mdm.ron"), &assessment).unwrap();
    let before = std::fs::read(&assessment).unwrap();
    let mut outputs = vec![assessment.clone()];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&assessment, &link).unwrap();
        let hard = dir.path().join("hard.pdf");
        std::fs::hard_link(&assessment, &hard).unwrap();
        outputs.extend([link, hard]);
    }
    for output in outputs {
        let result = report_to(
            assessment.to_str().unwrap(),
            output.to_str().unwrap(),
            "2026-12-03",
        );
        assert_eq!(result.status.code(), Some(1), "{}", output.display());
        assert!(
            stderr(&result).contains("same file as the input"),
            "{}",
            stderr(&result)
        );
        assert_eq!(
            std::fs::read(&assessment).unwrap(),
            before,
            "the assessment changed"
        );
    }
    // `encrypt` and `decrypt` refuse it too.
    let result = msgdpia(&[
        "encrypt",
        assessment.to_str().unwrap(),
        "-o",
        assessment.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1));
    assert!(stderr(&result).contains("same file as the input"));
    assert_eq!(std::fs::read(&assessment).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_report_replacing_a_shared_file_keeps_its_permissions_and_a_read_only_one_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("report.pdf");
    std::fs::write(&output, "old report").unwrap();
    std::fs::set_permissions(&output, std::fs::Permissions::from_mode(0o664)).unwrap();
    let result = report_to(
        &example("uk-firm-signal-mdm.ron"),
        output.to_str().unwrap(),
        "2026-12-03",
    );
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let mode = std::fs::metadata(&output).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o664, "colleagues lost their access to the report");
    std::fs::set_permissions(&output, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&output).unwrap();
    let result = report_to(
        &example("uk-firm-signal-mdm.ron"),
        output.to_str().unwrap(),
        "2026-12-03",
    );
    assert_eq!(result.status.code(), Some(1));
    assert!(stderr(&result).contains("read-only"), "{}", stderr(&result));
    assert_eq!(std::fs::read(&output).unwrap(), before);
}

#[test]
fn an_empty_or_blank_file_says_it_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.ron", ""),
        ("blank.ron", "  \n\t\n"),
        ("comments.ron", "// nothing yet\n/* still nothing */\n"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let output = dir.path().join("report.pdf");
        for args in [
            vec![
                "report",
                path.to_str().unwrap(),
                "-o",
                output.to_str().unwrap(),
            ],
            vec!["score", path.to_str().unwrap()],
            vec!["check", path.to_str().unwrap()],
        ] {
            let result = msgdpia(&args);
            assert_eq!(result.status.code(), Some(1), "{name} {}", args[0]);
            let message = stderr(&result);
            assert!(
                message.contains(&format!("{name}:1:1: the file is empty")),
                "{message}"
            );
        }
    }
}

#[test]
fn score_lists_risks_in_register_order_with_the_rating_once_the_plan_is_done_beside() {
    use msgdpia::assessment::{MeasureStatus, PlannedMeasure};
    let bundle = crate::support::shipped_bundle();
    let mut assessment = crate::support::example("hk-law-firm-wechat.ron");
    // Every recommended measure planned, none done: today's ratings stay, the plan's stand
    // beside them.
    let recommended = bundle.score(&assessment).apps[0].recommended.clone();
    for control in recommended {
        assessment.sign_off.measures.push(PlannedMeasure {
            control,
            owner: "Practice manager".to_string(),
            due: None,
            status: MeasureStatus::Planned,
        });
    }
    let scoring = bundle.score(&assessment);
    let result = &scoring.apps[0];
    let lowered: Vec<_> = result
        .risks
        .iter()
        .filter(|r| r.planned.level != r.residual.level)
        .collect();
    assert!(!lowered.is_empty(), "the plan lowers some risk");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("planned.ron");
    std::fs::write(&path, assessment.to_ron()).unwrap();
    let output = msgdpia(&["score", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for risk in &lowered {
        let name = msgdpia::present::names::risk(
            &bundle.knowledge,
            &risk.risk,
            msgdpia::present::vocabulary::Words::english(),
        );
        let line = text
            .lines()
            .find(|l| l.contains(" -> ") && l.contains(name.as_ref()))
            .unwrap();
        let planned = format!(
            "(L{} S{} {} once the plan is done)",
            risk.planned.likelihood.get(),
            risk.planned.severity.get(),
            risk.planned.level.name()
        );
        assert!(line.ends_with(&planned), "{line}");
    }
    // Highest residual first, as in the report's register.
    let levels: Vec<usize> = text
        .lines()
        .filter(|l| l.contains(" -> "))
        .map(|l| {
            let residual = l.split(" -> ").nth(1).unwrap();
            ["Low", "Medium", "High", "Very high"]
                .iter()
                .rposition(|level| residual.split(" (").next().unwrap().ends_with(level))
                .unwrap()
        })
        .collect();
    assert_eq!(levels.len(), result.risks.len());
    assert!(levels.windows(2).all(|pair| pair[0] >= pair[1]), "{text}");
}

#[test]
fn score_words_an_answer_that_does_not_fit_for_its_reader_and_gives_it_as_data_in_json() {
    let mut assessment = crate::support::example("uk-firm-signal-mdm.ron");
    assessment.answers.insert(
        "devices".into(),
        msgdpia::answer::Answer::Choice("smartwatch".into()),
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("misfit.ron");
    std::fs::write(&path, assessment.to_ron()).unwrap();
    let path = path.to_str().unwrap();
    let text = stdout(&msgdpia(&["score", path]));
    let warning = text
        .lines()
        .find(|l| l.starts_with("warning: "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        warning.contains("“smartwatch”, an option the question does not offer"),
        "{warning}"
    );
    assert!(warning.ends_with("Please answer it again."), "{warning}");
    assert!(!warning.contains("`devices`"), "{warning}");
    // In French, the notes on stderr (for the file's editor) and the warning for the reader
    // (on stdout) are French too.
    let output = msgdpia(&["score", path, "--lang", "fr"]);
    let (notes, text) = (stderr(&output), stdout(&output));
    assert!(notes.starts_with("avertissement"), "{notes}");
    assert!(
        !notes.contains("warning") && !notes.contains("has no option"),
        "{notes}"
    );
    assert!(notes.contains("`smartwatch`"), "{notes}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("avertissement") && l.contains("«\u{a0}smartwatch\u{a0}»")),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&msgdpia(&["score", "--json", path]).stdout).unwrap();
    let misfit = &json["misfits"][0];
    assert_eq!(misfit["question"], "devices");
    assert_eq!(misfit["kind"]["NoSuchOptions"]["unknown"][0], "smartwatch");
}

#[test]
fn check_accepts_the_shipped_translations_and_the_template_is_a_translation_to_fill_in() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = [
        "questionnaires/translations/default.fr.ron",
        "questionnaires/translations/default.zh-HK.ron",
        "assets/translations/knowledge_base.fr.ron",
        "assets/translations/knowledge_base.zh-HK.ron",
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|file| root.join(file).display().to_string())
        .collect();
    let mut args = vec!["check"];
    args.extend(paths.iter().map(String::as_str));
    let output = msgdpia(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output).matches("OK: ").count(),
        4,
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("translation of questionnaire msgdpia-default"));
    // A translator starts from the template, which checks as it is.
    let folder = tempfile::tempdir().unwrap();
    let template = folder.path().join("default.fr.ron");
    let output = msgdpia(&[
        "translation-template",
        "--lang",
        "fr",
        "-o",
        template.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = msgdpia(&["check", template.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = msgdpia(&["translation-template", "--lang", "de"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("msgdpia speaks no language `de`: expected one of en, fr, zh-HK")
    );
}

#[test]
fn lang_writes_the_report_and_the_score_in_the_language_asked_and_refuses_one_we_do_not_speak() {
    let dir = tempfile::tempdir().unwrap();
    let scottish = example("scottish-team-whatsapp.ron");
    let html = dir.path().join("rapport.html");
    let output = msgdpia(&[
        "report",
        &scottish,
        "-o",
        html.to_str().unwrap(),
        "--date",
        "2026-12-02",
        "--lang",
        "fr",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    // The confirmation speaks the report's language too.
    assert!(
        stdout(&output).contains("position ENCADRER"),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("<html lang=\"fr-FR\">"));
    assert!(text.contains("Sommaire") && text.contains("2 décembre 2026"));
    // The same report in English, as before: the language changes only the words.
    let english = dir.path().join("report.html");
    let output = msgdpia(&[
        "report",
        &scottish,
        "-o",
        english.to_str().unwrap(),
        "--date",
        "2026-12-02",
    ]);
    assert!(output.status.success());
    let english = std::fs::read_to_string(&english).unwrap();
    assert!(english.contains("<html lang=\"en-GB\">") && english.contains("Contents"));
    assert!(!english.contains("Sommaire"));

    let output = msgdpia(&["score", &scottish, "--lang", "zh-HK"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let score = stdout(&output);
    assert!(score.starts_with("立場："), "{score}");
    assert!(score.contains("限定用途"), "{score}");
    // JSON is data, the same in every language.
    let json = |lang: &str| stdout(&msgdpia(&["score", &scottish, "--json", "--lang", lang]));
    assert_eq!(json("fr"), json("en"));

    let output = msgdpia(&["score", &scottish, "--lang", "de"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("en, fr, zh-HK"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_says_what_is_wrong_with_a_file_in_the_language_asked_at_the_same_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "Assessment(\n    format_version: 5,\n    metadata: (organisation: \"X\",\n",
    )
    .unwrap();
    let said = |lang: &str| {
        let output = msgdpia(&["check", bad.to_str().unwrap(), "--lang", lang]);
        assert_eq!(output.status.code(), Some(1), "{lang}");
        assert_no_panic(&output);
        stderr(&output)
    };
    let english = said("en");
    assert!(
        english.contains("bad.ron:3:15: the file ends before this `(` is closed"),
        "{english}"
    );
    let french = said("fr");
    assert!(
        french.contains("bad.ron:3:15: le fichier se termine avant que ce `(` soit fermé"),
        "{french}"
    );
    let chinese = said("zh-HK");
    assert!(
        chinese.contains("bad.ron:3:15: 檔案在此 `(` 關閉之前已經結束"),
        "{chinese}"
    );
    // A valid file is said to be so in the language asked, too.
    let output = msgdpia(&["check", &example("uk-firm-signal-mdm.ron"), "--lang", "fr"]);
    assert!(output.status.success());
    assert!(
        stdout(&output).starts_with("OK\u{a0}: "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_report_in_french_from_a_questionnaire_no_translation_is_for_says_its_questions_stay_as_written()
 {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The organisation's own copy of the questionnaire: same id and version, other bytes.
    let own = dir.path().join("own.ron");
    let text = std::fs::read_to_string(root.join("questionnaires/default.ron")).unwrap();
    std::fs::write(&own, format!("// Our copy.\n{text}")).unwrap();
    let html = dir.path().join("rapport.html");
    let output = msgdpia(&[
        "report",
        &example("uk-firm-signal-mdm.ron"),
        "--questionnaire",
        own.to_str().unwrap(),
        "--lang",
        "fr",
        "-o",
        html.to_str().unwrap(),
        "--date",
        "2026-12-02",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("n'a pas de traduction dans cette langue") && said.contains("questionnaire"),
        "{said}"
    );
    // The knowledge base is the built-in one, translated: nothing is said of it.
    assert!(!said.contains("base de connaissances"), "{said}");
    // The same with the built-in questionnaire says nothing.
    let output = msgdpia(&[
        "report",
        &example("uk-firm-signal-mdm.ron"),
        "--lang",
        "fr",
        "-o",
        html.to_str().unwrap(),
        "--date",
        "2026-12-02",
    ]);
    assert!(
        !stderr(&output).contains("traduction"),
        "{}",
        stderr(&output)
    );
}

/// Every command the help lists, from `msgdpia --help`.
fn commands_in_help() -> Vec<String> {
    let help = String::from_utf8(msgdpia(&["--help"]).stdout).unwrap();
    let commands: Vec<String> = help
        .split("Commands:")
        .nth(1)
        .and_then(|rest| rest.split("Options:").next())
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect();
    assert!(commands.len() >= 10, "{help}");
    commands
}

#[test]
fn completions_for_each_shell_and_the_manual_page_know_every_command() {
    let commands = commands_in_help();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = msgdpia(&["completions", shell]);
        assert!(output.status.success(), "{shell}");
        let script = String::from_utf8(output.stdout).unwrap();
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell} lacks {command}");
        }
    }
    // The bash script loads and registers itself.
    let bash = std::process::Command::new("bash")
        .args([
            "-c",
            &format!(
                "source <('{}' completions bash) && complete -p msgdpia",
                env!("CARGO_BIN_EXE_msgdpia")
            ),
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&bash.stdout).contains("_msgdpia"),
        "{}",
        String::from_utf8_lossy(&bash.stderr)
    );
    let refused = msgdpia(&["completions", "tcsh"]);
    assert_eq!(refused.status.code(), Some(2));

    let page = String::from_utf8(msgdpia(&["man"]).stdout).unwrap();
    assert!(page.contains(".TH msgdpia 1"), "{page}");
    assert!(page.contains("no network connection"));
    for command in &commands {
        // roff escapes hyphens; the main page names each command's own page, which exists.
        let own = format!("msgdpia-{command}");
        assert!(
            page.contains(&format!("{}(1)", own.replace('-', "\\-"))),
            "the manual page lacks {command}"
        );
        let output = msgdpia(&["man", command]);
        assert!(output.status.success(), "{command}");
        let own_page = String::from_utf8(output.stdout).unwrap();
        assert!(own_page.contains(&format!(".TH {own} 1")), "{own_page}");
    }
    let report = String::from_utf8(msgdpia(&["man", "report"]).stdout).unwrap();
    assert!(report.contains("\\-\\-output\\-dir"), "{report}");
    assert_eq!(msgdpia(&["man", "nope"]).status.code(), Some(1));
}
