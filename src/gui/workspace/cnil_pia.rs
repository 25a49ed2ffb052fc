//! The CNIL PIA tool's file from the app: the open assessment exported as one (its texts in
//! the reports' language), and one imported as a new, unsaved assessment, with what could not
//! be carried over said in the message bar. The mapping is `interop::cnil_pia`'s.

use super::Workspace;
use crate::bundle::Bundle;
use crate::diagnostic::{InWords, Said};
use crate::embedded;
use crate::interop::cnil_pia;
use crate::io;
use crate::present::vocabulary::Words;
use crate::source::SourceFile;
use std::path::Path;

impl Workspace {
    /// Writes the open assessment to `path` as a CNIL PIA.
    pub(super) fn export_cnil_pia(&mut self, path: &Path) {
        self.prompt = None;
        let Some(session) = &self.session else { return };
        // Written over the assessment's own file, it would destroy it.
        if let Some(own) = &session.path
            && let Err(error) = io::refuse_overwriting_inputs(path, &[own.as_path()])
        {
            let text = self.with_error("cnil-pia-not-exported", &error);
            return self.error(text);
        }
        let language = self.report_language();
        let bundle = session
            .bundle
            .in_language(&self.knowledge_source(), language);
        let file = cnil_pia::export(
            &session.assessment,
            &bundle,
            &session.scoring,
            self.today,
            Words::shared(language),
        );
        let id = if session.scoring.complete {
            "cnil-pia-exported"
        } else {
            "cnil-pia-exported-incomplete"
        };
        let written = serde_json::to_string_pretty(&file)
            .map_err(|e| e.to_string())
            .and_then(|json| {
                io::write_atomic(path, format!("{json}\n").as_bytes())
                    .map_err(|e| e.in_words(&self.words))
            });
        match written {
            Ok(()) => {
                let file = path.display().to_string();
                let text = self.words.with_texts(id, &[("file", &file)]);
                self.info(text);
            }
            Err(error) => {
                let text = self.with_error("cnil-pia-not-exported", &error);
                self.error(text);
            }
        }
    }

    /// Opens the CNIL PIA at `path` as a new assessment, not yet saved.
    pub(super) fn import_cnil_pia(&mut self, path: &Path) {
        self.prompt = None;
        let imported = match self.read_cnil_pia(path) {
            Ok(imported) => imported,
            Err(text) => return self.error(text),
        };
        let name = path.display().to_string();
        // The assessment's text is made here, not read from the JSON file: a note on one of its
        // lines must not be taken for a line of that file.
        let label = self
            .words
            .with_texts("cnil-pia-imported-source", &[("file", &name)]);
        let source = SourceFile::new(label, imported.assessment.to_ron());
        // The CNIL PIA has no organisation: the list below says so, with the PIA's name, so
        // opening does not say it again as a note on a line of a file nobody sees.
        let organisation_blank = Said::new("assessment-organisation-blank");
        if !self.open_source_but(&source, None, |note| note.said == organisation_blank) {
            return;
        }
        // Nothing of it is saved yet: closing asks first.
        if let Some(session) = &mut self.session {
            session.dirty = true;
        }
        let list = crate::present::cnil_pia::unmapped_list(&imported.unmapped, &self.words);
        let text = self.words.with_texts(
            "cnil-pia-imported-unsaved",
            &[("file", &name), ("list", &list.join("\n"))],
        );
        // What opening it noted (a blank organisation…) is kept, after the import's own list.
        match self.message.take().filter(|m| m.is_error) {
            Some(notes) => self.error(format!("{text}\n{}", notes.text)),
            None => self.info(text),
        }
    }

    /// The CNIL PIA at `path` as a new assessment of the first shipped questionnaire, or the
    /// message saying why it could not be read.
    fn read_cnil_pia(&self, path: &Path) -> Result<cnil_pia::Imported, String> {
        let source =
            io::read_source(path).map_err(|e| self.with_error("cnil-pia-not-imported", &e))?;
        let file =
            cnil_pia::parse(&source).map_err(|e| self.with_error("cnil-pia-not-imported", &e))?;
        let questionnaire = embedded::questionnaire_sources();
        let bundle = questionnaire
            .first()
            .map(|q| Bundle::load(&self.knowledge_source(), q))
            .transpose()
            .map_err(|e| self.with_error("cnil-pia-not-imported", &e))?;
        let Some(bundle) = bundle else {
            // Never: a questionnaire is always built in.
            return Err(self.with_error("cnil-pia-not-imported", &""));
        };
        Ok(cnil_pia::import(
            &file,
            &bundle.questionnaire,
            self.today,
            &self.words,
        ))
    }
}
