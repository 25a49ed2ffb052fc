//! `msgdpia kb-diff OLD NEW [--assessment FILE]`: which app facts changed between two knowledge
//! bases and, for an assessment, whether its stance or any rating would change if re-assessed.

use super::inputs::{SourceArgs, load_assessment};
use crate::io::read_source;
use crate::knowledge::{KnowledgeBase, KnowledgeDiff, diff};
use crate::present::app_facts::value_message;
use crate::present::describe::jurisdiction_text;
use crate::present::language::Language;
use crate::present::names;
use crate::present::terms::risk_level;
use crate::present::verdict::stance_word;
use crate::present::vocabulary::{FluentArgs, Words};
use crate::scoring::score_with_plan;
use crate::since_scored::rescored;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn run(
    old: &Path,
    new: &Path,
    assessment: Option<&Path>,
    args: &SourceArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let words = Words::shared(language);
    let old_source = read_source(old)?;
    let new_source = read_source(new)?;
    let old_kb = KnowledgeBase::load(&old_source)?.value;
    let new_kb = KnowledgeBase::load(&new_source)?.value;
    let changes = diff(&old_kb, &new_kb);
    let mut out = String::new();
    let mut versions = FluentArgs::new();
    versions.set("old_id", old_kb.id.as_str());
    versions.set("old_version", old_kb.version.as_str());
    versions.set("new_id", new_kb.id.as_str());
    versions.set("new_version", new_kb.version.as_str());
    let _ = writeln!(out, "{}", words.with("kb-diff-versions", &versions));
    let Some(path) = assessment else {
        out.push_str(&changes_text(&changes, &old_kb, &new_kb, words));
        print!("{out}");
        return Ok(ExitCode::SUCCESS);
    };
    // The assessment as it was scored with the old knowledge base, and as it would be now.
    let (loaded, _) = load_assessment(path, args, words)?;
    let score = |knowledge: &KnowledgeBase| {
        score_with_plan(
            &loaded.bundle.questionnaire,
            knowledge,
            &loaded.assessment.answers,
            &loaded.assessment.sign_off.measures,
        )
    };
    let (before, after) = (score(&old_kb), score(&new_kb));
    let apps: Vec<String> = after.apps.iter().filter_map(|a| a.app.clone()).collect();
    out.push_str(&changes_text(
        &changes.for_apps(&apps),
        &old_kb,
        &new_kb,
        words,
    ));
    let rescore = rescored(&before, &after);
    let file = path.display().to_string();
    let _ = writeln!(
        out,
        "\n{}",
        words.with_texts("kb-diff-reassessing", &[("file", &file)])
    );
    if rescore.is_empty() {
        let _ = writeln!(out, "  {}", words.get("kb-diff-nothing-changes"));
    }
    if let Some((was, now)) = rescore.stance {
        let (was, now) = (stance_word(was, words), stance_word(now, words));
        let line = words.with_texts("kb-diff-stance", &[("was", &was), ("now", &now)]);
        let _ = writeln!(out, "  {line}");
    }
    for (app, risk, was, now) in &rescore.risks {
        let app_name = names::app(&new_kb, app, words);
        let (was, now) = (words.get(risk_level(*was)), words.get(risk_level(*now)));
        let _ = writeln!(
            out,
            "  {app_name}: {}: {was} → {now}",
            names::risk(&new_kb, risk, words)
        );
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// The changes in words: apps added and removed, then each changed fact with its label.
fn changes_text(
    changes: &KnowledgeDiff,
    old: &KnowledgeBase,
    new: &KnowledgeBase,
    words: &Words,
) -> String {
    let mut out = String::new();
    if changes.is_empty() {
        let _ = writeln!(out, "{}", words.get("kb-diff-no-change"));
        return out;
    }
    let names = |kb: &KnowledgeBase, ids: &[String]| {
        ids.iter()
            .map(|id| names::app(kb, id, words))
            .collect::<Vec<_>>()
            .join(&words.get("list-separator"))
    };
    if !changes.apps_added.is_empty() {
        let apps = names(new, &changes.apps_added);
        let _ = writeln!(
            out,
            "{}",
            words.with_texts("kb-diff-added", &[("apps", &apps)])
        );
    }
    if !changes.apps_removed.is_empty() {
        let apps = names(old, &changes.apps_removed);
        let _ = writeln!(
            out,
            "{}",
            words.with_texts("kb-diff-removed", &[("apps", &apps)])
        );
    }
    for change in &changes.apps_changed {
        let app = names::app(new, &change.app, words);
        let _ = writeln!(out, "{}", words.with_texts("kb-diff-app", &[("app", &app)]));
        if change.vendor {
            let _ = writeln!(out, "  {}", words.get("kb-diff-vendor"));
        }
        if let Some((was, now)) = &change.jurisdiction {
            let (was, now) = (jurisdiction_text(was, words), jurisdiction_text(now, words));
            let line = words.with_texts("kb-diff-jurisdiction", &[("was", &was), ("now", &now)]);
            let _ = writeln!(out, "  {line}");
        }
        for fact in &change.facts {
            let label = names::fact(new, &fact.fact, words);
            let line = if fact.value_changed {
                let was = words.get(value_message(fact.old_value));
                let now = words.get(value_message(fact.new_value));
                words.with_texts(
                    "kb-diff-fact",
                    &[("fact", &label), ("was", &was), ("now", &now)],
                )
            } else {
                words.with_texts("kb-diff-fact-updated", &[("fact", &label)])
            };
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}
