//! Working the app from the keyboard: the first field of a step takes the focus when the step
//! opens, Enter goes to the next step from the fields where it means nothing else, and the
//! focused widget has a ring that can be seen at a glance.

use crate::present::vocabulary::Words;
/// Remembers, for this frame only, the widgets on which Enter goes to the next step.
fn enter_moves_on_id() -> egui::Id {
    egui::Id::unique("enter_moves_on")
}

/// Marks `response`'s widget as one where Enter goes to the next step (radio groups, check
/// boxes): Enter there would otherwise choose or tick what has the focus.
pub fn enter_moves_on(ui: &egui::Ui, response: &egui::Response) {
    ui.data_mut(|data| {
        data.get_temp_mut_or_default::<Vec<egui::Id>>(enter_moves_on_id())
            .push(response.id)
    });
}

/// Whether Enter, pressed this frame, goes to the next step: nothing has the focus (a
/// single-line field gives it up on Enter), or a widget marked by [`enter_moves_on`] has it.
/// A button or a multi-line field keeps Enter for itself.
pub fn enter_goes_to_next_step(ui: &egui::Ui) -> bool {
    if !ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        return false;
    }
    match ui.memory(|m| m.focused()) {
        None => true,
        Some(focused) => ui.data(|data| {
            data.get_temp::<Vec<egui::Id>>(enter_moves_on_id())
                .is_some_and(|ids| ids.contains(&focused))
        }),
    }
}

/// Forgets last frame's marks; called once at the start of every frame.
pub fn begin_frame(ctx: &egui::Context) {
    ctx.data_mut(|data| {
        data.remove::<Vec<egui::Id>>(enter_moves_on_id());
        // A step with no field has given up its claim by now.
        data.remove::<bool>(first_field_wanted_id());
    });
}

fn first_field_wanted_id() -> egui::Id {
    egui::Id::unique("first_field_wanted")
}

/// A point at the top of a step's content from which the keyboard goes to the step's first
/// field when the step opens (`entered`).
///
/// The first answer widget or text field drawn after it claims the keyboard through
/// [`claim_if_first_field`]. A step with no field (the comparison, the result) gives it to its
/// first widget instead: the point takes the focus and hands it on at the next frame, as Tab
/// would. The point exists only for those two frames, so it is never a Tab stop.
pub fn first_field_anchor_ui(ui: &mut egui::Ui, entered: bool, words: &Words) {
    let id = egui::Id::unique("first_field_anchor");
    let focused = ui.memory(|m| m.has_focus(id));
    if !entered && !focused {
        return;
    }
    if focused && !entered {
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Next));
    }
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let response = ui.interact(rect, id, egui::Sense::FOCUSABLE);
    let name = words.get("step-start");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    if entered {
        response.request_focus();
        ui.data_mut(|data| data.insert_temp(first_field_wanted_id(), true));
        // The hand-over happens at the next frame, which must come without waiting for input.
        ui.ctx().request_repaint();
    }
}

/// Gives the keyboard to this field if it is the first one of a step that has just opened.
pub fn claim_if_first_field(ui: &egui::Ui, response: &egui::Response) {
    let wanted = ui.data_mut(|data| data.remove_temp::<bool>(first_field_wanted_id()));
    if wanted == Some(true) {
        response.request_focus();
    }
}

/// Draws a clear ring around the focused widget, above everything else: egui's own focus cue is
/// a faint change of background that is easy to lose on a long page.
pub fn focus_ring_ui(ctx: &egui::Context) {
    let Some(focused) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(focused) else {
        return;
    };
    let rect = response.interact_rect;
    if rect.width() < 1.0 || rect.height() < 1.0 {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("focus_ring"),
    ));
    let colour = ctx.global_style().visuals.selection.stroke.color;
    painter.rect_stroke(
        rect.expand(2.0),
        3.0,
        egui::Stroke::new(2.0, colour),
        egui::StrokeKind::Outside,
    );
}
