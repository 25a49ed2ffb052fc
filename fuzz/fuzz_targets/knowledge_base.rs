//! Any bytes given to the knowledge-base loader give a knowledge base or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgdpia::knowledge::KnowledgeBase;
use msgdpia::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = KnowledgeBase::load(&SourceFile::new("fuzz.ron", text));
});
