//! The questionnaire and knowledge base shipped inside the binary, so the app works with no
//! files beside it. Organisations can still load their own from disk.

use crate::diagnostic::{Checked, InvalidFile};
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::Questionnaire;
use crate::source::SourceFile;

/// The name messages use for the built-in knowledge base.
pub const KNOWLEDGE_BASE_NAME: &str = "assets/knowledge_base.ron (built in)";
/// The built-in knowledge base's text.
pub const KNOWLEDGE_BASE: &str = include_str!("../assets/knowledge_base.ron");

/// A questionnaire shipped with the app.
#[derive(Clone, Copy, Debug)]
pub struct ShippedQuestionnaire {
    /// The name messages use for it.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// The questionnaires shipped with the app; the first is the default.
pub const QUESTIONNAIRES: &[ShippedQuestionnaire] = &[ShippedQuestionnaire {
    name: "questionnaires/default.ron (built in)",
    text: include_str!("../questionnaires/default.ron"),
}];

/// A shipped questionnaire's words in another language (see `questionnaire/translation.rs`).
#[derive(Clone, Copy, Debug)]
pub struct ShippedTranslation {
    /// The id of the questionnaire it translates.
    pub questionnaire: &'static str,
    /// The tag of its language.
    pub language: &'static str,
    /// The name messages use for it.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// The translations of the shipped questionnaires.
pub const TRANSLATIONS: &[ShippedTranslation] = &[
    ShippedTranslation {
        questionnaire: "msgdpia-default",
        language: "fr",
        name: "questionnaires/translations/default.fr.ron (built in)",
        text: include_str!("../questionnaires/translations/default.fr.ron"),
    },
    ShippedTranslation {
        questionnaire: "msgdpia-default",
        language: "zh-HK",
        name: "questionnaires/translations/default.zh-HK.ron (built in)",
        text: include_str!("../questionnaires/translations/default.zh-HK.ron"),
    },
];

/// The translations of the built-in knowledge base, by language tag.
pub const KNOWLEDGE_BASE_TRANSLATIONS: &[(&str, &str, &str)] = &[
    (
        "fr",
        "assets/translations/knowledge_base.fr.ron (built in)",
        include_str!("../assets/translations/knowledge_base.fr.ron"),
    ),
    (
        "zh-HK",
        "assets/translations/knowledge_base.zh-HK.ron (built in)",
        include_str!("../assets/translations/knowledge_base.zh-HK.ron"),
    ),
];

/// The shipped translation of the built-in knowledge base into the language tagged `language`.
pub fn knowledge_base_translation(language: &str) -> Option<SourceFile> {
    KNOWLEDGE_BASE_TRANSLATIONS
        .iter()
        .find(|(tag, _, _)| *tag == language)
        .map(|(_, name, text)| SourceFile::built_in(name, text))
}

/// The shipped translation of questionnaire `id` into the language tagged `language`, if any.
pub fn translation(id: &str, language: &str) -> Option<SourceFile> {
    TRANSLATIONS
        .iter()
        .find(|t| t.questionnaire == id && t.language == language)
        .map(|t| SourceFile::built_in(t.name, t.text))
}

/// An example assessment shipped with the app.
#[derive(Clone, Copy, Debug)]
pub struct ShippedExample {
    /// File name, as under `questionnaires/examples/`.
    pub name: &'static str,
    /// What it is, in words, for the start screen's list.
    pub title: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// The example assessments drawn from the seeds.
pub const EXAMPLES: &[ShippedExample] = &[
    ShippedExample {
        name: "hk-law-firm-wechat.ron",
        title: "A Hong Kong law firm whose partners message clients in mainland China on WeChat",
        text: include_str!("../questionnaires/examples/hk-law-firm-wechat.ron"),
    },
    ShippedExample {
        name: "scottish-team-whatsapp.ron",
        title: "A Scottish public body's resilience team coordinating on WhatsApp",
        text: include_str!("../questionnaires/examples/scottish-team-whatsapp.ron"),
    },
    ShippedExample {
        name: "uk-firm-signal-mdm.ron",
        title: "An English law firm scheduling on Signal, on managed phones",
        text: include_str!("../questionnaires/examples/uk-firm-signal-mdm.ron"),
    },
];

/// The built-in knowledge base as a source file.
pub fn knowledge_base_source() -> SourceFile {
    SourceFile::built_in(KNOWLEDGE_BASE_NAME, KNOWLEDGE_BASE)
}

/// Loads the built-in knowledge base. It is checked by the test suite, so an error here means a
/// broken build, but it is still reported rather than unwrapped.
pub fn knowledge_base() -> Result<Checked<KnowledgeBase>, InvalidFile> {
    KnowledgeBase::load(&knowledge_base_source())
}

/// The shipped questionnaires as source files.
pub fn questionnaire_sources() -> Vec<SourceFile> {
    QUESTIONNAIRES
        .iter()
        .map(|q| SourceFile::built_in(q.name, q.text))
        .collect()
}

/// Loads every shipped questionnaire against a knowledge base.
pub fn questionnaires(
    knowledge: &KnowledgeBase,
) -> Result<Vec<Checked<Questionnaire>>, InvalidFile> {
    questionnaire_sources()
        .iter()
        .map(|source| Questionnaire::load(source, knowledge))
        .collect()
}

/// A shipped example scored with the built-in knowledge base and questionnaire, for the unit
/// tests of the views drawn from a score.
#[cfg(test)]
pub(crate) fn scored_example(name: &str) -> (KnowledgeBase, crate::scoring::Scoring) {
    let knowledge = knowledge_base().expect("the built-in knowledge base").value;
    let questionnaire = questionnaires(&knowledge).expect("the questionnaires")[0]
        .value
        .clone();
    let example = EXAMPLES
        .iter()
        .find(|e| e.name == name)
        .expect("a shipped example");
    let source = SourceFile::new(example.name, example.text);
    let assessment = crate::assessment::Assessment::load(&source)
        .expect("a valid example")
        .value;
    let scoring = crate::scoring::score(&questionnaire, &knowledge, &assessment.answers);
    (knowledge, scoring)
}
