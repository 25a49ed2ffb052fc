//! The three stances organisations take on messaging apps for business use (seed 003): its own
//! module because the scoring decides it and an assessment records the one it last had.

use serde::Serialize;
use std::fmt;

/// The three stances organisations take on messaging apps for business use.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
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
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Stance {
    /// The stance named by [`Stance::name`], as written in files.
    pub fn from_name(name: &str) -> Option<Stance> {
        [Stance::Accept, Stance::Define, Stance::Forbid]
            .into_iter()
            .find(|stance| stance.name() == name)
    }
}
