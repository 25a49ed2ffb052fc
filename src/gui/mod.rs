//! The desktop app (feature `gui`): a start screen, then a wizard that walks through the
//! questionnaire with a live risk panel, and saving and exporting.
//!
//! The UI is thin: pages draw and return [`command::Command`]s, which the UI-free [`Workspace`]
//! applies after the frame; scores come from the core, recomputed when an answer changes, never per frame.

mod app;
mod approval_notice;
pub mod autosave;
pub mod background;
pub mod command;
mod compare_page;
mod consultations_ui;
mod contributors_ui;
pub mod dialogs;
mod finish_page;
mod focus;
pub mod fonts;
mod knowledge_notice;
mod menu_bar;
mod own_items_ui;
pub mod passphrase_prompt;
mod path_prompt;
pub mod protection;
mod question_ui;
mod radio_group;
mod risk_panel;
pub mod session;
mod sharing_ui;
mod sign_off_page;
mod start_page;
pub mod step;
mod step_frame;
pub mod storage;
pub mod theme;
pub mod typed_text;
mod widgets;
mod wizard;
pub mod workspace;

pub use app::App;
use std::process::ExitCode;
pub use workspace::{Message, PathPrompt, Workspace};

/// The environment variable naming a file where the app writes, once, the time (milliseconds
/// since the Unix epoch) at which its first frame was drawn: `scripts/bench.sh` measures the
/// start-up time with it.
pub const FIRST_FRAME_FILE_VARIABLE: &str = "MSGDPIA_FIRST_FRAME_FILE";

/// The window's application id: Wayland's app id and X11's `WM_CLASS`. Desktops match it to the
/// desktop entry of the same name (`msgdpia.desktop`, whose `StartupWMClass` it is too), so the
/// window shows under the app's name and icon.
pub const APP_ID: &str = "msgdpia";

/// The window's icon, a PNG made from `assets/icons/msgdpia.svg` by `scripts/icons.sh`. 128 px:
/// on X11 winit sends the icon in one request, and at 256 px (256 × 256 pixels of 4 bytes, and
/// the size) it is just over the 262,140 bytes a request may hold, so the window would get no
/// icon at all. Menus and docks take the larger ones from the icon theme.
pub const WINDOW_ICON_PNG: &[u8] = include_bytes!("../../assets/icons/msgdpia-128.png");

/// The window's icon as pixels, through the PNG decoder eframe already has (`image`). `None`
/// only if the embedded PNG were broken, which a test rules out; the window then keeps eframe's.
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(WINDOW_ICON_PNG).ok()
}

/// Opens the window, with the assessment the request names open at the step it names, and runs
/// until the window is closed.
pub fn run(request: &crate::cli::OpenRequest) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Messaging DPIA")
        .with_app_id(APP_ID)
        .with_inner_size([1200.0, 780.0])
        .with_min_inner_size([760.0, 480.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Messaging DPIA",
        options,
        Box::new(|_creation| {
            let app = App::new(Box::new(dialogs::NativeDialogs), crate::io::today());
            // The system's language until the View menu chooses one, which is remembered.
            let app = app.speaking(crate::io::system_language());
            let mut app = match storage::Storage::for_user() {
                Some(storage) => app.with_storage(storage),
                None => app,
            };
            if let Some(file) = &request.file {
                app.apply(command::Command::OpenPath(file.clone()));
            }
            if let Some(step) = &request.step {
                app.workspace.open_at_step(step);
            }
            Ok(Box::new(Window {
                app,
                first_frame_file: std::env::var_os(FIRST_FRAME_FILE_VARIABLE).map(Into::into),
            }))
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
struct Window {
    app: App,
    /// Where to note the time of the first frame, when asked (see [`FIRST_FRAME_FILE_VARIABLE`]).
    first_frame_file: Option<std::path::PathBuf>,
}

impl eframe::App for Window {
    /// Runs before every frame, and alone while the window is minimised.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.app.upkeep(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
        if let Some(path) = self.first_frame_file.take() {
            let now = crate::io::now_in_milliseconds();
            // A measurement aid only: failing to write it is said, and the app goes on.
            if let Err(error) = crate::io::write_atomic(&path, now.to_string().as_bytes()) {
                eprintln!("msgdpia: could not note the time of the first frame: {error}");
            }
        }
    }
}
