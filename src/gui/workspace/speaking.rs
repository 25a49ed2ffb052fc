//! The language the app speaks: its own words, and the questionnaire's where a translation of it
//! is shipped. The assessment stays stored by id, and its report and score keep the
//! questionnaire file's own words, so switching changes nothing but what is shown.

use super::Workspace;
use crate::bundle::Bundle;
use crate::fingerprint::sha256_hex;
use crate::knowledge::KnowledgeBase;
use crate::present::language::Language;
use crate::present::vocabulary::Words;
use crate::questionnaire::Questionnaire;

impl Workspace {
    /// Speaks `language` from now on, the open assessment's questions too (not remembered for
    /// the next start: see [`super::Command::SetLanguage`]).
    pub fn set_language(&mut self, language: Language) {
        if self.words.language() != language {
            self.words = Words::new(language);
        }
        self.show_questionnaire_in_language();
    }

    /// Shows the open assessment's questionnaire in the interface's language, when it has been
    /// translated into it; in its own words otherwise.
    pub(super) fn show_questionnaire_in_language(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let language = self.words.language();
        let questionnaire = self.questionnaire_in(&session.bundle, language);
        let knowledge = self.knowledge_in(&session.bundle, language);
        if let Some(session) = &mut self.session {
            session.shown_questionnaire = questionnaire;
            session.show_knowledge(knowledge);
        }
    }

    /// The bundle's knowledge base in `language`, if the shipped translation fits it: the
    /// built-in one does; a knowledge base of the user's own keeps its words.
    fn knowledge_in(&self, bundle: &Bundle, language: Language) -> Option<KnowledgeBase> {
        if language == Language::English {
            return None;
        }
        let translation = crate::embedded::knowledge_base_translation(language.tag())?;
        let source = self.knowledge_source();
        if sha256_hex(source.text()) != bundle.knowledge_sha256 {
            return None;
        }
        KnowledgeBase::load_translated(&source, Some((&translation, Some(language.tag()))))
            .ok()
            .map(|checked| checked.value)
    }

    /// The bundle's questionnaire in `language`, if a shipped translation has it: only for the
    /// shipped questionnaire itself, found by its digest, so that an edited copy with the same id
    /// and version keeps its own words rather than showing a translation of other ones.
    fn questionnaire_in(&self, bundle: &Bundle, language: Language) -> Option<Questionnaire> {
        if language == Language::English {
            return None;
        }
        let id = &bundle.questionnaire.id;
        let translation = crate::embedded::translation(id, language.tag())?;
        let source = crate::embedded::questionnaire_sources()
            .into_iter()
            .find(|source| sha256_hex(source.text()) == bundle.questionnaire_sha256)?;
        // The shipped translations are checked by the tests against the shipped questionnaires:
        // one that does not fit leaves the questions in their own words.
        Questionnaire::load_translated(
            &source,
            Some((&translation, Some(language.tag()))),
            &bundle.knowledge,
        )
        .ok()
        .map(|checked| checked.value)
    }
}
