//! Scoring: from a questionnaire, a knowledge base and the answers to screening, risk ratings
//! before and after the safeguards in place, a stance and the why-trail behind every number.
//!
//! Scoring is pure and cannot fail: whatever the answers, it returns a result, and anything
//! doubtful (answers that do not fit, required questions left open, no app chosen) becomes a
//! warning next to it.

mod completeness;
mod consistency;
mod decision;
mod effects;
mod judgement;
mod measure_effect;
mod plan;
mod preferred;
mod residual;
mod risk;
mod screening;

use crate::answer::Answers;
use crate::assessment::{MeasureStatus, PlannedMeasure, RiskOverride};
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::Questionnaire;
use crate::scale::{RiskLevel, Scale};
use crate::wp248::Criterion;
use serde::Serialize;

pub use decision::{Decision, DecisionBasis, LARGEST_SET_SEARCHED, Stance, WhatItWouldTake};
pub use measure_effect::RiskChange;

/// The full result of scoring one assessment.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Scoring {
    /// WP248 screening.
    pub screening: Screening,
    /// One result per app assessed (or a single one with no app, when none was chosen).
    pub apps: Vec<AppResult>,
    /// One result per app only compared (not assessed), scored with the same answers as if it
    /// were the one app chosen. They take no part in the stance.
    pub candidates: Vec<AppResult>,
    /// The most restrictive stance over the apps: using them all is only as safe as the weakest.
    /// While [`Scoring::complete`] is false it is only provisional, never a stance to act on.
    pub stance: Stance,
    /// Whether every required question has a usable answer. Until it has, the result is
    /// INCOMPLETE: missing answers are scored as "don't know" for a provisional view only.
    pub complete: bool,
    /// The required questions (by id, in questionnaire order) still without a usable answer.
    pub missing: Vec<String>,
    /// Whether a high or very high residual risk remains for any app: what prior consultation
    /// (GDPR Art. 36 and its equivalents) turns on, where the applicable law makes it a duty.
    pub prior_consultation: bool,
    /// The data protection regimes that apply (questionnaire ids, in questionnaire order), from
    /// the answers as given; empty until the answers that decide them are given.
    pub regimes: Vec<String>,
    /// Contradictions and gaps the DPO should resolve, as data for the presentation layer.
    pub findings: Vec<Finding>,
    /// The answers that do not fit the questionnaire (kept in the file, not used), as data for
    /// the presentation layer.
    pub misfits: Vec<crate::assessment::Misfit>,
}

impl Scoring {
    /// The stance to show: `None` while the assessment is incomplete.
    pub fn final_stance(&self) -> Option<Stance> {
        self.complete.then_some(self.stance)
    }
}

/// Something the DPO should resolve before signing: a contradiction between answers, the
/// action plan and the knowledge base.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// An answer says a safeguard is in place, but the action plan has it planned or in
    /// progress. It does not count until the plan marks it done.
    PlannedNotDone {
        /// The control.
        control: String,
        /// Its status in the action plan.
        status: MeasureStatus,
        /// The answer that says it is in place.
        answer: AnswerRef,
    },
    /// The action plan marks a measure done, but an answer says it is not in place. It counts,
    /// since the plan is the later record; the answer should be corrected.
    DoneContradictsAnswer {
        /// The control.
        control: String,
        /// The answer that says otherwise.
        answer: AnswerRef,
    },
    /// No app was chosen: the risks are rated without any app's facts.
    NoAppChosen,
    /// A safeguard is said to be in place, but the knowledge base says the app cannot have it;
    /// it does not count for that app.
    UnavailableForApp {
        /// The control.
        control: String,
        /// The app.
        app: String,
    },
    /// A consistency check of the questionnaire holds: answers contradict each other or the
    /// knowledge base.
    Inconsistent {
        /// The check's id in the questionnaire.
        check: String,
        /// The app it concerns, for checks that look at the app.
        app: Option<String>,
    },
    /// An override of a risk's rating has no reason, or sets neither likelihood nor severity:
    /// it does not count until it has both.
    OverrideIncomplete {
        /// The risk.
        risk: String,
    },
    /// An override names an app that is not assessed: it does not count.
    OverrideForAppNotAssessed {
        /// The risk.
        risk: String,
        /// The app.
        app: String,
    },
}

/// The screening against the nine WP248 criteria.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Screening {
    /// All nine criteria, in order, with the answers that meet each.
    pub criteria: Vec<CriterionResult>,
    /// Whether two or more criteria are met.
    pub dpia_required: bool,
}

impl Screening {
    /// How many criteria are met.
    pub fn met(&self) -> usize {
        self.criteria.iter().filter(|c| c.is_met()).count()
    }
}

/// One criterion and the answers that meet it (none: not met).
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AnswerRef {
    /// The question's id.
    pub question: String,
    /// The option's id.
    pub option: String,
}

/// The result for one app.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct AppResult {
    /// The app's id; `None` when no app was chosen.
    pub app: Option<String>,
    /// Every risk of the knowledge base, in its order.
    pub risks: Vec<RiskResult>,
    /// Controls in place (from the answers and the action plan), with what says so.
    pub safeguards: Vec<SafeguardInPlace>,
    /// Controls said to be in place that this app cannot have (such as an optional
    /// end-to-end mode it does not offer): they do not count.
    pub unavailable: Vec<String>,
    /// The stance for this app, with its reason and conditions.
    pub decision: decision::Decision,
    /// Measures not yet in place that would lower a risk still medium or above, most useful first.
    pub recommended: Vec<String>,
    /// Whether a high or very high residual risk remains (GDPR Art. 36).
    pub prior_consultation: bool,
    /// The questionnaire's rules whose condition holds for this app, by id, in questionnaire order.
    pub rules_applied: Vec<String>,
    /// Measures of the catalogue that cannot apply here, in knowledge-base order: the app lacks
    /// what they need, or the answers rule them out (no group owner without groups, another
    /// regime's transfer instrument). They are neither counted nor proposed, nor named as
    /// measures that reduce a risk.
    pub out_of_scope: Vec<String>,
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

    /// The risks a summary must name: every risk that stays high or very high, and never fewer
    /// than `at_least` (the next highest fill up), so no high risk is hidden behind a cut-off.
    pub fn main_residual(&self, at_least: usize) -> Vec<&RiskResult> {
        let high = self
            .risks
            .iter()
            .filter(|r| r.residual.level >= crate::scale::RiskLevel::High)
            .count();
        self.highest_residual(high.max(at_least))
    }
}

/// A control in place and what says so.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SafeguardInPlace {
    /// The control's id.
    pub control: String,
    /// The answer or the action plan.
    pub because: SafeguardSource,
}

/// What says a safeguard is in place.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardSource {
    /// An answer.
    Answer(AnswerRef),
    /// A measure of the action plan marked done.
    ActionPlan,
}

/// One risk's ratings and the steps that produced them.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RiskResult {
    /// The risk's id.
    pub risk: String,
    /// Before safeguards.
    pub inherent: Rating,
    /// After the safeguards in place.
    pub residual: Rating,
    /// Once every measure of the action plan is done (equal to `residual` without a plan).
    pub planned: Rating,
    /// The residual rating the method computed, when the assessor's own rating replaced it
    /// (`residual` is then the assessor's, and the trail's last step says why).
    pub computed: Option<Rating>,
    /// Every step, in order: the sum of the inherent steps is the inherent rating, and adding
    /// the residual steps gives the residual rating.
    pub trail: Vec<Step>,
}

/// A likelihood, a severity and the level they give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Step {
    /// What moved the risk.
    pub cause: Cause,
    /// Before or after safeguards.
    pub phase: Phase,
    /// Change in likelihood.
    pub likelihood: i32,
    /// Change in severity.
    pub severity: i32,
    /// The exposure the step is evidence of, if named. A step of zero with an exposure
    /// corroborates an exposure another step already counted.
    pub exposure: Option<String>,
}

/// Whether a step belongs to the inherent or the residual rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub enum Phase {
    /// Before safeguards.
    Inherent,
    /// Safeguards in place.
    Residual,
}

/// What moved a risk.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
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
    /// The exposure a safeguard in place brings itself (a capture service's copy).
    BroughtBy(String),
    /// The steps ran past the end of the 1–4 scale and were brought back to it.
    ScaleLimit,
    /// Raises beyond the top of the scale, which safeguards must offset first.
    AboveScale,
    /// The assessor's own rating replaced the computed one, for this reason.
    Judgement(String),
}

/// Scores an assessment's answers without an action plan. The same inputs always give the
/// same result.
pub fn score(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    answers: &Answers,
) -> Scoring {
    score_with_plan(questionnaire, knowledge, answers, &[])
}

/// Scores an assessment's answers and its action plan: measures count when done, and each
/// risk is also rated as it will be once the whole plan is done.
pub fn score_with_plan(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    answers: &Answers,
    plan: &[PlannedMeasure],
) -> Scoring {
    score_with_judgement(questionnaire, knowledge, answers, plan, &[])
}

/// Scores an assessment's answers, its action plan and the assessor's own ratings: an override
/// with a reason replaces the computed residual rating of its risk, which stays beside it.
pub fn score_with_judgement(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    answers: &Answers,
    plan: &[PlannedMeasure],
    overrides: &[RiskOverride],
) -> Scoring {
    let misfits = crate::assessment::misfits(answers, questionnaire, knowledge);
    let unfit: Vec<String> = misfits.iter().map(|m| m.question.clone()).collect();
    let missing = completeness::missing(questionnaire, answers, &unfit);
    let provisional = completeness::provisional(questionnaire, answers, &unfit);
    let active = questionnaire.active_answers(&provisional);
    // Answers that do not fit are reported (missing required answers are listed apart).
    let collected = effects::collect(questionnaire, &active);
    let screening = screening::screen(&collected);
    let (safeguards, mut findings) =
        plan::reconcile(questionnaire, &active, &collected.safeguards, plan);
    let measures = Measures {
        in_place: safeguards,
        planned: plan.iter().map(|m| m.control.clone()).collect(),
        inapplicable: inapplicable_controls(questionnaire, &provisional),
    };
    let app_ids = questionnaire.chosen_apps(&provisional);
    // Unknown app ids are already warned about as answers that do not fit.
    let mut apps: Vec<Option<&crate::knowledge::App>> = app_ids
        .iter()
        .filter_map(|id| knowledge.app(id))
        .map(Some)
        .collect();
    if apps.is_empty() {
        findings.push(Finding::NoAppChosen);
        apps.push(None);
    }
    let given = questionnaire.active_answers(answers);
    findings.extend(consistency::findings(questionnaire, &given, &apps));
    let regimes = applicable_regimes(questionnaire, &given);
    let results: Vec<AppResult> = apps
        .into_iter()
        .map(|app| {
            risk::assess_app(
                questionnaire,
                knowledge,
                &active,
                &collected,
                &measures,
                app,
                overrides,
            )
        })
        .collect();
    findings.extend(judgement::findings(overrides, &app_ids));
    findings.extend(results.iter().flat_map(unavailable_findings));
    let stance = results
        .iter()
        .map(|r| r.decision.stance)
        .max()
        .unwrap_or(Stance::Accept);
    let prior_consultation = results.iter().any(|r| r.prior_consultation);
    Scoring {
        screening,
        apps: results,
        candidates: Vec::new(),
        stance,
        complete: missing.is_empty(),
        missing,
        prior_consultation,
        regimes,
        findings,
        misfits,
    }
}

/// Scores each app of `candidates` that is not already chosen in the answers, as if it were
/// the one app chosen, with the same answers, plan and overrides: the comparison's columns for
/// apps looked at but not assessed. Unknown app ids are skipped (they are warned about when
/// the file opens).
pub fn score_candidates(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    answers: &Answers,
    plan: &[PlannedMeasure],
    overrides: &[RiskOverride],
    candidates: &[String],
) -> Vec<AppResult> {
    let chosen = questionnaire.chosen_apps(answers);
    candidates
        .iter()
        .filter(|id| !chosen.contains(id) && knowledge.app(id).is_some())
        .filter_map(|id| {
            let answers = questionnaire.with_apps(answers, std::slice::from_ref(id));
            score_with_judgement(questionnaire, knowledge, &answers, plan, overrides)
                .apps
                .into_iter()
                .next()
        })
        .collect()
}

/// The safeguards in place and the controls the action plan will add.
pub(super) struct Measures {
    /// In place today (answers, less measures still planned, plus measures done).
    pub in_place: Vec<SafeguardInPlace>,
    /// Every measure of the action plan, whatever its status.
    pub planned: Vec<String>,
    /// Controls a question offers, but only questions hidden for these answers: the situation
    /// does not call for them, so they are neither proposed nor conditions.
    pub inapplicable: Vec<String>,
}

/// The controls offered as safeguards only by questions that these answers hide, and those
/// the questionnaire rules out for these answers.
fn inapplicable_controls(questionnaire: &Questionnaire, answers: &Answers) -> Vec<String> {
    let offered_by = |question: &crate::questionnaire::Question| -> Vec<String> {
        question
            .options
            .iter()
            .flat_map(|o| o.effects.iter())
            .filter_map(|e| match e {
                crate::effect::Effect::Safeguard(control) => Some(control.clone()),
                _ => None,
            })
            .collect()
    };
    let shown: Vec<String> = questionnaire
        .shown_questions(answers)
        .into_iter()
        .flat_map(offered_by)
        .collect();
    let mut hidden: Vec<String> = questionnaire
        .questions()
        .flat_map(offered_by)
        .filter(|control| !shown.contains(control))
        .collect();
    // And those the situation rules out, such as deletion under a legal hold.
    hidden.extend(
        questionnaire
            .unsuitable
            .iter()
            .filter(|u| u.when.holds(answers, None))
            .flat_map(|u| u.controls.iter().cloned()),
    );
    hidden.sort();
    hidden.dedup();
    hidden
}

/// The data protection regimes whose condition holds for the answers as given.
fn applicable_regimes(questionnaire: &Questionnaire, given: &Answers) -> Vec<String> {
    questionnaire
        .regimes
        .iter()
        .filter(|regime| regime.when.holds(given, None))
        .map(|regime| regime.id.clone())
        .collect()
}

/// A finding for each safeguard said to be in place that the app cannot have.
fn unavailable_findings(result: &AppResult) -> Vec<Finding> {
    let Some(app) = &result.app else {
        return Vec::new();
    };
    result
        .unavailable
        .iter()
        .map(|control| Finding::UnavailableForApp {
            control: control.clone(),
            app: app.clone(),
        })
        .collect()
}
