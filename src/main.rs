//! The `msgdpia` binary: the desktop app when run with no command, the CLI otherwise.

use std::process::ExitCode;

fn main() -> ExitCode {
    msgdpia::cli::main_with(std::env::args_os(), open_gui)
}

/// Opens the desktop app when this build has it and a display is available.
#[cfg(feature = "gui")]
fn open_gui(request: msgdpia::cli::OpenRequest) -> Option<ExitCode> {
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
    if !has_display && cfg!(target_os = "linux") {
        return None;
    }
    Some(msgdpia::gui::run(&request))
}

/// Builds without the `gui` feature have no desktop app.
#[cfg(not(feature = "gui"))]
fn open_gui(_request: msgdpia::cli::OpenRequest) -> Option<ExitCode> {
    None
}
