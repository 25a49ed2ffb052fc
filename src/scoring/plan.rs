//! The action plan meets the answers: a measure counts as in place only when it is done.
//!
//! An answer may say a safeguard is in place while the action plan still has it planned or in
//! progress: planned is not done, so it does not count, and the contradiction is a finding. A
//! measure marked done in the plan counts even where an answer says otherwise, and that
//! contradiction is a finding too, so the DPO corrects one or the other.

use super::{AnswerRef, Finding, SafeguardInPlace, SafeguardSource};
use crate::answer::Answers;
use crate::assessment::{MeasureStatus, PlannedMeasure};
use crate::effect::Effect;
use crate::questionnaire::Questionnaire;

/// The safeguards in place once the action plan is taken into account, and the contradictions
/// between the plan and the answers.
pub(super) fn reconcile(
    questionnaire: &Questionnaire,
    active: &Answers,
    answered: &[SafeguardInPlace],
    plan: &[PlannedMeasure],
) -> (Vec<SafeguardInPlace>, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut in_place = Vec::new();
    for safeguard in answered {
        let not_done = plan
            .iter()
            .find(|m| m.control == safeguard.control && m.status != MeasureStatus::Done);
        match (not_done, &safeguard.because) {
            (Some(measure), SafeguardSource::Answer(answer)) => {
                findings.push(Finding::PlannedNotDone {
                    control: measure.control.clone(),
                    status: measure.status,
                    answer: answer.clone(),
                });
            }
            _ => in_place.push(safeguard.clone()),
        }
    }
    for measure in plan.iter().filter(|m| m.status == MeasureStatus::Done) {
        if in_place.iter().any(|s| s.control == measure.control) {
            continue;
        }
        if let Some(answer) = answer_denying(questionnaire, active, &measure.control) {
            findings.push(Finding::DoneContradictsAnswer {
                control: measure.control.clone(),
                answer,
            });
        }
        in_place.push(SafeguardInPlace {
            control: measure.control.clone(),
            because: SafeguardSource::ActionPlan,
        });
    }
    (in_place, findings)
}

/// The answer to a question that offers `control` as a safeguard but where another option was
/// chosen (such as "No" to "Is MDM in place?").
fn answer_denying(
    questionnaire: &Questionnaire,
    active: &Answers,
    control: &str,
) -> Option<AnswerRef> {
    questionnaire.questions().find_map(|question| {
        let offers = question.options.iter().any(|o| {
            o.effects
                .iter()
                .any(|e| matches!(e, Effect::Safeguard(c) if c == control))
        });
        if !offers {
            return None;
        }
        let chosen = active.get(&question.id)?.selected();
        let option = chosen.first()?;
        Some(AnswerRef {
            question: question.id.clone(),
            option: (*option).to_string(),
        })
    })
}
