//! Any assessment that loads is scored and rendered to PDF and HTML without a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use msgdpia::assessment::Assessment;
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::source::SourceFile;

/// The shipped knowledge base and questionnaire, loaded once: loading them for every input
/// would spend most of the fuzzing time outside the code under test.
fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        Bundle::load(
            &embedded::knowledge_base_source(),
            &embedded::questionnaire_sources()[0],
        )
        .expect("the shipped files load")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(loaded) = Assessment::load(&SourceFile::new("fuzz.ron", text)) else {
        return;
    };
    let bundle = bundle();
    let scoring = bundle.score(&loaded.value);
    let date = Date::new(2026, 11, 23).expect("a real date");
    let document = bundle.report(&loaded.value, &scoring, date);
    let _ = msgdpia::html::render(&document);
    msgdpia::pdf::render(&document, msgdpia::pdf::PageSize::A4)
        .expect("a loaded assessment renders");
});
