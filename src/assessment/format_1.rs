//! Assessment file format 1, kept so that files saved by earlier versions keep loading, and its
//! migration to the current format.
//!
//! Format 1 named the approvers of the measures and of the residual risks in one line each
//! (`measures_approved_by: "…"`). Format 2 records each approval as `Approval(by: …, on: …)`,
//! as the ICO template's sign-off table asks for the name and the date. Migrating keeps the
//! name and leaves the date empty: format 1 never recorded it.
//!
//! The parts of format 1 that format 2 did not change are shared with [`super::raw`]; a later
//! format that changes one of them must copy its format-1 form here first.

use super::raw;
use crate::answer::Answers;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Assessment")]
pub(crate) struct Assessment {
    #[expect(
        dead_code,
        reason = "the field must be present, but its value was read before choosing this format"
    )]
    pub format_version: u32,
    pub questionnaire: raw::QuestionnaireRef,
    pub metadata: raw::Metadata,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub sign_off: SignOff,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct SignOff {
    pub measures: Vec<raw::PlannedMeasure>,
    pub measures_approved_by: String,
    pub residual_risks_approved_by: String,
    pub dpo_advice: String,
    pub dpo_advice_outcome: super::AdviceOutcome,
    pub overruled_reason: String,
    pub consultation_responses: String,
    pub kept_under_review_by: String,
}

/// The same assessment in the current format.
pub(crate) fn migrate(old: Assessment) -> raw::Assessment {
    let sign_off = old.sign_off;
    raw::Assessment {
        format_version: super::FORMAT_VERSION,
        questionnaire: old.questionnaire,
        metadata: old.metadata,
        answers: old.answers,
        sign_off: raw::SignOff {
            measures: sign_off.measures,
            measures_approval: approval_by(sign_off.measures_approved_by),
            residual_risks_approval: approval_by(sign_off.residual_risks_approved_by),
            dpo_advice: sign_off.dpo_advice,
            dpo_advice_outcome: sign_off.dpo_advice_outcome,
            overruled_reason: sign_off.overruled_reason,
            consultation_responses: sign_off.consultation_responses,
            kept_under_review_by: sign_off.kept_under_review_by,
            // Format 4 added the consultation record; format 1 never had one.
            consultations: Vec::new(),
            individuals_not_consulted_because: String::new(),
        },
        // Format 5 added the assessor's judgement.
        judgement: raw::Judgement::default(),
        compared: Vec::new(),
        scored_with: None,
    }
}

fn approval_by(by: String) -> raw::Approval {
    raw::Approval {
        by,
        on: String::new(),
    }
}
