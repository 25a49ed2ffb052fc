//! An app's facts as every output shows them: each fact's label, value and detail, its source,
//! and whether it should be checked again on the day shown. The report's profile, appendix and
//! comparison, and the app's question page and comparison, all read these rows, so a fact
//! flagged in one place is flagged in all of them, in the same words.

use crate::date::Date;
use crate::knowledge::{
    App, CHECK_AGAIN_AFTER_MONTHS, Fact, KnowledgeBase, SOURCE_OLD_AFTER_MONTHS, Staleness,
};

/// One fact of one app, on one day.
#[derive(Clone, Debug)]
pub struct FactRow<'a> {
    /// The fact's label.
    pub label: &'a str,
    /// The app's entry for it, or `None` when the knowledge base has none (the value is then
    /// unknown).
    pub fact: Option<&'a Fact>,
    /// Why it should be checked again on the day shown, if it should.
    pub staleness: Option<Staleness>,
}

/// Every fact the knowledge base defines, for `app`, as of `on`.
pub fn fact_rows<'a>(knowledge: &'a KnowledgeBase, app: &'a App, on: Date) -> Vec<FactRow<'a>> {
    knowledge
        .facts
        .iter()
        .map(|definition| {
            let fact = app.fact(&definition.id);
            FactRow {
                label: definition.label.as_str(),
                fact,
                staleness: fact.and_then(|f| f.citation.stale_because(on)),
            }
        })
        .collect()
}

impl FactRow<'_> {
    /// The value in a word ("Yes", "Partial", "Unknown").
    pub fn value(&self) -> &'static str {
        self.fact.map_or("Unknown", |fact| fact.value.name())
    }

    /// The value, marked when it should be checked again: "Yes (to check again)".
    pub fn value_marked(&self) -> String {
        match self.staleness {
            Some(_) => format!("{} {STALE_MARK}", self.value()),
            None => self.value().to_string(),
        }
    }

    /// What exactly is true, or that the knowledge base has no entry.
    pub fn detail(&self) -> &str {
        self.fact.map_or("No entry in the knowledge base.", |fact| {
            fact.detail.as_str()
        })
    }

    /// The day it was checked, with why to check it again when it should be.
    pub fn checked(&self) -> String {
        let Some(fact) = self.fact else {
            return "—".to_string();
        };
        let on = fact.citation.checked_on;
        match self.staleness {
            Some(why) => format!("{on}; {}", check_again_short(why)),
            None => on.to_string(),
        }
    }

    /// Why it should be checked again, in a sentence, when it should.
    pub fn check_again(&self) -> Option<String> {
        self.staleness.map(check_again_sentence)
    }
}

/// How a value to check again is marked where there is room for two words only.
pub const STALE_MARK: &str = "(to check again)";

fn check_again_short(why: Staleness) -> &'static str {
    match why {
        Staleness::CheckedLongAgo => "check again",
        Staleness::OldVersion => "check again: the page's version is old",
    }
}

/// Why a fact should be checked again, in one sentence.
pub fn check_again_sentence(why: Staleness) -> String {
    match why {
        Staleness::CheckedLongAgo => {
            format!("To check again: last checked more than {CHECK_AGAIN_AFTER_MONTHS} months ago.")
        }
        Staleness::OldVersion => format!(
            "To check again: it rests on a version of the vendor's page dated more than {SOURCE_OLD_AFTER_MONTHS} months ago."
        ),
    }
}

/// The note under a report's table of facts when `stale` of them should be checked again on the
/// report's date.
pub fn stale_note(stale: usize) -> String {
    format!(
        "{stale} of these facts should be checked again before relying on them: on the report date they were last checked more than {CHECK_AGAIN_AFTER_MONTHS} months ago, or they rest on a page the vendor keeps updating whose version is dated more than {SOURCE_OLD_AFTER_MONTHS} months before it."
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn a_fact_checked_long_before_the_day_shown_is_flagged_and_the_same_fact_today_is_not() {
        let knowledge = &embedded::knowledge_base().unwrap().value;
        let app = &knowledge.apps[0];
        let checked = app.facts[0].citation.checked_on;
        let row_on = |on: Date| {
            fact_rows(knowledge, app, on)
                .into_iter()
                .find(|row| row.fact.is_some_and(|f| f.id == app.facts[0].id))
                .unwrap()
        };
        let fresh = row_on(checked);
        assert_eq!(fresh.staleness, None);
        assert_eq!(fresh.value_marked(), fresh.value());
        assert_eq!(fresh.checked(), checked.to_string());
        let later = Date::new(checked.year() + 3, 1, 1).unwrap();
        let stale = row_on(later);
        assert_eq!(stale.staleness, Some(Staleness::CheckedLongAgo));
        assert_eq!(
            stale.value_marked(),
            format!("{} (to check again)", stale.value())
        );
        assert_eq!(stale.checked(), format!("{checked}; check again"));
        assert!(
            stale
                .check_again()
                .unwrap()
                .contains("last checked more than")
        );
    }

    #[test]
    fn a_fact_the_app_has_no_entry_for_is_unknown_and_never_flagged() {
        let knowledge = &embedded::knowledge_base().unwrap().value;
        let app = &knowledge.apps[0];
        let mut bare = app.clone();
        bare.facts.clear();
        let rows = fact_rows(knowledge, &bare, Date::new(2100, 1, 1).unwrap());
        assert_eq!(rows.len(), knowledge.facts.len());
        for row in rows {
            assert_eq!(row.value(), "Unknown");
            assert_eq!(row.staleness, None);
            assert_eq!(row.checked(), "—");
        }
    }
}
