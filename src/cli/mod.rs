//! The command-line interface: `report`, `check`, `score`, `kb-diff`, `kb-doc`,
//! `translation-template`, `encrypt`, `decrypt`, `open`, `schema` (the JSON Schemas of the files
//! and of `score --json`), `export-pia` and `import-pia` (the CNIL PIA tool's JSON, both ways),
//! and `completions` and `man` for the shell. It calls the same core functions as the desktop app. Exit codes: 0 success, 1 invalid
//! input (or any failure to do the work), 2 usage error.

mod batch;
mod check;
mod encrypt;
mod inputs;
mod kb_diff;
mod kb_doc;
mod language;
mod passphrase;
mod pia;
mod report;
pub mod schema;
mod score;
mod shell;
mod translation_template;

use crate::report_format::Format;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code for invalid input or a failed operation.
pub const EXIT_INVALID: u8 = 1;
/// Exit code for a usage error.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "msgdpia",
    version,
    about = "Messaging DPIA: assess the business use of a messaging app (GDPR Art. 35) and produce a scored PDF report.",
    long_about = "Messaging DPIA: assess the business use of a messaging app (GDPR Art. 35) and produce a scored PDF report.\n\nWith no command, msgdpia opens the desktop app. Nothing leaves this machine: msgdpia opens no network connection."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Render an assessment as a PDF report (or as HTML when the output ends in .html, as a Word
    /// document when it ends in .docx); or many assessments at once, on every core, into a folder.
    Report {
        /// The assessment file (.msgdpia or .ron); several with --output-dir.
        #[arg(required = true)]
        assessments: Vec<PathBuf>,
        /// Where to write the report: a PDF, a self-contained HTML file if it ends in .html, a
        /// Word document if it ends in .docx.
        #[arg(
            short = 'o',
            long = "output",
            required_unless_present = "output_dir",
            conflicts_with = "output_dir"
        )]
        output: Option<PathBuf>,
        /// Write one report per assessment into this folder, named after each assessment.
        #[arg(long = "output-dir", value_name = "FOLDER")]
        output_dir: Option<PathBuf>,
        /// With --output-dir: write HTML reports instead of PDFs (as --format html).
        #[arg(long, requires = "output_dir", conflicts_with = "format")]
        html: bool,
        /// With --output-dir: the format of the reports (PDF by default).
        #[arg(long, value_enum, requires = "output_dir")]
        format: Option<crate::report_format::Format>,
        #[command(flatten)]
        sources: inputs::SourceArgs,
        /// Date the report (YYYY-MM-DD); today by default. The same assessment and date always
        /// give the same bytes.
        #[arg(long)]
        date: Option<String>,
        /// Paper size.
        #[arg(long, value_enum, default_value_t = report::Paper::A4)]
        paper: report::Paper,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Validate questionnaires, knowledge bases or assessments; print OK or every error.
    Check {
        /// Files to check; the kind of each is read from its first word.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        sources: inputs::SourceArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Write the overlay file a translator fills in for a questionnaire (or, with
    /// --knowledge-base, the knowledge base): its every text, in its own words and order, to be
    /// replaced by the words of the language.
    TranslationTemplate {
        /// The language of the translation: fr or zh-HK.
        #[arg(long)]
        lang: String,
        /// The questionnaire to translate (.ron); the built-in one by default.
        #[arg(long, conflicts_with = "knowledge_base")]
        questionnaire: Option<PathBuf>,
        /// Translate the knowledge base instead: the one in this file (.ron), or the built-in
        /// one when no file is given.
        #[arg(long, num_args = 0..=1)]
        knowledge_base: Option<Option<PathBuf>>,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Write the knowledge base as Markdown (every app fact with its source), for review.
    KbDoc {
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Write the verification record instead: every fact's source, kind of source, source
        /// date and check date, the facts to check again and the open points.
        #[arg(long)]
        verification: bool,
        #[command(flatten)]
        sources: inputs::SourceArgs,
    },
    /// Show which app facts changed between two knowledge-base files and, with --assessment,
    /// whether re-assessing would change its stance or any rating.
    KbDiff {
        /// The older knowledge base (.ron).
        old: PathBuf,
        /// The newer knowledge base (.ron).
        new: PathBuf,
        /// An assessment to re-score with both: only its apps are listed.
        #[arg(long)]
        assessment: Option<PathBuf>,
        #[command(flatten)]
        sources: inputs::SourceArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Encrypt an assessment with a passphrase (an age file, which the age and rage tools open
    /// too). Every command reads the encrypted file given its passphrase.
    Encrypt {
        /// The assessment file (.msgdpia or .ron).
        assessment: PathBuf,
        /// Where to write the encrypted assessment, such as assessment.msgdpia.age.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        #[command(flatten)]
        passphrase: passphrase::PassphraseArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Decrypt an encrypted assessment back to a plain one (.msgdpia).
    Decrypt {
        /// The encrypted assessment.
        encrypted: PathBuf,
        /// Where to write the plain assessment.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        #[command(flatten)]
        passphrase: passphrase::PassphraseArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Open an assessment in the desktop app; with no file, the app's start page.
    Open {
        /// The assessment file (.msgdpia or .ron, or encrypted .msgdpia.age or .ron.age).
        // Optional because the desktop entry (assets/linux/msgdpia.desktop) runs `msgdpia open
        // %f`, and %f stands for nothing when the app is started from the menu.
        assessment: Option<PathBuf>,
        /// The step to show first: details, a section's id (such as safeguards), compare,
        /// sign-off or result.
        #[arg(long)]
        step: Option<String>,
    },
    /// Score an assessment: stance, screening, each risk inherent → residual.
    Score {
        /// The assessment file (.msgdpia or .ron).
        assessment: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        sources: inputs::SourceArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Export an assessment as a CNIL PIA (JSON) that the CNIL's PIA tool imports with its
    /// Import button: names, text answers, measures, the three risks rated, submitted for
    /// evaluation. The mapping is in docs/interop.md.
    ExportPia {
        /// The assessment file (.msgdpia or .ron).
        assessment: PathBuf,
        /// Where to write the CNIL PIA, such as pia.json.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Date the PIA's records (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        sources: inputs::SourceArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Import a CNIL PIA (the JSON the CNIL's PIA tool exports) as a new assessment, and list
    /// what could not be carried over. No question is answered for you: answer them in msgdpia.
    ImportPia {
        /// The CNIL PIA file (.json).
        pia: PathBuf,
        /// Where to write the new assessment, such as pia-import.msgdpia.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Date the new assessment (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        sources: inputs::SourceArgs,
        #[command(flatten)]
        language: language::LanguageArgs,
    },
    /// Print the completion script for a shell: bash, zsh, fish, elvish or powershell (for
    /// example `msgdpia completions bash > /etc/bash_completion.d/msgdpia`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff (`msgdpia man > msgdpia.1`), or a command's own
    /// (`msgdpia man report > msgdpia-report.1`), which the main page refers to.
    Man {
        /// The command whose page to print; the main page when none is given.
        command: Option<String>,
    },
    /// Print the JSON Schema of a questionnaire, knowledge-base or assessment file (their data
    /// as read from the RON) or of `score --json`: the same as docs/schemas/.
    Schema {
        /// What the schema describes.
        kind: schema::SchemaKind,
    },
}

impl Command {
    /// The language the command speaks: the one asked with `--lang`, else English.
    fn language(&self) -> crate::present::language::Language {
        match self {
            Command::Report { language, .. }
            | Command::Check { language, .. }
            | Command::KbDiff { language, .. }
            | Command::Score { language, .. }
            | Command::ExportPia { language, .. }
            | Command::ImportPia { language, .. }
            | Command::Encrypt { language, .. }
            | Command::Decrypt { language, .. } => language.language,
            _ => crate::present::language::Language::English,
        }
    }
}

/// What to show when the desktop app opens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenRequest {
    /// The assessment to open, if any.
    pub file: Option<PathBuf>,
    /// The step to show first, by name (see `msgdpia open --help`).
    pub step: Option<String>,
}

/// Runs the program with these arguments (the first is the program name) and returns its exit
/// code. `open_gui` is called when no command is given (with nothing to open) or with `open
/// FILE`; it returns `None` when no window can be opened (no `gui` feature, or no display), in
/// which case a message and the usage are printed.
pub fn main_with(
    args: impl IntoIterator<Item = OsString>,
    open_gui: impl FnOnce(OpenRequest) -> Option<ExitCode>,
) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let request = match cli.command {
        None => OpenRequest::default(),
        Some(Command::Open { assessment, step }) => OpenRequest {
            file: assessment,
            step,
        },
        Some(command) => {
            let words = crate::present::vocabulary::Words::shared(command.language());
            return match run(command) {
                Ok(code) => code,
                Err(error) => {
                    eprintln!("msgdpia: {}", language::worded(&error, words));
                    ExitCode::from(EXIT_INVALID)
                }
            };
        }
    };
    if let Some(code) = open_gui(request) {
        return code;
    }
    // In English, as every command unless asked otherwise: `open` has no `--lang`.
    let words = crate::present::vocabulary::Words::english();
    let reason = words.get(gui_unavailable_reason());
    eprintln!(
        "msgdpia: {}\n",
        words.with_texts("cli-gui-unavailable", &[("reason", &reason)])
    );
    let _ = <Cli as clap::CommandFactory>::command().print_help();
    ExitCode::from(EXIT_USAGE)
}

/// The id of the message saying why no window can open.
fn gui_unavailable_reason() -> &'static str {
    if cfg!(feature = "gui") {
        "cli-gui-no-display"
    } else {
        "cli-gui-not-built"
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Report {
            assessments,
            output,
            output_dir,
            html,
            format,
            sources,
            date,
            paper,
            language,
        } => {
            let format = match (&output, html, format) {
                (Some(output), _, _) => Format::of(output),
                (None, true, _) => Format::Html,
                (None, false, chosen) => chosen.unwrap_or(Format::Pdf),
            };
            let words = crate::present::vocabulary::Words::shared(language.language);
            let settings = report::Settings {
                sources: &sources,
                date: report::report_date(date.as_deref(), words)?,
                paper,
                format,
                language: language.language,
            };
            match (output, assessments.as_slice()) {
                (Some(output), [assessment]) => report::run(assessment, &output, &settings),
                (Some(_), _) => {
                    eprintln!("msgdpia: {}", words.get("cli-one-report"));
                    Ok(ExitCode::from(EXIT_USAGE))
                }
                (None, _) => {
                    let folder = output_dir.unwrap_or_default();
                    batch::run(&assessments, &folder, &settings)
                }
            }
        }
        Command::Check {
            files,
            sources,
            language,
        } => check::run(&files, &sources, language.language),
        Command::TranslationTemplate {
            lang,
            questionnaire,
            knowledge_base,
            output,
        } => {
            let of = match knowledge_base {
                Some(file) => translation_template::Of::KnowledgeBase(file),
                None => translation_template::Of::Questionnaire(questionnaire),
            };
            translation_template::run(&lang, &of, output.as_deref())
        }
        // `main_with` hands `open` to the desktop app before commands are run.
        Command::Open { .. } => Ok(ExitCode::from(EXIT_USAGE)),
        Command::Encrypt {
            assessment,
            output,
            passphrase,
            language,
        } => encrypt::encrypt(&assessment, &output, &passphrase, language.language),
        Command::Decrypt {
            encrypted,
            output,
            passphrase,
            language,
        } => encrypt::decrypt(&encrypted, &output, &passphrase, language.language),
        Command::KbDiff {
            old,
            new,
            assessment,
            sources,
            language,
        } => kb_diff::run(
            &old,
            &new,
            assessment.as_deref(),
            &sources,
            language.language,
        ),
        Command::KbDoc {
            output,
            verification,
            sources,
        } => kb_doc::run(output.as_deref(), verification, &sources),
        Command::Score {
            assessment,
            json,
            sources,
            language,
        } => score::run(&assessment, json, &sources, language.language),
        Command::ExportPia {
            assessment,
            output,
            date,
            sources,
            language,
        } => pia::export(
            &assessment,
            &output,
            date.as_deref(),
            &sources,
            language.language,
        ),
        Command::ImportPia {
            pia,
            output,
            date,
            sources,
            language,
        } => pia::import(&pia, &output, date.as_deref(), &sources, language.language),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man { command } => shell::man(command.as_deref()),
        Command::Schema { kind } => schema::run(kind),
    }
}
