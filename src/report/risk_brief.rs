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
    if let Some(computed) = &risk.computed {
        text.push(' ');
        text.push_str(&judged(risk, computed));
    }
    if risk.planned != risk.residual {
        let after = level(risk.planned.level);
        let change = if risk.planned.level == risk.residual.level {
            // The plan moves the likelihood or the severity within the same level.
            format!("it will still be {after}, though {}", lower_or_higher(risk))
        } else {
            format!("it will be {after}")
        };
        text.push_str(&format!(
            " Once every measure of the action plan is done, {change}."
        ));
    }
    text
}

/// Whether nothing moves the risk: nothing raises it above its starting point, no safeguard
/// lowers it and the action plan leaves it as it is. Such risks are described together.
pub(super) fn is_untouched(risk: &RiskResult) -> bool {
    risk.exposures_raising().is_empty()
        && risk.inherent == risk.residual
        && risk.planned == risk.residual
}

/// One sentence for the risks nothing moves, all at `level`: "Device loss or theft and Loss of
/// supervision: low, with nothing in the answers or the app raising them above their starting
/// point."
pub(super) fn untouched_sentence(names: &[String], level_of: crate::scale::RiskLevel) -> String {
    let (pronoun, verb) = if names.len() == 1 {
        ("it", "stays")
    } else {
        ("them", "stay")
    };
    format!(
        "{}: nothing in the answers or the app raises {pronoun} above the starting point, so {} {verb} {}.",
        crate::present::verdict::list(names),
        if names.len() == 1 { "it" } else { "they" },
        level(level_of)
    )
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
    let own = risk
        .exposures_raising()
        .iter()
        .any(|(id, _)| crate::assessment::is_own_exposure(id));
    if own {
        return format!(
            "Before safeguards it is {rated}, as the assessor rated this risk of their own."
        );
    }
    if reasons.is_empty() {
        format!(
            "Before safeguards it is {rated}: nothing in the answers or the app raises it above its starting point."
        )
    } else {
        format!(
            "Before safeguards it is {rated}, mainly because {}.",
            crate::present::verdict::list(&reasons)
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
    // The method's rating: the assessor's own, when there is one, follows in its own sentence.
    let computed = risk.computed.unwrap_or(risk.residual);
    let residual = level(computed.level);
    match (safeguards.is_empty(), computed.level < risk.inherent.level) {
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

/// The assessor's own rating and their reason, in their words: "The assessor rates it high
/// rather than medium, putting its likelihood at 3 and its severity at 3, against the method's
/// 2 and 3. Their reason: “Two phones were stolen this year.”"
fn judged(risk: &RiskResult, computed: &crate::scoring::Rating) -> String {
    let reason = risk
        .trail
        .iter()
        .rev()
        .find_map(|step| match &step.cause {
            Cause::Judgement(reason) => Some(reason.trim()),
            _ => None,
        })
        .unwrap_or_default();
    let (own, method) = (risk.residual, computed);
    let points = format!(
        "its likelihood at {} and its severity at {}, against the method's {} and {}",
        own.likelihood.get(),
        own.severity.get(),
        method.likelihood.get(),
        method.severity.get()
    );
    let rating = if own.level == method.level {
        format!(
            "The assessor puts {points}, which leaves it {}.",
            level(own.level)
        )
    } else {
        format!(
            "The assessor rates it {} rather than {}, putting {points}.",
            level(own.level),
            level(method.level)
        )
    };
    format!(
        "{rating} Their reason: “{}”",
        super::prose::sentence_end(reason)
    )
}

/// How the action plan moves a risk that stays at its level: "less likely", "less severe",
/// or both.
fn lower_or_higher(risk: &RiskResult) -> String {
    let (now, then) = (risk.residual, risk.planned);
    let word = |before: crate::scale::Scale, after: crate::scale::Scale, less: &str, more: &str| {
        match after.cmp(&before) {
            std::cmp::Ordering::Less => Some(less.to_string()),
            std::cmp::Ordering::Greater => Some(more.to_string()),
            std::cmp::Ordering::Equal => None,
        }
    };
    let parts: Vec<String> = [
        word(
            now.likelihood,
            then.likelihood,
            "less likely",
            "more likely",
        ),
        word(now.severity, then.severity, "less severe", "more severe"),
    ]
    .into_iter()
    .flatten()
    .collect();
    crate::present::verdict::list(&parts)
}

fn level(level: crate::scale::RiskLevel) -> String {
    level.to_string().to_lowercase()
}
