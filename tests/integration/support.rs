//! Shared helpers for the integration tests.

use msgdpia::answer::Answers;
use msgdpia::assessment::Assessment;
use msgdpia::effect::Effect;
use msgdpia::embedded;
use msgdpia::knowledge::KnowledgeBase;
use msgdpia::questionnaire::{QuestionKind, Questionnaire};
use msgdpia::source::SourceFile;

/// The built-in knowledge base; the test fails with the diagnostics if it does not load.
pub fn knowledge() -> KnowledgeBase {
    match embedded::knowledge_base() {
        Ok(checked) => checked.value,
        Err(error) => panic!("built-in knowledge base does not load:\n{error}"),
    }
}

/// The default questionnaire.
pub fn questionnaire(knowledge: &KnowledgeBase) -> Questionnaire {
    let source = &embedded::questionnaire_sources()[0];
    match Questionnaire::load(source, knowledge) {
        Ok(checked) => checked.value,
        Err(error) => panic!("default questionnaire does not load:\n{error}"),
    }
}

/// A shipped example assessment by file name.
pub fn example(name: &str) -> Assessment {
    let shipped = embedded::EXAMPLES
        .iter()
        .find(|e| e.name == name)
        .expect("example exists");
    match Assessment::load(&SourceFile::new(shipped.name, shipped.text)) {
        Ok(checked) => checked.value,
        Err(error) => panic!("example {name} does not load:\n{error}"),
    }
}

/// The answers of a shipped example.
#[allow(dead_code)]
pub fn example_answers(name: &str) -> Answers {
    example(name).answers
}

/// Yes/no questions whose "yes" marks a safeguard as in place.
pub fn safeguard_questions(q: &Questionnaire) -> Vec<String> {
    q.questions()
        .filter(|question| question.kind == QuestionKind::YesNo)
        .filter(|question| {
            question
                .option("yes")
                .is_some_and(|o| o.effects.iter().any(|e| matches!(e, Effect::Safeguard(_))))
        })
        .map(|question| question.id.clone())
        .collect()
}

/// What the safeguard a yes/no question marks brings itself (its control's `brings`), per risk:
/// (risk id, likelihood, severity). Empty for the safeguards that only lower risks.
pub fn brought_by(kb: &KnowledgeBase, q: &Questionnaire, question: &str) -> Vec<(String, u8, u8)> {
    let Some(yes) = q.question(question).and_then(|q| q.option("yes")) else {
        return Vec::new();
    };
    yes.effects
        .iter()
        .filter_map(|e| match e {
            Effect::Safeguard(control) => kb.control(control),
            _ => None,
        })
        .flat_map(|control| control.brings.iter())
        .filter_map(|e| match e {
            Effect::Raise {
                risk,
                likelihood,
                severity,
                ..
            } => Some((risk.clone(), *likelihood, *severity)),
            _ => None,
        })
        .collect()
}

/// How far a safeguard may raise one risk: by what it declares it brings, and no more.
pub fn allowed_raise(brought: &[(String, u8, u8)], risk: &str) -> (u8, u8) {
    brought
        .iter()
        .filter(|(r, ..)| r == risk)
        .fold((0, 0), |(l, s), (_, bl, bs)| (l + bl, s + bs))
}

/// `knowledge` where Signal keeps extensive metadata: one fact changed, for the tests of what a
/// change of facts does to a result.
pub fn with_signal_keeping_metadata(knowledge: &KnowledgeBase) -> KnowledgeBase {
    let mut changed = knowledge.clone();
    let signal = changed
        .apps
        .iter_mut()
        .find(|a| a.id == "signal")
        .expect("Signal is in the knowledge base");
    signal
        .facts
        .iter_mut()
        .find(|f| f.id == "collects_metadata")
        .expect("Signal has a metadata fact")
        .value = msgdpia::knowledge::FactValue::Yes;
    changed
}

/// The text of the built-in knowledge base with the same one change, for the tests that read a
/// knowledge-base file.
pub fn knowledge_text_with_signal_keeping_metadata() -> String {
    let shipped = embedded::knowledge_base_source();
    let marker = "Fact(id: \"collects_metadata\", value: No, detail: \"Signal says it cannot";
    assert!(
        shipped.text().contains(marker),
        "Signal's metadata fact moved"
    );
    shipped.text().replace(
        marker,
        "Fact(id: \"collects_metadata\", value: Yes, detail: \"Signal says it cannot",
    )
}

/// Opens an assessment's text as the CLI and the app do, with the built-in files.
pub fn open_with_shipped(source: &SourceFile) -> msgdpia::opening::Opened {
    match msgdpia::opening::open(
        source,
        &embedded::knowledge_base_source(),
        None,
        &embedded::questionnaire_sources(),
    ) {
        Ok(opened) => opened,
        Err(error) => panic!("{} does not open:\n{error}", source.name()),
    }
}

/// Whether the committed generated document at `relative` (from the repository root) is
/// `generated`; with `MSGDPIA_BLESS` set, writes it first. `None` when current, otherwise the
/// message naming the command that regenerates it (`bless_filter`, the tests to run).
pub fn stale_generated_doc(relative: &str, generated: &str, bless_filter: &str) -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("MSGDPIA_BLESS").is_some() {
        std::fs::write(&path, generated).unwrap_or_else(|e| panic!("{relative}: {e}"));
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    (committed != generated).then(|| {
        format!("{relative} is out of date: run `MSGDPIA_BLESS=1 cargo test {bless_filter}`")
    })
}

/// The built-in questionnaire and knowledge base, as the app and the CLI load them.
pub fn shipped_bundle() -> msgdpia::bundle::Bundle {
    msgdpia::bundle::Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .expect("built-in files load")
}

/// Every word of the report of `assessment`, dated `date`, as Markdown.
pub fn report_text(
    bundle: &msgdpia::bundle::Bundle,
    assessment: &Assessment,
    date: &str,
) -> String {
    let scoring = bundle.score(assessment);
    let date = msgdpia::date::Date::parse(date).expect("a date");
    bundle
        .report(assessment, &scoring, date)
        .sections
        .iter()
        .map(msgdpia::report::section_markdown)
        .collect()
}

/// The text of the app's message bar, or nothing.
#[cfg(feature = "gui")]
pub fn message(harness: &egui_kittest::Harness<'_, msgdpia::gui::App>) -> String {
    harness
        .state()
        .workspace
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// Runs the built `msgdpia` with `args` and no display, as a script or CI would: the command
/// line must never need a window.
pub fn run_msgdpia<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs")
}

/// The path of a shipped example assessment, as text for the command line.
pub fn example_path(name: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("questionnaires/examples")
        .join(name)
        .display()
        .to_string()
}
