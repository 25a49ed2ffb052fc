//! The parts of the report written as prose from the answers: the systematic description of the
//! processing (GDPR Art. 35(7)(a)) and necessity and proportionality (Art. 35(7)(b)). Each
//! question may carry a `describe` sentence with `{answer}` where its answer goes; the sentences
//! of a section become one paragraph.

use super::ReportInput;
use super::document::{Block, Section};
use crate::answer::Answer;
use crate::questionnaire::{Question, ReportPart};

/// The section for one part, or a short note when no answer feeds it.
pub(super) fn part_section(
    input: &ReportInput<'_>,
    part: ReportPart,
    title: &str,
    intro: &str,
) -> Section {
    let answers = &input.assessment.answers;
    let shown = input.questionnaire.shown_ids(answers);
    let mut blocks = vec![Block::Paragraph(intro.to_string())];
    if part == ReportPart::Description {
        blocks.extend(app_sentences(input));
    }
    for section in input
        .questionnaire
        .sections
        .iter()
        .filter(|s| s.report == part)
    {
        let sentences: Vec<String> = section
            .questions
            .iter()
            .filter(|q| shown.contains(&q.id.as_str()))
            .filter_map(|q| {
                answers
                    .get(&q.id)
                    .filter(|a| a.is_given())
                    .and_then(|a| sentence(q, a, input))
            })
            .collect();
        if !sentences.is_empty() {
            if section.title != title {
                blocks.push(Block::Heading(section.title.clone()));
            }
            blocks.push(Block::Paragraph(sentences.join(" ")));
        }
    }
    if blocks.len() == 1 {
        blocks.push(Block::Paragraph(
            "No answer describes this part yet.".to_string(),
        ));
    }
    Section {
        title: title.to_string(),
        // The description and the necessity test follow the screening (ICO steps 1, 2 and 4)
        // and flow on from it rather than each opening a page.
        new_page: false,
        blocks,
    }
}

fn app_sentences(input: &ReportInput<'_>) -> Vec<Block> {
    let sentences: Vec<String> = input
        .scoring
        .apps
        .iter()
        .filter_map(|r| r.app.as_deref())
        .filter_map(|id| input.knowledge.app(id))
        .map(|app| {
            let mut sentence = super::organisation_region(input)
                .and_then(|region| crate::present::describe::provision_text(app, region))
                .unwrap_or_else(|| {
                    format!(
                        "{} is provided by {}. Jurisdiction of the vendor: {}.",
                        app.name,
                        app.vendor,
                        crate::present::describe::jurisdiction_text(&app.jurisdiction, input.words)
                    )
                });
            if let Some(closed) = &app.discontinued {
                sentence.push(' ');
                sentence.push_str(&crate::present::describe::closed_text(app, closed));
            }
            sentence
        })
        .collect();
    if sentences.is_empty() {
        Vec::new()
    } else {
        vec![
            Block::Heading("The app".to_string()),
            Block::Paragraph(sentences.join(" ")),
        ]
    }
}

/// The sentence for an answer: the chosen option's own sentence where it has one, otherwise the
/// question's with the answer put in; `None` where neither says anything.
fn sentence(question: &Question, answer: &Answer, input: &ReportInput<'_>) -> Option<String> {
    sentence_with(question, answer, &answer_items(question, answer, input))
}

/// One chosen option or value in words: as shown, and as it reads mid-sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Words {
    /// As shown on its own ("Mainland China").
    pub(crate) shown: String,
    /// As it reads mid-sentence ("mainland China").
    pub(crate) mid_sentence: String,
}

impl Words {
    /// An option's words: its phrase where it has one, its label lower-cased otherwise.
    fn of_option(question: &Question, id: &str) -> Words {
        match question.option(id) {
            Some(option) if !option.phrase.is_empty() => Words {
                shown: option.label.clone(),
                mid_sentence: option.phrase.clone(),
            },
            Some(option) => Words::plain(&option.label),
            None => Words::plain(id),
        }
    }

    /// Text whose mid-sentence form lower-cases its first letter where it is not a name.
    fn plain(text: &str) -> Words {
        Words {
            shown: text.to_string(),
            mid_sentence: lower_first(text),
        }
    }
}

/// [`sentence`] with the answer already in words (`items`, one per chosen option or value).
pub(crate) fn sentence_with(
    question: &Question,
    answer: &Answer,
    items: &[Words],
) -> Option<String> {
    if let [only] = answer.selected().as_slice()
        && let Some(option) = question.option(only).filter(|o| !o.describe.is_empty())
    {
        return Some(option.describe.clone());
    }
    if question.describe.is_empty() {
        return None;
    }
    Some(fill(&question.describe, items))
}

/// A template with its answer put in, ending as a sentence ends even when a typed answer does
/// not.
fn fill(template: &str, items: &[Words]) -> String {
    let lowered: Vec<String> = items.iter().map(|item| item.mid_sentence.clone()).collect();
    let shown: Vec<String> = items.iter().map(|item| item.shown.clone()).collect();
    let text = template
        .replace("{answer_lower}", &crate::present::verdict::list(&lowered))
        .replace("{answer}", &crate::present::verdict::list(&shown));
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?', '”', '"']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

fn answer_items(question: &Question, answer: &Answer, input: &ReportInput<'_>) -> Vec<Words> {
    answer_words(question, answer, input.knowledge)
}

/// The answer in words, one item per chosen option or value.
pub(crate) fn answer_words(
    question: &Question,
    answer: &Answer,
    knowledge: &crate::knowledge::KnowledgeBase,
) -> Vec<Words> {
    match answer {
        // App names are names: never lower-cased.
        Answer::Apps(ids) => ids
            .iter()
            .map(|id| {
                let name = crate::present::names::app(knowledge, id).into_owned();
                Words {
                    shown: name.clone(),
                    mid_sentence: name,
                }
            })
            .collect(),
        Answer::Choice(_) | Answer::Choices(_) | Answer::YesNo(_) => answer
            .selected()
            .into_iter()
            .map(|id| Words::of_option(question, id))
            .collect(),
        other => vec![Words::plain(&crate::present::describe::answer_text(
            question, other, knowledge,
        ))],
    }
}

/// Lower-cases the first letter of a label used mid-sentence ("Law firm" → "law firm", "The
/// United Kingdom" → "the United Kingdom"), but leaves names and acronyms alone ("United
/// Kingdom", "Hong Kong", "SMS"). A label is a name when a later word, before any bracket, is
/// capitalised.
pub(crate) fn lower_first(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    let is_article = matches!(first_word, "The" | "A" | "An");
    let is_acronym =
        first_word.chars().count() > 1 && first_word.chars().all(|c| !c.is_lowercase());
    // "United Kingdom", "Hong Kong": a capitalised second word marks a name. A capital later
    // on is an acronym or a name inside an ordinary phrase ("Standard contractual clauses
    // recognised by the FDPIC"), which does not keep the first word capitalised.
    let is_name = text
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    if is_article || (!is_acronym && !is_name) {
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_lowercase().chain(chars).collect()
        })
    } else {
        text.to_string()
    }
}

/// `text` ending as a sentence: with a full stop unless it already ends with one, a question or
/// an exclamation mark (also before a closing quote or bracket).
pub(crate) fn sentence_end(text: &str) -> String {
    let text = text.trim();
    let last = text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .chars()
        .last();
    if text.is_empty() || matches!(last, Some('.' | '!' | '?' | '…')) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_case_read_naturally() {
        assert_eq!(
            crate::present::verdict::list(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(lower_first("Law firm"), "law firm");
        assert_eq!(lower_first("United Kingdom"), "United Kingdom");
        assert_eq!(lower_first("SMS"), "SMS");
        assert_eq!(lower_first("Staff"), "staff");
        assert_eq!(
            lower_first("Privileged or confidential legal advice"),
            "privileged or confidential legal advice"
        );
        assert_eq!(lower_first("The United Kingdom"), "the United Kingdom");
        assert_eq!(lower_first("A law firm"), "a law firm");
        assert_eq!(
            lower_first("Criminal convictions and offences (Art. 10)"),
            "criminal convictions and offences (Art. 10)"
        );
        assert_eq!(lower_first("Hong Kong"), "Hong Kong");
        // A capital further on is an acronym, not a sign of a name.
        assert_eq!(
            lower_first("Standard contractual clauses recognised by the FDPIC"),
            "standard contractual clauses recognised by the FDPIC"
        );
    }

    #[test]
    fn a_sentence_end_is_added_only_when_missing() {
        assert_eq!(
            super::sentence_end(" Two phones were lost "),
            "Two phones were lost."
        );
        assert_eq!(super::sentence_end("Is it safe?"), "Is it safe?");
        assert_eq!(super::sentence_end("He said “stop.”"), "He said “stop.”");
        assert_eq!(super::sentence_end(""), "");
    }
}
