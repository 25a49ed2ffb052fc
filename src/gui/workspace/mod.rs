//! The app's state and what it does, without drawing: the open assessment, files, autosave and
//! recovery, the passphrase work. The pages return [`Command`]s and [`Workspace::apply`] carries
//! them out after the frame, so tests can drive the app without a window.

mod cnil_pia;
mod files;
mod passphrase;
mod sharing;
mod speaking;

pub use sharing::held_by_words;

use super::autosave::{AUTOSAVE_DELAY, AUTOSAVE_LONGEST_WAIT, AutosaveFailure, AutosaveWriter};
use super::background::Background;
use super::command::{Command, Field, Resolution};
use super::dialogs::{FileDialogs, NoDialogs, Purpose};
use super::passphrase_prompt::{PassphrasePrompt, PassphraseReason};
use super::session::Session;
use super::step::Step;
use super::storage::{Origin, Recovery, Storage};
use super::theme::Theme;
use super::typed_text::TypedText;
use crate::date::Date;
use crate::embedded;
use crate::io;
use crate::present::language::Language;
use crate::present::vocabulary::{FluentArgs, Words};
use crate::source::SourceFile;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A message shown at the bottom of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// The text, in plain words.
    pub text: String,
    /// Whether it reports a failure (shown in the error colour).
    pub is_error: bool,
    /// A file the message offers to open (an exported PDF).
    pub open: Option<PathBuf>,
}

/// The typed-path fallback when no file dialog answered.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: Purpose,
    /// The path typed so far.
    pub text: String,
    /// Whether the path field should take the keyboard at the next frame (once, when the
    /// prompt opens: the prompt is there to type a path).
    pub wants_focus: bool,
}

/// The desktop app's state, apart from what only drawing needs.
pub struct Workspace {
    dialogs: Box<dyn FileDialogs>,
    today: Date,
    /// The open assessment, if any.
    pub session: Option<Session>,
    /// The message bar.
    pub message: Option<Message>,
    /// The typed-path prompt, if open.
    pub prompt: Option<PathPrompt>,
    /// The passphrase dialog, if open.
    pub passphrase_prompt: Option<PassphrasePrompt>,
    /// Questions whose help is unfolded.
    pub help_open: HashSet<String>,
    /// Whether the live risk panel is shown, once the user chose; until then it shows when the
    /// window is wide enough for it and the form together.
    pub risk_panel_shown: Option<bool>,
    /// Questions whose note field is unfolded (a question with a note always shows it).
    pub notes_open: HashSet<String>,
    /// Text being typed into fields whose value is parsed (numbers, dates) or kept as typed.
    pub typed: TypedText,
    /// A command held back until the user decides what to do with unsaved changes.
    pub pending: Option<Command>,
    /// Work autosaved by a run that did not end cleanly, offered on the start screen.
    pub recovery: Option<Recovery>,
    /// Recently opened or saved files, most recent first.
    pub recent: Vec<PathBuf>,
    /// Questionnaires opened from disk this session, most recent first; assessments that answer
    /// them can then be opened too.
    custom_questionnaires: Vec<SourceFile>,
    /// A knowledge-base file the user chose to score with instead of the built-in one.
    custom_knowledge: Option<SourceFile>,
    storage: Option<Storage>,
    /// Whether discarding the recovered work waits for confirmation.
    pub confirming_discard: bool,
    /// The colour theme: the system's unless the View menu chose light or dark.
    pub theme: Theme,
    /// The interface's words, in the language chosen in the View menu (at the first start, the
    /// system's).
    pub words: Words,
    /// Whether the command held back for unsaved changes runs now without asking again.
    discard_confirmed: bool,
    /// The text last autosaved, so an unchanged assessment is not written again.
    last_autosave: Option<String>,
    /// The thread that writes the autosave, once there is a storage folder.
    autosaver: Option<AutosaveWriter>,
    /// Since the last change not yet autosaved: the autosave is written [`AUTOSAVE_DELAY`] after.
    autosave_due: Option<io::Stopwatch>,
    /// Since the first change not yet autosaved: however long the typing goes on, the autosave
    /// is written [`AUTOSAVE_LONGEST_WAIT`] after it.
    autosave_pending_since: Option<io::Stopwatch>,
    /// Slow work running on the worker thread, if any.
    background: Option<Background>,
    /// Which opening of an assessment is open: it counts every opening and closing, so work
    /// started for one assessment never changes another.
    generation: u64,
    /// The step to show once the assessment being opened is open (after its passphrase).
    step_on_opening: Option<String>,
    /// Whether the window should close.
    pub quit: bool,
    /// The lock this app holds on the open assessment's file.
    lock: Option<io::AssessmentLock>,
    /// Since when the lock was last refreshed or checked.
    lock_checked: io::Stopwatch,
    /// The file a save was about to replace although someone else changed it since it was
    /// opened here: the question Overwrite / Save as… / Cancel is shown while this is set.
    pub changed_on_disk: Option<PathBuf>,
    /// The language reports are written in, when it was chosen apart from the interface's (a
    /// Hong Kong firm may work in Chinese and file in English).
    report_language: Option<Language>,
}

impl Default for Workspace {
    /// A workspace with no file dialogs (every file request shows the path field), dated today.
    fn default() -> Self {
        Workspace::new(Box::new(NoDialogs), io::today())
    }
}

impl Workspace {
    /// An app using these file dialogs, taking `today` as the date of new assessments and reports.
    pub fn new(dialogs: Box<dyn FileDialogs>, today: Date) -> Workspace {
        Workspace {
            dialogs,
            today,
            session: None,
            message: None,
            prompt: None,
            passphrase_prompt: None,
            help_open: HashSet::new(),
            risk_panel_shown: None,
            notes_open: HashSet::new(),
            typed: TypedText::default(),
            pending: None,
            recovery: None,
            recent: Vec::new(),
            custom_questionnaires: Vec::new(),
            custom_knowledge: None,
            storage: None,
            confirming_discard: false,
            theme: Theme::System,
            words: Words::new(Language::English),
            discard_confirmed: false,
            last_autosave: None,
            autosaver: None,
            autosave_due: None,
            autosave_pending_since: None,
            background: None,
            generation: 0,
            step_on_opening: None,
            quit: false,
            lock: None,
            lock_checked: io::Stopwatch::start(),
            changed_on_disk: None,
            report_language: None,
        }
    }

    /// Keeps the autosave and the recent files in `storage`, and picks up work a previous run
    /// left unsaved.
    pub fn with_storage(mut self, storage: Storage) -> Workspace {
        self.recent = storage.recent();
        self.recovery = storage.recovery();
        self.theme = storage.theme();
        if let Some(language) = storage.language() {
            self.words = Words::new(language);
        }
        self.report_language = storage.report_language();
        self.autosaver = Some(AutosaveWriter::start(storage.clone()));
        self.storage = Some(storage);
        self
    }

    /// Which opening of an assessment is open: a number that changes whenever one is opened or
    /// closed.
    pub fn opening(&self) -> u64 {
        self.generation
    }

    /// The date taken as today for new assessments, reports and review dates.
    pub fn today(&self) -> Date {
        self.today
    }

    /// The window's title: the file's name, marked when it has unsaved changes or is encrypted.
    pub fn window_title(&self) -> String {
        let Some(session) = &self.session else {
            return self.words.get("window-title");
        };
        let mut args = FluentArgs::new();
        args.set("file", session.file_name(&self.words));
        let title = if session.protection.is_some() {
            "window-title-encrypted-file"
        } else {
            "window-title-file"
        };
        let title = self.words.with(title, &args);
        // The dot of unsaved changes is a sign, not a word.
        if session.dirty {
            format!("● {title}")
        } else {
            title
        }
    }

    /// Shows the step named `name` (see [`Session::step_named`]); an unknown name says which
    /// names there are.
    pub fn open_at_step(&mut self, name: &str) {
        let Some(session) = &self.session else {
            // An encrypted file opens once its passphrase is given: the step waits for it.
            if self.passphrase_prompt.is_some() {
                self.step_on_opening = Some(name.to_string());
            }
            return;
        };
        match session.step_named(name) {
            Some(step) => self.go_to(step),
            None => {
                let mut args = FluentArgs::new();
                args.set("name", name);
                args.set("names", session.step_names().join(", "));
                let text = self.words.with("no-such-step", &args);
                self.error(text);
            }
        }
    }

    /// Whether the open assessment has changes not yet saved.
    pub fn has_unsaved_changes(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.dirty)
    }

    /// Starts (or restarts) the autosave delay when the open assessment has unsaved changes: the
    /// autosave is written once the user pauses for [`AUTOSAVE_DELAY`].
    fn note_change(&mut self) {
        if self.has_unsaved_changes() {
            self.autosave_due = Some(io::Stopwatch::start());
            self.autosave_pending_since
                .get_or_insert_with(io::Stopwatch::start);
        }
    }

    /// How long until the autosave is due, when one is waiting: the window must draw a frame
    /// then even if nobody touches it.
    pub fn autosave_due_in(&self) -> Option<std::time::Duration> {
        let after_pause = self
            .autosave_due
            .map(|since| AUTOSAVE_DELAY.saturating_sub(since.elapsed()));
        let at_the_latest = self
            .autosave_pending_since
            .map(|since| AUTOSAVE_LONGEST_WAIT.saturating_sub(since.elapsed()));
        after_pause.into_iter().chain(at_the_latest).min()
    }

    /// Hands the open assessment to the autosave writer once the user has paused for
    /// [`AUTOSAVE_DELAY`] after a change, and reports what the writer could not write. Called
    /// every frame; it costs nothing while nothing is due.
    pub fn autosave(&mut self) {
        let failures = self
            .autosaver
            .as_ref()
            .map(AutosaveWriter::failures)
            .unwrap_or_default();
        self.autosave_failed(failures);
        if self.autosave_due_in() == Some(std::time::Duration::ZERO) {
            self.autosave_now();
        }
    }

    /// Hands the open assessment to the autosave writer now, if it changed since the last one.
    pub fn autosave_now(&mut self) {
        self.autosave_due = None;
        self.autosave_pending_since = None;
        let (Some(writer), Some(session)) = (&self.autosaver, &self.session) else {
            return;
        };
        if !session.dirty {
            return;
        }
        let text = session.file_text();
        if self.last_autosave.as_ref() == Some(&text) {
            return;
        }
        let encrypt_to = session
            .protection
            .as_ref()
            .map(|p| (p.key.clone(), p.sealed_key.clone()));
        let origin = session.path.clone().map(|path| Origin {
            path,
            digest: session.disk_digest,
        });
        writer.write(text.clone(), encrypt_to, origin);
        self.last_autosave = Some(text);
    }

    /// Waits until the autosave writer has written everything handed to it (tests, and a
    /// quit), and reports its failures.
    pub fn wait_for_autosave(&mut self) {
        let failures = self
            .autosaver
            .as_ref()
            .map(AutosaveWriter::flush)
            .unwrap_or_default();
        self.autosave_failed(failures);
    }

    /// Says what the autosave writer could not do; the text is written again at the next change.
    fn autosave_failed(&mut self, failures: Vec<AutosaveFailure>) {
        for failure in failures {
            self.last_autosave = None;
            self.also_report(failure.words(&self.words));
        }
    }

    /// Removes the autosave once the work is saved or thrown away: after any write still queued,
    /// and waited for, so that a failure is reported beside what caused it (a rare moment, unlike
    /// the autosave itself).
    fn clear_autosave(&mut self) {
        self.last_autosave = None;
        self.autosave_due = None;
        self.autosave_pending_since = None;
        let Some(writer) = &self.autosaver else {
            return;
        };
        writer.clear();
        let failures = writer.flush();
        for failure in failures {
            let text = failure.words(&self.words);
            self.also_report(text);
        }
    }

    fn remember(&mut self, path: &Path) {
        let Some(storage) = &self.storage else {
            return;
        };
        let (recent, stored) = storage.remember(path);
        self.recent = recent;
        if let Err(error) = stored {
            let text = self.with_error("recent-not-kept", &error);
            self.also_report(text);
        }
    }

    /// Adds a problem to the message already shown (a save that succeeded stays said), as an
    /// error.
    fn also_report(&mut self, text: String) {
        let text = match self.message.take() {
            Some(message) => format!("{}\n{text}", message.text),
            None => text,
        };
        self.error(text);
    }
    /// Adds a line to the message bar, keeping its colour.
    fn also_note(&mut self, text: String) {
        match &mut self.message {
            Some(message) => message.text = format!("{}\n{text}", message.text),
            None => self.info(text),
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        self.apply_now(command);
        // Work thrown away on quitting must not come back as an autosave.
        if !self.quit {
            self.note_change();
        }
    }

    fn apply_now(&mut self, command: Command) {
        // An approved assessment is a record: nothing changes it until a new revision starts.
        if command.edits_assessment() && self.session.as_ref().is_some_and(|s| s.locked) {
            // What was typed goes back to what the assessment holds.
            self.typed.clear();
            self.error(self.words.get("approved-read-only"));
            return;
        }
        // A colleague's open file is read-only here until the user takes it over.
        let changes_file = command.edits_assessment()
            || matches!(
                command,
                Command::StartNewRevision
                    | Command::ProtectWithPassphrase
                    | Command::RemovePassphrase
            );
        if changes_file && let Some(holder) = self.session.as_ref().and_then(|s| s.held_by.as_ref())
        {
            let mut args = FluentArgs::new();
            args.set("holder", sharing::held_by_words(holder, &self.words));
            let text = self.words.with("held-edit-refused", &args);
            self.typed.clear();
            self.error(text);
            return;
        }
        let drops_session = matches!(
            command,
            Command::New(_)
                | Command::NewFromQuestionnaire(_)
                | Command::OpenPath(_)
                | Command::OpenExample(_)
                | Command::ImportCnilPia(_)
                | Command::Close
                | Command::Quit
        );
        // A save being encrypted lands in the file it was meant for before anything else opens.
        if drops_session && self.is_saving() {
            self.wait_for_background_work();
        }
        if drops_session && self.has_unsaved_changes() && !self.discard_confirmed {
            self.pending = Some(command);
            self.prompt = None;
            return;
        }
        match command {
            Command::New(index) => self.new_assessment(index),
            Command::NewFromQuestionnaire(path) => self.new_from_questionnaire(&path),
            Command::UseKnowledgeBase(path) => self.use_knowledge_base(&path),
            Command::Ask(purpose) => self.ask(purpose),
            Command::OpenPath(path) => self.open(&path),
            Command::OpenExample(name) => {
                if let Some(example) = embedded::EXAMPLES.iter().find(|e| e.name == name) {
                    self.open_source(&SourceFile::new(example.name, example.text), None);
                }
            }
            Command::Save => match self.session.as_ref().and_then(|s| s.path.clone()) {
                Some(path) => self.save_to(&path),
                None => self.ask(Purpose::SaveAssessment),
            },
            Command::SaveTo(path) => self.save_to(&path),
            Command::TakeOverLock => self.take_over_lock(),
            Command::OverwriteChangedFile => {
                if let Some(path) = self.answer_changed_on_disk(true) {
                    self.save_checked(&path, false);
                }
            }
            Command::KeepChangedFile => {
                self.answer_changed_on_disk(false);
            }
            Command::SaveAsInsteadOfChangedFile => {
                // What waited for the save (quitting, say) goes on once the copy is saved.
                self.changed_on_disk = None;
                self.ask(Purpose::SaveAssessment);
            }
            Command::ExportTo(path) => self.export_to(&path),
            Command::ExportCnilPiaTo(path) => self.export_cnil_pia(&path),
            Command::ImportCnilPia(path) => self.import_cnil_pia(&path),
            Command::Close => {
                self.session = None;
                self.lock = None;
                self.generation += 1;
                self.typed.clear();
                self.clear_autosave();
            }
            Command::Quit => {
                self.lock = None;
                self.clear_autosave();
                self.quit = true;
            }
            Command::Resolve(resolution) => self.resolve(resolution),
            Command::Recover => self.recover(),
            Command::ConfirmDiscardRecovery(asking) => self.confirming_discard = asking,
            Command::DiscardRecovery => {
                self.confirming_discard = false;
                self.recovery = None;
                self.clear_autosave();
            }
            Command::OpenExternally(path) => {
                if let Err(error) = io::open_externally(&path) {
                    let mut args = FluentArgs::new();
                    args.set("file", path.display().to_string());
                    args.set("error", error.to_string());
                    self.error(self.words.with("open-externally-failed", &args));
                }
            }
            Command::SetAnswer(question, answer) => {
                if let Some(session) = &mut self.session {
                    session.set_answer(&question, answer);
                }
            }
            Command::SetField(field, value) => self.set_field(field, value),
            Command::GoTo(step) => self.go_to(step),
            Command::Next => self.next(),
            Command::Back => {
                if let Some(session) = &mut self.session
                    && let Some(step) = session.before(session.step)
                {
                    session.step = step;
                }
            }
            Command::EditSignOff(edit) => {
                if let Some(session) = &mut self.session {
                    // Typed dates are kept by position: after a removal they would shift.
                    if let super::command::SignOffEdit::RemoveConsultation(_) = &edit {
                        self.typed.forget_consultation_dates();
                    }
                    // A removed measure's typed owner and date must not come back if it is re-added.
                    if let super::command::SignOffEdit::Remove(index) = &edit
                        && let Some(measure) = session.assessment.sign_off.measures.get(*index)
                    {
                        self.typed.forget_measure(&measure.control);
                    }
                    session.edit_sign_off(edit);
                }
            }
            Command::ToggleHelp(id) => {
                if !self.help_open.remove(&id) {
                    self.help_open.insert(id);
                }
            }
            Command::ShowRiskPanel(shown) => self.risk_panel_shown = Some(shown),
            Command::ToggleNote(id) => {
                if !self.notes_open.remove(&id) {
                    self.notes_open.insert(id);
                }
            }
            Command::StartNewRevision => {
                if let Some(session) = &mut self.session {
                    session.assessment.start_new_revision(self.today);
                    session.locked = false;
                    session.changed();
                    let mut args = FluentArgs::new();
                    args.set(
                        "version",
                        session.assessment.metadata.assessment_version.clone(),
                    );
                    self.typed.clear();
                    self.info(self.words.with("new-revision-started", &args));
                }
            }
            Command::SetTheme(theme) => {
                self.theme = theme;
                if let Some(storage) = &self.storage
                    && let Err(error) = storage.remember_theme(theme)
                {
                    self.error(self.with_error("theme-not-kept", &error));
                }
            }
            Command::SetReportLanguage(language) => {
                self.report_language = Some(language);
                if let Some(storage) = &self.storage
                    && let Err(error) = storage.remember_report_language(language)
                {
                    self.error(self.with_error("language-not-kept", &error));
                }
            }
            Command::SetLanguage(language) => {
                self.set_language(language);
                if let Some(storage) = &self.storage
                    && let Err(error) = storage.remember_language(language)
                {
                    self.error(self.with_error("language-not-kept", &error));
                }
            }
            Command::EditCompared(edit) => {
                if let Some(session) = &mut self.session {
                    session.edit_compared(edit);
                }
            }
            Command::EditContributors(edit) => {
                if let Some(session) = &mut self.session {
                    session.edit_contributors(edit);
                }
            }
            Command::EditJudgement(edit) => {
                // A note being typed stays open even when its text is deleted.
                if let super::command::JudgementEdit::Note(question, _) = &edit {
                    self.notes_open.insert(question.clone());
                }
                if let Some(session) = &mut self.session {
                    session.edit_judgement(edit);
                }
            }
            Command::SelectRisk(risk) => {
                if let Some(session) = &mut self.session {
                    session.selected_risk = risk;
                }
            }
            Command::DismissMessage => self.message = None,
            Command::AcceptNewKnowledge => {
                if let Some(session) = &mut self.session {
                    session.accept_new_knowledge();
                }
            }
            Command::CancelPrompt => {
                // A save cancelled here also cancels what waited for it: quitting later, after
                // an unrelated save, would surprise the user. (A close asked for while another
                // prompt is open still waits, and asks about the unsaved changes next.)
                let cancelled = self.prompt.take().map(|prompt| prompt.purpose);
                if cancelled == Some(Purpose::SaveAssessment) {
                    self.pending = None;
                }
            }
            Command::ProtectWithPassphrase => {
                if self.session.is_some() {
                    self.passphrase_prompt = Some(PassphrasePrompt::new(PassphraseReason::Protect));
                }
            }
            Command::RemovePassphrase => {
                if let Some(session) = &mut self.session {
                    session.protection = None;
                    session.dirty = true;
                    self.info(self.words.get("passphrase-removed"));
                }
            }
            Command::SubmitPassphrase => self.submit_passphrase(),
            Command::CancelPassphrase => self.cancel_passphrase(),
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: false,
            open: None,
        });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: true,
            open: None,
        });
    }

    fn resolve(&mut self, resolution: Resolution) {
        match resolution {
            Resolution::Cancel => self.pending = None,
            Resolution::Discard => {
                // The held-back command runs once without asking again. If it fails (a file
                // that does not open), the unsaved work stays open and still marked unsaved.
                if let Some(next) = self.pending.take() {
                    self.discard_confirmed = true;
                    self.apply(next);
                    self.discard_confirmed = false;
                }
            }
            // Saving runs the held-back command once the save has succeeded (see `save_to`).
            Resolution::Save => self.apply(Command::Save),
        }
    }

    fn set_field(&mut self, field: Field, value: String) {
        let Some(session) = &mut self.session else {
            return;
        };
        let metadata = &mut session.assessment.metadata;
        match field {
            Field::Organisation => metadata.organisation = value,
            Field::Sector => metadata.sector = value,
            Field::Country => metadata.country = value,
            Field::Assessor => metadata.assessor = value,
            Field::Dpo => metadata.dpo = value,
            Field::Version => metadata.assessment_version = value,
            Field::AssessmentDate => match Date::parse(value.trim()) {
                Some(date) => metadata.assessment_date = date,
                None => return,
            },
            Field::ReviewDate => {
                let trimmed = value.trim();
                if trimmed.is_empty() {
                    metadata.review_date = None;
                } else if let Some(date) = Date::parse(trimmed) {
                    metadata.review_date = Some(date);
                } else {
                    return;
                }
            }
        }
        session.changed();
    }

    fn go_to(&mut self, step: Step) {
        if let Some(session) = &mut self.session {
            session.step = step;
            prefill_sign_off(session);
        }
    }

    /// Moves on, or says what is missing.
    fn next(&mut self) {
        let Some(session) = &mut self.session else {
            return;
        };
        let missing = session.blocking(session.step, &self.words);
        if missing.is_empty() {
            if let Some(step) = session.after(session.step) {
                session.step = step;
                prefill_sign_off(session);
            }
            session.flagged.clear();
            self.message = None;
        } else {
            session.flagged = missing.iter().map(|(id, _)| id.clone()).collect();
            let list: Vec<String> = missing
                .iter()
                .map(|(_, text)| format!("• {text}"))
                .collect();
            let mut args = FluentArgs::new();
            args.set("count", missing.len());
            args.set("list", list.join("\n"));
            let text = self.words.with("answer-before-going-on", &args);
            self.error(text);
        }
    }
}

/// The first time the sign-off step is shown, its action plan starts from the recommended
/// measures, so the user edits a list rather than building one.
fn prefill_sign_off(session: &mut Session) {
    // An approved record is not touched, not even to pre-fill its plan.
    if session.step == Step::SignOff
        && !session.locked
        && session.assessment.sign_off.measures.is_empty()
    {
        session.edit_sign_off(super::command::SignOffEdit::AddRecommended);
    }
}
