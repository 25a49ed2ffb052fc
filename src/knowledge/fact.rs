//! Facts about an app, each with a source and an as-of date.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The value of a fact. "Unknown" is a real value: no reliable source says either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// A URL or document title a reader can check.
    pub source: String,
    /// The date the source was published or last checked.
    pub as_of: Date,
}

impl Fact {
    /// Whether the fact is older than `months` whole months on `today`.
    pub fn is_stale(&self, today: Date, months: i32) -> bool {
        self.as_of.whole_months_until(today) > months
    }
}
