//! The review date is asked once, with the other document-control details (the details page,
//! the report's cover). Questionnaire 0.6.0 and earlier also asked it as a Governance question;
//! an answer to that question is carried to the review date when the assessment is read with a
//! questionnaire that no longer asks it.

use super::Assessment;
use crate::answer::Answer;
use crate::date::Date;
use crate::questionnaire::Questionnaire;

/// The Governance question that asked for the review date until questionnaire 0.6.0.
pub const FORMER_REVIEW_QUESTION: &str = "gov_next_review";

/// The built-in questionnaire that asked it: another questionnaire's question of that id may
/// mean something else, and is left alone.
const BUILT_IN_QUESTIONNAIRE: &str = "msgdpia-default";

/// What became of an answer to [`FORMER_REVIEW_QUESTION`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewDateCarried {
    /// It is now the review date, which was not set.
    Carried(Date),
    /// It gave the same date as the review date: the answer is no longer needed.
    Same(Date),
    /// It gave another date than the review date: both are kept, for the assessor to settle.
    Differs {
        /// The review date among the details, which counts.
        review_date: Date,
        /// The date the Governance answer gave.
        answered: Date,
    },
}

/// Carries the answer to the former review question of the built-in questionnaire to the
/// review date, when `questionnaire` no longer asks that question and the answer is a date. A
/// date that differs from a review date already set is left as written and reported, for the
/// assessor to decide which is right.
pub fn carry_review_date_answer(
    assessment: &mut Assessment,
    questionnaire: &Questionnaire,
) -> Option<ReviewDateCarried> {
    let built_in = assessment.questionnaire_id == BUILT_IN_QUESTIONNAIRE
        && questionnaire.id == BUILT_IN_QUESTIONNAIRE;
    if !built_in || questionnaire.question(FORMER_REVIEW_QUESTION).is_some() {
        return None;
    }
    let Some(Answer::Date(text)) = assessment.answers.get(FORMER_REVIEW_QUESTION) else {
        return None;
    };
    let date = Date::parse(text.trim())?;
    let carried = match assessment.metadata.review_date {
        None => ReviewDateCarried::Carried(date),
        Some(set) if set == date => ReviewDateCarried::Same(date),
        Some(set) => {
            return Some(ReviewDateCarried::Differs {
                review_date: set,
                answered: date,
            });
        }
    };
    assessment.metadata.review_date = Some(date);
    assessment.answers.remove(FORMER_REVIEW_QUESTION);
    Some(carried)
}
