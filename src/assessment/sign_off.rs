//! The sign-off of an assessment, after the ICO DPIA template's step 7: the action plan
//! (measures with owner, due date and status), who approved the measures and the residual
//! risks, the DPO's advice and whether it was followed, and who keeps the assessment under
//! review.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The sign-off. Every field may be empty while the assessment is in progress.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignOff {
    /// The action plan.
    pub measures: Vec<PlannedMeasure>,
    /// Who approved the measures, and when.
    pub measures_approval: Approval,
    /// Who approved the residual risks, and when.
    pub residual_risks_approval: Approval,
    /// The DPO's advice, in their words.
    pub dpo_advice: String,
    /// Whether the advice was accepted or overruled.
    pub dpo_advice_outcome: AdviceOutcome,
    /// Why the advice was overruled (when it was).
    pub overruled_reason: String,
    /// Consultation responses (of the people concerned or their representatives).
    pub consultation_responses: String,
    /// Who keeps the assessment under review.
    pub kept_under_review_by: String,
    /// Who was consulted and what they said (ICO step 3).
    pub consultations: Vec<Consultation>,
    /// Why the views of the people concerned were not sought, when they were not (ICO step 3
    /// asks for the reason; GDPR Art. 35(9) asks for their views "where appropriate").
    pub individuals_not_consulted_because: String,
}

/// One consultation of the ICO's step 3: the people concerned or their representatives, staff,
/// the processor, security or other experts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Consultation {
    /// Who was consulted, such as "Two clients of the family team" or "IT security adviser".
    pub who: String,
    /// How, such as "interviews" or "written questions".
    pub how: String,
    /// When.
    pub on: Option<Date>,
    /// What they said, in short.
    pub views: String,
}

/// An approval: the ICO template's sign-off table asks for the name, position and date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Approval {
    /// Who approved, with their position, such as "Jane Doe, Managing Partner".
    pub by: String,
    /// When.
    pub on: Option<Date>,
}

/// One measure of the action plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedMeasure {
    /// The control's id in the knowledge base.
    pub control: String,
    /// Who is responsible.
    pub owner: String,
    /// When it is due.
    pub due: Option<Date>,
    /// How far it has got.
    pub status: MeasureStatus,
}

/// How far a measure has got.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum MeasureStatus {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Done.
    Done,
}

impl MeasureStatus {
    /// All, in order.
    pub const ALL: [MeasureStatus; 3] = [
        MeasureStatus::Planned,
        MeasureStatus::InProgress,
        MeasureStatus::Done,
    ];
}

/// What became of the DPO's advice.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum AdviceOutcome {
    /// Not decided yet.
    #[default]
    Pending,
    /// Accepted.
    Accepted,
    /// Overruled (the reason must be given).
    Overruled,
}

impl AdviceOutcome {
    /// All, in order.
    pub const ALL: [AdviceOutcome; 3] = [
        AdviceOutcome::Pending,
        AdviceOutcome::Accepted,
        AdviceOutcome::Overruled,
    ];
}
