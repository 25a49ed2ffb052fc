//! Scoring: from a questionnaire, a knowledge base and the answers to screening, risk ratings
//! before and after the safeguards in place, a stance and the why-trail behind every number.
//!
//! Scoring is pure and cannot fail: whatever the answers, it returns a result, and anything
//! doubtful (answers that do not fit, required questions left open, no app chosen) becomes a
//! warning next to it.

mod decision;
mod effects;
mod risk;
mod screening;

use crate::answer::Answers;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::Questionnaire;
use crate::scale::{RiskLevel, Scale};
use crate::wp248::Criterion;
use serde::Serialize;

pub use decision::Stance;

/// The full result of scoring one assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scoring {
    /// WP248 screening.
    pub screening: Screening,
    /// One result per app assessed (or a single one with no app, when none was chosen).
    pub apps: Vec<AppResult>,
    /// The most restrictive stance over the apps: using them all is only as safe as the weakest.
    pub stance: Stance,
    /// Whether Art. 36 prior consultation is needed for any app.
    pub prior_consultation: bool,
    /// Things the reader should know about the inputs.
    pub warnings: Vec<String>,
}

/// The screening against the nine WP248 criteria.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Screening {
    /// All nine criteria, in order, with the answers that meet each.
    pub criteria: Vec<CriterionResult>,
    /// Whether two or more criteria are met.
    pub dpia_required: bool,
}

/// One criterion and the answers that meet it (none: not met).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriterionResult {
    /// The criterion.
    pub criterion: Criterion,
    /// The answers that meet it.
    pub met_by: Vec<AnswerRef>,
}

impl CriterionResult {
    /// Whether at least one answer meets the criterion.
    pub fn is_met(&self) -> bool {
        !self.met_by.is_empty()
    }
}

/// A question and the option chosen in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnswerRef {
    /// The question's id.
    pub question: String,
    /// The option's id.
    pub option: String,
}

/// The result for one app.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AppResult {
    /// The app's id; `None` when no app was chosen.
    pub app: Option<String>,
    /// Every risk of the knowledge base, in its order.
    pub risks: Vec<RiskResult>,
    /// Controls in place (from the answers), with the answer that says so.
    pub safeguards: Vec<SafeguardInPlace>,
    /// The stance for this app, with its reason and conditions.
    pub decision: decision::Decision,
    /// Measures not yet in place that would lower a risk still medium or above, most useful first.
    pub recommended: Vec<String>,
    /// Whether a high or very high residual risk remains (GDPR Art. 36).
    pub prior_consultation: bool,
    /// The questionnaire's rules whose condition holds for this app, by id, in questionnaire order.
    pub rules_applied: Vec<String>,
}

impl AppResult {
    /// The `count` highest residual risks: by level, then by likelihood × severity, ties in
    /// knowledge-base order.
    pub fn highest_residual(&self, count: usize) -> Vec<&RiskResult> {
        let mut risks: Vec<&RiskResult> = self.risks.iter().collect();
        risks.sort_by_key(|r| {
            std::cmp::Reverse((
                r.residual.level,
                r.residual.likelihood.get() * r.residual.severity.get(),
            ))
        });
        risks.truncate(count);
        risks
    }
}

/// A control in place and the answer that says so.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SafeguardInPlace {
    /// The control's id.
    pub control: String,
    /// The answer.
    pub because: AnswerRef,
}

/// One risk's ratings and the steps that produced them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RiskResult {
    /// The risk's id.
    pub risk: String,
    /// Before safeguards.
    pub inherent: Rating,
    /// After the safeguards in place.
    pub residual: Rating,
    /// Every step, in order: the sum of the inherent steps is the inherent rating, and adding
    /// the residual steps gives the residual rating.
    pub trail: Vec<Step>,
}

/// A likelihood, a severity and the level they give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Rating {
    /// Likelihood, 1–4.
    pub likelihood: Scale,
    /// Severity, 1–4.
    pub severity: Scale,
    /// The level (see [`crate::scale`]).
    pub level: RiskLevel,
}

impl Rating {
    /// The rating of a likelihood and severity pair.
    pub fn new(likelihood: Scale, severity: Scale) -> Rating {
        Rating {
            likelihood,
            severity,
            level: RiskLevel::of(likelihood, severity),
        }
    }
}

/// One step of a why-trail.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    /// What moved the risk.
    pub cause: Cause,
    /// Before or after safeguards.
    pub phase: Phase,
    /// Change in likelihood.
    pub likelihood: i32,
    /// Change in severity.
    pub severity: i32,
}

/// Whether a step belongs to the inherent or the residual rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Phase {
    /// Before safeguards.
    Inherent,
    /// Safeguards in place.
    Residual,
}

/// What moved a risk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Cause {
    /// The risk's starting point in the knowledge base.
    Baseline,
    /// An answer.
    Answer(AnswerRef),
    /// A fact about the app.
    Fact {
        /// The app.
        app: String,
        /// The fact's id.
        fact: String,
    },
    /// A rule of the questionnaire.
    Rule(String),
    /// A safeguard in place.
    Safeguard(String),
    /// The steps ran past the end of the 1–4 scale and were brought back to it.
    ScaleLimit,
    /// Raises beyond the top of the scale, which safeguards must offset first.
    AboveScale,
}

/// Scores an assessment's answers. The same inputs always give the same result.
pub fn score(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    answers: &Answers,
) -> Scoring {
    let active = questionnaire.active_answers(answers);
    let mut warnings = input_warnings(questionnaire, knowledge, answers);
    let collected = effects::collect(questionnaire, &active);
    let screening = screening::screen(&collected);
    let app_ids = questionnaire.chosen_apps(answers);
    // Unknown app ids are already warned about as answers that do not fit.
    let mut apps: Vec<Option<&crate::knowledge::App>> = app_ids
        .iter()
        .filter_map(|id| knowledge.app(id))
        .map(Some)
        .collect();
    if apps.is_empty() {
        warnings.push("no app was chosen: the risks are rated without any app's facts".to_string());
        apps.push(None);
    }
    let results: Vec<AppResult> = apps
        .into_iter()
        .map(|app| risk::assess_app(questionnaire, knowledge, &active, &collected, app))
        .collect();
    let stance = results
        .iter()
        .map(|r| r.decision.stance)
        .max()
        .unwrap_or(Stance::Accept);
    let prior_consultation = results.iter().any(|r| r.prior_consultation);
    Scoring {
        screening,
        apps: results,
        stance,
        prior_consultation,
        warnings,
    }
}

fn input_warnings(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    answers: &Answers,
) -> Vec<String> {
    let mut warnings: Vec<String> = crate::assessment::misfits(answers, questionnaire, knowledge)
        .into_iter()
        .map(|misfit| misfit.problem)
        .collect();
    for question in questionnaire.shown_questions(answers) {
        let answered = answers
            .get(&question.id)
            .is_some_and(crate::answer::Answer::is_given);
        if question.required && !answered {
            warnings.push(format!(
                "required question `{}` is not answered: the result may understate the risks",
                question.id
            ));
        }
    }
    warnings
}
