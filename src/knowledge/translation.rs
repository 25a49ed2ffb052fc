//! The knowledge base's words in another language: an overlay file keyed by its ids, holding
//! the words the assessment reasons with (risks, exposures, measures and the facts' labels). The
//! apps' facts themselves stay in the words of the sources they were checked against: a
//! translation would be an unchecked paraphrase of a dated source.
//!
//! The knowledge base's version changes with every checked fact, so a translation is tied
//! instead to the words it translates: it records their fingerprint, and once any of them
//! changes it must be reviewed.

use super::raw;
use crate::diagnostic::{Findings, Said};
use crate::overlay::Words;
use serde::{Deserialize, Serialize};

/// The overlay file, as read.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "KnowledgeBaseTranslation")]
pub(crate) struct Translation {
    /// The id of the knowledge base translated.
    pub knowledge_base: String,
    /// The fingerprint of the English words translated (see [`words_fingerprint`]).
    pub translates: String,
    /// The language's tag ("fr", "zh-HK").
    pub language: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub risks: Vec<RiskWords>,
    #[serde(default)]
    pub exposures: Vec<ExposureWords>,
    #[serde(default)]
    pub controls: Vec<ControlWords>,
    #[serde(default)]
    pub facts: Vec<FactWords>,
}

/// A risk's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RiskWords {
    pub id: String,
    pub name: String,
    pub description: String,
    pub harm: String,
}

/// An exposure's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExposureWords {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A measure's words: its name and the wording a policy takes from it.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ControlWords {
    pub id: String,
    pub name: String,
    pub policy_text: String,
}

/// A fact's label.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactWords {
    pub id: String,
    pub label: String,
}

/// The fingerprint of the words a translation translates, in file order: it changes whenever
/// one of them does.
pub(crate) fn words_fingerprint(knowledge: &raw::KnowledgeBase) -> String {
    let mut words: Vec<&str> = vec![&knowledge.description];
    for risk in &knowledge.risks {
        words.extend([&risk.id, &risk.name, &risk.description, &risk.harm].map(String::as_str));
    }
    for exposure in &knowledge.exposures {
        words.extend([&exposure.id, &exposure.name, &exposure.description].map(String::as_str));
    }
    for control in &knowledge.controls {
        words.extend([&control.id, &control.name, &control.policy_text].map(String::as_str));
    }
    for fact in &knowledge.facts {
        words.extend([&fact.id, &fact.label].map(String::as_str));
    }
    // A separator no text holds, so that moving words between fields changes the print.
    crate::fingerprint::sha256_hex(&words.join("\u{1F}"))
}

/// The translation's words put in place of the knowledge base's, each checked; what is wrong
/// is recorded in `findings`, which speak of the translation's file.
pub(crate) fn apply(
    knowledge: &mut raw::KnowledgeBase,
    translation: Translation,
    language: Option<&str>,
    findings: &mut Findings<'_>,
) {
    if translation.knowledge_base != knowledge.id {
        findings.error_at_field(
            &[],
            "knowledge_base",
            Said::new("knowledge-translation-of-another")
                .with("translated", &translation.knowledge_base)
                .with("expected", &knowledge.id),
        );
        return;
    }
    let fingerprint = words_fingerprint(knowledge);
    if translation.translates != fingerprint {
        findings.error_at_field(
            &[],
            "translates",
            Said::new("knowledge-translation-outdated").with("fingerprint", &fingerprint),
        );
    }
    if let Some(language) = language
        && translation.language != language
    {
        findings.error_at_field(
            &[],
            "language",
            Said::new("knowledge-translation-language")
                .with("expected", language)
                .with("found", &translation.language),
        );
    }
    let mut words = Words::new(findings, "knowledge base");
    words.put(
        &mut knowledge.description,
        translation.description,
        &[],
        "description",
    );
    words.each(
        &mut knowledge.risks,
        translation.risks,
        (&[], "risks"),
        |words, risk, given| {
            let path = ["@risks", given.id.as_str()];
            words.put(&mut risk.name, given.name, &path, "name");
            words.put(
                &mut risk.description,
                given.description,
                &path,
                "description",
            );
            words.put(&mut risk.harm, given.harm, &path, "harm");
        },
    );
    words.each(
        &mut knowledge.exposures,
        translation.exposures,
        (&[], "exposures"),
        |words, exposure, given| {
            let path = ["@exposures", given.id.as_str()];
            words.put(&mut exposure.name, given.name, &path, "name");
            words.put(
                &mut exposure.description,
                given.description,
                &path,
                "description",
            );
        },
    );
    words.each(
        &mut knowledge.controls,
        translation.controls,
        (&[], "controls"),
        |words, control, given| {
            let path = ["@controls", given.id.as_str()];
            words.put(&mut control.name, given.name, &path, "name");
            words.put(
                &mut control.policy_text,
                given.policy_text,
                &path,
                "policy_text",
            );
        },
    );
    words.each(
        &mut knowledge.facts,
        translation.facts,
        (&[], "facts"),
        |words, fact, given| {
            words.put(
                &mut fact.label,
                given.label,
                &["@facts", given.id.as_str()],
                "label",
            );
        },
    );
}

/// The translation to fill in for `knowledge` in `language`: every text to translate, in the
/// knowledge base's words and order.
pub(crate) fn template(knowledge: &raw::KnowledgeBase, language: &str) -> Translation {
    Translation {
        knowledge_base: knowledge.id.clone(),
        translates: words_fingerprint(knowledge),
        language: language.to_string(),
        description: knowledge.description.clone(),
        risks: knowledge
            .risks
            .iter()
            .map(|risk| RiskWords {
                id: risk.id.clone(),
                name: risk.name.clone(),
                description: risk.description.clone(),
                harm: risk.harm.clone(),
            })
            .collect(),
        exposures: knowledge
            .exposures
            .iter()
            .map(|exposure| ExposureWords {
                id: exposure.id.clone(),
                name: exposure.name.clone(),
                description: exposure.description.clone(),
            })
            .collect(),
        controls: knowledge
            .controls
            .iter()
            .map(|control| ControlWords {
                id: control.id.clone(),
                name: control.name.clone(),
                policy_text: control.policy_text.clone(),
            })
            .collect(),
        facts: knowledge
            .facts
            .iter()
            .map(|fact| FactWords {
                id: fact.id.clone(),
                label: fact.label.clone(),
            })
            .collect(),
    }
}

crate::overlay::keyed_by_id!(
    raw::Risk,
    raw::Exposure,
    raw::Control,
    raw::FactDefinition,
    RiskWords,
    ExposureWords,
    ControlWords,
    FactWords,
);
