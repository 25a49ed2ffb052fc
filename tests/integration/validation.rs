//! Every kind of validation error names the file, the line and column, and the offending id.

use crate::support::knowledge;
use msgdpia::assessment::Assessment;
use msgdpia::diagnostic::Diagnostic;
use msgdpia::knowledge::KnowledgeBase;
use msgdpia::questionnaire::Questionnaire;
use msgdpia::source::SourceFile;

/// A questionnaire with one section around the given questions.
fn questionnaire_text(questions: &str) -> String {
    format!(
        "Questionnaire(\n    id: \"t\",\n    version: \"1\",\n    title: \"T\",\n    sections: [\n        Section(\n            id: \"s\",\n            title: \"S\",\n            questions: [\n{questions}\n            ],\n        ),\n    ],\n)\n"
    )
}

fn questionnaire_errors(text: &str) -> Vec<Diagnostic> {
    questionnaire_errors_with(&knowledge(), text)
}

fn questionnaire_errors_with(kb: &KnowledgeBase, text: &str) -> Vec<Diagnostic> {
    match Questionnaire::load(&SourceFile::new("custom.ron", text), kb) {
        Ok(_) => panic!("expected errors for:\n{text}"),
        Err(error) => error.diagnostics,
    }
}

/// The 1-based column where `token` first appears on 1-based `line` of `text`.
fn column_of(text: &str, line: usize, token: &str) -> usize {
    let line_text = text.lines().nth(line - 1).expect("line exists");
    let byte = line_text
        .find(token)
        .unwrap_or_else(|| panic!("`{token}` not on line {line}: {line_text}"));
    line_text[..byte].chars().count() + 1
}

/// Asserts one diagnostic mentions every `needle` and sits on `line` where `token` starts.
fn assert_error_at(
    diagnostics: &[Diagnostic],
    needles: &[&str],
    text: &str,
    line: usize,
    token: &str,
) {
    assert_error(diagnostics, needles, line, column_of(text, line, token));
}

/// Asserts one diagnostic mentions every `needle` and sits at `line`:`column`.
fn assert_error(diagnostics: &[Diagnostic], needles: &[&str], line: usize, column: usize) {
    let found = diagnostics
        .iter()
        .find(|d| needles.iter().all(|n| d.message.contains(n)));
    let Some(found) = found else {
        panic!("no error mentions {needles:?}; got:\n{diagnostics:#?}")
    };
    assert_eq!(found.file, "custom.ron");
    assert_eq!(
        (found.location.line, found.location.column),
        (line, column),
        "wrong place for {found}"
    );
    let shown = found.to_string();
    assert!(
        shown.starts_with(&format!("custom.ron:{line}:{column}: ")),
        "{shown}"
    );
}

const YES_NO: &str =
    "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo),";

#[test]
fn syntax_error_has_line_and_column() {
    let text = questionnaire_text(
        "                Question(id: \"q1\" text: \"Q1?\", help: \"Why.\", kind: YesNo),",
    );
    let errors = questionnaire_errors(&text);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].location.line, 10);
    assert!(errors[0].location.column > 30, "{}", errors[0]);
}

#[test]
fn unknown_field_is_named_with_the_real_fields() {
    let text = questionnaire_text(
        "                Question(id: \"q1\", text: \"Q1?\", hlep: \"Why.\", kind: YesNo),",
    );
    assert_error_at(
        &questionnaire_errors(&text),
        &["`hlep` is not a field", "help"],
        &text,
        10,
        "hlep",
    );
}

#[test]
fn missing_required_field_is_named() {
    let text =
        questionnaire_text("                Question(id: \"q1\", text: \"Q1?\", kind: YesNo),");
    let errors = questionnaire_errors(&text);
    assert!(
        errors[0]
            .message
            .contains("missing the required field `help`"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[0].location.line, 10);
}

#[test]
fn duplicate_id_points_at_the_second_one() {
    let text = questionnaire_text(&format!("{YES_NO}\n{YES_NO}"));
    assert_error(
        &questionnaire_errors(&text),
        &["question id `q1` is used more than once"],
        11,
        column_of(&text, 11, "\"q1\""),
    );
}

#[test]
fn unknown_risk_in_an_effect_is_located() {
    let q = "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo, options: [Choice(id: \"yes\", effects: [Raise(risk: \"confidentialty\", likelihood: 1)])]),";
    let text = questionnaire_text(q);
    assert_error_at(
        &questionnaire_errors(&text),
        &["`confidentialty` is not a risk"],
        &text,
        10,
        "\"confidentialty\"",
    );
}

#[test]
fn unknown_control_in_a_safeguard_is_located() {
    let q = "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo, options: [Choice(id: \"yes\", effects: [Safeguard(\"mdn\")])]),";
    let text = questionnaire_text(q);
    assert_error_at(
        &questionnaire_errors(&text),
        &["`mdn` is not a control"],
        &text,
        10,
        "\"mdn\"",
    );
}

#[test]
fn step_out_of_range_is_refused() {
    let q = "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo, options: [Choice(id: \"yes\", effects: [Raise(risk: \"privilege\", severity: 4)])]),";
    let text = questionnaire_text(q);
    assert_error_at(
        &questionnaire_errors(&text),
        &["`severity` must be a step between 0 and 3", "found 4"],
        &text,
        10,
        "4)",
    );
}

#[test]
fn condition_on_a_later_question_is_refused() {
    let q1 = "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo, show_if: Is(\"q2\", \"yes\")),";
    let q2 = "                Question(id: \"q2\", text: \"Q2?\", help: \"Why.\", kind: YesNo),";
    let text = questionnaire_text(&format!("{q1}\n{q2}"));
    let errors = questionnaire_errors(&text);
    assert_error_at(
        &errors,
        &["question `q1`", "`q2`", "not a question asked earlier"],
        &text,
        10,
        "\"q2\"",
    );
}

#[test]
fn condition_on_an_unknown_option_lists_the_options() {
    let q1 = "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo),";
    let q2 = "                Question(id: \"q2\", text: \"Q2?\", help: \"Why.\", kind: YesNo, show_if: Is(\"q1\", \"maybe\")),";
    let text = questionnaire_text(&format!("{q1}\n{q2}"));
    let errors = questionnaire_errors(&text);
    assert_error_at(
        &errors,
        &["no option `maybe`", "yes, no, dont_know"],
        &text,
        11,
        "\"maybe\"",
    );
}

#[test]
fn a_safeguard_option_cannot_raise_a_risk() {
    let q = "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: YesNo, options: [Choice(id: \"yes\", effects: [Safeguard(\"mdm\"), Raise(risk: \"privilege\", severity: 1)])]),";
    let text = questionnaire_text(q);
    assert_error_at(
        &questionnaire_errors(&text),
        &["cannot also raise a risk"],
        &text,
        10,
        "\"yes\"",
    );
}

#[test]
fn choice_question_without_options_is_refused() {
    let q =
        "                Question(id: \"q1\", text: \"Q1?\", help: \"Why.\", kind: SingleChoice),";
    let text = questionnaire_text(q);
    assert_error_at(
        &questionnaire_errors(&text),
        &["`q1` needs at least 2 options"],
        &text,
        10,
        "\"q1\"",
    );
}

fn knowledge_errors(text: &str) -> Vec<Diagnostic> {
    match KnowledgeBase::load(&SourceFile::new("custom.ron", text)) {
        Ok(_) => panic!("expected errors"),
        Err(error) => error.diagnostics,
    }
}

fn small_kb(risk_scale: u8, fact: &str) -> String {
    small_kb_with_regions(risk_scale, fact, ALL_REGIONS)
}

/// One region entry covering every region, for knowledge bases whose test is about something else.
const ALL_REGIONS: &str = "Region(users_in: [\"eea\", \"uk\", \"switzerland\", \"hong_kong\", \"prc\", \"us\", \"other\"], provider: \"P\", data_in: [\"US\"], transfers: \"\", source: \"S\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")";

fn small_kb_with_regions(risk_scale: u8, fact: &str, regions: &str) -> String {
    format!(
        "KnowledgeBase(\n    id: \"k\",\n    version: \"1\",\n    risks: [Risk(id: \"r\", name: \"R\", description: \"D\", harm: \"H\", feared_event: IllegitimateAccess, base_likelihood: {risk_scale}, base_severity: 1)],\n    controls: [],\n    facts: [FactDefinition(id: \"f\", label: \"F\")],\n    apps: [App(id: \"a\", name: \"A\", vendor: \"V\", jurisdiction: \"US\", vendor_source: \"S\", vendor_source_date: \"undated\", vendor_checked_on: \"2025-01-01\", regions: [{regions}], facts: [\n        {fact},\n    ])],\n)\n"
    )
}

#[test]
fn knowledge_base_scale_out_of_range() {
    let text = small_kb(
        5,
        "Fact(id: \"f\", value: Yes, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")",
    );
    assert_error_at(
        &knowledge_errors(&text),
        &["`base_likelihood` must be on the 1–4 scale", "found 5"],
        &text,
        4,
        "5, base_severity",
    );
}

#[test]
fn knowledge_base_bad_date_and_unknown_fact() {
    let text = small_kb(
        1,
        "Fact(id: \"g\", value: Yes, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"2016-01\", checked_on: \"2025-02-30\")",
    );
    let errors = knowledge_errors(&text);
    assert_error_at(
        &errors,
        &["`g` is not a fact of the knowledge base", "f"],
        &text,
        8,
        "\"g\"",
    );
    assert_error_at(
        &errors,
        &["`checked_on` must be a real date", "2025-02-30"],
        &text,
        8,
        "\"2025-02-30\"",
    );
}

#[test]
fn a_made_up_source_date_is_refused_and_the_precision_the_source_gives_is_kept() {
    let text = small_kb(
        1,
        "Fact(id: \"f\", value: Yes, detail: \"d\", source: \"s\", source_kind: Secondary, source_date: \"spring 2016\", checked_on: \"2025-01-01\")",
    );
    assert_error_at(
        &knowledge_errors(&text),
        &[
            "`source_date` must be the date the source states",
            "`undated`",
            "spring 2016",
        ],
        &text,
        8,
        "\"f\"",
    );
}

#[test]
fn knowledge_base_unknown_value_lists_the_allowed_ones() {
    let errors = knowledge_errors(&small_kb(
        1,
        "Fact(id: \"f\", value: Maybe, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")",
    ));
    assert!(
        errors[0]
            .message
            .contains("`Maybe` is not one of the values allowed here: Yes, No, Partial, Unknown"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[0].location.line, 8);
}

#[test]
fn assessment_from_a_newer_format_is_refused_with_advice() {
    let text = "Assessment(format_version: 7, questionnaire: QuestionnaireRef(id: \"q\", version: \"1\"), metadata: Metadata(organisation: \"O\", assessment_date: \"2026-01-01\"), answers: {})";
    let error = Assessment::load(&SourceFile::new("custom.ron", text)).unwrap_err();
    assert!(
        error.to_string().contains("newer version of msgdpia"),
        "{error}"
    );
}

#[test]
fn assessment_with_a_bad_date_is_located() {
    let text = "Assessment(\n    format_version: 1,\n    questionnaire: QuestionnaireRef(id: \"q\", version: \"1\"),\n    metadata: Metadata(organisation: \"O\", assessment_date: \"23/11/2026\"),\n)";
    let error = Assessment::load(&SourceFile::new("custom.ron", text)).unwrap_err();
    assert_error_at(
        &error.diagnostics,
        &["`assessment_date` must be a real date", "23/11/2026"],
        text,
        4,
        "\"23/11/2026\"",
    );
}

#[test]
fn condition_on_an_app_not_in_the_knowledge_base_is_refused() {
    let q1 =
        "                Question(id: \"apps\", text: \"Which?\", help: \"Why.\", kind: Apps),";
    let q2 = "                Question(id: \"q2\", text: \"Q2?\", help: \"Why.\", kind: YesNo, show_if: Is(\"apps\", \"telegramm\")),";
    let text = questionnaire_text(&format!("{q1}\n{q2}"));
    assert_error_at(
        &questionnaire_errors(&text),
        &["no option `telegramm`", "whatsapp"],
        &text,
        11,
        "\"telegramm\"",
    );
}

#[test]
fn answer_naming_an_unknown_app_is_reported() {
    let kb = knowledge();
    let q = crate::support::questionnaire(&kb);
    let mut answers = msgdpia::answer::Answers::new();
    answers.insert(
        "apps".into(),
        msgdpia::answer::Answer::Apps(vec!["signal".into(), "teams".into()]),
    );
    let found = msgdpia::assessment::misfits(&answers, &q, &kb);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].kind,
        msgdpia::assessment::MisfitKind::NoSuchApp("teams".into())
    );
    let diagnostic = msgdpia::present::misfits::diagnostic(&found[0])
        .in_words(msgdpia::present::vocabulary::Words::english());
    assert!(
        diagnostic.contains("`teams` is not an app of the knowledge base"),
        "{diagnostic}"
    );
}

#[test]
fn every_shipped_app_has_every_fact_with_a_source_and_a_date() {
    let kb = knowledge();
    assert!(kb.apps.len() >= 3);
    for app in &kb.apps {
        assert!(
            app.facts.len() >= 15,
            "{} has only {} facts",
            app.id,
            app.facts.len()
        );
        for definition in &kb.facts {
            let fact = app
                .fact(&definition.id)
                .unwrap_or_else(|| panic!("{} lacks fact {}", app.id, definition.id));
            assert!(
                !fact.citation.source.trim().is_empty(),
                "{}.{} has no source",
                app.id,
                fact.id
            );
            assert!(
                !fact.detail.trim().is_empty(),
                "{}.{} has no detail",
                app.id,
                fact.id
            );
        }
    }
}

#[test]
fn a_fact_without_a_source_or_a_date_is_refused() {
    let text = small_kb(
        1,
        "Fact(id: \"f\", value: Yes, detail: \"d\", source: \"\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")",
    );
    assert_error_at(
        &knowledge_errors(&text),
        &["`source` must not be empty"],
        &text,
        8,
        "\"\", source_kind",
    );
    let text = small_kb(
        1,
        "Fact(id: \"f\", value: Yes, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"undated\")",
    );
    let errors = knowledge_errors(&text);
    assert!(
        errors[0]
            .message
            .contains("missing the required field `checked_on`"),
        "{}",
        errors[0]
    );
}

/// The shipped knowledge base, loaded.
fn shipped_knowledge() -> msgdpia::knowledge::KnowledgeBase {
    msgdpia::knowledge::KnowledgeBase::load(&msgdpia::embedded::knowledge_base_source())
        .expect("the built-in knowledge base loads")
        .value
}

#[test]
fn every_app_has_every_fact_of_the_knowledge_base() {
    let knowledge = shipped_knowledge();
    assert!(knowledge.apps.len() >= 20, "{} apps", knowledge.apps.len());
    for app in &knowledge.apps {
        for definition in &knowledge.facts {
            assert!(
                app.fact(&definition.id).is_some(),
                "{} has no `{}`",
                app.id,
                definition.id
            );
        }
    }
}

#[test]
fn at_most_one_fact_in_ten_is_to_be_checked_again_on_the_day_of_the_latest_check() {
    let knowledge = shipped_knowledge();
    let facts: Vec<&msgdpia::knowledge::Fact> = knowledge
        .apps
        .iter()
        .flat_map(|a| knowledge.own_facts(a))
        .collect();
    let latest = facts.iter().map(|f| f.citation.checked_on).max().unwrap();
    let stale = facts.iter().filter(|f| f.citation.is_stale(latest)).count();
    assert!(
        stale * 10 <= facts.len(),
        "{stale} of {} facts to check again on {latest}",
        facts.len()
    );
}

#[test]
fn vendor_texts_and_details_carry_no_research_notes_or_made_up_codes() {
    let knowledge = shipped_knowledge();
    let notes = [
        "not verified",
        "not checked",
        "was not confirmed",
        "could not",
        "unverified",
        "check the company registry",
        "stored copy",
        "index id",
        "TODO",
        "is weak",
    ];
    for app in &knowledge.apps {
        assert_ne!(app.jurisdiction, "ZZ", "{}", app.id);
        let texts = std::iter::once(("vendor", &app.vendor))
            .chain(app.facts.iter().map(|f| (f.id.as_str(), &f.detail)))
            .chain(
                app.regions
                    .iter()
                    .flat_map(|r| [("provider", &r.provider), ("transfers", &r.transfers)]),
            );
        for (what, text) in texts {
            for note in notes {
                assert!(
                    !text.to_lowercase().contains(&note.to_lowercase()),
                    "{} {what}: research note `{note}` in: {text}",
                    app.id
                );
            }
        }
    }
}

#[test]
fn a_detail_that_opens_against_its_value_or_names_a_fact_id_is_refused_at_the_detail() {
    let text = small_kb(
        1,
        "Fact(id: \"f\", value: Yes, detail: \"Not offered to business customers.\", source: \"s\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")",
    );
    assert_error_at(
        &knowledge_errors(&text),
        &["fact `f` of `a`", "value is Yes", "opens with “Not”"],
        &text,
        8,
        "\"Not offered",
    );
    let text = text
        .replace(
            "Not offered to business customers.",
            "Offered, as f_x says.",
        )
        .replace("\"f\"", "\"f_x\"");
    assert_error_at(
        &knowledge_errors(&text),
        &["internal fact id `f_x`"],
        &text,
        8,
        "\"Offered",
    );
    // The shipped knowledge base passes the same check.
    shipped_knowledge();
}

#[test]
fn a_consistency_check_may_cite_only_the_questionnaires_regimes() {
    let kb = knowledge();
    let shipped = msgdpia::embedded::questionnaire_sources()[0]
        .text()
        .to_string();
    let text = shipped.replacen(
        "\"hk_pdpo\": \"PDPO DPP1(3)\"",
        "\"hk_pdo\": \"PDPO DPP1(3)\"",
        1,
    );
    assert_ne!(
        text, shipped,
        "the shipped questionnaire cites the PDPO's duty to inform"
    );
    let line = text
        .lines()
        .position(|l| l.contains("\"hk_pdo\""))
        .expect("the changed line")
        + 1;
    assert_error_at(
        &questionnaire_errors_with(&kb, &text),
        &[
            "`hk_pdo` in `cites` is not a regime of this questionnaire",
            "hk_pdpo",
        ],
        &text,
        line,
        "\"hk_pdo\"",
    );
}

#[test]
fn an_edition_inherits_its_apps_facts_and_overrides_some() {
    let knowledge = shipped_knowledge();
    let platform = knowledge.app("whatsapp_business_platform").unwrap();
    let app = knowledge.app("whatsapp_business").unwrap();
    assert_eq!(platform.edition_of.as_deref(), Some("whatsapp_business"));
    use msgdpia::knowledge::FactValue;
    // Overridden: the Cloud API decrypts messages for the business.
    assert_eq!(app.fact_value("e2ee_default_1to1"), FactValue::Yes);
    assert_eq!(platform.fact_value("e2ee_default_1to1"), FactValue::No);
    // Inherited: the same phone-number registration as the Business app.
    assert_eq!(
        platform.fact("phone_number_required"),
        app.fact("phone_number_required")
    );
    // Its own facts are only those it overrides.
    assert_eq!(knowledge.own_facts(platform).count(), 9);
    let grid = knowledge.app("slack_enterprise_grid").unwrap();
    let free = knowledge.app("slack_free_pro").unwrap();
    assert_eq!(grid.fact_value("compliance_archiving"), FactValue::Yes);
    assert_eq!(free.fact_value("compliance_archiving"), FactValue::No);
}

#[test]
fn an_edition_that_overrides_nothing_or_an_unknown_fact_is_refused() {
    let text = small_kb(
        1,
        "Fact(id: \"f\", value: Yes, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")",
    )
    .replace(
        "    ])],",
        "    ], editions: [Edition(id: \"a_pro\", name: \"A Pro\", facts: []), Edition(id: \"a_max\", name: \"A Max\", facts: [Fact(id: \"g\", value: No, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")])])],",
    );
    let errors = knowledge_errors(&text);
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("edition `a_pro` overrides no fact of `a`")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("`g` is not a fact of the knowledge base")),
        "{errors:#?}"
    );
}

#[test]
fn every_app_states_its_provider_for_each_region_once_with_real_country_codes() {
    let fact = "Fact(id: \"f\", value: Yes, detail: \"d\", source: \"s\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")";
    let entry = |regions: &str, data_in: &str| {
        format!(
            "Region(users_in: [{regions}], provider: \"P\", data_in: [{data_in}], transfers: \"\", source: \"S\", source_kind: Primary, source_date: \"undated\", checked_on: \"2025-01-01\")"
        )
    };
    let regions = [
        entry("\"eea\", \"uk\", \"switzerland\"", "\"IE\""),
        entry(
            "\"uk\", \"us\", \"other\", \"mars\"",
            "\"Ireland\", \"unknown\"",
        ),
    ]
    .join(", ");
    let text = small_kb_with_regions(1, fact, &regions);
    let errors = knowledge_errors(&text);
    // A bad value is located at the value itself.
    assert_error_at(&errors, &["`mars` is not a region"], &text, 7, "\"mars\"");
    assert_error_at(
        &errors,
        &["`Ireland` in `data_in`"],
        &text,
        7,
        "\"Ireland\"",
    );
    let says = |needle: &str| {
        assert!(
            errors.iter().any(|e| e.message.contains(needle)),
            "no error says {needle:?}: {errors:#?}"
        );
    };
    says("`a` says nothing about users in `hong_kong`");
    says("`a` says nothing about users in `prc`");
    says("`a` states its provider for users in `uk` 2 times");
    says("`mars` is not a region");
    says("`Ireland` in `data_in` is not a two-letter ISO country code");
    // `unknown` is an honest answer, not an error.
    assert!(!errors.iter().any(|e| e.message.contains("`unknown` in")));
}

#[test]
fn the_region_follows_the_organisation_and_an_unknown_location_counts_as_the_providers_own() {
    let knowledge = knowledge();
    let whatsapp = knowledge.app("whatsapp").unwrap();
    assert!(
        whatsapp
            .region("eea")
            .unwrap()
            .provider
            .contains("WhatsApp Ireland")
    );
    assert!(
        whatsapp
            .region("uk")
            .unwrap()
            .provider
            .contains("WhatsApp LLC")
    );
    // The Business Platform is provided by another entity than the Business app in the UK.
    let platform = knowledge.app("whatsapp_business_platform").unwrap();
    let business = knowledge.app("whatsapp_business").unwrap();
    assert_ne!(
        platform.region("uk").unwrap().provider,
        business.region("uk").unwrap().provider
    );
    // An edition that states no regions of its own has its app's.
    let grid = knowledge.app("slack_enterprise_grid").unwrap();
    assert_eq!(grid.regions, knowledge.app("slack").unwrap().regions);
    // Signal states no server location: its own country, the US, counts.
    let signal = knowledge.app("signal").unwrap();
    assert!(
        signal
            .region("eea")
            .unwrap()
            .data_in
            .iter()
            .any(|c| c == "unknown")
    );
    assert!(signal.processed_in(Some("eea")).iter().any(|c| c == "US"));
}
