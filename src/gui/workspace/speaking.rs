//! The language the app speaks: its own words, and the questionnaire's where a translation of it
//! is shipped. The assessment stays stored by id, and its report and score keep the
//! questionnaire file's own words, so switching changes nothing but what is shown.

use super::Workspace;
use crate::present::language::Language;
use crate::present::vocabulary::Words;

impl Workspace {
    /// Speaks `language` from now on, the open assessment's questions too (not remembered for
    /// the next start: see [`super::Command::SetLanguage`]).
    pub fn set_language(&mut self, language: Language) {
        if self.words.language() != language {
            self.words = Words::new(language);
        }
        self.show_questionnaire_in_language();
    }

    /// The language reports are written in: the one chosen for them, else the interface's.
    pub fn report_language(&self) -> Language {
        self.report_language.unwrap_or(self.words.language())
    }

    /// Shows the open assessment's questionnaire in the interface's language, when it has been
    /// translated into it; in its own words otherwise.
    pub(super) fn show_questionnaire_in_language(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let language = self.words.language();
        let questionnaire = session.bundle.questionnaire_in(language);
        let knowledge = session
            .bundle
            .knowledge_in(&self.knowledge_source(), language);
        if let Some(session) = &mut self.session {
            session.shown_questionnaire = questionnaire;
            session.show_knowledge(knowledge);
        }
    }
}
