//! Revisions of an approved assessment. An approved version is a record: it is not edited in
//! place but succeeded by a new revision, which keeps the approved one in the document
//! control's history and goes through sign-off again.

use super::sign_off::{AdviceOutcome, Approval};
use super::status::DocumentStatus;
use super::{Assessment, Revision};
use crate::date::Date;

impl Assessment {
    /// Whether the assessment is approved, and so read-only until a new revision starts.
    pub fn is_approved(&self) -> bool {
        !self.sign_off.status().is_draft()
    }

    /// Whether an approved assessment's review date has come by `today`.
    pub fn review_due(&self, today: Date) -> bool {
        self.is_approved() && self.metadata.review_date.is_some_and(|due| due <= today)
    }

    /// Starts a new revision of an approved assessment, dated `today`: the approved version
    /// joins the history, the version label goes up (1.0 → 1.1), and the approvals and the
    /// outcome of the DPO's advice are cleared, since they approved the old version. The
    /// answers, the action plan, the advice's text and the judgement carry over as the new
    /// draft's starting point. Does nothing to an assessment that is not approved.
    pub fn start_new_revision(&mut self, today: Date) {
        let DocumentStatus::Approved { by, on } = self.sign_off.status() else {
            return;
        };
        self.metadata.history.push(Revision {
            version: self.metadata.assessment_version.clone(),
            on: Some(on),
            by: by.clone(),
            changes: format!("Approved by {by}"),
        });
        self.metadata.assessment_version = next_version(&self.metadata.assessment_version);
        self.metadata.assessment_date = today;
        // A review date already past was the old version's; the new one sets its own.
        if self.metadata.review_date.is_some_and(|due| due <= today) {
            self.metadata.review_date = None;
        }
        let sign_off = &mut self.sign_off;
        sign_off.measures_approval = Approval::default();
        sign_off.residual_risks_approval = Approval::default();
        sign_off.dpo_advice_outcome = AdviceOutcome::Pending;
        sign_off.overruled_reason.clear();
    }
}

/// The label after `version`: its last number raised by one ("1.0" → "1.1", "2" → "3",
/// "v1.9" → "v1.10"); a label that ends in no number gets ".1" appended ("Final" → "Final.1").
fn next_version(version: &str) -> String {
    let version = version.trim();
    let digits = version
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    let (stem, number) = version.split_at(version.len() - digits);
    match number.parse::<u64>() {
        Ok(number) => format!("{stem}{}", number + 1),
        Err(_) if version.is_empty() => "1.1".to_string(),
        Err(_) => format!("{version}.1"),
    }
}

#[cfg(test)]
mod tests {
    use super::next_version;

    #[test]
    fn the_last_number_of_a_version_goes_up_by_one() {
        assert_eq!(next_version("1.0"), "1.1");
        assert_eq!(next_version("2"), "3");
        assert_eq!(next_version("v1.9"), "v1.10");
        assert_eq!(next_version("Final"), "Final.1");
        assert_eq!(next_version(""), "1.1");
    }
}
