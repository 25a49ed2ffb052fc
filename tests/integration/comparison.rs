//! Apps only compared, beside the ones assessed: scored with the same answers, never part of
//! the stance, and recommended in the report when they would leave the organisation better
//! placed.

use crate::support::{report_text, shipped_bundle as bundle};

#[test]
fn an_app_only_compared_is_scored_as_if_it_replaced_the_one_assessed_and_takes_no_part_in_the_stance()
 {
    let bundle = bundle();
    let mut assessment = crate::support::example("scottish-team-whatsapp.ron");
    let alone = bundle.score(&assessment);
    assessment.compared = vec![
        "signal".to_string(),
        "whatsapp".to_string(),
        "nope".to_string(),
    ];
    let scoring = bundle.score(&assessment);
    // The app assessed is not compared with itself, and an unknown id is skipped.
    assert_eq!(scoring.candidates.len(), 1);
    assert_eq!(scoring.candidates[0].app.as_deref(), Some("signal"));
    // The assessment's own result is untouched.
    assert_eq!(scoring.apps, alone.apps);
    assert_eq!(scoring.stance, alone.stance);
    // The candidate's result is what assessing Signal alone with the same answers gives.
    let mut signal = assessment.clone();
    signal.compared.clear();
    signal.answers = bundle
        .questionnaire
        .with_apps(&assessment.answers, &["signal".to_string()]);
    assert_eq!(scoring.candidates[0], bundle.score(&signal).apps[0]);
    // The report compares them and, Signal being better placed, says to assess it first.
    let text = report_text(&bundle, &assessment, "2026-12-02");
    assert!(
        text.contains("Signal (compared only)"),
        "the column says so"
    );
    assert!(
        text.contains("Recommendation: under the same answers, Signal would leave the organisation better placed"),
        "{}",
        text.lines().find(|l| l.contains("Recommendation")).unwrap_or_default()
    );
}

#[test]
fn a_rating_for_an_app_only_compared_counts_in_its_column_and_is_no_finding() {
    let bundle = bundle();
    let mut assessment = crate::support::example("scottish-team-whatsapp.ron");
    assessment.compared = vec!["signal".to_string()];
    let plain = bundle.score(&assessment);
    assessment.judgement.overrides = vec![msgdpia::assessment::RiskOverride {
        risk: "device_loss".to_string(),
        app: Some("signal".to_string()),
        likelihood: msgdpia::scale::Scale::new(4),
        severity: None,
        reason: "Signal users here keep no screen lock.".to_string(),
    }];
    let scoring = bundle.score(&assessment);
    assert_eq!(scoring.apps, plain.apps, "the app assessed is untouched");
    let signal = &scoring.candidates[0];
    let device = signal
        .risks
        .iter()
        .find(|r| r.risk == "device_loss")
        .unwrap();
    assert_eq!(device.residual.likelihood.get(), 4);
    assert!(!scoring.findings.iter().any(|f| matches!(
        f,
        msgdpia::scoring::Finding::OverrideForAppNotAssessed { .. }
    )));
}

#[test]
fn while_required_answers_are_missing_the_comparison_shows_no_stance_only_provisional_ones() {
    let bundle = bundle();
    let mut assessment = crate::support::example("scottish-team-whatsapp.ron");
    assessment.compared = vec!["signal".to_string()];
    let required = bundle
        .questionnaire
        .questions()
        .find(|q| q.required && assessment.answers.contains_key(&q.id))
        .expect("a required question answered")
        .id
        .clone();
    assessment.answers.remove(&required);
    assert!(!bundle.score(&assessment).complete);
    let text = report_text(&bundle, &assessment, "2026-12-02");
    let stance_row = text
        .lines()
        .find(|l| l.starts_with("| Stance |"))
        .expect("the comparison's stance row");
    assert_eq!(
        stance_row.matches("INCOMPLETE (provisionally ").count(),
        2,
        "{stance_row}"
    );
}
