//! The parts of the report written as prose from the answers: the systematic description of the
//! processing (GDPR Art. 35(7)(a)) and necessity and proportionality (Art. 35(7)(b)). Each
//! question may carry a `describe` sentence with `{answer}` where its answer goes; the sentences
//! of a section become one paragraph.

use super::ReportInput;
use super::document::{Block, Section};
use crate::answer::Answer;
use crate::present::vocabulary::Words as Vocabulary;
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
    let sections: Vec<_> = input
        .questionnaire
        .sections
        .iter()
        .filter(|s| s.report == part)
        .collect();
    // A part written from one section alone, titled as the part, is that section: its heading
    // would repeat the part's ("Necessity and proportionality" under "Necessity and
    // proportionality"). A section titled otherwise keeps its heading.
    let headed = sections.len() > 1;
    for section in sections {
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
            if headed || section.title != title {
                blocks.push(Block::Heading(section.title.clone()));
            }
            blocks.push(Block::Paragraph(joined(sentences, input.words)));
        }
    }
    if blocks.len() == 1 {
        blocks.push(Block::Paragraph(input.words.get("prose-no-answer")));
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
            let provided = super::organisation_region(input)
                .and_then(|region| {
                    crate::present::describe::provision_text(app, region, input.words)
                })
                .unwrap_or_else(|| {
                    input.words.with_texts(
                        "prose-app-provided",
                        &[
                            ("app", &app.name),
                            ("vendor", &app.vendor),
                            (
                                "jurisdiction",
                                &crate::present::describe::jurisdiction_text(
                                    &app.jurisdiction,
                                    input.words,
                                ),
                            ),
                        ],
                    )
                });
            let closed = app
                .discontinued
                .as_ref()
                .map(|closed| crate::present::describe::closed_text(app, closed, input.words));
            joined(std::iter::once(provided).chain(closed), input.words)
        })
        .collect();
    if sentences.is_empty() {
        Vec::new()
    } else {
        vec![
            Block::Heading(input.words.get("prose-app-heading")),
            Block::Paragraph(joined(sentences, input.words)),
        ]
    }
}

/// The sentence for an answer: the chosen option's own sentence where it has one, otherwise the
/// question's with the answer put in; `None` where neither says anything.
fn sentence(question: &Question, answer: &Answer, input: &ReportInput<'_>) -> Option<String> {
    sentence_with(
        question,
        answer,
        &answer_items(question, answer, input),
        input.words,
    )
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
    fn of_option(question: &Question, id: &str, words: &Vocabulary) -> Words {
        match question.option(id) {
            Some(option) if !option.phrase.is_empty() => Words {
                shown: option.label.clone(),
                mid_sentence: option.phrase.clone(),
            },
            Some(option) => Words::plain(&option.label, words),
            None => Words::plain(id, words),
        }
    }

    /// Text whose mid-sentence form lower-cases its first letter where it is not a name (in a
    /// language that does).
    fn plain(text: &str, words: &Vocabulary) -> Words {
        Words {
            shown: text.to_string(),
            mid_sentence: lower_first(text, words),
        }
    }
}

/// [`sentence`] with the answer already in words (`items`, one per chosen option or value), in
/// the language of `words`.
pub(crate) fn sentence_with(
    question: &Question,
    answer: &Answer,
    items: &[Words],
    words: &Vocabulary,
) -> Option<String> {
    if let [only] = answer.selected().as_slice()
        && let Some(option) = question.option(only).filter(|o| !o.describe.is_empty())
    {
        return Some(option.describe.clone());
    }
    if question.describe.is_empty() {
        return None;
    }
    Some(fill(&question.describe, items, words))
}

/// A template with its answer put in, ending as a sentence ends even when a typed answer does
/// not.
fn fill(template: &str, items: &[Words], words: &Vocabulary) -> String {
    let lowered: Vec<String> = items.iter().map(|item| item.mid_sentence.clone()).collect();
    let shown: Vec<String> = items.iter().map(|item| item.shown.clone()).collect();
    let text = template
        .replace(
            "{answer_lower}",
            &crate::present::verdict::list_in(&lowered, words),
        )
        .replace("{answer}", &crate::present::verdict::list_in(&shown, words));
    let text = text.trim_end();
    if text.ends_with(SENTENCE_ENDS) || text.ends_with(['”', '"', '」', '』', '»']) {
        text.to_string()
    } else {
        format!("{text}{}", words.get("prose-full-stop"))
    }
}

fn answer_items(question: &Question, answer: &Answer, input: &ReportInput<'_>) -> Vec<Words> {
    answer_words(question, answer, input.knowledge, input.words)
}

/// The answer in words, one item per chosen option or value.
pub(crate) fn answer_words(
    question: &Question,
    answer: &Answer,
    knowledge: &crate::knowledge::KnowledgeBase,
    words: &Vocabulary,
) -> Vec<Words> {
    match answer {
        // App names are names: never lower-cased.
        Answer::Apps(ids) => ids
            .iter()
            .map(|id| {
                let name = crate::present::names::app(knowledge, id, words).into_owned();
                Words {
                    shown: name.clone(),
                    mid_sentence: name,
                }
            })
            .collect(),
        Answer::Choice(_) | Answer::Choices(_) | Answer::YesNo(_) => answer
            .selected()
            .into_iter()
            .map(|id| Words::of_option(question, id, words))
            .collect(),
        other => vec![Words::plain(
            &crate::present::describe::answer_text(question, other, knowledge, words),
            words,
        )],
    }
}

/// Lower-cases the first letter of a label used mid-sentence ("Law firm" → "law firm", "The
/// United Kingdom" → "the United Kingdom"), but leaves names and acronyms alone ("United
/// Kingdom", "Hong Kong", "SMS"). A label is a name when a later word, before any bracket, is
/// capitalised. The language says whether it lower-cases at all (Chinese has no case, and a
/// Latin name in it keeps its capital: `prose-lower-case`) and which words are articles, lower-cased
/// even before a name (`prose-articles`: "The", "A", "An"; "Le", "L'"…).
pub(crate) fn lower_first(text: &str, words: &Vocabulary) -> String {
    if words.get("prose-lower-case").trim() == "no" {
        return text.to_string();
    }
    let first_word = text.split_whitespace().next().unwrap_or("");
    let articles = words.get("prose-articles");
    let is_article = articles.split_whitespace().any(|article| {
        first_word == article
            // An elided article is part of the word it precedes ("L'Union").
            || (article.ends_with(['\'', '’']) && first_word.starts_with(article))
    });
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

/// The marks that end a sentence, in the scripts the report is written in.
const SENTENCE_ENDS: [char; 7] = ['.', '!', '?', '…', '。', '！', '？'];

/// `text` ending as a sentence: with the language's full stop unless it already ends with one,
/// a question or an exclamation mark (also before a closing quote or bracket).
pub(crate) fn sentence_end(text: &str, words: &Vocabulary) -> String {
    let text = text.trim();
    let last = text
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '"' | '\'' | '”' | '’' | ')' | '」' | '』' | '»' | '）')
        })
        .chars()
        .last();
    if text.is_empty() || last.is_some_and(|c| SENTENCE_ENDS.contains(&c)) {
        text.to_string()
    } else if last.is_some_and(|c| c.is_ascii_alphanumeric()) {
        // Latin words typed by the assessor end with a Latin full stop, whatever the language.
        format!("{text}.")
    } else {
        format!("{text}{}", words.get("prose-full-stop"))
    }
}

/// Sentences one after the other, as the language writes them: with a space between them in
/// English and French, with none in Chinese (`sentence-separator`). Each sentence holds its
/// own full stop. A sentence in a Latin script (a typed answer quoted in a Chinese report) is
/// followed by a space whatever the language, as its full stop needs one.
pub(crate) fn joined(sentences: impl IntoIterator<Item = String>, words: &Vocabulary) -> String {
    let sentences: Vec<String> = sentences.into_iter().collect();
    crate::present::joining::sentences(&sentences, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::language::Language;

    #[test]
    fn lists_and_case_read_naturally() {
        let english = Vocabulary::english();
        assert_eq!(
            crate::present::verdict::list_in(&["a".into(), "b".into(), "c".into()], english),
            "a, b and c"
        );
        let lower_first = |text: &str| super::lower_first(text, english);
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
    fn each_language_knows_its_own_articles_and_whether_it_lower_cases() {
        let french = Vocabulary::shared(Language::French);
        assert_eq!(lower_first("Le Royaume-Uni", french), "le Royaume-Uni");
        assert_eq!(
            lower_first("L'Union européenne", french),
            "l'Union européenne"
        );
        assert_eq!(
            lower_first("Cabinet d'avocats", french),
            "cabinet d'avocats"
        );
        // "The" is no French article.
        assert_eq!(lower_first("The Hague", french), "The Hague");
        let chinese = Vocabulary::shared(Language::ChineseHongKong);
        assert_eq!(lower_first("WhatsApp 群組", chinese), "WhatsApp 群組");
        assert_eq!(lower_first("Staff", chinese), "Staff");
    }

    #[test]
    fn a_sentence_end_is_added_only_when_missing() {
        let english = Vocabulary::english();
        let sentence_end = |text: &str| super::sentence_end(text, english);
        assert_eq!(
            sentence_end(" Two phones were lost "),
            "Two phones were lost."
        );
        assert_eq!(sentence_end("Is it safe?"), "Is it safe?");
        assert_eq!(sentence_end("He said “stop.”"), "He said “stop.”");
        assert_eq!(sentence_end(""), "");
        let french = Vocabulary::shared(Language::French);
        assert_eq!(
            super::sentence_end("Il a dit « stop. »", french),
            "Il a dit « stop. »"
        );
        let chinese = Vocabulary::shared(Language::ChineseHongKong);
        assert_eq!(
            super::sentence_end("兩部電話被盜", chinese),
            "兩部電話被盜。"
        );
        assert_eq!(
            super::sentence_end("他說「停止。」", chinese),
            "他說「停止。」"
        );
        assert_eq!(super::sentence_end("安全嗎？", chinese), "安全嗎？");
        // An assessor's English words quoted in a Chinese report end as English ends.
        assert_eq!(
            super::sentence_end("Two phones were stolen", chinese),
            "Two phones were stolen."
        );
    }

    #[test]
    fn sentences_are_joined_as_each_language_joins_them() {
        let two = || ["One.".to_string(), "Two.".to_string()];
        assert_eq!(joined(two(), Vocabulary::english()), "One. Two.");
        let french = Vocabulary::shared(Language::French);
        assert_eq!(joined(two(), french), "One. Two.");
        // Chinese writes its sentences one after the other, with no space and its own full stop.
        let chinese = Vocabulary::shared(Language::ChineseHongKong);
        let text = joined(
            [
                super::sentence_end("兩部電話被盜", chinese),
                "已啟用流動裝置管理。".to_string(),
            ],
            chinese,
        );
        assert_eq!(text, "兩部電話被盜。已啟用流動裝置管理。");
        assert!(!text.contains(' ') && !text.contains('.'), "{text}");
        // A typed answer in English keeps the space its full stop needs.
        assert_eq!(
            joined(
                [
                    "按說明: Until the matter closes.".to_string(),
                    "已啟用。".to_string()
                ],
                chinese
            ),
            "按說明: Until the matter closes. 已啟用。"
        );
    }
}
