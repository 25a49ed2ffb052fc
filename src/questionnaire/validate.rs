//! Turns a raw questionnaire file into a [`Questionnaire`], or says everything wrong with it.

use super::condition::{self, Owner, Scope};
use super::translation;
use super::{
    Choice, Consistency, MovedAnswer, Question, QuestionKind, Questionnaire, Regime, Requirement,
    Rule, Section, Unsuitable, raw,
};
use crate::answer::YesNo;
use crate::checks;
use crate::diagnostic::{Checked, Findings, InvalidFile, Said};
use crate::effect::{self, Allowed, Effect};
use crate::knowledge::{KnowledgeBase, USER_REGIONS};
use crate::present::terms;
use crate::ron_file;
use crate::source::SourceFile;
use crate::wp248::Criterion;
use std::collections::HashMap;

impl Questionnaire {
    /// Parses and validates a questionnaire against the knowledge base whose risks, controls,
    /// facts and apps it refers to. Errors name the file, line and column.
    pub fn load(
        source: &SourceFile,
        knowledge: &KnowledgeBase,
    ) -> Result<Checked<Questionnaire>, InvalidFile> {
        Questionnaire::load_translated(source, None, knowledge)
    }

    /// Like [`Questionnaire::load`], in the words of `translation`: an overlay file, which must
    /// translate every text of this questionnaire's version, with the tag of the language it
    /// must be in (any, when `None`).
    pub fn load_translated(
        source: &SourceFile,
        translation: Option<(&SourceFile, Option<&str>)>,
        knowledge: &KnowledgeBase,
    ) -> Result<Checked<Questionnaire>, InvalidFile> {
        let mut raw: raw::Questionnaire = crate::parse_memo::parse_kept(source)?;
        if let Some((overlay, language)) = translation {
            let words: translation::Translation = ron_file::parse(overlay)?;
            let mut findings = Findings::new(overlay);
            translation::apply(&mut raw, words, language, &mut findings);
            findings.finish(())?;
        }
        // What is wrong once translated is in the translation's words: said of its file, where
        // the same ids lead to them.
        let mut findings = Findings::new(translation.map_or(source, |(overlay, _)| overlay));
        let questionnaire = validate(raw, knowledge, &mut findings);
        findings.finish(questionnaire)
    }
}

fn validate(
    raw: raw::Questionnaire,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Questionnaire {
    checks::not_blank(&raw.id, "id", &[], findings);
    checks::not_blank(&raw.version, "version", &[], findings);
    checks::not_blank(&raw.title, "title", &[], findings);
    if raw.sections.is_empty() {
        findings.error(&[], Said::new("questionnaire-no-sections"));
    }
    checks::unique_ids(
        raw.sections.iter().map(|s| s.id.as_str()),
        "section",
        findings,
    );
    let all_questions = raw.sections.iter().flat_map(|s| s.questions.iter());
    checks::unique_ids(all_questions.map(|q| q.id.as_str()), "question", findings);

    // Questions are validated in order into one flat list, so each condition can be checked
    // against the questions before it without copying them.
    let mut positions: HashMap<&str, usize> = HashMap::new();
    for (index, question) in raw
        .sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .enumerate()
    {
        positions.entry(question.id.as_str()).or_insert(index);
    }
    let mut all: Vec<Question> = Vec::new();
    for section in &raw.sections {
        let at = [section.id.as_str()];
        checks::id_syntax(&section.id, "section", &at, findings);
        checks::not_blank(&section.title, "title", &at, findings);
        if section.questions.is_empty() {
            findings.error(
                &at,
                Said::new("questionnaire-section-empty").with("section", &section.id),
            );
        }
        for question in &section.questions {
            let validated = validate_question(question, &all, &positions, knowledge, findings);
            all.push(validated);
        }
    }
    let rules = raw
        .rules
        .iter()
        .map(|rule| validate_rule(rule, &all, &positions, knowledge, findings))
        .collect();
    checks::unique_ids(
        raw.rules
            .iter()
            .map(|r| r.id.as_str())
            .chain(raw.consistency.iter().map(|c| c.id.as_str()))
            .chain(raw.regimes.iter().map(|r| r.id.as_str()))
            .chain(raw.unsuitable.iter().map(|u| u.id.as_str())),
        "rule, consistency check or regime",
        findings,
    );
    let consistency = raw
        .consistency
        .iter()
        .map(|check| validate_consistency(check, &all, &positions, knowledge, findings))
        .collect();
    let regime_ids: Vec<&str> = raw.regimes.iter().map(|r| r.id.as_str()).collect();
    for check in &raw.consistency {
        if let Some(law) = &check.law {
            validate_law_citation(&check.id, law, &regime_ids, findings);
        }
    }
    let regimes = raw
        .regimes
        .iter()
        .map(|regime| validate_regime(regime, &all, &positions, knowledge, findings))
        .collect();
    let unsuitable = raw
        .unsuitable
        .iter()
        .map(|u| validate_unsuitable(u, &all, &positions, knowledge, findings))
        .collect();
    let moved = raw
        .moved
        .iter()
        .map(|m| validate_moved(m, &all, &positions, knowledge, findings))
        .collect();
    warn_uncovered_criteria(&all, findings);
    if let Some(question) = &raw.organisation_region {
        check_organisation_region(question, &all, findings);
    }
    if let Some(question) = &raw.current_use {
        let is_yes_no = all
            .iter()
            .any(|q| q.id == *question && q.kind == QuestionKind::YesNo);
        if !is_yes_no {
            findings.error(
                &["current_use"],
                Said::new("questionnaire-current-use-not-yes-no").with("question", question),
            );
        }
    }
    let mut questions = all.into_iter();
    let sections = raw
        .sections
        .iter()
        .map(|section| Section {
            id: section.id.clone(),
            title: section.title.clone(),
            intro: section.intro.clone(),
            report: section.report,
            questions: questions.by_ref().take(section.questions.len()).collect(),
        })
        .collect();
    Questionnaire {
        id: raw.id,
        version: raw.version,
        title: raw.title,
        description: raw.description,
        sections,
        rules,
        consistency,
        regimes,
        unsuitable,
        moved,
        organisation_region: raw.organisation_region.clone(),
        current_use: raw.current_use.clone(),
    }
}

fn validate_question(
    question: &raw::Question,
    earlier: &[Question],
    positions: &HashMap<&str, usize>,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Question {
    let at = [question.id.as_str()];
    checks::id_syntax(&question.id, "question", &at, findings);
    checks::not_blank(&question.text, "text", &at, findings);
    checks::not_blank(&question.help, "help", &at, findings);
    let options = validate_options(question, knowledge, findings);
    let placeholder =
        question.describe.contains("{answer}") || question.describe.contains("{answer_lower}");
    if !question.describe.is_empty() && !placeholder {
        findings.error(
            &at,
            Said::new("questionnaire-describe-no-placeholder")
                .with("question", &question.id)
                .with("placeholder", "{answer}"),
        );
    }
    // Free text cannot be assumed to fit mid-sentence ("stay in the app for indefinitely"), so it
    // follows a label and a colon (the full-width one in Chinese).
    let free_text = matches!(
        question.kind,
        QuestionKind::ShortText | QuestionKind::LongText
    );
    let after_a_colon = [": {answer", "：{answer"]
        .iter()
        .any(|colon| question.describe.contains(colon));
    if free_text && placeholder && !after_a_colon {
        findings.error(
            &at,
            Said::new("questionnaire-describe-free-text")
                .with("question", &question.id)
                .with("placeholder", "{answer}"),
        );
    }
    check_number_range(question, findings);
    if let Some(show_if) = &question.show_if {
        let scope = Scope {
            questions: earlier,
            positions,
            app_conditions: false,
            knowledge,
            owner: Owner::Question(&question.id),
        };
        condition::check(show_if, &scope, &at, findings);
    }
    Question {
        id: question.id.clone(),
        text: question.text.clone(),
        help: question.help.clone(),
        kind: question.kind,
        required: question.required,
        show_if: question.show_if.clone(),
        options,
        min: question.min,
        max: question.max,
        unit: question.unit.clone(),
        describe: question.describe.clone(),
    }
}

fn validate_options(
    question: &raw::Question,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Vec<Choice> {
    let at = [question.id.as_str()];
    checks::unique_ids_in(
        &question.id,
        question.options.iter().map(|o| o.id.as_str()),
        "option",
        findings,
    );
    for option in &question.options {
        check_option(question, option, knowledge, findings);
    }
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
            let minimum = if question.kind == QuestionKind::SingleChoice {
                2
            } else {
                1
            };
            if question.options.len() < minimum {
                findings.error(
                    &at,
                    Said::new("questionnaire-too-few-options")
                        .with("question", &question.id)
                        .with("minimum", minimum),
                );
            }
            question.options.iter().map(choice_of).collect()
        }
        QuestionKind::YesNo => yes_no_options(question, findings),
        _ => {
            if !question.options.is_empty() {
                findings.error(
                    &at,
                    Said::new("questionnaire-options-not-allowed").with("question", &question.id),
                );
            }
            Vec::new()
        }
    }
}

fn check_option(
    question: &raw::Question,
    option: &raw::Choice,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) {
    let at = [question.id.as_str(), option.id.as_str()];
    checks::id_syntax(&option.id, "option", &at, findings);
    let needs_label = matches!(
        question.kind,
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice
    );
    if needs_label {
        checks::not_blank(&option.label, "label", &at, findings);
    }
    if option.describe.contains('{') {
        findings.error(
            &at,
            Said::new("questionnaire-option-describe-placeholder").with("option", &option.id),
        );
    }
    for effect in &option.effects {
        let exists = effect::References {
            risk: &|id| knowledge.risk(id).is_some(),
            control: &|id| knowledge.control(id).is_some(),
            exposure: &|id| knowledge.exposure(id).is_some(),
        };
        effect::check_effect(effect, Allowed::Any, &at, &exists, findings);
    }
    // A safeguard must never raise a risk, or "adding a safeguard never raises a residual risk"
    // would depend on how carefully each questionnaire was written.
    let is_safeguard = option
        .effects
        .iter()
        .any(|e| matches!(e, Effect::Safeguard(_)));
    let raises = option
        .effects
        .iter()
        .any(|e| matches!(e, Effect::Raise { .. }));
    if is_safeguard && raises {
        findings.error(
            &at,
            Said::new("questionnaire-safeguard-raises").with("option", &option.id),
        );
    }
}

fn choice_of(option: &raw::Choice) -> Choice {
    Choice {
        id: option.id.clone(),
        label: option.label.clone(),
        phrase: option.phrase.clone(),
        describe: option.describe.clone(),
        effects: option.effects.clone(),
    }
}

/// Yes/no questions always have the three options; the file only adds labels and effects.
fn yes_no_options(question: &raw::Question, findings: &mut Findings<'_>) -> Vec<Choice> {
    for option in &question.options {
        if !YesNo::ALL.iter().any(|v| v.option_id() == option.id) {
            findings.error(
                &[question.id.as_str(), option.id.as_str()],
                Said::new("questionnaire-yes-no-option").with("option", &option.id),
            );
        }
    }
    YesNo::ALL
        .iter()
        .map(|value| {
            let given = question.options.iter().find(|o| o.id == value.option_id());
            Choice {
                id: value.option_id().to_string(),
                label: given
                    .map(|o| o.label.clone())
                    .filter(|l| !l.trim().is_empty())
                    .unwrap_or_else(|| value.default_label().to_string()),
                phrase: given.map(|o| o.phrase.clone()).unwrap_or_default(),
                describe: given.map(|o| o.describe.clone()).unwrap_or_default(),
                effects: given.map(|o| o.effects.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn check_number_range(question: &raw::Question, findings: &mut Findings<'_>) {
    let at = [question.id.as_str()];
    let has_range = question.min.is_some() || question.max.is_some();
    if has_range && question.kind != QuestionKind::Number {
        findings.error(
            &at,
            Said::new("questionnaire-range-not-number").with("question", &question.id),
        );
    }
    if let (Some(min), Some(max)) = (question.min, question.max)
        && min > max
    {
        findings.error_at_field(
            &at,
            "max",
            Said::new("questionnaire-min-above-max")
                .with("question", &question.id)
                .with("min", min)
                .with("max", max),
        );
    }
    let finite = [question.min, question.max]
        .into_iter()
        .flatten()
        .all(f64::is_finite);
    if !finite {
        findings.error(&at, Said::new("questionnaire-range-not-finite"));
    }
}

fn validate_rule(
    rule: &raw::Rule,
    questions: &[Question],
    positions: &HashMap<&str, usize>,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Rule {
    let at = [rule.id.as_str()];
    checks::id_syntax(&rule.id, "rule", &at, findings);
    checks::not_blank(&rule.title, "title", &at, findings);
    checks::not_blank(&rule.citation, "citation", &at, findings);
    checks::not_blank(&rule.explanation, "explanation", &at, findings);

    let references = References {
        questions,
        positions,
        knowledge,
    };
    check_when(
        &rule.when,
        Owner::Rule(&rule.id),
        true,
        &at,
        &references,
        findings,
    );
    if rule.effects.is_empty() {
        findings.error(
            &at,
            Said::new("questionnaire-rule-no-effects").with("rule", &rule.id),
        );
    }
    for effect in &rule.effects {
        let exists = effect::References {
            risk: &|id| knowledge.risk(id).is_some(),
            control: &|_| false,
            exposure: &|id| knowledge.exposure(id).is_some(),
        };
        effect::check_effect(effect, Allowed::RaiseOnly, &at, &exists, findings);
    }
    Rule {
        id: rule.id.clone(),
        title: rule.title.clone(),
        citation: rule.citation.clone(),
        explanation: rule.explanation.clone(),
        when: rule.when.clone(),
        effects: rule.effects.clone(),
    }
}

fn validate_consistency(
    check: &raw::Consistency,
    questions: &[Question],
    positions: &HashMap<&str, usize>,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Consistency {
    let at = [check.id.as_str()];
    checks::id_syntax(&check.id, "consistency check", &at, findings);
    checks::not_blank(&check.finding, "finding", &at, findings);
    checks::not_blank(&check.resolve, "resolve", &at, findings);

    let references = References {
        questions,
        positions,
        knowledge,
    };
    check_when(
        &check.when,
        Owner::Consistency(&check.id),
        true,
        &at,
        &references,
        findings,
    );
    Consistency {
        id: check.id.clone(),
        when: check.when.clone(),
        finding: check.finding.clone(),
        law: check.law.as_ref().map(|law| super::LawCitation {
            topic: law.topic.clone(),
            cites: law.cites.clone(),
        }),
        resolve: check.resolve.clone(),
    }
}

/// A check's citations name a duty and cite it only under regimes the questionnaire has.
fn validate_law_citation(
    check: &str,
    law: &raw::LawCitation,
    regimes: &[&str],
    findings: &mut Findings<'_>,
) {
    let at = [check];
    checks::not_blank(&law.topic, "topic", &at, findings);
    if law.cites.is_empty() {
        findings.error(&at, Said::new("questionnaire-cites-empty"));
    }
    for (regime, provision) in &law.cites {
        if !regimes.contains(&regime.as_str()) {
            findings.error(
                &[check, regime.as_str()],
                Said::new("questionnaire-cites-unknown-regime")
                    .with("regime", regime)
                    .with("regimes", regimes.join(", ")),
            );
        }
        checks::not_blank(provision, "cites", &[check, regime.as_str()], findings);
    }
}

fn validate_regime(
    regime: &raw::Regime,
    questions: &[Question],
    positions: &HashMap<&str, usize>,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Regime {
    let at = [regime.id.as_str()];
    checks::id_syntax(&regime.id, "regime", &at, findings);
    checks::not_blank(&regime.law, "law", &at, findings);
    checks::not_blank(&regime.authority, "authority", &at, findings);
    // A duty or a recommendation must say where it comes from.
    for (requirement, reference, field) in [
        (
            regime.assessment,
            &regime.assessment_reference,
            "assessment_reference",
        ),
        (
            regime.prior_consultation,
            &regime.prior_consultation_reference,
            "prior_consultation_reference",
        ),
    ] {
        if matches!(requirement, Requirement::Duty | Requirement::GoodPractice) {
            checks::not_blank(reference, field, &at, findings);
        }
    }

    let references = References {
        questions,
        positions,
        knowledge,
    };
    check_when(
        &regime.when,
        Owner::Regime(&regime.id),
        false,
        &at,
        &references,
        findings,
    );
    Regime {
        id: regime.id.clone(),
        when: regime.when.clone(),
        law: regime.law.clone(),
        authority: regime.authority.clone(),
        assessment: regime.assessment,
        assessment_reference: regime.assessment_reference.clone(),
        prior_consultation: regime.prior_consultation,
        prior_consultation_reference: regime.prior_consultation_reference.clone(),
        description_reference: regime.description_reference.clone(),
        necessity_reference: regime.necessity_reference.clone(),
    }
}

fn validate_unsuitable(
    unsuitable: &raw::Unsuitable,
    questions: &[Question],
    positions: &HashMap<&str, usize>,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> Unsuitable {
    let at = [unsuitable.id.as_str()];
    checks::id_syntax(&unsuitable.id, "unsuitable-measures entry", &at, findings);
    checks::not_blank(&unsuitable.reason, "reason", &at, findings);
    for control in &unsuitable.controls {
        if knowledge.control(control).is_none() {
            findings.error(
                &[unsuitable.id.as_str(), control.as_str()],
                Said::new("questionnaire-unknown-control").with("control", control),
            );
        }
    }

    let references = References {
        questions,
        positions,
        knowledge,
    };
    check_when(
        &unsuitable.when,
        Owner::Unsuitable(&unsuitable.id),
        false,
        &at,
        &references,
        findings,
    );
    Unsuitable {
        id: unsuitable.id.clone(),
        when: unsuitable.when.clone(),
        controls: unsuitable.controls.clone(),
        reason: unsuitable.reason.clone(),
    }
}

/// The organisation's region is a single-choice question whose options are all regions the
/// knowledge base states providers for, so every answer finds its provider.
fn check_organisation_region(question: &str, all: &[Question], findings: &mut Findings<'_>) {
    let at = ["organisation_region"];
    let Some(found) = all.iter().find(|q| q.id == question) else {
        findings.error(
            &at,
            Said::new("questionnaire-organisation-region-unknown").with("question", question),
        );
        return;
    };
    for option in &found.options {
        if !USER_REGIONS.contains(&option.id.as_str()) {
            findings.error(
                &at,
                Said::new("questionnaire-organisation-region-option")
                    .with("option", &option.id)
                    .with("question", question)
                    .with("regions", USER_REGIONS.join(", ")),
            );
        }
    }
}

/// A move names two questions of the same kind; the new one accepts every option of the old.
fn validate_moved(
    moved: &raw::Moved,
    questions: &[Question],
    positions: &HashMap<&str, usize>,
    knowledge: &KnowledgeBase,
    findings: &mut Findings<'_>,
) -> MovedAnswer {
    let at = ["moved", moved.from.as_str()];
    let find = |id: &str| questions.iter().find(|q| q.id == id);
    match (find(&moved.from), find(&moved.to)) {
        (Some(from), Some(to)) => {
            if from.kind != to.kind {
                findings.error(
                    &at,
                    Said::new("questionnaire-moved-other-kind")
                        .with("from", &moved.from)
                        .with("to", &moved.to),
                );
            }
            for option in &from.options {
                if !to.options.iter().any(|o| o.id == option.id) {
                    findings.error(
                        &at,
                        Said::new("questionnaire-moved-missing-option")
                            .with("to", &moved.to)
                            .with("option", &option.id)
                            .with("from", &moved.from),
                    );
                }
            }
        }
        (from, to) => {
            for (id, found) in [(&moved.from, from.is_some()), (&moved.to, to.is_some())] {
                if !found {
                    findings.error(
                        &at,
                        Said::new("questionnaire-moved-not-a-question").with("question", id),
                    );
                }
            }
        }
    }

    let references = References {
        questions,
        positions,
        knowledge,
    };
    let owner = Owner::Move {
        from: &moved.from,
        to: &moved.to,
    };
    check_when(&moved.when, owner, false, &at, &references, findings);
    MovedAnswer {
        from: moved.from.clone(),
        to: moved.to.clone(),
        when: moved.when.clone(),
    }
}

/// What a condition outside `show_if` may name: any question of the file.
struct References<'a> {
    questions: &'a [Question],
    positions: &'a HashMap<&'a str, usize>,
    knowledge: &'a KnowledgeBase,
}

/// Checks a rule's, a consistency check's, a regime's or an unsuitable-measures entry's
/// condition, which may name any question (and, where `app_conditions`, the app's facts).
fn check_when(
    when: &super::condition::Condition,
    owner: Owner<'_>,
    app_conditions: bool,
    at: &[&str],
    references: &References<'_>,
    findings: &mut Findings<'_>,
) {
    let scope = Scope {
        questions: references.questions,
        positions: references.positions,
        app_conditions,
        knowledge: references.knowledge,
        owner,
    };
    condition::check(when, &scope, at, findings);
}

fn warn_uncovered_criteria(questions: &[Question], findings: &mut Findings<'_>) {
    for criterion in Criterion::ALL {
        let covered = questions
            .iter()
            .flat_map(|q| q.options.iter())
            .flat_map(|o| o.effects.iter())
            .any(|e| *e == Effect::Criterion(criterion));
        if !covered {
            findings.warn(
                &[],
                Said::new("questionnaire-criterion-not-met")
                    .with("number", criterion.number())
                    .with("criterion", terms::criterion(criterion)),
            );
        }
    }
}
