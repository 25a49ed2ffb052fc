//! Opening a file with the system's default application (an exported report, at the user's
//! request). Issue 18 replaces the hand-built commands with a maintained crate.

use std::path::Path;

/// Opens `path` with the system's default application, without waiting for it.
pub fn open_externally(path: &Path) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    command.arg(path).spawn().map(|_| ())
}
