//! Any bytes given to the assessment loader give an assessment or an error, never a panic; an
//! assessment that loads saves, loads back and saves again to the same text (text rather than
//! value equality, since a NaN number is never equal to itself).
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgdpia::assessment::Assessment;
use msgdpia::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(loaded) = Assessment::load(&SourceFile::new("fuzz.ron", text)) else {
        return;
    };
    let saved = loaded.value.to_ron();
    let again = Assessment::load(&SourceFile::new("saved.ron", saved.clone()))
        .expect("a saved assessment loads");
    assert_eq!(
        again.value.to_ron(),
        saved,
        "save and load changed the assessment"
    );
});
