//! Messaging DPIA: a guided, scored data protection impact assessment (GDPR Art. 35) of using
//! an instant-messaging or video app for business.
//!
//! The crate is layered (see ARCHITECTURE.md):
//! - a pure core (questionnaire, knowledge base, assessment, scoring, report model) that never
//!   touches files, the clock, the network or the GUI;
//! - the PDF renderer, which turns a report model into bytes;
//! - the IO layer (`io`), the only place that reads or writes files;
//! - the CLI and, behind the `gui` feature, the desktop app.

#![warn(missing_docs)]

pub mod answer;
pub mod assessment;
pub mod bundle;
mod checks;
pub mod date;
pub mod diagnostic;
pub mod docx;
pub mod effect;
pub mod embedded;
pub mod fingerprint;
mod format_version;
pub mod html;
pub mod interop;
pub mod knowledge;
pub mod limits;
pub mod markup;
pub mod opening;
pub(crate) mod overlay;
mod parse_memo;
pub mod present;
pub mod questionnaire;
mod recent;
pub mod report;
mod ron_file;
mod ron_structure;
mod ron_tokens;
pub mod scale;
pub mod scoring;
pub mod since_scored;
pub mod source;
pub mod stance;
pub mod translated;
pub mod web_address;
pub mod wp248;

pub mod cli;
pub mod encryption;
pub mod io;
pub mod pdf;
pub mod report_format;
pub mod system_fonts;
pub mod worded;

#[cfg(feature = "gui")]
pub mod gui;
