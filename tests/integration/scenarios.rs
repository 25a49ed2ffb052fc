//! Realistic scenarios beyond the three examples, each with the stance and top risks a DPO would
//! expect and a one-line justification. The report of each must show the rules and facts that
//! drove it.

use crate::support::{knowledge, questionnaire};
use msgdpia::answer::{Answer, Answers, YesNo};
use msgdpia::assessment::Assessment;
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::scoring::{Stance, score};

struct Scenario {
    name: &'static str,
    /// Why a DPO would reach this stance, in one line.
    why: &'static str,
    app: &'static str,
    answers: &'static [(&'static str, &'static str)],
    stances: &'static [Stance],
    /// Risks expected among the three highest residual risks.
    top: &'static [&'static str],
    /// Rules expected to fire.
    rules: &'static [&'static str],
}

fn yes(value: &str) -> Answer {
    match value {
        "yes" => Answer::YesNo(YesNo::Yes),
        "no" => Answer::YesNo(YesNo::No),
        _ => Answer::YesNo(YesNo::DontKnow),
    }
}

/// A UK organisation using a well-run app for internal coordination on managed devices: the
/// baseline each scenario changes.
fn base_answers() -> Answers {
    let mut answers = Answers::new();
    for id in [
        "s_evaluation",
        "s_automated",
        "s_monitoring",
        "s_sensitive",
        "s_large_scale",
        "s_matching",
        "s_vulnerable",
        "s_innovative",
        "s_prevents_rights",
    ] {
        answers.insert(id.into(), yes("no"));
    }
    let choices = [
        ("org_type", "other"),
        ("org_location", "uk"),
        ("devices", "managed"),
        ("transfer_basis_uk", "sccs"),
        ("staff_departure", "captured"),
        ("np_lawful_basis", "legitimate_interests"),
        ("np_retention_period", "year"),
    ];
    for (id, value) in choices {
        answers.insert(id.into(), Answer::Choice(value.into()));
    }
    let multiple = [
        ("purpose", "internal_coordination"),
        ("recipients", "staff"),
        ("data_kinds", "ordinary"),
        ("client_locations", "uk"),
        ("regulated_activity", "none"),
    ];
    for (id, value) in multiple {
        answers.insert(id.into(), Answer::Choices(vec![value.into()]));
    }
    for (id, value) in [
        ("uses_groups", "no"),
        ("public_records", "no"),
        ("legal_hold", "no"),
        ("sg_mdm", "yes"),
        ("sg_archiving", "no"),
        ("sg_capture_connector", "no"),
        ("sg_transcription", "no"),
        ("sg_group_owner", "no"),
        ("sg_passcode", "yes"),
        ("sg_app_pin", "yes"),
        ("sg_no_previews", "yes"),
        ("sg_remote_wipe", "yes"),
        ("sg_disappearing", "no"),
        ("sg_backups", "yes"),
        ("sg_no_matter_discussion", "no"),
        ("sg_client_consent", "no"),
        ("sg_training", "yes"),
        ("sg_enterprise_tenant", "no"),
        ("sg_processor_agreement", "no"),
        ("sg_data_residency", "no"),
        ("sg_customer_keys", "no"),
        ("sg_e2ee_mode", "no"),
        ("sg_no_sensitive_content", "no"),
        ("gov_policy", "yes"),
        ("gov_iao_informed", "yes"),
        ("gov_incidents", "yes"),
        ("litigation", "no"),
        ("np_minimised", "yes"),
        ("np_informed", "yes"),
        ("np_rights", "yes"),
        // Asked only where a record-keeping duty applies.
        ("records_disappearing", "no"),
    ] {
        answers.insert(id.into(), yes(value));
    }
    answers.insert("people_count".into(), Answer::Number(200.0));
    answers
}

/// Applies "question=value" overrides: `a,b` for several choices, yes/no/dont_know for yes/no.
fn answers_for(scenario: &Scenario, q: &msgdpia::questionnaire::Questionnaire) -> Answers {
    let mut answers = base_answers();
    answers.insert("apps".into(), Answer::Apps(vec![scenario.app.into()]));
    for (id, value) in scenario.answers {
        let question = q
            .question(id)
            .unwrap_or_else(|| panic!("{}: no question {id}", scenario.name));
        let answer = match question.kind {
            msgdpia::questionnaire::QuestionKind::YesNo => yes(value),
            msgdpia::questionnaire::QuestionKind::SingleChoice => Answer::Choice((*value).into()),
            msgdpia::questionnaire::QuestionKind::MultipleChoice => {
                Answer::Choices(value.split(',').map(String::from).collect())
            }
            other => panic!("{}: {id} is a {other:?} question", scenario.name),
        };
        answers.insert((*id).into(), answer);
    }
    answers
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "US broker-dealer on WhatsApp with clients",
        why: "SEC 17a-4 / FINRA 4511 require business communications to be kept; WhatsApp cannot be captured, the off-channel cases the SEC fined.",
        app: "whatsapp",
        answers: &[
            ("org_type", "financial_firm"),
            ("org_location", "us"),
            ("regulated_activity", "us_broker_dealer"),
            ("recipients", "clients"),
            ("purpose", "client_communication"),
            ("data_kinds", "financial"),
        ],
        stances: &[Stance::Forbid],
        top: &["regulatory_records"],
        rules: &["sec_finra_recordkeeping"],
    },
    Scenario {
        name: "French firm on Olvid with health data",
        why: "Olvid is end-to-end encrypted, French and certified; health data keeps the severity up, so use is allowed under conditions.",
        app: "olvid",
        answers: &[
            ("org_type", "health"),
            ("org_location", "eea"),
            ("transfer_basis", "not_needed"),
            ("data_kinds", "special_category"),
            ("np_special_condition", "health_care"),
            ("np_lawful_basis", "contract"),
            ("s_sensitive", "yes"),
            ("client_locations", "eea"),
        ],
        stances: &[Stance::Accept, Stance::Define],
        top: &["confidentiality"],
        rules: &[],
    },
    Scenario {
        name: "Scottish authority's ministers in a WhatsApp group without transcription",
        why: "Public records and FOI duties cannot be met when nothing is transcribed and no one owns the group.",
        app: "whatsapp",
        answers: &[
            ("org_type", "public_body"),
            ("public_records", "yes"),
            ("uses_groups", "yes"),
            ("group_members", "staff_only"),
            ("devices", "personal_unmanaged"),
            ("sg_mdm", "no"),
            ("staff_departure", "no_process"),
        ],
        stances: &[Stance::Forbid],
        top: &["records_loss"],
        rules: &["public_records_uk"],
    },
    Scenario {
        name: "UK firm on Zoom with written client consent",
        why: "Zoom chats and meetings are not end-to-end encrypted by default; client consent and policy make it usable only under conditions. Zoom states that it has joined the UK Extension to the Data Privacy Framework (privacy statement, April 2025), so no UK transfer rule applies.",
        app: "zoom",
        answers: &[
            ("org_type", "law_firm"),
            ("recipients", "clients"),
            ("purpose", "client_communication"),
            ("data_kinds", "privileged"),
            ("sg_client_consent", "yes"),
        ],
        stances: &[Stance::Define, Stance::Forbid],
        top: &["confidentiality"],
        rules: &[],
    },
    Scenario {
        name: "Telegram group for case coordination at a law firm",
        why: "Telegram groups are never end-to-end encrypted: privileged case discussion sits readable on Telegram's servers.",
        app: "telegram",
        answers: &[
            ("org_type", "law_firm"),
            ("uses_groups", "yes"),
            ("group_members", "with_externals"),
            ("data_kinds", "privileged"),
            ("litigation", "yes"),
        ],
        stances: &[Stance::Forbid],
        top: &["confidentiality"],
        rules: &["groups_not_e2ee"],
    },
    Scenario {
        name: "SMS for building closures at a public body",
        why: "Scottish Government guidance allows SMS for notices such as building closures; names and closure notices carry little risk.",
        app: "sms",
        answers: &[
            ("org_type", "public_body"),
            ("purpose", "business_continuity"),
            ("public_records", "yes"),
            ("sg_transcription", "yes"),
        ],
        stances: &[Stance::Accept, Stance::Define],
        top: &[],
        rules: &[],
    },
    Scenario {
        name: "FCA-regulated firm on Signal without archiving",
        why: "SYSC 10A requires relevant communications to be recorded; Signal offers no capture.",
        app: "signal",
        answers: &[
            ("org_type", "financial_firm"),
            ("regulated_activity", "uk_fca"),
            ("recipients", "clients"),
            ("purpose", "client_communication"),
        ],
        stances: &[Stance::Forbid],
        top: &["regulatory_records"],
        rules: &["fca_sysc_10a"],
    },
    Scenario {
        name: "FCA-regulated firm on Microsoft Teams with compliance archiving",
        why: "Teams is captured by Purview retention and eDiscovery, so the SYSC 10A duty can be met.",
        app: "ms_teams",
        answers: &[
            ("org_type", "financial_firm"),
            ("regulated_activity", "uk_fca"),
            ("sg_archiving", "yes"),
        ],
        stances: &[Stance::Accept, Stance::Define],
        top: &[],
        rules: &[],
    },
    Scenario {
        name: "UK firm on WeChat with suppliers in mainland China",
        why: "The provider is under PRC state-access law and reviews content on its servers; even ordinary business data is exposed.",
        app: "wechat",
        answers: &[("recipients", "third_parties"), ("client_locations", "prc")],
        stances: &[Stance::Forbid],
        top: &["transfer"],
        rules: &["prc_state_access"],
    },
    Scenario {
        name: "Health provider on Threema Work with MDM",
        why: "Threema Work is end-to-end encrypted, Swiss, managed and needs no phone number; health data needs conditions at most.",
        app: "threema_work",
        answers: &[
            ("org_type", "health"),
            ("data_kinds", "special_category"),
            ("np_special_condition", "health_care"),
            ("np_lawful_basis", "contract"),
            ("s_sensitive", "yes"),
        ],
        stances: &[Stance::Accept, Stance::Define],
        top: &[],
        rules: &[],
    },
    Scenario {
        name: "Hong Kong law firm on LINE with clients in Hong Kong",
        why: "LINE's Letter Sealing protects chats, but contact upload and privileged matters on personal devices call for conditions.",
        app: "line",
        answers: &[
            ("org_type", "law_firm"),
            ("org_location", "hong_kong"),
            ("client_locations", "hong_kong"),
            ("recipients", "clients"),
            ("purpose", "client_communication"),
            ("data_kinds", "privileged"),
            ("devices", "personal_unmanaged"),
            ("sg_mdm", "no"),
        ],
        stances: &[Stance::Define, Stance::Forbid],
        top: &[],
        rules: &["hk_solicitors_ict"],
    },
    Scenario {
        name: "Small firm on iMessage on managed iPhones for internal coordination",
        why: "iMessage is end-to-end encrypted by default and the devices are managed; nothing sensitive is exchanged.",
        app: "imessage",
        answers: &[],
        stances: &[Stance::Accept, Stance::Define],
        top: &[],
        rules: &[],
    },
];

#[test]
fn every_scenario_comes_out_as_a_dpo_expects_and_its_report_shows_why() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let bundle = Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .unwrap();
    let mut failures = Vec::new();
    for scenario in SCENARIOS {
        let answers = answers_for(scenario, &q);
        let scoring = score(&q, &kb, &answers);
        let result = &scoring.apps[0];
        assert_eq!(
            result.app.as_deref(),
            Some(scenario.app),
            "{}: the app is not in the knowledge base",
            scenario.name
        );
        let top: Vec<&str> = result
            .highest_residual(3)
            .iter()
            .map(|r| r.risk.as_str())
            .collect();
        let summary = format!(
            "{}: {} (top {:?}, rules {:?}, warnings {:?}) — expected {:?}: {}",
            scenario.name,
            result.decision.stance,
            top,
            result.rules_applied,
            scoring.misfits,
            scenario.stances,
            scenario.why
        );
        if !scenario.stances.contains(&result.decision.stance) {
            failures.push(format!("stance: {summary}"));
        }
        for risk in scenario.top {
            if !top.contains(risk) {
                failures.push(format!("top risk {risk}: {summary}"));
            }
        }
        for rule in scenario.rules {
            if !result.rules_applied.iter().any(|r| r == rule) {
                failures.push(format!("rule {rule}: {summary}"));
            }
        }
        assert!(scoring.misfits.is_empty(), "{summary}");
        assert!(scoring.complete, "{summary}: missing {:?}", scoring.missing);
        // The report shows the rules and facts that drove the result.
        let mut assessment =
            Assessment::blank(&bundle.questionnaire, Date::parse("2026-11-23").unwrap());
        assessment.metadata.organisation = scenario.name.to_string();
        assessment.answers = answers;
        let document = bundle.report(&assessment, &scoring, Date::parse("2026-11-23").unwrap());
        let text = crate::pdf::pdf_text(
            &msgdpia::pdf::render(&document, msgdpia::pdf::PageSize::A4).unwrap(),
        );
        for rule in scenario.rules {
            let title = &q.rules.iter().find(|r| r.id == *rule).unwrap().title;
            let words: String = title.chars().take(30).collect();
            assert!(
                text.contains(&words),
                "{}: the report does not name rule {rule}",
                scenario.name
            );
        }
        assert!(
            text.contains("App fact:"),
            "{}: the report shows no app fact",
            scenario.name
        );
    }
    assert!(
        failures.is_empty(),
        "{} scenario check(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
