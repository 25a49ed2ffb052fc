//! The stance, by a fixed and documented rule applied to the residual risks:
//!
//! 1. Any residual risk very high: **FORBID**.
//! 2. Any residual risk high: if measures not yet in place bring every high risk to medium or
//!    lower, **DEFINE** with the smallest such set of measures as conditions (and the
//!    safeguards in place that the stance relies on); if none can, **FORBID**.
//! 3. Every residual risk medium or lower, but some only because of safeguards in place (their
//!    inherent level is high or very high): **DEFINE**, with those safeguards as conditions.
//! 4. Otherwise **ACCEPT**.
//!
//! Under FORBID, "what it would take" is the smallest set of measures that would bring every
//! high or very high risk to medium or lower, or the risks that no measure can bring down.
//! Every residual rating here comes from [`residual_with`], the function the why-trail uses.

use super::RiskResult;
use super::residual::residual_with;
use crate::knowledge::{Control, KnowledgeBase};
use crate::scale::RiskLevel;
use serde::Serialize;

pub use crate::stance::Stance;

/// A stance with the basis for it, its conditions and, under FORBID, what it would take to
/// allow the use. Words come from the presentation layer; this holds only data.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Decision {
    /// The stance.
    pub stance: Stance,
    /// Which branch of the stance rule decided it, with the risks concerned.
    pub basis: DecisionBasis,
    /// The conditions of use (DEFINE only; never empty then): the measures to put in place
    /// first, in knowledge-base order, then the safeguards in place that the stance relies on.
    pub conditions: Vec<String>,
    /// Under FORBID, the smallest set of measures that would allow the use on conditions, or
    /// the risks no measure can bring down.
    pub what_it_would_take: Option<WhatItWouldTake>,
}

/// The branch of the stance rule that decided a stance, with the risks (by id) that decided it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", content = "risks", rename_all = "snake_case")]
pub enum DecisionBasis {
    /// These residual risks are very high even with the safeguards in place.
    VeryHighResidual(Vec<String>),
    /// These residual risks are high and no combination of the catalogue's measures brings
    /// them to medium.
    HighBeyondMeasures(Vec<String>),
    /// These residual risks are high; the conditions bring every one to medium or lower.
    HighWithinReach(Vec<String>),
    /// These risks would be high or very high without safeguards; those in place bring them
    /// to medium or lower.
    ReliesOnSafeguards(Vec<String>),
    /// Every risk is medium or lower even before safeguards.
    LowInherent,
}

/// What it would take to move from FORBID to DEFINE.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WhatItWouldTake {
    /// Putting these measures (control ids, knowledge-base order) in place would bring every
    /// high or very high risk to medium or lower. No smaller set does.
    Measures(Vec<String>),
    /// No measure of the catalogue can: these risks stay high or very high with every measure
    /// in place, because their exposure is inherent to the provider, the jurisdiction or the
    /// data.
    NoneCan(Vec<String>),
}

/// The most measures "what it would take" tries in one set before it settles for a small set
/// that is not proven the smallest. Beyond five a DPO would not call the use "allowed on
/// conditions" anyway, and the search stays well within the scoring budget.
pub const LARGEST_SET_SEARCHED: usize = 5;

/// Applies the rule in the module documentation.
pub(super) fn decide(
    knowledge: &KnowledgeBase,
    risks: &[RiskResult],
    in_place: &[&str],
    possible: &dyn Fn(&Control) -> bool,
) -> Decision {
    let very_high = ids_at(risks, |r| r.residual.level == RiskLevel::VeryHigh);
    let high = ids_at(risks, |r| r.residual.level == RiskLevel::High);
    if very_high.is_empty() && high.is_empty() {
        return decide_medium_or_lower(knowledge, risks, in_place);
    }
    let reach = smallest_set(knowledge, risks, in_place, possible);
    if !very_high.is_empty() {
        return forbid(DecisionBasis::VeryHighResidual(very_high), reach);
    }
    match reach {
        WhatItWouldTake::Measures(measures) => {
            let mut conditions = measures;
            conditions.extend(relied_on(knowledge, risks, in_place));
            Decision {
                stance: Stance::Define,
                basis: DecisionBasis::HighWithinReach(high),
                conditions,
                what_it_would_take: None,
            }
        }
        none @ WhatItWouldTake::NoneCan(_) => forbid(DecisionBasis::HighBeyondMeasures(high), none),
    }
}

fn forbid(basis: DecisionBasis, reach: WhatItWouldTake) -> Decision {
    Decision {
        stance: Stance::Forbid,
        basis,
        conditions: Vec::new(),
        what_it_would_take: Some(reach),
    }
}

/// No risk is high or very high with the safeguards in place: DEFINE if some are only because
/// of those safeguards (which become the conditions), ACCEPT otherwise.
fn decide_medium_or_lower(
    knowledge: &KnowledgeBase,
    risks: &[RiskResult],
    in_place: &[&str],
) -> Decision {
    let relied = ids_at(risks, |r| r.inherent.level >= RiskLevel::High);
    if relied.is_empty() {
        return Decision {
            stance: Stance::Accept,
            basis: DecisionBasis::LowInherent,
            conditions: Vec::new(),
            what_it_would_take: None,
        };
    }
    Decision {
        stance: Stance::Define,
        basis: DecisionBasis::ReliesOnSafeguards(relied),
        conditions: relied_on(knowledge, risks, in_place),
        what_it_would_take: None,
    }
}

/// The safeguards in place that lower a risk whose inherent level is high or very high: the
/// stance holds only while they stay in place.
fn relied_on(knowledge: &KnowledgeBase, risks: &[RiskResult], in_place: &[&str]) -> Vec<String> {
    let relied: Vec<&str> = risks
        .iter()
        .filter(|r| r.inherent.level >= RiskLevel::High)
        .map(|r| r.risk.as_str())
        .collect();
    knowledge
        .controls
        .iter()
        .filter(|c| in_place.contains(&c.id.as_str()))
        .filter(|c| c.reduces.iter().any(|r| relied.contains(&r.risk.as_str())))
        .map(|c| c.id.clone())
        .collect()
}

/// The smallest set of measures not in place that brings every high or very high risk to
/// medium or lower; sets of the same size are tried in knowledge-base order, so the answer is
/// stable. When every candidate together is not enough, no set is.
fn smallest_set(
    knowledge: &KnowledgeBase,
    risks: &[RiskResult],
    in_place: &[&str],
    possible: &dyn Fn(&Control) -> bool,
) -> WhatItWouldTake {
    let open: Vec<&RiskResult> = risks
        .iter()
        .filter(|r| r.residual.level >= RiskLevel::High)
        .collect();
    // Candidates lower an open risk, or a risk that a candidate's own exposure raises (so a
    // capture service comes with what offsets the copy it keeps).
    let usable = |c: &&Control| !in_place.contains(&c.id.as_str()) && possible(c);
    let mut targets: Vec<&str> = open.iter().map(|r| r.risk.as_str()).collect();
    let lowers_a_target = |c: &Control, targets: &[&str]| {
        c.reduces.iter().any(|r| targets.contains(&r.risk.as_str()))
    };
    for control in knowledge.controls.iter().filter(usable) {
        if lowers_a_target(control, &targets) {
            for effect in &control.brings {
                if let crate::effect::Effect::Raise { risk, .. } = effect
                    && !targets.contains(&risk.as_str())
                {
                    targets.push(risk.as_str());
                }
            }
        }
    }
    let candidates: Vec<&str> = knowledge
        .controls
        .iter()
        .filter(usable)
        .filter(|c| lowers_a_target(c, &targets))
        .map(|c| c.id.as_str())
        .collect();
    // Enough when every open risk comes down and no measure's own exposure (its `brings`)
    // pushes another risk to high: only the risks a measure of the set brings to need checking
    // beyond the open ones, since measures otherwise only lower risks.
    let enough = |set: &[&str]| {
        let mut with: Vec<&str> = in_place.to_vec();
        with.extend_from_slice(set);
        let brought_to = |r: &RiskResult| {
            knowledge
                .controls
                .iter()
                .filter(|c| set.contains(&c.id.as_str()))
                .flat_map(|c| c.brings.iter())
                .any(|e| matches!(e, crate::effect::Effect::Raise { risk, .. } if *risk == r.risk))
        };
        risks
            .iter()
            .filter(|r| r.residual.level >= RiskLevel::High || brought_to(r))
            .all(|r| residual_with(r, &with, knowledge).level <= RiskLevel::Medium)
    };
    // Measures that bring an exposure of their own can make things worse, so "every candidate"
    // is tried with and without them; if neither is enough, no set is.
    let plain: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|id| knowledge.control(id).is_none_or(|c| c.brings.is_empty()))
        .collect();
    let everything = if enough(&candidates) {
        candidates.clone()
    } else if enough(&plain) {
        plain.clone()
    } else {
        let mut with: Vec<&str> = in_place.to_vec();
        with.extend_from_slice(&plain);
        let beyond = open
            .iter()
            .filter(|r| residual_with(r, &with, knowledge).level > RiskLevel::Medium)
            .map(|r| r.risk.clone())
            .collect();
        return WhatItWouldTake::NoneCan(beyond);
    };
    for size in 1..=candidates.len().min(LARGEST_SET_SEARCHED) {
        if let Some(set) = first_subset(&candidates, size, &enough) {
            return WhatItWouldTake::Measures(set.into_iter().map(str::to_string).collect());
        }
    }
    WhatItWouldTake::Measures(pruned(&everything, &enough))
}

/// The first subset of `size` items, in lexicographic order of positions, for which `enough`
/// holds.
fn first_subset<'a>(
    items: &[&'a str],
    size: usize,
    enough: &dyn Fn(&[&str]) -> bool,
) -> Option<Vec<&'a str>> {
    let mut positions: Vec<usize> = (0..size).collect();
    loop {
        let set: Vec<&str> = positions.iter().map(|&i| items[i]).collect();
        if enough(&set) {
            return Some(set);
        }
        // Next combination: move the rightmost position that can still move, reset the rest.
        let movable = (0..size)
            .rev()
            .find(|&i| positions[i] < items.len() - size + i)?;
        positions[movable] += 1;
        for i in movable + 1..size {
            positions[i] = positions[i - 1] + 1;
        }
    }
}

/// A set no member of which can be dropped: every candidate, then each dropped in turn while
/// the rest is still enough. Used only when no set of up to [`LARGEST_SET_SEARCHED`] measures is.
fn pruned<'a>(candidates: &[&'a str], enough: &dyn Fn(&[&str]) -> bool) -> Vec<String> {
    let mut set: Vec<&str> = candidates.to_vec();
    let mut index = 0;
    while index < set.len() {
        let mut without = set.clone();
        without.remove(index);
        if enough(&without) {
            set = without;
        } else {
            index += 1;
        }
    }
    set.into_iter().map(str::to_string).collect()
}

/// Measures not in place (and possible here: the app offers them and the situation calls for
/// them) that would lower a risk whose residual
/// level is medium or above, ordered by how many steps they take off those risks in all, then
/// knowledge-base order.
pub(super) fn recommended_measures(
    knowledge: &KnowledgeBase,
    risks: &[RiskResult],
    in_place: &[&str],
    possible: &dyn Fn(&Control) -> bool,
) -> Vec<String> {
    let open: Vec<&RiskResult> = risks
        .iter()
        .filter(|r| r.residual.level >= RiskLevel::Medium)
        .collect();
    // The benefit is what the measure would really take off, through the one residual
    // function: a measure whose exposure is absent here takes off nothing and is not proposed.
    // Net of what a measure brings itself (a capture service's copy), over every risk.
    let steps = |rating: crate::scoring::Rating| {
        i32::from(rating.likelihood.get()) + i32::from(rating.severity.get())
    };
    let mut found: Vec<(i32, usize, &str)> = knowledge
        .controls
        .iter()
        .enumerate()
        .filter(|(_, c)| !in_place.contains(&c.id.as_str()) && possible(c))
        .filter_map(|(index, c)| {
            let mut with: Vec<&str> = in_place.to_vec();
            with.push(c.id.as_str());
            let lowered: i32 = open
                .iter()
                .map(|r| (steps(r.residual) - steps(residual_with(r, &with, knowledge))).max(0))
                .sum();
            let raised: i32 = risks
                .iter()
                .map(|r| (steps(residual_with(r, &with, knowledge)) - steps(r.residual)).max(0))
                .sum();
            let benefit = lowered - raised;
            (benefit > 0).then_some((benefit, index, c.id.as_str()))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, id)| id.to_string()).collect()
}

fn ids_at(risks: &[RiskResult], keep: impl Fn(&RiskResult) -> bool) -> Vec<String> {
    risks
        .iter()
        .filter(|r| keep(r))
        .map(|r| r.risk.clone())
        .collect()
}
