//! Each risk of the register in two or three plain sentences built from its why-trail: the
//! main reasons for its rating before safeguards, what the safeguards in place do to it, and
//! what the action plan will do. The steps themselves are in an appendix.

use super::ReportInput;
use crate::scoring::{Cause, Phase, RiskResult};

/// At most this many reasons are named; the appendix has them all.
const MAIN_REASONS: usize = 3;

/// The sentences for one risk.
pub(super) fn sentences(input: &ReportInput<'_>, risk: &RiskResult) -> String {
    let mut text = before_safeguards(input, risk);
    text.push(' ');
    text.push_str(&with_safeguards(input, risk));
    if risk.planned != risk.residual {
        text.push_str(&format!(
            " Once every measure of the action plan is done, it will be {}.",
            level(risk.planned.level)
        ));
    }
    text
}

/// "Before safeguards it is very high, mainly because …": the exposures that raise it most.
fn before_safeguards(input: &ReportInput<'_>, risk: &RiskResult) -> String {
    let reasons: Vec<String> = risk
        .exposures_raising()
        .into_iter()
        .take(MAIN_REASONS)
        .filter_map(|(id, _)| input.knowledge.exposure(id))
        .map(|exposure| super::prose::lower_first(&exposure.name))
        .collect();
    let rated = level(risk.inherent.level);
    if reasons.is_empty() {
        format!(
            "Before safeguards it is {rated}: nothing in the answers or the app raises it above its starting point."
        )
    } else {
        format!(
            "Before safeguards it is {rated}, mainly because {}.",
            super::verdict::list(&reasons)
        )
    }
}

/// What the safeguards in place do to it, naming them.
fn with_safeguards(input: &ReportInput<'_>, risk: &RiskResult) -> String {
    let mut safeguards: Vec<&str> = Vec::new();
    for step in risk.trail.iter().filter(|s| s.phase == Phase::Residual) {
        if let Cause::Safeguard(id) = &step.cause
            && step.likelihood + step.severity < 0
            && let Some(control) = input.knowledge.control(id)
            && !safeguards.contains(&control.name.as_str())
        {
            safeguards.push(&control.name);
        }
    }
    let residual = level(risk.residual.level);
    match (
        safeguards.is_empty(),
        risk.residual.level < risk.inherent.level,
    ) {
        (true, _) => format!("No safeguard in place lowers it, so it stays {residual}."),
        (false, true) => format!(
            "The safeguards in place ({}) bring it to {residual}.",
            safeguards.join("; ")
        ),
        (false, false) => format!(
            "The safeguards in place ({}) lower it, but it stays {residual}.",
            safeguards.join("; ")
        ),
    }
}

fn level(level: crate::scale::RiskLevel) -> String {
    level.to_string().to_lowercase()
}
