//! Where an assessment stands in its approval. A report is a draft until the people who must
//! approve it have: a partner signs what says "approved", never what merely could be.

use super::sign_off::{AdviceOutcome, Approval, SignOff};
use crate::date::Date;

/// The approval status of an assessment, shown on the report's cover and, while it is not
/// approved, as a DRAFT marking on every page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentStatus {
    /// Nobody has approved anything or advised on it yet.
    Draft,
    /// Sign-off has begun (the DPO has advised, or one approval is recorded) but is not complete.
    InReview,
    /// The measures and the residual risks are approved, each by a named person on a date, and
    /// the DPO's advice has been accepted or overruled.
    Approved {
        /// Who approved the residual risks: the decision the report records.
        by: String,
        /// When.
        on: Date,
    },
}

impl DocumentStatus {
    /// Whether the report is still a draft (not approved).
    pub fn is_draft(&self) -> bool {
        !matches!(self, DocumentStatus::Approved { .. })
    }
}

impl Approval {
    /// Whether a named person approved on a date.
    pub fn is_given(&self) -> bool {
        !self.by.trim().is_empty() && self.on.is_some()
    }

    /// Whether anything of the approval is recorded.
    fn is_begun(&self) -> bool {
        !self.by.trim().is_empty() || self.on.is_some()
    }
}

impl SignOff {
    /// Where the sign-off stands. An overruled advice counts as decided only with its reason.
    pub fn status(&self) -> DocumentStatus {
        let advice_decided = match self.dpo_advice_outcome {
            AdviceOutcome::Pending => false,
            AdviceOutcome::Accepted => true,
            AdviceOutcome::Overruled => !self.overruled_reason.trim().is_empty(),
        };
        let approval = &self.residual_risks_approval;
        match approval.on {
            Some(on)
                if advice_decided && approval.is_given() && self.measures_approval.is_given() =>
            {
                DocumentStatus::Approved {
                    by: approval.by.trim().to_string(),
                    on,
                }
            }
            _ if advice_decided
                || !self.dpo_advice.trim().is_empty()
                || approval.is_begun()
                || self.measures_approval.is_begun() =>
            {
                DocumentStatus::InReview
            }
            _ => DocumentStatus::Draft,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approved(by: &str) -> Approval {
        Approval {
            by: by.to_string(),
            on: Date::new(2026, 11, 23),
        }
    }

    fn signed() -> SignOff {
        SignOff {
            measures_approval: approved("Jane Doe, Partner"),
            residual_risks_approval: approved("Jane Doe, Partner"),
            dpo_advice_outcome: AdviceOutcome::Accepted,
            ..SignOff::default()
        }
    }

    #[test]
    fn a_blank_sign_off_is_a_draft_and_a_complete_one_is_approved_by_the_residual_risk_approver() {
        assert_eq!(SignOff::default().status(), DocumentStatus::Draft);
        assert_eq!(
            signed().status(),
            DocumentStatus::Approved {
                by: "Jane Doe, Partner".to_string(),
                on: Date::new(2026, 11, 23).unwrap()
            }
        );
    }

    #[test]
    fn anything_missing_from_the_sign_off_leaves_it_in_review() {
        let no_date = SignOff {
            residual_risks_approval: Approval {
                by: "Jane Doe".to_string(),
                on: None,
            },
            ..signed()
        };
        let no_measures_approval = SignOff {
            measures_approval: Approval::default(),
            ..signed()
        };
        let advice_pending = SignOff {
            dpo_advice_outcome: AdviceOutcome::Pending,
            ..signed()
        };
        let overruled_without_reason = SignOff {
            dpo_advice_outcome: AdviceOutcome::Overruled,
            ..signed()
        };
        for sign_off in [
            no_date,
            no_measures_approval,
            advice_pending,
            overruled_without_reason,
        ] {
            assert_eq!(sign_off.status(), DocumentStatus::InReview, "{sign_off:?}");
            assert!(sign_off.status().is_draft());
        }
        let advice_only = SignOff {
            dpo_advice: "Allow it for rota messages only.".to_string(),
            ..SignOff::default()
        };
        assert_eq!(advice_only.status(), DocumentStatus::InReview);
    }
}
