//! Properties that must hold for any input, checked with proptest over generated assessments:
//! a saved assessment loads back equal; any assessment that loads produces a report; scoring is
//! monotone (a safeguard never raises a residual risk, more sensitive data never lowers a
//! severity). A failing case is shrunk to a small one and its seed kept under
//! `tests/proptest-regressions/`; commit that file with the fix, so the case is replayed.

use crate::support::{allowed_raise, brought_by, knowledge, questionnaire, safeguard_questions};
use msgdpia::answer::{Answer, Answers, YesNo};
use msgdpia::assessment::{
    AdviceOutcome, Approval, Assessment, Consultation, MeasureStatus, Metadata, PlannedMeasure,
    Revision, SignOff,
};
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::effect::Effect;
use msgdpia::embedded;
use msgdpia::knowledge::KnowledgeBase;
use msgdpia::questionnaire::{Question, QuestionKind, Questionnaire};
use msgdpia::scale::{RiskLevel, Scale};
use msgdpia::scoring::{
    AppResult, Rating, Scoring, Stance, WhatItWouldTake, score, score_with_plan,
};
use msgdpia::source::SourceFile;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use std::sync::OnceLock;

/// The shipped knowledge base and questionnaire, loaded once for all cases.
fn shipped() -> &'static (KnowledgeBase, Questionnaire) {
    static SHIPPED: OnceLock<(KnowledgeBase, Questionnaire)> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let kb = knowledge();
        let q = questionnaire(&kb);
        (kb, q)
    })
}

fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        Bundle::load(
            &embedded::knowledge_base_source(),
            &embedded::questionnaire_sources()[0],
        )
        .expect("the shipped files load")
    })
}

fn yes_no() -> impl Strategy<Value = YesNo> {
    select(YesNo::ALL.to_vec())
}

fn date() -> impl Strategy<Value = Date> {
    (1900u16..2200, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

/// Any text a person could type, control characters and all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "\\PC{0,80}"]
}

/// Any finite number (an assessment file cannot hold NaN equal to itself).
fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::num::f64::NORMAL,
        prop::num::f64::SUBNORMAL,
        prop::num::f64::ZERO,
        -1e6f64..1e6
    ]
}

/// Any answer of any kind, whatever the question: files may hold answers that do not fit.
fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        text().prop_map(Answer::Choice),
        prop::collection::vec(text(), 0..4).prop_map(Answer::Choices),
        yes_no().prop_map(Answer::YesNo),
        text().prop_map(Answer::Text),
        finite().prop_map(Answer::Number),
        text().prop_map(Answer::Date),
        prop::collection::vec(text(), 0..4).prop_map(Answer::Apps),
    ]
}

/// An answer that fits `question` (or none). Numbers include any value, NaN and infinities
/// among them, and dates any text: the questionnaire's limits are for the form, and scoring
/// and reporting must survive what a hand-edited file holds.
fn answer_to(question: &Question, apps: &[String]) -> BoxedStrategy<Option<Answer>> {
    let ids: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
    let answer = match question.kind {
        QuestionKind::YesNo => yes_no().prop_map(Answer::YesNo).boxed(),
        QuestionKind::SingleChoice => select(ids).prop_map(Answer::Choice).boxed(),
        QuestionKind::MultipleChoice => {
            let count = ids.len();
            subsequence(ids, 0..=count)
                .prop_map(Answer::Choices)
                .boxed()
        }
        QuestionKind::Apps => subsequence(apps.to_vec(), 1..=3)
            .prop_map(Answer::Apps)
            .boxed(),
        QuestionKind::Number => any::<f64>().prop_map(Answer::Number).boxed(),
        QuestionKind::Date => prop_oneof![
            date().prop_map(|d| Answer::Date(d.to_string())),
            text().prop_map(Answer::Date)
        ]
        .boxed(),
        QuestionKind::ShortText | QuestionKind::LongText => text().prop_map(Answer::Text).boxed(),
    };
    // Mostly answered, as a real assessment is; sometimes not.
    prop::option::weighted(0.85, answer).boxed()
}

/// Answers to the shipped questionnaire: each question answered (or not) with a fitting answer.
fn answers() -> impl Strategy<Value = Answers> {
    let (kb, q) = shipped();
    let apps: Vec<String> = kb.apps.iter().map(|a| a.id.clone()).collect();
    let per_question: Vec<_> = q
        .questions()
        .map(|question| (Just(question.id.clone()), answer_to(question, &apps)))
        .collect();
    per_question.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(id, answer)| answer.map(|a| (id, a)))
            .collect()
    })
}

fn revision() -> impl Strategy<Value = Revision> {
    (text(), prop::option::of(date()), text(), text()).prop_map(|(version, on, by, changes)| {
        Revision {
            version,
            on,
            by,
            changes,
        }
    })
}

fn metadata() -> impl Strategy<Value = Metadata> {
    (
        (text(), text(), text(), text(), text()),
        date(),
        prop::option::of(date()),
        text(),
        prop::collection::vec(revision(), 0..3),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(
            (text(), text())
                .prop_map(|(name, role)| msgdpia::assessment::Contributor { name, role }),
            0..3,
        ),
    )
        .prop_map(
            |(
                (organisation, sector, country, assessor, dpo),
                assessment_date,
                review_date,
                v,
                history,
                distribution,
                contributors,
            )| {
                Metadata {
                    organisation,
                    sector,
                    country,
                    assessor,
                    dpo,
                    assessment_date,
                    review_date,
                    assessment_version: v,
                    history,
                    distribution,
                    contributors,
                }
            },
        )
}

fn approval() -> impl Strategy<Value = Approval> {
    (text(), prop::option::of(date())).prop_map(|(by, on)| Approval { by, on })
}

fn sign_off() -> impl Strategy<Value = SignOff> {
    let measure = (
        text(),
        text(),
        prop::option::of(date()),
        select(MeasureStatus::ALL.to_vec()),
    )
        .prop_map(|(control, owner, due, status)| PlannedMeasure {
            control,
            owner,
            due,
            status,
        });
    let consultation =
        (text(), text(), prop::option::of(date()), text()).prop_map(|(who, how, on, views)| {
            Consultation {
                who,
                how,
                on,
                views,
            }
        });
    (
        prop::collection::vec(measure, 0..4),
        approval(),
        approval(),
        (text(), select(AdviceOutcome::ALL.to_vec()), text()),
        (text(), text()),
        (prop::collection::vec(consultation, 0..3), text()),
    )
        .prop_map(
            |(
                measures,
                measures_approval,
                residual_risks_approval,
                advice,
                (consult, review),
                (consultations, not_consulted),
            )| {
                SignOff {
                    measures,
                    measures_approval,
                    residual_risks_approval,
                    dpo_advice: advice.0,
                    dpo_advice_outcome: advice.1,
                    overruled_reason: advice.2,
                    consultation_responses: consult,
                    kept_under_review_by: review,
                    consultations,
                    individuals_not_consulted_because: not_consulted,
                }
            },
        )
}

/// Any assessment the app could save: any metadata, answers that fit and answers that do not
/// (under any key), any sign-off.
fn any_assessment() -> impl Strategy<Value = Assessment> {
    (
        "[a-z][a-z0-9_-]{0,20}",
        "[0-9]{1,2}\\.[0-9]{1,2}(\\.[0-9]{1,2})?",
        metadata(),
        answers(),
        prop::collection::btree_map(text(), any_answer(), 0..4),
        sign_off(),
        judgement(),
        prop::collection::vec("[a-z_]{1,10}", 0..3),
        prop::option::of(scored_with()),
    )
        .prop_map(
            |(
                id,
                version,
                metadata,
                mut answers,
                extra,
                sign_off,
                judgement,
                compared,
                scored_with,
            )| {
                answers.extend(extra);
                Assessment {
                    questionnaire_id: id,
                    questionnaire_version: version,
                    metadata,
                    answers,
                    sign_off,
                    judgement,
                    compared,
                    scored_with,
                }
            },
        )
}

/// The assessor's own notes and overrides: any text, any risk and app ids, any point of the
/// scale or none.
fn judgement() -> impl Strategy<Value = msgdpia::assessment::Judgement> {
    use msgdpia::scale::Scale;
    let point = || prop::option::of((1u8..=4).prop_map(|v| Scale::new(v).unwrap()));
    let risk_override = (
        "[a-z_]{1,12}",
        prop::option::of("[a-z_]{1,8}"),
        point(),
        point(),
        text(),
    )
        .prop_map(|(risk, app, likelihood, severity, reason)| {
            msgdpia::assessment::RiskOverride {
                risk,
                app,
                likelihood,
                severity,
                reason,
            }
        });
    let feared = prop::sample::select(msgdpia::knowledge::FearedEvent::ALL.to_vec());
    let own_risk = (
        "[a-z_]{1,12}",
        text(),
        text(),
        text(),
        feared,
        1u8..=4,
        1u8..=4,
    )
        .prop_map(|(id, name, description, harm, feared_event, l, s)| {
            msgdpia::assessment::OwnRisk {
                id,
                name,
                description,
                harm,
                feared_event,
                likelihood: Scale::new(l).unwrap(),
                severity: Scale::new(s).unwrap(),
            }
        });
    let reduction = ("[a-z_]{1,12}", 0u8..=3, 0u8..=3).prop_map(|(risk, likelihood, severity)| {
        msgdpia::assessment::OwnReduction {
            risk,
            likelihood,
            severity,
        }
    });
    let own_measure = (
        "[a-z_]{1,12}",
        text(),
        text(),
        prop::collection::vec(reduction, 0..3),
    )
        .prop_map(
            |(id, name, wording, reduces)| msgdpia::assessment::OwnMeasure {
                id,
                name,
                wording,
                reduces,
            },
        );
    (
        prop::collection::btree_map("[a-z_]{1,12}", text(), 0..3),
        prop::collection::vec(risk_override, 0..3),
        prop::collection::vec(own_risk, 0..2),
        prop::collection::vec(own_measure, 0..2),
    )
        .prop_map(|(notes, overrides, own_risks, own_measures)| {
            msgdpia::assessment::Judgement {
                notes,
                overrides,
                own_risks,
                own_measures,
            }
        })
}

/// A record of what an assessment was last scored with: any ids, values and levels.
fn scored_with() -> impl Strategy<Value = msgdpia::assessment::ScoredWith> {
    use msgdpia::knowledge::FactValue;
    use msgdpia::scale::RiskLevel;
    use msgdpia::stance::Stance;
    let value = prop::sample::select(vec![
        FactValue::Yes,
        FactValue::No,
        FactValue::Partial,
        FactValue::Unknown,
    ]);
    let level = prop::sample::select(vec![
        RiskLevel::Low,
        RiskLevel::Medium,
        RiskLevel::High,
        RiskLevel::VeryHigh,
    ]);
    (
        text(),
        text(),
        "[0-9a-f]{64}",
        prop::collection::btree_map(
            text(),
            prop::collection::btree_map(text(), value, 0..3),
            0..3,
        ),
        prop::sample::select(vec![Stance::Accept, Stance::Define, Stance::Forbid]),
        prop::collection::btree_map(
            text(),
            prop::collection::btree_map(text(), level, 0..3),
            0..3,
        ),
    )
        .prop_map(|(id, version, sha256, facts, stance, residual)| {
            msgdpia::assessment::ScoredWith {
                knowledge_id: id,
                knowledge_version: version,
                knowledge_sha256: sha256,
                facts,
                stance,
                residual,
            }
        })
}

/// Every (likelihood, severity) pair of every risk of every app, inherent and residual.
fn ratings(scoring: &Scoring) -> Vec<(String, u8, u8, u8, u8)> {
    scoring
        .apps
        .iter()
        .flat_map(|app| {
            app.risks.iter().map(|r| {
                (
                    r.risk.clone(),
                    r.inherent.likelihood.get(),
                    r.inherent.severity.get(),
                    r.residual.likelihood.get(),
                    r.residual.severity.get(),
                )
            })
        })
        .collect()
}

/// The kinds of data that raise a risk: every `data_kinds` option but "ordinary".
fn sensitive_data_kinds() -> Vec<String> {
    let question = shipped()
        .1
        .question("data_kinds")
        .expect("data_kinds exists");
    question
        .options
        .iter()
        .filter(|o| o.effects.iter().any(|e| matches!(e, Effect::Raise { .. })))
        .map(|o| o.id.clone())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_saved_assessment_always_loads_back_equal(assessment in any_assessment()) {
        let text = assessment.to_ron();
        let loaded = Assessment::load(&SourceFile::new("saved.ron", text.clone()));
        let loaded = loaded.map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded.value, &assessment, "{}", text);
        // Saving again writes the very same text: nothing drifts from one save to the next.
        prop_assert_eq!(loaded.value.to_ron(), text);
    }

    #[test]
    fn adding_a_safeguard_never_raises_a_residual_risk(
        answers in answers(),
        which in any::<prop::sample::Index>(),
    ) {
        let (kb, q) = shipped();
        let safeguards = safeguard_questions(q);
        let id = which.get(&safeguards);
        let mut without = answers.clone();
        without.insert(id.clone(), Answer::YesNo(YesNo::No));
        let mut with = answers;
        with.insert(id.clone(), Answer::YesNo(YesNo::Yes));
        let before = score(q, kb, &without);
        let after = score(q, kb, &with);
        // A safeguard raises a risk only by the exposure it declares it brings itself.
        let brought = brought_by(kb, q, id);
        for (b, a) in ratings(&before).iter().zip(ratings(&after)) {
            let (l, s) = allowed_raise(&brought, &b.0);
            prop_assert!(a.3 <= b.3 + l && a.4 <= b.4 + s, "safeguard `{}` raised {:?} to {:?}", id, b, a);
            prop_assert_eq!((a.1, a.2), (b.1, b.2), "safeguard `{}` changed an inherent rating", id);
        }
        prop_assert!(
            !brought.is_empty() || after.stance <= before.stance,
            "safeguard `{}` made the stance stricter", id
        );
    }

    #[test]
    fn more_sensitive_data_never_lowers_a_severity(
        answers in answers(),
        added in subsequence(sensitive_data_kinds(), 1..=3),
    ) {
        let (kb, q) = shipped();
        // "More" is measured from an answer: a blank data question counts as "don't know",
        // the most exposed kind, so adding to it is not adding data.
        let mut answers = answers;
        let mut kinds: Vec<String> = match answers.get("data_kinds") {
            Some(Answer::Choices(kinds)) if !kinds.is_empty() => kinds.clone(),
            _ => vec!["ordinary".to_string()],
        };
        answers.insert("data_kinds".to_string(), Answer::Choices(kinds.clone()));
        let mut more = answers.clone();
        for kind in &added {
            if !kinds.contains(kind) {
                kinds.push(kind.clone());
            }
        }
        more.insert("data_kinds".to_string(), Answer::Choices(kinds));
        let before = score(q, kb, &answers);
        let after = score(q, kb, &more);
        for (b, a) in ratings(&before).iter().zip(ratings(&after)) {
            prop_assert!(
                a.2 >= b.2 && a.4 >= b.4,
                "adding {:?} lowered a severity: {:?} became {:?}", added, b, a
            );
        }
        prop_assert!(after.stance >= before.stance, "adding {:?} made the stance milder", added);
    }
}

proptest! {
    // Rendering a PDF takes a while in a debug build: fewer cases, each a whole report.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_assessment_that_loads_produces_a_report(assessment in any_assessment()) {
        let bundle = bundle();
        // What the app would save and reopen, so the report sees exactly a loaded file.
        let loaded = Assessment::load(&SourceFile::new("a.ron", assessment.to_ron()))
            .map_err(|e| TestCaseError::fail(e.to_string()))?
            .value;
        let scoring = bundle.score(&loaded);
        let date = Date::new(2026, 11, 23).unwrap();
        let document = bundle.report(&loaded, &scoring, date);
        let pdf = msgdpia::pdf::render(&document, msgdpia::pdf::PageSize::A4)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(pdf.starts_with(b"%PDF-"));
        let html = msgdpia::html::render(&document);
        prop_assert!(html.contains(scoring.stance.to_string().as_str()));
    }
}

/// The plan "every one of these measures done".
fn all_done(controls: &[String]) -> Vec<PlannedMeasure> {
    controls
        .iter()
        .map(|control| PlannedMeasure {
            control: control.clone(),
            owner: String::new(),
            due: None,
            status: MeasureStatus::Done,
        })
        .collect()
}

/// The same app's result in another scoring.
fn same_app<'s>(scoring: &'s Scoring, app: &AppResult) -> &'s AppResult {
    scoring
        .apps
        .iter()
        .find(|a| a.app == app.app)
        .expect("the same apps are scored")
}

/// The residual rating the why-trail adds up to, computed here independently of scoring.
fn residual_from_trail(risk: &msgdpia::scoring::RiskResult) -> Rating {
    let likelihood: i32 = risk.trail.iter().map(|s| s.likelihood).sum();
    let severity: i32 = risk.trail.iter().map(|s| s.severity).sum();
    Rating::new(
        Scale::MIN.shifted(likelihood - 1),
        Scale::MIN.shifted(severity - 1),
    )
}

/// Required questions that have a "don't know" answer: yes/no ones, and choices offering it.
fn questions_with_dont_know() -> Vec<String> {
    shipped()
        .1
        .questions()
        .filter(|q| q.required)
        .filter(|q| q.kind == QuestionKind::YesNo || q.option("dont_know").is_some())
        .map(|q| q.id.clone())
        .collect()
}

fn dont_know_answer(question: &Question) -> Answer {
    match question.kind {
        QuestionKind::YesNo => Answer::YesNo(YesNo::DontKnow),
        QuestionKind::MultipleChoice => Answer::Choices(vec!["dont_know".to_string()]),
        _ => Answer::Choice("dont_know".to_string()),
    }
}

proptest! {
    // The issue asks for at least 10,000 generated assessments; scoring is fast enough.
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn the_stance_follows_the_residuals_the_why_trail_adds_up_to(answers in answers()) {
        let (kb, q) = shipped();
        let scoring = score(q, kb, &answers);
        for app in &scoring.apps {
            let mut worst = RiskLevel::Low;
            for risk in &app.risks {
                let from_trail = residual_from_trail(risk);
                prop_assert_eq!(from_trail, risk.residual, "{}", risk.risk);
                worst = worst.max(from_trail.level);
            }
            let decision = &app.decision;
            let relied = app.risks.iter().any(|r| r.inherent.level >= RiskLevel::High);
            match worst {
                RiskLevel::VeryHigh => prop_assert_eq!(decision.stance, Stance::Forbid),
                RiskLevel::High => prop_assert!(
                    decision.stance == Stance::Define
                        || matches!(decision.what_it_would_take, Some(WhatItWouldTake::NoneCan(_))),
                    "{:?}", decision
                ),
                _ => prop_assert_eq!(
                    decision.stance,
                    if relied { Stance::Define } else { Stance::Accept }
                ),
            }
            prop_assert_eq!(
                decision.stance == Stance::Forbid,
                decision.what_it_would_take.is_some()
            );
        }
    }

    #[test]
    fn define_names_conditions_that_leave_no_high_risk(answers in answers()) {
        let (kb, q) = shipped();
        let scoring = score(q, kb, &answers);
        for app in scoring.apps.iter().filter(|a| a.decision.stance == Stance::Define) {
            let conditions = &app.decision.conditions;
            prop_assert!(!conditions.is_empty(), "DEFINE without conditions: {:?}", app.decision);
            let met = score_with_plan(q, kb, &answers, &all_done(conditions));
            for risk in &same_app(&met, app).risks {
                prop_assert!(
                    risk.residual.level <= RiskLevel::Medium,
                    "{} stays {:?} with the conditions {:?} met", risk.risk, risk.residual, conditions
                );
            }
        }
    }

    #[test]
    fn what_it_would_take_under_forbid_is_enough(answers in answers()) {
        let (kb, q) = shipped();
        let scoring = score(q, kb, &answers);
        for app in &scoring.apps {
            if let Some(WhatItWouldTake::Measures(measures)) = &app.decision.what_it_would_take {
                prop_assert!(!measures.is_empty());
                let done = score_with_plan(q, kb, &answers, &all_done(measures));
                let after = same_app(&done, app);
                prop_assert!(
                    after.risks.iter().all(|r| r.residual.level <= RiskLevel::Medium),
                    "{:?} is not enough", measures
                );
                prop_assert_eq!(after.decision.stance, Stance::Define);
            }
        }
    }

    #[test]
    fn a_blank_answer_never_scores_safer_than_dont_know(
        answers in answers(),
        which in any::<prop::sample::Index>(),
    ) {
        let (kb, q) = shipped();
        let ids = questions_with_dont_know();
        let id = which.get(&ids);
        let question = q.question(id).expect("listed from the questionnaire");
        let mut blank = answers.clone();
        blank.remove(id);
        let mut dont_know = answers;
        dont_know.insert(id.clone(), dont_know_answer(question));
        let blank = score(q, kb, &blank);
        let dont_know = score(q, kb, &dont_know);
        prop_assert!(blank.stance >= dont_know.stance, "blank `{}` scored safer", id);
        for (b, d) in ratings(&blank).iter().zip(ratings(&dont_know)) {
            prop_assert!(b.3 >= d.3 && b.4 >= d.4, "blank `{}`: {:?} below {:?}", id, b, d);
        }
    }
}
