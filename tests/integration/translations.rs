//! The questionnaire in other languages: each shipped translation fits the questionnaire it
//! translates, version and all, and is really in its language; one that does not fit is refused
//! with where and why; `msgdpia check` and `msgdpia translation-template` serve translators.

use msgdpia::embedded::{self, TRANSLATIONS};
use msgdpia::questionnaire::Questionnaire;
use msgdpia::source::SourceFile;

fn knowledge() -> msgdpia::knowledge::KnowledgeBase {
    embedded::knowledge_base().unwrap().value
}

fn built_in() -> SourceFile {
    embedded::questionnaire_sources().remove(0)
}

fn translated(translation: &SourceFile, language: &str) -> Result<Questionnaire, String> {
    Questionnaire::load_translated(
        &built_in(),
        Some((translation, Some(language))),
        &knowledge(),
    )
    .map(|checked| checked.value)
    .map_err(|error| error.to_string())
}

/// Whether `text` is written in Chinese characters rather than in English.
fn in_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn every_shipped_translation_fits_its_questionnaire_and_is_in_its_language() {
    let english = Questionnaire::load(&built_in(), &knowledge())
        .unwrap()
        .value;
    assert!(TRANSLATIONS.len() >= 2);
    for shipped in TRANSLATIONS {
        let source = SourceFile::new(shipped.name, shipped.text);
        let questionnaire = translated(&source, shipped.language)
            .unwrap_or_else(|error| panic!("{}: {error}", shipped.name));
        // Only the words change: the same questions, options and rules, in the same order.
        let ids = |q: &Questionnaire| {
            q.questions()
                .map(|question| (question.id.clone(), question.options.len()))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&questionnaire), ids(&english), "{}", shipped.name);
        // A template left in English fits too: the words must be the language's own.
        let pairs: Vec<(&str, &str)> = questionnaire
            .questions()
            .zip(english.questions())
            .map(|(theirs, ours)| (theirs.text.as_str(), ours.text.as_str()))
            .collect();
        let still_english: Vec<&str> = pairs
            .iter()
            .filter(|(theirs, ours)| theirs == ours)
            .map(|(theirs, _)| *theirs)
            .collect();
        assert!(
            still_english.is_empty(),
            "{}: {still_english:?}",
            shipped.name
        );
        // Every option of every question, the answers of yes/no questions included (the
        // questionnaire leaves those to the translation), in the language: only names such as
        // "Hong Kong" may read the same.
        let options: Vec<(&str, &str)> = questionnaire
            .questions()
            .zip(english.questions())
            .flat_map(|(theirs, ours)| theirs.options.iter().zip(&ours.options))
            .map(|(theirs, ours)| (theirs.label.as_str(), ours.label.as_str()))
            .collect();
        let unchanged: Vec<&str> = options
            .iter()
            .filter(|(theirs, ours)| theirs == ours)
            .map(|(theirs, _)| *theirs)
            .collect();
        // Only French may keep the name as English writes it.
        let a_name = |label: &&str| shipped.language == "fr" && label.contains("Hong Kong");
        assert!(
            unchanged.iter().all(a_name),
            "{}: {unchanged:?}",
            shipped.name
        );
        if shipped.language == "zh-HK" {
            let not_chinese: Vec<&str> = pairs
                .iter()
                .map(|(theirs, _)| *theirs)
                .filter(|text| !in_chinese(text))
                .collect();
            assert!(not_chinese.is_empty(), "{not_chinese:?}");
        }
    }
}

/// The shipped French translation with one change.
fn french_with(change: impl Fn(&str) -> String) -> SourceFile {
    let shipped = TRANSLATIONS
        .iter()
        .find(|t| t.language == "fr")
        .expect("a French translation");
    SourceFile::new("fr.ron", change(shipped.text))
}

/// The line and column where `needle` starts in `text`, 1-based.
fn line_column(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("the needle is in the text");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, column)
}

#[test]
fn a_translation_that_does_not_fit_is_refused_saying_where_and_why() {
    // An id the questionnaire lacks: said where it stands, and the question left untranslated.
    let renamed =
        french_with(|text| text.replacen("id: \"s_evaluation\"", "id: \"s_evaluate\"", 1));
    let error = translated(&renamed, "fr").unwrap_err();
    let (line, column) = line_column(renamed.text(), "\"s_evaluate\"");
    assert!(
        error.contains(&format!(
            "fr.ron:{line}:{column}: the questionnaire's questions have no `s_evaluate`"
        )),
        "{error}"
    );
    assert!(
        error.contains("`s_evaluation` of the questionnaire's questions is not translated"),
        "{error}"
    );
    // A placeholder lost in translation.
    let lost = french_with(|text| text.replacen("{answer_lower}", "{answer}", 1));
    let error = translated(&lost, "fr").unwrap_err();
    assert!(
        error.contains(
            "the placeholders differ from the questionnaire's: expected {answer_lower}, found {answer}"
        ),
        "{error}"
    );
    // A text left empty.
    let emptied = french_with(|text| {
        let (line, _) = line_column(text, "help: \"");
        text.lines()
            .enumerate()
            .map(|(index, l)| {
                if index + 1 == line {
                    let indent = &l[..l.len() - l.trim_start().len()];
                    format!("{indent}help: \"\",")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let error = translated(&emptied, "fr").unwrap_err();
    assert!(error.contains("`help` is not translated"), "{error}");
    // Another version of the questionnaire, and another language.
    let older = french_with(|text| text.replacen("version: \"", "version: \"0.0.1-", 1));
    let error = translated(&older, "fr").unwrap_err();
    assert!(error.contains("this translates version 0.0.1-"), "{error}");
    assert!(error.contains("review the translation"), "{error}");
    let error = translated(&french_with(str::to_string), "zh-HK").unwrap_err();
    assert!(
        error.contains("expected the language `zh-HK`, found `fr`"),
        "{error}"
    );
    // The answers of yes/no questions left out, and a question translated twice.
    let without_yes_no = french_with(|text| {
        let start = text.find("    yes_no: (").unwrap();
        let end = start + text[start..].find("    ),\n").unwrap() + "    ),\n".len();
        format!("{}{}", &text[..start], &text[end..])
    });
    let error = translated(&without_yes_no, "fr").unwrap_err();
    assert!(
        error.contains("the answers of yes/no questions are not all translated"),
        "{error}"
    );
    let twice = french_with(|text| {
        let start = text
            .find("                QuestionWords(\n                    id: \"s_evaluation\"")
            .unwrap();
        let end = start
            + text[start..].find("                ),\n").unwrap()
            + "                ),\n".len();
        format!("{}{}{}", &text[..end], &text[start..end], &text[end..])
    });
    let error = translated(&twice, "fr").unwrap_err();
    let first = twice.text().find("id: \"s_evaluation\"").unwrap();
    let (line, column) = line_column(&twice.text()[first + 1..], "id: \"s_evaluation\"");
    let (first_line, _) = line_column(twice.text(), "id: \"s_evaluation\"");
    let line = first_line + line - 1;
    assert!(
        error.contains(&format!(
            "fr.ron:{line}:{}: `s_evaluation` is translated twice",
            column + "id: ".len()
        )),
        "{error}"
    );
    // A field the format does not know, named by the parser.
    let unknown = french_with(|text| text.replacen("title:", "titel:", 1));
    let error = translated(&unknown, "fr").unwrap_err();
    assert!(error.contains("fr.ron:"), "{error}");
    assert!(error.contains("titel"), "{error}");
}

#[test]
fn the_template_holds_every_text_in_the_questionnaires_words_and_fits_as_it_is() {
    let template = msgdpia::questionnaire::translation_template(&built_in(), "fr").unwrap();
    let source = SourceFile::new("template.ron", template);
    let questionnaire = translated(&source, "fr").unwrap();
    let english = Questionnaire::load(&built_in(), &knowledge())
        .unwrap()
        .value;
    assert_eq!(questionnaire, english);
}

fn knowledge_translated(
    knowledge: &SourceFile,
    translation: &SourceFile,
    language: &str,
) -> Result<msgdpia::knowledge::KnowledgeBase, String> {
    msgdpia::knowledge::KnowledgeBase::load_translated(
        knowledge,
        Some((translation, Some(language))),
    )
    .map(|checked| checked.value)
    .map_err(|error| error.to_string())
}

#[test]
fn every_shipped_knowledge_base_translation_fits_and_is_in_its_language() {
    let english = knowledge();
    for (language, name, text) in embedded::KNOWLEDGE_BASE_TRANSLATIONS {
        let source = SourceFile::new(*name, *text);
        let translated =
            knowledge_translated(&embedded::knowledge_base_source(), &source, language)
                .unwrap_or_else(|error| panic!("{name}: {error}"));
        // Only the words change: the same risks, measures and facts, scored the same.
        let ids = |kb: &msgdpia::knowledge::KnowledgeBase| {
            (
                kb.risks.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
                kb.controls.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
                kb.apps.len(),
            )
        };
        assert_eq!(ids(&translated), ids(&english));
        let words: Vec<(&str, &str)> = translated
            .risks
            .iter()
            .zip(&english.risks)
            .map(|(theirs, ours)| (theirs.name.as_str(), ours.name.as_str()))
            .chain(
                translated
                    .controls
                    .iter()
                    .zip(&english.controls)
                    .map(|(theirs, ours)| (theirs.policy_text.as_str(), ours.policy_text.as_str())),
            )
            .collect();
        let still_english: Vec<&str> = words
            .iter()
            .filter(|(theirs, ours)| theirs == ours)
            .map(|(theirs, _)| *theirs)
            .collect();
        assert!(still_english.is_empty(), "{name}: {still_english:?}");
        if *language == "zh-HK" {
            assert!(words.iter().all(|(theirs, _)| in_chinese(theirs)), "{name}");
        }
    }
}

#[test]
fn a_knowledge_base_translation_whose_words_changed_since_is_refused_until_reviewed() {
    let (_, name, text) = embedded::KNOWLEDGE_BASE_TRANSLATIONS[0];
    let translation = SourceFile::new(name, text);
    let changed = SourceFile::new(
        "kb.ron",
        embedded::KNOWLEDGE_BASE.replacen(
            "name: \"Confidentiality breach\"",
            "name: \"Breach of confidentiality\"",
            1,
        ),
    );
    let error = knowledge_translated(&changed, &translation, "fr").unwrap_err();
    let (line, column) = line_column(text, "translates: ");
    let column = column + "translates: ".len();
    assert!(
        error.contains(&format!(
            "{name}:{line}:{column}: the knowledge base's words have changed since this translation was made"
        )),
        "{error}"
    );
    // A measure left out is named.
    let without = SourceFile::new(
        "kb.fr.ron",
        text.replacen("id: \"mdm\"", "id: \"mdm_removed\"", 1),
    );
    let error =
        knowledge_translated(&embedded::knowledge_base_source(), &without, "fr").unwrap_err();
    assert!(
        error.contains("`mdm` of the knowledge base's controls is not translated"),
        "{error}"
    );
    assert!(
        error.contains("the knowledge base's controls have no `mdm_removed`"),
        "{error}"
    );
}

#[test]
fn the_knowledge_base_template_fits_as_it_is() {
    let template =
        msgdpia::knowledge::translation_template(&embedded::knowledge_base_source(), "zh-HK")
            .unwrap();
    let translated = knowledge_translated(
        &embedded::knowledge_base_source(),
        &SourceFile::new("template.ron", template),
        "zh-HK",
    )
    .unwrap();
    assert_eq!(translated, knowledge());
}
