//! Opening an assessment: parsing it, finding the questionnaire it answers, loading the bundle it
//! is scored with, and listing what no longer fits. Shared by the CLI and the desktop app; pure
//! (the caller reads the files).

use crate::assessment::{self, Assessment};
use crate::bundle::{Bundle, pick_questionnaire};
use crate::diagnostic::{Diagnostic, InvalidFile, Said};
use crate::knowledge::KnowledgeBase;
use crate::present::vocabulary::Words;
use crate::questionnaire::{Questionnaire, carry_answers};
use crate::source::{Location, SourceFile};

/// An opened assessment, ready to score.
#[derive(Clone, Debug)]
pub struct Opened {
    /// The assessment.
    pub assessment: Assessment,
    /// The knowledge base and questionnaire it is scored with.
    pub bundle: Bundle,
    /// Warnings: file warnings, a questionnaire-version change, and each answer that does not fit,
    /// with its place in the assessment file.
    pub notes: Vec<Note>,
}

/// A warning about an opened assessment: the file, where in it when that is known, and what,
/// as data worded in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The file it is about.
    pub file: String,
    /// Where in it, when the note is about one place.
    pub at: Option<Location>,
    /// What it says.
    pub said: Said,
}

impl Note {
    fn about(source: &SourceFile, at: Option<Location>, said: Said) -> Note {
        Note {
            file: source.name().to_string(),
            at,
            said,
        }
    }

    /// "file:line:column: what", or "file: what", in `words`' language.
    pub fn in_words(&self, words: &Words) -> String {
        let said = self.said.in_words(words);
        match self.at {
            Some(at) => format!("{}:{}:{}: {said}", self.file, at.line, at.column),
            None => format!("{}: {said}", self.file),
        }
    }
}

impl From<&Diagnostic> for Note {
    fn from(diagnostic: &Diagnostic) -> Note {
        Note {
            file: diagnostic.file.clone(),
            at: Some(diagnostic.location),
            said: diagnostic.said.clone(),
        }
    }
}

impl std::fmt::Display for Note {
    /// In English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_words(Words::english()))
    }
}

/// Why an assessment could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// A file is invalid. Transparent, so that printing the error chain shows the diagnostics
    /// once, not once for this error and again for its source.
    #[error(transparent)]
    Invalid(#[from] InvalidFile),
    /// No questionnaire with the assessment's id is available.
    #[error(
        "{}",
        crate::diagnostic::InWords::in_words(self, crate::present::vocabulary::Words::english())
    )]
    UnknownQuestionnaire {
        /// The assessment file.
        file: String,
        /// Where it names the questionnaire.
        at: Location,
        /// The questionnaire id the assessment names.
        id: String,
        /// Its version.
        version: String,
        /// The built-in questionnaires, each as "id version".
        built_in: Vec<String>,
    },
}

/// Opens an assessment. `questionnaire` forces a questionnaire file; otherwise the one the
/// assessment names is picked among `shipped` (same id and version, else same id).
pub fn open(
    assessment_source: &SourceFile,
    knowledge_source: &SourceFile,
    questionnaire: Option<&SourceFile>,
    shipped: &[SourceFile],
) -> Result<Opened, OpenError> {
    let checked = Assessment::load(assessment_source)?;
    let mut assessment = checked.value;
    let knowledge = KnowledgeBase::load(knowledge_source)?;
    let questionnaire_source = match questionnaire {
        Some(source) => source.clone(),
        None => pick_shipped(assessment_source, &assessment, &knowledge.value, shipped)?,
    };
    let bundle = Bundle::with_knowledge(knowledge, knowledge_source, &questionnaire_source)?;
    let mut notes: Vec<Note> = checked.warnings.iter().map(Note::from).collect();
    notes.extend(bundle.warnings.iter().map(Note::from));
    notes.extend(carry_notes(assessment_source, &mut assessment, &bundle));
    notes.extend(fit_notes(assessment_source, &assessment, &bundle));
    Ok(Opened {
        assessment,
        bundle,
        notes,
    })
}

fn pick_shipped(
    assessment_source: &SourceFile,
    assessment: &Assessment,
    knowledge: &KnowledgeBase,
    shipped: &[SourceFile],
) -> Result<SourceFile, OpenError> {
    let mut candidates = Vec::new();
    for source in shipped {
        let questionnaire = Questionnaire::load(source, knowledge)?.value;
        candidates.push((questionnaire.id, questionnaire.version));
    }
    let index = pick_questionnaire(
        &candidates,
        &assessment.questionnaire_id,
        &assessment.questionnaire_version,
    )
    .ok_or_else(|| OpenError::UnknownQuestionnaire {
        file: assessment_source.name().to_string(),
        at: assessment_source.locate(&[assessment.questionnaire_id.as_str()]),
        id: assessment.questionnaire_id.clone(),
        version: assessment.questionnaire_version.clone(),
        built_in: candidates
            .iter()
            .map(|(id, version)| format!("{id} {version}"))
            .collect(),
    })?;
    Ok(shipped[index].clone())
}

/// Whether the assessment was answered against the questionnaire it is read with.
pub fn same_questionnaire(assessment: &Assessment, questionnaire: &Questionnaire) -> bool {
    assessment.questionnaire_id == questionnaire.id
        && assessment.questionnaire_version == questionnaire.version
}

/// Carries answers that the questionnaire now asks under another question (only when the
/// assessment was answered against another version), with a note for each, naming both
/// questions by their text.
fn carry_notes(source: &SourceFile, assessment: &mut Assessment, bundle: &Bundle) -> Vec<Note> {
    let q = &bundle.questionnaire;
    if same_questionnaire(assessment, q) {
        return Vec::new();
    }
    // Worded with the note, in the reader's language, so that a question the questionnaire no
    // longer holds is marked unknown in that language.
    let text = |id: &str| crate::present::names::question_said(q, id);
    let mut notes: Vec<Note> = carry_answers(&q.moved, &mut assessment.answers)
        .into_iter()
        .map(|carried| {
            let said = Said::new("opening-answer-moved")
                .with_said("from", text(&carried.from))
                .with_said("to", text(&carried.to));
            Note::about(source, None, said)
        })
        .collect();
    if let Some(carried) = assessment::carry_review_date_answer(assessment, q) {
        let said = match carried {
            assessment::ReviewDateCarried::Carried(date) => {
                Said::new("opening-review-date-carried").with("date", date)
            }
            assessment::ReviewDateCarried::Same(date) => {
                Said::new("opening-review-date-same").with("date", date)
            }
            assessment::ReviewDateCarried::Differs {
                review_date,
                answered,
            } => Said::new("opening-review-date-differs")
                .with("review_date", review_date)
                .with("answered", answered),
        };
        notes.push(Note::about(source, None, said));
    }
    notes
}

/// A note for a questionnaire-version change and one per answer that does not fit, each located
/// in the assessment file.
fn fit_notes(source: &SourceFile, assessment: &Assessment, bundle: &Bundle) -> Vec<Note> {
    let q = &bundle.questionnaire;
    let mut notes = Vec::new();
    let mut note = |at: Option<Location>, said: Said| notes.push(Note::about(source, at, said));
    if !same_questionnaire(assessment, q) {
        note(
            None,
            Said::new("opening-other-version")
                .with("answered_id", &assessment.questionnaire_id)
                .with("answered_version", &assessment.questionnaire_version)
                .with("read_id", &q.id)
                .with("read_version", &q.version),
        );
    }
    for misfit in assessment::misfits(&assessment.answers, q, &bundle.knowledge) {
        let question = misfit.question.as_str();
        // At the id the answer names, at its value, or at the question id when the questionnaire
        // has no such question.
        let at = match (&misfit.offending, q.question(question)) {
            (Some(offending), _) => source.locate(&[question, offending.as_str()]),
            (None, Some(_)) => source.locate_answer_value(question),
            (None, None) => source.locate(&[question]),
        };
        note(Some(at), crate::present::misfits::diagnostic(&misfit));
    }
    for control in
        assessment::unknown_measures(&assessment.sign_off, &bundle.knowledge_for(assessment))
    {
        note(None, crate::present::misfits::unknown_measure(&control));
    }
    let judgement = &assessment.judgement;
    for problem in assessment::own_problems(
        &bundle.knowledge,
        &judgement.own_risks,
        &judgement.own_measures,
    ) {
        note(None, problem);
    }
    for problem in assessment::unknown_overrides(&assessment.judgement, &bundle.knowledge) {
        note(None, problem);
    }
    for app in &assessment.compared {
        if bundle.knowledge.app(app).is_none() {
            note(None, Said::new("opening-unknown-compared").with("app", app));
        }
    }
    for question in assessment.judgement.notes.keys() {
        if q.question(question).is_none() {
            let at = source.locate(&["judgement", question.as_str()]);
            note(
                Some(at),
                Said::new("opening-note-on-unknown-question").with("question", question),
            );
        }
    }
    notes
}

impl crate::diagnostic::InWords for OpenError {
    fn in_words(&self, words: &crate::present::vocabulary::Words) -> String {
        match self {
            OpenError::Invalid(invalid) => invalid.in_words(words),
            OpenError::UnknownQuestionnaire {
                file,
                at,
                id,
                version,
                built_in,
            } => format!(
                "{file}:{}:{}: {}",
                at.line,
                at.column,
                words.with_texts(
                    "open-unknown-questionnaire",
                    &[
                        ("id", id),
                        ("version", version),
                        ("built_in", &built_in.join(", ")),
                    ],
                )
            ),
        }
    }
}
