//! msgdpia's own errors in the reader's language, whichever layer raised them: what the command
//! line prints and the app shows. Each type words itself ([`InWords`]); this finds which one an
//! error is. Outside the pure core, since it knows the IO layer's and encryption's errors.

use crate::diagnostic::{InWords, InvalidFile};
use crate::docx::DocxError;
use crate::encryption::{EncryptionError, OpenEncryptedError};
use crate::io::IoError;
use crate::opening::OpenError;
use crate::pdf::PdfError;
use crate::present::vocabulary::Words;
use crate::report_format::RenderError;

/// `error` (without its causes) in `words`' language when it is one of msgdpia's own; another's
/// (the operating system's, a library's) as it says itself.
pub fn error_in_words(error: &(dyn std::error::Error + 'static), words: &Words) -> String {
    let ours: Option<&dyn InWords> = if let Some(e) = error.downcast_ref::<InvalidFile>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<OpenError>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<IoError>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<OpenEncryptedError>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<EncryptionError>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<RenderError>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<PdfError>() {
        Some(e)
    } else if let Some(e) = error.downcast_ref::<DocxError>() {
        Some(e)
    } else {
        None
    };
    ours.map_or_else(|| error.to_string(), |e| e.in_words(words))
}

/// An error as a message shows it: msgdpia's own in the reader's language, a text already
/// worded (another's error, or one worded before) as it is.
pub trait ShownError {
    /// The error in `words`' language, as far as it is msgdpia's own.
    fn shown(&self, words: &Words) -> String;
}

impl<T: InWords> ShownError for T {
    fn shown(&self, words: &Words) -> String {
        self.in_words(words)
    }
}

impl ShownError for String {
    fn shown(&self, _words: &Words) -> String {
        self.clone()
    }
}

impl ShownError for &str {
    fn shown(&self, _words: &Words) -> String {
        (*self).to_string()
    }
}
