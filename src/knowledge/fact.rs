//! Facts about an app, each with its citation (see `citation.rs`).

use super::citation::Citation;
use serde::{Deserialize, Serialize};

/// The value of a fact. "Unknown" is a real value: no reliable source says either way.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum FactValue {
    /// The feature or property is there.
    Yes,
    /// It is not.
    No,
    /// Only in part (opt-in, some chats only, some editions only); the detail says which.
    Partial,
    /// No reliable source says.
    Unknown,
}

impl FactValue {
    /// The word used in reports.
    pub fn name(self) -> &'static str {
        match self {
            FactValue::Yes => "Yes",
            FactValue::No => "No",
            FactValue::Partial => "Partly",
            FactValue::Unknown => "Unknown",
        }
    }
}

/// One fact about one app.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// The fact definition's id, such as `e2ee_default_1to1`.
    pub id: String,
    /// The value.
    pub value: FactValue,
    /// One or two sentences saying what exactly is true.
    pub detail: String,
    /// Where it comes from, how that source is dated and when it was last checked.
    pub citation: Citation,
}
