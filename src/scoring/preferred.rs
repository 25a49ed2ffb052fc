//! Which of several apps assessed together (or compared) leaves the organisation best placed: the mildest
//! stance, then the fewest very high residual risks, then the fewest high, then the lowest
//! residual ratings in all. Data only: the report words the recommendation.

use super::{AppResult, Scoring};
use crate::scale::RiskLevel;

/// How an app ranks; lower is better.
fn rank(result: &AppResult) -> (crate::stance::Stance, usize, usize, u32) {
    let count = |level: RiskLevel| {
        result
            .risks
            .iter()
            .filter(|r| r.residual.level == level)
            .count()
    };
    let total: u32 = result
        .risks
        .iter()
        .map(|r| u32::from(r.residual.likelihood.get()) * u32::from(r.residual.severity.get()))
        .sum();
    (
        result.decision.stance,
        count(RiskLevel::VeryHigh),
        count(RiskLevel::High),
        total,
    )
}

impl Scoring {
    /// Whether `result` is one of this scoring's apps only compared, not assessed.
    pub fn is_candidate(&self, result: &AppResult) -> bool {
        self.candidates
            .iter()
            .any(|candidate| std::ptr::eq(candidate, result))
    }

    /// The apps that rank best (several when they tie), among those assessed and then those
    /// only compared, in that order; empty when fewer than two apps are compared in all, or when
    /// every app is to be forbidden.
    pub fn preferred_apps(&self) -> Vec<&AppResult> {
        let apps: Vec<&AppResult> = self
            .apps
            .iter()
            .chain(&self.candidates)
            .filter(|r| r.app.is_some())
            .collect();
        if apps.len() < 2 {
            return Vec::new();
        }
        let Some(best) = apps.iter().map(|r| rank(r)).min() else {
            return Vec::new();
        };
        if best.0 == crate::stance::Stance::Forbid {
            return Vec::new();
        }
        apps.into_iter().filter(|r| rank(r) == best).collect()
    }
}
