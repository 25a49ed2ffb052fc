//! The notice above an approved assessment: it is a record, read-only until a new revision
//! starts, and says when its review date has come.

use super::command::Command;
use super::session::Session;
use crate::assessment::DocumentStatus;
use crate::date::Date;

/// The notice, with its "Start a new revision" button.
pub fn approval_notice_ui(
    ui: &mut egui::Ui,
    session: &Session,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let assessment = &session.assessment;
    let DocumentStatus::Approved { by, on } = assessment.sign_off.status() else {
        return;
    };
    ui.add_space(4.0);
    ui.strong(format!(
        "Version {} was approved by {by} on {on}. It is read-only: start a new revision to change it.",
        assessment.metadata.assessment_version
    ));
    ui.horizontal_wrapped(|ui| {
        if assessment.review_due(today)
            && let Some(due) = assessment.metadata.review_date
        {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("Its review was due on {due}."),
            );
        }
        if ui
            .button("Start a new revision")
            .on_hover_text(
                "Keeps this version in the document history, raises the version number and clears the approvals, which the new version needs again.",
            )
            .clicked()
        {
            commands.push(Command::StartNewRevision);
        }
    });
    ui.add_space(4.0);
}
