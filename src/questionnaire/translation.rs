//! A questionnaire's words in another language: an overlay file keyed by the questionnaire's
//! ids, laid out like the questionnaire (sections holding their questions, questions their
//! options), holding only words. It is checked against the questionnaire it translates, version
//! and all: every text translated, no id the questionnaire lacks, every placeholder (`{answer}`)
//! kept. Answers stay stored by id, so an assessment answered in one language opens in any other.

use super::{QuestionKind, raw};
use crate::answer::YesNo;
use crate::diagnostic::{Findings, Said};
use crate::overlay::{Keyed, Words};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The overlay file, as read.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "QuestionnaireTranslation")]
pub(crate) struct Translation {
    /// The id of the questionnaire translated.
    pub questionnaire: String,
    /// The version translated: a new version of the questionnaire needs its translation
    /// reviewed.
    pub version: String,
    /// The language's tag ("fr", "zh-HK").
    pub language: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The answers of every yes/no question, which the questionnaire leaves to the app.
    #[serde(default, skip_serializing_if = "YesNoWords::is_empty")]
    pub yes_no: YesNoWords,
    #[serde(default)]
    pub sections: Vec<SectionWords>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RuleWords>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consistency: Vec<ConsistencyWords>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regimes: Vec<RegimeWords>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsuitable: Vec<UnsuitableWords>,
}

/// The answers of a yes/no question.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct YesNoWords {
    pub yes: String,
    pub no: String,
    pub dont_know: String,
}

impl YesNoWords {
    fn is_empty(&self) -> bool {
        [&self.yes, &self.no, &self.dont_know]
            .iter()
            .all(|text| text.is_empty())
    }

    fn label(&self, value: YesNo) -> &str {
        match value {
            YesNo::Yes => &self.yes,
            YesNo::No => &self.no,
            YesNo::DontKnow => &self.dont_know,
        }
    }
}

/// A section's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SectionWords {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub intro: String,
    #[serde(default)]
    pub questions: Vec<QuestionWords>,
}

/// A question's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionWords {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub describe: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceWords>,
}

/// An option's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChoiceWords {
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phrase: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub describe: String,
}

/// A rule's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleWords {
    pub id: String,
    pub title: String,
    pub citation: String,
    pub explanation: String,
}

/// A consistency check's words.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConsistencyWords {
    pub id: String,
    pub finding: String,
    pub resolve: String,
    /// The topic of the law the finding cites, when it cites one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub law_topic: String,
    /// What the law cites in each regime, by the regime's id ("Art. 13 GDPR").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub law_cites: BTreeMap<String, String>,
}

/// A regime's words: the law's and the authority's names, and the references into the law.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegimeWords {
    pub id: String,
    pub law: String,
    pub authority: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessment_reference: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prior_consultation_reference: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description_reference: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub necessity_reference: String,
}

/// A measure ruled out, and why.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UnsuitableWords {
    pub id: String,
    pub reason: String,
}

/// The translation's words put in place of the questionnaire's, each checked; what is wrong is
/// recorded in `findings`, which speak of the translation's file.
pub(crate) fn apply(
    questionnaire: &mut raw::Questionnaire,
    translation: Translation,
    language: Option<&str>,
    findings: &mut Findings<'_>,
) {
    if translation.questionnaire != questionnaire.id {
        findings.error_at_field(
            &[],
            "questionnaire",
            Said::new("translation-other-questionnaire")
                .with("given", &translation.questionnaire)
                .with("questionnaire", &questionnaire.id),
        );
        return;
    }
    if translation.version != questionnaire.version {
        findings.error_at_field(
            &[],
            "version",
            Said::new("translation-other-version")
                .with("given", &translation.version)
                .with("version", &questionnaire.version),
        );
    }
    if let Some(language) = language
        && translation.language != language
    {
        findings.error_at_field(
            &[],
            "language",
            Said::new("translation-other-language")
                .with("expected", language)
                .with("found", &translation.language),
        );
    }
    let mut words = Words::new(findings, "questionnaire");
    words.put(&mut questionnaire.title, translation.title, &[], "title");
    words.put(
        &mut questionnaire.description,
        translation.description,
        &[],
        "description",
    );
    words.sections(&mut questionnaire.sections, translation.sections);
    // After the sections: an answer the questionnaire words itself has just been translated.
    yes_no_answers(questionnaire, &translation.yes_no, words.findings);
    words.each(
        &mut questionnaire.rules,
        translation.rules,
        (&[], "rules"),
        |words, rule, given| {
            let path = ["@rules", given.id.as_str()];
            words.put(&mut rule.title, given.title, &path, "title");
            words.put(&mut rule.citation, given.citation, &path, "citation");
            words.put(
                &mut rule.explanation,
                given.explanation,
                &path,
                "explanation",
            );
        },
    );
    words.each(
        &mut questionnaire.consistency,
        translation.consistency,
        (&[], "consistency"),
        |words, check, given| {
            let path = ["@consistency", given.id.as_str()];
            words.put(&mut check.finding, given.finding, &path, "finding");
            words.put(&mut check.resolve, given.resolve, &path, "resolve");
            match &mut check.law {
                Some(law) => {
                    words.put(&mut law.topic, given.law_topic, &path, "law_topic");
                    words.cites(&mut law.cites, given.law_cites, &path);
                }
                None => {
                    words.put(&mut String::new(), given.law_topic, &path, "law_topic");
                    words.cites(&mut Default::default(), given.law_cites, &path);
                }
            }
        },
    );
    words.each(
        &mut questionnaire.regimes,
        translation.regimes,
        (&[], "regimes"),
        |words, regime, given| {
            let path = ["@regimes", given.id.as_str()];
            words.put(&mut regime.law, given.law, &path, "law");
            words.put(&mut regime.authority, given.authority, &path, "authority");
            words.put(
                &mut regime.assessment_reference,
                given.assessment_reference,
                &path,
                "assessment_reference",
            );
            words.put(
                &mut regime.prior_consultation_reference,
                given.prior_consultation_reference,
                &path,
                "prior_consultation_reference",
            );
            words.put(
                &mut regime.description_reference,
                given.description_reference,
                &path,
                "description_reference",
            );
            words.put(
                &mut regime.necessity_reference,
                given.necessity_reference,
                &path,
                "necessity_reference",
            );
        },
    );
    words.each(
        &mut questionnaire.unsuitable,
        translation.unsuitable,
        (&[], "unsuitable"),
        |words, item, given| {
            words.put(
                &mut item.reason,
                given.reason,
                &["@unsuitable", given.id.as_str()],
                "reason",
            );
        },
    );
}

impl Words<'_, '_> {
    /// Translates what a law cites in each regime, regime by regime.
    fn cites(
        &mut self,
        cites: &mut BTreeMap<String, String>,
        given: BTreeMap<String, String>,
        path: &[&str],
    ) {
        for regime in cites.keys().filter(|regime| !given.contains_key(*regime)) {
            self.findings.error_at_field(
                path,
                "law_cites",
                Said::new("translation-cites-not-translated").with("regime", regime),
            );
        }
        for (regime, text) in given {
            match cites.get_mut(&regime) {
                Some(cited) => self.put(cited, text, path, "law_cites"),
                None => self.findings.error_at_field(
                    path,
                    "law_cites",
                    Said::new("translation-cites-unknown-regime").with("regime", &regime),
                ),
            }
        }
    }

    fn sections(&mut self, sections: &mut [raw::Section], given: Vec<SectionWords>) {
        self.each(
            sections,
            given,
            (&[], "sections"),
            |words, section, given| {
                let path = ["@sections", given.id.as_str()];
                words.put(&mut section.title, given.title, &path, "title");
                words.put(&mut section.intro, given.intro, &path, "intro");
                words.questions(&mut section.questions, given.questions, &path);
            },
        );
    }

    fn questions(
        &mut self,
        questions: &mut [raw::Question],
        given: Vec<QuestionWords>,
        parent: &[&str],
    ) {
        self.each(
            questions,
            given,
            (parent, "questions"),
            |words, question, given| {
                let path = ["@sections", given.id.as_str()];
                words.put(&mut question.text, given.text, &path, "text");
                words.put(&mut question.help, given.help, &path, "help");
                words.put(&mut question.unit, given.unit, &path, "unit");
                words.put(&mut question.describe, given.describe, &path, "describe");
                let question_id = given.id.clone();
                let path = ["@sections", question_id.as_str()];
                words.each(
                    &mut question.options,
                    given.options,
                    (&path, "options"),
                    |words, option, given| {
                        let path = ["@sections", question_id.as_str(), given.id.as_str()];
                        words.put(&mut option.label, given.label, &path, "label");
                        words.put(&mut option.phrase, given.phrase, &path, "phrase");
                        words.put(&mut option.describe, given.describe, &path, "describe");
                    },
                );
            },
        );
    }
}

/// The translation to fill in for `questionnaire` in `language`: every text to translate, in
/// the questionnaire's words and order (`msgdpia translation-template`).
pub(crate) fn template(questionnaire: &raw::Questionnaire, language: &str) -> Translation {
    Translation {
        questionnaire: questionnaire.id.clone(),
        version: questionnaire.version.clone(),
        language: language.to_string(),
        title: questionnaire.title.clone(),
        description: questionnaire.description.clone(),
        yes_no: if questionnaire
            .sections
            .iter()
            .flat_map(|section| &section.questions)
            .any(|question| question.kind == QuestionKind::YesNo)
        {
            YesNoWords {
                yes: YesNo::Yes.default_label().to_string(),
                no: YesNo::No.default_label().to_string(),
                dont_know: YesNo::DontKnow.default_label().to_string(),
            }
        } else {
            YesNoWords::default()
        },
        sections: questionnaire
            .sections
            .iter()
            .map(|section| SectionWords {
                id: section.id.clone(),
                title: section.title.clone(),
                intro: section.intro.clone(),
                questions: section.questions.iter().map(question_words).collect(),
            })
            .collect(),
        rules: questionnaire
            .rules
            .iter()
            .map(|rule| RuleWords {
                id: rule.id.clone(),
                title: rule.title.clone(),
                citation: rule.citation.clone(),
                explanation: rule.explanation.clone(),
            })
            .collect(),
        consistency: questionnaire
            .consistency
            .iter()
            .map(|check| ConsistencyWords {
                id: check.id.clone(),
                finding: check.finding.clone(),
                resolve: check.resolve.clone(),
                law_topic: check
                    .law
                    .as_ref()
                    .map(|law| law.topic.clone())
                    .unwrap_or_default(),
                law_cites: check
                    .law
                    .as_ref()
                    .map(|law| law.cites.clone())
                    .unwrap_or_default(),
            })
            .collect(),
        regimes: questionnaire
            .regimes
            .iter()
            .map(|regime| RegimeWords {
                id: regime.id.clone(),
                law: regime.law.clone(),
                authority: regime.authority.clone(),
                assessment_reference: regime.assessment_reference.clone(),
                prior_consultation_reference: regime.prior_consultation_reference.clone(),
                description_reference: regime.description_reference.clone(),
                necessity_reference: regime.necessity_reference.clone(),
            })
            .collect(),
        unsuitable: questionnaire
            .unsuitable
            .iter()
            .map(|item| UnsuitableWords {
                id: item.id.clone(),
                reason: item.reason.clone(),
            })
            .collect(),
    }
}

fn question_words(question: &raw::Question) -> QuestionWords {
    QuestionWords {
        id: question.id.clone(),
        text: question.text.clone(),
        help: question.help.clone(),
        unit: question.unit.clone(),
        describe: question.describe.clone(),
        options: question
            .options
            .iter()
            .filter(|option| option.has_words())
            .map(|option| ChoiceWords {
                id: option.id.clone(),
                label: option.label.clone(),
                phrase: option.phrase.clone(),
                describe: option.describe.clone(),
            })
            .collect(),
    }
}

/// Gives every yes/no question's answers the translation's words, where the questionnaire leaves
/// them to the app (it words them "Yes", "No", "Don't know" in English).
fn yes_no_answers(
    questionnaire: &mut raw::Questionnaire,
    words: &YesNoWords,
    findings: &mut Findings<'_>,
) {
    let has_yes_no = questionnaire
        .sections
        .iter()
        .flat_map(|section| &section.questions)
        .any(|question| question.kind == QuestionKind::YesNo);
    if !has_yes_no {
        if !words.is_empty() {
            findings.error_at_field(&[], "yes_no", Said::new("translation-yes-no-unneeded"));
        }
        return;
    }
    let questions = questionnaire
        .sections
        .iter_mut()
        .flat_map(|section| section.questions.iter_mut())
        .filter(|question| question.kind == QuestionKind::YesNo);
    for question in questions {
        for value in YesNo::ALL {
            let label = words.label(value);
            if label.trim().is_empty() {
                findings.error_at_field(
                    &[],
                    "yes_no",
                    Said::new("translation-yes-no-missing").with("answer", value.default_label()),
                );
                return;
            }
            match question
                .options
                .iter_mut()
                .find(|option| option.id == value.option_id())
            {
                Some(option) if option.label.trim().is_empty() => option.label = label.to_string(),
                Some(_) => {}
                None => question.options.push(raw::Choice {
                    id: value.option_id().to_string(),
                    label: label.to_string(),
                    phrase: String::new(),
                    describe: String::new(),
                    effects: Vec::new(),
                }),
            }
        }
    }
}

crate::overlay::keyed_by_id!(
    raw::Section,
    raw::Question,
    raw::Rule,
    raw::Consistency,
    raw::Regime,
    raw::Unsuitable,
    SectionWords,
    QuestionWords,
    ChoiceWords,
    RuleWords,
    ConsistencyWords,
    RegimeWords,
    UnsuitableWords,
);

impl Keyed for raw::Choice {
    fn key(&self) -> &str {
        &self.id
    }

    /// Many options (a yes/no question's "yes") only carry effects: nothing to translate.
    fn has_words(&self) -> bool {
        [&self.label, &self.phrase, &self.describe]
            .iter()
            .any(|text| !text.trim().is_empty())
    }
}
