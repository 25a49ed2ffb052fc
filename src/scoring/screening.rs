//! WP248 screening from the criteria the answers meet.

use super::effects::Collected;
use super::{CriterionResult, Screening};
use crate::wp248::Criterion;

/// All nine criteria with the answers meeting each; a DPIA is required from two met criteria.
pub(super) fn screen(collected: &Collected) -> Screening {
    let criteria: Vec<CriterionResult> = Criterion::ALL
        .iter()
        .map(|criterion| CriterionResult {
            criterion: *criterion,
            met_by: collected
                .criteria
                .iter()
                .filter(|(c, _)| c == criterion)
                .map(|(_, because)| because.clone())
                .collect(),
        })
        .collect();
    let mut screening = Screening {
        criteria,
        dpia_required: false,
    };
    screening.dpia_required = screening.met() >= Criterion::DPIA_THRESHOLD;
    screening
}
