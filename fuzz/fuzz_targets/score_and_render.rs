//! Any assessment that loads is scored and rendered to PDF and HTML without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgdpia::assessment::Assessment;
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(loaded) = Assessment::load(&SourceFile::new("fuzz.ron", text)) else {
        return;
    };
    let Ok(bundle) = Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    ) else {
        return;
    };
    let scoring = bundle.score(&loaded.value);
    let date = Date::new(2026, 11, 23).expect("a real date");
    let document = bundle.report(&loaded.value, &scoring, date);
    let _ = msgdpia::html::render(&document);
    msgdpia::pdf::render(&document, msgdpia::pdf::PageSize::A4)
        .expect("a loaded assessment renders");
});
