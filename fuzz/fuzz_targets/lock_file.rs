//! Any text found in a lock file beside an assessment names a holder, never a panic; the holder
//! read, written back and read again stays the same, so a lock file cannot forge its fields.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgdpia::io::LockHolder;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let holder = LockHolder::parse(&text);
    let written = LockHolder::parse(&holder.text());
    assert_eq!(
        LockHolder::parse(&written.text()),
        written,
        "a lock written back reads differently"
    );
    assert_eq!(written.process, holder.process);
    assert_eq!(written.token, holder.token);
});
