//! Gathers what the shown answers do: risk raises, safeguards in place, screening criteria.

use super::{AnswerRef, SafeguardInPlace};
use crate::answer::Answers;
use crate::effect::Effect;
use crate::questionnaire::Questionnaire;
use crate::wp248::Criterion;

/// A risk raise caused by one answer.
pub(super) struct AnswerRaise {
    pub because: AnswerRef,
    pub risk: String,
    pub likelihood: u8,
    pub severity: u8,
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
            for effect in &option.effects {
                add(&mut collected, effect, &because);
            }
        }
    }
    collected
}

fn add(collected: &mut Collected, effect: &Effect, because: &AnswerRef) {
    match effect {
        Effect::Raise {
            risk,
            likelihood,
            severity,
        } => collected.raises.push(AnswerRaise {
            because: because.clone(),
            risk: risk.clone(),
            likelihood: *likelihood,
            severity: *severity,
        }),
        Effect::Safeguard(control) => {
            // One control counts once, however many answers say it is in place.
            if !collected.safeguards.iter().any(|s| s.control == *control) {
                collected.safeguards.push(SafeguardInPlace {
                    control: control.clone(),
                    because: because.clone(),
                });
            }
        }
        Effect::Criterion(criterion) => collected.criteria.push((*criterion, because.clone())),
    }
}
