//! The JSON Schemas of docs/schemas/: each is what `msgdpia schema KIND` prints, and each is
//! true: every shipped file and the real output of `score --json` fit it, and data with a field
//! the parser refuses does not.
//!
//! The check is a small structural validator of our own (`validator.rs`): a full JSON Schema
//! crate (jsonschema) would bring 44 crates into the build for the few keywords schemars writes.

use crate::support::run_msgdpia as msgdpia;
mod validator;

use msgdpia::cli::schema::{SchemaKind, file_as_json, schema_text};
use msgdpia::source::SourceFile;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use validator::Validator;

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The schema of `kind`, as the command prints it.
fn schema(kind: SchemaKind) -> Value {
    serde_json::from_str(&schema_text(kind)).expect("the schema is JSON")
}

/// The `.ron` files directly in `folder` (from the repository root), sorted.
fn ron_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repository().join(folder))
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ron file in {folder}");
    files
}

/// The data of the file at `path`, read as msgdpia reads a file of `kind`, as JSON.
fn data_of(kind: SchemaKind, path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let source = SourceFile::new(path.display().to_string(), text);
    file_as_json(kind, &source).unwrap_or_else(|e| panic!("{}: {e:#}", path.display()))
}

/// Panics with every place where `instance` does not fit the schema of `kind`.
fn assert_fits(kind: SchemaKind, instance: &Value, what: &str) {
    let problems = problems_of(kind, instance);
    assert!(
        problems.is_empty(),
        "{what} does not fit the {} schema:\n{}",
        kind.name(),
        problems.join("\n")
    );
}

#[test]
fn every_committed_schema_is_the_one_msgdpia_schema_prints() {
    let mut stale = Vec::new();
    for kind in SchemaKind::ALL {
        let output = msgdpia(&["schema", kind.name()]);
        assert_eq!(output.status.code(), Some(0), "schema {}", kind.name());
        let printed = String::from_utf8(output.stdout).unwrap();
        assert_eq!(printed, schema_text(kind), "the same on every run");
        assert!(printed.ends_with("}\n"), "{printed}");
        let relative = format!("docs/schemas/{}.schema.json", kind.name());
        stale.extend(crate::support::stale_generated_doc(
            &relative,
            &printed,
            "--test integration schemas",
        ));
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
    assert_eq!(msgdpia(&["schema", "report"]).status.code(), Some(2));
}

#[test]
fn the_schemas_say_what_they_describe_and_its_version() {
    for kind in SchemaKind::ALL {
        let schema = schema(kind);
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        let title = schema["title"].as_str().unwrap();
        assert!(title.starts_with("msgdpia "), "{title}");
        let description = schema["description"].as_str().unwrap();
        if kind != SchemaKind::Score {
            assert!(description.contains("serde's data model"), "{description}");
        }
    }
    let version = msgdpia::assessment::FORMAT_VERSION;
    let assessment = schema(SchemaKind::Assessment);
    assert!(
        assessment["title"]
            .as_str()
            .unwrap()
            .ends_with(&format!("format_version {version}"))
    );
    assert_eq!(
        assessment["properties"]["format_version"]["maximum"],
        version
    );
    let score = schema(SchemaKind::Score);
    assert_eq!(score["properties"]["schema_version"]["const"], 1);
    assert!(
        score["title"]
            .as_str()
            .unwrap()
            .ends_with("schema_version 1")
    );
}

#[test]
fn every_shipped_file_fits_its_schema() {
    let mut checked = 0;
    for (kind, folder) in [
        (SchemaKind::Questionnaire, "questionnaires"),
        (SchemaKind::Assessment, "questionnaires/examples"),
    ] {
        for path in ron_files(folder) {
            assert_fits(kind, &data_of(kind, &path), &path.display().to_string());
            checked += 1;
        }
    }
    let knowledge_base = repository().join("assets/knowledge_base.ron");
    let kb = data_of(SchemaKind::KnowledgeBase, &knowledge_base);
    assert_fits(SchemaKind::KnowledgeBase, &kb, "assets/knowledge_base.ron");
    assert!(checked >= 4, "only {checked} files: did the folders move?");
}

#[test]
fn what_score_json_prints_fits_its_schema() {
    let mut paths = ron_files("questionnaires/examples");
    // An assessment with an answer that does not fit, a required answer missing and an
    // override without a reason: misfits, findings and an incomplete result, which the
    // examples lack.
    let mut assessment = crate::support::example("uk-firm-signal-mdm.ron");
    assessment.answers.insert(
        "devices".into(),
        msgdpia::answer::Answer::Choice("smartwatch".into()),
    );
    assessment.answers.remove("apps");
    let risk = crate::support::knowledge().risks[0].id.clone();
    assessment
        .judgement
        .overrides
        .push(msgdpia::assessment::RiskOverride {
            risk,
            app: None,
            likelihood: msgdpia::scale::Scale::new(1),
            severity: None,
            reason: String::new(),
        });
    let dir = tempfile::tempdir().unwrap();
    let unusual = dir.path().join("unusual.ron");
    std::fs::write(&unusual, assessment.to_ron()).unwrap();
    assert_fits(
        SchemaKind::Assessment,
        &data_of(SchemaKind::Assessment, &unusual),
        "an assessment with an override",
    );
    paths.push(unusual);
    for path in &paths {
        let output = msgdpia(&["score", "--json", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", path.display());
        let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_fits(SchemaKind::Score, &printed, &path.display().to_string());
    }
    let printed = msgdpia(&["score", "--json", paths.last().unwrap().to_str().unwrap()]);
    let printed: Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(printed["complete"], false, "{printed}");
    assert!(!printed["misfits"].as_array().unwrap().is_empty());
    let findings = printed["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["kind"] == "override_incomplete"),
        "{printed}"
    );
    // The check reaches deep into the real output: a level or a scale point out of place fails.
    let mut wrong = printed;
    wrong["apps"][0]["risks"][0]["residual"]["level"] = json!("extreme");
    wrong["apps"][0]["risks"][0]["inherent"]["likelihood"] = json!(5);
    let problems = problems_of(SchemaKind::Score, &wrong).join("\n");
    assert!(
        problems.contains("/apps/0/risks/0/residual/level: "),
        "{problems}"
    );
    assert!(
        problems.contains("/apps/0/risks/0/inherent/likelihood: 5 is above the maximum 4"),
        "{problems}"
    );
}

#[test]
fn data_the_parser_refuses_does_not_fit_the_schema() {
    let questionnaire = data_of(
        SchemaKind::Questionnaire,
        &repository().join("questionnaires/default.ron"),
    );
    // A field no question has: the parser refuses it, and so does the schema.
    let mut unknown = questionnaire.clone();
    unknown["sections"][0]["questions"][0]["colour"] = json!("blue");
    let problems = problems_of(SchemaKind::Questionnaire, &unknown);
    assert_eq!(
        problems,
        ["/sections/0/questions/0: the field `colour` is not allowed"]
    );
    let ron = std::fs::read_to_string(repository().join("questionnaires/default.ron")).unwrap();
    let first_help = ron.find("help: ").expect("a question has help");
    let with_colour = format!(
        "{}colour: \"blue\", {}",
        &ron[..first_help],
        &ron[first_help..]
    );
    let source = SourceFile::new("colour.ron", with_colour);
    assert!(file_as_json(SchemaKind::Questionnaire, &source).is_err());

    // A required field left out, a value of the wrong type, a condition that does not exist.
    let mut broken = questionnaire.clone();
    let question = &mut broken["sections"][0]["questions"][0];
    question.as_object_mut().unwrap().remove("text");
    question["required"] = json!("yes");
    question["show_if"] = json!({"Was": ["a", "b"]});
    let problems = problems_of(SchemaKind::Questionnaire, &broken).join("\n");
    assert!(
        problems.contains("the field `text` is missing"),
        "{problems}"
    );
    assert!(
        problems.contains("/required: a boolean, not \"yes\""),
        "{problems}"
    );
    assert!(problems.contains("/show_if: fits none of"), "{problems}");

    // An unknown variant of an enum without data, and a tuple variant of the wrong length.
    let mut variants = questionnaire;
    variants["sections"][0]["questions"][0]["kind"] = json!("Slider");
    variants["rules"][0]["when"] = json!({"Is": ["a"]});
    let problems = problems_of(SchemaKind::Questionnaire, &variants).join("\n");
    assert!(problems.contains("/questions/0/kind"), "{problems}");
    assert!(problems.contains("/rules/0/when"), "{problems}");

    // An assessment of a newer format, and a score of another shape's version.
    let mut newer = data_of(
        SchemaKind::Assessment,
        &ron_files("questionnaires/examples")[0],
    );
    newer["format_version"] = json!(6);
    let problems = problems_of(SchemaKind::Assessment, &newer);
    assert_eq!(problems, ["/format_version: 6 is above the maximum 5"]);
    let mut score = json!({});
    score["schema_version"] = json!(2);
    score["verdict"] = json!("ACCEPT");
    let problems = problems_of(SchemaKind::Score, &score).join("\n");
    assert!(
        problems.contains("/schema_version: 2 is not 1"),
        "{problems}"
    );
    assert!(
        problems.contains("the field `apps` is missing"),
        "{problems}"
    );
    assert!(
        problems.contains("the field `verdict` is not allowed"),
        "{problems}"
    );
}

/// Where `instance` does not fit the schema of `kind`.
fn problems_of(kind: SchemaKind, instance: &Value) -> Vec<String> {
    let schema = schema(kind);
    Validator { root: &schema }.problems(instance)
}
