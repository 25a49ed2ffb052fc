//! What happens now: to the use already under way, and to the action plan. The part of the
//! summary a partner acts on, written only once there is a stance.

use super::ReportInput;
use super::prose::joined;
use crate::answer::YesNo;
use crate::assessment::MeasureStatus;
use crate::present::vocabulary::{FluentArgs, Words};
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
    // One app is named; several are "the apps assessed", which each language words itself.
    let apps = match names.as_slice() {
        [one] => Subject {
            count: 1,
            name: one,
        },
        _ => Subject {
            count: names.len(),
            name: "",
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
    (!sentences.is_empty()).then(|| {
        input.words.with_texts(
            "next-steps-paragraph",
            &[("sentences", &joined(sentences, input.words))],
        )
    })
}

/// The app (or apps) a sentence is about.
struct Subject<'a> {
    /// How many apps are assessed: a message names the one, or speaks of all.
    count: usize,
    /// The app's name, when there is one.
    name: &'a str,
}

impl Subject<'_> {
    /// A message about the apps, with their number (`$count`) and the one's name (`$app`).
    fn say(&self, words: &Words, id: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("count", self.count);
        args.set("app", self.name);
        words.with(id, &args)
    }
}

/// What becomes of the use already under way, given the stance.
fn current_use_text(
    input: &ReportInput<'_>,
    apps: &Subject<'_>,
    stance: Stance,
    use_now: YesNo,
) -> Option<String> {
    match (use_now, stance) {
        (YesNo::No, _) => None,
        (YesNo::DontKnow, _) => Some(apps.say(input.words, "next-steps-use-unknown")),
        (YesNo::Yes, Stance::Forbid) => {
            // Whatever the situation rules out (deleting messages under a legal hold) is said
            // here too, so stopping the use destroys nothing that must be kept.
            let preserve = input
                .questionnaire
                .unsuitable
                .iter()
                .filter(|u| u.when.holds(&input.assessment.answers, None))
                .map(|u| u.reason.clone());
            let stop = apps.say(input.words, "next-steps-use-stop");
            Some(joined(std::iter::once(stop).chain(preserve), input.words))
        }
        (YesNo::Yes, Stance::Define) => Some(apps.say(input.words, "next-steps-use-define")),
        (YesNo::Yes, Stance::Accept) => Some(apps.say(input.words, "next-steps-use-accept")),
    }
}

/// Where the action plan stands: what is left, by when, and what has no owner or date yet.
fn action_plan_text(input: &ReportInput<'_>, stance: Stance) -> Option<String> {
    let words = input.words;
    let measures = &input.assessment.sign_off.measures;
    if measures.is_empty() {
        // Under FORBID the action is to stop, which needs no measures; under ACCEPT none is due.
        return (stance == Stance::Define).then(|| words.get("next-steps-no-plan"));
    }
    let open: Vec<_> = measures
        .iter()
        .filter(|m| m.status != MeasureStatus::Done)
        .collect();
    if open.is_empty() {
        return Some(words.get("next-steps-all-done"));
    }
    let left = match open.iter().filter_map(|m| m.due).max() {
        Some(due) => {
            let mut args = FluentArgs::new();
            args.set("count", open.len());
            args.set("due", words.date(due));
            words.with("next-steps-open-due", &args)
        }
        None => words.count("next-steps-open", open.len()),
    };
    let unassigned = open
        .iter()
        .filter(|m| m.owner.trim().is_empty() || m.due.is_none())
        .count();
    let without_owner = match unassigned {
        0 => None,
        1 if open.len() == 1 => Some(words.get("next-steps-unassigned-only")),
        n => Some(words.count("next-steps-unassigned", n)),
    };
    Some(joined(std::iter::once(left).chain(without_owner), words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::language::Language;

    #[test]
    fn one_app_is_named_and_several_are_the_apps_assessed() {
        let english = Words::english();
        let one = Subject {
            count: 1,
            name: "Signal",
        };
        assert_eq!(
            one.say(english, "next-steps-use-accept"),
            "Signal is already used for this purpose: that use may continue once this assessment is approved."
        );
        let two = Subject { count: 2, name: "" };
        assert_eq!(
            two.say(english, "next-steps-use-unknown"),
            "Whether the apps assessed are already used for this purpose is not known; find out, since any use under way is subject to the same decision."
        );
        // Chinese has no plural form "one": the app is named for exactly one app.
        let chinese = Words::shared(Language::ChineseHongKong);
        assert!(
            one.say(chinese, "next-steps-use-accept")
                .starts_with("Signal已用於")
        );
    }

    #[test]
    fn the_action_plan_counts_in_each_languages_plural_forms() {
        let english = Words::english();
        assert_eq!(
            english.count("next-steps-unassigned", 1),
            "One of them has no owner or no due date yet."
        );
        assert_eq!(
            english.count("next-steps-unassigned", 3),
            "3 of them have no owner or no due date yet."
        );
        let due = |words: &Words, count: usize| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            args.set(
                "due",
                words.date(crate::date::Date::new(2027, 3, 31).unwrap()),
            );
            words.with("next-steps-open-due", &args)
        };
        assert_eq!(
            due(english, 1),
            "One measure of the action plan is still to be done, by 2027-03-31."
        );
        assert_eq!(
            due(english, 2),
            "2 measures of the action plan are still to be done; the last is due on 2027-03-31."
        );
        let french = Words::shared(Language::French);
        assert_eq!(
            due(french, 2),
            "2 mesures du plan d'action restent à réaliser\u{202f}; la dernière échéance est le 31 mars 2027."
        );
        // Chinese: the two sentences follow each other with no space between them.
        let chinese = Words::shared(Language::ChineseHongKong);
        let text = joined(
            [due(chinese, 2), chinese.count("next-steps-unassigned", 1)],
            chinese,
        );
        assert_eq!(
            text,
            "行動計劃尚有2項措施有待完成，最後一項的限期為2027年3月31日。其中1項措施尚未有負責人或限期。"
        );
    }
}
