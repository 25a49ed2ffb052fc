//! What happens now: to the use already under way, and to the action plan. The part of the
//! summary a partner acts on, written only once there is a stance.

use super::ReportInput;
use crate::answer::YesNo;
use crate::assessment::MeasureStatus;
use crate::scoring::Stance;

/// The paragraph, or `None` when there is no stance yet or nothing to say.
pub(super) fn paragraph(input: &ReportInput<'_>) -> Option<String> {
    let stance = input.scoring.final_stance()?;
    let names: Vec<&str> = input
        .scoring
        .apps
        .iter()
        .filter_map(|r| r.app.as_deref())
        .filter_map(|id| input.knowledge.app(id))
        .map(|app| app.name.as_str())
        .collect();
    let apps = match names.as_slice() {
        [one] => Subject {
            name: one.to_string(),
            within: one.to_string(),
            is: "is",
        },
        _ => Subject {
            name: "The apps assessed".to_string(),
            within: "the apps assessed".to_string(),
            is: "are",
        },
    };
    let answers = &input.assessment.answers;
    let current = input
        .questionnaire
        .current_use(answers)
        .and_then(|use_now| current_use_text(input, &apps, stance, use_now));
    let sentences: Vec<String> = current
        .into_iter()
        .chain(action_plan_text(input, stance))
        .collect();
    (!sentences.is_empty()).then(|| format!("What happens now. {}", sentences.join(" ")))
}

/// The app (or apps) a sentence is about, with its verb.
struct Subject {
    /// At the start of a sentence.
    name: String,
    /// Within a sentence.
    within: String,
    is: &'static str,
}

/// What becomes of the use already under way, given the stance.
fn current_use_text(
    input: &ReportInput<'_>,
    apps: &Subject,
    stance: Stance,
    use_now: YesNo,
) -> Option<String> {
    match (use_now, stance) {
        (YesNo::No, _) => None,
        (YesNo::DontKnow, _) => Some(format!(
            "Whether {} {} already used for this purpose is not known; find out, since any use under way is subject to the same decision.",
            apps.within, apps.is
        )),
        (YesNo::Yes, Stance::Forbid) => {
            // Whatever the situation rules out (deleting messages under a legal hold) is said
            // here too, so stopping the use destroys nothing that must be kept.
            let preserve: Vec<&str> = input
                .questionnaire
                .unsuitable
                .iter()
                .filter(|u| u.when.holds(&input.assessment.answers, None))
                .map(|u| u.reason.as_str())
                .collect();
            let mut text = format!(
                "{} {} already used for this purpose: that use should stop, after what must be kept has been moved into the records system.",
                apps.name, apps.is
            );
            for reason in preserve {
                text.push(' ');
                text.push_str(reason);
            }
            Some(text)
        }
        (YesNo::Yes, Stance::Define) => Some(format!(
            "{} {} already used for this purpose: that use may continue only for the defined purposes and once the conditions of use are met.",
            apps.name, apps.is
        )),
        (YesNo::Yes, Stance::Accept) => Some(format!(
            "{} {} already used for this purpose: that use may continue once this assessment is approved.",
            apps.name, apps.is
        )),
    }
}

/// Where the action plan stands: what is left, by when, and what has no owner or date yet.
fn action_plan_text(input: &ReportInput<'_>, stance: Stance) -> Option<String> {
    let measures = &input.assessment.sign_off.measures;
    if measures.is_empty() {
        // Under FORBID the action is to stop, which needs no measures; under ACCEPT none is due.
        return (stance == Stance::Define).then(|| {
            "No action plan has been drawn up yet: each measure needs an owner and a due date."
                .to_string()
        });
    }
    let open: Vec<_> = measures
        .iter()
        .filter(|m| m.status != MeasureStatus::Done)
        .collect();
    if open.is_empty() {
        return Some("Every measure of the action plan is done.".to_string());
    }
    let mut text = match (open.len(), open.iter().filter_map(|m| m.due).max()) {
        (1, Some(due)) => format!("One measure of the action plan is still to be done, by {due}."),
        (1, None) => "One measure of the action plan is still to be done.".to_string(),
        (count, Some(due)) => format!(
            "{count} measures of the action plan are still to be done; the last is due on {due}."
        ),
        (count, None) => format!("{count} measures of the action plan are still to be done."),
    };
    let unassigned = open
        .iter()
        .filter(|m| m.owner.trim().is_empty() || m.due.is_none())
        .count();
    match unassigned {
        0 => {}
        1 if open.len() == 1 => text.push_str(" It has no owner or no due date yet."),
        1 => text.push_str(" One of them has no owner or no due date yet."),
        n => text.push_str(&format!(" {n} of them have no owner or no due date yet.")),
    }
    Some(text)
}
