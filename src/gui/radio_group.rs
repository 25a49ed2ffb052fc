//! A group of radio buttons that is one Tab stop, as in every desktop toolkit: Tab reaches the
//! chosen option (or the first when none is chosen), the arrow keys choose another, Space chooses
//! the one with the keyboard. egui makes every radio button a Tab stop of its own, which put four
//! stops on each yes/no question.

/// What the user did to a radio group this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupChoice {
    /// Nothing.
    None,
    /// Chose the option at this position.
    Chose(usize),
}

/// One option as drawn: its label, and the accessible name that tells it from the options of
/// other questions.
pub struct RadioOption<'a> {
    /// The label beside the button.
    pub label: &'a str,
    /// The name a screen reader announces (it includes the question).
    pub name: String,
}

/// Draws the options in the current layout; `selected` is the chosen one's position.
pub fn radio_group_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    options: &[RadioOption<'_>],
    selected: Option<usize>,
) -> GroupChoice {
    let focused = (0..options.len()).find(|index| ui.memory(|m| m.has_focus(id.with(index))));
    // An arrow on the focused option chooses another, which takes the keyboard at once: it
    // must be the group's Tab stop already in this frame, or egui drops the focus given to it.
    let moved_to = focused.and_then(|index| arrow_choice(ui, index, options.len()));
    let tab_stop = moved_to.or(selected).unwrap_or(0);
    if let Some(next) = moved_to {
        ui.memory_mut(|m| {
            m.request_focus(id.with(next));
            // egui would also move the focus out of the group when the arrow repeats (held
            // down) before the lock on arrows reaches the newly chosen option.
            m.move_focus(egui::FocusDirection::None);
        });
    }
    let mut choice = moved_to.map_or(GroupChoice::None, GroupChoice::Chose);
    // Enter on a focused option goes to the next step; it must not also choose the option.
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    for (index, option) in options.iter().enumerate() {
        let option_id = id.with(index);
        let response = radio_ui(
            ui,
            option_id,
            option,
            selected == Some(index),
            index == tab_stop,
        );
        if index == tab_stop {
            super::focus::enter_moves_on(ui, &response);
            super::focus::claim_if_first_field(ui, &response);
            // The arrows choose within the group instead of moving the focus out of it.
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    option_id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                )
            });
        }
        if response.clicked() && !enter && selected != Some(index) {
            choice = GroupChoice::Chose(index);
        }
    }
    choice
}

/// The option an arrow key pressed on the option at `index` chooses, wrapping round.
fn arrow_choice(ui: &egui::Ui, index: usize, count: usize) -> Option<usize> {
    use egui::Key;
    let (forward, backward) = ui.input(|i| {
        (
            i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowRight),
            i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::ArrowLeft),
        )
    });
    match (forward, backward) {
        (true, false) => Some((index + 1) % count),
        (false, true) => Some((index + count - 1) % count),
        _ => None,
    }
}

/// One radio button, drawn as egui draws its own; only the group's Tab stop takes the focus.
fn radio_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    option: &RadioOption<'_>,
    checked: bool,
    tab_stop: bool,
) -> egui::Response {
    let spacing = ui.spacing();
    let icon_width = spacing.icon_width;
    let gap = spacing.icon_spacing;
    let min_height = spacing.interact_size.y;
    let galley = egui::WidgetText::from(option.label).into_galley(
        ui,
        None,
        ui.available_width() - icon_width - gap,
        egui::TextStyle::Button,
    );
    let size = egui::vec2(
        icon_width + gap + galley.size().x,
        galley.size().y.max(min_height),
    );
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let sense = if tab_stop {
        egui::Sense::click()
    } else {
        egui::Sense::CLICK
    };
    let response = ui.interact(rect, id, sense);
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::RadioButton, enabled, checked, &option.name)
    });
    if ui.is_rect_visible(rect) {
        let visuals = *ui.style().interact(&response);
        let icon = egui::Rect::from_min_size(
            egui::pos2(rect.left(), rect.center().y - icon_width / 2.0),
            egui::vec2(icon_width, icon_width),
        );
        let (small, big) = ui.spacing().icon_rectangles(icon);
        let painter = ui.painter();
        painter.circle(
            big.center(),
            big.width() / 2.0 + visuals.expansion,
            visuals.bg_fill,
            visuals.bg_stroke,
        );
        if checked {
            painter.circle_filled(small.center(), small.width() / 3.0, visuals.fg_stroke.color);
        }
        let text_at = egui::pos2(
            rect.left() + icon_width + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        painter.galley(text_at, galley, visuals.text_color());
    }
    response
}
