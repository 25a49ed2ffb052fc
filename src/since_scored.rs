//! What changed since an assessment was last scored: when it is opened with another knowledge
//! base than the one it records, which facts of its apps changed, and whether its stance or any
//! residual level would change on re-assessing. Pure data; the app's banner and the report word it.

use crate::assessment::ScoredWith;
use crate::knowledge::{FactValue, KnowledgeBase};
use crate::scale::RiskLevel;
use crate::scoring::{Scoring, Stance};
use serde::Serialize;
use std::collections::BTreeMap;

/// The knowledge-base changes since an assessment was last scored, and their effect.
#[derive(Clone, Debug, PartialEq)]
pub struct SinceScored {
    /// The knowledge-base version it was scored with.
    pub old_version: String,
    /// The version it is read with now.
    pub new_version: String,
    /// Each fact of its apps whose value changed: app id, fact id, value then, value now.
    pub facts: Vec<(String, String, FactValue, FactValue)>,
    /// What re-assessing would change in the result.
    pub rescored: Rescored,
}

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

/// What re-scoring the same assessment changes between two scorings (with two knowledge bases).
pub fn rescored(old: &Scoring, new: &Scoring) -> Rescored {
    Rescored {
        stance: (old.stance != new.stance).then_some((old.stance, new.stance)),
        risks: changed(&levels(old), &levels(new)),
    }
}

/// The residual level of every risk, by app id then risk id.
fn levels(scoring: &Scoring) -> BTreeMap<String, BTreeMap<String, RiskLevel>> {
    scoring
        .apps
        .iter()
        .filter_map(|result| {
            let levels = result
                .risks
                .iter()
                .map(|r| (r.risk.clone(), r.residual.level))
                .collect();
            Some((result.app.clone()?, levels))
        })
        .collect()
}

/// The record of this scoring, to keep in the assessment: the knowledge base (with the SHA-256
/// of its file), the facts of the assessed apps, the stance and each residual level.
pub fn record(knowledge: &KnowledgeBase, knowledge_sha256: &str, scoring: &Scoring) -> ScoredWith {
    let apps = || {
        scoring
            .apps
            .iter()
            .filter_map(|a| a.app.as_deref().map(|id| (id, a)))
    };
    ScoredWith {
        knowledge_id: knowledge.id.clone(),
        knowledge_version: knowledge.version.clone(),
        knowledge_sha256: knowledge_sha256.to_string(),
        facts: apps()
            .filter_map(|(id, _)| knowledge.app(id))
            .map(|app| {
                let values = knowledge
                    .facts
                    .iter()
                    .map(|d| (d.id.clone(), app.fact_value(&d.id)))
                    .collect();
                (app.id.clone(), values)
            })
            .collect(),
        stance: scoring.stance,
        residual: levels(scoring),
    }
}

/// The changes since `recorded` that matter to this assessment (its apps' facts or its result),
/// or `None` when there are none: read with the knowledge base it was scored with (same
/// SHA-256), or with one that changed nothing it uses.
pub fn since_scored(
    recorded: &ScoredWith,
    knowledge: &KnowledgeBase,
    knowledge_sha256: &str,
    scoring: &Scoring,
) -> Option<SinceScored> {
    if recorded.knowledge_sha256 == knowledge_sha256 {
        return None;
    }
    let now = record(knowledge, knowledge_sha256, scoring);
    let changes = SinceScored {
        old_version: recorded.knowledge_version.clone(),
        new_version: knowledge.version.clone(),
        facts: changed(&recorded.facts, &now.facts),
        rescored: Rescored {
            stance: (recorded.stance != now.stance).then_some((recorded.stance, now.stance)),
            risks: changed(&recorded.residual, &now.residual),
        },
    };
    (!changes.facts.is_empty() || !changes.rescored.is_empty()).then_some(changes)
}

/// Each entry, by app then by fact or risk, whose value differs between the record and now. An
/// entry the record does not hold (a fact added since, an app not assessed then) has no "then"
/// to compare and is left out.
fn changed<T: Copy + PartialEq>(
    then: &BTreeMap<String, BTreeMap<String, T>>,
    now: &BTreeMap<String, BTreeMap<String, T>>,
) -> Vec<(String, String, T, T)> {
    let mut changed = Vec::new();
    for (app, values) in now {
        let Some(before) = then.get(app) else {
            continue;
        };
        for (id, value) in values {
            if let Some(was) = before.get(id)
                && was != value
            {
                changed.push((app.clone(), id.clone(), *was, *value));
            }
        }
    }
    changed
}
