//! Whether an assessment is complete enough for a stance, and the provisional answers that
//! stand in for the missing ones.
//!
//! A required question that is shown but unanswered (or whose answer no longer fits the
//! questionnaire) is *missing*: the result is then INCOMPLETE, never a stance. For a provisional
//! view, each missing answer is scored as "don't know", so leaving a question blank is never
//! safer than admitting one does not know.

use crate::answer::{Answer, Answers, YesNo};
use crate::effect::Effect;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};

/// The option id a choice question may offer for "don't know".
const DONT_KNOW: &str = "dont_know";

/// The required questions shown for these answers that have no usable answer (none, or one
/// of `unfit`, the questions whose answers do not fit), by id, in questionnaire order.
pub(super) fn missing(
    questionnaire: &Questionnaire,
    answers: &Answers,
    unfit: &[String],
) -> Vec<String> {
    questionnaire
        .shown_questions(answers)
        .into_iter()
        .filter(|q| q.required)
        .filter(|q| {
            let given = answers.get(&q.id).is_some_and(Answer::is_given);
            !given || unfit.contains(&q.id)
        })
        .map(|q| q.id.clone())
        .collect()
}

/// The answers with every missing required answer replaced by "don't know", again until no
/// question a filled-in answer reveals is left open.
pub(super) fn provisional(
    questionnaire: &Questionnaire,
    answers: &Answers,
    unfit: &[String],
) -> Answers {
    let mut filled = answers.clone();
    // The stand-ins always fit: a question filled in is no longer unfit.
    let mut unfit = unfit.to_vec();
    // A filled-in answer can show later questions; each pass fills at least one question or
    // stops, so this ends.
    loop {
        let open = missing(questionnaire, &filled, &unfit);
        let mut changed = false;
        for id in open {
            let Some(question) = questionnaire.question(&id) else {
                continue;
            };
            if let Some(answer) = dont_know(question) {
                unfit.retain(|u| *u != id);
                filled.insert(id, answer);
                changed = true;
            }
        }
        if !changed {
            return filled;
        }
    }
}

/// The "don't know" answer to a question: the yes/no answer itself; a choice question's own
/// "don't know" option where it has one, otherwise its most exposed option (the one raising
/// risks by the most steps), since an unknown exposure cannot be ruled out. Questions without
/// options (text, numbers, dates, apps) have none.
fn dont_know(question: &Question) -> Option<Answer> {
    match question.kind {
        QuestionKind::YesNo => Some(Answer::YesNo(YesNo::DontKnow)),
        QuestionKind::SingleChoice => most_exposed(question).map(Answer::Choice),
        QuestionKind::MultipleChoice => most_exposed(question).map(|id| Answer::Choices(vec![id])),
        _ => None,
    }
}

fn most_exposed(question: &Question) -> Option<String> {
    if let Some(option) = question.option(DONT_KNOW) {
        return Some(option.id.clone());
    }
    let steps = |effects: &[Effect]| -> u32 { effects.iter().map(Effect::raise_steps).sum() };
    // The first option with the most steps, so the choice is stable.
    let mut best: Option<(&str, u32)> = None;
    for option in &question.options {
        let here = steps(&option.effects);
        if best.is_none_or(|(_, most)| here > most) {
            best = Some((&option.id, here));
        }
    }
    best.map(|(id, _)| id.to_string())
}
