//! `msgdpia score ASSESSMENT [--json]`: the stance, the screening and each risk, on stdout.

use super::inputs::{SourceArgs, load_assessment};
use crate::present::{misfits, names, verdict};
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
        let _ = writeln!(out, "  {}", verdict::incomplete_explanation(scoring));
        let _ = writeln!(out, "Questions still to answer:");
        for question in verdict::missing_questions(&bundle.questionnaire, &scoring.missing) {
            let _ = writeln!(out, "  - {question}");
        }
    }
    let _ = writeln!(
        out,
        "Screening: {} of 9 WP248 criteria met; DPIA required: {}",
        met.len(),
        if scoring.screening.dpia_required {
            "yes"
        } else {
            "no"
        }
    );
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
        verdict::prior_consultation(&bundle.questionnaire, scoring)
    );
    for result in &scoring.apps {
        let name = names::chosen_app(kb, result.app.as_deref());
        let stance = result.decision.stance;
        if scoring.complete {
            let _ = writeln!(out, "\n{name}: {stance}");
        } else {
            let _ = writeln!(out, "\n{name}: provisionally {stance}");
        }
        let _ = writeln!(out, "  {}", verdict::decision_reason(kb, &result.decision));
        if let Some(reach) = &result.decision.what_it_would_take {
            let _ = writeln!(out, "  {}", verdict::what_it_would_take(kb, reach));
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
        for risk in &result.risks {
            let label = names::risk(kb, &risk.risk);
            // The assessor's own rating says so, with the method's beside it.
            let judged = risk.computed.map_or(String::new(), |c| {
                format!(
                    " (assessor's rating; computed L{} S{} {})",
                    c.likelihood.get(),
                    c.severity.get(),
                    c.level.name()
                )
            });
            let _ = writeln!(
                out,
                "  {label:<width$}  L{} S{} {:<9} -> L{} S{} {}{judged}",
                risk.inherent.likelihood.get(),
                risk.inherent.severity.get(),
                risk.inherent.level.name(),
                risk.residual.likelihood.get(),
                risk.residual.severity.get(),
                risk.residual.level.name()
            );
        }
    }
    for finding in &scoring.findings {
        let text = verdict::finding_text(&bundle.questionnaire, kb, &scoring.regimes, finding);
        let _ = writeln!(out, "\nfinding: {text}");
    }
    for misfit in &scoring.misfits {
        let text = misfits::reader_text(&bundle.questionnaire, misfit);
        let _ = writeln!(out, "\nwarning: {text}");
    }
    out
}
