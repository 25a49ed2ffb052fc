//! Gathers what the shown answers do: risk raises, safeguards in place, screening criteria.

use super::{AnswerRef, SafeguardInPlace, SafeguardSource};
use crate::answer::{Answers, YesNo};
use crate::effect::Effect;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::wp248::Criterion;

/// A risk raise caused by one answer.
pub(super) struct AnswerRaise {
    pub because: AnswerRef,
    pub risk: String,
    pub likelihood: u8,
    pub severity: u8,
    pub exposure: Option<String>,
}

/// Everything the answers do, in questionnaire order.
pub(super) struct Collected {
    pub raises: Vec<AnswerRaise>,
    pub safeguards: Vec<SafeguardInPlace>,
    pub criteria: Vec<(Criterion, AnswerRef)>,
}

/// Walks the shown questions in order and the options selected in each.
pub(super) fn collect(questionnaire: &Questionnaire, active: &Answers) -> Collected {
    let mut collected = Collected {
        raises: Vec::new(),
        safeguards: Vec::new(),
        criteria: Vec::new(),
    };
    for question in questionnaire.questions() {
        let Some(answer) = active.get(&question.id) else {
            continue;
        };
        for option_id in answer.selected() {
            let Some(option) = question.option(option_id) else {
                continue;
            };
            let because = AnswerRef {
                question: question.id.clone(),
                option: option.id.clone(),
            };
            for effect in effects_of(question, &option.effects, option_id) {
                add(&mut collected, effect, &because);
            }
        }
    }
    collected
}

/// The effects of a chosen option. "Don't know" to a yes/no question, when the questionnaire
/// gives it no effects of its own, carries the risk raises and screening criteria of the more
/// exposed of "yes" and "no" (the one raising risks by more steps; "yes" on a tie): an
/// exposure one cannot rule out is assumed (WP248 rev.01: where it is not clear whether a DPIA
/// is required, carry one out). It never carries a safeguard: one is in place only when known.
fn effects_of<'q>(
    question: &'q Question,
    effects: &'q [Effect],
    option_id: &str,
) -> Vec<&'q Effect> {
    let inherits = question.kind == QuestionKind::YesNo
        && option_id == YesNo::DontKnow.option_id()
        && effects.is_empty();
    if !inherits {
        return effects.iter().collect();
    }
    let of = |answer: YesNo| -> Vec<&'q Effect> {
        question
            .option(answer.option_id())
            .map_or_else(Vec::new, |option| {
                option
                    .effects
                    .iter()
                    .filter(|e| !matches!(e, Effect::Safeguard(_)))
                    .collect()
            })
    };
    let (yes, no) = (of(YesNo::Yes), of(YesNo::No));
    if raise_steps(&no) > raise_steps(&yes) {
        no
    } else {
        yes
    }
}

fn raise_steps(effects: &[&Effect]) -> u32 {
    effects.iter().map(|e| e.raise_steps()).sum()
}

fn add(collected: &mut Collected, effect: &Effect, because: &AnswerRef) {
    match effect {
        Effect::Raise {
            risk,
            likelihood,
            severity,
            exposure,
        } => collected.raises.push(AnswerRaise {
            because: because.clone(),
            risk: risk.clone(),
            likelihood: *likelihood,
            severity: *severity,
            exposure: exposure.clone(),
        }),
        Effect::Safeguard(control) => {
            // One control counts once, however many answers say it is in place.
            if !collected.safeguards.iter().any(|s| s.control == *control) {
                collected.safeguards.push(SafeguardInPlace {
                    control: control.clone(),
                    because: SafeguardSource::Answer(because.clone()),
                });
            }
        }
        Effect::Criterion(criterion) => collected.criteria.push((*criterion, because.clone())),
    }
}
