//! The risk register as every output lists it: each risk of one app with its number on the risk
//! map, its inherent, residual and once-planned ratings and, when the assessor rated it, the
//! rating the method computed. The report's register, the app's risk panel and `msgdpia score`
//! all read these rows, in the same order.

use std::borrow::Cow;

use super::names;
use super::vocabulary::Words;
use crate::knowledge::KnowledgeBase;
use crate::scoring::{AppResult, Rating, RiskResult};

/// One risk of one app.
#[derive(Clone, Debug)]
pub struct RiskRow<'a> {
    /// Its number on the risk map: its place in the knowledge base, from 1.
    pub number: usize,
    /// The risk's result, with its why-trail.
    pub result: &'a RiskResult,
    /// The risk's name.
    pub name: Cow<'a, str>,
}

impl RiskRow<'_> {
    /// Before safeguards.
    pub fn inherent(&self) -> Rating {
        self.result.inherent
    }

    /// With the safeguards in place today (the assessor's own rating when they gave one).
    pub fn residual(&self) -> Rating {
        self.result.residual
    }

    /// The rating the method computed, when the assessor's own replaced it.
    pub fn computed(&self) -> Option<Rating> {
        self.result.computed
    }

    /// Once every measure of the action plan is done (the residual rating without a plan).
    pub fn once_planned(&self) -> Rating {
        self.result.planned
    }

    /// The rating once the plan is done, when its level differs from today's: planned is not
    /// done, so it only ever stands beside the residual rating.
    pub fn changed_by_plan(&self) -> Option<Rating> {
        (self.result.planned.level != self.result.residual.level).then_some(self.result.planned)
    }
}

/// Every risk of `result` in register order: highest residual level first, then by likelihood
/// × severity, ties in knowledge-base order.
pub fn risk_rows<'a>(
    knowledge: &'a KnowledgeBase,
    result: &'a AppResult,
    words: &Words,
) -> Vec<RiskRow<'a>> {
    result
        .highest_residual(result.risks.len())
        .into_iter()
        .map(|risk| RiskRow {
            number: 1 + result
                .risks
                .iter()
                .position(|r| std::ptr::eq(r, risk))
                .unwrap_or_default(),
            result: risk,
            name: names::risk(knowledge, &risk.risk, words),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::embedded;

    #[test]
    fn rows_come_highest_residual_first_and_keep_their_map_numbers() {
        let (knowledge, scoring) = embedded::scored_example("hk-law-firm-wechat.ron");
        let knowledge = &knowledge;
        let result = &scoring.apps[0];
        let rows = super::risk_rows(knowledge, result, super::Words::english());
        assert_eq!(rows.len(), result.risks.len());
        for pair in rows.windows(2) {
            assert!(pair[0].residual().level >= pair[1].residual().level);
        }
        for row in &rows {
            assert_eq!(result.risks[row.number - 1].risk, row.result.risk);
            assert_eq!(row.name, knowledge.risk(&row.result.risk).unwrap().name);
        }
        let mut numbers: Vec<usize> = rows.iter().map(|r| r.number).collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=result.risks.len()).collect::<Vec<_>>());
    }
}
