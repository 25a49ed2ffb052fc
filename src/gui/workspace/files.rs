//! Opening, saving and exporting files, and choosing the questionnaire and knowledge base.

use super::super::background::Task;
use super::super::command::Command;
use super::super::dialogs::Purpose;
use super::super::passphrase_prompt::{PassphrasePrompt, PassphraseReason};
use super::super::session::Session;
use super::{Message, PathPrompt, Workspace};
use crate::assessment::Assessment;
use crate::bundle::Bundle;
use crate::diagnostic::InWords;
use crate::embedded;
use crate::io::{self, MaybeEncrypted};
use crate::opening;
use crate::report_format::Format;
use crate::source::SourceFile;
use crate::worded::ShownError;
use std::path::Path;

impl Workspace {
    pub(super) fn new_assessment(&mut self, index: usize) {
        let Some(source) = embedded::questionnaire_sources().into_iter().nth(index) else {
            return;
        };
        match Bundle::load(&self.knowledge_source(), &source) {
            Ok(bundle) => {
                let assessment = Assessment::blank(&bundle.questionnaire, self.today);
                self.start_session(Session::new(bundle, assessment, None));
                self.message = None;
            }
            Err(error) => {
                let text = self.with_error("builtin-questionnaire-failed", &error);
                self.error(text);
            }
        }
    }

    pub(super) fn new_from_questionnaire(&mut self, path: &Path) {
        self.prompt = None;
        let source = match io::read_source(path) {
            Ok(source) => source,
            Err(error) => {
                let text = self.with_error("questionnaire-not-opened", &error);
                return self.error(text);
            }
        };
        match Bundle::load(&self.knowledge_source(), &source) {
            Ok(bundle) => {
                let assessment = Assessment::blank(&bundle.questionnaire, self.today);
                let title = bundle.questionnaire.title.clone();
                self.custom_questionnaires
                    .retain(|q| q.name() != source.name());
                self.custom_questionnaires.insert(0, source);
                self.start_session(Session::new(bundle, assessment, None));
                let text = self
                    .words
                    .with_texts("new-with-questionnaire", &[("title", &title)]);
                self.info(text);
            }
            Err(error) => {
                let text = self.with_error("questionnaire-unusable", &error);
                self.error(text);
            }
        }
    }

    /// The knowledge base to score with: the file the user chose, else the built-in one.
    pub(super) fn knowledge_source(&self) -> SourceFile {
        self.custom_knowledge
            .clone()
            .unwrap_or_else(embedded::knowledge_base_source)
    }

    /// Scores with the knowledge base in `path` from now on, once it is valid; the open
    /// assessment is read again with it, so its notice says what changed.
    pub(super) fn use_knowledge_base(&mut self, path: &Path) {
        self.prompt = None;
        // The assessment is reopened below: a save under way lands first.
        self.wait_for_background_work();
        let checked = io::read_source(path)
            .map_err(|e| e.in_words(&self.words))
            .and_then(|source| {
                let knowledge = crate::knowledge::KnowledgeBase::load(&source)
                    .map_err(|e| e.in_words(&self.words))?
                    .value;
                crate::knowledge::refuse_checks_after(&knowledge, &source, self.today)
                    .map_err(|e| e.in_words(&self.words))?;
                Ok((source, knowledge))
            });
        let (source, knowledge) = match checked {
            Ok(checked) => checked,
            Err(error) => {
                let text = self.with_error("knowledge-base-unusable", &error);
                return self.error(text);
            }
        };
        let previous = self.custom_knowledge.replace(source);
        if let Some(session) = self.session.take() {
            // The text as it would be saved keeps the record of the result with the previous
            // knowledge base, against which the new one is compared.
            let text = SourceFile::new(session.file_name(&self.words), session.file_text());
            match opening::open(
                &text,
                &self.knowledge_source(),
                None,
                &self.questionnaire_candidates(),
            ) {
                Ok(opened) => {
                    let mut reopened =
                        Session::new(opened.bundle, opened.assessment, session.path.clone());
                    reopened.dirty = session.dirty;
                    reopened.step = session.step;
                    reopened.protection = session.protection;
                    reopened.selected_risk = session.selected_risk;
                    reopened.held_by = session.held_by.clone();
                    reopened.disk_digest = session.disk_digest;
                    self.start_session(reopened);
                }
                Err(error) => {
                    self.custom_knowledge = previous;
                    self.session = Some(session);
                    let text = self.with_error("knowledge-base-cannot-score", &error);
                    return self.error(text);
                }
            }
        }
        let text = self.words.with_texts(
            "knowledge-base-in-use",
            &[
                ("id", &knowledge.id),
                ("version", &knowledge.version),
                ("file", &path.display().to_string()),
            ],
        );
        self.info(text);
    }

    /// The questionnaires an assessment may answer: those opened from disk, then the shipped ones.
    pub(super) fn questionnaire_candidates(&self) -> Vec<SourceFile> {
        self.custom_questionnaires
            .iter()
            .cloned()
            .chain(embedded::questionnaire_sources())
            .collect()
    }

    pub(super) fn start_session(&mut self, session: Session) {
        if session.path.is_none() {
            // A new or example assessment has no file to hold.
            self.lock = None;
        }
        self.typed.clear();
        self.prompt = None;
        self.session = Some(session);
        self.show_questionnaire_in_language();
        self.generation += 1;
        if let Some(step) = self.step_on_opening.take() {
            self.open_at_step(&step);
        }
    }

    pub(super) fn ask(&mut self, purpose: Purpose) {
        let suggested = match (&self.session, purpose) {
            (Some(session), purpose) if let Some(format) = purpose.exports() => {
                format!("{}.{}", session.suggested_stem(), format.extension())
            }
            (Some(session), Purpose::ExportCnilPia) => {
                format!("{}.json", session.suggested_stem())
            }
            // Assessments are saved as `.msgdpia`, the extension the desktop's file type
            // (assets/linux/msgdpia-mime.xml) opens with the app; `.ron` ones still open.
            (Some(session), _) if session.protection.is_some() => {
                format!("{}.msgdpia.age", session.suggested_stem())
            }
            (Some(session), _) => format!("{}.msgdpia", session.suggested_stem()),
            (None, _) => "assessment.msgdpia".to_string(),
        };
        match self.dialogs.ask(purpose, &suggested, &self.words) {
            Some(path) => self.apply(Command::for_path(purpose, path)),
            None => {
                self.prompt = Some(PathPrompt {
                    purpose,
                    text: String::new(),
                    wants_focus: true,
                })
            }
        }
    }

    pub(super) fn open(&mut self, path: &Path) {
        self.prompt = None;
        match io::read_maybe_encrypted(path) {
            Ok(MaybeEncrypted::Plain(source)) => {
                self.open_source(&source, Some(path));
            }
            Ok(MaybeEncrypted::Encrypted(file)) => {
                self.passphrase_prompt = Some(PassphrasePrompt::new(PassphraseReason::Open {
                    file,
                    path: path.to_path_buf(),
                }));
            }
            Err(error) => {
                let text = self.with_error("file-not-opened", &error);
                self.error(text);
            }
        }
    }

    /// Opens an assessment's text; `path` is where it came from (none for a shipped example,
    /// which then saves as a new file). False when it could not be opened: the work open before
    /// stays, and the message bar says why.
    pub(super) fn open_source(&mut self, source: &SourceFile, path: Option<&Path>) -> bool {
        self.open_source_but(source, path, |_| false)
    }

    /// As [`Self::open_source`], leaving out the notes `explained` says are already told
    /// another way (an import lists why its organisation is blank).
    pub(super) fn open_source_but(
        &mut self,
        source: &SourceFile,
        path: Option<&Path>,
        explained: impl Fn(&opening::Note) -> bool,
    ) -> bool {
        let name = source.name().to_string();
        let opened = opening::open(
            source,
            &self.knowledge_source(),
            None,
            &self.questionnaire_candidates(),
        );
        match opened {
            Ok(opened) => {
                let notes: Vec<String> = opened
                    .notes
                    .iter()
                    .filter(|note| !explained(note))
                    .map(|note| note.in_words(&self.words))
                    .collect();
                self.start_session(Session::new(
                    opened.bundle,
                    opened.assessment,
                    path.map(Path::to_path_buf),
                ));
                if notes.is_empty() {
                    let text = self.words.with_texts("opened", &[("file", &name)]);
                    self.info(text);
                } else {
                    let text = self.words.with_texts(
                        "opened-with-notes",
                        &[("file", &name), ("notes", &notes.join("\n"))],
                    );
                    self.error(text);
                }
                if let Some(path) = path {
                    self.remember_file_contents(path, None);
                    self.lock_open_file();
                }
                true
            }
            Err(error) => {
                let text = self.with_error("assessment-not-opened", &error);
                self.error(text);
                false
            }
        }
    }

    /// Saves the open assessment to `path`. A protected one is encrypted on the worker first
    /// (about a second of scrypt), and written when that is done.
    pub(super) fn save_to(&mut self, path: &Path) {
        self.save_checked(path, true);
    }

    /// Saves to `path`; with `check_disk`, first asks when someone else changed the file since
    /// it was opened or saved here.
    pub(super) fn save_checked(&mut self, path: &Path, check_disk: bool) {
        self.prompt = None;
        // Whatever is still running finishes first, so the text saved is the open assessment's.
        self.wait_for_background_work();
        if self.refuses_save_over_held_file(path)
            || (check_disk && self.must_confirm_overwrite(path))
        {
            return;
        }
        let Some(session) = &self.session else {
            return;
        };
        let text = session.file_text();
        match &session.protection {
            None => {
                let bytes = text.clone().into_bytes();
                self.finish_save(path, &text, Ok(bytes), false, true);
            }
            Some(protection) => {
                let passphrase = protection.passphrase.clone();
                let saying = self.about_file("saving-to", path);
                self.info(saying);
                self.start_background(Task::EncryptForSave {
                    text,
                    path: path.to_path_buf(),
                    passphrase,
                });
            }
        }
    }

    /// Writes a save's bytes to `path`. The assessment stays marked unsaved if it changed while
    /// it was being encrypted; the command held back for unsaved changes runs once it is saved.
    pub(super) fn finish_save(
        &mut self,
        path: &Path,
        text: &str,
        bytes: Result<Vec<u8>, String>,
        encrypted: bool,
        same_assessment: bool,
    ) {
        // An encrypted assessment stays its owner's alone; a readable one keeps the access the
        // file it replaces gave.
        let write = if encrypted {
            io::write_private
        } else {
            io::write_atomic
        };
        let written = bytes.and_then(|b| {
            write(path, &b)
                .map(|()| b)
                .map_err(|e| e.in_words(&self.words))
        });
        if !same_assessment {
            // Saved for an assessment that is no longer open: its file is written, and the one
            // open now is not told it was saved.
            return match written {
                Ok(_) => self.info(self.about_file("saved-to", path)),
                Err(error) => {
                    let text = self.words.with_texts(
                        "not-saved-to",
                        &[("file", &path.display().to_string()), ("error", &error)],
                    );
                    self.error(text);
                }
            };
        }
        let Some(session) = &mut self.session else {
            return;
        };
        match written {
            Ok(bytes) => {
                if session.path.as_deref() != Some(path) {
                    // Saved under a name of its own: a colleague's lock on the old file no
                    // longer stands in the way.
                    session.held_by = None;
                }
                session.path = Some(path.to_path_buf());
                session.dirty = session.file_text() != text;
                if !session.dirty {
                    // Saved approved, it is a record from now on.
                    session.locked = session.assessment.is_approved();
                }
                let still_dirty = session.dirty;
                self.info(self.about_file("saved-to", path));
                if !still_dirty {
                    self.clear_autosave();
                }
                self.remember(path);
                self.remember_file_contents(path, Some(&bytes));
                if still_dirty {
                    // Changed while it was being encrypted: the autosave now names this file as
                    // just saved, so work recovered after a crash does not take the user's own
                    // save for a colleague's.
                    self.last_autosave = None;
                    self.autosave_now();
                }
                self.lock_open_file();
                if let Some(next) = self.pending.take() {
                    self.apply(next);
                }
            }
            Err(error) => {
                let text = self.with_error("not-saved", &error);
                self.error(text);
            }
        }
    }

    pub(super) fn export_to(&mut self, path: &Path) {
        self.prompt = None;
        let Some(session) = &self.session else { return };
        // A report written over the assessment's own file would destroy it.
        if let Some(own) = &session.path
            && let Err(error) = io::refuse_overwriting_inputs(path, &[own.as_path()])
        {
            let text = self.with_error("report-not-exported", &error);
            return self.error(text);
        }
        // Scored by id; written in the words of the reports' language.
        let language = self.report_language();
        let (document, untranslated) = session.bundle.report_in_language(
            &self.knowledge_source(),
            language,
            &session.assessment,
            &session.scoring,
            self.today,
        );
        // The format the name asks for: HTML for .html, Word for .docx, PDF otherwise.
        let format = Format::of(path);
        // Characters the report font lacks are drawn with an installed font that has them; only
        // a PDF embeds fonts.
        let characters = format
            .embeds_fonts()
            .then(|| crate::pdf::Characters::of(&document));
        let fallback = characters
            .as_ref()
            .and_then(crate::system_fonts::fallback_for);
        let rendered = format
            .render(&document, crate::pdf::PageSize::A4, fallback.as_ref())
            .map_err(|e| e.in_words(&self.words));
        // Characters no font can draw are named with the confirmation, so nobody sends a
        // report whose names print as boxes without knowing.
        let unprintable = characters.and_then(|characters| {
            let warnings = crate::pdf::print_warnings(&characters, fallback.as_ref()).ok()?;
            crate::present::print_warnings::in_words(&warnings, &self.words)
        });
        let result = rendered
            .and_then(|bytes| io::write_atomic(path, &bytes).map_err(|e| e.in_words(&self.words)));
        // A file of the organisation's own that no translation is for keeps its words: said
        // with the confirmation, like characters no font draws.
        let untranslated: Vec<String> = untranslated
            .iter()
            .map(|said| said.in_words(&self.words))
            .collect();
        let unprintable = match (unprintable, untranslated.is_empty()) {
            (unprintable, true) => unprintable,
            (Some(warning), false) => Some(format!("{warning}\n{}", untranslated.join("\n"))),
            (None, false) => Some(untranslated.join("\n")),
        };
        match result {
            Ok(()) => {
                let is_error = unprintable.is_some();
                let text = match unprintable {
                    Some(warning) => self.words.with_texts(
                        "exported-check",
                        &[("file", &path.display().to_string()), ("warning", &warning)],
                    ),
                    None => self.about_file("exported", path),
                };
                self.message = Some(Message {
                    text,
                    is_error,
                    open: Some(path.to_path_buf()),
                });
            }
            Err(error) => {
                let text = self.with_error("report-not-written", &error);
                self.error(text);
            }
        }
    }

    /// A message whose one variable, `$error`, is what went wrong, in the interface's language
    /// when it is one of msgdpia's own errors.
    pub(super) fn with_error(&self, id: &str, error: &dyn ShownError) -> String {
        self.words
            .with_texts(id, &[("error", &error.shown(&self.words))])
    }

    /// A message whose one variable, `$file`, is the path of the file it is about.
    fn about_file(&self, id: &str, path: &Path) -> String {
        self.words
            .with_texts(id, &[("file", &path.display().to_string())])
    }
}
