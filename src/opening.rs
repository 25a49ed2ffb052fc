//! Opening an assessment: parsing it, finding the questionnaire it answers, loading the bundle it
//! is scored with, and listing what no longer fits. Shared by the CLI and the desktop app; pure
//! (the caller reads the files).

use crate::assessment::{self, Assessment};
use crate::bundle::{Bundle, pick_questionnaire};
use crate::diagnostic::{Diagnostic, InvalidFile};
use crate::knowledge::KnowledgeBase;
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
    pub notes: Vec<String>,
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
        "{file}:{}:{}: the assessment answers questionnaire `{id}` version {version}, which is not built in (the built-in questionnaires are: {}); open that questionnaire file too (on the command line: --questionnaire FILE)",
        at.line, at.column, built_in.join(", ")
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
    let mut notes: Vec<String> = checked.warnings.iter().map(Diagnostic::to_string).collect();
    notes.extend(bundle.warnings.iter().map(Diagnostic::to_string));
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
fn carry_notes(source: &SourceFile, assessment: &mut Assessment, bundle: &Bundle) -> Vec<String> {
    let q = &bundle.questionnaire;
    if same_questionnaire(assessment, q) {
        return Vec::new();
    }
    let text = |id: &str| crate::present::names::question(q, id).into_owned();
    let mut notes: Vec<String> = carry_answers(&q.moved, &mut assessment.answers)
        .into_iter()
        .map(|carried| {
            format!(
                "{}: the answer to \"{}\" now answers \"{}\"",
                source.name(),
                text(&carried.from),
                text(&carried.to)
            )
        })
        .collect();
    if let Some(carried) = assessment::carry_review_date_answer(assessment, q) {
        notes.push(match carried {
            assessment::ReviewDateCarried::Carried(date) => format!(
                "{}: the answer to \"When should this assessment next be reviewed?\" is now the assessment's review date, {date}, asked once with the other details",
                source.name()
            ),
            assessment::ReviewDateCarried::Same(date) => format!(
                "{}: the review date, {date}, is now asked once, with the other details; the same date given under Governance is no longer needed",
                source.name()
            ),
            assessment::ReviewDateCarried::Differs {
                review_date,
                answered,
            } => format!(
                "{}: the review date is now asked once, with the other details; it says {review_date}, but the answer under Governance said {answered}: check the review date (the other answer is kept in the file, unused)",
                source.name()
            ),
        });
    }
    notes
}

/// A note for a questionnaire-version change and one per answer that does not fit, each located
/// in the assessment file.
fn fit_notes(source: &SourceFile, assessment: &Assessment, bundle: &Bundle) -> Vec<String> {
    let q = &bundle.questionnaire;
    let mut notes = Vec::new();
    if !same_questionnaire(assessment, q) {
        notes.push(format!(
            "{}: the assessment was answered against questionnaire {} {}, and is read with {} {}",
            source.name(),
            assessment.questionnaire_id,
            assessment.questionnaire_version,
            q.id,
            q.version
        ));
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
        notes.push(format!(
            "{}:{}:{}: {}",
            source.name(),
            at.line,
            at.column,
            crate::present::misfits::diagnostic(&misfit)
        ));
    }
    for control in
        assessment::unknown_measures(&assessment.sign_off, &bundle.knowledge_for(assessment))
    {
        let problem = crate::present::misfits::unknown_measure_diagnostic(&control);
        notes.push(format!("{}: {problem}", source.name()));
    }
    let judgement = &assessment.judgement;
    for problem in assessment::own_problems(
        &bundle.knowledge,
        &judgement.own_risks,
        &judgement.own_measures,
    ) {
        notes.push(format!("{}: {problem}", source.name()));
    }
    for problem in assessment::unknown_overrides(&assessment.judgement, &bundle.knowledge) {
        notes.push(format!("{}: {problem}", source.name()));
    }
    for app in &assessment.compared {
        if bundle.knowledge.app(app).is_none() {
            notes.push(format!(
                "{}: the apps compared include `{app}`, which is not in the knowledge base; it is kept as written and not compared",
                source.name()
            ));
        }
    }
    for question in assessment.judgement.notes.keys() {
        if q.question(question).is_none() {
            let at = source.locate(&["judgement", question.as_str()]);
            notes.push(format!(
                "{}:{}:{}: a note is kept on `{question}`, which is not a question of the questionnaire; the report does not show it",
                source.name(),
                at.line,
                at.column
            ));
        }
    }
    notes
}
