//! The desktop app (feature `gui`): a start screen, then a wizard that walks through the
//! questionnaire with a live risk panel, and saving and exporting.
//!
//! The UI is thin: pages draw and return [`command::Command`]s, which [`App`] applies after the
//! frame; scores come from the core, recomputed when an answer changes, never per frame.

mod app;
pub mod command;
mod compare_page;
pub mod dialogs;
mod finish_page;
mod fonts;
pub mod passphrase_prompt;
pub mod protection;
mod question_ui;
mod risk_panel;
pub mod session;
mod sign_off_page;
mod start_page;
pub mod storage;
mod wizard;

pub use app::{App, Message, PathPrompt};
use std::process::ExitCode;

/// Opens the window and runs until it is closed.
pub fn run() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Messaging DPIA")
            .with_inner_size([1200.0, 780.0])
            .with_min_inner_size([760.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Messaging DPIA",
        options,
        Box::new(|_creation| {
            let app = App::new(Box::new(dialogs::NativeDialogs), crate::io::today());
            let app = match storage::Storage::for_user() {
                Some(storage) => app.with_storage(storage),
                None => app,
            };
            Ok(Box::new(Window(app)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("msgdpia: the desktop app could not start: {error}");
            ExitCode::from(crate::cli::EXIT_INVALID)
        }
    }
}

/// The eframe adapter around [`App`].
struct Window(App);

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.0.ui(ui);
    }
}
