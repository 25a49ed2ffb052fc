//! A bundle in another language: its questionnaire and knowledge base in the words of a shipped
//! translation, where one fits them. Scoring and saving never need this (answers are stored and
//! scored by id); the app shows it and the report is written from it.

use std::borrow::Cow;

use crate::assessment::Assessment;
use crate::bundle::Bundle;
use crate::date::Date;
use crate::diagnostic::Said;
use crate::knowledge::KnowledgeBase;
use crate::present::language::Language;
use crate::present::vocabulary::Words;
use crate::questionnaire::Questionnaire;
use crate::recent::Recent;
use crate::report::document::Document;
use crate::scoring::Scoring;
use crate::source::SourceFile;

impl Bundle {
    /// This bundle with its questionnaire and knowledge base in `language`, each where a
    /// shipped translation fits it; in the files' own words otherwise. `knowledge_source` is
    /// the file the knowledge base was loaded from. The fingerprints stay those of the files,
    /// which are what a report's reader can check.
    pub fn in_language(
        &self,
        knowledge_source: &SourceFile,
        language: Language,
    ) -> Cow<'_, Bundle> {
        self.translated(knowledge_source, language).0
    }

    /// The report of `assessment` in `language`: scored by id with the files as they are
    /// (`scoring`), written from the questionnaire and knowledge base in that language where a
    /// shipped translation fits them, in that language's words throughout. With it, what keeps
    /// its own words because no translation is for it (a questionnaire or a knowledge base of
    /// the organisation's own), for the caller to say so rather than mix languages silently.
    pub fn report_in_language(
        &self,
        knowledge_source: &SourceFile,
        language: Language,
        assessment: &Assessment,
        scoring: &Scoring,
        report_date: Date,
    ) -> (Document, Vec<Said>) {
        let (bundle, untranslated) = self.translated(knowledge_source, language);
        let document = bundle.report_in(assessment, scoring, report_date, Words::shared(language));
        (document, untranslated)
    }

    /// This bundle in `language`, with what keeps its own words for want of a translation.
    fn translated(
        &self,
        knowledge_source: &SourceFile,
        language: Language,
    ) -> (Cow<'_, Bundle>, Vec<Said>) {
        if language == Language::English {
            return (Cow::Borrowed(self), Vec::new());
        }
        let questionnaire = self.questionnaire_in(language);
        let knowledge = self.knowledge_in(knowledge_source, language);
        let mut untranslated = Vec::new();
        if questionnaire.is_none() {
            untranslated.push(
                Said::new("untranslated-questionnaire")
                    .with("id", &self.questionnaire.id)
                    .with("version", &self.questionnaire.version),
            );
        }
        if knowledge.is_none() {
            untranslated.push(
                Said::new("untranslated-knowledge-base")
                    .with("id", &self.knowledge.id)
                    .with("version", &self.knowledge.version),
            );
        }
        if questionnaire.is_none() && knowledge.is_none() {
            return (Cow::Borrowed(self), untranslated);
        }
        let translated = Bundle {
            knowledge: knowledge.unwrap_or_else(|| self.knowledge.clone()),
            knowledge_sha256: self.knowledge_sha256.clone(),
            questionnaire: questionnaire.unwrap_or_else(|| self.questionnaire.clone()),
            questionnaire_sha256: self.questionnaire_sha256.clone(),
            warnings: self.warnings.clone(),
        };
        (Cow::Owned(translated), untranslated)
    }

    /// The knowledge base in `language`, if the shipped translation fits the file it was loaded
    /// from: the built-in one does; one of the user's own keeps its words unless its words are
    /// the ones translated.
    pub fn knowledge_in(
        &self,
        knowledge_source: &SourceFile,
        language: Language,
    ) -> Option<KnowledgeBase> {
        if language == Language::English || knowledge_source.sha256() != self.knowledge_sha256 {
            return None;
        }
        // Parsing and checking a translation cost a tenth of a report in French or Chinese, and a
        // batch, or the app exporting again, translates the same files each time: kept by the
        // files' digests, so an edited file is translated afresh.
        static TRANSLATED: Recent<(String, Language), Option<KnowledgeBase>> = Recent::new(4);
        TRANSLATED.get_or_make((self.knowledge_sha256.clone(), language), || {
            let translation = crate::embedded::knowledge_base_translation(language.tag())?;
            KnowledgeBase::load_translated(
                knowledge_source,
                Some((&translation, Some(language.tag()))),
            )
            .ok()
            .map(|checked| checked.value)
        })
    }

    /// The questionnaire in `language`, if a shipped translation has it: only for a shipped
    /// questionnaire itself, found by its digest, so that an edited copy with the same id and
    /// version keeps its own words rather than showing a translation of other ones.
    pub fn questionnaire_in(&self, language: Language) -> Option<Questionnaire> {
        if language == Language::English {
            return None;
        }
        static TRANSLATED: Recent<(String, String, Language), Option<Questionnaire>> =
            Recent::new(4);
        let key = (
            self.questionnaire_sha256.clone(),
            self.knowledge_sha256.clone(),
            language,
        );
        // Kept as the knowledge base's translations are (above).
        TRANSLATED.get_or_make(key, || {
            let translation = crate::embedded::translation(&self.questionnaire.id, language.tag())?;
            let source = crate::embedded::questionnaire_sources()
                .into_iter()
                .find(|source| source.sha256() == self.questionnaire_sha256)?;
            // The shipped translations are checked by the tests against the shipped
            // questionnaires: one that does not fit leaves the questions in their own words.
            Questionnaire::load_translated(
                &source,
                Some((&translation, Some(language.tag()))),
                &self.knowledge,
            )
            .ok()
            .map(|checked| checked.value)
        })
    }
}
