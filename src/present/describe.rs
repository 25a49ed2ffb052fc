//! Answers, causes of why-trail steps and ratings in words, for the report, the app and the CLI.

use super::names;
use super::vocabulary::{FluentArgs, Words};
use crate::answer::Answer;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{Question, Questionnaire};
use crate::scoring::{AnswerRef, Cause, Phase, Rating, Step};

/// An answer in words: option labels, app names, the text, the number with its unit.
pub(crate) fn answer_text(
    question: &Question,
    answer: &Answer,
    knowledge: &KnowledgeBase,
    words: &Words,
) -> String {
    let separator = words.get("list-semicolon");
    match answer {
        Answer::Choice(_) | Answer::Choices(_) | Answer::YesNo(_) => {
            let labels: Vec<String> = answer
                .selected()
                .into_iter()
                .map(|id| names::option(question, id, words).into_owned())
                .collect();
            labels.join(&separator)
        }
        Answer::Apps(ids) => ids
            .iter()
            .map(|id| names::app(knowledge, id, words))
            .collect::<Vec<_>>()
            .join(&separator),
        Answer::Text(text) | Answer::Date(text) => text.clone(),
        Answer::Number(value) if question.unit.is_empty() => words.quantity(*value),
        Answer::Number(value) => words.with_texts(
            "quantity-with-unit",
            &[
                ("quantity", &words.quantity(*value)),
                ("unit", &question.unit),
            ],
        ),
    }
}

pub use super::numbers::format_number;

/// "Question text — chosen option".
pub(crate) fn answer_ref_text(
    because: &AnswerRef,
    questionnaire: &Questionnaire,
    words: &Words,
) -> String {
    match questionnaire.question(&because.question) {
        Some(question) => format!(
            "{} — {}",
            question.text,
            names::option(question, &because.option, words)
        ),
        None => format!(
            "{} — {}",
            names::question(questionnaire, &because.question, words),
            because.option
        ),
    }
}

/// How a text cites works: the report gives their numbers ("[3, 5]"), the app writes them out.
pub(crate) type Cite<'a> = &'a dyn Fn(&[String]) -> String;

/// What a why-trail step's cause was, in words, with its source where it has one.
pub(crate) fn cause_text(
    cause: &Cause,
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    cite: Cite<'_>,
    words: &Words,
) -> String {
    let with = |id: &str, texts: &[(&str, &str)]| words.with_texts(id, texts);
    match cause {
        Cause::Baseline => words.get("cause-baseline"),
        Cause::Answer(because) => with(
            "cause-answer",
            &[("answer", &answer_ref_text(because, questionnaire, words))],
        ),
        Cause::Fact { app, fact } => {
            let app = knowledge.app(app);
            let label = names::fact(knowledge, fact, words);
            match app.and_then(|a| a.fact(fact)) {
                Some(f) => with(
                    "cause-fact",
                    &[
                        ("fact", &label),
                        (
                            "value",
                            &words.get(super::app_facts::value_message(f.value)),
                        ),
                        (
                            "source",
                            &cite(&[super::citations::work(&f.citation, words)]),
                        ),
                    ],
                ),
                None => with("cause-fact-unknown", &[("fact", &label)]),
            }
        }
        Cause::Rule(id) => match questionnaire.rules.iter().find(|r| r.id == *id) {
            Some(rule) => with(
                "cause-rule",
                &[
                    ("rule", &rule.title),
                    ("source", &cite(&super::citations::works_in(&rule.citation))),
                ],
            ),
            None => with(
                "cause-rule-unknown",
                &[("rule", &names::rule(questionnaire, id, words))],
            ),
        },
        Cause::Safeguard(id) => with(
            "cause-safeguard",
            &[("measure", &names::control(knowledge, id, words))],
        ),
        Cause::BroughtBy(id) => with(
            "cause-brought-by",
            &[("measure", &names::control(knowledge, id, words))],
        ),
        // Worded from the step's direction in `step_text`, which knows it.
        Cause::ScaleLimit => words.get("cause-scale-limit"),
        Cause::AboveScale => words.get("cause-above-scale"),
        Cause::Judgement(reason) => with("cause-judgement", &[("reason", reason.trim())]),
    }
}

/// A step that brings the rating back within the scale, in words: capped at the top, with the
/// excess set aside, or held at the bottom.
fn scale_limit_text(step: &Step, words: &Words) -> String {
    if step.likelihood < 0 || step.severity < 0 {
        words.get("cause-capped")
    } else {
        words.get("cause-held-at-bottom")
    }
}

/// A why-trail step in words: its cause and, for evidence of a named exposure, which one; a
/// step that corroborates an exposure another step already counted says so, so the reader sees
/// why it adds nothing.
pub(crate) fn step_text(
    step: &Step,
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    cite: Cite<'_>,
    words: &Words,
) -> String {
    let cause = match step.cause {
        Cause::ScaleLimit => scale_limit_text(step, words),
        _ => cause_text(&step.cause, questionnaire, knowledge, cite, words),
    };
    let Some(exposure) = step.exposure.as_deref() else {
        return cause;
    };
    let name = names::exposure(knowledge, exposure, words);
    let nothing_added = step.likelihood == 0 && step.severity == 0;
    let id = match (&step.cause, step.phase) {
        (Cause::Baseline, _) if crate::assessment::is_own_exposure(exposure) => {
            return words.get("step-own-rating");
        }
        (Cause::Baseline, _) => "step-stands-for",
        (Cause::Safeguard(_), Phase::Residual) if nothing_added => "step-addresses-offset",
        (Cause::Safeguard(_), Phase::Residual) => "step-addresses",
        _ if nothing_added => "step-corroborates",
        _ => "step-evidence-of",
    };
    words.with_texts(id, &[("cause", &cause), ("exposure", &name)])
}

/// "L3 × S4 = Very high".
pub(crate) fn rating_text(rating: &Rating, words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("likelihood", rating.likelihood.get());
    args.set("severity", rating.severity.get());
    args.set("level", words.get(super::terms::risk_level(rating.level)));
    words.with("rating", &args)
}

/// A rating in words for the summary a partner reads: "Very high (likelihood maximum,
/// severity significant)", with no arithmetic.
pub(crate) fn rating_words(rating: &Rating, words: &Words) -> String {
    let point = |point| words.get(super::terms::scale_point(point)).to_lowercase();
    words.with_texts(
        "rating-words",
        &[
            ("level", &words.get(super::terms::risk_level(rating.level))),
            ("likelihood", &point(rating.likelihood)),
            ("severity", &point(rating.severity)),
        ],
    )
}

/// A signed step: "+2", "−1", or "" for no change.
pub(crate) fn signed(step: i32) -> String {
    match step {
        0 => String::new(),
        s if s > 0 => format!("+{s}"),
        s => format!("−{}", -s),
    }
}

/// A vendor's jurisdiction in words: "the United States", "varies", "unknown"; a code with no
/// name here is shown as it is.
pub fn jurisdiction_text(code: &str, words: &Words) -> String {
    let message = match code {
        "US" => "jurisdiction-us",
        "CN" => "jurisdiction-cn",
        "HK" => "jurisdiction-hk",
        "VG" => "jurisdiction-vg",
        "AE" => "jurisdiction-ae",
        "CH" => "jurisdiction-ch",
        "FR" => "jurisdiction-fr",
        "DE" => "jurisdiction-de",
        "IE" => "jurisdiction-ie",
        "LU" => "jurisdiction-lu",
        "NL" => "jurisdiction-nl",
        "GB" => "jurisdiction-gb",
        "JP" => "jurisdiction-jp",
        "KR" => "jurisdiction-kr",
        "SG" => "jurisdiction-sg",
        "varies" => "jurisdiction-varies",
        "unknown" => "jurisdiction-unknown",
        other => return other.to_string(),
    };
    words.get(message)
}

/// The sentence saying an app has closed: its facts describe it as it was.
pub fn closed_text(
    app: &crate::knowledge::App,
    closed: &crate::knowledge::Discontinued,
    words: &Words,
) -> String {
    words.with_texts(
        "app-closed-sentence",
        &[
            ("app", &app.name),
            ("on", &words.date(closed.on)),
            ("source", &closed.source),
        ],
    )
}

/// A region of the knowledge base in words, as a sentence names it ("the EU/EEA", "Hong
/// Kong"); an id with no name here is shown as it is.
pub fn region_text(id: &str, words: &Words) -> String {
    let message = match id {
        "eea" => "region-eea",
        "uk" => "region-uk",
        "switzerland" => "region-switzerland",
        "hong_kong" => "region-hong-kong",
        "prc" => "region-prc",
        "us" => "region-us",
        "other" => "region-other",
        other => return other.to_string(),
    };
    words.get(message)
}

/// Places in words, joined the way a sentence lists them: "Ireland, the Netherlands and the
/// United States". An unknown place is left out of the list and said separately by the caller.
fn places_text(codes: &[String], words: &Words) -> String {
    let names: Vec<String> = codes
        .iter()
        .filter(|c| c.as_str() != crate::knowledge::UNKNOWN)
        .map(|c| jurisdiction_text(c, words))
        .collect();
    super::joining::list_in(&names, words)
}

/// Where an app keeps the data of a region's users, in words.
pub fn data_location_text(region: &crate::knowledge::Region, words: &Words) -> String {
    let known = places_text(&region.data_in, words);
    let unknown = region
        .data_in
        .iter()
        .any(|c| c == crate::knowledge::UNKNOWN);
    match (known.is_empty(), unknown) {
        (true, _) => words.get("data-location-unstated"),
        (false, true) => words.with_texts("data-location-partly-unstated", &[("places", &known)]),
        (false, false) => known,
    }
}

/// Who provides an app to an organisation in `region_id`, where its data goes and on what
/// basis, in one or two sentences.
pub fn provision_text(
    app: &crate::knowledge::App,
    region_id: &str,
    words: &Words,
) -> Option<String> {
    let region = app.region(region_id)?;
    let place = region_text(region_id, words);
    let location = data_location_text(region, words);
    let provided = if region.provider == crate::knowledge::UNKNOWN {
        words.with_texts(
            "provision-unknown",
            &[
                ("app", &app.name),
                ("region", &place),
                ("places", &location),
            ],
        )
    } else {
        words.with_texts(
            "provision-known",
            &[
                ("app", &app.name),
                ("region", &place),
                ("provider", &region.provider),
                ("places", &location),
            ],
        )
    };
    let mut sentences = vec![provided];
    if !region.transfers.is_empty() {
        sentences.push(region.transfers.clone());
    }
    Some(super::joining::sentences(&sentences, words))
}

/// What a measure would do to one risk, in words: "Loss of privilege: high to medium", or,
/// when the level stays, which of its two ratings moves ("likelihood lower, still high").
pub(crate) fn change_text(
    risk_name: &str,
    change: &crate::scoring::RiskChange<'_>,
    words: &Words,
) -> String {
    let (now, with) = (change.now, change.with_measure);
    let level = |level| words.get(super::terms::risk_level(level)).to_lowercase();
    if now.level != with.level {
        return words.with_texts(
            "change-level",
            &[
                ("risk", risk_name),
                ("before", &level(now.level)),
                ("after", &level(with.level)),
            ],
        );
    }
    let id = match (
        now.likelihood != with.likelihood,
        with.likelihood < now.likelihood,
        with.severity < now.severity,
    ) {
        (true, true, _) => "change-likelihood-lower",
        (true, false, _) => "change-likelihood-higher",
        (false, _, true) => "change-severity-lower",
        (false, _, false) => "change-severity-higher",
    };
    words.with_texts(id, &[("risk", risk_name), ("level", &level(now.level))])
}
