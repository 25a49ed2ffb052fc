//! Errors and warnings about a file, each tied to a place in it.

use crate::source::{Location, SourceFile};
use std::fmt;

/// One finding about a file: where it is and what is wrong, in words a person editing the file
/// by hand understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file's name, usually its path.
    pub file: String,
    /// Where in the file.
    pub location: Location,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.location.line, self.location.column, self.message
        )
    }
}

/// A file that could not be used, with every problem found in it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct InvalidFile {
    /// The problems, in the order they were found (at least one).
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for InvalidFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.diagnostics.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

/// A value that loaded, with the warnings found on the way (things that do not stop the file
/// from being used but that its author should see).
#[derive(Clone, Debug, PartialEq)]
pub struct Checked<T> {
    /// The validated value.
    pub value: T,
    /// Warnings, possibly none.
    pub warnings: Vec<Diagnostic>,
}

/// Collects the findings of one validation pass over one file.
pub(crate) struct Findings<'a> {
    source: &'a SourceFile,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl<'a> Findings<'a> {
    pub(crate) fn new(source: &'a SourceFile) -> Findings<'a> {
        Findings {
            source,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn diagnostic(&self, location: Location, message: String) -> Diagnostic {
        Diagnostic {
            file: self.source.name().to_string(),
            location,
            message,
        }
    }

    /// Records an error at the place `path` leads to (see [`SourceFile::locate`]).
    pub(crate) fn error(&mut self, path: &[&str], message: impl Into<String>) {
        let location = self.source.locate(path);
        self.errors.push(self.diagnostic(location, message.into()));
    }

    /// Records an error at the value of `field` in the item `path` leads to (see
    /// [`SourceFile::locate_field`]).
    pub(crate) fn error_at_field(
        &mut self,
        path: &[&str],
        field: &str,
        message: impl Into<String>,
    ) {
        let location = self.source.locate_field(path, field);
        self.errors.push(self.diagnostic(location, message.into()));
    }

    /// Records an error at an explicit location.
    pub(crate) fn error_at(&mut self, location: Location, message: impl Into<String>) {
        self.errors.push(self.diagnostic(location, message.into()));
    }

    /// Records a warning at the place `path` leads to.
    pub(crate) fn warn(&mut self, path: &[&str], message: impl Into<String>) {
        let location = self.source.locate(path);
        self.warnings
            .push(self.diagnostic(location, message.into()));
    }

    /// Records a warning at the value of `field` in the item `path` leads to.
    pub(crate) fn warn_at_field(&mut self, path: &[&str], field: &str, message: impl Into<String>) {
        let location = self.source.locate_field(path, field);
        self.warnings
            .push(self.diagnostic(location, message.into()));
    }

    /// The file being checked.
    pub(crate) fn source(&self) -> &'a SourceFile {
        self.source
    }

    /// Ends the pass: the value with its warnings when there was no error, or every error.
    pub(crate) fn finish<T>(self, value: T) -> Result<Checked<T>, InvalidFile> {
        if self.errors.is_empty() {
            Ok(Checked {
                value,
                warnings: self.warnings,
            })
        } else {
            Err(self.into_invalid())
        }
    }

    /// Ends a pass that cannot go on: the errors recorded so far, in file order, each once
    /// (several effects of one item can be located at the same place with the same message).
    pub(crate) fn into_invalid(mut self) -> InvalidFile {
        self.errors.sort_by_key(|d| d.location);
        self.errors.dedup();
        InvalidFile {
            diagnostics: self.errors,
        }
    }
}
