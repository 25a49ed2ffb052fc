//! The nine screening criteria of the EDPB-endorsed WP29 guidelines on DPIAs (WP248 rev.01,
//! section III.B.a). Meeting two or more means a DPIA is required in most cases.

use serde::{Deserialize, Serialize};

/// One WP248 criterion.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum Criterion {
    /// 1. Evaluation or scoring, including profiling and predicting.
    EvaluationOrScoring,
    /// 2. Automated decision-making with legal or similarly significant effect.
    AutomatedDecisions,
    /// 3. Systematic monitoring.
    SystematicMonitoring,
    /// 4. Sensitive data or data of a highly personal nature.
    SensitiveData,
    /// 5. Data processed on a large scale.
    LargeScale,
    /// 6. Matching or combining datasets.
    MatchingDatasets,
    /// 7. Data concerning vulnerable data subjects.
    VulnerableSubjects,
    /// 8. Innovative use or applying new technological or organisational solutions.
    InnovativeTechnology,
    /// 9. Processing that prevents data subjects from exercising a right or using a service.
    PreventsRights,
}

impl Criterion {
    /// All nine, in the guidelines' order.
    pub const ALL: [Criterion; 9] = [
        Criterion::EvaluationOrScoring,
        Criterion::AutomatedDecisions,
        Criterion::SystematicMonitoring,
        Criterion::SensitiveData,
        Criterion::LargeScale,
        Criterion::MatchingDatasets,
        Criterion::VulnerableSubjects,
        Criterion::InnovativeTechnology,
        Criterion::PreventsRights,
    ];

    /// The number of screening criteria met from which a DPIA is required.
    pub const DPIA_THRESHOLD: usize = 2;

    /// The criterion's number in the guidelines, 1 to 9.
    pub fn number(self) -> usize {
        Criterion::ALL
            .iter()
            .position(|c| *c == self)
            .map_or(0, |i| i + 1)
    }
}
