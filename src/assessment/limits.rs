//! How much text an assessment may hold, checked when it is loaded, before any scoring or
//! layout: generous for any real assessment, and small enough that every input within them is
//! reported in seconds and well under 200 MB (docs/reliability.md has the figures).

use crate::diagnostic::Findings;
use std::collections::BTreeMap;

/// The most characters one answer may hold: about forty pages of text.
pub const MAX_ANSWER_CHARS: usize = 100_000;

/// The most characters a detail of the assessment (organisation, assessor, version…) may hold:
/// these are names, printed on every page's heading.
pub const MAX_DETAIL_CHARS: usize = 300;

/// Refuses a detail longer than [`MAX_DETAIL_CHARS`], at its value.
pub(crate) fn check_detail(text: &str, field: &str, findings: &mut Findings<'_>) {
    let length = text.chars().count();
    if length > MAX_DETAIL_CHARS {
        findings.error_at_field(
            &[],
            field,
            format!(
                "`{field}` is {length} characters long; it may hold at most {MAX_DETAIL_CHARS} (it is a name, shown on every page)"
            ),
        );
    }
}

/// Refuses an answer whose text is longer than [`MAX_ANSWER_CHARS`], at the answer.
pub(crate) fn check_answers(
    answers: &BTreeMap<String, crate::answer::Answer>,
    findings: &mut Findings<'_>,
) {
    for (question, answer) in answers {
        let length = match answer {
            crate::answer::Answer::Text(text) => text.chars().count(),
            _ => continue,
        };
        if length > MAX_ANSWER_CHARS {
            findings.error(
                &[question.as_str()],
                format!(
                    "the answer to `{question}` is {length} characters long; an answer may hold at most {MAX_ANSWER_CHARS} (about forty pages): keep the text in a document of its own and refer to it"
                ),
            );
        }
    }
}
