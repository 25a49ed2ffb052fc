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
) -> String {
    match answer {
        Answer::Choice(_) | Answer::Choices(_) | Answer::YesNo(_) => {
            let labels: Vec<String> = answer
                .selected()
                .into_iter()
                .map(|id| names::option(question, id).into_owned())
                .collect();
            labels.join("; ")
        }
        Answer::Apps(ids) => ids
            .iter()
            .map(|id| names::app(knowledge, id))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Text(text) | Answer::Date(text) => text.clone(),
        Answer::Number(value) if question.unit.is_empty() => quantity(*value),
        Answer::Number(value) => format!("{} {}", quantity(*value), question.unit),
    }
}

/// Numbers as people write them: no ".0" on whole numbers.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A number for reading: whole numbers of four digits or more grouped by thousands ("12,500"),
/// as the report's English style writes them; others as [`format_number`] writes them (the
/// editor keeps the plain form, which its field reads back).
pub(crate) fn quantity(value: f64) -> String {
    let plain = format_number(value);
    if value.fract() != 0.0 || value.abs() < 1000.0 || value.abs() >= 1e15 {
        return plain;
    }
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", plain.as_str()),
    };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}")
}

/// "Question text — chosen option".
pub(crate) fn answer_ref_text(because: &AnswerRef, questionnaire: &Questionnaire) -> String {
    match questionnaire.question(&because.question) {
        Some(question) => format!(
            "{} — {}",
            question.text,
            names::option(question, &because.option)
        ),
        None => format!(
            "{} — {}",
            names::question(questionnaire, &because.question),
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
            &[("answer", &answer_ref_text(because, questionnaire))],
        ),
        Cause::Fact { app, fact } => {
            let app = knowledge.app(app);
            let label = names::fact(knowledge, fact);
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
                &[("rule", &names::rule(questionnaire, id))],
            ),
        },
        Cause::Safeguard(id) => with(
            "cause-safeguard",
            &[("measure", &names::control(knowledge, id))],
        ),
        Cause::BroughtBy(id) => with(
            "cause-brought-by",
            &[("measure", &names::control(knowledge, id))],
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
    let name = names::exposure(knowledge, exposure);
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
pub(crate) fn rating_words(rating: &Rating) -> String {
    format!(
        "{} (likelihood {}, severity {})",
        rating.level,
        rating.likelihood.name().to_lowercase(),
        rating.severity.name().to_lowercase()
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
pub fn closed_text(app: &crate::knowledge::App, closed: &crate::knowledge::Discontinued) -> String {
    format!(
        "{} closed on {} ({}); the facts below describe it as it was, and the use should move to another app.",
        app.name, closed.on, closed.source
    )
}

/// Places in words, joined the way a sentence lists them: "Ireland, the Netherlands and the
/// United States". An unknown place is left out of the list and said separately by the caller.
fn places_text(codes: &[String]) -> String {
    let names: Vec<String> = codes
        .iter()
        .filter(|c| c.as_str() != crate::knowledge::UNKNOWN)
        // The provision sentences are not yet the vocabulary's: English (issue 17).
        .map(|c| jurisdiction_text(c, Words::english()))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Where an app keeps the data of a region's users, in words.
pub fn data_location_text(region: &crate::knowledge::Region) -> String {
    let known = places_text(&region.data_in);
    let unknown = region
        .data_in
        .iter()
        .any(|c| c == crate::knowledge::UNKNOWN);
    match (known.is_empty(), unknown) {
        (true, _) => "not stated by the provider".to_string(),
        (false, true) => format!("{known}, and elsewhere not stated by the provider"),
        (false, false) => known,
    }
}

/// Who provides an app to an organisation in `region_id`, where its data goes and on what
/// basis, in one or two sentences.
pub fn provision_text(app: &crate::knowledge::App, region_id: &str) -> Option<String> {
    let region = app.region(region_id)?;
    let place = crate::knowledge::region_name(region_id);
    let mut text = if region.provider == crate::knowledge::UNKNOWN {
        format!(
            "No source found says which company provides {} to an organisation in {place}; the data is stored or processed in: {}.",
            app.name,
            data_location_text(region)
        )
    } else {
        format!(
            "For an organisation in {place}, {} is provided by {}; the data is stored or processed in: {}.",
            app.name,
            region.provider,
            data_location_text(region)
        )
    };
    if !region.transfers.is_empty() {
        text.push(' ');
        text.push_str(&region.transfers);
    }
    Some(text)
}

/// What a measure would do to one risk, in words: "Loss of privilege: high to medium", or,
/// when the level stays, which of its two ratings moves ("likelihood lower, still high").
pub(crate) fn change_text(risk_name: &str, change: &crate::scoring::RiskChange<'_>) -> String {
    let (now, with) = (change.now, change.with_measure);
    if now.level != with.level {
        return format!(
            "{risk_name}: {} to {}",
            now.level.name().to_lowercase(),
            with.level.name().to_lowercase()
        );
    }
    let direction = |before: crate::scale::Scale, after: crate::scale::Scale| {
        if after < before { "lower" } else { "higher" }
    };
    let moved = if now.likelihood != with.likelihood {
        format!("likelihood {}", direction(now.likelihood, with.likelihood))
    } else {
        format!("severity {}", direction(now.severity, with.severity))
    };
    format!(
        "{risk_name}: {moved}, still {}",
        now.level.name().to_lowercase()
    )
}

#[cfg(test)]
mod tests {
    use super::quantity;

    #[test]
    fn whole_numbers_of_four_digits_or_more_are_grouped_by_thousands() {
        assert_eq!(quantity(12500.0), "12,500");
        assert_eq!(quantity(1000.0), "1,000");
        assert_eq!(quantity(1234567.0), "1,234,567");
        assert_eq!(quantity(-2500.0), "-2,500");
        assert_eq!(quantity(999.0), "999");
        assert_eq!(quantity(40.0), "40");
        assert_eq!(quantity(2.5), "2.5");
    }
}
