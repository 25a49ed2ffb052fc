//! The three shipped examples come out as a DPO would expect.

use crate::support::{example, knowledge, questionnaire};
use msgdpia::scoring::{Stance, score};

fn stance_of(name: &str) -> msgdpia::scoring::Scoring {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let assessment = example(name);
    let scoring = score(&q, &kb, &assessment.answers);
    for app in &scoring.apps {
        for risk in &app.risks {
            eprintln!(
                "{name} {:?} {}: {:?}/{:?} -> {:?}/{:?}",
                app.app,
                risk.risk,
                risk.inherent.likelihood,
                risk.inherent.severity,
                risk.residual.likelihood,
                risk.residual.severity
            );
        }
        eprintln!("{:?}", app.decision);
    }
    eprintln!("warnings {:?}", scoring.warnings);
    scoring
}

#[test]
fn hong_kong_law_firm_on_wechat_is_forbidden() {
    let scoring = stance_of("hk-law-firm-wechat.ron");
    assert_eq!(scoring.stance, Stance::Forbid);
}

#[test]
fn scottish_whatsapp_group_is_defined_with_records_conditions() {
    let scoring = stance_of("scottish-team-whatsapp.ron");
    assert_eq!(scoring.stance, Stance::Define);
}

#[test]
fn uk_firm_on_signal_with_mdm_is_accepted() {
    let scoring = stance_of("uk-firm-signal-mdm.ron");
    assert!(matches!(scoring.stance, Stance::Accept | Stance::Define));
}
