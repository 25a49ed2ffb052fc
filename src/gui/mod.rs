//! The desktop app (feature `gui`). For now it is the start screen: what the tool does, the
//! built-in questionnaire and knowledge base, and the shipped examples with their stances. The
//! step-by-step wizard is the GUI issue's work.
//!
//! The UI is thin: everything shown is computed by the core once, at start-up, never per frame.

mod start_page;

use std::process::ExitCode;

/// Opens the window and runs until it is closed.
pub fn run() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Messaging DPIA")
            .with_inner_size([900.0, 640.0])
            .with_min_inner_size([520.0, 400.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Messaging DPIA",
        options,
        Box::new(|_creation| Ok(Box::new(start_page::StartApp::new()))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("msgdpia: the desktop app could not start: {error}");
            ExitCode::from(crate::cli::EXIT_INVALID)
        }
    }
}

pub use start_page::StartApp;
