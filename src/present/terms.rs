//! The message ids naming the model's small sets of choices (a measure's status, what became
//! of the DPO's advice, the CNIL's four-point scale, levels of risk, feared events), so each output takes their
//! words from the vocabulary in the reader's language.

use crate::assessment::{AdviceOutcome, MeasureStatus};
use crate::knowledge::FearedEvent;
use crate::scale::{RiskLevel, Scale};
use crate::stance::Stance;
use crate::wp248::Criterion;

/// The message naming a measure's status.
pub fn measure_status(status: MeasureStatus) -> &'static str {
    match status {
        MeasureStatus::Planned => "measure-planned",
        MeasureStatus::InProgress => "measure-in-progress",
        MeasureStatus::Done => "measure-done",
    }
}

/// The message naming what became of the DPO's advice.
pub fn advice_outcome(outcome: AdviceOutcome) -> &'static str {
    match outcome {
        AdviceOutcome::Pending => "advice-pending",
        AdviceOutcome::Accepted => "advice-accepted",
        AdviceOutcome::Overruled => "advice-overruled",
    }
}

/// The message naming a point of the CNIL's scale of likelihood and severity.
pub fn scale_point(point: Scale) -> &'static str {
    match point.get() {
        1 => "scale-negligible",
        2 => "scale-limited",
        3 => "scale-significant",
        _ => "scale-maximum",
    }
}

/// The message naming a feared event.
pub fn feared_event(event: FearedEvent) -> &'static str {
    match event {
        FearedEvent::IllegitimateAccess => "feared-illegitimate-access",
        FearedEvent::UnwantedModification => "feared-unwanted-modification",
        FearedEvent::Disappearance => "feared-disappearance",
    }
}

/// The message naming a level of risk.
pub fn risk_level(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Low => "level-low",
        RiskLevel::Medium => "level-medium",
        RiskLevel::High => "level-high",
        RiskLevel::VeryHigh => "level-very-high",
    }
}

/// The message naming a stance: ACCEPT, DEFINE, FORBID in English.
pub fn stance(stance: Stance) -> &'static str {
    match stance {
        Stance::Accept => "stance-accept",
        Stance::Define => "stance-define",
        Stance::Forbid => "stance-forbid",
    }
}

/// The message naming a WP248 screening criterion, as the guidelines word it.
pub fn criterion(criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::EvaluationOrScoring => "criterion-evaluation",
        Criterion::AutomatedDecisions => "criterion-automated-decisions",
        Criterion::SystematicMonitoring => "criterion-monitoring",
        Criterion::SensitiveData => "criterion-sensitive-data",
        Criterion::LargeScale => "criterion-large-scale",
        Criterion::MatchingDatasets => "criterion-matching",
        Criterion::VulnerableSubjects => "criterion-vulnerable",
        Criterion::InnovativeTechnology => "criterion-innovative",
        Criterion::PreventsRights => "criterion-prevents-rights",
    }
}
