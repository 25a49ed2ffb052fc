//! Questionnaires: ordered sections of questions, with help, conditions and the effects of each
//! answer, plus the rules (legal and jurisdictional) the scoring applies.

pub mod condition;
mod moved;
pub(crate) mod raw;
mod regime;
mod translation;
mod validate;

pub use moved::{Carried, MovedAnswer, carry_answers};
pub use regime::{LawCitation, Regime, Requirement};

use crate::answer::Answers;
use crate::effect::Effect;
use condition::Condition;
use serde::{Deserialize, Serialize};

/// A validated questionnaire; build one with [`Questionnaire::load`].
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    /// Stable id, recorded in assessments.
    pub id: String,
    /// Version, recorded in assessments; answers are checked against it.
    pub version: String,
    /// Title.
    pub title: String,
    /// What it is for.
    pub description: String,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// Rules the scoring applies when their condition holds.
    pub rules: Vec<Rule>,
    /// Answers that contradict each other (or the knowledge base), reported as findings.
    pub consistency: Vec<Consistency>,
    /// The data protection regimes and when each applies.
    pub regimes: Vec<Regime>,
    /// Measures the situation rules out (no deletion measures under a legal hold): never
    /// proposed, nor made conditions, while their condition holds.
    pub unsuitable: Vec<Unsuitable>,
    /// Answers an older version asked under another question, carried over on opening.
    pub moved: Vec<MovedAnswer>,
    /// The question whose answer is the region the organisation is established in (its
    /// options are the knowledge base's regions), so the report names each app's provider,
    /// data location and transfers for that region.
    pub organisation_region: Option<String>,
    /// The yes/no question asking whether the app is already used for the purpose, so the
    /// report says what happens to that use.
    pub current_use: Option<String>,
}

/// The translation to fill in for the questionnaire in `source`, in `language` (a BCP 47 tag):
/// an overlay file holding every text of the questionnaire in its own words and order, for a
/// translator to replace (`msgdpia translation-template`).
pub fn translation_template(
    source: &crate::source::SourceFile,
    language: &str,
) -> Result<String, crate::diagnostic::InvalidFile> {
    let raw: raw::Questionnaire = crate::ron_file::parse(source)?;
    let template = translation::template(&raw, language);
    Ok(crate::ron_file::pretty(&template))
}

impl Questionnaire {
    /// Whether the app is already in use, from the answer to [`Questionnaire::current_use`].
    pub fn current_use(&self, answers: &crate::answer::Answers) -> Option<crate::answer::YesNo> {
        let question = self.current_use.as_deref()?;
        match answers.get(question)? {
            crate::answer::Answer::YesNo(value) => Some(*value),
            _ => None,
        }
    }

    /// The region the organisation is established in, from its answer to
    /// [`Questionnaire::organisation_region`].
    pub fn organisation_region<'a>(&self, answers: &'a crate::answer::Answers) -> Option<&'a str> {
        let question = self.organisation_region.as_deref()?;
        answers
            .get(question)
            .and_then(|answer| answer.selected().first().copied())
    }
}

/// Measures that must not be proposed while a condition holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Unsuitable {
    /// Stable id.
    pub id: String,
    /// When the measures are unsuitable.
    pub when: Condition,
    /// The controls concerned.
    pub controls: Vec<String>,
    /// Why, in one sentence.
    pub reason: String,
}

/// A group of questions shown together.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// A short introduction.
    pub intro: String,
    /// Which part of the report the `describe` sentences of its questions go to.
    pub report: ReportPart,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// Where a section's answers are written up as prose in the report.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum ReportPart {
    /// The systematic description of the processing (GDPR Art. 35(7)(a) and its equivalents).
    #[default]
    Description,
    /// Necessity and proportionality (GDPR Art. 35(7)(b) and its equivalents).
    Necessity,
    /// Not written up as prose (screening, safeguards: they have sections of their own).
    Neither,
}

/// The kinds of question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum QuestionKind {
    /// One option out of several.
    SingleChoice,
    /// Any number of options.
    MultipleChoice,
    /// Yes, no or don't know.
    YesNo,
    /// A line of text.
    ShortText,
    /// Paragraphs of text.
    LongText,
    /// A number, optionally within `min`/`max`.
    Number,
    /// A date.
    Date,
    /// One or more apps of the knowledge base.
    Apps,
}

/// One question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Stable id, the key of its answer in assessment files.
    pub id: String,
    /// The question as asked.
    pub text: String,
    /// Why we ask, with a reference where one exists.
    pub help: String,
    /// Its kind.
    pub kind: QuestionKind,
    /// Whether it must be answered (when shown).
    pub required: bool,
    /// When it is shown; always when `None`. Refers only to earlier questions.
    pub show_if: Option<Condition>,
    /// The options of choice questions; for yes/no questions always `yes`, `no`, `dont_know`.
    pub options: Vec<Choice>,
    /// Lowest accepted number.
    pub min: Option<f64>,
    /// Highest accepted number.
    pub max: Option<f64>,
    /// Unit shown after a number.
    pub unit: String,
    /// A sentence for the report with `{answer}` (or `{answer_lower}`) where the answer goes;
    /// empty when the answer is not written up as prose.
    pub describe: String,
}

/// An option of a choice or yes/no question, with what choosing it does.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Stable id, stored in answers.
    pub id: String,
    /// The text shown.
    pub label: String,
    /// How the option reads mid-sentence where lower-casing the label's first letter would be
    /// wrong ("mainland China", "Switzerland"); empty to lower-case the label.
    pub phrase: String,
    /// The report's sentence when this option is the answer, where the question's own sentence
    /// would not read well with it ("none of these", a yes/no answer); empty to use the
    /// question's.
    pub describe: String,
    /// What choosing it does.
    pub effects: Vec<Effect>,
}

/// A rule: when its condition holds, its effects apply, and the report cites it.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// Stable id.
    pub id: String,
    /// Short title.
    pub title: String,
    /// The law, regulation or guidance it comes from.
    pub citation: String,
    /// What it means for the assessment, in plain words.
    pub explanation: String,
    /// When it applies (may name any question and the app being assessed).
    pub when: Condition,
    /// What it does (only `Raise`).
    pub effects: Vec<Effect>,
}

/// A consistency check: when its condition holds, the answers contradict each other or the
/// knowledge base, and the DPO is told what to resolve. It changes no rating.
#[derive(Clone, Debug, PartialEq)]
pub struct Consistency {
    /// Stable id.
    pub id: String,
    /// When the contradiction is there (may name any question and the app being assessed).
    pub when: Condition,
    /// What contradicts what, in one sentence.
    pub finding: String,
    /// The provision it breaches under each regime, so the report cites only the law that
    /// applies to the organisation.
    pub law: Option<LawCitation>,
    /// What to do about it, in one sentence.
    pub resolve: String,
}

impl Questionnaire {
    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections
            .iter()
            .flat_map(|section| section.questions.iter())
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|question| question.id == id)
    }

    /// The questions shown for these answers, in order. A question is shown when its condition
    /// holds over the answers to the questions shown before it, so an answer left behind on a
    /// question that has since been hidden cannot keep other questions visible.
    pub fn shown_questions(&self, answers: &Answers) -> Vec<&Question> {
        let mut shown = Vec::new();
        let mut visible_answers = Answers::new();
        for question in self.questions() {
            let visible = question
                .show_if
                .as_ref()
                .is_none_or(|condition| condition.holds(&visible_answers, None));
            if visible {
                if let Some(answer) = answers.get(&question.id) {
                    visible_answers.insert(question.id.clone(), answer.clone());
                }
                shown.push(question);
            }
        }
        shown
    }

    /// The ids of the questions shown for these answers, in order.
    pub fn shown_ids(&self, answers: &Answers) -> Vec<&str> {
        self.shown_questions(answers)
            .into_iter()
            .map(|q| q.id.as_str())
            .collect()
    }

    /// The answers that count: those to questions that are shown.
    pub fn active_answers(&self, answers: &Answers) -> Answers {
        self.shown_questions(answers)
            .into_iter()
            .filter_map(|q| answers.get(&q.id).map(|a| (q.id.clone(), a.clone())))
            .collect()
    }
}

impl Questionnaire {
    /// The required questions of section `index` that are shown but not answered, in order: what
    /// the wizard lists when the user tries to move on.
    pub fn missing_required(&self, index: usize, answers: &Answers) -> Vec<&Question> {
        let Some(section) = self.sections.get(index) else {
            return Vec::new();
        };
        let shown = self.shown_questions(answers);
        section
            .questions
            .iter()
            .filter(|q| q.required && shown.iter().any(|s| s.id == q.id))
            .filter(|q| {
                !answers
                    .get(&q.id)
                    .is_some_and(crate::answer::Answer::is_given)
            })
            .collect()
    }

    /// `answers` with `apps` as the only apps chosen: the first app question shown takes them and
    /// any other app question is cleared. Comparing another app under the same answers starts
    /// here.
    pub fn with_apps(&self, answers: &Answers, apps: &[String]) -> Answers {
        let mut changed = answers.clone();
        let mut first = true;
        for question in self.shown_questions(answers) {
            if question.kind != QuestionKind::Apps {
                continue;
            }
            if first {
                changed.insert(
                    question.id.clone(),
                    crate::answer::Answer::Apps(apps.to_vec()),
                );
                first = false;
            } else {
                changed.remove(&question.id);
            }
        }
        changed
    }

    /// The apps picked in the answers to every shown app question, in order, without repeats.
    pub fn chosen_apps(&self, answers: &Answers) -> Vec<String> {
        let mut apps: Vec<String> = Vec::new();
        for question in self.shown_questions(answers) {
            if question.kind != QuestionKind::Apps {
                continue;
            }
            if let Some(crate::answer::Answer::Apps(ids)) = answers.get(&question.id) {
                for id in ids {
                    if !apps.contains(id) {
                        apps.push(id.clone());
                    }
                }
            }
        }
        apps
    }
}

impl Question {
    /// The option with this id.
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|option| option.id == id)
    }
}
