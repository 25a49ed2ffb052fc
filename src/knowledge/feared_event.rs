//! CNIL's three feared events: every risk of the knowledge base is one of them, so a report
//! reads the same way as one made with the CNIL's PIA tool.

use serde::{Deserialize, Serialize};

/// What the people concerned fear may happen to their data (CNIL, PIA methodology,
/// "Knowledge bases", 2018: illegitimate access, unwanted modification, disappearance).
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
pub enum FearedEvent {
    /// Illegitimate access to personal data: disclosure to anyone without a right to it.
    IllegitimateAccess,
    /// Unwanted modification of personal data: altered, forged or misattributed.
    UnwantedModification,
    /// Disappearance of personal data: lost, deleted or not kept.
    Disappearance,
}

impl FearedEvent {
    /// All three, in CNIL's order.
    pub const ALL: [FearedEvent; 3] = [
        FearedEvent::IllegitimateAccess,
        FearedEvent::UnwantedModification,
        FearedEvent::Disappearance,
    ];
}
