//! Ids back into names, with one rule for an id the files no longer hold: the id itself, marked
//! as unknown in the reader's language, so a reader sees that something is missing rather than a
//! blank or a guess.
//!
//! Validated files only refer to what they define, so the fallback shows when an assessment was
//! scored with another knowledge base (an app or control since removed) or holds an answer that
//! no longer fits its question (an option since renamed).

use std::borrow::Cow;

use super::vocabulary::Words;
use crate::diagnostic::Said;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{Question, Questionnaire};

/// An app's name.
pub fn app<'a>(knowledge: &'a KnowledgeBase, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(knowledge.app(id).map(|a| a.name.as_str()), id, words)
}

/// The app an assessment is about, or that none was chosen.
pub fn chosen_app<'a>(
    knowledge: &'a KnowledgeBase,
    id: Option<&'a str>,
    words: &Words,
) -> Cow<'a, str> {
    match id {
        Some(id) => app(knowledge, id, words),
        None => Cow::Owned(words.get("no-app-chosen")),
    }
}

/// A risk's name.
pub fn risk<'a>(knowledge: &'a KnowledgeBase, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(knowledge.risk(id).map(|r| r.name.as_str()), id, words)
}

/// An exposure's name (what a risk's rating comes from).
pub fn exposure<'a>(knowledge: &'a KnowledgeBase, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(knowledge.exposure(id).map(|x| x.name.as_str()), id, words)
}

/// A control's (safeguard's) name.
pub fn control<'a>(knowledge: &'a KnowledgeBase, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(knowledge.control(id).map(|c| c.name.as_str()), id, words)
}

/// A fact's label, as the knowledge base words it.
pub fn fact<'a>(knowledge: &'a KnowledgeBase, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(
        knowledge.fact_definition(id).map(|d| d.label.as_str()),
        id,
        words,
    )
}

/// A question's text.
pub fn question<'a>(questionnaire: &'a Questionnaire, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(
        questionnaire.question(id).map(|q| q.text.as_str()),
        id,
        words,
    )
}

/// A question's text for a message the core says before any language is chosen (`Said`): the
/// text as the questionnaire has it, or the id marked unknown, worded with the message.
pub fn question_said(questionnaire: &Questionnaire, id: &str) -> Said {
    match questionnaire.question(id) {
        Some(question) => Said::Text(question.text.clone()),
        None => unknown(id),
    }
}

/// An option's label within its question.
pub fn option<'a>(question: &'a Question, id: &'a str, words: &Words) -> Cow<'a, str> {
    known(question.option(id).map(|o| o.label.as_str()), id, words)
}

/// A rule's title.
pub fn rule<'a>(questionnaire: &'a Questionnaire, id: &'a str, words: &Words) -> Cow<'a, str> {
    let title = questionnaire.rules.iter().find(|r| r.id == id);
    known(title.map(|r| r.title.as_str()), id, words)
}

/// The name when there is one; otherwise the id, marked unknown in the reader's language (the
/// mark is words like any other, so a French report does not say "unknown").
fn known<'a>(name: Option<&'a str>, id: &'a str, words: &Words) -> Cow<'a, str> {
    match name {
        Some(name) => Cow::Borrowed(name),
        None => Cow::Owned(unknown(id).in_words(words)),
    }
}

/// An id the files do not hold, marked unknown: the one wording of the fallback, whether it is
/// worded at once or later with a message that holds it.
fn unknown(id: &str) -> Said {
    Said::new("name-unknown").with("id", id)
}

#[cfg(test)]
mod tests {
    use super::Words;
    use crate::embedded;
    use crate::present::language::Language;

    #[test]
    fn a_known_id_gives_its_name_and_an_unknown_one_says_it_is_unknown() {
        let knowledge = &embedded::knowledge_base().unwrap().value;
        let questionnaire = &embedded::questionnaires(knowledge).unwrap()[0].value;
        let english = Words::english();
        let first = &knowledge.apps[0];
        assert_eq!(super::app(knowledge, &first.id, english), first.name);
        assert_eq!(
            super::app(knowledge, "gone-app", english),
            "gone-app (unknown)"
        );
        assert_eq!(super::control(knowledge, "gone", english), "gone (unknown)");
        assert_eq!(super::chosen_app(knowledge, None, english), "No app chosen");
        let question = questionnaire.questions().next().unwrap();
        assert_eq!(
            super::question(questionnaire, &question.id, english),
            question.text
        );
        assert_eq!(
            super::rule(questionnaire, "gone", english),
            "gone (unknown)"
        );
    }

    #[test]
    fn an_unknown_id_is_marked_in_the_readers_language() {
        let knowledge = &embedded::knowledge_base().unwrap().value;
        let french = Words::shared(Language::French);
        assert_eq!(
            super::app(knowledge, "gone-app", french),
            "gone-app (inconnu)"
        );
        assert_eq!(
            super::chosen_app(knowledge, Some("gone-app"), french),
            "gone-app (inconnu)"
        );
        let chinese = Words::shared(Language::ChineseHongKong);
        assert_eq!(super::risk(knowledge, "gone", chinese), "gone（不明）");
    }
}
