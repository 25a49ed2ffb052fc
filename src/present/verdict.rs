//! The verdict in words: the basis of a stance, its conditions, what it would take to allow a
//! forbidden use, what is missing before there is a stance at all, and the findings. Scoring
//! returns these as data; the report, the app and the CLI all word them here.

use super::describe::answer_ref_text;
pub use super::joining::{list_in, sentences};
use super::names;
use super::vocabulary::{FluentArgs, Words};
use crate::assessment::DocumentStatus;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{LawCitation, Questionnaire, Regime, Requirement};
use crate::scoring::{
    Decision, DecisionBasis, Finding, LARGEST_SET_SEARCHED, Scoring, Stance, WhatItWouldTake,
};
use crate::wp248::Criterion;

/// The headline: the stance, or INCOMPLETE while required answers are missing.
pub fn headline(scoring: &Scoring, words: &Words) -> String {
    scoring.final_stance().map_or_else(
        || incomplete_word(words),
        |stance| stance_word(stance, words),
    )
}

/// The screening in one sentence: how many of the WP248 criteria are met and whether that makes
/// a DPIA a duty. The report, the risk panel and `msgdpia score` all say it so.
pub fn screening(screening: &crate::scoring::Screening, words: &Words) -> String {
    // Small counts are written in words in running text ("two or more criteria").
    let in_words = |count: usize| {
        let mut args = FluentArgs::new();
        args.set("n", count);
        words.with("count-word", &args)
    };
    let mut args = FluentArgs::new();
    args.set("met", screening.met());
    args.set("total", in_words(Criterion::ALL.len()));
    args.set("threshold", in_words(Criterion::DPIA_THRESHOLD));
    let id = if screening.dpia_required {
        "verdict-screening-required"
    } else {
        "verdict-screening-not-required"
    };
    words.with(id, &args)
}

/// One app's headline where it stands alone (a column, a map's title): its stance, or INCOMPLETE
/// with the provisional one, so that no stance shows while required answers are missing.
pub fn app_headline(
    scoring: &Scoring,
    result: &crate::scoring::AppResult,
    words: &Words,
) -> String {
    let stance = stance_word(result.decision.stance, words);
    if scoring.complete {
        stance
    } else {
        words.with_texts(
            "verdict-provisionally",
            &[("incomplete", &incomplete_word(words)), ("stance", &stance)],
        )
    }
}

/// A stance's word in `words`' language: ACCEPT, DEFINE, FORBID in English.
pub fn stance_word(stance: Stance, words: &Words) -> String {
    words.get(super::terms::stance(stance))
}

/// The word shown instead of a stance while required answers are missing: INCOMPLETE in English.
pub fn incomplete_word(words: &Words) -> String {
    words.get("stance-incomplete")
}

/// What a stance means in practice, as a sentence. Only an approved assessment says the
/// residual risk was accepted, and by whom; until then acceptance is what sign-off is for.
pub fn stance_meaning(stance: Stance, status: &DocumentStatus, words: &Words) -> String {
    match (stance, status) {
        (Stance::Accept, DocumentStatus::Approved { by, on }) => words.with_texts(
            "stance-meaning-accepted",
            &[("by", by), ("on", &words.date(*on))],
        ),
        (Stance::Accept, _) => words.get("stance-meaning-accept"),
        (Stance::Define, _) => words.get("stance-meaning-define"),
        (Stance::Forbid, _) => words.get("stance-meaning-forbid"),
    }
}

/// The document's status in words, for the cover.
pub fn status_text(status: &DocumentStatus, words: &Words) -> String {
    match status {
        DocumentStatus::Draft => words.get("status-draft-text"),
        DocumentStatus::InReview => words.get("status-in-review-text"),
        DocumentStatus::Approved { by, on } => words.with_texts(
            "status-approved-text",
            &[("by", by), ("on", &words.date(*on))],
        ),
    }
}

/// The status in one word or two, for a table: "Draft", "In review", "Approved".
pub fn status_word(status: &DocumentStatus, words: &Words) -> String {
    words.get(match status {
        DocumentStatus::Draft => "status-draft",
        DocumentStatus::InReview => "status-in-review",
        DocumentStatus::Approved { .. } => "status-approved",
    })
}

/// Why the decision came out as it did, in one paragraph.
pub fn decision_reason(knowledge: &KnowledgeBase, decision: &Decision, words: &Words) -> String {
    let (id, risks) = match &decision.basis {
        DecisionBasis::VeryHighResidual(risks) => ("verdict-very-high", risks),
        DecisionBasis::HighBeyondMeasures(risks) => ("verdict-high-beyond-measures", risks),
        DecisionBasis::HighWithinReach(risks) => ("verdict-high-within-reach", risks),
        DecisionBasis::ReliesOnSafeguards(risks) => ("verdict-relies-on-safeguards", risks),
        DecisionBasis::LowInherent => return words.get("verdict-low-inherent"),
    };
    words.with(id, &about_risks(knowledge, risks, words))
}

/// The risks named in a sentence, `$risks`, and how many they are, `$count`.
fn about_risks(knowledge: &KnowledgeBase, risks: &[String], words: &Words) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("risks", risk_names(knowledge, risks, words));
    args.set("count", risks.len());
    args
}

/// Under FORBID, what it would take to allow the use on conditions, in one paragraph.
pub fn what_it_would_take(
    knowledge: &KnowledgeBase,
    reach: &WhatItWouldTake,
    words: &Words,
) -> String {
    match reach {
        WhatItWouldTake::Measures(measures) => {
            let names: Vec<String> = measures
                .iter()
                .map(|id| names::control(knowledge, id, words).into_owned())
                .collect();
            // Sets up to the largest searched are proven the smallest; a larger one is only
            // proven to need every member.
            let id = if measures.len() <= LARGEST_SET_SEARCHED {
                "verdict-would-take-measures"
            } else {
                "verdict-would-take-many-measures"
            };
            words.with_texts(id, &[("measures", &list_in(&names, words))])
        }
        WhatItWouldTake::NoneCan(risks) => words.with(
            "verdict-would-take-none",
            &about_risks(knowledge, risks, words),
        ),
    }
}

/// The required questions still unanswered, by their text.
pub fn missing_questions(
    questionnaire: &Questionnaire,
    missing: &[String],
    words: &Words,
) -> Vec<String> {
    missing
        .iter()
        .map(|id| names::question(questionnaire, id, words).into_owned())
        .collect()
}

/// Why there is no stance yet, in one paragraph.
pub fn incomplete_explanation(scoring: &Scoring, words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("count", scoring.missing.len());
    args.set("stance", stance_word(scoring.stance, words));
    words.with("verdict-incomplete", &args)
}

/// A finding in one sentence.
pub fn finding_text(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    regimes: &[String],
    finding: &Finding,
    words: &Words,
) -> String {
    let quoted = |text: &str| words.with_texts("quoted", &[("text", text)]);
    match finding {
        Finding::PlannedNotDone {
            control,
            status,
            answer,
        } => words.with_texts(
            "finding-planned-not-done",
            &[
                (
                    "measure",
                    &quoted(&names::control(knowledge, control, words)),
                ),
                (
                    "answer",
                    &quoted(&answer_ref_text(answer, questionnaire, words)),
                ),
                (
                    "status",
                    &words
                        .get(super::terms::measure_status(*status))
                        .to_lowercase(),
                ),
            ],
        ),
        Finding::DoneContradictsAnswer { control, answer } => words.with_texts(
            "finding-done-contradicts",
            &[
                (
                    "measure",
                    &quoted(&names::control(knowledge, control, words)),
                ),
                (
                    "answer",
                    &quoted(&answer_ref_text(answer, questionnaire, words)),
                ),
            ],
        ),
        Finding::NoAppChosen => words.get("finding-no-app"),
        Finding::UnavailableForApp { control, app } => words.with_texts(
            "finding-unavailable",
            &[
                (
                    "measure",
                    &quoted(&names::control(knowledge, control, words)),
                ),
                ("app", &names::app(knowledge, app, words)),
            ],
        ),
        Finding::OverrideIncomplete { risk } => words.with_texts(
            "finding-override-incomplete",
            &[("risk", &quoted(&names::risk(knowledge, risk, words)))],
        ),
        Finding::OverrideForAppNotAssessed { risk, app } => words.with_texts(
            "finding-override-not-assessed",
            &[
                ("risk", &quoted(&names::risk(knowledge, risk, words))),
                ("app", &names::app(knowledge, app, words)),
            ],
        ),
        Finding::Inconsistent { check, app } => {
            let Some(check) = questionnaire.consistency.iter().find(|c| c.id == *check) else {
                return String::new();
            };
            let app = app.as_deref().and_then(|id| knowledge.app(id));
            let finding = with_law(&check.finding, check.law.as_ref(), regimes, words);
            let finding = words.with_texts(
                "finding-and-resolution",
                &[("finding", &finding), ("resolution", &check.resolve)],
            );
            match app {
                Some(app) => words.with_texts(
                    "finding-of-app",
                    &[("app", &app.name), ("finding", &finding)],
                ),
                None => finding,
            }
        }
    }
}

/// A measure marked done against the answer that says it is not in place, said beside the
/// measure itself (so without its name): the short form of `Finding::DoneContradictsAnswer`.
pub fn done_contradicts_beside_measure(
    question: &crate::questionnaire::Question,
    words: &Words,
) -> String {
    let quoted = words.with_texts("quoted", &[("text", &question.text)]);
    words.with_texts("done-contradicts-beside-measure", &[("question", &quoted)])
}

/// A finding's sentence with the provisions it breaches under the law that applies, before its
/// full stop: "The people concerned are not told of this use (the duty to inform: UK GDPR Art. 13
/// and 14)." Under a law that states no such duty the sentence stands alone.
fn with_law(finding: &str, law: Option<&LawCitation>, regimes: &[String], words: &Words) -> String {
    let cites = law.map(|law| (law.topic.as_str(), law.applicable(regimes)));
    match cites {
        Some((topic, cites)) if !cites.is_empty() => words.with_texts(
            "finding-with-law",
            &[
                // The sentence's own full stop goes: the citation comes before it.
                ("finding", finding.trim_end().trim_end_matches(['.', '。'])),
                ("topic", topic),
                ("cites", &cites.join(&words.get("cites-separator"))),
            ],
        ),
        _ => finding.to_string(),
    }
}

fn risk_names(knowledge: &KnowledgeBase, risks: &[String], words: &Words) -> String {
    let names: Vec<String> = risks
        .iter()
        .map(|id| words.with_texts("quoted", &[("text", &names::risk(knowledge, id, words))]))
        .collect();
    list_in(&names, words)
}

/// The regimes that apply, in questionnaire order.
fn regimes<'q>(questionnaire: &'q Questionnaire, scoring: &Scoring) -> Vec<&'q Regime> {
    questionnaire
        .regimes
        .iter()
        .filter(|r| scoring.regimes.contains(&r.id))
        .collect()
}

/// The applicable law in one paragraph: each regime with its authority and what it says of an
/// impact assessment.
pub fn applicable_law(questionnaire: &Questionnaire, scoring: &Scoring, words: &Words) -> String {
    let regimes = regimes(questionnaire, scoring);
    if regimes.is_empty() {
        return words.get("law-undetermined");
    }
    let mut parts = vec![words.get("law-heading")];
    parts.extend(regimes.iter().map(|r| {
        let id = match r.assessment {
            Requirement::Duty => "law-assessment-duty",
            Requirement::GoodPractice => "law-assessment-good-practice",
            Requirement::NotRequired => "law-assessment-not-required",
            Requirement::CheckLocalLaw => "law-assessment-check",
        };
        words.with_texts(
            id,
            &[
                ("law", &capitalise_first(&r.law)),
                ("authority", &r.authority),
                ("reference", &r.assessment_reference),
            ],
        )
    }));
    sentences(&parts, words)
}

/// Whether prior consultation is needed, and under which law, in one paragraph. Under FORBID
/// there is nothing to consult on: the paragraph says what going ahead anyway would require.
pub fn prior_consultation(
    questionnaire: &Questionnaire,
    scoring: &Scoring,
    words: &Words,
) -> String {
    if !scoring.prior_consultation {
        return words.get("prior-none-needed");
    }
    let regimes = regimes(questionnaire, scoring);
    let duties: Vec<String> = regimes
        .iter()
        .filter(|r| r.prior_consultation == Requirement::Duty)
        .map(|r| {
            words.with_texts(
                "prior-authority",
                &[
                    ("authority", &r.authority),
                    ("reference", &r.prior_consultation_reference),
                ],
            )
        })
        .collect();
    let authorities = [("authorities", list_in(&duties, words))];
    let authorities: Vec<(&str, &str)> = authorities
        .iter()
        .map(|(name, text)| (*name, text.as_str()))
        .collect();
    let law_unclear = regimes.is_empty()
        || regimes
            .iter()
            .any(|r| r.prior_consultation == Requirement::CheckLocalLaw);
    let forbidden = scoring.final_stance() == Some(Stance::Forbid);
    let id = match (forbidden, duties.is_empty(), law_unclear) {
        (true, false, _) => "prior-forbidden-duty",
        (true, true, true) => "prior-forbidden-unclear",
        (true, true, false) => "prior-forbidden-no-duty",
        (false, false, _) => "prior-duty",
        (false, true, true) => "prior-unclear",
        (false, true, false) => "prior-no-duty",
    };
    words.with_texts(id, &authorities)
}

fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    #[test]
    fn only_an_approved_assessment_says_the_residual_risk_was_accepted_and_by_whom() {
        for status in [DocumentStatus::Draft, DocumentStatus::InReview] {
            let meaning = stance_meaning(Stance::Accept, &status, Words::english());
            assert!(!meaning.contains("is accepted") && !meaning.contains("was accepted"));
            assert!(meaning.contains("once the residual risk has been accepted at sign-off"));
        }
        let approved = DocumentStatus::Approved {
            by: "Jane Doe, Managing Partner".to_string(),
            on: Date::new(2026, 11, 30).unwrap(),
        };
        assert_eq!(
            stance_meaning(Stance::Accept, &approved, Words::english()),
            "The use may go ahead; the residual risk was accepted by Jane Doe, Managing Partner on 2026-11-30."
        );
    }
}
