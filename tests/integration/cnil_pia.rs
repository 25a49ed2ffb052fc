//! The CNIL PIA export and import (docs/interop.md): msgdpia's export has, field for field, the
//! keys and JSON types of the CNIL tool's own exports (`tests/cnil-pia/submitted.json`,
//! written from the tool's code, see the README beside it); importing keeps what the mapping
//! promises, lists what it drops, and never answers a question for the user; bad files are
//! refused with their line and column; the two commands work end to end.

use crate::support::{example_path, run_msgdpia as msgdpia};
use msgdpia::assessment::Assessment;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::interop::cnil_pia::{self, Place, Why, model::PiaExport};
use msgdpia::opening::{Opened, open};
use msgdpia::present::vocabulary::Words;
use msgdpia::source::SourceFile;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const DATE: &str = "2026-12-01";

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cnil-pia")
}

fn sample_text(name: &str) -> String {
    std::fs::read_to_string(samples().join(name)).expect("the sample exists")
}

fn sample(name: &str) -> PiaExport {
    let source = SourceFile::new(name, sample_text(name));
    match cnil_pia::parse(&source) {
        Ok(file) => file,
        Err(error) => panic!("{name} does not parse:\n{error}"),
    }
}

fn date() -> Date {
    Date::parse(DATE).expect("a date")
}

fn opened(name: &str) -> Opened {
    let shipped = embedded::EXAMPLES
        .iter()
        .find(|e| e.name == name)
        .expect("a shipped example");
    let source = SourceFile::new(shipped.name, shipped.text);
    open(
        &source,
        &embedded::knowledge_base_source(),
        None,
        &embedded::questionnaire_sources(),
    )
    .expect("the example opens")
}

/// msgdpia's export of a shipped example, in English.
fn exported(name: &str) -> PiaExport {
    let opened = opened(name);
    let scoring = opened.bundle.score(&opened.assessment);
    cnil_pia::export(
        &opened.assessment,
        &opened.bundle,
        &scoring,
        date(),
        Words::english(),
    )
}

fn as_json(file: &PiaExport) -> Value {
    serde_json::to_value(file).expect("serialises")
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        // JavaScript, which writes and reads the file, has one kind of number.
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Fields the CNIL tool writes as `null` or as a value, by its model
/// (`src/app/models/pia.model.ts`; `resetDpoPage` in pia.service.ts sets them to `null`; a list
/// answer's `text` is `null` in `cypress/fixtures/pia.json`), with the type of the value.
const NULL_OR: &[(&str, &str)] = &[
    ("pia.dpos_names", "string"),
    ("pia.dpo_status", "number"),
    ("pia.dpo_opinion", "string"),
    ("pia.concerned_people_opinion", "string"),
    ("pia.concerned_people_status", "number"),
    ("pia.concerned_people_searched_opinion", "boolean"),
    ("pia.concerned_people_searched_content", "string"),
    ("pia.people_names", "string"),
    ("answer.data.text", "string"),
    ("answer.data.gauge", "number"),
];

/// For each key of the objects of one kind, the JSON types the sample shows (with `null` and
/// the value's type for the fields of [`NULL_OR`]); and the keys every object has.
fn shape(
    kind: &str,
    objects: &[&Value],
) -> (BTreeSet<String>, BTreeMap<String, BTreeSet<&'static str>>) {
    let mut keys: Option<BTreeSet<String>> = None;
    let mut types: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for object in objects {
        let map = object.as_object().expect("an object");
        let these: BTreeSet<String> = map.keys().cloned().collect();
        assert!(
            keys.as_ref().is_none_or(|k| *k == these),
            "the sample's {kind} objects do not all have the same keys"
        );
        keys = Some(these);
        for (key, value) in map {
            let path = format!("{kind}.{key}");
            let entry = types.entry(path.clone()).or_default();
            entry.insert(kind_of(value));
            if let Some((_, other)) = NULL_OR.iter().find(|(p, _)| *p == path) {
                entry.insert("null");
                entry.insert(other);
            }
            if let Value::Object(inner) = value {
                for (inner_key, inner_value) in inner {
                    let path = format!("{kind}.{key}.{inner_key}");
                    let entry = types.entry(path.clone()).or_default();
                    entry.insert(kind_of(inner_value));
                    if let Some((_, other)) = NULL_OR.iter().find(|(p, _)| *p == path) {
                        entry.insert("null");
                        entry.insert(other);
                    }
                }
            }
        }
    }
    (keys.unwrap_or_default(), types)
}

/// Our objects of one kind have exactly the sample's keys, and each value (and each value of a
/// nested object) one of the types the sample shows for it.
fn assert_same_shape(kind: &str, ours: &[&Value], theirs: &[&Value], example: &str) {
    let (keys, types) = shape(kind, theirs);
    for object in ours {
        let map = object.as_object().expect("an object");
        let these: BTreeSet<String> = map.keys().cloned().collect();
        assert_eq!(
            these, keys,
            "{example}: the keys of a {kind} differ from the CNIL tool's"
        );
        for (key, value) in map {
            let check = |path: String, value: &Value| {
                let allowed = types.get(&path).unwrap_or_else(|| panic!("{path} unknown"));
                assert!(
                    allowed.contains(kind_of(value)),
                    "{example}: {path} is {} where the CNIL tool writes {allowed:?}: {value}",
                    kind_of(value)
                );
            };
            check(format!("{kind}.{key}"), value);
            if let Value::Object(inner) = value {
                let inner_keys: BTreeSet<&str> = inner.keys().map(String::as_str).collect();
                let their_keys: BTreeSet<&str> = theirs
                    .iter()
                    .filter_map(|t| t.get(key).and_then(Value::as_object))
                    .flat_map(|m| m.keys().map(String::as_str))
                    .collect();
                assert_eq!(
                    inner_keys, their_keys,
                    "{example}: the keys of {kind}.{key} differ"
                );
                for (inner_key, inner_value) in inner {
                    check(format!("{kind}.{key}.{inner_key}"), inner_value);
                }
            }
        }
    }
}

fn objects<'a>(file: &'a Value, kind: &str) -> Vec<&'a Value> {
    file[kind].as_array().expect("an array").iter().collect()
}

#[test]
fn our_export_of_each_example_has_the_keys_and_types_of_the_cnil_tools_own_export() {
    let theirs: Value = serde_json::from_str(&sample_text("submitted.json")).unwrap();
    for example in embedded::EXAMPLES {
        let ours = as_json(&exported(example.name));
        let top = |v: &Value| {
            v.as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<BTreeSet<_>>()
        };
        assert_eq!(top(&ours), top(&theirs), "{}: top-level keys", example.name);
        assert_same_shape("pia", &[&ours["pia"]], &[&theirs["pia"]], example.name);
        for (kind, one) in [
            ("answers", "answer"),
            ("measures", "measure"),
            ("evaluations", "evaluation"),
        ] {
            let mine = objects(&ours, kind);
            assert!(!mine.is_empty(), "{}: no {kind} exported", example.name);
            assert_same_shape(one, &mine, &objects(&theirs, kind), example.name);
        }
        assert_eq!(ours["comments"], Value::Array(Vec::new()));
    }
}

#[test]
fn our_export_refers_only_to_what_the_cnil_tool_has() {
    let standard: BTreeSet<u64> = [111, 112, 113, 121, 122, 123]
        .into_iter()
        .chain(211..=215)
        .chain(221..=227)
        .chain((321..=326).chain(331..=336).chain(341..=346))
        .collect();
    for example in embedded::EXAMPLES {
        let file = exported(example.name);
        let json = as_json(&file);
        let pia_id = &json["pia"]["id"];
        let mut measure_ids = BTreeSet::new();
        for measure in objects(&json, "measures") {
            assert_eq!(&measure["pia_id"], pia_id);
            assert!(!measure["title"].as_str().unwrap().is_empty());
            measure_ids.insert(measure["id"].as_u64().unwrap());
        }
        let titles: BTreeSet<&str> = objects(&json, "measures")
            .iter()
            .map(|m| m["title"].as_str().unwrap())
            .collect();
        for answer in objects(&json, "answers") {
            assert_eq!(&answer["pia_id"], pia_id);
            let question = answer["reference_to"].as_u64().unwrap();
            assert!(
                standard.contains(&question),
                "{}: question {question}",
                example.name
            );
            if let Some(gauge) = answer["data"]["gauge"].as_u64() {
                assert!((1..=4).contains(&gauge) && question % 10 >= 5);
                assert!(
                    answer["data"]["text"]
                        .as_str()
                        .is_some_and(|t| !t.is_empty())
                );
            }
            if [324, 334, 344].contains(&question) {
                for title in answer["data"]["list"].as_array().unwrap() {
                    assert!(
                        titles.contains(title.as_str().unwrap()),
                        "{title} is no measure"
                    );
                }
            }
        }
        let mut evaluated = BTreeSet::new();
        for evaluation in objects(&json, "evaluations") {
            // Submitted, not evaluated: msgdpia does not play the CNIL evaluator.
            assert_eq!(evaluation["status"], 0);
            assert_eq!(evaluation["global_status"], 0);
            let reference = evaluation["reference_to"].as_str().unwrap();
            let parts: Vec<u64> = reference.split('.').map(|p| p.parse().unwrap()).collect();
            // Only measures: the tool submits an item of section 2 only once all its questions
            // are answered, and msgdpia answers three of its twelve.
            match parts.as_slice() {
                [3, 1, measure] => assert!(evaluated.insert(*measure)),
                _ => panic!("{}: evaluation of {reference}", example.name),
            }
        }
        // Item 3.1 submitted whole, as the tool submits it: every measure, once.
        assert_eq!(evaluated, measure_ids, "{}", example.name);
        // Every assessment text is escaped into the HTML the tool's editor holds.
        // The PIA is named as the report's cover names the assessment: the apps and the
        // organisation, so that a firm's PIAs are told apart in the tool's list.
        let organisation = &opened(example.name).assessment.metadata.organisation;
        let name = json["pia"]["name"].as_str().unwrap();
        assert!(
            name.starts_with("Business use of ") && name.ends_with(&format!(" by {organisation}")),
            "{}: {name}",
            example.name
        );
    }
}

#[test]
fn an_incomplete_assessment_is_exported_without_gauges() {
    let mut opened = opened("uk-firm-signal-mdm.ron");
    opened.assessment.answers.remove("np_lawful_basis");
    let scoring = opened.bundle.score(&opened.assessment);
    assert!(!scoring.complete);
    let file = cnil_pia::export(
        &opened.assessment,
        &opened.bundle,
        &scoring,
        date(),
        Words::english(),
    );
    assert!(file.answers.iter().all(|a| a.data.gauge.is_null()));
}

#[test]
fn text_goes_out_escaped() {
    let mut opened = opened("uk-firm-signal-mdm.ron");
    opened.assessment.answers.insert(
        "purpose_detail".to_string(),
        msgdpia::answer::Answer::Text("Fees <b> & \"dates\"".to_string()),
    );
    let scoring = opened.bundle.score(&opened.assessment);
    let file = cnil_pia::export(
        &opened.assessment,
        &opened.bundle,
        &scoring,
        date(),
        Words::english(),
    );
    let text = file
        .answers
        .iter()
        .find(|a| a.reference_to == 111)
        .and_then(|a| a.data.text.clone());
    assert_eq!(
        text.as_deref(),
        Some("<p>Fees &lt;b&gt; &amp; &quot;dates&quot;</p>")
    );
}

fn imported(name: &str) -> cnil_pia::Imported {
    let knowledge = embedded::knowledge_base().unwrap().value;
    let questionnaire = embedded::questionnaires(&knowledge).unwrap()[0]
        .value
        .clone();
    cnil_pia::import(&sample(name), &questionnaire, date(), Words::english())
}

/// The assessment's text loads, and opens with no note: `msgdpia check` would accept it.
fn assert_opens_cleanly(assessment: &Assessment) {
    let notes = opening_notes(assessment);
    // The one note an import leaves: the organisation, which no field of the CNIL tool holds,
    // is blank for the assessor to give.
    let blank = msgdpia::diagnostic::Said::new("assessment-organisation-blank");
    assert!(
        notes.iter().all(|note| note.said == blank),
        "notes: {notes:?}"
    );
}

/// The assessment's text loads and opens to the same assessment; its warnings.
fn opening_notes(assessment: &Assessment) -> Vec<msgdpia::opening::Note> {
    let source = SourceFile::new("imported.ron", assessment.to_ron());
    let opened = open(
        &source,
        &embedded::knowledge_base_source(),
        None,
        &embedded::questionnaire_sources(),
    )
    .unwrap_or_else(|e| {
        panic!(
            "the imported assessment does not open: {e}\n{}",
            source.text()
        )
    });
    assert_eq!(&opened.assessment, assessment);
    opened.notes
}

#[test]
fn importing_the_submitted_sample_maps_what_the_mapping_promises() {
    let imported = imported("submitted.json");
    let assessment = &imported.assessment;
    assert_opens_cleanly(assessment);
    let text = |id: &str| match assessment.answers.get(id) {
        Some(msgdpia::answer::Answer::Text(text)) => text.clone(),
        other => panic!("{id}: {other:?}"),
    };
    assert_eq!(
        text("purpose_detail"),
        "Coordination des audiences par messagerie instantanée entre avocats et assistants ; aucun contenu de dossier."
    );
    assert!(text("np_why_messaging").starts_with("Le courriel est trop lent"));
    assert_eq!(
        text("np_retention"),
        "Quatre semaines (messages éphémères)."
    );
    // Never an answer made up from text: only the three text questions are answered.
    let answered: BTreeSet<&str> = assessment.answers.keys().map(String::as_str).collect();
    assert_eq!(
        answered,
        BTreeSet::from(["np_retention", "np_why_messaging", "purpose_detail"])
    );
    assert_eq!(
        assessment
            .judgement
            .notes
            .get("purpose")
            .map(String::as_str),
        Some("Organiser les audiences et les rendez-vous du cabinet.")
    );
    let meta = &assessment.metadata;
    // The PIA's name names the processing, not the organisation: listed, not carried.
    assert_eq!(meta.organisation, "");
    assert_eq!(meta.assessor, "Claire Martin");
    assert_eq!(meta.dpo, "Julien Bernard");
    assert_eq!(meta.assessment_date, date());
    let [risk] = assessment.judgement.own_risks.as_slice() else {
        panic!("one rated risk item: {:?}", assessment.judgement.own_risks);
    };
    assert_eq!(risk.id, "cnil_illegitimate_access");
    assert_eq!((risk.severity.get(), risk.likelihood.get()), (2, 1));
    assert_eq!(
        risk.harm,
        "Divulgation de l'agenda d'un client\nAtteinte au secret professionnel"
    );
    assert!(risk.description.contains("Vol d'un téléphone"));
    let measures: Vec<&str> = assessment
        .judgement
        .own_measures
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(measures, ["Chiffrement", "Gestion des terminaux mobiles"]);
    assert!(
        assessment
            .judgement
            .own_measures
            .iter()
            .all(|m| m.reduces.is_empty())
    );
    let unmapped: Vec<(&Place, Why)> = imported
        .unmapped
        .iter()
        .map(|u| (&u.place, u.why))
        .collect();
    assert_eq!(
        unmapped,
        [
            (&Place::Field("name"), Why::ProcessingName),
            (&Place::Field("validator_name"), Why::Validator),
            (&Place::Question(324), Why::MeasureLinks),
            (&Place::PendingEvaluations(2), Why::Pending),
        ]
    );
}

#[test]
fn importing_an_evaluated_pia_lists_everything_it_drops() {
    let imported = imported("evaluated.json");
    let assessment = &imported.assessment;
    assert_opens_cleanly(assessment);
    let sign_off = &assessment.sign_off;
    assert_eq!(
        sign_off.dpo_advice,
        "Avis favorable sous réserve du plan d'action."
    );
    assert_eq!(assessment.metadata.dpo, "Marc Petit (DPO)");
    assert_eq!(sign_off.consultations.len(), 1);
    assert_eq!(sign_off.consultations[0].who, "Trois clients du cabinet");
    assert_eq!(
        assessment
            .judgement
            .notes
            .get("np_lawful_basis")
            .map(String::as_str),
        Some("Exécution du contrat.\n\nSans objet : pas de consentement.")
    );
    let [risk] = assessment.judgement.own_risks.as_slice() else {
        panic!("only 3.4 is rated");
    };
    assert_eq!(risk.id, "cnil_disappearance");
    assert_eq!((risk.severity.get(), risk.likelihood.get()), (2, 1));
    // No choice question is answered, whatever the file says.
    let answered: Vec<&str> = assessment.answers.keys().map(String::as_str).collect();
    assert_eq!(answered, ["purpose_detail"]);
    let lost: Vec<(Place, Why)> = imported
        .unmapped
        .iter()
        .map(|u| (u.place.clone(), u.why))
        .collect();
    for expected in [
        (Place::Field("name"), Why::ProcessingName),
        (Place::Field("status"), Why::Status),
        (Place::Field("validator_name"), Why::Validator),
        (Place::Field("dpo_status"), Why::OpinionStatus),
        (Place::Field("concerned_people_status"), Why::PeopleStatus),
        (Place::Field("category"), Why::NoField),
        (Place::Question(112), Why::NoQuestion),
        (Place::Question(214), Why::NoQuestion),
        (Place::Answer("999".to_string()), Why::NotStandard),
        (Place::RiskItem(3), Why::NoRating),
        (Place::Measure(String::new()), Why::Untitled),
        (Place::Evaluation("2.1.212".to_string()), Why::Evaluation),
        (Place::PendingEvaluations(1), Why::Pending),
        (Place::Comment("112".to_string()), Why::Comment),
    ] {
        assert!(
            lost.contains(&expected),
            "{expected:?} not listed in {lost:?}"
        );
    }
    assert_eq!(lost.len(), 14, "{lost:?}");
    // Each listed in every language.
    for language in msgdpia::present::language::Language::ALL {
        let lines =
            msgdpia::present::cnil_pia::unmapped_list(&imported.unmapped, Words::shared(language));
        assert_eq!(lines.len(), 15);
        assert!(lines.iter().all(|l| !l.contains("cnil-pia-")), "{lines:?}");
    }
}

#[test]
fn export_then_import_keeps_what_the_mapping_promises() {
    for example in embedded::EXAMPLES {
        let opened = opened(example.name);
        let original = &opened.assessment;
        let file = exported(example.name);
        let knowledge = embedded::knowledge_base().unwrap().value;
        let questionnaire = embedded::questionnaires(&knowledge).unwrap()[0]
            .value
            .clone();
        let back = cnil_pia::import(&file, &questionnaire, date(), Words::english());
        assert_opens_cleanly(&back.assessment);
        let assessment = &back.assessment;
        // The organisation goes out inside the PIA's name, which does not come back as one.
        assert_eq!(assessment.metadata.organisation, "");
        assert!(
            back.unmapped
                .iter()
                .any(|u| u.place == Place::Field("name") && u.why == Why::ProcessingName)
        );
        assert_eq!(assessment.metadata.assessor, original.metadata.assessor);
        assert_eq!(assessment.metadata.dpo, original.metadata.dpo);
        assert_eq!(assessment.sign_off.dpo_advice, original.sign_off.dpo_advice);
        for id in ["purpose_detail", "np_why_messaging", "np_retention"] {
            assert_eq!(assessment.answers.get(id), original.answers.get(id), "{id}");
        }
        let mapped = ["purpose_detail", "np_why_messaging", "np_retention"];
        assert!(
            assessment
                .answers
                .keys()
                .all(|id| mapped.contains(&id.as_str()))
        );
        // Each rated risk item comes back with the gauges exported.
        let gauge = |question: u64| {
            file.answers
                .iter()
                .find(|a| a.reference_to == question)
                .and_then(|a| a.data.gauge.as_u64())
        };
        for (event, seriousness) in [
            (msgdpia::knowledge::FearedEvent::IllegitimateAccess, 325),
            (msgdpia::knowledge::FearedEvent::UnwantedModification, 335),
            (msgdpia::knowledge::FearedEvent::Disappearance, 345),
        ] {
            let risk = assessment
                .judgement
                .own_risks
                .iter()
                .find(|r| r.feared_event == event);
            match (gauge(seriousness), gauge(seriousness + 1)) {
                (Some(severity), Some(likelihood)) => {
                    let risk = risk.expect("a rated item comes back as a risk");
                    assert_eq!(u64::from(risk.severity.get()), severity);
                    assert_eq!(u64::from(risk.likelihood.get()), likelihood);
                }
                _ => assert!(risk.is_none()),
            }
        }
        let titles: Vec<&str> = file
            .measures
            .iter()
            .filter_map(|m| m.title.as_deref())
            .collect();
        let names: Vec<&str> = assessment
            .judgement
            .own_measures
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, titles, "{}", example.name);
    }
}

#[test]
fn a_file_that_is_not_a_cnil_pia_is_refused_with_its_line_and_column() {
    let refused = |name: &str, text: &str| {
        let error = cnil_pia::parse(&SourceFile::new(name, text)).expect_err("refused");
        let [diagnostic] = error.diagnostics.as_slice() else {
            panic!("one diagnostic");
        };
        (
            diagnostic.location.line,
            diagnostic.location.column,
            error.to_string(),
        )
    };
    let (line, column, message) = refused("not-json.json", &sample_text("not-json.json"));
    assert_eq!((line, column), (2, 23), "{message}");
    assert!(
        message.starts_with("not-json.json:2:23: this is not JSON"),
        "{message}"
    );
    let (line, _, message) = refused("wrong-type.json", &sample_text("wrong-type.json"));
    assert_eq!(line, 7, "{message}");
    assert!(
        message.contains("at answers[0].data.text, invalid type: integer `5`, expected a string"),
        "{message}"
    );
    let (_, _, message) = refused("no-pia.json", "{\n  \"answers\": []\n}\n");
    assert!(message.contains("missing field `pia`"), "{message}");
    let (_, _, message) = refused("list.json", "[1, 2]");
    assert!(
        message.contains("not shaped like a CNIL PIA export"),
        "{message}"
    );
}

#[test]
fn on_one_long_line_with_accented_text_the_refusal_names_the_right_field_line_and_column() {
    // As the CNIL tool exports: minified, French text with many accented letters first.
    let accented = "Données échangées à l'étude : événements, élèves, évaluations, ".repeat(6);
    let text = format!(
        "{{\"pia\":{{\"name\":\"Équipe été\",\"status\":0}},\"answers\":[{{\"reference_to\":111,\"data\":{{\"text\":\"<p>{accented}</p>\"}}}},{{\"reference_to\":213,\"data\":{{\"text\":5,\"list\":[]}}}}]}}"
    );
    assert!(!text.contains('\n'));
    let error =
        cnil_pia::parse(&SourceFile::new("one-line.json", text.clone())).expect_err("refused");
    let [diagnostic] = error.diagnostics.as_slice() else {
        panic!("one diagnostic");
    };
    // serde_json counts columns in bytes; the `5` is the wrong value.
    let byte_column = text.find(":5,").expect("the value") + 2;
    assert_eq!(
        (diagnostic.location.line, diagnostic.location.column),
        (1, byte_column)
    );
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("one-line.json:1:{byte_column}: "))
            && message.contains("at answers[1].data.text, invalid type: integer `5`"),
        "{message}"
    );
}

#[test]
fn a_missing_field_is_named_in_the_object_it_is_missing_from() {
    let error = cnil_pia::parse(&SourceFile::new(
        "no-pia.json",
        r#"{"answers":[],"measures":[]}"#,
    ))
    .expect_err("refused");
    let message = error.to_string();
    assert!(
        message.contains("this is not shaped like a CNIL PIA export: missing field `pia`"),
        "{message}"
    );
    assert!(!message.contains("at measures"), "{message}");
}

#[test]
fn the_validator_is_written_only_once_the_residual_risks_are_approved() {
    let mut opened = opened("uk-firm-signal-mdm.ron");
    let approval = &mut opened.assessment.sign_off.residual_risks_approval;
    approval.by = "Priya Shah, Managing Partner".to_string();
    approval.on = None;
    let export = |assessment: &Assessment| {
        let scoring = opened.bundle.score(assessment);
        cnil_pia::export(
            assessment,
            &opened.bundle,
            &scoring,
            date(),
            Words::english(),
        )
    };
    let unapproved = export(&opened.assessment);
    assert_eq!(unapproved.pia.validator_name, "");
    let mut approved = opened.assessment.clone();
    approved.sign_off.residual_risks_approval.on = Some(date());
    assert_eq!(
        export(&approved).pia.validator_name,
        "Priya Shah, Managing Partner"
    );
}

#[test]
fn a_name_or_author_that_is_not_text_is_listed_not_dropped() {
    let mut file = sample("submitted.json");
    file.pia.name = serde_json::json!(42);
    file.pia.author_name = serde_json::json!(["Claire", "Martin"]);
    let knowledge = embedded::knowledge_base().unwrap().value;
    let questionnaire = embedded::questionnaires(&knowledge).unwrap()[0]
        .value
        .clone();
    let imported = cnil_pia::import(&file, &questionnaire, date(), Words::english());
    assert_eq!(imported.assessment.metadata.organisation, "");
    assert_eq!(imported.assessment.metadata.assessor, "");
    for field in ["name", "author_name"] {
        let listed = imported
            .unmapped
            .iter()
            .any(|u| u.place == Place::Field(field) && u.why == Why::NotText);
        assert!(listed, "{field} not listed in {:?}", imported.unmapped);
    }
    let lines = msgdpia::present::cnil_pia::unmapped_list(&imported.unmapped, Words::english());
    assert!(
        lines
            .iter()
            .any(|l| l == "- the PIA's name: the CNIL tool writes text there; this is not text"),
        "{lines:?}"
    );
}

#[test]
fn text_answers_go_out_and_come_back_word_for_word() {
    let text = "First  paragraph, with  two spaces.\n\nSecond paragraph: a < b & \"c\" > 'd'.\n\n\n  Indented line, trailing space \nÉlèves, données\u{a0}; 數據「引號」\n";
    let mut opened = opened("uk-firm-signal-mdm.ron");
    for id in ["purpose_detail", "np_why_messaging", "np_retention"] {
        opened.assessment.answers.insert(
            id.to_string(),
            msgdpia::answer::Answer::Text(text.to_string()),
        );
    }
    let scoring = opened.bundle.score(&opened.assessment);
    let file = cnil_pia::export(
        &opened.assessment,
        &opened.bundle,
        &scoring,
        date(),
        Words::english(),
    );
    // Through the JSON text, as the CNIL tool would receive it.
    let json = serde_json::to_string(&file).unwrap();
    let file = cnil_pia::parse(&SourceFile::new("pia.json", json)).expect("parses");
    let knowledge = embedded::knowledge_base().unwrap().value;
    let questionnaire = embedded::questionnaires(&knowledge).unwrap()[0]
        .value
        .clone();
    let back = cnil_pia::import(&file, &questionnaire, date(), Words::english());
    for id in ["purpose_detail", "np_why_messaging", "np_retention"] {
        assert_eq!(
            back.assessment.answers.get(id),
            Some(&msgdpia::answer::Answer::Text(text.to_string())),
            "{id}"
        );
    }
}

#[test]
fn a_cnil_rating_counting_planned_measures_is_never_shown_as_todays_without_saying_so() {
    let imported = imported("submitted.json");
    let [risk] = imported.assessment.judgement.own_risks.as_slice() else {
        panic!("one rated risk item");
    };
    // The rating is kept, and where it comes from is part of the risk's name, so that every
    // place that shows the rating (register, maps, why-trail, risk panel) says it.
    let note = "(rated in the CNIL PIA tool, planned measures counted)";
    assert!(risk.name.ends_with(note), "{}", risk.name);
    assert!(
        risk.description.starts_with(
            "Rated in the CNIL PIA tool: seriousness 2 of 4, likelihood 1 of 4, “taking account of the existing or planned measures”. Planned is not done"
        ),
        "{}",
        risk.description
    );
    // In a report: the register's row of the risk and Appendix B say it.
    let bundle = crate::support::shipped_bundle();
    let mut assessment = crate::support::example("uk-firm-signal-mdm.ron");
    assessment.judgement.own_risks.push(risk.clone());
    let text = crate::support::report_text(&bundle, &assessment, DATE);
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with('|') && l.contains(&risk.name))
        .collect();
    assert!(
        !rows.is_empty(),
        "no register row names the risk with its note"
    );
    assert!(
        text.contains("Planned is not done: this is not a rating of the risk as it stands today")
    );
}

#[test]
fn the_commands_export_and_import_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("pia.json").display().to_string();
    let back = dir.path().join("back.ron").display().to_string();
    let input = example_path("hk-law-firm-wechat.ron");
    let out = msgdpia(&[
        "export-pia",
        &input,
        "-o",
        &json,
        "--date",
        DATE,
        "--lang",
        "fr",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(written["pia"]["created_at"], "2026-12-01T00:00:00.000Z");
    let all = written.to_string();
    assert!(all.contains("En place."), "the texts are in French");
    let out = msgdpia(&["import-pia", &json, "-o", &back, "--date", DATE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Not carried into the new assessment:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("evaluations submitted and pending"),
        "{stdout}"
    );
    let check = msgdpia(&["check", &back]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    // Neither command writes over its input.
    let before = std::fs::read(&json).unwrap();
    let out = msgdpia(&["import-pia", &json, "-o", &json]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&json).unwrap(), before);
    let copy = dir.path().join("copy.ron");
    std::fs::copy(&input, &copy).unwrap();
    let copy = copy.display().to_string();
    let out = msgdpia(&["export-pia", &copy, "-o", &copy]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        std::fs::read_to_string(&input).unwrap()
    );
    // A bad file is named with its line and column, and nothing is written.
    let bad = samples().join("wrong-type.json").display().to_string();
    let nothing = dir.path().join("nothing.ron");
    let out = msgdpia(&["import-pia", &bad, "-o", &nothing.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("wrong-type.json:7:"), "{stderr}");
    assert!(!nothing.exists());
}

#[test]
fn a_text_too_long_for_the_assessment_is_listed_not_cut() {
    let mut file = sample("submitted.json");
    file.pia.name = Value::String("n".repeat(301));
    let answer = file
        .answers
        .iter_mut()
        .find(|a| a.reference_to == 215)
        .expect("an answer to 215");
    answer.data.text = Some("x".repeat(100_001));
    let knowledge = embedded::knowledge_base().unwrap().value;
    let questionnaire = embedded::questionnaires(&knowledge).unwrap()[0]
        .value
        .clone();
    let imported = cnil_pia::import(&file, &questionnaire, date(), Words::english());
    // Only the warning that the organisation is blank, which `msgdpia check` prints and accepts.
    let notes = opening_notes(&imported.assessment);
    let blank = msgdpia::diagnostic::Said::new("assessment-organisation-blank");
    let said: Vec<&msgdpia::diagnostic::Said> = notes.iter().map(|n| &n.said).collect();
    assert_eq!(said, [&blank]);
    assert_eq!(imported.assessment.metadata.organisation, "");
    assert!(!imported.assessment.answers.contains_key("np_retention"));
    for expected in [
        (Place::Field("name"), Why::ProcessingName),
        (Place::Question(215), Why::TooLong),
    ] {
        let found = imported
            .unmapped
            .iter()
            .any(|u| (u.place.clone(), u.why) == expected);
        assert!(found, "{expected:?} not in {:?}", imported.unmapped);
    }
}

/// The File menu's "Export CNIL PIA…" and "Import CNIL PIA…", through the commands they give.
#[cfg(feature = "gui")]
mod app {
    use super::{DATE, sample_text, samples};
    use msgdpia::date::Date;
    use msgdpia::gui::Workspace;
    use msgdpia::gui::command::Command;
    use msgdpia::gui::dialogs::{NoDialogs, Purpose};

    fn new_workspace() -> Workspace {
        Workspace::new(Box::new(NoDialogs), Date::parse(DATE).unwrap())
    }

    #[test]
    fn the_app_exports_the_open_assessment_and_imports_a_cnil_pia_as_a_new_one() {
        assert_eq!(Purpose::ExportCnilPia.extensions(), ["json"]);
        assert_eq!(Purpose::ImportCnilPia.extensions(), ["json"]);
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("pia.json");
        let mut workspace = new_workspace();
        workspace.apply(Command::OpenExample("uk-firm-signal-mdm.ron"));
        workspace.apply(Command::for_path(Purpose::ExportCnilPia, json.clone()));
        let message = workspace.message.clone().expect("a message");
        assert!(!message.is_error, "{}", message.text);
        let written: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
        assert_eq!(
            written["pia"]["name"],
            "Business use of Signal by Hartley & Singh LLP"
        );
        assert_eq!(written["pia"]["created_at"], "2026-12-01T00:00:00.000Z");

        // A file that is not a CNIL PIA leaves the open work as it was, and says where.
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, sample_text("wrong-type.json")).unwrap();
        workspace.apply(Command::ImportCnilPia(bad));
        let message = workspace.message.clone().expect("a message");
        assert!(
            message.is_error && message.text.contains("bad.json:7:"),
            "{}",
            message.text
        );
        let session = workspace.session.as_ref().expect("still open");
        assert_eq!(
            session.assessment.metadata.organisation,
            "Hartley & Singh LLP"
        );

        let mut workspace = new_workspace();
        let sample = samples().join("submitted.json");
        workspace.apply(Command::for_path(Purpose::ImportCnilPia, sample));
        let message = workspace.message.clone().expect("a message");
        assert!(!message.is_error, "{}", message.text);
        assert!(
            message
                .text
                .contains("Not carried into the new assessment:"),
            "{}",
            message.text
        );
        let session = workspace
            .session
            .as_ref()
            .expect("a new assessment is open");
        assert!(session.path.is_none() && session.dirty);
        assert_eq!(session.assessment.metadata.assessor, "Claire Martin");
        assert!(session.assessment.answers.contains_key("purpose_detail"));
    }

    #[test]
    fn an_import_says_once_why_its_organisation_is_blank_and_never_a_line_of_its_own_text() {
        let mut workspace = new_workspace();
        let sample = samples().join("submitted.json");
        workspace.apply(Command::for_path(Purpose::ImportCnilPia, sample.clone()));
        let message = workspace.message.clone().expect("a message");
        // The list names the PIA's name and why the organisation is left to give; opening the
        // new assessment does not add a note on a line of its text, which nobody sees.
        assert!(!message.is_error, "{}", message.text);
        assert!(
            message
                .text
                .contains("the PIA's name: it names the processing, not the organisation"),
            "{}",
            message.text
        );
        assert!(
            !message.text.contains("organisation's name is empty"),
            "{}",
            message.text
        );
        assert!(
            !message.text.contains(&format!("{}:", sample.display())),
            "{}",
            message.text
        );
        let session = workspace
            .session
            .as_ref()
            .expect("a new assessment is open");
        assert_eq!(session.assessment.metadata.organisation, "");
    }

    #[test]
    fn a_name_typed_without_an_extension_for_the_cnil_pia_becomes_a_json_file() {
        use egui_kittest::kittest::Queryable;
        let mut harness =
            crate::gui::opened_at("uk-firm-signal-mdm.ron", msgdpia::gui::step::Step::Finish);
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label("Export CNIL PIA…").click();
        harness.run();
        let dir = tempfile::tempdir().unwrap();
        crate::gui::type_path_and_confirm(&mut harness, &dir.path().join("pia"));
        let written = dir.path().join("pia.json");
        let text = std::fs::read_to_string(&written)
            .unwrap_or_else(|_| panic!("{}", crate::support::message(&harness)));
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            file["pia"]["name"],
            "Business use of Signal by Hartley & Singh LLP"
        );
        assert!(!dir.path().join("pia").exists());
        // A name that already ends in .json is kept as it is.
        assert_eq!(
            Command::for_path(Purpose::ExportCnilPia, dir.path().join("a.JSON")),
            Command::ExportCnilPiaTo(dir.path().join("a.JSON"))
        );
    }
}
