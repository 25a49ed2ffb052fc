//! The stance, by a fixed and documented rule applied to the residual risks:
//!
//! 1. Any residual risk very high: **FORBID**.
//! 2. Any residual risk high: if measures not yet in place bring every high risk to medium or
//!    lower, **DEFINE** with those measures as conditions; if none can, **FORBID**.
//! 3. Every residual risk medium or lower, but some only because of safeguards in place (their
//!    inherent level is high or very high): **DEFINE**, with those safeguards as conditions.
//! 4. Otherwise **ACCEPT**.

use super::RiskResult;
use super::risk::residual_with;
use crate::knowledge::KnowledgeBase;
use crate::scale::RiskLevel;
use serde::Serialize;
use std::fmt;

/// The three stances organisations take on messaging apps for business use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Stance {
    /// Accept the risk.
    Accept,
    /// Allow for defined uses, with conditions.
    Define,
    /// Prohibit.
    Forbid,
}

impl Stance {
    /// The word shown in reports: ACCEPT, DEFINE or FORBID.
    pub fn name(self) -> &'static str {
        match self {
            Stance::Accept => "ACCEPT",
            Stance::Define => "DEFINE",
            Stance::Forbid => "FORBID",
        }
    }

    /// What the stance means in practice.
    pub fn meaning(self) -> &'static str {
        match self {
            Stance::Accept => "the use may go ahead; the residual risk is accepted",
            Stance::Define => {
                "the use is allowed only for the defined purposes and only under the conditions listed"
            }
            Stance::Forbid => "the use should be prohibited for business purposes",
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A stance with the reason for it and its conditions (control ids, for DEFINE).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decision {
    /// The stance.
    pub stance: Stance,
    /// Why, in one paragraph.
    pub reason: String,
    /// The controls that are conditions of use (DEFINE only).
    pub conditions: Vec<String>,
}

/// Applies the rule in the module documentation.
pub(super) fn decide(
    knowledge: &KnowledgeBase,
    risks: &[RiskResult],
    in_place: &[&str],
) -> Decision {
    let very_high = at_level(risks, |r| r.residual.level == RiskLevel::VeryHigh);
    if !very_high.is_empty() {
        return Decision {
            stance: Stance::Forbid,
            reason: format!(
                "{} {} very high even with the safeguards in place. Under the stance rule, a very high residual risk means the use should be forbidden.",
                names(knowledge, &very_high),
                verb(&very_high)
            ),
            conditions: Vec::new(),
        };
    }
    let high = at_level(risks, |r| r.residual.level == RiskLevel::High);
    if !high.is_empty() {
        return decide_high(knowledge, &high, in_place);
    }
    let relied = at_level(risks, |r| r.inherent.level >= RiskLevel::High);
    if !relied.is_empty() {
        let conditions = knowledge
            .controls
            .iter()
            .filter(|c| in_place.contains(&c.id.as_str()))
            .filter(|c| {
                c.reduces
                    .iter()
                    .any(|r| relied.iter().any(|risk| risk.risk == r.risk))
            })
            .map(|c| c.id.clone())
            .collect();
        return Decision {
            stance: Stance::Define,
            reason: format!(
                "{} would be high or very high without safeguards; the safeguards in place bring {} to medium or lower. The use can be allowed for the defined purposes, on condition that those safeguards are kept in place.",
                names(knowledge, &relied),
                if relied.len() == 1 { "it" } else { "them" }
            ),
            conditions,
        };
    }
    Decision {
        stance: Stance::Accept,
        reason: "Every risk is medium or lower, even before safeguards. The residual risk can be accepted; keep the assessment under review.".to_string(),
        conditions: Vec::new(),
    }
}

fn decide_high(knowledge: &KnowledgeBase, high: &[&RiskResult], in_place: &[&str]) -> Decision {
    let mut chosen: Vec<&str> = Vec::new();
    for risk in high {
        for candidate in candidates(knowledge, &risk.risk, in_place) {
            let mut with: Vec<&str> = in_place.to_vec();
            with.extend(&chosen);
            if residual_with(risk, &with, knowledge).level <= RiskLevel::Medium {
                break;
            }
            if !chosen.contains(&candidate) {
                chosen.push(candidate);
            }
        }
        let mut with: Vec<&str> = in_place.to_vec();
        with.extend(&chosen);
        if residual_with(risk, &with, knowledge).level > RiskLevel::Medium {
            return Decision {
                stance: Stance::Forbid,
                reason: format!(
                    "“{}” is high with the safeguards in place, and no combination of the measures in the knowledge base brings it to medium or lower. Under the stance rule, the use should be forbidden.",
                    knowledge.risk_name(&risk.risk)
                ),
                conditions: Vec::new(),
            };
        }
    }
    Decision {
        stance: Stance::Define,
        reason: format!(
            "{} {} high with the safeguards in place. The measures listed as conditions bring every high risk to medium or lower, so the use can be allowed for the defined purposes once they are in place.",
            names(knowledge, high),
            verb(high)
        ),
        conditions: chosen.into_iter().map(str::to_string).collect(),
    }
}

/// Controls not in place that reduce `risk`, strongest reduction first, then knowledge-base order.
fn candidates<'k>(knowledge: &'k KnowledgeBase, risk: &str, in_place: &[&str]) -> Vec<&'k str> {
    let mut found: Vec<(u8, usize, &str)> = knowledge
        .controls
        .iter()
        .enumerate()
        .filter(|(_, c)| !in_place.contains(&c.id.as_str()))
        .filter_map(|(index, c)| {
            let strength: u8 = c
                .reduces
                .iter()
                .filter(|r| r.risk == risk)
                .map(|r| r.likelihood + r.severity)
                .sum();
            (strength > 0).then_some((strength, index, c.id.as_str()))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, id)| id).collect()
}

/// Measures not in place that would lower a risk whose residual level is medium or above,
/// ordered by how many steps they take off those risks in all, then knowledge-base order.
pub(super) fn recommended_measures(
    knowledge: &KnowledgeBase,
    risks: &[RiskResult],
    in_place: &[&str],
) -> Vec<String> {
    let open: Vec<&str> = risks
        .iter()
        .filter(|r| r.residual.level >= RiskLevel::Medium)
        .map(|r| r.risk.as_str())
        .collect();
    let mut found: Vec<(u32, usize, &str)> = knowledge
        .controls
        .iter()
        .enumerate()
        .filter(|(_, c)| !in_place.contains(&c.id.as_str()))
        .filter_map(|(index, c)| {
            let benefit: u32 = c
                .reduces
                .iter()
                .filter(|r| open.contains(&r.risk.as_str()))
                .map(|r| u32::from(r.likelihood + r.severity))
                .sum();
            (benefit > 0).then_some((benefit, index, c.id.as_str()))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, id)| id.to_string()).collect()
}

fn at_level(risks: &[RiskResult], keep: impl Fn(&RiskResult) -> bool) -> Vec<&RiskResult> {
    risks.iter().filter(|r| keep(r)).collect()
}

fn names(knowledge: &KnowledgeBase, risks: &[&RiskResult]) -> String {
    let names: Vec<String> = risks
        .iter()
        .map(|r| format!("“{}”", knowledge.risk_name(&r.risk)))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn verb(risks: &[&RiskResult]) -> &'static str {
    if risks.len() == 1 {
        "remains"
    } else {
        "remain"
    }
}
