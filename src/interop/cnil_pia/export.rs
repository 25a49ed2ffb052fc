//! An assessment as a CNIL PIA export: the PIA (names and dates), the answers the mapping
//! covers, the measures in place or planned, the three risk items rated from the scoring, and
//! the measures submitted for evaluation (status "pending"), as the tool records what its author
//! has submitted. Section 2's answers are not submitted: the tool submits an item only once
//! every question of it is answered, and all its answers at once (`prepareForEvaluation` in
//! global-evaluation.service.ts), which msgdpia's three text answers never are. See
//! docs/interop.md for the mapping.

use super::html_text::to_html;
use super::model::{Answer, AnswerData, Evaluation, Measure, Pia, PiaExport};
use super::structure::{
    FEARED_EVENT_ITEMS, MINIMISATION, PROCESSING, RiskItem, STORAGE_DURATION, answer_target,
};
use crate::assessment::{Assessment, MeasureStatus};
use crate::bundle::Bundle;
use crate::date::Date;
use crate::knowledge::KnowledgeBase;
use crate::present::names;
use crate::present::vocabulary::Words;
use crate::scoring::{Rating, RiskResult, Scoring};
use serde_json::{Value, json};

/// The PIA's id in the file; every answer, measure and evaluation refers to it. The tool gives
/// the PIA a new id of its own on import.
const PIA_ID: u64 = 1;

/// The message ids the export words its texts with (each in every language).
pub struct ExportWords;

impl ExportWords {
    /// A measure the answers or the action plan say is in place.
    pub const IN_PLACE: &'static str = "cnil-pia-measure-in-place";
    /// A measure of the action plan not yet done.
    pub const PLANNED: &'static str = "cnil-pia-measure-planned";
    /// What a risk item's gauges stand for.
    pub const GAUGE_BASIS: &'static str = "cnil-pia-gauge-basis";
    /// One risk of ours with its rating.
    pub const RATED: &'static str = "cnil-pia-risk-rated";
}

/// The assessment as the CNIL tool's export, dated `date`. `bundle` gives the names (in the
/// words' language when translated), `scoring` the ratings; an incomplete assessment has no
/// stance, so its risk items get no gauge.
pub fn export(
    assessment: &Assessment,
    bundle: &Bundle,
    scoring: &Scoring,
    date: Date,
    words: &Words,
) -> PiaExport {
    let knowledge = bundle.knowledge_for(assessment);
    let knowledge = knowledge.as_ref();
    let stamp = timestamp(date);
    let mut file = Files::new(stamp.clone());
    for question in [PROCESSING, MINIMISATION, STORAGE_DURATION] {
        if let Some(text) = answer_target(question).and_then(|id| text_answer(assessment, id)) {
            file.text_answer(question, &text);
        }
    }
    let measures = measures(assessment, scoring, knowledge, words);
    for measure in &measures {
        file.measure(&measure.title, &measure.content);
    }
    for item in FEARED_EVENT_ITEMS {
        risk_item(&mut file, item, scoring, knowledge, &measures, words);
    }
    PiaExport {
        pia: pia(
            assessment,
            &pia_name(assessment, scoring, knowledge, words),
            &stamp,
        ),
        answers: file.answers,
        measures: file.measures,
        evaluations: file.evaluations,
        comments: Vec::new(),
    }
}

/// The answers, measures and evaluations as they are added, each numbered in turn.
struct Files {
    stamp: String,
    answers: Vec<Answer>,
    measures: Vec<Measure>,
    evaluations: Vec<Evaluation>,
}

impl Files {
    fn new(stamp: String) -> Files {
        Files {
            stamp,
            answers: Vec::new(),
            measures: Vec::new(),
            evaluations: Vec::new(),
        }
    }

    fn answer(&mut self, question: u32, data: AnswerData) {
        self.answers.push(Answer {
            pia_id: json!(PIA_ID),
            reference_to: json!(question),
            data,
            created_at: json!(self.stamp),
            id: json!(self.answers.len() + 1),
        });
    }

    /// A text answer, not submitted for evaluation: the tool submits an item of section 2 only
    /// whole, once each of its questions is answered.
    fn text_answer(&mut self, question: u32, text: &str) {
        self.answer(
            question,
            AnswerData {
                text: Some(to_html(text)),
                gauge: Value::Null,
                list: Some(Vec::new()),
            },
        );
    }

    fn measure(&mut self, title: &str, content: &str) {
        let id = self.measures.len() + 1;
        self.measures.push(Measure {
            title: Some(title.to_string()),
            pia_id: json!(PIA_ID),
            content: Some(to_html(content)),
            // The key the tool itself gives a measure its author adds.
            placeholder: json!("measures.default_placeholder"),
            created_at: json!(self.stamp),
            updated_at: json!(self.stamp),
            id: json!(id),
        });
        self.evaluation(format!("3.1.{id}"));
    }

    /// Submitted for evaluation, not evaluated: status 0 ("pending"), global status 0, no
    /// residual gauges (0), as the tool creates it when its author submits. Only measures are
    /// submitted, each with a title and a content, so item 3.1 is complete, as the tool requires
    /// before it submits every measure at once.
    fn evaluation(&mut self, reference: String) {
        self.evaluations.push(Evaluation {
            status: json!(0),
            global_status: json!(0),
            pia_id: json!(PIA_ID),
            reference_to: json!(reference),
            gauges: json!({ "x": 0, "y": 0 }),
            created_at: json!(self.stamp),
            updated_at: json!(self.stamp),
            id: json!(self.evaluations.len() + 1),
            evaluation_comment: None,
            action_plan_comment: None,
        });
    }
}

/// `2026-11-23T00:00:00.000Z`: the tool's date format, at midnight UTC of the date given.
fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00.000Z")
}

fn text_answer(assessment: &Assessment, question: &str) -> Option<String> {
    match assessment.answers.get(question) {
        Some(crate::answer::Answer::Text(text)) if !text.trim().is_empty() => Some(text.clone()),
        _ => None,
    }
}

/// Text, or `null` when there is none (as the tool writes a field never filled).
fn text_or_null(text: &str) -> Value {
    let text = text.trim();
    if text.is_empty() {
        Value::Null
    } else {
        json!(text)
    }
}

/// The PIA's name, which the CNIL tool lists PIAs by: what is assessed and by whom ("Business
/// use of Signal by Hartley & Singh LLP"), as the report's cover says it. msgdpia has no name of
/// its own for an assessment, and the organisation alone would name every PIA of a firm alike.
fn pia_name(
    assessment: &Assessment,
    scoring: &Scoring,
    knowledge: &KnowledgeBase,
    words: &Words,
) -> String {
    let apps: Vec<String> = scoring
        .apps
        .iter()
        .filter_map(|result| result.app.as_deref())
        .map(|id| names::app(knowledge, id, words).into_owned())
        .collect();
    let apps = if apps.is_empty() {
        words.get("report-no-app")
    } else {
        apps.join(&words.get("list-separator"))
    };
    words.with_texts(
        "cnil-pia-name",
        &[
            ("apps", &apps),
            ("organisation", &assessment.metadata.organisation),
        ],
    )
}

fn pia(assessment: &Assessment, name: &str, stamp: &str) -> Pia {
    let metadata = &assessment.metadata;
    let sign_off = &assessment.sign_off;
    let advice_given = !sign_off.dpo_advice.trim().is_empty();
    let not_consulted = &sign_off.individuals_not_consulted_because;
    Pia {
        // 0, "doing": the tool validates a PIA only once its evaluator has evaluated every part.
        status: json!(0),
        is_example: json!(0),
        is_archive: json!(0),
        created_at: json!(stamp),
        name: json!(name),
        category: json!(""),
        author_name: json!(metadata.assessor),
        evaluator_name: json!(metadata.dpo),
        validator_name: validator(&sign_off.residual_risks_approval),
        updated_at: json!(stamp),
        id: json!(PIA_ID),
        // The tool recomputes it on import.
        progress: json!(0),
        structure_id: json!(""),
        dpos_names: if advice_given {
            text_or_null(&metadata.dpo)
        } else {
            Value::Null
        },
        // Favourable or not: msgdpia records whether the advice was followed, not that.
        dpo_status: Value::Null,
        dpo_opinion: text_or_null(&sign_off.dpo_advice),
        concerned_people_opinion: Value::Null,
        concerned_people_status: Value::Null,
        concerned_people_searched_opinion: if not_consulted.trim().is_empty() {
            Value::Null
        } else {
            json!(false)
        },
        concerned_people_searched_content: text_or_null(not_consulted),
        people_names: Value::Null,
        // Read only: never written.
        ..Pia::default()
    }
}

/// Who approved the residual risks, once they have (a date is given); empty until then, as
/// the tool leaves a PIA's validator before validation.
fn validator(approval: &crate::assessment::Approval) -> Value {
    match approval.on {
        Some(_) => json!(approval.by.trim()),
        None => json!(""),
    }
}

/// A measure as written: the control's name, its wording with whether it is in place, and the
/// control it stands for.
struct Written {
    title: String,
    content: String,
    control: String,
}

/// The measures in place (from the answers or the action plan, for any app assessed) and those
/// of the action plan not yet done, in the knowledge base's order.
fn measures(
    assessment: &Assessment,
    scoring: &Scoring,
    knowledge: &KnowledgeBase,
    words: &Words,
) -> Vec<Written> {
    let in_place = |id: &str| {
        scoring
            .apps
            .iter()
            .any(|app| app.safeguards.iter().any(|s| s.control == id))
    };
    let planned = |id: &str| {
        assessment
            .sign_off
            .measures
            .iter()
            .any(|m| m.control == id && m.status != MeasureStatus::Done)
    };
    knowledge
        .controls
        .iter()
        .filter_map(|control| {
            let status = if in_place(&control.id) {
                ExportWords::IN_PLACE
            } else if planned(&control.id) {
                ExportWords::PLANNED
            } else {
                return None;
            };
            let title = names::control(knowledge, &control.id, words).into_owned();
            let content = format!("{}\n{}", control.policy_text, words.get(status));
            Some(Written {
                title,
                content,
                control: control.id.clone(),
            })
        })
        .collect()
}

/// One risk item: the impacts (our risks' harms), the measures that lower one of its risks
/// and, when the assessment is complete, the gauges of its highest risk once the plan is done.
fn risk_item(
    file: &mut Files,
    item: RiskItem,
    scoring: &Scoring,
    knowledge: &KnowledgeBase,
    measures: &[Written],
    words: &Words,
) {
    let mut risks: Vec<&RiskResult> = scoring
        .apps
        .iter()
        .flat_map(|app| &app.risks)
        .filter(|r| {
            knowledge
                .risk(&r.risk)
                .is_some_and(|k| k.feared_event == item.feared_event)
        })
        .collect();
    // Highest first; with several apps assessed, each risk once, as the app it is worst for
    // rates it (using them all is only as safe as the weakest).
    risks.sort_by_key(|r| std::cmp::Reverse(order(&r.planned)));
    let mut seen = std::collections::BTreeSet::new();
    risks.retain(|r| seen.insert(r.risk.as_str()));
    let mut harms: Vec<String> = Vec::new();
    for risk in &risks {
        let harm = knowledge
            .risk(&risk.risk)
            .map(|k| k.harm.trim())
            .unwrap_or_default();
        if !harm.is_empty() && !harms.iter().any(|h| h == harm) {
            harms.push(harm.to_string());
        }
    }
    list_answer(file, item.impacts, harms);
    let lowering: Vec<String> = measures
        .iter()
        .filter(|measure| {
            knowledge.control(&measure.control).is_some_and(|control| {
                control
                    .reduces
                    .iter()
                    .any(|r| risks.iter().any(|risk| risk.risk == r.risk))
            })
        })
        .map(|measure| measure.title.clone())
        .collect();
    list_answer(file, item.measures, lowering);
    if !scoring.complete {
        return;
    }
    let Some(highest) = risks.first() else {
        return;
    };
    let justification = justification(&risks, knowledge, words);
    for (question, gauge) in [
        (item.seriousness, highest.planned.severity.get()),
        (item.likelihood, highest.planned.likelihood.get()),
    ] {
        file.answer(
            question,
            AnswerData {
                text: Some(to_html(&justification)),
                gauge: json!(gauge),
                list: Some(Vec::new()),
            },
        );
    }
}

fn list_answer(file: &mut Files, question: u32, list: Vec<String>) {
    if list.is_empty() {
        return;
    }
    file.answer(
        question,
        AnswerData {
            text: None,
            gauge: Value::Null,
            list: Some(list),
        },
    );
}

/// Highest level first, then likelihood × severity, as the register orders risks.
fn order(rating: &Rating) -> (crate::scale::RiskLevel, u8) {
    (
        rating.level,
        rating.likelihood.get() * rating.severity.get(),
    )
}

/// Why the gauges say what they say: the rule, then each risk of the item with its rating once
/// the action plan is done, in the order given (highest first).
fn justification(risks: &[&RiskResult], knowledge: &KnowledgeBase, words: &Words) -> String {
    let mut lines = vec![words.get(ExportWords::GAUGE_BASIS)];
    for risk in risks {
        let rating = risk.planned;
        lines.push(words.with_texts(
            ExportWords::RATED,
            &[
                ("risk", &names::risk(knowledge, &risk.risk, words)),
                ("likelihood", &rating.likelihood.get().to_string()),
                ("severity", &rating.severity.get().to_string()),
                (
                    "level",
                    &words.get(crate::present::terms::risk_level(rating.level)),
                ),
            ],
        ));
    }
    lines.join("\n")
}
