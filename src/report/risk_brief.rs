//! Each risk of the register in two or three plain sentences built from its why-trail: the
//! main reasons for its rating before safeguards, what the safeguards in place do to it, and
//! what the action plan will do. The steps themselves are in an appendix.

use super::ReportInput;
use super::prose::{joined, lower_first, sentence_end};
use crate::present::verdict::list_in;
use crate::present::vocabulary::{FluentArgs, Words};
use crate::scale::{RiskLevel, Scale};
use crate::scoring::{Cause, Phase, RiskResult};

/// At most this many reasons are named; the appendix has them all.
const MAIN_REASONS: usize = 3;

/// The sentences for one risk.
pub(super) fn sentences(input: &ReportInput<'_>, risk: &RiskResult) -> String {
    let words = input.words;
    let mut sentences = vec![before_safeguards(input, risk), with_safeguards(input, risk)];
    if let Some(computed) = &risk.computed {
        sentences.extend(judged(risk, computed, words));
    }
    if risk.planned != risk.residual {
        let after = level(risk.planned.level, words);
        sentences.push(if risk.planned.level == risk.residual.level {
            // The plan moves the likelihood or the severity within the same level.
            words.with_texts(
                "brief-planned-same-level",
                &[("level", &after), ("change", &lower_or_higher(risk, words))],
            )
        } else {
            words.with_texts("brief-planned", &[("level", &after)])
        });
    }
    joined(sentences, words)
}

/// Whether nothing moves the risk: nothing raises it above its starting point, no safeguard
/// lowers it and the action plan leaves it as it is. Such risks are described together.
pub(super) fn is_untouched(risk: &RiskResult) -> bool {
    risk.exposures_raising().is_empty()
        && risk.inherent == risk.residual
        && risk.planned == risk.residual
}

/// One sentence for the risks nothing moves, all at `level`: "Device loss or theft and Loss of
/// supervision: nothing in the answers or the app raises them above the starting point, so they
/// stay low."
pub(super) fn untouched_sentence(names: &[String], level_of: RiskLevel, words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("risks", list_in(names, words));
    args.set("count", names.len());
    args.set("level", level(level_of, words));
    words.with("brief-untouched", &args)
}

/// "Before safeguards it is very high, mainly because …": the exposures that raise it most.
fn before_safeguards(input: &ReportInput<'_>, risk: &RiskResult) -> String {
    let words = input.words;
    let reasons: Vec<String> = risk
        .exposures_raising()
        .into_iter()
        .take(MAIN_REASONS)
        .filter_map(|(id, _)| input.knowledge.exposure(id))
        .map(|exposure| lower_first(&exposure.name, words))
        .collect();
    let rated = level(risk.inherent.level, words);
    let own = risk
        .exposures_raising()
        .iter()
        .any(|(id, _)| crate::assessment::is_own_exposure(id));
    if own {
        words.with_texts("brief-before-own", &[("level", &rated)])
    } else if reasons.is_empty() {
        words.with_texts("brief-before-nothing", &[("level", &rated)])
    } else {
        let mut args = FluentArgs::new();
        args.set("level", rated);
        args.set("reasons", list_in(&reasons, words));
        args.set("count", reasons.len());
        words.with("brief-before-because", &args)
    }
}

/// What the safeguards in place do to it, naming them.
fn with_safeguards(input: &ReportInput<'_>, risk: &RiskResult) -> String {
    let words = input.words;
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
    let residual = level(computed.level, words);
    let named = safeguards.join(&words.get("brief-safeguard-separator"));
    let id = match (safeguards.is_empty(), computed.level < risk.inherent.level) {
        (true, _) => "brief-no-safeguard",
        (false, true) => "brief-safeguards-lower-level",
        (false, false) => "brief-safeguards-same-level",
    };
    words.with_texts(id, &[("level", &residual), ("safeguards", &named)])
}

/// The assessor's own rating and their reason, in their words: "The assessor rates it high
/// rather than medium, putting its likelihood at 3 and its severity at 3, against the method's
/// 2 and 3." then "Their reason: “Two phones were stolen this year.”"
fn judged(risk: &RiskResult, computed: &crate::scoring::Rating, words: &Words) -> [String; 2] {
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
    let mut args = FluentArgs::new();
    args.set("likelihood", own.likelihood.get());
    args.set("severity", own.severity.get());
    args.set("method_likelihood", method.likelihood.get());
    args.set("method_severity", method.severity.get());
    args.set("level", level(own.level, words));
    let rating = if own.level == method.level {
        words.with("brief-judged-same-level", &args)
    } else {
        args.set("method_level", level(method.level, words));
        words.with("brief-judged-other-level", &args)
    };
    let reason = words.with_texts(
        "brief-judged-reason",
        &[("reason", &sentence_end(reason, words))],
    );
    [rating, reason]
}

/// How the action plan moves a risk that stays at its level: "less likely", "less severe",
/// or both.
fn lower_or_higher(risk: &RiskResult, words: &Words) -> String {
    let (now, then) = (risk.residual, risk.planned);
    let word = |before: Scale, after: Scale, less: &str, more: &str| match after.cmp(&before) {
        std::cmp::Ordering::Less => Some(words.get(less)),
        std::cmp::Ordering::Greater => Some(words.get(more)),
        std::cmp::Ordering::Equal => None,
    };
    let parts: Vec<String> = [
        word(
            now.likelihood,
            then.likelihood,
            "brief-less-likely",
            "brief-more-likely",
        ),
        word(
            now.severity,
            then.severity,
            "brief-less-severe",
            "brief-more-severe",
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    list_in(&parts, words)
}

/// A level as running text says it ("very high").
fn level(level: RiskLevel, words: &Words) -> String {
    let key = match level {
        RiskLevel::Low => "low",
        RiskLevel::Medium => "medium",
        RiskLevel::High => "high",
        RiskLevel::VeryHigh => "very_high",
    };
    words.with_texts("brief-level", &[("level", key)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::language::Language;

    #[test]
    fn the_risks_nothing_moves_are_one_sentence_in_each_language() {
        let names = [
            "Device loss or theft".to_string(),
            "Loss of supervision".to_string(),
        ];
        assert_eq!(
            untouched_sentence(&names, RiskLevel::Low, Words::english()),
            "Device loss or theft and Loss of supervision: nothing in the answers or the app raises them above the starting point, so they stay low."
        );
        assert_eq!(
            untouched_sentence(&names[..1], RiskLevel::VeryHigh, Words::english()),
            "Device loss or theft: nothing in the answers or the app raises it above the starting point, so it stays very high."
        );
        let french = Words::shared(Language::French);
        let text = untouched_sentence(
            &[
                "Perte ou vol d'un appareil".to_string(),
                "Perte de contrôle".to_string(),
            ],
            RiskLevel::High,
            french,
        );
        assert!(
            text.starts_with("Perte ou vol d'un appareil et Perte de contrôle\u{a0}: rien"),
            "{text}"
        );
        assert!(text.ends_with("leur niveau reste donc élevé."), "{text}");
        // Chinese: its own list join, full-width punctuation, no space, and "。" at the end.
        let chinese = Words::shared(Language::ChineseHongKong);
        let text = untouched_sentence(
            &["裝置遺失或被盜".to_string(), "失去監督".to_string()],
            RiskLevel::Low,
            chinese,
        );
        assert_eq!(
            text,
            "裝置遺失或被盜及失去監督：答案及應用程式均沒有任何因素把它們提升至起點以上，因此其風險等級仍為低。"
        );
    }
}
