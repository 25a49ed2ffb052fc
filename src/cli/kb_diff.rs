//! `msgdpia kb-diff OLD NEW [--assessment FILE]`: which app facts changed between two knowledge
//! bases and, for an assessment, whether its stance or any rating would change if re-assessed.

use super::inputs::{SourceArgs, load_assessment};
use crate::io::read_source;
use crate::knowledge::{KnowledgeBase, KnowledgeDiff, diff};
use crate::present::describe::jurisdiction_text;
use crate::present::names;
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
) -> anyhow::Result<ExitCode> {
    let old_source = read_source(old)?;
    let new_source = read_source(new)?;
    let old_kb = KnowledgeBase::load(&old_source)?.value;
    let new_kb = KnowledgeBase::load(&new_source)?.value;
    let changes = diff(&old_kb, &new_kb);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Knowledge base {} {} → {} {}",
        old_kb.id, old_kb.version, new_kb.id, new_kb.version
    );
    let Some(path) = assessment else {
        out.push_str(&changes_text(&changes, &old_kb, &new_kb));
        print!("{out}");
        return Ok(ExitCode::SUCCESS);
    };
    // The assessment as it was scored with the old knowledge base, and as it would be now.
    let loaded = load_assessment(path, args)?;
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
    out.push_str(&changes_text(&changes.for_apps(&apps), &old_kb, &new_kb));
    let rescore = rescored(&before, &after);
    let _ = writeln!(out, "\nRe-assessing {}:", path.display());
    if rescore.is_empty() {
        let _ = writeln!(out, "  The stance and every rating stay as they were.");
    }
    if let Some((was, now)) = rescore.stance {
        let _ = writeln!(out, "  Stance: {was} → {now}");
    }
    for (app, risk, was, now) in &rescore.risks {
        let app_name = names::app(&new_kb, app);
        let _ = writeln!(
            out,
            "  {app_name}: {}: {was} → {now}",
            names::risk(&new_kb, risk)
        );
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// The changes in words: apps added and removed, then each changed fact with its label.
fn changes_text(changes: &KnowledgeDiff, old: &KnowledgeBase, new: &KnowledgeBase) -> String {
    let mut out = String::new();
    if changes.is_empty() {
        let _ = writeln!(out, "No app fact changed.");
        return out;
    }
    let names = |kb: &KnowledgeBase, ids: &[String]| {
        ids.iter()
            .map(|id| names::app(kb, id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !changes.apps_added.is_empty() {
        let _ = writeln!(out, "Apps added: {}", names(new, &changes.apps_added));
    }
    if !changes.apps_removed.is_empty() {
        let _ = writeln!(out, "Apps removed: {}", names(old, &changes.apps_removed));
    }
    for change in &changes.apps_changed {
        let app = names::app(new, &change.app);
        let _ = writeln!(out, "{app}:");
        if change.vendor {
            let _ = writeln!(out, "  Vendor: description updated");
        }
        if let Some((was, now)) = &change.jurisdiction {
            // The command line speaks English until `--lang` comes (issue 17).
            let english = crate::present::vocabulary::Words::english();
            let _ = writeln!(
                out,
                "  Vendor's jurisdiction: {} → {}",
                jurisdiction_text(was, english),
                jurisdiction_text(now, english)
            );
        }
        for fact in &change.facts {
            let label = names::fact(new, &fact.fact);
            if fact.value_changed {
                let _ = writeln!(
                    out,
                    "  {label}: {} → {}",
                    fact.old_value.name(),
                    fact.new_value.name()
                );
            } else {
                let _ = writeln!(
                    out,
                    "  {label}: same value, detail, source or dates updated"
                );
            }
        }
    }
    out
}
