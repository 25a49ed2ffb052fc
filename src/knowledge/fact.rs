//! Facts about an app, each with a source, the kind of source, the date the source states and
//! the day it was last checked against it.

use super::source_date::SourceDate;
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

/// What kind of source a fact rests on. Primary sources come first; a secondary one is used
/// only where no primary exists, and says so in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// Primary, secondary or none.
    pub source_kind: SourceKind,
    /// The date the source itself states.
    pub source_date: SourceDate,
    /// Whether the source is a page the vendor keeps updating (a policy, terms, a help page), so
    /// that an old date means a newer version has probably replaced it; a fixed publication (a
    /// white paper version, a blog post, an audit, a statute) keeps its date.
    pub source_updated: bool,
    /// The day the fact was last checked against its source.
    pub checked_on: Date,
}

impl Fact {
    /// Whether the fact should be checked again on `today`: checked more than
    /// [`CHECK_AGAIN_AFTER_MONTHS`] ago, or resting on a page the vendor keeps updating whose
    /// version is dated more than [`SOURCE_OLD_AFTER_MONTHS`] before `today`.
    pub fn is_stale(&self, today: Date) -> bool {
        self.checked_on.whole_months_until(today) > CHECK_AGAIN_AFTER_MONTHS
            || (self.source_updated
                && self
                    .source_date
                    .latest_day()
                    .is_some_and(|day| day.whole_months_until(today) > SOURCE_OLD_AFTER_MONTHS))
    }
}

/// How a source is dated and checked, in words: "primary source, dated 2024-08-19, checked
/// 2026-11-23" or "secondary source, undated, checked 2026-11-23". Shared by the report, the
/// app and the review document so a reader always sees both dates and the kind of source.
pub fn dating_text(
    kind: SourceKind,
    source_date: SourceDate,
    updated: bool,
    checked_on: Date,
) -> String {
    let dated = match (source_date, updated) {
        (SourceDate::Undated, _) => "undated".to_string(),
        (date, true) => format!("last updated {date}"),
        (date, false) => format!("dated {date}"),
    };
    format!("{}, {dated}, checked {checked_on}", kind.name())
}

impl Fact {
    /// [`dating_text`] for this fact.
    pub fn dating(&self) -> String {
        dating_text(
            self.source_kind,
            self.source_date,
            self.source_updated,
            self.checked_on,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(source_date: &str, checked_on: &str) -> Fact {
        let (updated, date) = match source_date.strip_prefix("updated ") {
            Some(date) => (true, date),
            None => (false, source_date),
        };
        Fact {
            id: "f".into(),
            value: FactValue::Yes,
            detail: "d".into(),
            source: "s".into(),
            source_kind: SourceKind::Primary,
            source_date: SourceDate::parse(date).unwrap(),
            source_updated: updated,
            checked_on: Date::parse(checked_on).unwrap(),
        }
    }

    #[test]
    fn a_fact_is_stale_when_checked_long_ago_or_resting_on_an_old_source() {
        let today = Date::parse("2026-12-02").unwrap();
        assert!(!fact("undated", "2026-11-23").is_stale(today));
        assert!(!fact("2025-01-15", "2026-11-23").is_stale(today));
        // Checked 13 months ago.
        assert!(fact("undated", "2025-11-01").is_stale(today));
        // A policy last updated 25 months before today, though checked last week.
        assert!(fact("updated 2024-11-01", "2026-11-23").is_stale(today));
        // A fixed publication keeps its date: a 2021 audit checked last week is not stale.
        assert!(!fact("2021-10-27", "2026-11-23").is_stale(today));
        // A month counts from its last day: November 2024 is 24 whole months old, not more.
        assert!(!fact("updated 2024-12", "2026-11-23").is_stale(today));
    }

    #[test]
    fn the_dating_names_the_kind_both_dates_and_says_undated() {
        assert_eq!(
            fact("2024-08-19", "2026-11-23").dating(),
            "primary source, dated 2024-08-19, checked 2026-11-23"
        );
        assert_eq!(
            fact("undated", "2026-11-23").dating(),
            "primary source, undated, checked 2026-11-23"
        );
        assert_eq!(
            fact("updated 2023-07-05", "2026-11-23").dating(),
            "primary source, last updated 2023-07-05, checked 2026-11-23"
        );
    }
}
