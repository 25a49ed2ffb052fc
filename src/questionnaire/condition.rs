//! Conditions: when a question is shown, and when a rule applies.

use super::{Question, QuestionKind};
use crate::answer::{Answer, Answers};
use crate::diagnostic::{Findings, Said};
use crate::knowledge::{App, FactValue, KnowledgeBase};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A condition over the answers (and, in rules, over the app being assessed).
///
/// Written in files as, for example, `Is("uses_groups", "yes")` or
/// `All([Is("sector", "law_firm"), AppJurisdiction(["CN"])])`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Condition {
    /// The question has an answer.
    Answered(String),
    /// The answer to the question is, or includes, this option (for yes/no questions: `yes`,
    /// `no` or `dont_know`; for app questions: an app id).
    Is(String, String),
    /// The answer to a number question is at least this value.
    AtLeast(String, f64),
    /// The app being assessed has this value for this fact (rules only).
    AppFact(String, FactValue),
    /// The vendor of the app being assessed is in one of these jurisdictions (rules only).
    AppJurisdiction(Vec<String>),
    /// For the region answered to the question (where the organisation is established), the
    /// app's data is stored or processed in one of these countries (rules only). The real
    /// destination of a transfer, which may differ from where the contracting entity sits: EU
    /// users contract with Apple in Ireland, and their data is processed in the United States.
    AppProcessedIn(String, Vec<String>),
    /// Every condition holds (true when empty).
    All(Vec<Condition>),
    /// At least one condition holds (false when empty).
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

impl Condition {
    /// Whether the condition looks at the app being assessed, so it may hold for one app and
    /// not another.
    pub fn mentions_app(&self) -> bool {
        match self {
            Condition::AppFact(..)
            | Condition::AppJurisdiction(_)
            | Condition::AppProcessedIn(..) => true,
            Condition::All(conditions) | Condition::Any(conditions) => {
                conditions.iter().any(Condition::mentions_app)
            }
            Condition::Not(condition) => condition.mentions_app(),
            Condition::Answered(_) | Condition::Is(..) | Condition::AtLeast(..) => false,
        }
    }

    /// Evaluates the condition. Questions that are not answered make `Is` and `AtLeast` false;
    /// app conditions are false when no app is being assessed.
    pub fn holds(&self, answers: &Answers, app: Option<&App>) -> bool {
        match self {
            Condition::Answered(question) => answers.get(question).is_some_and(Answer::is_given),
            Condition::Is(question, option) => answers
                .get(question)
                .is_some_and(|answer| answer.selected().contains(&option.as_str())),
            Condition::AtLeast(question, threshold) => {
                matches!(answers.get(question), Some(Answer::Number(n)) if n >= threshold)
            }
            Condition::AppFact(fact, value) => {
                app.is_some_and(|app| app.fact_value(fact) == *value)
            }
            Condition::AppJurisdiction(codes) => {
                app.is_some_and(|app| codes.contains(&app.jurisdiction))
            }
            Condition::AppProcessedIn(question, codes) => app.is_some_and(|app| {
                let region = answers
                    .get(question)
                    .and_then(|answer| answer.selected().first().copied());
                app.processed_in(region)
                    .iter()
                    .any(|country| codes.contains(country))
            }),
            Condition::All(conditions) => conditions.iter().all(|c| c.holds(answers, app)),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(answers, app)),
            Condition::Not(condition) => !condition.holds(answers, app),
        }
    }
}

/// What a condition may refer to, depending on where it stands.
pub(crate) struct Scope<'a> {
    /// The questions it may name: the ones before it (in `show_if`) or all (in rules).
    pub questions: &'a [Question],
    /// Every question id of the file with its position, so a reference is found without a
    /// search; a position past the end of `questions` is a question that comes later.
    pub positions: &'a HashMap<&'a str, usize>,
    /// Whether app conditions are allowed (in rules, not in `show_if`).
    pub app_conditions: bool,
    /// For fact ids in `AppFact`.
    pub knowledge: &'a KnowledgeBase,
    /// Where the condition is, for messages ("the condition of question `q9`", "rule
    /// `prc_evidence`").
    pub owner: Owner<'a>,
}

/// What holds a condition, as messages name it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Owner<'a> {
    /// The `show_if` of this question.
    Question(&'a str),
    /// This rule.
    Rule(&'a str),
    /// This consistency check.
    Consistency(&'a str),
    /// This regime.
    Regime(&'a str),
    /// This unsuitable-measures entry.
    Unsuitable(&'a str),
    /// The move of an answer from one question to another.
    Move {
        /// The question the answer moves from.
        from: &'a str,
        /// The question it moves to.
        to: &'a str,
    },
}

impl Owner<'_> {
    /// The message `id`, said of this owner: its `$owner` names the kind of item ("question",
    /// "rule", "consistency", "regime", "unsuitable", "move"), `$owner_id` the item's id and
    /// `$owner_to`, for a move, the question moved to.
    pub(crate) fn said(self, id: &'static str) -> Said {
        let (kind, owner_id, to) = match self {
            Owner::Question(id) => ("question", id, ""),
            Owner::Rule(id) => ("rule", id, ""),
            Owner::Consistency(id) => ("consistency", id, ""),
            Owner::Regime(id) => ("regime", id, ""),
            Owner::Unsuitable(id) => ("unsuitable", id, ""),
            Owner::Move { from, to } => ("move", from, to),
        };
        Said::new(id)
            .with("owner", kind)
            .with("owner_id", owner_id)
            .with("owner_to", to)
    }
}

/// What validation needs to know about a question a condition refers to.
pub(crate) struct QuestionShape<'a> {
    pub option_ids: Vec<&'a str>,
    pub is_number: bool,
}

impl<'a> QuestionShape<'a> {
    /// The shape of a validated question: for app questions, the options are the apps.
    pub(crate) fn of(question: &'a Question, knowledge: &'a KnowledgeBase) -> QuestionShape<'a> {
        let option_ids = if question.kind == QuestionKind::Apps {
            knowledge.apps.iter().map(|app| app.id.as_str()).collect()
        } else {
            question.options.iter().map(|o| o.id.as_str()).collect()
        };
        QuestionShape {
            option_ids,
            is_number: question.kind == QuestionKind::Number,
        }
    }
}

/// Checks every reference in a condition, recording problems at `path`.
pub(crate) fn check(
    condition: &Condition,
    scope: &Scope<'_>,
    path: &[&str],
    findings: &mut Findings<'_>,
) {
    match condition {
        Condition::Answered(question) => {
            find_question(question, scope, path, findings);
        }
        Condition::Is(question, option) => {
            if let Some(shape) = find_question(question, scope, path, findings)
                && !shape.option_ids.contains(&option.as_str())
            {
                let at = [path, &[question.as_str(), option.as_str()]].concat();
                let said = scope
                    .owner
                    .said("questionnaire-condition-no-option")
                    .with("question", question)
                    .with("option", option)
                    .with("options", shape.option_ids.join(", "));
                findings.error(&at, said);
            }
        }
        Condition::AtLeast(question, _) => {
            if let Some(shape) = find_question(question, scope, path, findings)
                && !shape.is_number
            {
                let at = [path, &[question.as_str()]].concat();
                let said = scope
                    .owner
                    .said("questionnaire-condition-at-least-not-number")
                    .with("question", question);
                findings.error(&at, said);
            }
        }
        Condition::AppFact(fact, _) => {
            let at = [path, &[fact.as_str()]].concat();
            if !scope.app_conditions {
                findings.error(&at, not_on_the_app(scope, "fact"));
            } else if scope.knowledge.fact_definition(fact).is_none() {
                let said = scope
                    .owner
                    .said("questionnaire-condition-unknown-fact")
                    .with("fact", fact);
                findings.error(&at, said);
            }
        }
        Condition::AppJurisdiction(_) => {
            if !scope.app_conditions {
                findings.error(path, not_on_the_app(scope, "jurisdiction"));
            }
        }
        Condition::AppProcessedIn(question, _) => {
            if !scope.app_conditions {
                findings.error(path, not_on_the_app(scope, "processed"));
            } else {
                find_question(question, scope, path, findings);
            }
        }
        Condition::All(conditions) | Condition::Any(conditions) => {
            for condition in conditions {
                check(condition, scope, path, findings);
            }
        }
        Condition::Not(condition) => check(condition, scope, path, findings),
    }
}

fn find_question<'s>(
    question: &str,
    scope: &'s Scope<'_>,
    path: &[&str],
    findings: &mut Findings<'_>,
) -> Option<QuestionShape<'s>> {
    let found = scope
        .positions
        .get(question)
        .and_then(|position| scope.questions.get(*position))
        .filter(|candidate| candidate.id == question);
    if found.is_none() {
        let at = [path, &[question]].concat();
        let id = if scope.app_conditions {
            "questionnaire-condition-unknown-question"
        } else {
            "questionnaire-condition-not-earlier"
        };
        findings.error(&at, scope.owner.said(id).with("question", question));
    }
    found.map(|q| QuestionShape::of(q, scope.knowledge))
}

/// That a condition where only answers may count looks at the app: at its `fact`s, its
/// `jurisdiction`, or where its data is `processed`.
fn not_on_the_app(scope: &Scope<'_>, about: &str) -> Said {
    scope
        .owner
        .said("questionnaire-condition-not-on-the-app")
        .with("about", about)
}
