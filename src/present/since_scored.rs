//! The words for what changed since an assessment was last scored, shared by the app's notice
//! and the report's section.

use super::names;
use crate::knowledge::KnowledgeBase;
use crate::since_scored::SinceScored;

/// One sentence saying the knowledge base changed since the assessment was scored.
pub fn headline(changes: &SinceScored) -> String {
    if changes.old_version == changes.new_version {
        format!(
            "The knowledge base (version {}) has changed since this assessment was last scored.",
            changes.new_version
        )
    } else {
        format!(
            "The knowledge base has changed since this assessment was last scored (version {} then, {} now).",
            changes.old_version, changes.new_version
        )
    }
}

/// Each change in words: the facts of the assessed apps, then the stance and each rating that
/// re-assessing changes.
pub fn change_lines(knowledge: &KnowledgeBase, changes: &SinceScored) -> Vec<String> {
    let mut lines: Vec<String> = changes
        .facts
        .iter()
        .map(|(app, fact, was, now)| {
            let label = names::fact(knowledge, fact);
            format!(
                "{}: {label}: {} then, {} now.",
                names::app(knowledge, app),
                was.name(),
                now.name()
            )
        })
        .collect();
    if let Some((was, now)) = changes.rescored.stance {
        lines.push(format!("Stance: {was} then, {now} now."));
    }
    for (app, risk, was, now) in &changes.rescored.risks {
        lines.push(format!(
            "{}: {}: {was} then, {now} now.",
            names::app(knowledge, app),
            names::risk(knowledge, risk)
        ));
    }
    if changes.rescored.is_empty() {
        lines.push("The stance and every rating are as they were.".to_string());
    }
    lines
}

/// What to do about it.
pub fn advice() -> &'static str {
    "The result shown uses the current facts. Review the changes, then record the re-assessment so that this notice no longer appears."
}
