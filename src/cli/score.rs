//! `msgdpia score ASSESSMENT [--json]`: the stance, the screening and each risk, on stdout.

use super::inputs::{SourceArgs, load_assessment};
use crate::present::{misfits, names, risk_register, verdict};
use crate::scoring::Scoring;
use anyhow::Context;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn run(path: &Path, json: bool, args: &SourceArgs) -> anyhow::Result<ExitCode> {
    let loaded = load_assessment(path, args)?;
    for note in &loaded.notes {
        eprintln!("warning: {note}");
    }
    let scoring = loaded.bundle.score(&loaded.assessment);
    let output = if json {
        let mut text =
            serde_json::to_string_pretty(&scoring).context("cannot write the score as JSON")?;
        text.push('\n');
        text
    } else {
        as_text(&scoring, &loaded.bundle, &loaded.assessment)
    };
    print!("{output}");
    Ok(ExitCode::SUCCESS)
}

fn as_text(
    scoring: &Scoring,
    bundle: &crate::bundle::Bundle,
    assessment: &crate::assessment::Assessment,
) -> String {
    // With the assessor's own risks and measures, so that they are named too.
    let kb = bundle.knowledge_for(assessment);
    let kb = kb.as_ref();
    // The command line speaks English until `--lang` comes (issue 17).
    let words = crate::present::vocabulary::Words::english();
    let mut out = String::new();
    let met: Vec<String> = scoring
        .screening
        .criteria
        .iter()
        .filter(|c| c.is_met())
        .map(|c| format!("{}. {}", c.criterion.number(), c.criterion.title()))
        .collect();
    let _ = writeln!(out, "Stance: {}", verdict::headline(scoring));
    if !scoring.complete {
        let _ = writeln!(out, "  {}", verdict::incomplete_explanation(scoring, words));
        let _ = writeln!(out, "Questions still to answer:");
        for question in verdict::missing_questions(&bundle.questionnaire, &scoring.missing) {
            let _ = writeln!(out, "  - {question}");
        }
    }
    let _ = writeln!(out, "{}", verdict::screening(&scoring.screening, words));
    for criterion in &met {
        let _ = writeln!(out, "  - {criterion}");
    }
    let _ = writeln!(
        out,
        "{}",
        verdict::applicable_law(&bundle.questionnaire, scoring)
    );
    let _ = writeln!(
        out,
        "{}",
        verdict::prior_consultation(&bundle.questionnaire, scoring, words)
    );
    for result in &scoring.apps {
        let name = names::chosen_app(kb, result.app.as_deref());
        let stance = result.decision.stance;
        if scoring.complete {
            let _ = writeln!(out, "\n{name}: {stance}");
        } else {
            let _ = writeln!(out, "\n{name}: provisionally {stance}");
        }
        let _ = writeln!(
            out,
            "  {}",
            verdict::decision_reason(kb, &result.decision, words)
        );
        if let Some(reach) = &result.decision.what_it_would_take {
            let _ = writeln!(out, "  {}", verdict::what_it_would_take(kb, reach, words));
        }
        for condition in &result.decision.conditions {
            let label = names::control(kb, condition);
            let _ = writeln!(out, "  condition: {label}");
        }
        let width = result
            .risks
            .iter()
            .map(|r| names::risk(kb, &r.risk).chars().count())
            .max()
            .unwrap_or(10);
        for row in risk_register::risk_rows(kb, result) {
            let label = &row.name;
            // The assessor's own rating says so, with the method's beside it.
            let judged = row.computed().map_or(String::new(), |c| {
                format!(" (assessor's rating; computed {})", short_rating(c))
            });
            // Planned is not done: the rating once the plan is done only stands beside.
            let planned = row.changed_by_plan().map_or(String::new(), |p| {
                format!(" ({} once the plan is done)", short_rating(p))
            });
            let inherent = short_rating(row.inherent());
            let _ = writeln!(
                out,
                "  {label:<width$}  {inherent:<15} -> {}{judged}{planned}",
                short_rating(row.residual())
            );
        }
    }
    for finding in &scoring.findings {
        let text =
            verdict::finding_text(&bundle.questionnaire, kb, &scoring.regimes, finding, words);
        let _ = writeln!(out, "\nfinding: {text}");
    }
    for misfit in &scoring.misfits {
        let text = misfits::reader_text(&bundle.questionnaire, misfit);
        let _ = writeln!(out, "\nwarning: {text}");
    }
    out
}

/// A rating on one line: "L3 S4 Very high".
fn short_rating(rating: crate::scoring::Rating) -> String {
    format!(
        "L{} S{} {}",
        rating.likelihood.get(),
        rating.severity.get(),
        rating.level.name()
    )
}
