//! An open assessment and everything derived from it: the bundle it is scored with, its current
//! scoring, its file and whether it has unsaved changes. No drawing happens here.

use crate::answer::Answer;
use crate::assessment::Assessment;
use crate::bundle::Bundle;
use crate::scoring::Scoring;
use std::path::PathBuf;

/// A step of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Who, for whom, when.
    Details,
    /// A section of the questionnaire, by index.
    Section(usize),
    /// Results and export.
    Finish,
}

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
}

impl Session {
    /// Opens an assessment for editing.
    pub fn new(bundle: Bundle, assessment: Assessment, path: Option<PathBuf>) -> Session {
        let scoring = bundle.score(&assessment);
        Session {
            bundle,
            assessment,
            scoring,
            path,
            dirty: false,
            step: Step::Details,
            flagged: Vec::new(),
            selected_risk: None,
        }
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

    /// Records a change: rescore and mark unsaved.
    pub fn changed(&mut self) {
        self.scoring = self.bundle.score(&self.assessment);
        self.dirty = true;
    }

    /// Every step, in order.
    pub fn steps(&self) -> Vec<Step> {
        let sections = (0..self.bundle.questionnaire.sections.len()).map(Step::Section);
        std::iter::once(Step::Details)
            .chain(sections)
            .chain(std::iter::once(Step::Finish))
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

    /// Whether a step has everything it requires.
    pub fn is_complete(&self, step: Step) -> bool {
        match step {
            Step::Details => !self.assessment.metadata.organisation.trim().is_empty(),
            Step::Section(index) => self
                .bundle
                .questionnaire
                .missing_required(index, &self.assessment.answers)
                .is_empty(),
            Step::Finish => false,
        }
    }

    /// The share of steps (details and sections) complete, 0.0 to 1.0.
    pub fn progress(&self) -> f32 {
        let steps: Vec<Step> = self
            .steps()
            .into_iter()
            .filter(|s| *s != Step::Finish)
            .collect();
        let done = steps.iter().filter(|s| self.is_complete(**s)).count();
        done as f32 / steps.len().max(1) as f32
    }

    /// The step's title.
    pub fn step_title(&self, step: Step) -> String {
        match step {
            Step::Details => "About this assessment".to_string(),
            Step::Section(index) => self
                .bundle
                .questionnaire
                .sections
                .get(index)
                .map_or_else(String::new, |s| s.title.clone()),
            Step::Finish => "Result and report".to_string(),
        }
    }

    /// The file name shown in the title bar.
    pub fn file_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled assessment".to_string(),
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
