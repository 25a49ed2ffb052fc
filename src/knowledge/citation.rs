//! Where a fact or a provider entry comes from: the source, its kind, the date the source itself
//! states and the day it was last checked against it. Staleness is computed here once, for both.

use super::source_date::SourceDate;
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// What kind of source a fact or a provider entry rests on. Primary sources come first; a secondary one is used
/// only where no primary exists, and says so in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum SourceKind {
    /// The vendor's own policy, documentation or white paper, a regulator, a statute, an
    /// official list, or the published analysis or audit itself.
    Primary,
    /// Press, a third party's summary or a copy of a page, where no primary source was found.
    Secondary,
    /// No source says either way; the value rests on the absence of evidence.
    NoSource,
}

impl SourceKind {
    /// The words used in reports.
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Primary => "primary source",
            SourceKind::Secondary => "secondary source",
            SourceKind::NoSource => "no source found",
        }
    }
}

/// A fact needs checking again this many whole months after it was last checked.
pub const CHECK_AGAIN_AFTER_MONTHS: i32 = 12;

/// A page the vendor keeps updating, dated this many whole months ago, has probably been
/// replaced by a newer version, so the fact needs checking against the current one.
pub const SOURCE_OLD_AFTER_MONTHS: i32 = 24;

/// How a source is dated and checked, in words: "primary source, dated 2024-08-19, checked
/// 2026-11-23" or "secondary source, undated, checked 2026-11-23". Shared by the report, the
/// app and the review document so a reader always sees both dates and the kind of source.
pub fn dating_text(
    kind: SourceKind,
    source_date: SourceDate,
    updated: bool,
    checked_on: Date,
) -> String {
    format!(
        "{}, {}, checked {checked_on}",
        kind.name(),
        dated_text(source_date, updated)
    )
}

/// How a source dates itself: "dated 2024-08-19", "last updated 2026-02-25" or "undated".
fn dated_text(source_date: SourceDate, updated: bool) -> String {
    match (source_date, updated) {
        (SourceDate::Undated, _) => "undated".to_string(),
        (date, true) => format!("last updated {date}"),
        (date, false) => format!("dated {date}"),
    }
}

/// A source as a work a bibliography lists: the source, its kind and the version it is (its
/// own date), without the day it was checked, which belongs to each fact resting on it.
pub fn work_text(source: &str, kind: SourceKind, source_date: SourceDate, updated: bool) -> String {
    format!(
        "{source} ({}, {})",
        kind.name(),
        dated_text(source_date, updated)
    )
}

/// A source with its kind and both dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// A URL or document title a reader can check.
    pub source: String,
    /// Primary, secondary or none.
    pub kind: SourceKind,
    /// The date the source itself states.
    pub date: SourceDate,
    /// Whether the source is a page the vendor keeps updating (a policy, terms, a help page), so
    /// that an old date means a newer version has probably replaced it; a fixed publication (a
    /// white paper version, a blog post, an audit, a statute) keeps its date.
    pub updated: bool,
    /// The day it was last checked against its source.
    pub checked_on: Date,
}

/// Why a fact should be checked again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Staleness {
    /// It was last checked more than [`CHECK_AGAIN_AFTER_MONTHS`] ago.
    CheckedLongAgo,
    /// It rests on a version of a page the vendor keeps updating dated more than
    /// [`SOURCE_OLD_AFTER_MONTHS`] ago, though the check itself is recent.
    OldVersion,
}

impl Citation {
    /// Whether it should be checked again on `today`: checked more than
    /// [`CHECK_AGAIN_AFTER_MONTHS`] ago, or resting on a page the vendor keeps updating whose
    /// version is dated more than [`SOURCE_OLD_AFTER_MONTHS`] before `today`.
    pub fn is_stale(&self, today: Date) -> bool {
        self.stale_because(today).is_some()
    }

    /// Why it should be checked again on `today`, if it should: the check itself is old, or the
    /// version of the vendor's page it rests on is.
    pub fn stale_because(&self, today: Date) -> Option<Staleness> {
        if self.checked_on.whole_months_until(today) > CHECK_AGAIN_AFTER_MONTHS {
            return Some(Staleness::CheckedLongAgo);
        }
        let old_version = self.updated
            && self
                .date
                .latest_day()
                .is_some_and(|day| day.whole_months_until(today) > SOURCE_OLD_AFTER_MONTHS);
        old_version.then_some(Staleness::OldVersion)
    }

    /// [`dating_text`] for this citation.
    pub fn dating(&self) -> String {
        dating_text(self.kind, self.date, self.updated, self.checked_on)
    }

    /// The source as a work a bibliography lists (see [`work_text`]).
    pub fn work(&self) -> String {
        work_text(&self.source, self.kind, self.date, self.updated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citation(source_date: &str, checked_on: &str) -> Citation {
        let (updated, date) = match source_date.strip_prefix("updated ") {
            Some(date) => (true, date),
            None => (false, source_date),
        };
        Citation {
            source: "s".into(),
            kind: SourceKind::Primary,
            date: SourceDate::parse(date).unwrap(),
            updated,
            checked_on: Date::parse(checked_on).unwrap(),
        }
    }

    #[test]
    fn a_citation_is_stale_when_checked_long_ago_or_resting_on_an_old_source() {
        let today = Date::parse("2026-12-02").unwrap();
        assert!(!citation("undated", "2026-11-23").is_stale(today));
        assert!(!citation("2025-01-15", "2026-11-23").is_stale(today));
        // Checked 13 months ago.
        assert!(citation("undated", "2025-11-01").is_stale(today));
        // A policy last updated 25 months before today, though checked last week.
        assert!(citation("updated 2024-11-01", "2026-11-23").is_stale(today));
        // A fixed publication keeps its date: a 2021 audit checked last week is not stale.
        assert!(!citation("2021-10-27", "2026-11-23").is_stale(today));
        // A month counts from its last day: November 2024 is 24 whole months old, not more.
        assert!(!citation("updated 2024-12", "2026-11-23").is_stale(today));
    }

    #[test]
    fn the_dating_names_the_kind_both_dates_and_says_undated() {
        assert_eq!(
            citation("2024-08-19", "2026-11-23").dating(),
            "primary source, dated 2024-08-19, checked 2026-11-23"
        );
        assert_eq!(
            citation("undated", "2026-11-23").dating(),
            "primary source, undated, checked 2026-11-23"
        );
        assert_eq!(
            citation("updated 2023-07-05", "2026-11-23").dating(),
            "primary source, last updated 2023-07-05, checked 2026-11-23"
        );
    }
}
