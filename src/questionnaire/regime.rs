//! Data protection regimes: which law applies, who enforces it, and whether a DPIA and prior
//! consultation are duties under it. Regimes are data in the questionnaire, each with the
//! condition under which it applies (where the organisation is established, where the people
//! are), so a new regime is a data change.

use super::condition::Condition;
use serde::Deserialize;

/// One data protection regime.
#[derive(Clone, Debug, PartialEq)]
pub struct Regime {
    /// Stable id.
    pub id: String,
    /// When it applies.
    pub when: Condition,
    /// The law, as a reader names it ("the UK GDPR and the Data Protection Act 2018").
    pub law: String,
    /// Who enforces it ("the Information Commissioner's Office (ICO)").
    pub authority: String,
    /// Whether an impact assessment is a duty under it.
    pub assessment: Requirement,
    /// Where the law says so (article, guidance).
    pub assessment_reference: String,
    /// Whether a high residual risk must be put to the authority before processing starts.
    pub prior_consultation: Requirement,
    /// Where the law says so.
    pub prior_consultation_reference: String,
    /// Where the law asks for a description of the processing and its purposes (such as
    /// "UK GDPR Art. 35(7)(a)"); empty when it does not.
    pub description_reference: String,
    /// Where the law asks for the processing to be necessary and proportionate to its purpose
    /// (such as "UK GDPR Art. 35(7)(b)"); empty when it does not.
    pub necessity_reference: String,
}

/// What a regime requires of something (an assessment, a prior consultation).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum Requirement {
    /// The law requires it.
    Duty,
    /// The authority recommends it; the law does not require it.
    GoodPractice,
    /// Not required.
    NotRequired,
    /// Not known for this regime: the organisation must check its own law.
    CheckLocalLaw,
}

/// A duty and where each regime states it: "the duty to inform", UK GDPR "Art. 13 and 14".
#[derive(Clone, Debug, PartialEq)]
pub struct LawCitation {
    /// The duty, as a reader names it.
    pub topic: String,
    /// Regime id → the provision under that regime.
    pub cites: std::collections::BTreeMap<String, String>,
}

impl LawCitation {
    /// The provisions of the regimes that apply, in their order: empty where none of them
    /// states the duty (the report then cites nothing rather than a foreign law).
    pub fn applicable<'a>(&'a self, regimes: &'a [String]) -> Vec<&'a str> {
        regimes
            .iter()
            .filter_map(|regime| self.cites.get(regime).map(String::as_str))
            .collect()
    }
}
