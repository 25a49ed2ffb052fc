//! The notice above an approved assessment: it is a record, read-only until a new revision
//! starts, and says when its review date has come.

use super::command::Command;
use super::session::Session;
use crate::assessment::DocumentStatus;
use crate::date::Date;
use crate::present::vocabulary::{FluentArgs, Words};

/// The notice, with its "Start a new revision" button.
pub fn approval_notice_ui(
    ui: &mut egui::Ui,
    session: &Session,
    today: Date,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let assessment = &session.assessment;
    let DocumentStatus::Approved { by, on } = assessment.sign_off.status() else {
        return;
    };
    ui.add_space(4.0);
    let mut args = FluentArgs::new();
    args.set("version", assessment.metadata.assessment_version.as_str());
    args.set("by", by.as_str());
    args.set("on", on.to_string());
    ui.strong(words.with("approval-read-only", &args));
    ui.horizontal_wrapped(|ui| {
        if assessment.review_due(today)
            && let Some(due) = assessment.metadata.review_date
        {
            let mut args = FluentArgs::new();
            args.set("due", due.to_string());
            ui.colored_label(
                ui.visuals().warn_fg_color,
                words.with("approval-review-due", &args),
            );
        }
        if ui
            .button(words.get("approval-new-revision"))
            .on_hover_text(words.get("approval-new-revision-hover"))
            .clicked()
        {
            commands.push(Command::StartNewRevision);
        }
    });
    ui.add_space(4.0);
}
