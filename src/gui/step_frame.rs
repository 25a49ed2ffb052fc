//! What every step shares: its heading, its content scrolled on its own, and Back and Next
//! pinned at the bottom in the same place on every step. The buttons are drawn after the
//! content, so Tab reaches them after the last field rather than wrapping to the menus.

use super::command::Command;
use super::focus;
use super::session::Session;
use crate::present::vocabulary::Words;

/// How the frame around a step behaves this frame.
pub struct StepFrame<'a> {
    /// The step has just opened: its first field takes the focus.
    pub entered: bool,
    /// No dialog is open, so Enter may go to the next step.
    pub keys_free: bool,
    /// The content may scroll sideways (the comparison's table is wider than most windows).
    pub scrolls_sideways: bool,
    /// The interface's words.
    pub words: &'a Words,
}

/// Draws the step's heading, `content` in its own scroll area, then Back and Next.
pub fn step_frame_ui(
    ui: &mut egui::Ui,
    session: &Session,
    frame: &StepFrame<'_>,
    commands: &mut Vec<Command>,
    content: impl FnOnce(&mut egui::Ui, &mut Vec<Command>),
) {
    ui.heading(session.step_title(session.step, frame.words));
    let navigation_height = ui.spacing().interact_size.y + 16.0;
    let content_height = (ui.available_height() - navigation_height).max(60.0);
    let scroll = if frame.scrolls_sideways {
        egui::ScrollArea::both()
    } else {
        egui::ScrollArea::vertical()
    };
    // Each step keeps its own scroll position, so a step first opens at its top rather than
    // where the previous one was scrolled to.
    scroll
        .id_salt(("step", session.step))
        .auto_shrink([false, false])
        .max_height(content_height)
        .show(ui, |ui| {
            focus::first_field_anchor_ui(ui, frame.entered, frame.words);
            content(ui, commands);
        });
    ui.separator();
    navigation_ui(ui, session, frame, commands);
}

fn navigation_ui(
    ui: &mut egui::Ui,
    session: &Session,
    frame: &StepFrame<'_>,
    commands: &mut Vec<Command>,
) {
    let words = frame.words;
    let next_step = session.after(session.step);
    ui.horizontal(|ui| {
        let back = egui::Button::new(words.get("step-back"));
        if ui
            .add_enabled(session.before(session.step).is_some(), back)
            .clicked()
        {
            commands.push(Command::Back);
        }
        if next_step.is_some() {
            if ui.button(words.get("step-next")).clicked() {
                commands.push(Command::Next);
            }
            ui.weak(words.get("step-enter-hint"));
        }
    });
    if next_step.is_some() && frame.keys_free && focus::enter_goes_to_next_step(ui) {
        commands.push(Command::Next);
    }
}
