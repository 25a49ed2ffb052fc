//! Any bytes given to the questionnaire loader give a questionnaire or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgdpia::embedded;
use msgdpia::questionnaire::Questionnaire;
use msgdpia::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(knowledge) = embedded::knowledge_base() else {
        return;
    };
    let _ = Questionnaire::load(&SourceFile::new("fuzz.ron", text), &knowledge.value);
});
