//! Any text found in a lock file beside an assessment names a holder, never a panic; the holder
//! read, written back and read again is the same, so a lock file cannot forge its fields and a
//! process always recognises its own lock.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgdpia::io::LockHolder;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let holder = LockHolder::parse(&text);
    let written = LockHolder::parse(&holder.text());
    assert_eq!(written, holder, "a lock written back reads differently");
});
