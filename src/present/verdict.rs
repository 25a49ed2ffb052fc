//! The verdict in words: the basis of a stance, its conditions, what it would take to allow a
//! forbidden use, what is missing before there is a stance at all, and the findings. Scoring
//! returns these as data; the report, the app and the CLI all word them here.

use super::describe::answer_ref_text;
use super::names;
use crate::assessment::DocumentStatus;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{LawCitation, Questionnaire, Regime, Requirement};
use crate::scoring::{
    Decision, DecisionBasis, Finding, LARGEST_SET_SEARCHED, Scoring, Stance, WhatItWouldTake,
};
use crate::wp248::Criterion;

/// The word for an incomplete assessment, shown instead of a stance.
pub const INCOMPLETE: &str = "INCOMPLETE";

/// How a provisional result opens, in place of what the stance means.
pub const PROVISIONAL: &str =
    "Provisional result, for guidance only, with missing answers counted as \"don't know\"";

/// The headline: the stance, or INCOMPLETE while required answers are missing.
pub fn headline(scoring: &Scoring) -> &'static str {
    scoring
        .final_stance()
        .map_or(INCOMPLETE, |stance| stance.name())
}

/// The screening in one sentence: how many of the WP248 criteria are met and whether that makes
/// a DPIA a duty. The report, the risk panel and `msgdpia score` all say it so.
pub fn screening(screening: &crate::scoring::Screening) -> String {
    let threshold = small_number(Criterion::DPIA_THRESHOLD);
    let outcome = if screening.dpia_required {
        format!("a DPIA is required ({threshold} or more criteria)")
    } else {
        format!(
            "a DPIA is not strictly required (fewer than {threshold} criteria), but this assessment documents the decision"
        )
    };
    format!(
        "Screening: {} of the {} WP248 criteria met; {outcome}.",
        screening.met(),
        small_number(Criterion::ALL.len())
    )
}

/// A count up to ten in words, as running text writes it; larger ones in figures.
fn small_number(count: usize) -> String {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(count)
        .map_or_else(|| count.to_string(), |word| word.to_string())
}

/// One app's headline where it stands alone (a column, a map's title): its stance, or INCOMPLETE
/// with the provisional one, so that no stance shows while required answers are missing.
pub fn app_headline(scoring: &Scoring, result: &crate::scoring::AppResult) -> String {
    if scoring.complete {
        result.decision.stance.name().to_string()
    } else {
        format!(
            "{INCOMPLETE} (provisionally {})",
            result.decision.stance.name()
        )
    }
}

/// What a stance means in practice. Only an approved assessment says the residual risk was
/// accepted, and by whom; until then acceptance is what sign-off is for.
pub fn stance_meaning(stance: Stance, status: &DocumentStatus) -> String {
    match (stance, status) {
        (Stance::Accept, DocumentStatus::Approved { by, on }) => {
            format!("the use may go ahead; the residual risk was accepted by {by} on {on}")
        }
        (Stance::Accept, _) => {
            "the use may go ahead once the residual risk has been accepted at sign-off".to_string()
        }
        (Stance::Define, _) => {
            "the use is allowed only for the defined purposes and only under the conditions listed"
                .to_string()
        }
        (Stance::Forbid, _) => "the use should be prohibited for business purposes".to_string(),
    }
}

/// The document's status in words, for the cover.
pub fn status_text(status: &DocumentStatus) -> String {
    match status {
        DocumentStatus::Draft => {
            "Draft: not yet reviewed or approved; it records no decision".to_string()
        }
        DocumentStatus::InReview => {
            "In review: sign-off is not complete, so it records no decision yet".to_string()
        }
        DocumentStatus::Approved { by, on } => format!("Approved by {by} on {on}"),
    }
}

/// The status in one word or two, for a table: "Draft", "In review", "Approved".
pub fn status_word(status: &DocumentStatus) -> &'static str {
    match status {
        DocumentStatus::Draft => "Draft",
        DocumentStatus::InReview => "In review",
        DocumentStatus::Approved { .. } => "Approved",
    }
}

/// Why the decision came out as it did, in one paragraph.
pub fn decision_reason(knowledge: &KnowledgeBase, decision: &Decision) -> String {
    match &decision.basis {
        DecisionBasis::VeryHighResidual(risks) => format!(
            "{} {} very high even with the safeguards in place. A very high residual risk means the use should be forbidden.",
            risk_names(knowledge, risks),
            remain(risks)
        ),
        DecisionBasis::HighBeyondMeasures(risks) => format!(
            "{} {} high with the safeguards in place, and no combination of the measures in the catalogue brings {} to medium or lower. The use should be forbidden.",
            risk_names(knowledge, risks),
            remain(risks),
            them(risks)
        ),
        DecisionBasis::HighWithinReach(risks) => format!(
            "{} {} high with the safeguards in place today. The conditions below bring {} to medium or lower, so the use can be allowed for the defined purposes once they are met.",
            risk_names(knowledge, risks),
            remain(risks),
            if risks.len() == 1 { "it" } else { "every one of them" }
        ),
        DecisionBasis::ReliesOnSafeguards(risks) => format!(
            "{} would be high or very high without safeguards; the safeguards in place bring {} to medium or lower. The use can be allowed for the defined purposes, on condition that those safeguards stay in place.",
            risk_names(knowledge, risks),
            them(risks)
        ),
        DecisionBasis::LowInherent => "Every risk is medium or lower, even before safeguards. The residual risk can be accepted; keep the assessment under review.".to_string(),
    }
}

/// Under FORBID, what it would take to allow the use on conditions, in one paragraph.
pub fn what_it_would_take(knowledge: &KnowledgeBase, reach: &WhatItWouldTake) -> String {
    match reach {
        WhatItWouldTake::Measures(measures) => format!(
            "What it would take: putting {} in place would bring every high or very high risk to medium or lower, and the use could then be allowed on conditions. {}",
            list(
                &measures
                    .iter()
                    .map(|id| names::control(knowledge, id).into_owned())
                    .collect::<Vec<_>>()
            ),
            // Sets up to the largest searched are proven the smallest; a larger one is only
            // proven to need every member.
            if measures.len() <= LARGEST_SET_SEARCHED {
                "No smaller set of measures does."
            } else {
                "None of them can be left out; so many conditions amount to a different use."
            }
        ),
        WhatItWouldTake::NoneCan(risks) => format!(
            "What it would take: no measure in the catalogue is enough. {} {} high or very high with every measure in place, because the exposure comes from the provider, its jurisdiction or the data itself. Only a different app, or not sending this data, changes that.",
            risk_names(knowledge, risks),
            remain(risks)
        ),
    }
}

/// The required questions still unanswered, by their text.
pub fn missing_questions(questionnaire: &Questionnaire, missing: &[String]) -> Vec<String> {
    missing
        .iter()
        .map(|id| names::question(questionnaire, id).into_owned())
        .collect()
}

/// Why there is no stance yet, in one paragraph.
pub fn incomplete_explanation(scoring: &Scoring) -> String {
    let count = scoring.missing.len();
    format!(
        "{} required {} not answered yet, so there is no stance. Until {} answered, missing answers count as \"don't know\" and the provisional result ({}) is shown for guidance only.",
        count,
        if count == 1 {
            "question is"
        } else {
            "questions are"
        },
        if count == 1 { "it is" } else { "they are" },
        scoring.stance.name()
    )
}

/// A finding in one sentence.
pub fn finding_text(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    regimes: &[String],
    finding: &Finding,
) -> String {
    match finding {
        Finding::PlannedNotDone {
            control,
            status,
            answer,
        } => format!(
            "“{}” is answered as in place (“{}”), but the action plan has it as {}. Planned is not done: it is not counted until the plan marks it done.",
            names::control(knowledge, control),
            answer_ref_text(answer, questionnaire),
            status.name().to_lowercase()
        ),
        Finding::DoneContradictsAnswer { control, answer } => format!(
            "The action plan marks “{}” as done, but the answer “{}” says otherwise. It is counted as in place; correct the answer or the plan.",
            names::control(knowledge, control),
            answer_ref_text(answer, questionnaire)
        ),
        Finding::NoAppChosen => {
            "No app was chosen: the risks are rated without any app's facts.".to_string()
        }
        Finding::UnavailableForApp { control, app } => format!(
            "“{}” is answered as in place, but {} does not offer it according to the knowledge base; it is not counted for {}.",
            names::control(knowledge, control),
            names::app(knowledge, app),
            names::app(knowledge, app),
        ),
        Finding::OverrideIncomplete { risk } => format!(
            "The assessor's own rating of “{}” is not counted: it needs both a likelihood or severity and the reason for it.",
            names::risk(knowledge, risk)
        ),
        Finding::OverrideForAppNotAssessed { risk, app } => format!(
            "The assessor's own rating of “{}” for {} is not counted: that app is not assessed.",
            names::risk(knowledge, risk),
            names::app(knowledge, app)
        ),
        Finding::Inconsistent { check, app } => {
            let Some(check) = questionnaire.consistency.iter().find(|c| c.id == *check) else {
                return String::new();
            };
            let app = app.as_deref().and_then(|id| knowledge.app(id));
            let finding = with_law(&check.finding, check.law.as_ref(), regimes);
            match app {
                Some(app) => format!("{}: {finding} {}", app.name, check.resolve),
                None => format!("{finding} {}", check.resolve),
            }
        }
    }
}

/// A measure marked done against the answer that says it is not in place, said beside the
/// measure itself (so without its name): the short form of `Finding::DoneContradictsAnswer`.
pub fn done_contradicts_beside_measure(question: &crate::questionnaire::Question) -> String {
    format!(
        "Marked done, but the answer to “{}” says otherwise. It counts as in place; correct the answer or the status.",
        question.text
    )
}

/// A finding's sentence with the provisions it breaches under the law that applies, before its
/// full stop: "The people concerned are not told of this use (the duty to inform: UK GDPR Art. 13
/// and 14)." Under a law that states no such duty the sentence stands alone.
fn with_law(finding: &str, law: Option<&LawCitation>, regimes: &[String]) -> String {
    let cites = law.map(|law| (law.topic.as_str(), law.applicable(regimes)));
    match cites {
        Some((topic, cites)) if !cites.is_empty() => format!(
            "{} ({topic}: {}).",
            finding.trim_end().trim_end_matches('.'),
            cites.join("; ")
        ),
        _ => finding.to_string(),
    }
}

fn risk_names(knowledge: &KnowledgeBase, risks: &[String]) -> String {
    let names: Vec<String> = risks
        .iter()
        .map(|id| format!("“{}”", names::risk(knowledge, id)))
        .collect();
    list(&names)
}

/// "a", "a and b", "a, b and c".
pub(crate) fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn remain(risks: &[String]) -> &'static str {
    if risks.len() == 1 {
        "remains"
    } else {
        "remain"
    }
}

fn them(risks: &[String]) -> &'static str {
    if risks.len() == 1 { "it" } else { "them" }
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
pub fn applicable_law(questionnaire: &Questionnaire, scoring: &Scoring) -> String {
    let regimes = regimes(questionnaire, scoring);
    if regimes.is_empty() {
        return "Applicable law: not determined until the questions on where the organisation is established and where the people are have been answered.".to_string();
    }
    let parts: Vec<String> = regimes
        .iter()
        .map(|r| {
            let assessment = match r.assessment {
                Requirement::Duty => format!(
                    "an impact assessment is a duty ({})",
                    r.assessment_reference
                ),
                Requirement::GoodPractice => format!(
                    "an impact assessment is good practice, not a duty ({})",
                    r.assessment_reference
                ),
                Requirement::NotRequired => "no impact assessment is required".to_string(),
                Requirement::CheckLocalLaw => {
                    "whether an impact assessment is required must be checked under that law"
                        .to_string()
                }
            };
            format!(
                "{}, enforced by {}: {assessment}",
                capitalise_first(&r.law),
                r.authority
            )
        })
        .collect();
    format!("Applicable law. {}.", parts.join(". "))
}

/// Whether prior consultation is needed, and under which law, in one paragraph. Under FORBID
/// there is nothing to consult on: the paragraph says what going ahead anyway would require.
pub fn prior_consultation(questionnaire: &Questionnaire, scoring: &Scoring) -> String {
    if !scoring.prior_consultation {
        return "Prior consultation: not needed; no high residual risk remains with the safeguards in place.".to_string();
    }
    let regimes = regimes(questionnaire, scoring);
    let duties: Vec<String> = regimes
        .iter()
        .filter(|r| r.prior_consultation == Requirement::Duty)
        .map(|r| format!("{} ({})", r.authority, r.prior_consultation_reference))
        .collect();
    let law_unclear = regimes.is_empty()
        || regimes
            .iter()
            .any(|r| r.prior_consultation == Requirement::CheckLocalLaw);
    let forbidden = scoring.final_stance() == Some(Stance::Forbid);
    match (forbidden, duties.is_empty(), law_unclear) {
        (true, false, _) => format!(
            "Prior consultation: none while the use is forbidden. Going ahead despite the high residual risk would first require consulting {}.",
            list(&duties)
        ),
        (true, true, true) => "Prior consultation: none while the use is forbidden. Going ahead despite the high residual risk would first require checking whether the applicable law requires the authority to be consulted.".to_string(),
        (true, true, false) => "Prior consultation: none while the use is forbidden; the applicable law imposes no prior consultation of the authority.".to_string(),
        (false, false, _) => format!(
            "Prior consultation: a high residual risk remains with the safeguards in place. Unless the measures bring it down before processing starts, {} must be consulted first.",
            list(&duties)
        ),
        (false, true, true) => "Prior consultation: a high residual risk remains with the safeguards in place. Whether the authority must be consulted first depends on the applicable law, which must be checked; in any case the risk should be brought down, or accepted at the highest level with reasons, before processing starts.".to_string(),
        (false, true, false) => "Prior consultation: a high residual risk remains with the safeguards in place. The applicable law imposes no prior consultation of the authority; the risk should be brought down, or accepted at the highest level with reasons, before processing starts.".to_string(),
    }
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
            let meaning = stance_meaning(Stance::Accept, &status);
            assert!(!meaning.contains("is accepted") && !meaning.contains("was accepted"));
            assert!(meaning.contains("once the residual risk has been accepted at sign-off"));
        }
        let approved = DocumentStatus::Approved {
            by: "Jane Doe, Managing Partner".to_string(),
            on: Date::new(2026, 11, 30).unwrap(),
        };
        assert_eq!(
            stance_meaning(Stance::Accept, &approved),
            "the use may go ahead; the residual risk was accepted by Jane Doe, Managing Partner on 2026-11-30"
        );
    }
}
