//! Hostile files: each gets a clear error naming the file, and nothing on disk is damaged.

use crate::support::knowledge;
use crate::support::run_msgdpia as msgdpia;
use msgdpia::assessment::Assessment;
use msgdpia::io::{read_source, write_atomic};
use msgdpia::questionnaire::Questionnaire;
use msgdpia::source::SourceFile;
use std::process::Command;

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // A sparse 100 MB file: the size check must refuse it without reading it.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let error = read_source(&path).unwrap_err().to_string();
    assert!(
        error.contains("huge.ron") && error.contains("too large"),
        "{error}"
    );
    let output = msgdpia(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn deeply_nested_ron_is_an_error_not_a_stack_overflow() {
    let text = format!(
        "Assessment(format_version: 1, questionnaire: QuestionnaireRef(id: \"q\", version: \"1\"), metadata: Metadata(organisation: \"O\", assessment_date: \"2026-01-01\"), answers: {{ \"a\": Choices({}) }})",
        "[".repeat(100_000)
    );
    let error = Assessment::load(&SourceFile::new("deep.ron", text))
        .unwrap_err()
        .to_string();
    assert!(error.starts_with("deep.ron:1:"), "{error}");
    let mut condition = String::from("Answered(\"q0\")");
    for _ in 0..5000 {
        condition = format!("Not({condition})");
    }
    let questionnaire = format!(
        "Questionnaire(id: \"t\", version: \"1\", title: \"T\", sections: [Section(id: \"s\", title: \"S\", questions: [Question(id: \"q0\", text: \"Q\", help: \"H\", kind: YesNo), Question(id: \"q1\", text: \"Q\", help: \"H\", kind: YesNo, show_if: {condition})])])"
    );
    let error = Questionnaire::load(&SourceFile::new("deep-q.ron", questionnaire), &knowledge())
        .unwrap_err()
        .to_string();
    assert!(error.contains("nested too deeply"), "{error}");
}

#[test]
fn a_questionnaire_with_ten_thousand_questions_loads_scores_and_reports() {
    let mut questions = String::new();
    for i in 0..10_000 {
        // Each question depends on the one before it: the worst case for condition checks.
        let condition = if i == 0 {
            String::new()
        } else {
            format!(", show_if: Is(\"q{}\", \"yes\")", i - 1)
        };
        questions.push_str(&format!("Question(id: \"q{i}\", text: \"Question {i}?\", help: \"Why {i}.\", kind: YesNo{condition}, options: [Choice(id: \"yes\", effects: [Raise(risk: \"confidentiality\", likelihood: 1)])]),\n"));
    }
    let text = format!(
        "Questionnaire(id: \"big\", version: \"1\", title: \"Big\", sections: [Section(id: \"s\", title: \"S\", questions: [{questions}])])"
    );
    let kb = knowledge();
    let questionnaire = Questionnaire::load(&SourceFile::new("big.ron", text), &kb)
        .expect("a large questionnaire is valid")
        .value;
    assert_eq!(questionnaire.questions().count(), 10_000);
    let mut answers = msgdpia::answer::Answers::new();
    for i in 0..10_000 {
        answers.insert(
            format!("q{i}"),
            msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes),
        );
    }
    let scoring = msgdpia::scoring::score(&questionnaire, &kb, &answers);
    assert_eq!(scoring.apps[0].risks[0].inherent.likelihood.get(), 4);
}

#[test]
fn unusual_characters_in_paths_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Müller & Zoë's \"files\" (2026) 日本");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("a b;c$d.ron");
    let assessment = crate::support::example("uk-firm-signal-mdm.ron");
    write_atomic(&path, assessment.to_ron().as_bytes()).unwrap();
    let output = msgdpia(&["check", path.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = folder.join("report ü.pdf");
    let output = msgdpia(&[
        "report",
        path.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
        "--date",
        "2026-11-23",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(pdf.exists());
}

#[test]
fn a_target_that_cannot_be_written_gives_an_error_and_leaves_the_folder_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a folder: the rename must fail, even for root, and leave no temporary file.
    let target = dir.path().join("report.pdf");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("inside.txt"), b"keep").unwrap();
    let input = crate::support::example("uk-firm-signal-mdm.ron");
    let source = dir.path().join("in.ron");
    std::fs::write(&source, input.to_ron()).unwrap();
    let output = msgdpia(&[
        "report",
        source.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("report.pdf") && stderr.contains("cannot replace the file"),
        "{stderr}"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["in.ron".to_string(), "report.pdf".to_string()],
        "a temporary file was left behind"
    );
    assert_eq!(std::fs::read(target.join("inside.txt")).unwrap(), b"keep");
}

/// Runs `script` with `sh` as root of a private user and mount namespace, where it may mount a
/// small tmpfs that nobody else sees. Returns `None` where the kernel forbids such namespaces,
/// except on CI, where the full-disk test must really run.
fn in_private_mount_namespace(script: &str, args: &[&str]) -> Option<std::process::Output> {
    let available = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must be able to run the full-disk test (unshare --user --mount)"
        );
        eprintln!("skipped: this machine does not allow unprivileged mount namespaces");
        return None;
    }
    let output = Command::new("unshare")
        .args([
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    Some(output)
}

#[test]
fn a_full_disk_gives_an_error_and_leaves_the_old_report_and_no_temporary_file() {
    // The disk is a 256 KiB tmpfs, filled to the last block after the old report is written.
    let script = r#"
        set -e
        disk="$1"; out="$2"
        mount -t tmpfs -o size=256k tmpfs "$disk"
        printf 'the old report' > "$disk/report.pdf"
        dd if=/dev/zero of="$disk/filler" bs=4096 2>/dev/null || true
        set +e
        "$3" report "$4" -o "$disk/report.pdf" --date 2026-11-23 2> "$out/stderr"
        echo $? > "$out/code"
        cat "$disk/report.pdf" > "$out/after"
        ls -A "$disk" > "$out/listing"
    "#;
    let disk = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questionnaires/examples/hk-law-firm-wechat.ron"
    );
    let args = [
        disk.path().to_str().unwrap(),
        out.path().to_str().unwrap(),
        env!("CARGO_BIN_EXE_msgdpia"),
        example,
    ];
    let Some(output) = in_private_mount_namespace(script, &args) else {
        return;
    };
    let read = |name: &str| std::fs::read_to_string(out.path().join(name)).unwrap_or_default();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(read("code").trim(), "1", "stderr: {}", read("stderr"));
    assert!(
        read("stderr").contains("report.pdf") && read("stderr").contains("No space left"),
        "{}",
        read("stderr")
    );
    assert_eq!(read("after"), "the old report");
    assert_eq!(
        read("listing").lines().collect::<Vec<_>>(),
        ["filler", "report.pdf"]
    );
}

/// Runs msgdpia and waits at most `seconds`; `None` if it was still running (then killed).
fn msgdpia_within(args: &[&str], seconds: u64) -> Option<std::process::Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while std::time::Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_input_is_refused_at_once_instead_of_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("assessment.ron");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success(), "mkfifo is part of coreutils");
    let pipe = pipe.to_str().unwrap();
    let output = dir.path().join("report.pdf");
    for args in [
        vec!["report", pipe, "-o", output.to_str().unwrap()],
        vec!["check", pipe],
        vec!["score", pipe],
    ] {
        let result = msgdpia_within(&args, 20)
            .unwrap_or_else(|| panic!("msgdpia {} hung on a named pipe", args[0]));
        assert_eq!(result.status.code(), Some(1), "{}", args[0]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(
            stderr.contains("a named pipe (FIFO), not a file"),
            "{stderr}"
        );
    }
}

#[test]
fn an_assessment_saved_with_a_byte_order_mark_opens_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let example = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questionnaires/examples/uk-firm-signal-mdm.ron"),
    )
    .unwrap();
    std::fs::write(&path, format!("\u{feff}{example}")).unwrap();
    let path = path.to_str().unwrap();
    let checked = msgdpia(&["check", path]);
    assert_eq!(
        checked.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let report = dir.path().join("r.pdf");
    let reported = msgdpia(&["report", path, "-o", report.to_str().unwrap()]);
    assert_eq!(reported.status.code(), Some(0));
}

/// Words to fill a text to `chars` characters, as a long answer would read (line breaking and
/// layout get ordinary words, not one unbreakable run).
fn words(chars: usize) -> String {
    // A line break and quotes, which the file writes escaped (`\n`, `\"`): each is still one
    // character of the limit.
    let sentence = "Partners discuss the \"matter\" with the client and confirm the next steps.\n";
    sentence.repeat(chars / sentence.len() + 1)[..chars].to_string()
}

/// Figures `/usr/bin/time -v` prints: the peak resident memory in MB and the wall-clock seconds.
fn measured(report: &str) -> (f64, f64) {
    let value = |label: &str| {
        report
            .lines()
            .find_map(|line| line.trim().strip_prefix(label))
            .unwrap_or_else(|| panic!("no `{label}` in:\n{report}"))
            .trim()
            .to_string()
    };
    let kilobytes: f64 = value("Maximum resident set size (kbytes):")
        .parse()
        .unwrap();
    let wall = value("Elapsed (wall clock) time (h:mm:ss or m:ss):");
    let seconds = wall.split(':').fold(0.0, |total, part| {
        total * 60.0 + part.parse::<f64>().unwrap()
    });
    (kilobytes / 1024.0, seconds)
}

/// Every text answer and every detail at its limit: the report is written within the budget of
/// docs/reliability.md (5 s, 200 MB), measured on the whole process with `/usr/bin/time`, which
/// `.ci/run` installs. Checking one over each limit is refused is the corpus's job
/// (`assessment-answer-too-long`, `assessment-organisation-too-long`).
#[test]
fn an_assessment_at_every_limit_is_reported_within_five_seconds_and_200_mb() {
    use msgdpia::limits::{MAX_DETAIL_CHARS, MAX_TEXT_CHARS};
    use msgdpia::questionnaire::QuestionKind;
    let mut assessment = crate::support::example("scottish-team-whatsapp.ron");
    let questionnaire = crate::support::questionnaire(&knowledge());
    for question in questionnaire.questions() {
        if matches!(
            question.kind,
            QuestionKind::ShortText | QuestionKind::LongText
        ) {
            assessment.answers.insert(
                question.id.clone(),
                msgdpia::answer::Answer::Text(words(MAX_TEXT_CHARS)),
            );
        }
    }
    let metadata = &mut assessment.metadata;
    for detail in [
        &mut metadata.organisation,
        &mut metadata.sector,
        &mut metadata.country,
        &mut metadata.assessor,
        &mut metadata.dpo,
        &mut metadata.assessment_version,
    ] {
        *detail = words(MAX_DETAIL_CHARS);
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("at-the-limits.ron");
    write_atomic(&input, assessment.to_ron().as_bytes()).unwrap();
    let output = dir.path().join("at-the-limits.pdf");
    let run = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_msgdpia"))
        .args([
            "report",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ])
        .env_remove("DISPLAY")
        .output()
        .expect("/usr/bin/time is installed (.ci/run installs it)");
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{report}");
    let (megabytes, seconds) = measured(&report);
    println!("a report at every limit: {megabytes:.0} MB peak, {seconds:.2} s");
    assert!(megabytes <= 200.0, "peak memory {megabytes:.0} MB");
    assert!(seconds <= 5.0, "took {seconds:.2} s");
}
