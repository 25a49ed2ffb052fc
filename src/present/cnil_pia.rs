//! What a CNIL PIA import could not carry over, in words: each place in the CNIL PIA and the
//! reason, one line each, for `msgdpia import-pia`.

use super::vocabulary::Words;
use crate::interop::cnil_pia::{Place, Unmapped, Why};

/// The list printed after an import: a heading and a line per item, or the sentence saying
/// everything was carried over.
pub fn unmapped_list(unmapped: &[Unmapped], words: &Words) -> Vec<String> {
    if unmapped.is_empty() {
        return vec![words.get("cnil-pia-all-mapped")];
    }
    std::iter::once(words.get("cnil-pia-unmapped-heading"))
        .chain(unmapped.iter().map(|item| line(item, words)))
        .collect()
}

/// One item: where, and why.
pub fn line(item: &Unmapped, words: &Words) -> String {
    words.with_texts(
        "cnil-pia-unmapped-line",
        &[
            ("place", &place(&item.place, words)),
            ("why", &words.get(why(item.why))),
        ],
    )
}

fn place(place: &Place, words: &Words) -> String {
    match place {
        Place::Question(question) => words.with_texts(
            "cnil-pia-place-question",
            &[
                (
                    "item",
                    &format!("{}.{}", question / 100, question / 10 % 10),
                ),
                ("question", &question.to_string()),
            ],
        ),
        Place::Answer(reference) => {
            words.with_texts("cnil-pia-place-answer", &[("reference", reference)])
        }
        Place::RiskItem(item) => words.with_texts(
            "cnil-pia-place-risk-item",
            &[("item", &format!("3.{item}"))],
        ),
        Place::Measure(title) if title.is_empty() => words.get("cnil-pia-place-untitled-measure"),
        Place::Measure(title) => words.with_texts("cnil-pia-place-measure", &[("title", title)]),
        Place::Field(field) => words.with_texts("cnil-pia-place-field", &[("field", field)]),
        Place::Evaluation(reference) => {
            words.with_texts("cnil-pia-place-evaluation", &[("reference", reference)])
        }
        Place::PendingEvaluations(count) => words.count("cnil-pia-place-pending", *count),
        Place::Comment(reference) => {
            words.with_texts("cnil-pia-place-comment", &[("reference", reference)])
        }
    }
}

fn why(why: Why) -> &'static str {
    match why {
        Why::NoQuestion => "cnil-pia-why-no-question",
        Why::MeasureLinks => "cnil-pia-why-measure-links",
        Why::NoRating => "cnil-pia-why-no-rating",
        Why::Evaluation => "cnil-pia-why-evaluation",
        Why::Pending => "cnil-pia-why-pending",
        Why::Comment => "cnil-pia-why-comment",
        Why::Status => "cnil-pia-why-status",
        Why::Validator => "cnil-pia-why-validator",
        Why::OpinionStatus => "cnil-pia-why-opinion-status",
        Why::PeopleStatus => "cnil-pia-why-people-status",
        Why::NoField => "cnil-pia-why-no-field",
        Why::ProcessingName => "cnil-pia-why-processing-name",
        Why::NotStandard => "cnil-pia-why-not-standard",
        Why::TooLong => "cnil-pia-why-too-long",
        Why::Untitled => "cnil-pia-why-untitled",
        Why::NotText => "cnil-pia-why-not-text",
    }
}
