//! Inputs found by the fuzzers (`fuzz/`), kept in `tests/fuzz-inputs/TARGET/` and replayed on
//! every test run with the fuzz targets' own checks: loading never panics, an assessment that
//! loads saves and reloads to the same text, and scores and renders. A crashing input found by
//! a fuzzer goes into the same folder, so it stays fixed. The kept inputs of the three loaders
//! are a sample of the fuzzers' corpora (mutated files that reach deep into them), not crashes;
//! the one failure found so far, a lock file read differently once written back, is kept in
//! `tests/fuzz-inputs/lock_file/` and replayed by the lock module's own unit test
//! (docs/reliability.md).

use crate::support::knowledge;
use msgdpia::assessment::Assessment;
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::knowledge::KnowledgeBase;
use msgdpia::questionnaire::Questionnaire;
use msgdpia::source::SourceFile;
use std::path::Path;

/// The kept inputs of one fuzz target, as (file name, text).
fn inputs(target: &str) -> Vec<SourceFile> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-inputs")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no kept inputs in {}", folder.display());
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).unwrap();
            SourceFile::new(
                path.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        })
        .collect()
}

#[test]
fn kept_questionnaire_and_knowledge_base_inputs_load_or_fail_cleanly() {
    let kb = knowledge();
    for source in inputs("questionnaire") {
        if let Err(error) = Questionnaire::load(&source, &kb) {
            assert!(error.to_string().contains(source.name()), "{error}");
        }
    }
    for source in inputs("knowledge_base") {
        if let Err(error) = KnowledgeBase::load(&source) {
            assert!(error.to_string().contains(source.name()), "{error}");
        }
    }
}

#[test]
fn kept_assessment_inputs_that_load_save_reload_score_and_render() {
    let bundle = Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .unwrap();
    let date = Date::new(2026, 11, 23).unwrap();
    let mut loaded_count = 0;
    for source in inputs("assessment") {
        let Ok(loaded) = Assessment::load(&source) else {
            continue;
        };
        loaded_count += 1;
        let saved = loaded.value.to_ron();
        let reloaded = Assessment::load(&SourceFile::new("saved.ron", saved.clone()))
            .unwrap_or_else(|e| panic!("{}: the saved text does not load:\n{e}", source.name()));
        assert_eq!(reloaded.value.to_ron(), saved, "{}", source.name());
        let scoring = bundle.score(&loaded.value);
        let document = bundle.report(&loaded.value, &scoring, date);
        msgdpia::pdf::render(&document, msgdpia::pdf::PageSize::A4)
            .unwrap_or_else(|e| panic!("{}: {e}", source.name()));
    }
    assert!(loaded_count > 0, "none of the kept assessment inputs loads");
}
