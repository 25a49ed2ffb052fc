//! An open assessment and everything derived from it: the bundle it is scored with, its current
//! scoring, its file and whether it has unsaved changes. No drawing happens here.

use super::command::{ApprovalOf, ConsultationField, ContributorEdit, SignOffEdit, SignOffText};
use super::step::Step;
use crate::answer::Answer;
use crate::assessment::Assessment;
use crate::assessment::{MeasureStatus, PlannedMeasure, SignOff};
use crate::bundle::Bundle;
use crate::date::Date;
use crate::present::vocabulary::Words;
use crate::scoring::Scoring;
use crate::since_scored::{SinceScored, record, since_scored};
use std::path::PathBuf;

/// An assessment being edited.
pub struct Session {
    /// The questionnaire and knowledge base.
    pub bundle: Bundle,
    /// The assessment.
    pub assessment: Assessment,
    /// Its scoring, recomputed after every change (it takes well under a millisecond).
    pub scoring: Scoring,
    /// The file it was opened from or saved to.
    pub path: Option<PathBuf>,
    /// Whether it changed since it was opened or saved.
    pub dirty: bool,
    /// The step shown.
    pub step: Step,
    /// Required questions the user tried to skip, marked until answered.
    pub flagged: Vec<String>,
    /// The risk whose why-trail the risk panel shows.
    pub selected_risk: Option<String>,
    /// The passphrase it is saved with, if it is protected by one.
    pub protection: Option<super::protection::Protection>,
    /// When it was last scored with another knowledge base: which facts of its apps changed
    /// and what re-assessing changes, until the user records the new result.
    pub since_scored: Option<SinceScored>,
    /// The steps shown so far: the comparison and the result, which ask nothing, count as done
    /// once seen.
    pub visited: Vec<Step>,
    /// Stored answers that do not fit their question (a value it does not offer, the wrong
    /// kind): shown as errors, and they block their step like a missing answer.
    pub misfits: Vec<crate::assessment::Misfit>,
    /// The knowledge base with the assessor's own risks and measures, when there are any.
    with_own: Option<crate::knowledge::KnowledgeBase>,
    /// Whether the assessment is an approved record: approved when it was opened or last saved.
    /// It is then read-only until a new revision starts. Completing the approval while editing
    /// does not lock it at once, so the approver's name can be typed to the end.
    pub locked: bool,
    /// Who has the file open elsewhere, when it was opened read-only because of their lock.
    pub held_by: Option<crate::io::LockHolder>,
    /// The digest of the file as it was opened or last saved, to notice that someone else
    /// changed it before this save.
    pub disk_digest: Option<crate::io::FileDigest>,
    /// The questionnaire in the interface's language, when it is not the file's own: what the
    /// pages show. The bundle's stays the one scored, saved and reported.
    pub shown_questionnaire: Option<crate::questionnaire::Questionnaire>,
    /// The knowledge base in the interface's language, when it is not the file's own.
    translated_knowledge: Option<crate::knowledge::KnowledgeBase>,
    /// That translation with the assessor's own risks and measures, when there are any.
    translated_with_own: Option<crate::knowledge::KnowledgeBase>,
}

impl Session {
    /// The questionnaire as the pages show it: in the interface's language when it has been
    /// translated into it.
    pub fn questionnaire(&self) -> &crate::questionnaire::Questionnaire {
        self.shown_questionnaire
            .as_ref()
            .unwrap_or(&self.bundle.questionnaire)
    }

    /// Opens an assessment for editing.
    pub fn new(bundle: Bundle, assessment: Assessment, path: Option<PathBuf>) -> Session {
        let scoring = bundle.score(&assessment);
        let misfits = crate::assessment::misfits(
            &assessment.answers,
            &bundle.questionnaire,
            &bundle.knowledge,
        );
        let since_scored = assessment.scored_with.as_ref().and_then(|recorded| {
            since_scored(
                recorded,
                &bundle.knowledge,
                &bundle.knowledge_sha256,
                &scoring,
            )
        });
        Session {
            bundle,
            assessment,
            scoring,
            path,
            dirty: false,
            step: Step::Details,
            flagged: Vec::new(),
            selected_risk: None,
            protection: None,
            since_scored,
            visited: Vec::new(),
            misfits,
            with_own: None,
            locked: false,
            held_by: None,
            disk_digest: None,
            shown_questionnaire: None,
            translated_knowledge: None,
            translated_with_own: None,
        }
        .with_own_items()
    }

    /// The assessment as saved: with the record of the result now, unless changes in the
    /// knowledge base are still waiting to be re-assessed, in which case the old record stays so
    /// that the notice comes back when the file is opened again.
    pub fn file_text(&self) -> String {
        let mut assessment = self.assessment.clone();
        if self.since_scored.is_none() {
            assessment.scored_with = Some(record(
                self.knowledge(),
                &self.bundle.knowledge_sha256,
                &self.scoring,
            ));
        }
        assessment.to_ron()
    }

    /// Records the result with the current knowledge base: the user has re-assessed.
    pub fn accept_new_knowledge(&mut self) {
        self.assessment.scored_with = Some(record(
            self.knowledge(),
            &self.bundle.knowledge_sha256,
            &self.scoring,
        ));
        self.since_scored = None;
        self.dirty = true;
    }

    /// Sets or clears an answer and rescores.
    pub fn set_answer(&mut self, question: &str, answer: Option<Answer>) {
        match answer {
            Some(answer) => self.assessment.answers.insert(question.to_string(), answer),
            None => self.assessment.answers.remove(question),
        };
        self.flagged.retain(|id| {
            !self
                .assessment
                .answers
                .get(id)
                .is_some_and(Answer::is_given)
        });
        self.changed();
    }

    /// Changes the assessor's own notes or ratings. An override replaces the one for the same
    /// risk and app; one that sets nothing and gives no reason is removed.
    pub fn edit_judgement(&mut self, edit: super::command::JudgementEdit) {
        let judgement = &mut self.assessment.judgement;
        match edit {
            super::command::JudgementEdit::Note(question, text) => {
                if text.trim().is_empty() {
                    judgement.notes.remove(&question);
                } else {
                    judgement.notes.insert(question, text);
                }
            }
            super::command::JudgementEdit::AddOwnRisk => {
                let id = free_id("own_risk", |id| {
                    judgement.own_risks.iter().any(|r| r.id == id)
                        || judgement.overrides.iter().any(|o| o.risk == id)
                        || self.bundle.knowledge.risk(id).is_some()
                });
                judgement.own_risks.push(crate::assessment::OwnRisk {
                    id,
                    name: String::new(),
                    description: String::new(),
                    harm: String::new(),
                    feared_event: crate::knowledge::FearedEvent::IllegitimateAccess,
                    likelihood: crate::scale::Scale::MIN,
                    severity: crate::scale::Scale::MIN,
                });
            }
            super::command::JudgementEdit::SetOwnRisk(index, risk) => {
                if let Some(slot) = judgement.own_risks.get_mut(index) {
                    *slot = risk;
                }
            }
            super::command::JudgementEdit::RemoveOwnRisk(index) => {
                if index < judgement.own_risks.len() {
                    // Nothing may keep pointing at it: its id could be given to a new risk.
                    let id = judgement.own_risks.remove(index).id;
                    judgement.overrides.retain(|o| o.risk != id);
                    for measure in &mut judgement.own_measures {
                        measure.reduces.retain(|r| r.risk != id);
                    }
                }
            }
            super::command::JudgementEdit::AddOwnMeasure => {
                let plan = &self.assessment.sign_off.measures;
                let id = free_id("own_measure", |id| {
                    judgement.own_measures.iter().any(|m| m.id == id)
                        || plan.iter().any(|m| m.control == id)
                        || self.bundle.knowledge.control(id).is_some()
                });
                judgement.own_measures.push(crate::assessment::OwnMeasure {
                    id,
                    name: String::new(),
                    wording: String::new(),
                    reduces: Vec::new(),
                });
            }
            super::command::JudgementEdit::SetOwnMeasure(index, measure) => {
                if let Some(slot) = judgement.own_measures.get_mut(index) {
                    *slot = measure;
                }
            }
            super::command::JudgementEdit::RemoveOwnMeasure(index) => {
                if index < judgement.own_measures.len() {
                    // Its place in the action plan goes with it.
                    let id = judgement.own_measures.remove(index).id;
                    self.assessment
                        .sign_off
                        .measures
                        .retain(|m| m.control != id);
                }
            }
            super::command::JudgementEdit::Override(new) => {
                let same =
                    |o: &crate::assessment::RiskOverride| o.risk == new.risk && o.app == new.app;
                let empty = new.likelihood.is_none()
                    && new.severity.is_none()
                    && new.reason.trim().is_empty();
                match judgement.overrides.iter().position(same) {
                    Some(index) if empty => {
                        judgement.overrides.remove(index);
                    }
                    Some(index) => judgement.overrides[index] = new,
                    None if empty => {}
                    None => judgement.overrides.push(new),
                }
            }
        }
        self.changed();
    }

    /// Records a change: rescore and mark unsaved.
    pub fn changed(&mut self) {
        self.refresh_own_items();
        self.scoring = self.bundle.score(&self.assessment);
        self.misfits = crate::assessment::misfits(
            &self.assessment.answers,
            &self.bundle.questionnaire,
            self.knowledge(),
        );
        self.dirty = true;
    }

    /// What stops the user leaving a step: the required questions shown and unanswered, and
    /// the shown questions whose stored answer does not fit, as (question id, question text);
    /// on the details step, the organisation's name, as ("organisation", its label in `words`).
    pub fn blocking(&self, step: Step, words: &Words) -> Vec<(String, String)> {
        match step {
            Step::Details if self.assessment.metadata.organisation.trim().is_empty() => {
                vec![(
                    "organisation".to_string(),
                    words.get("details-organisation-missing"),
                )]
            }
            _ => self.blocking_questions(step),
        }
    }

    /// The questions that stop the user leaving section `step` (see [`Session::blocking`]).
    fn blocking_questions(&self, step: Step) -> Vec<(String, String)> {
        let Step::Section(index) = step else {
            return Vec::new();
        };
        let questionnaire = self.questionnaire();
        let answers = &self.assessment.answers;
        let mut blocking: Vec<(String, String)> = questionnaire
            .missing_required(index, answers)
            .into_iter()
            .map(|q| (q.id.clone(), q.text.clone()))
            .collect();
        let shown = questionnaire.shown_questions(answers);
        let in_section = questionnaire
            .sections
            .get(index)
            .map_or(&[][..], |s| s.questions.as_slice());
        for question in in_section {
            let unfit = self.misfits.iter().any(|m| m.question == question.id);
            if unfit
                && shown.iter().any(|s| s.id == question.id)
                && !blocking.iter().any(|(id, _)| *id == question.id)
            {
                blocking.push((question.id.clone(), question.text.clone()));
            }
        }
        blocking
    }

    /// Why the stored answer to `question` does not fit it, if it does not.
    pub fn misfit(&self, question: &str) -> Option<&crate::assessment::Misfit> {
        self.misfits.iter().find(|m| m.question == question)
    }

    /// Every step, in order.
    pub fn steps(&self) -> Vec<Step> {
        let sections = (0..self.bundle.questionnaire.sections.len()).map(Step::Section);
        std::iter::once(Step::Details)
            .chain(sections)
            .chain([Step::Compare, Step::SignOff, Step::Finish])
            .collect()
    }

    /// The step after `step`, if any.
    pub fn after(&self, step: Step) -> Option<Step> {
        let steps = self.steps();
        let index = steps.iter().position(|s| *s == step)?;
        steps.get(index + 1).copied()
    }

    /// The step before `step`, if any.
    pub fn before(&self, step: Step) -> Option<Step> {
        let steps = self.steps();
        let index = steps.iter().position(|s| *s == step)?;
        index.checked_sub(1).and_then(|i| steps.get(i).copied())
    }

    /// The knowledge base the assessment is scored with: the bundle's, with the assessor's own
    /// risks and measures when there are any. Names shown come from here.
    pub fn knowledge(&self) -> &crate::knowledge::KnowledgeBase {
        self.with_own.as_ref().unwrap_or(&self.bundle.knowledge)
    }

    /// The knowledge base as the pages show it: in the interface's language when it has been
    /// translated into it, with the assessor's own risks and measures. Only its words differ
    /// from [`Session::knowledge`]'s.
    pub fn shown_knowledge(&self) -> &crate::knowledge::KnowledgeBase {
        self.translated_with_own
            .as_ref()
            .or(self.translated_knowledge.as_ref())
            .unwrap_or_else(|| self.knowledge())
    }

    /// Shows the knowledge base in these words from now on (its own, when `None`).
    pub fn show_knowledge(&mut self, translated: Option<crate::knowledge::KnowledgeBase>) {
        self.translated_knowledge = translated;
        self.refresh_own_items();
    }

    /// Adds the assessor's own risks and measures to the knowledge base, in each language held.
    fn refresh_own_items(&mut self) {
        self.with_own = own_knowledge(&self.bundle, &self.assessment);
        let judgement = &self.assessment.judgement;
        self.translated_with_own = self
            .translated_knowledge
            .as_ref()
            .filter(|_| !judgement.own_risks.is_empty() || !judgement.own_measures.is_empty())
            .map(|knowledge| {
                crate::assessment::with_own(
                    knowledge,
                    &judgement.own_risks,
                    &judgement.own_measures,
                )
            });
    }

    fn with_own_items(mut self) -> Session {
        self.refresh_own_items();
        self.locked = self.assessment.is_approved();
        self
    }

    /// Records that the step shown has been seen.
    pub fn mark_visited(&mut self) {
        if !self.visited.contains(&self.step) {
            self.visited.push(self.step);
        }
    }

    /// Whether a step has everything it requires.
    pub fn is_complete(&self, step: Step) -> bool {
        match step {
            Step::Details => !self.assessment.metadata.organisation.trim().is_empty(),
            Step::Section(_) => self.blocking_questions(step).is_empty(),
            Step::SignOff => {
                !self.assessment.sign_off.measures.is_empty()
                    && !self
                        .assessment
                        .sign_off
                        .residual_risks_approval
                        .by
                        .trim()
                        .is_empty()
            }
            Step::Compare | Step::Finish => self.visited.contains(&step),
        }
    }

    /// The share of steps (details and sections) complete, 0.0 to 1.0.
    pub fn progress(&self) -> f32 {
        let steps: Vec<Step> = self
            .steps()
            .into_iter()
            .filter(|s| !matches!(s, Step::Compare | Step::Finish))
            .collect();
        let done = steps.iter().filter(|s| self.is_complete(**s)).count();
        done as f32 / steps.len().max(1) as f32
    }

    /// The step's title.
    pub fn step_title(&self, step: Step, words: &Words) -> String {
        let message = match step {
            // A section is titled by the questionnaire, which carries its own words.
            Step::Section(index) => {
                return self
                    .questionnaire()
                    .sections
                    .get(index)
                    .map_or_else(String::new, |s| s.title.clone());
            }
            Step::Details => "step-details",
            Step::Compare => "step-compare",
            Step::SignOff => "step-sign-off",
            Step::Finish => "step-result",
        };
        words.get(message)
    }

    /// The step a short name means: `details`, a section's id, `compare`, `sign-off` or
    /// `result`.
    pub fn step_named(&self, name: &str) -> Option<Step> {
        self.steps()
            .into_iter()
            .find(|step| self.step_name(*step) == name)
    }

    /// The short name of every step, in order.
    pub fn step_names(&self) -> Vec<String> {
        self.steps()
            .into_iter()
            .map(|step| self.step_name(step))
            .collect()
    }

    fn step_name(&self, step: Step) -> String {
        match step {
            Step::Details => "details".to_string(),
            Step::Section(index) => self
                .bundle
                .questionnaire
                .sections
                .get(index)
                .map_or_else(String::new, |s| s.id.clone()),
            Step::Compare => "compare".to_string(),
            Step::SignOff => "sign-off".to_string(),
            Step::Finish => "result".to_string(),
        }
    }

    /// Applies one change to the sign-off.
    pub fn edit_sign_off(&mut self, edit: SignOffEdit) {
        let sign_off = &mut self.assessment.sign_off;
        match edit {
            SignOffEdit::Text(field, value) => *text_field(sign_off, field) = value,
            SignOffEdit::ApprovedOn(which, text) => {
                let approval = match which {
                    ApprovalOf::Measures => &mut sign_off.measures_approval,
                    ApprovalOf::ResidualRisks => &mut sign_off.residual_risks_approval,
                };
                if let Some(date) = optional_date(&text) {
                    approval.on = date;
                }
            }
            SignOffEdit::Outcome(outcome) => sign_off.dpo_advice_outcome = outcome,
            SignOffEdit::AddRecommended => {
                for control in self.recommended_controls() {
                    self.add_measure(control);
                }
            }
            SignOffEdit::Add(control) => self.add_measure(control),
            SignOffEdit::Remove(index) => {
                if index < sign_off.measures.len() {
                    sign_off.measures.remove(index);
                }
            }
            SignOffEdit::Owner(index, owner) => {
                if let Some(measure) = sign_off.measures.get_mut(index) {
                    measure.owner = owner;
                }
            }
            SignOffEdit::Due(index, text) => {
                let Some(measure) = sign_off.measures.get_mut(index) else {
                    return;
                };
                if let Some(date) = optional_date(&text) {
                    measure.due = date;
                }
            }
            SignOffEdit::Status(index, status) => {
                if let Some(measure) = sign_off.measures.get_mut(index) {
                    measure.status = status;
                }
            }
            SignOffEdit::AddConsultation => sign_off
                .consultations
                .push(crate::assessment::Consultation::default()),
            SignOffEdit::RemoveConsultation(index) => {
                if index < sign_off.consultations.len() {
                    sign_off.consultations.remove(index);
                }
            }
            SignOffEdit::Consultation(index, field, text) => {
                let Some(consultation) = sign_off.consultations.get_mut(index) else {
                    return;
                };
                match field {
                    ConsultationField::Who => consultation.who = text,
                    ConsultationField::How => consultation.how = text,
                    ConsultationField::Views => consultation.views = text,
                    ConsultationField::On => match optional_date(&text) {
                        Some(date) => consultation.on = date,
                        None => return,
                    },
                }
            }
        }
        self.changed();
    }

    /// Changes the apps compared. "Use instead" swaps a compared app with the ones assessed,
    /// through the answer to the app question, so nothing is lost: the old apps stay compared.
    pub fn edit_compared(&mut self, edit: super::command::CompareEdit) {
        use super::command::CompareEdit;
        let compared = &mut self.assessment.compared;
        match edit {
            CompareEdit::Add(app) => {
                if !compared.contains(&app) {
                    compared.push(app);
                }
            }
            CompareEdit::Remove(app) => compared.retain(|a| *a != app),
            CompareEdit::UseInstead(app) => {
                let questionnaire = &self.bundle.questionnaire;
                let assessed = questionnaire.chosen_apps(&self.assessment.answers);
                self.assessment.answers =
                    questionnaire.with_apps(&self.assessment.answers, std::slice::from_ref(&app));
                let compared = &mut self.assessment.compared;
                compared.retain(|a| *a != app);
                for old in assessed {
                    if old != app && !compared.contains(&old) {
                        compared.push(old);
                    }
                }
            }
        }
        self.changed();
    }

    /// Changes the list of contributors.
    pub fn edit_contributors(&mut self, edit: ContributorEdit) {
        let contributors = &mut self.assessment.metadata.contributors;
        match edit {
            ContributorEdit::Add => contributors.push(crate::assessment::Contributor::default()),
            ContributorEdit::Remove(index) => {
                if index < contributors.len() {
                    contributors.remove(index);
                }
            }
            ContributorEdit::Name(index, name) => {
                if let Some(contributor) = contributors.get_mut(index) {
                    contributor.name = name;
                }
            }
            ContributorEdit::Role(index, role) => {
                if let Some(contributor) = contributors.get_mut(index) {
                    contributor.role = role;
                }
            }
        }
        self.changed();
    }

    /// The conditions of use, then the other recommended measures, over every app assessed.
    pub fn recommended_controls(&self) -> Vec<String> {
        let mut controls: Vec<String> = Vec::new();
        let results = &self.scoring.apps;
        let ordered = results
            .iter()
            .flat_map(|r| r.decision.conditions.iter())
            .chain(results.iter().flat_map(|r| r.recommended.iter()));
        for control in ordered {
            if !controls.contains(control) {
                controls.push(control.clone());
            }
        }
        controls
    }

    fn add_measure(&mut self, control: String) {
        let measures = &mut self.assessment.sign_off.measures;
        if !measures.iter().any(|m| m.control == control) {
            measures.push(PlannedMeasure {
                control,
                owner: String::new(),
                due: None,
                status: MeasureStatus::Planned,
            });
        }
    }

    /// The file name shown in the title bar; an assessment never saved is "Untitled assessment"
    /// in `words`.
    pub fn file_name(&self, words: &Words) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || words.get("untitled-assessment"),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// A name to suggest when saving: the organisation, made safe for a file name.
    pub fn suggested_stem(&self) -> String {
        let name: String = self
            .assessment
            .metadata
            .organisation
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let name = name
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if name.is_empty() {
            "assessment".to_string()
        } else {
            name.chars().take(60).collect()
        }
    }
}

/// A date typed into an optional date field: `Some(None)` when the field was emptied,
/// `Some(Some(date))` for a real date, and `None` while the text is not a date yet, so that a
/// half-typed date leaves the stored one alone.
fn optional_date(text: &str) -> Option<Option<Date>> {
    let text = text.trim();
    if text.is_empty() {
        Some(None)
    } else {
        Date::parse(text).map(Some)
    }
}

fn text_field(sign_off: &mut SignOff, field: SignOffText) -> &mut String {
    match field {
        SignOffText::MeasuresApprovedBy => &mut sign_off.measures_approval.by,
        SignOffText::ResidualRisksApprovedBy => &mut sign_off.residual_risks_approval.by,
        SignOffText::DpoAdvice => &mut sign_off.dpo_advice,
        SignOffText::OverruledReason => &mut sign_off.overruled_reason,
        SignOffText::ConsultationResponses => &mut sign_off.consultation_responses,
        SignOffText::KeptUnderReviewBy => &mut sign_off.kept_under_review_by,
        SignOffText::IndividualsNotConsultedBecause => {
            &mut sign_off.individuals_not_consulted_because
        }
    }
}

/// The knowledge base with the assessment's own risks and measures, or `None` when it has none.
fn own_knowledge(
    bundle: &Bundle,
    assessment: &Assessment,
) -> Option<crate::knowledge::KnowledgeBase> {
    match bundle.knowledge_for(assessment) {
        std::borrow::Cow::Owned(knowledge) => Some(knowledge),
        std::borrow::Cow::Borrowed(_) => None,
    }
}

/// The first of `stem_1`, `stem_2`… that `taken` says is free: ids for new own items, which the
/// user never types.
fn free_id(stem: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{stem}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| stem.to_string())
}
