//! A knowledge base and a questionnaire loaded together, with the fingerprints of their files:
//! everything needed, besides an assessment, to score and report.

use crate::assessment::Assessment;
use crate::date::Date;
use crate::diagnostic::{Checked, Diagnostic, InvalidFile};
use crate::knowledge::KnowledgeBase;
use crate::present::vocabulary::Words;
use crate::questionnaire::Questionnaire;
use crate::report::document::Document;
use crate::report::{ReportInput, build};
use crate::scoring::{Scoring, score_candidates, score_with_judgement};
use crate::source::SourceFile;

/// A validated knowledge base and questionnaire.
#[derive(Clone, Debug)]
pub struct Bundle {
    /// The knowledge base.
    pub knowledge: KnowledgeBase,
    /// SHA-256 of its file.
    pub knowledge_sha256: String,
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// SHA-256 of its file.
    pub questionnaire_sha256: String,
    /// Warnings from loading both files.
    pub warnings: Vec<Diagnostic>,
}

impl Bundle {
    /// Loads and validates both files (the questionnaire against the knowledge base).
    pub fn load(knowledge: &SourceFile, questionnaire: &SourceFile) -> Result<Bundle, InvalidFile> {
        Bundle::with_knowledge(KnowledgeBase::load(knowledge)?, knowledge, questionnaire)
    }

    /// Like [`Bundle::load`], for a knowledge base already loaded from `knowledge`.
    pub fn with_knowledge(
        kb: Checked<KnowledgeBase>,
        knowledge: &SourceFile,
        questionnaire: &SourceFile,
    ) -> Result<Bundle, InvalidFile> {
        let q = Questionnaire::load(questionnaire, &kb.value)?;
        let mut warnings = kb.warnings;
        warnings.extend(q.warnings);
        Ok(Bundle {
            knowledge: kb.value,
            knowledge_sha256: knowledge.sha256().to_string(),
            questionnaire: q.value,
            questionnaire_sha256: questionnaire.sha256().to_string(),
            warnings,
        })
    }

    /// The knowledge base this assessment is scored with: the bundle's, plus the assessor's own
    /// risks and measures when it has any.
    pub fn knowledge_for(&self, assessment: &Assessment) -> std::borrow::Cow<'_, KnowledgeBase> {
        let judgement = &assessment.judgement;
        if judgement.own_risks.is_empty() && judgement.own_measures.is_empty() {
            std::borrow::Cow::Borrowed(&self.knowledge)
        } else {
            std::borrow::Cow::Owned(crate::assessment::with_own(
                &self.knowledge,
                &judgement.own_risks,
                &judgement.own_measures,
            ))
        }
    }

    /// Scores an assessment: its answers, action plan and the assessor's own ratings, and each
    /// app it only compares, under the same answers.
    pub fn score(&self, assessment: &Assessment) -> Scoring {
        let knowledge = self.knowledge_for(assessment);
        let knowledge = knowledge.as_ref();
        let mut scoring = score_with_judgement(
            &self.questionnaire,
            knowledge,
            &assessment.answers,
            &assessment.sign_off.measures,
            &assessment.judgement.overrides,
        );
        scoring.candidates = score_candidates(
            &self.questionnaire,
            knowledge,
            &assessment.answers,
            &assessment.sign_off.measures,
            &assessment.judgement.overrides,
            &assessment.compared,
        );
        // A rating for an app only compared counts in its column, so it is not "not counted".
        scoring.findings.retain(|finding| {
            !matches!(
                finding,
                crate::scoring::Finding::OverrideForAppNotAssessed { app, .. }
                    if assessment.compared.contains(app)
            )
        });
        scoring
    }

    /// The report document for an assessment and its scoring, dated `report_date`, in English.
    pub fn report(
        &self,
        assessment: &Assessment,
        scoring: &Scoring,
        report_date: Date,
    ) -> Document {
        self.report_in(assessment, scoring, report_date, Words::english())
    }

    /// The report document in `words`' language. The bundle's questionnaire and knowledge base
    /// give the report's other words, so the bundle must be in the same language:
    /// [`Bundle::report_in_language`] makes sure of it.
    pub fn report_in(
        &self,
        assessment: &Assessment,
        scoring: &Scoring,
        report_date: Date,
        words: &Words,
    ) -> Document {
        let knowledge = self.knowledge_for(assessment);
        build(&ReportInput {
            questionnaire: &self.questionnaire,
            knowledge: knowledge.as_ref(),
            assessment,
            scoring,
            questionnaire_sha256: &self.questionnaire_sha256,
            knowledge_sha256: &self.knowledge_sha256,
            report_date,
            words,
        })
    }
}

/// Which of several questionnaire sources an assessment was answered against: the one with its
/// id and version, else the one with its id (the caller reports answers that no longer fit).
/// `candidates` are the (id, version) pairs of the questionnaires available, in preference order.
pub fn pick_questionnaire(
    candidates: &[(String, String)],
    id: &str,
    version: &str,
) -> Option<usize> {
    candidates
        .iter()
        .position(|(i, v)| i == id && v == version)
        .or_else(|| candidates.iter().position(|(i, _)| i == id))
}
