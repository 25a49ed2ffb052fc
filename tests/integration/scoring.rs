//! Scoring rules that must hold whatever the answers.

use crate::support::{
    allowed_raise, brought_by, example, knowledge, questionnaire, safeguard_questions,
};
use msgdpia::answer::{Answer, Answers, YesNo};
use msgdpia::assessment::{MeasureStatus, MisfitKind, PlannedMeasure};
use msgdpia::knowledge::{FactValue, FearedEvent};
use msgdpia::questionnaire::{QuestionKind, Questionnaire};
use msgdpia::scale::RiskLevel;
use msgdpia::scoring::{Cause, Finding, Phase, Stance, WhatItWouldTake, score, score_with_plan};
use msgdpia::wp248::Criterion;

const EXAMPLES: [&str; 3] = [
    "hk-law-firm-wechat.ron",
    "scottish-team-whatsapp.ron",
    "uk-firm-signal-mdm.ron",
];

/// A small deterministic generator, so the "many answer sets" test is repeatable.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

/// Random but valid answers to every question.
fn random_answers(q: &Questionnaire, apps: &[String], rng: &mut Lcg) -> Answers {
    let mut answers = Answers::new();
    for question in q.questions() {
        let ids: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
        let answer = match question.kind {
            QuestionKind::YesNo => Answer::YesNo(YesNo::ALL[rng.next(3)]),
            QuestionKind::SingleChoice => Answer::Choice(ids[rng.next(ids.len())].clone()),
            QuestionKind::MultipleChoice => {
                Answer::Choices(ids.iter().filter(|_| rng.next(2) == 0).cloned().collect())
            }
            QuestionKind::Apps => Answer::Apps(vec![apps[rng.next(apps.len())].clone()]),
            QuestionKind::Number => Answer::Number(rng.next(5000) as f64),
            _ => continue,
        };
        answers.insert(question.id.clone(), answer);
    }
    answers
}

#[test]
fn adding_a_safeguard_never_raises_a_residual_risk() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let apps: Vec<String> = kb.apps.iter().map(|a| a.id.clone()).collect();
    let mut rng = Lcg(7);
    let mut answer_sets: Vec<Answers> = EXAMPLES.iter().map(|name| example(name).answers).collect();
    answer_sets.extend((0..150).map(|_| random_answers(&q, &apps, &mut rng)));
    let mut comparisons = 0;
    for answers in &answer_sets {
        for id in safeguard_questions(&q) {
            let mut without = answers.clone();
            without.insert(id.clone(), Answer::YesNo(YesNo::No));
            let mut with = answers.clone();
            with.insert(id.clone(), Answer::YesNo(YesNo::Yes));
            let before = score(&q, &kb, &without);
            let after = score(&q, &kb, &with);
            // A safeguard raises a risk only by the exposure it declares it brings itself.
            let brought = brought_by(&kb, &q, &id);
            for (app_before, app_after) in before.apps.iter().zip(&after.apps) {
                for (b, a) in app_before.risks.iter().zip(&app_after.risks) {
                    let (l, s) = allowed_raise(&brought, &b.risk);
                    assert!(
                        a.residual.likelihood.get() <= b.residual.likelihood.get() + l
                            && a.residual.severity.get() <= b.residual.severity.get() + s,
                        "safeguard `{id}` raised {}",
                        b.risk
                    );
                    assert_eq!(
                        a.inherent, b.inherent,
                        "safeguard `{id}` changed the inherent rating of {}",
                        b.risk
                    );
                    comparisons += 1;
                }
            }
            assert!(
                !brought.is_empty() || after.stance <= before.stance,
                "safeguard `{id}` made the stance stricter: {} -> {}",
                before.stance,
                after.stance
            );
        }
    }
    assert!(comparisons > 1000, "too few comparisons: {comparisons}");
}

#[test]
fn the_why_trail_adds_up_to_every_rating() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    for name in EXAMPLES {
        for app in score(&q, &kb, &example(name).answers).apps {
            for risk in app.risks {
                let inherent = risk.trail.iter().filter(|s| s.phase == Phase::Inherent);
                let (l, s) = inherent.fold((0, 0), |(l, s), step| {
                    (l + step.likelihood, s + step.severity)
                });
                assert_eq!(
                    (l, s),
                    (
                        i32::from(risk.inherent.likelihood.get()),
                        i32::from(risk.inherent.severity.get())
                    ),
                    "{name} {}",
                    risk.risk
                );
                let (l, s) = risk.trail.iter().fold((0, 0), |(l, s), step| {
                    (l + step.likelihood, s + step.severity)
                });
                assert_eq!(
                    (l, s),
                    (
                        i32::from(risk.residual.likelihood.get()),
                        i32::from(risk.residual.severity.get())
                    ),
                    "{name} {}",
                    risk.risk
                );
                assert!(risk.residual.level <= risk.inherent.level);
            }
        }
    }
}

#[test]
fn the_why_trail_names_the_answers_facts_and_rules() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let scoring = score(&q, &kb, &example("hk-law-firm-wechat.ron").answers);
    let privilege = scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "privilege")
        .unwrap();
    assert!(
        privilege
            .trail
            .iter()
            .any(|s| s.cause == Cause::Rule("prc_evidence".into()) && s.likelihood == 2)
    );
    let confidentiality = scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "confidentiality")
        .unwrap();
    assert!(confidentiality.trail.iter().any(
        |s| matches!(&s.cause, Cause::Fact { fact, .. } if fact == "e2ee_default_1to1")
            && s.likelihood == 2
    ));
}

#[test]
fn answers_to_hidden_questions_do_not_count() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    answers.insert("uses_groups".into(), Answer::YesNo(YesNo::No));
    let before = score(&q, &kb, &answers);
    // group_members is only asked when groups are used: its answer must be ignored.
    answers.insert(
        "group_members".into(),
        Answer::Choice("with_externals".into()),
    );
    let after = score(&q, &kb, &answers);
    assert_eq!(before.apps, after.apps);
}

#[test]
fn screening_requires_two_criteria() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    // Unanswered screening questions count as "don't know", which meets the criterion, so
    // every other criterion is answered "no" here.
    let mut answers = Answers::new();
    for question in q.sections[0].questions.iter() {
        answers.insert(question.id.clone(), Answer::YesNo(YesNo::No));
    }
    answers.insert("s_sensitive".into(), Answer::YesNo(YesNo::Yes));
    let one = score(&q, &kb, &answers);
    assert!(!one.screening.dpia_required);
    assert!(
        one.screening
            .criteria
            .iter()
            .find(|c| c.criterion == Criterion::SensitiveData)
            .unwrap()
            .is_met()
    );
    answers.insert("s_large_scale".into(), Answer::YesNo(YesNo::Yes));
    assert!(score(&q, &kb, &answers).screening.dpia_required);
}

#[test]
fn an_empty_assessment_is_incomplete_and_never_a_green_accept() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let scoring = score(&q, &kb, &Answers::new());
    assert_eq!(scoring.apps.len(), 1);
    assert!(scoring.apps[0].app.is_none());
    assert!(
        scoring
            .findings
            .contains(&msgdpia::scoring::Finding::NoAppChosen)
    );
    assert!(!scoring.complete);
    assert_eq!(scoring.final_stance(), None);
    for id in ["s_evaluation", "org_type", "apps", "data_kinds", "sg_mdm"] {
        assert!(
            scoring.missing.iter().any(|m| m == id),
            "{id} not listed as missing"
        );
    }
    // Missing answers count as "don't know": the provisional view assumes the exposures.
    assert_ne!(scoring.stance, msgdpia::scoring::Stance::Accept);
    assert!(scoring.screening.dpia_required);
}

#[test]
fn answers_that_do_not_fit_are_warned_about_not_used() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    let clean = score(&q, &kb, &answers);
    assert!(clean.complete, "{:?}", clean.missing);
    answers.insert("retired_question".into(), Answer::Text("kept".into()));
    let scoring = score(&q, &kb, &answers);
    assert!(
        scoring
            .misfits
            .iter()
            .any(|m| m.question == "retired_question"
                && matches!(m.kind, MisfitKind::NoSuchQuestion { .. }))
    );
    assert_eq!(clean.apps[0].risks, scoring.apps[0].risks);
    assert!(scoring.complete);
}

#[test]
fn a_required_answer_that_does_not_fit_leaves_the_assessment_incomplete() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    answers.insert("devices".into(), Answer::Choice("smartwatch".into()));
    let scoring = score(&q, &kb, &answers);
    assert!(scoring.misfits.iter().any(|m| {
        m.kind
            == MisfitKind::NoSuchOptions {
                unknown: vec!["smartwatch".into()],
                known: q
                    .question("devices")
                    .unwrap()
                    .options
                    .iter()
                    .map(|o| o.id.clone())
                    .collect(),
            }
    }));
    assert!(!scoring.complete);
    assert_eq!(scoring.missing, vec!["devices".to_string()]);
    // Scored as "don't know", which for a choice without that option is the most exposed one.
    let mut unmanaged = answers.clone();
    unmanaged.insert(
        "devices".into(),
        Answer::Choice("personal_unmanaged".into()),
    );
    assert_eq!(
        score(&q, &kb, &unmanaged).apps[0].risks,
        scoring.apps[0].risks
    );
}

#[test]
fn several_apps_are_scored_side_by_side_and_the_weakest_sets_the_stance() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    answers.insert(
        "apps".into(),
        Answer::Apps(vec!["signal".into(), "wechat".into()]),
    );
    let scoring = score(&q, &kb, &answers);
    assert_eq!(scoring.apps.len(), 2);
    let signal = &scoring.apps[0];
    let wechat = &scoring.apps[1];
    assert!(wechat.decision.stance > signal.decision.stance);
    assert_eq!(scoring.stance, wechat.decision.stance);
    let conf = |r: &msgdpia::scoring::AppResult| {
        r.risks
            .iter()
            .find(|x| x.risk == "confidentiality")
            .unwrap()
            .residual
            .likelihood
    };
    assert!(conf(wechat) > conf(signal));
}

#[test]
fn examples_come_out_as_a_dpo_expects() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let hk = score(&q, &kb, &example("hk-law-firm-wechat.ron").answers);
    assert_eq!(hk.stance, Stance::Forbid);
    assert!(hk.prior_consultation);
    let privilege = hk.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "privilege")
        .unwrap();
    assert_eq!(privilege.residual.level, RiskLevel::VeryHigh);

    let scot = score(&q, &kb, &example("scottish-team-whatsapp.ron").answers);
    assert_eq!(scot.stance, Stance::Define);
    let conditions = &scot.apps[0].decision.conditions;
    assert!(
        conditions.contains(&"transcription_monthly".to_string()),
        "{conditions:?}"
    );
    assert!(
        conditions.contains(&"group_owner".to_string()),
        "{conditions:?}"
    );
    assert!(!scot.prior_consultation);

    let uk = score(&q, &kb, &example("uk-firm-signal-mdm.ron").answers);
    assert!(matches!(uk.stance, Stance::Accept | Stance::Define));
    assert!(uk.apps[0].decision.conditions.len() <= 2);
    assert!(!uk.prior_consultation);
}

#[test]
fn an_app_missing_from_the_knowledge_base_is_scored_as_no_app_not_accepted_silently() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    answers.insert("apps".into(), Answer::Apps(vec!["teams".into()]));
    let scoring = score(&q, &kb, &answers);
    assert_eq!(scoring.apps.len(), 1);
    assert!(scoring.apps[0].app.is_none());
    assert!(
        scoring
            .misfits
            .iter()
            .any(|m| m.kind == MisfitKind::NoSuchApp("teams".into()))
    );
    assert!(
        scoring
            .findings
            .contains(&msgdpia::scoring::Finding::NoAppChosen)
    );
    assert!(!scoring.apps[0].risks.is_empty());
}

#[test]
fn a_number_answer_can_fire_a_rule_but_scale_alone_never_raises_ordinary_data() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    let fires = |answers: &Answers| {
        score(&q, &kb, answers).apps[0]
            .rules_applied
            .contains(&"large_volume".to_string())
    };
    answers.insert("people_count".into(), Answer::Number(100_000.0));
    assert!(!fires(&answers), "ordinary data made severe by scale alone");
    answers.insert(
        "data_kinds".into(),
        Answer::Choices(vec!["ordinary".into(), "special_category".into()]),
    );
    answers.insert("people_count".into(), Answer::Number(999.0));
    let small = score(&q, &kb, &answers);
    assert!(!fires(&answers));
    answers.insert("people_count".into(), Answer::Number(1000.0));
    let large = score(&q, &kb, &answers);
    assert!(fires(&answers));
    let volume_step = |s: &msgdpia::scoring::Scoring| {
        s.apps[0]
            .risks
            .iter()
            .find(|r| r.risk == "confidentiality")
            .unwrap()
            .trail
            .iter()
            .find(|step| step.cause == Cause::Rule("large_volume".into()))
            .map(|step| step.severity)
    };
    assert_eq!(volume_step(&small), None);
    assert_eq!(volume_step(&large), Some(1));
}

fn measure(control: &str, status: MeasureStatus) -> PlannedMeasure {
    PlannedMeasure {
        control: control.to_string(),
        owner: "Owner".to_string(),
        due: None,
        status,
    }
}

fn residual_of(scoring: &msgdpia::scoring::Scoring, risk: &str) -> msgdpia::scoring::Rating {
    scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == risk)
        .unwrap()
        .residual
}

#[test]
fn planned_is_not_done_and_the_plan_once_done_is_rated_beside_it() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let answers = example("scottish-team-whatsapp.ron").answers;
    let done = score_with_plan(
        &q,
        &kb,
        &answers,
        &[measure("transcription_monthly", MeasureStatus::Done)],
    );
    let in_progress = score_with_plan(
        &q,
        &kb,
        &answers,
        &[measure("transcription_monthly", MeasureStatus::InProgress)],
    );
    // The answer says transcription is in place, but the plan has it in progress: it does not
    // count, and the contradiction is a finding.
    assert!(
        residual_of(&in_progress, "records_loss").level > residual_of(&done, "records_loss").level
    );
    assert!(in_progress.findings.iter().any(|f| matches!(
        f,
        Finding::PlannedNotDone { control, .. } if control == "transcription_monthly"
    )));
    assert!(
        done.findings
            .iter()
            .all(|f| !matches!(f, Finding::PlannedNotDone { .. }))
    );
    // Once the plan is done, the risk is rated as with the measure in place.
    let records = in_progress.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "records_loss")
        .unwrap();
    assert_eq!(records.planned, residual_of(&done, "records_loss"));
}

#[test]
fn a_measure_marked_done_counts_and_a_contradicting_answer_is_a_finding() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let answers = example("scottish-team-whatsapp.ron").answers;
    assert_eq!(answers.get("sg_mdm"), Some(&Answer::YesNo(YesNo::No)));
    let without = score_with_plan(&q, &kb, &answers, &[]);
    let with = score_with_plan(&q, &kb, &answers, &[measure("mdm", MeasureStatus::Done)]);
    let total = |s: &msgdpia::scoring::Scoring| -> u32 {
        s.apps[0]
            .risks
            .iter()
            .map(|r| u32::from(r.residual.likelihood.get()))
            .sum()
    };
    assert!(total(&with) < total(&without));
    assert!(with.findings.iter().any(|f| matches!(
        f,
        Finding::DoneContradictsAnswer { control, answer } if control == "mdm" && answer.question == "sg_mdm"
    )));
    let planned = score_with_plan(&q, &kb, &answers, &[measure("mdm", MeasureStatus::Planned)]);
    let residuals = |s: &msgdpia::scoring::Scoring| -> Vec<msgdpia::scoring::Rating> {
        s.apps[0].risks.iter().map(|r| r.residual).collect()
    };
    assert_eq!(residuals(&planned), residuals(&without));
}

#[test]
fn contradictory_answers_become_findings_that_change_no_rating() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("scottish-team-whatsapp.ron").answers;
    let clean = score(&q, &kb, &answers);
    // The example's own answers raise no finding of either kind below.
    assert!(
        !clean
            .findings
            .iter()
            .any(|f| matches!(f, Finding::Inconsistent { check, .. }
            if check == "public_body_legitimate_interests" || check == "legal_hold_with_deletion")),
        "{:?}",
        clean.findings
    );
    answers.insert(
        "np_lawful_basis".into(),
        Answer::Choice("legitimate_interests".into()),
    );
    answers.insert("legal_hold".into(), Answer::YesNo(YesNo::Yes));
    let found = score(&q, &kb, &answers);
    let checks: Vec<&str> = found
        .findings
        .iter()
        .filter_map(|f| match f {
            Finding::Inconsistent { check, .. } => Some(check.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        checks.contains(&"public_body_legitimate_interests"),
        "{checks:?}"
    );
    assert!(checks.contains(&"legal_hold_with_deletion"), "{checks:?}");
    // Words for the reader, never the check's id.
    let text = msgdpia::present::verdict::finding_text(
        &q,
        &kb,
        &found.regimes,
        &found.findings[0],
        english(),
    );
    assert!(!text.is_empty() && !text.contains('_'), "{text}");
}

#[test]
fn a_finding_cites_the_law_of_the_organisation_and_never_a_foreign_one() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let cited = |example_name: &str, location: &str| {
        let mut answers = example(example_name).answers;
        answers.insert("org_location".into(), Answer::Choice(location.into()));
        answers.insert(
            "client_locations".into(),
            Answer::Choices(vec![location.into()]),
        );
        answers.insert("np_informed".into(), Answer::YesNo(YesNo::No));
        let scoring = score(&q, &kb, &answers);
        let finding = scoring
            .findings
            .iter()
            .find(|f| matches!(f, Finding::Inconsistent { check, .. } if check == "people_not_informed"))
            .expect("the people are not informed");
        msgdpia::present::verdict::finding_text(&q, &kb, &scoring.regimes, finding, english())
    };
    assert!(
        cited("uk-firm-signal-mdm.ron", "uk").starts_with(
            "The people concerned are not told of this use (the duty to inform: UK GDPR Art. 13 and 14)."
        )
    );
    let hong_kong = cited("hk-law-firm-wechat.ron", "hong_kong");
    assert!(
        hong_kong.starts_with(
            "The people concerned are not told of this use (the duty to inform: PDPO DPP1(3))."
        ),
        "{hong_kong}"
    );
    // No general law in the US states the duty, so the sentence cites none rather than the GDPR.
    let us = cited("uk-firm-signal-mdm.ron", "us");
    assert!(
        us.starts_with("The people concerned are not told of this use. "),
        "{us}"
    );
    assert!(!us.contains("GDPR"), "{us}");
}

#[test]
fn adequacy_claimed_for_an_uncertified_us_vendor_is_a_finding_for_that_app() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    answers.insert(
        "transfer_basis_uk".into(),
        Answer::Choice("adequacy".into()),
    );
    let scoring = score(&q, &kb, &answers);
    let found =
        |id: &str, scoring: &msgdpia::scoring::Scoring| {
            scoring.findings.iter().any(|f| matches!(
            f,
            Finding::Inconsistent { check, app: Some(app) } if check == id && app == "signal"
        ))
        };
    assert!(
        found("uk_adequacy_without_certification", &scoring),
        "{:?}",
        scoring.findings
    );
    // The same claim by an EEA organisation is checked against the EU instrument.
    answers.insert("org_location".into(), Answer::Choice("eea".into()));
    answers.remove("transfer_basis_uk");
    answers.insert("transfer_basis".into(), Answer::Choice("adequacy".into()));
    let scoring = score(&q, &kb, &answers);
    assert!(
        found("adequacy_without_certification", &scoring),
        "{:?}",
        scoring.findings
    );
}

#[test]
fn each_regime_is_offered_its_own_transfer_instruments_and_no_other() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    for (region, question, instrument) in [
        ("eea", "transfer_basis", "transfer_mechanism"),
        ("uk", "transfer_basis_uk", "transfer_mechanism_uk"),
        ("switzerland", "transfer_basis_ch", "transfer_mechanism_ch"),
        ("prc", "transfer_basis_prc", "transfer_mechanism_prc"),
    ] {
        answers.insert("org_location".into(), Answer::Choice(region.into()));
        let shown: Vec<&str> = q
            .shown_questions(&answers)
            .into_iter()
            .map(|question| question.id.as_str())
            .filter(|id| id.starts_with("transfer_basis"))
            .collect();
        assert_eq!(shown, [question], "{region}");
        // With no instrument identified, the measure proposed is the regime's own.
        answers.insert(question.into(), Answer::Choice("none".into()));
        let scoring = score(&q, &kb, &answers);
        let proposed: Vec<&str> = scoring.apps[0]
            .recommended
            .iter()
            .map(String::as_str)
            .filter(|c| c.starts_with("transfer_mechanism"))
            .collect();
        assert_eq!(proposed, [instrument], "{region}");
        // Nor are the other regimes' instruments named as measures that could reduce a risk.
        let out: Vec<&str> = scoring.apps[0]
            .out_of_scope
            .iter()
            .map(String::as_str)
            .filter(|c| c.starts_with("transfer_mechanism"))
            .collect();
        assert_eq!(out.len(), 3, "{region}: {out:?}");
        assert!(!out.contains(&instrument), "{region}");
        answers.remove(question);
    }
}

#[test]
fn every_risk_is_one_of_cnils_three_feared_events_and_integrity_is_assessed() {
    let kb = knowledge();
    let integrity: Vec<&str> = kb
        .risks
        .iter()
        .filter(|r| r.feared_event == FearedEvent::UnwantedModification)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(integrity, vec!["message_integrity"]);
    for event in FearedEvent::ALL {
        assert!(
            kb.risks.iter().any(|r| r.feared_event == event),
            "{event:?}"
        );
    }
    // A legal hold makes altered messages more harmful: the severity rises.
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    let before = residual_of(&score(&q, &kb, &answers), "message_integrity");
    answers.insert("legal_hold".into(), Answer::YesNo(YesNo::Yes));
    let after = residual_of(&score(&q, &kb, &answers), "message_integrity");
    assert!(after.severity > before.severity);
}

#[test]
fn disappearing_messages_are_a_breach_where_records_must_be_kept() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("scottish-team-whatsapp.ron").answers;
    let off = score(&q, &kb, &answers);
    answers.insert("records_disappearing".into(), Answer::YesNo(YesNo::Yes));
    let on = score(&q, &kb, &answers);
    assert!(
        residual_of(&on, "regulatory_records").likelihood
            > residual_of(&off, "regulatory_records").likelihood
    );
    // Where no duty applies, they are a safeguard, asked as one.
    let shown = q.shown_ids(&answers);
    assert!(!shown.contains(&"sg_disappearing"));
    answers.insert("public_records".into(), Answer::YesNo(YesNo::No));
    let shown = q.shown_ids(&answers);
    assert!(shown.contains(&"sg_disappearing") && !shown.contains(&"records_disappearing"));
}

#[test]
fn the_issue_case_of_signal_for_the_scottish_team_is_define_with_conditions_that_suffice() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("scottish-team-whatsapp.ron").answers;
    answers.insert("apps".into(), Answer::Apps(vec!["signal".into()]));
    let scoring = score(&q, &kb, &answers);
    let decision = &scoring.apps[0].decision;
    assert_eq!(decision.stance, Stance::Define);
    assert!(!decision.conditions.is_empty());
    let plan: Vec<PlannedMeasure> = decision
        .conditions
        .iter()
        .map(|c| measure(c, MeasureStatus::Done))
        .collect();
    let met = score_with_plan(&q, &kb, &answers, &plan);
    assert!(
        met.apps[0]
            .risks
            .iter()
            .all(|r| r.residual.level <= RiskLevel::Medium)
    );
}

#[test]
fn forbid_says_what_it_would_take_and_it_is_enough() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    // The Hong Kong firm's privileged litigation, on WhatsApp instead of WeChat: end-to-end
    // encrypted, so measures can bring it to DEFINE.
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    answers.insert("apps".into(), Answer::Apps(vec!["whatsapp".into()]));
    let scoring = score(&q, &kb, &answers);
    let decision = &scoring.apps[0].decision;
    assert_eq!(decision.stance, Stance::Forbid);
    let Some(WhatItWouldTake::Measures(measures)) = &decision.what_it_would_take else {
        panic!("{decision:?}");
    };
    let plan: Vec<PlannedMeasure> = measures
        .iter()
        .map(|c| measure(c, MeasureStatus::Done))
        .collect();
    let after = score_with_plan(&q, &kb, &answers, &plan);
    assert_eq!(after.apps[0].decision.stance, Stance::Define);
    // WhatsApp has no optional end-to-end mode and no administered edition in the knowledge
    // base: what it would take never names a measure the app cannot have.
    for unavailable in ["e2ee_mode_on", "processor_agreement", "enterprise_tenant"] {
        assert!(!measures.iter().any(|m| m == unavailable), "{measures:?}");
    }
}

#[test]
fn a_safeguard_the_app_cannot_have_does_not_count_and_is_a_finding() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    let before = score(&q, &kb, &answers);
    answers.insert("sg_e2ee_mode".into(), Answer::YesNo(YesNo::Yes));
    let after = score(&q, &kb, &answers);
    assert_eq!(before.apps[0].risks, after.apps[0].risks);
    assert!(after.findings.iter().any(|f| matches!(
        f,
        Finding::UnavailableForApp { control, app } if control == "e2ee_mode_on" && app == "wechat"
    )));
}

#[test]
fn none_can_when_no_measure_of_the_catalogue_reaches_the_risk() {
    // Privileged litigation on WeChat with counterparties, not clients: the provider reads
    // everything and is under PRC state-access law, and no client has chosen the channel, so
    // no measure the situation allows brings that down.
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    answers.insert(
        "recipients".into(),
        Answer::Choices(vec!["staff".into(), "third_parties".into()]),
    );
    answers.remove("sg_client_consent");
    let scoring = score(&q, &kb, &answers);
    let decision = &scoring.apps[0].decision;
    let Some(WhatItWouldTake::NoneCan(risks)) = &decision.what_it_would_take else {
        panic!("{decision:?}");
    };
    assert!(risks.iter().any(|r| r == "transfer"), "{risks:?}");
    // Every measure, but the client's consent: no client chose this channel.
    let all: Vec<PlannedMeasure> = kb
        .controls
        .iter()
        .filter(|c| c.id != "client_consent")
        .map(|c| measure(&c.id, MeasureStatus::Done))
        .collect();
    let everything = score_with_plan(&q, &kb, &answers, &all);
    for risk in risks {
        let rating = residual_of(&everything, risk);
        assert!(rating.level > RiskLevel::Medium, "{risk} {rating:?}");
    }
    assert_eq!(everything.apps[0].decision.stance, Stance::Forbid);
}

#[test]
fn group_measures_are_never_recommended_when_groups_are_not_used() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    answers.insert("apps".into(), Answer::Apps(vec!["whatsapp".into()]));
    let with_groups = score(&q, &kb, &answers);
    assert!(
        with_groups.apps[0]
            .recommended
            .contains(&"group_owner".to_string())
    );
    answers.insert("uses_groups".into(), Answer::YesNo(YesNo::No));
    answers.remove("group_members");
    answers.remove("sg_group_owner");
    let without = score(&q, &kb, &answers);
    let app = &without.apps[0];
    assert!(
        !app.recommended.contains(&"group_owner".to_string()),
        "{:?}",
        app.recommended
    );
    assert!(!app.decision.conditions.contains(&"group_owner".to_string()));
}

#[test]
fn the_applicable_law_follows_where_the_organisation_and_the_people_are() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let regimes = |answers: &Answers| score(&q, &kb, answers).regimes;
    let hk = example("hk-law-firm-wechat.ron").answers;
    assert_eq!(regimes(&hk), vec!["hk_pdpo", "prc_pipl"]);
    let hk_scoring = score(&q, &kb, &hk);
    assert!(hk_scoring.prior_consultation);
    let text = msgdpia::present::verdict::prior_consultation(&q, &hk_scoring, english());
    // Hong Kong has no prior-consultation duty; the firm is never told GDPR Art. 36 applies.
    assert!(
        !text.contains("Art. 36") && !text.contains("must be consulted"),
        "{text}"
    );
    assert!(text.contains("no prior consultation"), "{text}");
    let law = msgdpia::present::verdict::applicable_law(
        &q,
        &hk_scoring,
        msgdpia::present::vocabulary::Words::english(),
    );
    assert!(
        law.contains("PCPD") && law.contains("good practice"),
        "{law}"
    );
    let uk = example("uk-firm-signal-mdm.ron").answers;
    assert_eq!(regimes(&uk), vec!["uk_gdpr"]);
    let mut eu = uk.clone();
    eu.insert("org_location".into(), Answer::Choice("eea".into()));
    eu.insert(
        "client_locations".into(),
        Answer::Choices(vec!["eea".into()]),
    );
    assert_eq!(regimes(&eu), vec!["eu_gdpr"]);
    let mut swiss = uk.clone();
    swiss.insert("org_location".into(), Answer::Choice("switzerland".into()));
    swiss.insert(
        "client_locations".into(),
        Answer::Choices(vec!["switzerland".into()]),
    );
    assert_eq!(regimes(&swiss), vec!["swiss_fadp"]);
    // A UK firm messaging clients in the EEA falls under both (GDPR Art. 3(2)).
    let mut both = uk.clone();
    both.insert(
        "client_locations".into(),
        Answer::Choices(vec!["uk".into(), "eea".into()]),
    );
    assert_eq!(regimes(&both), vec!["eu_gdpr", "uk_gdpr"]);
    let mut unknown = uk;
    unknown.remove("org_location");
    unknown.remove("client_locations");
    let scoring = score(&q, &kb, &unknown);
    assert!(scoring.regimes.is_empty());
    assert!(
        msgdpia::present::verdict::applicable_law(
            &q,
            &scoring,
            msgdpia::present::vocabulary::Words::english()
        )
        .contains("not determined")
    );
}

#[test]
fn a_uk_body_with_a_high_residual_risk_is_told_to_consult_the_ico() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("scottish-team-whatsapp.ron").answers;
    answers.insert("sg_transcription".into(), Answer::YesNo(YesNo::No));
    let scoring = score(&q, &kb, &answers);
    assert!(scoring.prior_consultation);
    let text = msgdpia::present::verdict::prior_consultation(&q, &scoring, english());
    assert!(
        text.contains("Information Commissioner's Office") && text.contains("UK GDPR Art. 36"),
        "{text}"
    );
    // Forbidden, the use needs no consultation; the report says what going ahead would need.
    answers.insert("sg_mdm".into(), Answer::YesNo(YesNo::No));
    answers.insert(
        "data_kinds".into(),
        Answer::Choices(vec!["special_category".into(), "children".into()]),
    );
    answers.insert(
        "np_special_condition".into(),
        Answer::Choice("public_interest".into()),
    );
    let forbidden = score(&q, &kb, &answers);
    assert_eq!(forbidden.final_stance(), Some(Stance::Forbid));
    let text = msgdpia::present::verdict::prior_consultation(&q, &forbidden, english());
    assert!(
        text.starts_with("Prior consultation: none while the use is forbidden. Going ahead despite the high residual risk would first require consulting the Information Commissioner's Office"),
        "{text}"
    );
    assert!(!text.contains("before processing starts"), "{text}");
}

#[test]
fn a_client_who_insists_on_wechat_for_a_commercial_matter_can_be_served_on_conditions() {
    // The issue's case: a Hong Kong firm, a PRC client who insists on WeChat for a commercial
    // negotiation, the client's written informed consent, no privileged or sensitive content.
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    for (id, value) in [
        ("litigation", YesNo::No),
        ("legal_hold", YesNo::No),
        ("uses_groups", YesNo::No),
        ("np_minimised", YesNo::Yes),
        ("sg_client_consent", YesNo::Yes),
        ("sg_no_matter_discussion", YesNo::Yes),
        ("sg_no_sensitive_content", YesNo::Yes),
        ("gov_policy", YesNo::Yes),
    ] {
        answers.insert(id.into(), Answer::YesNo(value));
    }
    answers.remove("group_members");
    answers.remove("sg_group_owner");
    answers.insert(
        "data_kinds".into(),
        Answer::Choices(vec!["ordinary".into(), "financial".into()]),
    );
    let scoring = score(&q, &kb, &answers);
    let decision = &scoring.apps[0].decision;
    assert_ne!(
        decision.what_it_would_take,
        Some(WhatItWouldTake::NoneCan(vec!["transfer".into()])),
        "jurisdiction alone must not decide: {decision:?}"
    );
    assert!(
        decision.stance == Stance::Define
            || matches!(
                decision.what_it_would_take,
                Some(WhatItWouldTake::Measures(_))
            ),
        "{decision:?}"
    );
}

#[test]
fn deletion_is_never_proposed_while_messages_may_be_needed_for_a_legal_hold() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("hk-law-firm-wechat.ron").answers;
    answers.insert("apps".into(), Answer::Apps(vec!["whatsapp".into()]));
    let deletion = ["transcription_monthly", "disappearing_messages"];
    let proposed = |scoring: &msgdpia::scoring::Scoring| -> Vec<String> {
        let app = &scoring.apps[0];
        let mut all = app.recommended.clone();
        all.extend(app.decision.conditions.iter().cloned());
        if let Some(WhatItWouldTake::Measures(m)) = &app.decision.what_it_would_take {
            all.extend(m.iter().cloned());
        }
        all
    };
    let held = score(&q, &kb, &answers);
    assert!(
        proposed(&held)
            .iter()
            .all(|c| !deletion.contains(&c.as_str())),
        "{:?}",
        proposed(&held)
    );
    answers.insert("legal_hold".into(), Answer::YesNo(YesNo::No));
    answers.insert("litigation".into(), Answer::YesNo(YesNo::No));
    answers.remove("legal_hold_process");
    let free = score(&q, &kb, &answers);
    assert!(
        proposed(&free)
            .iter()
            .any(|c| deletion.contains(&c.as_str())),
        "{:?}",
        proposed(&free)
    );
}

#[test]
fn every_record_keeping_regime_applies_its_own_rule_and_makes_disappearing_messages_a_breach() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    for (activity, rule) in [
        ("us_broker_dealer", "sec_finra_recordkeeping"),
        ("us_investment_adviser", "sec_advisers_recordkeeping"),
        ("us_cftc", "cftc_recordkeeping"),
        ("uk_fca", "fca_sysc_10a"),
        ("eu_mifid", "mifid_recording"),
    ] {
        let mut answers = example("uk-firm-signal-mdm.ron").answers;
        answers.insert(
            "regulated_activity".into(),
            Answer::Choices(vec![activity.into()]),
        );
        let shown = q.shown_ids(&answers);
        assert!(shown.contains(&"records_disappearing"), "{activity}");
        assert!(!shown.contains(&"sg_disappearing"), "{activity}");
        answers.remove("sg_disappearing");
        answers.insert("records_disappearing".into(), Answer::YesNo(YesNo::No));
        let scoring = score(&q, &kb, &answers);
        let app = &scoring.apps[0];
        assert!(
            app.rules_applied.iter().any(|r| r == rule),
            "{activity}: {:?}",
            app.rules_applied
        );
        // Signal cannot be archived: the duty is all but certain to be breached.
        assert_eq!(
            residual_of(&scoring, "regulatory_records").level,
            RiskLevel::VeryHigh,
            "{activity}"
        );
    }
}

#[test]
fn transfer_harm_follows_what_the_provider_can_reach() {
    // Two US providers without confirmed DPF certification, for a UK firm: Signal cannot read
    // the messages, Slack can.
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    let signal = residual_of(&score(&q, &kb, &answers), "transfer");
    answers.insert("apps".into(), Answer::Apps(vec!["slack".into()]));
    let slack = score(&q, &kb, &answers);
    assert!(
        slack.apps[0]
            .rules_applied
            .iter()
            .any(|r| r == "us_access_to_readable_content")
    );
    let slack = residual_of(&slack, "transfer");
    assert!(slack.severity > signal.severity, "{slack:?} vs {signal:?}");
}

/// Every raise in the shipped questionnaire and knowledge base, as (risk, exposure).
fn shipped_raises(
    q: &msgdpia::questionnaire::Questionnaire,
    kb: &msgdpia::knowledge::KnowledgeBase,
) -> Vec<(String, Option<String>)> {
    use msgdpia::effect::Effect;
    let option_effects = q
        .questions()
        .flat_map(|question| question.options.iter())
        .flat_map(|option| option.effects.iter());
    let rule_effects = q.rules.iter().flat_map(|rule| rule.effects.iter());
    let fact_effects = kb.facts.iter().flat_map(|fact| {
        fact.if_yes
            .iter()
            .chain(&fact.if_no)
            .chain(&fact.if_partial)
            .chain(&fact.if_unknown)
    });
    let brought = kb.controls.iter().flat_map(|control| control.brings.iter());
    option_effects
        .chain(rule_effects)
        .chain(fact_effects)
        .chain(brought)
        .filter_map(|effect| match effect {
            Effect::Raise { risk, exposure, .. } => Some((risk.clone(), exposure.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn every_raise_is_evidence_of_a_named_exposure_and_every_reduction_addresses_one_that_can_arise() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let raises = shipped_raises(&q, &kb);
    let untagged: Vec<&String> = raises
        .iter()
        .filter(|(_, exposure)| exposure.is_none())
        .map(|(risk, _)| risk)
        .collect();
    assert!(
        untagged.is_empty(),
        "raises with no exposure, on: {untagged:?}"
    );
    // A reduction lowers only what its exposure added: one that names an exposure nothing can
    // raise on that risk would be a measure that never does anything.
    for control in &kb.controls {
        for reduction in &control.reduces {
            let from_base = kb
                .risk(&reduction.risk)
                .and_then(|risk| risk.base_exposure.as_deref())
                == Some(reduction.exposure.as_str());
            let raised = raises.iter().any(|(risk, exposure)| {
                *risk == reduction.risk && exposure.as_deref() == Some(reduction.exposure.as_str())
            });
            assert!(
                from_base || raised,
                "{} lowers {} through `{}`, which nothing raises on that risk",
                control.id,
                reduction.risk,
                reduction.exposure
            );
        }
    }
}

#[test]
fn transfer_harm_follows_what_a_us_provider_keeps_when_the_content_is_out_of_reach() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    // A UK firm on Signal: end-to-end encrypted, US provider not on the DPF list.
    let answers = example("uk-firm-signal-mdm.ron").answers;
    let transfer = |kb: &msgdpia::knowledge::KnowledgeBase| {
        let scoring = score(&q, kb, &answers);
        let result = &scoring.apps[0];
        let risk = result.risks.iter().find(|r| r.risk == "transfer").unwrap();
        (risk.inherent, result.rules_applied.clone())
    };
    let (keeps_little, rules) = transfer(&kb);
    assert!(
        !rules.iter().any(|r| r == "us_access_to_metadata"),
        "{rules:?}"
    );
    // The same app, were its provider to keep extensive metadata.
    let keeps_much = crate::support::with_signal_keeping_metadata(&kb);
    let (exposed, rules) = transfer(&keeps_much);
    assert!(
        rules.iter().any(|r| r == "us_access_to_metadata"),
        "{rules:?}"
    );
    assert!(
        exposed.likelihood > keeps_little.likelihood,
        "{exposed:?} vs {keeps_little:?}"
    );
}

#[test]
fn the_whatsapp_business_platform_is_scored_as_readable_by_meta_unlike_the_business_app() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let mut answers = example("uk-firm-signal-mdm.ron").answers;
    let confidentiality = |answers: &msgdpia::answer::Answers| {
        let scoring = score(&q, &kb, answers);
        let risk = scoring.apps[0]
            .risks
            .iter()
            .find(|r| r.risk == "confidentiality")
            .unwrap()
            .inherent;
        (risk.likelihood.get(), risk.severity.get())
    };
    answers.insert(
        "apps".into(),
        Answer::Apps(vec!["whatsapp_business".into()]),
    );
    let app = confidentiality(&answers);
    answers.insert(
        "apps".into(),
        Answer::Apps(vec!["whatsapp_business_platform".into()]),
    );
    let platform = confidentiality(&answers);
    assert!(platform.0 > app.0, "platform {platform:?} vs app {app:?}");
}

#[test]
fn transfer_rules_follow_where_the_data_is_processed_not_where_the_contracting_entity_sits() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    // iMessage and Slack contract with Irish entities, and process the data in the US.
    for app in ["imessage", "slack"] {
        assert_eq!(kb.app(app).unwrap().jurisdiction, "IE");
        let processed_in = kb.app(app).unwrap().processed_in(Some("uk"));
        assert!(
            processed_in.iter().any(|c| c == "US"),
            "{app}: {processed_in:?}"
        );
        let mut answers = example("uk-firm-signal-mdm.ron").answers;
        answers.insert("apps".into(), Answer::Apps(vec![app.into()]));
        let scoring = score(&q, &kb, &answers);
        assert!(
            scoring.apps[0]
                .rules_applied
                .iter()
                .any(|r| r == "uk_extension"),
            "{app}: {:?}",
            scoring.apps[0].rules_applied
        );
    }
    // A Swiss app keeps the data of EU users in Switzerland: no US transfer rule.
    assert_eq!(kb.app("threema").unwrap().processed_in(Some("eea")), ["CH"]);
}

#[test]
fn each_regime_checks_its_own_data_privacy_framework_listing() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let rules_for = |location: &str, app: &str| {
        let mut answers = example("uk-firm-signal-mdm.ron").answers;
        answers.insert("org_location".into(), Answer::Choice(location.into()));
        answers.insert("apps".into(), Answer::Apps(vec![app.into()]));
        score(&q, &kb, &answers).apps[0].rules_applied.clone()
    };
    // Webex's US entity is listed under all three frameworks: no transfer rule fires anywhere.
    let webex = kb.app("webex").unwrap();
    for fact in ["eu_us_dpf", "uk_extension", "swiss_us_dpf"] {
        assert_eq!(webex.fact_value(fact), FactValue::Yes, "{fact}");
    }
    for location in ["eea", "uk", "switzerland"] {
        let rules = rules_for(location, "webex");
        assert!(
            !rules
                .iter()
                .any(|r| ["schrems_ii", "uk_extension", "swiss_us_dpf"].contains(&r.as_str())),
            "{location}: {rules:?}"
        );
    }
    // WhatsApp LLC states the EU-US and Swiss-US frameworks, not the UK Extension: only a UK
    // organisation meets the rule, and it meets its own regime's rule, not the EU one.
    let whatsapp = kb.app("whatsapp").unwrap();
    assert_eq!(whatsapp.fact_value("eu_us_dpf"), FactValue::Yes);
    assert_ne!(whatsapp.fact_value("uk_extension"), FactValue::Yes);
    let uk = rules_for("uk", "whatsapp");
    assert!(uk.iter().any(|r| r == "uk_extension"), "{uk:?}");
    assert!(!uk.iter().any(|r| r == "schrems_ii"), "{uk:?}");
    for location in ["eea", "switzerland"] {
        let rules = rules_for(location, "whatsapp");
        assert!(
            !rules
                .iter()
                .any(|r| ["schrems_ii", "uk_extension", "swiss_us_dpf"].contains(&r.as_str())),
            "{location}: {rules:?}"
        );
    }
    // Apple is listed under none: each regime's own rule fires.
    for (location, rule) in [
        ("eea", "schrems_ii"),
        ("uk", "uk_extension"),
        ("switzerland", "swiss_us_dpf"),
    ] {
        let rules = rules_for(location, "imessage");
        assert!(rules.iter().any(|r| r == rule), "{location}: {rules:?}");
    }
}

/// The words the report and the command line speak.
fn english() -> &'static msgdpia::present::vocabulary::Words {
    msgdpia::present::vocabulary::Words::english()
}
