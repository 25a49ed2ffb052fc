//! The words for what changed since an assessment was last scored, shared by the app's notice
//! and the report's section.

use super::names;
use super::vocabulary::Words;
use crate::knowledge::KnowledgeBase;
use crate::since_scored::SinceScored;

/// One sentence saying the knowledge base changed since the assessment was scored.
pub fn headline(changes: &SinceScored, words: &Words) -> String {
    if changes.old_version == changes.new_version {
        words.with_texts("since-scored-changed", &[("version", &changes.new_version)])
    } else {
        words.with_texts(
            "since-scored-new-version",
            &[
                ("then", &changes.old_version),
                ("now", &changes.new_version),
            ],
        )
    }
}

/// Each change in words: the facts of the assessed apps, then the stance and each rating that
/// re-assessing changes.
pub fn change_lines(
    knowledge: &KnowledgeBase,
    changes: &SinceScored,
    words: &Words,
) -> Vec<String> {
    let then_now = |what: &str, then: &str, now: &str| {
        words.with_texts(
            "since-scored-then-now",
            &[("what", what), ("then", then), ("now", now)],
        )
    };
    let of_app = |app: &str, what: &str| {
        words.with_texts(
            "since-scored-of-app",
            &[("app", &names::app(knowledge, app, words)), ("what", what)],
        )
    };
    let mut lines: Vec<String> = changes
        .facts
        .iter()
        .map(|(app, fact, was, now)| {
            let change = then_now(
                &names::fact(knowledge, fact, words),
                &words.get(super::app_facts::value_message(*was)),
                &words.get(super::app_facts::value_message(*now)),
            );
            of_app(app, &change)
        })
        .collect();
    if let Some((was, now)) = changes.rescored.stance {
        let stance = words.get("since-scored-stance");
        lines.push(then_now(
            &stance,
            &super::verdict::stance_word(was, words),
            &super::verdict::stance_word(now, words),
        ));
    }
    for (app, risk, was, now) in &changes.rescored.risks {
        let change = then_now(
            &names::risk(knowledge, risk, words),
            &words.get(super::terms::risk_level(*was)),
            &words.get(super::terms::risk_level(*now)),
        );
        lines.push(of_app(app, &change));
    }
    if changes.rescored.is_empty() {
        lines.push(words.get("since-scored-nothing-changes"));
    }
    lines
}

/// What to do about it.
pub fn advice(words: &Words) -> String {
    words.get("since-scored-advice")
}
