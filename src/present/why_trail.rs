//! A risk's why-trail as every output shows it: each step in words with what it adds to the
//! likelihood and the severity, then the inherent subtotal after the last step before
//! safeguards and the residual total at the end. The report's Appendix B and the app's risk
//! panel read these rows; only how a source is cited differs (numbered in the report, written
//! out in the app).

use super::describe::{Cite, signed, step_text};
use super::vocabulary::Words;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::Questionnaire;
use crate::scoring::{Cause, Phase, RiskResult};

/// One row of a why-trail.
#[derive(Clone, Debug, PartialEq)]
pub struct TrailRow {
    /// The step in words, or the total's name.
    pub text: String,
    /// What the step adds to the likelihood ("+1", "−2", "" for nothing), or the value it starts
    /// from or totals to.
    pub likelihood: String,
    /// The same for the severity.
    pub severity: String,
    /// Whether this is the inherent subtotal or the residual total rather than a step.
    pub total: bool,
}

/// The rows of `risk`'s why-trail, citing sources with `cite`.
pub fn trail_rows(
    risk: &RiskResult,
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    cite: Cite<'_>,
    words: &Words,
) -> Vec<TrailRow> {
    let mut rows = Vec::new();
    let last_inherent = risk.trail.iter().rposition(|s| s.phase == Phase::Inherent);
    for (index, step) in risk.trail.iter().enumerate() {
        // The starting point is a value; every other step is a change to it.
        let (likelihood, severity) = if step.cause == Cause::Baseline {
            (step.likelihood.to_string(), step.severity.to_string())
        } else {
            (signed(step.likelihood), signed(step.severity))
        };
        rows.push(TrailRow {
            text: step_text(step, questionnaire, knowledge, cite, words),
            likelihood,
            severity,
            total: false,
        });
        if Some(index) == last_inherent {
            rows.push(total(words.get("trail-inherent"), risk.inherent));
        }
    }
    rows.push(total(words.get("trail-residual"), risk.residual));
    rows
}

fn total(text: String, rating: crate::scoring::Rating) -> TrailRow {
    TrailRow {
        text,
        likelihood: rating.likelihood.get().to_string(),
        severity: rating.severity.get().to_string(),
        total: true,
    }
}
