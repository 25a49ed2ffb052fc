//! Assessment files: saving and loading keep every answer, and answers that no longer fit a
//! questionnaire are reported, not dropped.

use crate::support::{example, knowledge, questionnaire};
use msgdpia::answer::Answer;
use msgdpia::assessment::{Assessment, FORMAT_VERSION, misfits};
use msgdpia::io::{read_source, write_atomic};
use msgdpia::source::SourceFile;

#[test]
fn saving_and_loading_gives_the_same_assessment() {
    for name in [
        "hk-law-firm-wechat.ron",
        "scottish-team-whatsapp.ron",
        "uk-firm-signal-mdm.ron",
    ] {
        let original = example(name);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        write_atomic(&path, original.to_ron().as_bytes()).unwrap();
        let reloaded = Assessment::load(&read_source(&path).unwrap())
            .unwrap()
            .value;
        assert_eq!(
            original, reloaded,
            "{name} changed on a save/load round trip"
        );
    }
}

#[test]
fn answers_from_another_questionnaire_version_are_reported_and_kept() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut assessment = example("uk-firm-signal-mdm.ron");
    assessment.questionnaire_version = "0.0.9".into();
    assessment.answers.insert(
        "old_question".into(),
        Answer::YesNo(msgdpia::answer::YesNo::Yes),
    );
    assessment
        .answers
        .insert("devices".into(), Answer::Choices(vec!["managed".into()]));
    assessment.answers.insert(
        "data_kinds".into(),
        Answer::Choices(vec!["ordinary".into(), "gossip".into()]),
    );
    let found = misfits(&assessment.answers, &q, &kb);
    let questions: Vec<&str> = found.iter().map(|m| m.question.as_str()).collect();
    assert_eq!(questions, vec!["data_kinds", "devices", "old_question"]);
    let diagnostic = |misfit| {
        msgdpia::present::misfits::diagnostic(misfit)
            .in_words(msgdpia::present::vocabulary::Words::english())
    };
    assert!(diagnostic(&found[0]).contains("no option `gossip`"));
    assert!(diagnostic(&found[1]).contains("expects a single choice (Choice)"));
    // The reader sees the question's text, never its id.
    let reader = msgdpia::present::misfits::reader_text(
        &q,
        &found[0],
        msgdpia::present::vocabulary::Words::english(),
    );
    assert!(
        reader.contains(&q.question("data_kinds").unwrap().text),
        "{reader}"
    );
    assert!(reader.contains("“gossip”, an option"), "{reader}");
    assert!(!reader.contains("data_kinds"), "{reader}");
    let text = assessment.to_ron();
    let reloaded = Assessment::load(&SourceFile::new("a.ron", text))
        .unwrap()
        .value;
    assert_eq!(
        reloaded.answers.get("old_question"),
        assessment.answers.get("old_question")
    );
    assert_eq!(reloaded.answers.len(), assessment.answers.len());
}

#[test]
fn the_cli_names_the_line_of_each_answer_that_does_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questionnaires/examples/uk-firm-signal-mdm.ron"),
    )
    .unwrap();
    let text = text
        .replace("version: \"0.7.0\"", "version: \"0.0.9\"")
        .replace(
            "\"devices\": Choice(\"managed\")",
            "\"devices\": Choice(\"tablet\")",
        );
    std::fs::write(&path, &text).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("\"devices\""))
        .unwrap()
        + 1;
    // The error points at the option the questionnaire does not have.
    let column = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"tablet\"")
        .unwrap()
        + 1;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "a different version warns, it does not fail: {stderr}"
    );
    assert!(
        stderr.contains("answered against questionnaire msgdpia-default 0.0.9"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "old.ron:{line}:{column}: question `devices` has no option `tablet`"
        )),
        "{stderr}"
    );
}

#[test]
fn an_action_plan_naming_an_unknown_control_is_reported_and_kept() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questionnaires/examples/scottish-team-whatsapp.ron"),
    )
    .unwrap();
    let text = text.replace(
        "PlannedMeasure(control: \"mdm\"",
        "PlannedMeasure(control: \"carrier_pigeons\"",
    );
    let source = SourceFile::new("plan.ron", text);
    let opened = crate::support::open_with_shipped(&source);
    assert!(
        opened
            .notes
            .iter()
            .any(|n| n.to_string().contains("`carrier_pigeons`")),
        "{:?}",
        opened.notes
    );
    assert!(opened.assessment.to_ron().contains("carrier_pigeons"));
}

#[test]
fn every_kept_format_sample_still_loads_and_saves_in_the_current_format() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats");
    let mut versions_seen = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let source = read_source(&path).unwrap();
        let loaded = Assessment::load(&source)
            .unwrap_or_else(|e| panic!("{} no longer loads:\n{e}", path.display()));
        assert!(!loaded.value.answers.is_empty());
        let version: u32 = source
            .text()
            .split("format_version:")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .and_then(|v| v.trim().parse().ok())
            .unwrap();
        // An older file says it will be saved in the current format; a current one is silent.
        let warned = loaded
            .warnings
            .iter()
            .any(|w| w.message.contains("earlier version of msgdpia"));
        assert_eq!(warned, version < FORMAT_VERSION, "{}", path.display());
        let saved = loaded.value.to_ron();
        assert!(saved.contains(&format!("format_version: {FORMAT_VERSION},")));
        let reloaded = Assessment::load(&SourceFile::new("saved.ron", saved)).unwrap();
        assert_eq!(reloaded.value, loaded.value, "{}", path.display());
        assert!(reloaded.warnings.is_empty(), "{:?}", reloaded.warnings);
        versions_seen.insert(version);
    }
    let every_version: std::collections::BTreeSet<u32> = (1..=FORMAT_VERSION).collect();
    assert_eq!(
        versions_seen, every_version,
        "tests/formats needs a sample of every format version"
    );
}

#[test]
fn a_format_1_sign_off_keeps_its_approvers_with_no_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/formats/format-1-with-sign-off.ron");
    let sign_off = Assessment::load(&read_source(&path).unwrap())
        .unwrap()
        .value
        .sign_off;
    assert_eq!(sign_off.measures_approval.by, "Tom Hartley, Partner");
    assert_eq!(sign_off.measures_approval.on, None);
    assert_eq!(sign_off.residual_risks_approval.by, "Tom Hartley, Partner");
    assert_eq!(sign_off.residual_risks_approval.on, None);
    assert_eq!(sign_off.kept_under_review_by, "Office Manager");
    assert_eq!(sign_off.measures.len(), 1);
}

#[test]
fn a_newer_file_with_fields_this_version_does_not_know_is_refused_as_newer() {
    // A future format may add fields; the message must be about the version, not the fields.
    let text = format!(
        "Assessment(format_version: {}, questionnaire: QuestionnaireRef(id: \"q\", version: \"1\"), metadata: Metadata(organisation: \"O\", assessment_date: \"2026-01-01\"), answers: {{}}, encryption_hint: Some(\"x\"), history: [])",
        FORMAT_VERSION + 1
    );
    let error = Assessment::load(&SourceFile::new("future.ron", text))
        .unwrap_err()
        .to_string();
    // Located at the version itself.
    assert!(
        error.starts_with("future.ron:1:28:") && error.contains("newer version of msgdpia"),
        "{error}"
    );
    assert!(!error.contains("encryption_hint"), "{error}");
    // However deeply the new format nests its values, and wherever the version stands.
    let deep = format!("{}{}", "[".repeat(80), "]".repeat(80));
    let text = format!(
        "Assessment(\n    questionnaire: QuestionnaireRef(id: \"q\", version: \"1\"),\n    future: {deep},\n    format_version: {},\n)",
        FORMAT_VERSION + 1
    );
    let error = Assessment::load(&SourceFile::new("deep.ron", text))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("deep.ron:4:21:") && error.contains("newer version of msgdpia"),
        "{error}"
    );
}

#[test]
fn an_assessment_answered_against_the_previous_questionnaire_loads_keeps_every_answer_and_is_incomplete()
 {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-2.ron"),
    )
    .unwrap();
    let old = Assessment::load(&SourceFile::new("format-2.ron", text))
        .unwrap()
        .value;
    assert_eq!(old.questionnaire_version, "0.2.0");
    let bundle = msgdpia::bundle::Bundle::load(
        &msgdpia::embedded::knowledge_base_source(),
        &msgdpia::embedded::questionnaire_sources()[0],
    )
    .unwrap();
    assert_ne!(bundle.questionnaire.version, old.questionnaire_version);
    let scoring = bundle.score(&old);
    // The questions 0.3.0 added, or made required, are missing: no stance until answered.
    assert!(!scoring.complete);
    for id in ["np_retention_period", "records_disappearing"] {
        assert!(
            scoring.missing.iter().any(|m| m == id),
            "{:?}",
            scoring.missing
        );
    }
    // Every answer is kept and written back.
    let saved = old.to_ron();
    for id in old.answers.keys() {
        assert!(saved.contains(&format!("\"{id}\"")), "{id} lost");
    }
}

#[test]
fn opening_an_older_assessment_carries_the_transfer_basis_to_the_question_of_its_regime() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-2.ron"),
    )
    .unwrap();
    // A UK organisation that answered the single transfer question of questionnaire 0.2.0.
    assert!(text.contains("\"org_location\": Choice(\"uk\")"));
    let source = SourceFile::new("format-2.ron", text);
    let opened = crate::support::open_with_shipped(&source);
    let answers = &opened.assessment.answers;
    assert_eq!(
        answers.get("transfer_basis_uk"),
        Some(&msgdpia::answer::Answer::Choice("adequacy".into()))
    );
    assert!(!answers.contains_key("transfer_basis"));
    assert!(
        opened
            .notes
            .iter()
            .map(ToString::to_string)
            .any(|n| n.starts_with("format-2.ron: the answer to \"")
                && n.contains("outside the UK?\"")),
        "{:?}",
        opened.notes
    );
    // The carried answer counts: the UK question is not among the missing ones.
    let scoring = opened.bundle.score(&opened.assessment);
    assert!(!scoring.missing.iter().any(|m| m == "transfer_basis_uk"));
}

#[test]
fn the_record_of_what_an_assessment_was_scored_with_tells_what_changed_since() {
    use msgdpia::since_scored::{record, since_scored};
    let bundle = msgdpia::bundle::Bundle::load(
        &msgdpia::embedded::knowledge_base_source(),
        &msgdpia::embedded::questionnaire_sources()[0],
    )
    .unwrap();
    let assessment = example("uk-firm-signal-mdm.ron");
    let scoring = bundle.score(&assessment);
    let recorded = record(&bundle.knowledge, &bundle.knowledge_sha256, &scoring);
    // Read with the knowledge base it was scored with: nothing to say.
    assert_eq!(
        since_scored(
            &recorded,
            &bundle.knowledge,
            &bundle.knowledge_sha256,
            &scoring
        ),
        None
    );
    // A newer knowledge base in which Signal keeps extensive metadata.
    let mut newer = crate::support::with_signal_keeping_metadata(&bundle.knowledge);
    newer.version = "2099.1.1".into();
    let rescored = msgdpia::scoring::score_with_plan(
        &bundle.questionnaire,
        &newer,
        &assessment.answers,
        &assessment.sign_off.measures,
    );
    let changes = since_scored(&recorded, &newer, "another sha256", &rescored).unwrap();
    assert_eq!(
        changes.facts,
        vec![(
            "signal".to_string(),
            "collects_metadata".to_string(),
            msgdpia::knowledge::FactValue::No,
            msgdpia::knowledge::FactValue::Yes
        )]
    );
    assert!(
        changes
            .rescored
            .risks
            .iter()
            .any(|(app, risk, ..)| app == "signal" && risk == "confidentiality"),
        "{changes:?}"
    );
    let words = msgdpia::present::since_scored::change_lines(
        &newer,
        &changes,
        msgdpia::present::vocabulary::Words::english(),
    )
    .join("\n");
    assert!(
        words.contains("Signal: Provider collects extensive metadata: No then, Yes now."),
        "{words}"
    );
    // The record survives a save and a load.
    let mut saved = assessment.clone();
    saved.scored_with = Some(recorded.clone());
    let reloaded = Assessment::load(&SourceFile::new("saved.ron", saved.to_ron()))
        .unwrap()
        .value;
    assert_eq!(reloaded.scored_with, Some(recorded));
}

#[test]
fn a_new_revision_keeps_the_approved_version_in_the_history_and_starts_a_new_draft() {
    let approved = example("scottish-team-whatsapp.ron");
    assert!(approved.is_approved());
    let today = msgdpia::date::Date::parse("2027-01-10").unwrap();
    assert!(!approved.review_due(today), "reviewed yearly");
    let mut revised = approved.clone();
    revised.start_new_revision(today);
    assert!(!revised.is_approved());
    assert_eq!(revised.metadata.assessment_version, "1.1");
    assert_eq!(revised.metadata.assessment_date, today);
    let kept = revised.metadata.history.last().unwrap();
    assert_eq!(
        (kept.version.as_str(), kept.on, kept.by.as_str()),
        (
            "1.0",
            msgdpia::date::Date::parse("2026-11-23"),
            "Deputy Director, Resilience (Information Asset Owner)"
        )
    );
    // What the old version's approvers did not approve is not carried over; the work is.
    assert_eq!(revised.answers, approved.answers);
    assert_eq!(revised.sign_off.measures, approved.sign_off.measures);
    assert!(!revised.sign_off.residual_risks_approval.is_given());
    // A draft is left as it is.
    let mut draft = example("uk-firm-signal-mdm.ron");
    let unchanged = draft.clone();
    draft.start_new_revision(today);
    assert_eq!(draft, unchanged);
    // Past its review date an approved assessment is due for review.
    // (Its review date is 2027-11-23.)
    let later = msgdpia::date::Date::parse("2027-12-01").unwrap();
    assert!(approved.review_due(later));
    assert!(
        !revised.review_due(later),
        "a draft is not reviewed, it is approved"
    );
    // A revision started after the review date does not inherit the date that has passed.
    let mut late = approved.clone();
    late.start_new_revision(later);
    assert_eq!(late.metadata.review_date, None);
    assert_eq!(revised.metadata.review_date, approved.metadata.review_date);
    // The report's cover says so, so that nobody takes a stale approval for a current one.
    let bundle = msgdpia::bundle::Bundle::load(
        &msgdpia::embedded::knowledge_base_source(),
        &msgdpia::embedded::questionnaire_sources()[0],
    )
    .unwrap();
    let cover = |date| {
        let document = bundle.report(&approved, &bundle.score(&approved), date);
        msgdpia::report::section_markdown(&document.sections[0])
    };
    assert!(cover(later).contains("its review was due on 2027-11-23 and has not been recorded"));
    assert!(!cover(today).contains("review was due"));
}

#[test]
fn the_shipped_examples_are_in_the_current_format_so_opening_one_warns_of_nothing_old() {
    for example in msgdpia::embedded::EXAMPLES {
        let loaded = Assessment::load(&SourceFile::new(example.name, example.text)).unwrap();
        assert!(
            example
                .text
                .contains(&format!("format_version: {FORMAT_VERSION},")),
            "{} is not in format {FORMAT_VERSION}",
            example.name
        );
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            example.name,
            loaded.warnings
        );
    }
}

/// format-4.ron, which answered the review date twice (questionnaire 0.4.0), with its details'
/// review date replaced by `review_date` (or removed when `None`).
fn format_4_with_review_date(review_date: Option<&str>) -> SourceFile {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-4.ron"),
    )
    .unwrap();
    assert!(text.contains("\"gov_next_review\": Date(\"2027-11-23\")"));
    let line = "        review_date: \"2027-11-23\",\n";
    assert!(text.contains(line));
    let replacement = review_date.map_or(String::new(), |date| {
        format!("        review_date: \"{date}\",\n")
    });
    SourceFile::new("format-4.ron", text.replace(line, &replacement))
}

#[test]
fn the_review_date_once_asked_under_governance_becomes_the_assessments_review_date() {
    let date = |text| msgdpia::date::Date::parse(text).unwrap();
    // Not set among the details: the Governance answer becomes the review date, with a note.
    let opened = crate::support::open_with_shipped(&format_4_with_review_date(None));
    assert_eq!(
        opened.assessment.metadata.review_date,
        Some(date("2027-11-23"))
    );
    assert!(!opened.assessment.answers.contains_key("gov_next_review"));
    assert!(
        opened
            .notes
            .iter()
            .map(ToString::to_string)
            .any(|n| n.contains("is now the assessment's review date, 2027-11-23")),
        "{:?}",
        opened.notes
    );
    // The same date twice: one is enough.
    let opened = crate::support::open_with_shipped(&format_4_with_review_date(Some("2027-11-23")));
    assert_eq!(
        opened.assessment.metadata.review_date,
        Some(date("2027-11-23"))
    );
    assert!(!opened.assessment.answers.contains_key("gov_next_review"));
    // Two different dates: neither is thrown away; the details' date stands and the other is
    // listed as an answer that fits no question, for the assessor to settle.
    let opened = crate::support::open_with_shipped(&format_4_with_review_date(Some("2027-06-30")));
    assert_eq!(
        opened.assessment.metadata.review_date,
        Some(date("2027-06-30"))
    );
    assert!(opened.assessment.answers.contains_key("gov_next_review"));
    assert!(
        opened
            .notes
            .iter()
            .map(ToString::to_string)
            .any(|n| n
                .contains("it says 2027-06-30, but the answer under Governance said 2027-11-23")),
        "{:?}",
        opened.notes
    );
    // The current questionnaire asks it once, among the details.
    assert!(
        questionnaire(&knowledge())
            .question("gov_next_review")
            .is_none()
    );
}
