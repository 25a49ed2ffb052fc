//! An app's facts as every output shows them: each fact's label, value and detail, its source,
//! and whether it should be checked again on the day shown. The report's profile, appendix and
//! comparison, and the app's question page and comparison, all read these rows, so a fact
//! flagged in one place is flagged in all of them, in the same words.

use super::vocabulary::{FluentArgs, Words};
use crate::date::Date;
use crate::knowledge::{
    App, CHECK_AGAIN_AFTER_MONTHS, Fact, FactValue, KnowledgeBase, SOURCE_OLD_AFTER_MONTHS,
    Staleness,
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
    /// The words the row is shown in.
    words: &'a Words,
}

/// Every fact the knowledge base defines, for `app`, as of `on`.
pub fn fact_rows<'a>(
    knowledge: &'a KnowledgeBase,
    app: &'a App,
    on: Date,
    words: &'a Words,
) -> Vec<FactRow<'a>> {
    knowledge
        .facts
        .iter()
        .map(|definition| {
            let fact = app.fact(&definition.id);
            FactRow {
                label: definition.label.as_str(),
                fact,
                staleness: fact.and_then(|f| f.citation.stale_because(on)),
                words,
            }
        })
        .collect()
}

impl FactRow<'_> {
    /// The value in a word ("Yes", "Partly", "Unknown").
    pub fn value(&self) -> String {
        let value = self.fact.map_or(FactValue::Unknown, |fact| fact.value);
        self.words.get(value_message(value))
    }

    /// The value, marked when it should be checked again: "Yes (to check again)".
    pub fn value_marked(&self) -> String {
        match self.staleness {
            Some(_) => self
                .words
                .with_texts("fact-to-check-again", &[("value", &self.value())]),
            None => self.value(),
        }
    }

    /// What exactly is true, or that the knowledge base has no entry.
    pub fn detail(&self) -> String {
        self.fact.map_or_else(
            || self.words.get("fact-no-entry"),
            |fact| fact.detail.clone(),
        )
    }

    /// The day it was checked, with why to check it again when it should be.
    pub fn checked(&self) -> String {
        let Some(fact) = self.fact else {
            return "—".to_string();
        };
        let on = self.words.date(fact.citation.checked_on);
        match self.staleness {
            Some(why) => self.words.with_texts(
                "fact-checked-then",
                &[
                    ("on", &on),
                    ("why", &self.words.get(check_again_short(why))),
                ],
            ),
            None => on,
        }
    }

    /// Why it should be checked again, in a sentence, when it should.
    pub fn check_again(&self) -> Option<String> {
        self.staleness
            .map(|why| check_again_sentence(why, self.words))
    }
}

/// The message naming a fact's value.
pub(crate) fn value_message(value: FactValue) -> &'static str {
    match value {
        FactValue::Yes => "fact-yes",
        FactValue::No => "fact-no",
        FactValue::Partial => "fact-partly",
        FactValue::Unknown => "fact-unknown",
    }
}

fn check_again_short(why: Staleness) -> &'static str {
    match why {
        Staleness::CheckedLongAgo => "fact-check-again",
        Staleness::OldVersion => "fact-check-again-old-version",
    }
}

/// Why a fact should be checked again, in one sentence.
pub fn check_again_sentence(why: Staleness, words: &Words) -> String {
    let (id, months) = match why {
        Staleness::CheckedLongAgo => ("fact-checked-long-ago", CHECK_AGAIN_AFTER_MONTHS),
        Staleness::OldVersion => ("fact-old-version", SOURCE_OLD_AFTER_MONTHS),
    };
    let mut args = FluentArgs::new();
    args.set("months", months);
    words.with(id, &args)
}

/// The note under a report's table of facts when `stale` of them should be checked again on the
/// report's date.
pub fn stale_note(stale: usize, words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("count", stale);
    args.set("months", CHECK_AGAIN_AFTER_MONTHS);
    args.set("version_months", SOURCE_OLD_AFTER_MONTHS);
    words.with("fact-stale-note", &args)
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
            fact_rows(knowledge, app, on, Words::english())
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
        let rows = fact_rows(
            knowledge,
            &bare,
            Date::new(2100, 1, 1).unwrap(),
            Words::english(),
        );
        assert_eq!(rows.len(), knowledge.facts.len());
        for row in rows {
            assert_eq!(row.value(), "Unknown");
            assert_eq!(row.staleness, None);
            assert_eq!(row.checked(), "—");
        }
    }
}
