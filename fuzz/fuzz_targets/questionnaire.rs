//! Any bytes given to the questionnaire loader give a questionnaire or an error, never a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use msgdpia::embedded;
use msgdpia::knowledge::KnowledgeBase;
use msgdpia::questionnaire::Questionnaire;
use msgdpia::source::SourceFile;

/// The shipped knowledge base, parsed once: parsing it for every input would spend most of the
/// fuzzing time outside the code under test.
fn knowledge() -> &'static KnowledgeBase {
    static KNOWLEDGE: OnceLock<KnowledgeBase> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| {
        embedded::knowledge_base()
            .expect("the shipped knowledge base loads")
            .value
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Questionnaire::load(&SourceFile::new("fuzz.ron", text), knowledge());
});
