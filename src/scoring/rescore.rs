//! What re-scoring an assessment with a newer knowledge base would change: the stance, and each
//! risk whose residual level moves. Data only; the CLI and the app word it.

use super::{Scoring, Stance};
use crate::scale::RiskLevel;
use serde::Serialize;

/// The changes between a scoring with the old knowledge base and one with the new.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Rescored {
    /// The stance before and after, when it changes.
    pub stance: Option<(Stance, Stance)>,
    /// Each residual risk whose level changes: app id, risk id, level before, level after.
    pub risks: Vec<(String, String, RiskLevel, RiskLevel)>,
}

impl Rescored {
    /// Whether re-scoring changes nothing a reader would see in the result.
    pub fn is_empty(&self) -> bool {
        self.stance.is_none() && self.risks.is_empty()
    }
}

/// Compares two scorings of the same assessment.
pub fn rescored(old: &Scoring, new: &Scoring) -> Rescored {
    let mut risks = Vec::new();
    for after in &new.apps {
        let Some(before) = old.apps.iter().find(|a| a.app == after.app) else {
            continue;
        };
        for risk in &after.risks {
            let Some(was) = before.risks.iter().find(|r| r.risk == risk.risk) else {
                continue;
            };
            if was.residual.level != risk.residual.level {
                risks.push((
                    after.app.clone().unwrap_or_default(),
                    risk.risk.clone(),
                    was.residual.level,
                    risk.residual.level,
                ));
            }
        }
    }
    Rescored {
        stance: (old.stance != new.stance).then_some((old.stance, new.stance)),
        risks,
    }
}
