//! What the pages ask the app to do. Pages only return commands; the app applies them after
//! the frame, so no page changes state while another is drawing.

use super::dialogs::Purpose;
use super::step::Step;
use crate::answer::Answer;
use crate::assessment::{AdviceOutcome, MeasureStatus};
use crate::report_format::Format;
use std::path::PathBuf;

/// A metadata field of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Organisation.
    Organisation,
    /// Sector.
    Sector,
    /// Country.
    Country,
    /// Assessor.
    Assessor,
    /// Data protection officer.
    Dpo,
    /// Assessment date (YYYY-MM-DD).
    AssessmentDate,
    /// Review date (YYYY-MM-DD).
    ReviewDate,
    /// Assessment version.
    Version,
}

/// One thing to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new assessment of the shipped questionnaire with this index.
    New(usize),
    /// Ask for a file (dialog, or the typed-path fallback).
    Ask(Purpose),
    /// Open this assessment file.
    OpenPath(PathBuf),
    /// Start a new assessment with the questionnaire in this file.
    NewFromQuestionnaire(PathBuf),
    /// Score with the knowledge base in this file from now on (validated first).
    UseKnowledgeBase(PathBuf),
    /// Open a shipped example (by file name) as a new, unsaved assessment.
    OpenExample(&'static str),
    /// Save to the current file, or ask where when there is none.
    Save,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Export the PDF report to this file.
    ExportTo(PathBuf),
    /// Export the assessment as a CNIL PIA to this file.
    ExportCnilPiaTo(PathBuf),
    /// Open the CNIL PIA in this file as a new, unsaved assessment.
    ImportCnilPia(PathBuf),
    /// Close the assessment and return to the start screen.
    Close,
    /// Set or clear an answer.
    SetAnswer(String, Option<Answer>),
    /// Set a metadata field.
    SetField(Field, String),
    /// Show a wizard step.
    GoTo(Step),
    /// The next step, if the current one is complete.
    Next,
    /// The previous step.
    Back,
    /// Change the action plan or the approvals.
    EditSignOff(SignOffEdit),
    /// Show or hide a question's help.
    ToggleHelp(String),
    /// Show or hide the note field of a question.
    ToggleNote(String),
    /// Show (true) or fold away (false) the live risk panel, overriding the choice made by the
    /// window's width.
    ShowRiskPanel(bool),
    /// Change the assessor's own notes or ratings.
    EditJudgement(JudgementEdit),
    /// Start a new revision of the approved assessment, so that it can be changed.
    StartNewRevision,
    /// Change the list of contributors.
    EditContributors(ContributorEdit),
    /// Use this colour theme (light, dark or the system's), now and at the next start.
    SetTheme(super::theme::Theme),
    /// Speak this language from now on, and at the next start.
    SetLanguage(crate::present::language::Language),
    /// Write reports in this language from now on, and remember it for the next start.
    SetReportLanguage(crate::present::language::Language),
    /// Change the apps compared beside the ones assessed.
    EditCompared(CompareEdit),
    /// Show a risk's why-trail in the risk panel.
    SelectRisk(Option<String>),
    /// Hide the message bar.
    DismissMessage,
    /// Record the result with the current knowledge base: the facts that changed since the
    /// assessment was last scored have been reviewed.
    AcceptNewKnowledge,
    /// Close the typed-path prompt without doing anything.
    CancelPrompt,
    /// Close the window.
    Quit,
    /// Answer the "unsaved changes" question.
    Resolve(Resolution),
    /// Reopen the work autosaved by a run that did not end cleanly.
    Recover,
    /// Ask to confirm throwing that work away (true), or take the question back (false).
    ConfirmDiscardRecovery(bool),
    /// Throw that work away (once confirmed).
    DiscardRecovery,
    /// Open a file with the system's default application.
    OpenExternally(PathBuf),
    /// Ask for a passphrase to protect the open assessment with.
    ProtectWithPassphrase,
    /// Save the open assessment without encryption from now on.
    RemovePassphrase,
    /// Use the passphrase typed into the passphrase dialog.
    SubmitPassphrase,
    /// Close the passphrase dialog without doing anything.
    CancelPassphrase,
    /// Edit an assessment a colleague has open: take their lock over (they are told at their
    /// next refresh).
    TakeOverLock,
    /// Save although someone else changed the file since it was opened here.
    OverwriteChangedFile,
    /// Do not save over the file someone else changed.
    KeepChangedFile,
    /// Save under another name instead of over the file someone else changed.
    SaveAsInsteadOfChangedFile,
}

impl Command {
    /// What a file chosen (or typed) for `purpose` does.
    pub fn for_path(purpose: super::dialogs::Purpose, path: PathBuf) -> Command {
        use super::dialogs::Purpose;
        match purpose {
            Purpose::OpenAssessment => Command::OpenPath(path),
            Purpose::OpenQuestionnaire => Command::NewFromQuestionnaire(path),
            Purpose::OpenKnowledgeBase => Command::UseKnowledgeBase(path),
            Purpose::SaveAssessment => Command::SaveTo(path),
            // The format is the one asked for, whatever the name typed.
            Purpose::ExportPdf => Command::ExportTo(Format::Pdf.path_for(path)),
            Purpose::ExportHtml => Command::ExportTo(Format::Html.path_for(path)),
            Purpose::ExportWord => Command::ExportTo(Format::Docx.path_for(path)),
            Purpose::ExportCnilPia => Command::ExportCnilPiaTo(json_path(path)),
            Purpose::ImportCnilPia => Command::ImportCnilPia(path),
        }
    }

    /// Whether the command changes the assessment itself (answers, details, sign-off,
    /// judgement, the knowledge base it was scored with), which an approved assessment refuses.
    pub fn edits_assessment(&self) -> bool {
        matches!(
            self,
            Command::SetAnswer(..)
                | Command::SetField(..)
                | Command::EditSignOff(_)
                | Command::EditJudgement(_)
                | Command::EditContributors(_)
                | Command::EditCompared(_)
                | Command::AcceptNewKnowledge
        )
    }
}

/// Where a CNIL PIA export goes when `path` was chosen or typed for it: `path` when it ends in
/// `.json`, otherwise `path` with `.json` added, so that the file the CNIL tool's Import
/// button looks for is what is written, whatever the name typed.
fn json_path(path: PathBuf) -> PathBuf {
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(".json");
    PathBuf::from(name)
}

/// What to do with unsaved changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Save them, then go on.
    Save,
    /// Throw them away and go on.
    Discard,
    /// Do not go on.
    Cancel,
}

/// A text field of the sign-off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SignOffText {
    /// Who approved the measures.
    MeasuresApprovedBy,
    /// Who approved the residual risks.
    ResidualRisksApprovedBy,
    /// The DPO's advice.
    DpoAdvice,
    /// Why the advice was overruled.
    OverruledReason,
    /// Consultation responses.
    ConsultationResponses,
    /// Who keeps the assessment under review.
    KeptUnderReviewBy,
    /// Why the people concerned were not consulted, when they were not.
    IndividualsNotConsultedBecause,
}

/// A field of one consultation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsultationField {
    /// Who was consulted.
    Who,
    /// How.
    How,
    /// When (ignored until it is a real date; empty clears it).
    On,
    /// What they said.
    Views,
}

/// One change to the apps compared.
#[derive(Clone, Debug, PartialEq)]
pub enum CompareEdit {
    /// Compare this app too (knowledge-base id).
    Add(String),
    /// Stop comparing this app.
    Remove(String),
    /// Assess this compared app instead of the ones assessed, which become compared ones.
    UseInstead(String),
}

/// One change to the list of contributors.
#[derive(Clone, Debug, PartialEq)]
pub enum ContributorEdit {
    /// Add an empty row.
    Add,
    /// Remove the contributor at this index.
    Remove(usize),
    /// Set a contributor's name.
    Name(usize, String),
    /// Set a contributor's role.
    Role(usize, String),
}

/// One of the two approvals of the sign-off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApprovalOf {
    /// The approval of the measures.
    Measures,
    /// The approval of the residual risks.
    ResidualRisks,
}

/// One change to the sign-off.
#[derive(Clone, Debug, PartialEq)]
pub enum SignOffEdit {
    /// Set a text field.
    Text(SignOffText, String),
    /// Set the date of an approval (ignored until it is a real date; empty clears it).
    ApprovedOn(ApprovalOf, String),
    /// Set what became of the DPO's advice.
    Outcome(AdviceOutcome),
    /// Add the recommended measures and conditions not yet in the plan.
    AddRecommended,
    /// Add a measure by control id.
    Add(String),
    /// Remove the measure at this index.
    Remove(usize),
    /// Set a measure's owner.
    Owner(usize, String),
    /// Set a measure's due date (ignored until it is a real date; empty clears it).
    Due(usize, String),
    /// Set a measure's status.
    Status(usize, MeasureStatus),
    /// Add an empty consultation.
    AddConsultation,
    /// Remove the consultation at this index.
    RemoveConsultation(usize),
    /// Set a field of the consultation at this index.
    Consultation(usize, ConsultationField, String),
}

/// One change to the assessor's own judgement.
#[derive(Clone, Debug, PartialEq)]
pub enum JudgementEdit {
    /// Set the note on a question (empty removes it).
    Note(String, String),
    /// Set the assessor's rating of a risk for an app (or every app); with nothing set and no
    /// reason, the override is removed.
    Override(crate::assessment::RiskOverride),
    /// Add a blank risk of the assessor's own.
    AddOwnRisk,
    /// Replace the own risk at this index.
    SetOwnRisk(usize, crate::assessment::OwnRisk),
    /// Remove the own risk at this index.
    RemoveOwnRisk(usize),
    /// Add a blank measure of the assessor's own.
    AddOwnMeasure,
    /// Replace the own measure at this index.
    SetOwnMeasure(usize, crate::assessment::OwnMeasure),
    /// Remove the own measure at this index.
    RemoveOwnMeasure(usize),
}
