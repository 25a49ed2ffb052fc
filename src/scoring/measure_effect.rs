//! What one measure would change on its own: each risk whose residual rating moves when the
//! measure joins the safeguards in place. The report's measure tables show it, so a reader sees
//! the effect expected of each measure, through the same residual maths as the ratings.

use super::residual::residual_with;
use super::{AppResult, Rating};
use crate::knowledge::KnowledgeBase;

/// One risk a measure would change, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskChange<'a> {
    /// The risk's id.
    pub risk: &'a str,
    /// Its residual rating with the safeguards in place today.
    pub now: Rating,
    /// Its residual rating once this measure is added to them.
    pub with_measure: Rating,
}

impl AppResult {
    /// The risks whose residual rating `control` would change if it were added, alone, to the
    /// safeguards in place, in knowledge-base order. Empty when it changes nothing (or is
    /// already in place). A measure that brings an exposure of its own may raise a rating.
    pub fn effect_of<'a>(
        &'a self,
        control: &str,
        knowledge: &KnowledgeBase,
    ) -> Vec<RiskChange<'a>> {
        let mut with: Vec<&str> = self.safeguards.iter().map(|s| s.control.as_str()).collect();
        if with.contains(&control) {
            return Vec::new();
        }
        with.push(control);
        self.risks
            .iter()
            .map(|risk| RiskChange {
                risk: &risk.risk,
                now: risk.residual,
                with_measure: residual_with(risk, &with, knowledge),
            })
            .filter(|change| change.now != change.with_measure)
            .collect()
    }
}
