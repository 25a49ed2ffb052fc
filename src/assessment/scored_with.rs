//! What an assessment was last scored with: the knowledge base (id, version, SHA-256), the
//! facts of its apps, the stance and each residual level. Kept in the file so that, opened with
//! a newer knowledge base, the app and the report can say which facts changed and whether the
//! result would, before the user re-assesses.

use crate::knowledge::FactValue;
use crate::scale::RiskLevel;
use crate::stance::Stance;
use std::collections::BTreeMap;

/// The knowledge base, app facts and result an assessment was last scored with.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoredWith {
    /// The knowledge base's id.
    pub knowledge_id: String,
    /// Its version.
    pub knowledge_version: String,
    /// The SHA-256 of its file.
    pub knowledge_sha256: String,
    /// The value of every fact of each assessed app, by app id then fact id.
    pub facts: BTreeMap<String, BTreeMap<String, FactValue>>,
    /// The stance then.
    pub stance: Stance,
    /// The residual level of every risk, by app id then risk id.
    pub residual: BTreeMap<String, BTreeMap<String, RiskLevel>>,
}
