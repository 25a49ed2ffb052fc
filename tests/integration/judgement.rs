//! The assessor's own judgement: notes on questions and overrides of a risk's rating, from the
//! file through scoring to the report.

use msgdpia::assessment::{Assessment, RiskOverride};
use msgdpia::bundle::Bundle;
use msgdpia::scale::{RiskLevel, Scale};
use msgdpia::scoring::{Cause, Finding, Scoring, Stance};
use msgdpia::source::SourceFile;

fn bundle() -> Bundle {
    crate::support::shipped_bundle()
}

/// The result for `risk` of the (first) app assessed.
fn risk_of(scoring: &Scoring, risk: &str) -> msgdpia::scoring::RiskResult {
    scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == risk)
        .cloned()
        .unwrap_or_else(|| panic!("no risk {risk}"))
}

/// The format 5 sample: Signal at a UK firm, with a note on `sg_mdm` and the likelihood of
/// device loss set to 3 because two phones were lost.
fn sample() -> Assessment {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-5.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    Assessment::load(&SourceFile::new("format-5.ron", text))
        .unwrap()
        .value
}

fn device_loss(scoring: &Scoring) -> &msgdpia::scoring::RiskResult {
    scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "device_loss")
        .unwrap()
}

fn sum_of_trail(risk: &msgdpia::scoring::RiskResult) -> (i32, i32) {
    risk.trail.iter().fold((0, 0), |(l, s), step| {
        (l + step.likelihood, s + step.severity)
    })
}

#[test]
fn an_override_with_a_reason_replaces_the_residual_and_keeps_the_computed_rating_beside_it() {
    let bundle = bundle();
    let judged = sample();
    let mut plain = judged.clone();
    plain.judgement.overrides.clear();
    let computed = device_loss(&bundle.score(&plain)).residual;
    let scoring = bundle.score(&judged);
    let risk = device_loss(&scoring);
    assert_eq!(risk.computed, Some(computed));
    assert_eq!(
        risk.residual.likelihood.get(),
        3,
        "the assessor's likelihood"
    );
    assert_eq!(
        risk.residual.severity, computed.severity,
        "severity left alone"
    );
    // The trail still adds up to the rating shown, and its last step gives the reason.
    assert_eq!(
        sum_of_trail(risk),
        (
            i32::from(risk.residual.likelihood.get()),
            i32::from(risk.residual.severity.get())
        )
    );
    assert!(matches!(
        &risk.trail.last().unwrap().cause,
        Cause::Judgement(reason) if reason.contains("Two phones were lost")
    ));
    // Nothing else moved.
    for (with, without) in scoring.apps[0]
        .risks
        .iter()
        .zip(&bundle.score(&plain).apps[0].risks)
        .filter(|(r, _)| r.risk != "device_loss")
    {
        assert_eq!(with, without);
    }
}

#[test]
fn the_assessors_rating_drives_the_stance_and_prior_consultation() {
    let bundle = bundle();
    let mut assessment = sample();
    assert_eq!(
        bundle.score(&assessment).final_stance(),
        Some(Stance::Accept)
    );
    assessment.judgement.overrides = vec![RiskOverride {
        risk: "confidentiality".to_string(),
        app: None,
        likelihood: Scale::new(4),
        severity: Scale::new(4),
        reason: "Partners forward client matter content despite the policy.".to_string(),
    }];
    let scoring = bundle.score(&assessment);
    let risk = scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "confidentiality")
        .unwrap();
    assert_eq!(risk.residual.level, RiskLevel::VeryHigh);
    assert_ne!(scoring.final_stance(), Some(Stance::Accept));
    assert!(
        scoring.prior_consultation,
        "a very high residual risk calls for it"
    );
}

#[test]
fn an_override_without_a_reason_or_for_an_app_not_assessed_does_not_count_and_is_a_finding() {
    let bundle = bundle();
    let mut assessment = sample();
    let mut plain = assessment.clone();
    plain.judgement.overrides.clear();
    let computed = device_loss(&bundle.score(&plain)).residual;
    assessment.judgement.overrides[0].reason = "  ".to_string();
    assessment.judgement.overrides.push(RiskOverride {
        risk: "transfer".to_string(),
        app: Some("whatsapp".to_string()),
        likelihood: Scale::new(1),
        severity: None,
        reason: "Not used for WhatsApp".to_string(),
    });
    let scoring = bundle.score(&assessment);
    assert_eq!(device_loss(&scoring).residual, computed);
    assert_eq!(device_loss(&scoring).computed, None);
    assert!(scoring.findings.contains(&Finding::OverrideIncomplete {
        risk: "device_loss".to_string()
    }));
    assert!(
        scoring
            .findings
            .contains(&Finding::OverrideForAppNotAssessed {
                risk: "transfer".to_string(),
                app: "whatsapp".to_string()
            })
    );
}

#[test]
fn the_report_shows_the_assessors_rating_with_the_computed_one_their_reason_and_their_notes() {
    let bundle = bundle();
    let assessment = sample();
    let scoring = bundle.score(&assessment);
    let text = crate::support::report_text(&bundle, &assessment, "2026-12-02");
    let computed = device_loss(&scoring).computed.unwrap();
    assert!(
        text.contains("The assessor's rating")
            && text.contains(&format!(
                "Computed: L{} × S{}",
                computed.likelihood.get(),
                computed.severity.get()
            )),
        "the register shows both ratings"
    );
    assert!(
        text.contains("Their reason: “Two phones were lost by fee earners in the past year, in court buildings.”"),
        "the reason is given"
    );
    assert!(text.contains("The assessor's own rating, replacing the computed one"));
    assert!(
        text.contains("Assessor's note: Checked on the MDM console on 20 November"),
        "the note is beside its answer"
    );
    assert!(
        text.contains("Sam Okafor, IT support provider (MDM administrator)"),
        "the contributors are on the cover"
    );
}

#[test]
fn a_likelihood_outside_the_scale_is_refused_with_its_place_and_unknown_ids_are_kept_with_a_note() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-5.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let bad = text.replace("likelihood: 3,", "likelihood: 5,");
    let error = Assessment::load(&SourceFile::new("bad.ron", bad))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("bad.ron:") && error.contains("sets likelihood 5; it must be 1, 2, 3 or 4"),
        "{error}"
    );
    let unknown = text
        .replace("risk: \"device_loss\"", "risk: \"alien_abduction\"")
        .replace("\"sg_mdm\": \"Checked", "\"sg_teleport\": \"Checked");
    let source = SourceFile::new("unknown.ron", unknown);
    let opened = crate::support::open_with_shipped(&source);
    let notes: Vec<String> = opened.notes.iter().map(ToString::to_string).collect();
    let notes = notes.join("\n");
    assert!(notes.contains("`alien_abduction`"), "{notes}");
    assert!(notes.contains("`sg_teleport`"), "{notes}");
    let saved = opened.assessment.to_ron();
    assert!(saved.contains("alien_abduction") && saved.contains("sg_teleport"));
}

#[test]
fn the_cli_score_marks_the_assessors_rating_and_names_the_computed_one() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-5.ron");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .arg("score")
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("Device loss or theft"))
        .unwrap();
    assert!(
        line.contains("-> L3 S1 Low (assessor's rating; computed L1 S1 Low)"),
        "{line}"
    );
}

fn with_own_risk_and_measure(mut assessment: Assessment) -> Assessment {
    use msgdpia::assessment::{OwnMeasure, OwnReduction, OwnRisk};
    use msgdpia::knowledge::FearedEvent;
    assessment.judgement.own_risks = vec![OwnRisk {
        id: "court_photos".to_string(),
        name: "Photos of court papers left in the camera roll".to_string(),
        description: "Fee earners photograph court papers to send them, and the photos stay in the phone's camera roll and its cloud copy.".to_string(),
        harm: "Parties' personal data seen by whoever gets into the photos.".to_string(),
        feared_event: FearedEvent::IllegitimateAccess,
        likelihood: Scale::new(3).unwrap(),
        severity: Scale::new(3).unwrap(),
    }];
    assessment.judgement.own_measures = vec![OwnMeasure {
        id: "scan_to_dms".to_string(),
        name: "Court papers scanned to the document system, not photographed".to_string(),
        wording: "Court papers are scanned into the document management system; staff do not photograph them with their phones.".to_string(),
        reduces: vec![OwnReduction {
            risk: "court_photos".to_string(),
            likelihood: 2,
            severity: 0,
        }],
    }];
    assessment
}

#[test]
fn an_own_risk_is_rated_as_given_and_an_own_measure_lowers_it_once_the_plan_marks_it_done() {
    use msgdpia::assessment::{MeasureStatus, PlannedMeasure};
    let bundle = bundle();
    let mut assessment = with_own_risk_and_measure(sample());
    let scoring = bundle.score(&assessment);
    let own = |scoring: &Scoring| risk_of(scoring, "court_photos");
    let before = own(&scoring);
    assert_eq!(
        (
            before.inherent.likelihood.get(),
            before.inherent.severity.get()
        ),
        (3, 3)
    );
    assert_eq!(before.residual, before.inherent, "planned is not done");
    assert_eq!(before.residual.level, RiskLevel::High);
    assert_eq!(
        scoring.stance,
        Stance::Define,
        "a high risk a measure would bring down"
    );
    assert!(
        scoring.apps[0]
            .recommended
            .contains(&"scan_to_dms".to_string())
    );
    assessment.sign_off.measures.push(PlannedMeasure {
        control: "scan_to_dms".to_string(),
        owner: "Office manager".to_string(),
        due: None,
        status: MeasureStatus::Done,
    });
    let scoring = bundle.score(&assessment);
    let after = own(&scoring);
    assert_eq!(
        (
            after.residual.likelihood.get(),
            after.residual.severity.get()
        ),
        (1, 3)
    );
    // The report names them like the catalogue's.
    let text = crate::support::report_text(&bundle, &assessment, "2026-12-02");
    assert!(text.contains("Photos of court papers left in the camera roll"));
    assert!(text.contains("Court papers scanned to the document system, not photographed"));
    // And the file keeps them.
    let reloaded = Assessment::load(&SourceFile::new("own.ron", assessment.to_ron()))
        .unwrap()
        .value;
    assert_eq!(reloaded.judgement, assessment.judgement);
}

#[test]
fn an_own_measure_cannot_lower_a_catalogue_risk_and_says_so_when_the_file_opens() {
    let mut assessment = with_own_risk_and_measure(sample());
    assessment.judgement.own_measures[0]
        .reduces
        .push(msgdpia::assessment::OwnReduction {
            risk: "device_loss".to_string(),
            likelihood: 1,
            severity: 0,
        });
    let bundle = bundle();
    let plain = bundle.score(&sample());
    let scoring = bundle.score(&assessment);
    let device = |s: &Scoring| risk_of(s, "device_loss").residual;
    assert_eq!(device(&scoring), device(&plain));
    let source = SourceFile::new("own.ron", assessment.to_ron());
    let opened = crate::support::open_with_shipped(&source);
    assert!(
        opened
            .notes
            .iter()
            .map(ToString::to_string)
            .any(|n| n.contains("lowers `device_loss`, which is not one of your own risks")),
        "{:?}",
        opened.notes
    );
}
