//! Ids back into names, with one rule for an id the files no longer hold: the id itself, marked
//! as unknown, so a reader sees that something is missing rather than a blank or a guess.
//!
//! Validated files only refer to what they define, so the fallback shows when an assessment was
//! scored with another knowledge base (an app or control since removed) or holds an answer that
//! no longer fits its question (an option since renamed).

use std::borrow::Cow;

use super::vocabulary::Words;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{Question, Questionnaire};

/// An app's name.
pub fn app<'a>(knowledge: &'a KnowledgeBase, id: &'a str) -> Cow<'a, str> {
    known(knowledge.app(id).map(|a| a.name.as_str()), id)
}

/// The app an assessment is about, or that none was chosen.
pub fn chosen_app<'a>(
    knowledge: &'a KnowledgeBase,
    id: Option<&'a str>,
    words: &Words,
) -> Cow<'a, str> {
    match id {
        Some(id) => app(knowledge, id),
        None => Cow::Owned(words.get("no-app-chosen")),
    }
}

/// A risk's name.
pub fn risk<'a>(knowledge: &'a KnowledgeBase, id: &'a str) -> Cow<'a, str> {
    known(knowledge.risk(id).map(|r| r.name.as_str()), id)
}

/// An exposure's name (what a risk's rating comes from).
pub fn exposure<'a>(knowledge: &'a KnowledgeBase, id: &'a str) -> Cow<'a, str> {
    known(knowledge.exposure(id).map(|x| x.name.as_str()), id)
}

/// A control's (safeguard's) name.
pub fn control<'a>(knowledge: &'a KnowledgeBase, id: &'a str) -> Cow<'a, str> {
    known(knowledge.control(id).map(|c| c.name.as_str()), id)
}

/// A fact's label, as the knowledge base words it.
pub fn fact<'a>(knowledge: &'a KnowledgeBase, id: &'a str) -> Cow<'a, str> {
    known(knowledge.fact_definition(id).map(|d| d.label.as_str()), id)
}

/// A question's text.
pub fn question<'a>(questionnaire: &'a Questionnaire, id: &'a str) -> Cow<'a, str> {
    known(questionnaire.question(id).map(|q| q.text.as_str()), id)
}

/// An option's label within its question.
pub fn option<'a>(question: &'a Question, id: &'a str) -> Cow<'a, str> {
    known(question.option(id).map(|o| o.label.as_str()), id)
}

/// A rule's title.
pub fn rule<'a>(questionnaire: &'a Questionnaire, id: &'a str) -> Cow<'a, str> {
    let title = questionnaire.rules.iter().find(|r| r.id == id);
    known(title.map(|r| r.title.as_str()), id)
}

/// The name when there is one; otherwise the id, marked unknown.
fn known<'a>(name: Option<&'a str>, id: &'a str) -> Cow<'a, str> {
    match name {
        Some(name) => Cow::Borrowed(name),
        None => Cow::Owned(format!("{id} (unknown)")),
    }
}

#[cfg(test)]
mod tests {
    use crate::embedded;

    #[test]
    fn a_known_id_gives_its_name_and_an_unknown_one_says_it_is_unknown() {
        let knowledge = &embedded::knowledge_base().unwrap().value;
        let questionnaire = &embedded::questionnaires(knowledge).unwrap()[0].value;
        let first = &knowledge.apps[0];
        assert_eq!(super::app(knowledge, &first.id), first.name);
        assert_eq!(super::app(knowledge, "gone-app"), "gone-app (unknown)");
        assert_eq!(super::control(knowledge, "gone"), "gone (unknown)");
        assert_eq!(
            super::chosen_app(knowledge, None, super::Words::english()),
            "No app chosen"
        );
        let question = questionnaire.questions().next().unwrap();
        assert_eq!(super::question(questionnaire, &question.id), question.text);
        assert_eq!(super::rule(questionnaire, "gone"), "gone (unknown)");
    }
}
