//! The assessor's own ratings, applied over the computed residual ratings. The override is a
//! step of the why-trail like any other (so the trail still adds up to the rating shown), the
//! computed rating is kept beside it, and the correction it makes carries over to the ratings
//! with more measures in place, so that "what it would take" and the rating once the plan is
//! done start from the assessor's view, not the method's.

use super::{Cause, Finding, Phase, Rating, RiskResult, Step};
use crate::assessment::RiskOverride;

/// Applies the override of `result`'s risk for `app`, if one counts: one for this app wins over
/// one for every app.
pub(super) fn apply(result: &mut RiskResult, app: Option<&str>, overrides: &[RiskOverride]) {
    let chosen = overrides
        .iter()
        .filter(|o| o.counts() && o.concerns(&result.risk, app))
        .max_by_key(|o| o.app.is_some());
    let Some(chosen) = chosen else {
        return;
    };
    let computed = result.residual;
    let judged = Rating::new(
        chosen.likelihood.unwrap_or(computed.likelihood),
        chosen.severity.unwrap_or(computed.severity),
    );
    result.trail.push(Step {
        cause: Cause::Judgement(chosen.reason.clone()),
        phase: Phase::Residual,
        likelihood: i32::from(judged.likelihood.get()) - i32::from(computed.likelihood.get()),
        severity: i32::from(judged.severity.get()) - i32::from(computed.severity.get()),
        exposure: None,
    });
    result.computed = Some(computed);
    result.residual = judged;
}

/// The correction the assessor's judgement made to a trail's computed rating, as (likelihood,
/// severity) steps.
pub(super) fn correction(trail: &[Step]) -> (i32, i32) {
    trail
        .iter()
        .filter(|s| matches!(s.cause, Cause::Judgement(_)))
        .fold((0, 0), |(l, s), step| {
            (l + step.likelihood, s + step.severity)
        })
}

/// Overrides that do not count, for the DPO to resolve: without a reason or setting nothing, or
/// for an app not assessed.
pub(super) fn findings(overrides: &[RiskOverride], assessed: &[String]) -> Vec<Finding> {
    overrides
        .iter()
        .filter_map(|o| {
            if !o.counts() {
                Some(Finding::OverrideIncomplete {
                    risk: o.risk.clone(),
                })
            } else {
                o.app
                    .as_ref()
                    .filter(|app| !assessed.contains(app))
                    .map(|app| Finding::OverrideForAppNotAssessed {
                        risk: o.risk.clone(),
                        app: app.clone(),
                    })
            }
        })
        .collect()
}
