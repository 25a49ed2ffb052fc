//! `msgdpia score ASSESSMENT [--json]`: the stance, the screening and each risk, on stdout.

use super::inputs::{SourceArgs, load_assessment};
use crate::present::language::Language;
use crate::present::vocabulary::{FluentArgs, Words};
use crate::present::{misfits, names, risk_register, terms, verdict};
use crate::scoring::Scoring;
use anyhow::Context;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;

/// The version of `score --json`'s shape: raised whenever a field is renamed, removed or
/// changes meaning, so that a tool reading it can tell (a field added keeps the version).
pub(super) const SCHEMA_VERSION: u32 = 1;

/// What `score --json` prints: the scoring, with the version of its shape first. Its JSON
/// Schema is `msgdpia schema score` (docs/schemas/score.schema.json).
#[derive(serde::Serialize, schemars::JsonSchema)]
pub(super) struct ScoreJson<'s> {
    /// The version of this shape: raised whenever a field is renamed, removed or changes
    /// meaning (a field added keeps it).
    #[schemars(extend("const" = SCHEMA_VERSION))]
    schema_version: u32,
    #[serde(flatten)]
    scoring: &'s Scoring,
}

pub(super) fn run(
    path: &Path,
    json: bool,
    args: &SourceArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let (loaded, knowledge_source) = load_assessment(path, args, Words::shared(language))?;
    for note in &loaded.notes {
        let text = note.in_words(Words::shared(language));
        eprintln!(
            "{}",
            Words::shared(language).with_texts("score-warning", &[("text", &text)])
        );
    }
    let scoring = loaded.bundle.score(&loaded.assessment);
    let output = if json {
        let mut text = serde_json::to_string_pretty(&ScoreJson {
            schema_version: SCHEMA_VERSION,
            scoring: &scoring,
        })
        .with_context(|| Words::shared(language).get("cli-score-not-json"))?;
        text.push('\n');
        text
    } else {
        // Scored by id; worded from the questionnaire and knowledge base in the language asked.
        let bundle = loaded.bundle.in_language(&knowledge_source, language);
        as_text(
            &scoring,
            &bundle,
            &loaded.assessment,
            Words::shared(language),
        )
    };
    print!("{output}");
    Ok(ExitCode::SUCCESS)
}

fn as_text(
    scoring: &Scoring,
    bundle: &crate::bundle::Bundle,
    assessment: &crate::assessment::Assessment,
    words: &Words,
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
        .map(|c| {
            format!(
                "{}. {}",
                c.criterion.number(),
                words.get(terms::criterion(c.criterion))
            )
        })
        .collect();
    let headline = verdict::headline(scoring, words);
    let _ = writeln!(
        out,
        "{}",
        words.with_texts("score-stance", &[("stance", &headline)])
    );
    if !scoring.complete {
        let _ = writeln!(out, "  {}", verdict::incomplete_explanation(scoring, words));
        let _ = writeln!(out, "{}", words.get("score-questions-to-answer"));
        for question in verdict::missing_questions(&bundle.questionnaire, &scoring.missing, words) {
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
        verdict::applicable_law(&bundle.questionnaire, scoring, words)
    );
    let _ = writeln!(
        out,
        "{}",
        verdict::prior_consultation(&bundle.questionnaire, scoring, words)
    );
    for result in &scoring.apps {
        app_text(&mut out, scoring, result, kb, words);
    }
    for finding in &scoring.findings {
        let text =
            verdict::finding_text(&bundle.questionnaire, kb, &scoring.regimes, finding, words);
        let _ = writeln!(
            out,
            "\n{}",
            words.with_texts("score-finding", &[("text", &text)])
        );
    }
    for misfit in &scoring.misfits {
        let text = misfits::reader_text(&bundle.questionnaire, misfit, words);
        let _ = writeln!(
            out,
            "\n{}",
            words.with_texts("score-warning", &[("text", &text)])
        );
    }
    out
}

/// One app's stance, its basis and conditions, and each risk inherent → residual.
fn app_text(
    out: &mut String,
    scoring: &Scoring,
    result: &crate::scoring::AppResult,
    kb: &crate::knowledge::KnowledgeBase,
    words: &Words,
) {
    let name = names::chosen_app(kb, result.app.as_deref(), words);
    let mut stance = verdict::stance_word(result.decision.stance, words);
    if !scoring.complete {
        stance = words.with_texts("report-provisionally", &[("stance", &stance)]);
    }
    let headline = words.with_texts(
        "report-app-headline",
        &[("app", &name), ("stance", &stance)],
    );
    let _ = writeln!(out, "\n{headline}");
    let _ = writeln!(
        out,
        "  {}",
        verdict::decision_reason(kb, &result.decision, words)
    );
    if let Some(reach) = &result.decision.what_it_would_take {
        let _ = writeln!(out, "  {}", verdict::what_it_would_take(kb, reach, words));
    }
    for condition in &result.decision.conditions {
        let label = names::control(kb, condition, words);
        let line = words.with_texts("score-condition", &[("measure", &label)]);
        let _ = writeln!(out, "  {line}");
    }
    let width = result
        .risks
        .iter()
        .map(|r| names::risk(kb, &r.risk, words).chars().count())
        .max()
        .unwrap_or(10);
    for row in risk_register::risk_rows(kb, result, words) {
        let label = &row.name;
        // The assessor's own rating says so, with the method's beside it.
        let judged = row.computed().map_or(String::new(), |c| {
            words.with_texts(
                "score-assessor-rating",
                &[("rating", &short_rating(c, words))],
            )
        });
        // Planned is not done: the rating once the plan is done only stands beside.
        let planned = row.changed_by_plan().map_or(String::new(), |p| {
            words.with_texts("score-once-planned", &[("rating", &short_rating(p, words))])
        });
        let inherent = short_rating(row.inherent(), words);
        let _ = writeln!(
            out,
            "  {label:<width$}  {inherent:<15} -> {}{judged}{planned}",
            short_rating(row.residual(), words)
        );
    }
}

/// A rating on one line: "L3 S4 Very high".
fn short_rating(rating: crate::scoring::Rating, words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("likelihood", rating.likelihood.get());
    args.set("severity", rating.severity.get());
    args.set("level", words.get(terms::risk_level(rating.level)));
    words.with("score-short-rating", &args)
}
