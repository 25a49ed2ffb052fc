//! Errors and warnings about a file, each tied to a place in it.

use crate::present::vocabulary::{FluentArgs, Words};
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
    /// What is wrong and what was expected, in English (as the file's author reads it by
    /// default, and the tests check it).
    pub message: String,
    /// The same, as data: worded in any language by [`Diagnostic::in_words`].
    pub said: Said,
}

impl Diagnostic {
    /// A finding about `file` at `location`.
    pub fn new(file: impl Into<String>, location: Location, said: impl Into<Said>) -> Diagnostic {
        let said = said.into();
        Diagnostic {
            file: file.into(),
            location,
            message: said.in_words(Words::english()),
            said,
        }
    }

    /// "file:line:column: what is wrong", in `words`' language.
    pub fn in_words(&self, words: &Words) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file,
            self.location.line,
            self.location.column,
            self.said.in_words(words)
        )
    }
}

/// What a diagnostic says, as data: a message of the vocabulary with the values of its
/// variables, so that it can be worded in any language; or, for what comes worded from
/// elsewhere (a library's own error), the text as it came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// A message id with its variables' values, in order.
    Message {
        /// The message's id.
        id: &'static str,
        /// Each variable's name and value.
        args: Vec<(&'static str, SaidValue)>,
    },
    /// Text as it came, the same in every language.
    Text(String),
}

/// The value of a variable of a message said: a text, or a count, which the language's plural
/// rules read ("1 option", "3 options").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaidValue {
    /// A text (an id, a name, a value as written).
    Text(String),
    /// A number of things.
    Count(usize),
    /// A message said inside this one, worded in the same language: for a part the core
    /// cannot word itself, such as a name the files no longer hold, marked unknown.
    Said(Box<Said>),
}

impl Said {
    /// The message `id`, with no variables yet.
    pub fn new(id: &'static str) -> Said {
        Said::Message {
            id,
            args: Vec::new(),
        }
    }

    /// The same, with the variable `name` set to the text `value`.
    pub fn with(self, name: &'static str, value: impl ToString) -> Said {
        self.with_value(name, SaidValue::Text(value.to_string()))
    }

    /// The same, with the variable `name` set to a number of things, `count`, so that the
    /// message can take the plural form its language needs.
    pub fn with_count(self, name: &'static str, count: usize) -> Said {
        self.with_value(name, SaidValue::Count(count))
    }

    /// The same, with the variable `name` set to what `said` says, worded in whichever language
    /// this message is.
    pub fn with_said(self, name: &'static str, said: Said) -> Said {
        self.with_value(name, SaidValue::Said(Box::new(said)))
    }

    fn with_value(self, name: &'static str, value: SaidValue) -> Said {
        match self {
            Said::Message { id, mut args } => {
                args.push((name, value));
                Said::Message { id, args }
            }
            text => text,
        }
    }

    /// In `words`' language.
    pub fn in_words(&self, words: &Words) -> String {
        match self {
            Said::Message { id, args } => {
                let mut values = FluentArgs::new();
                for (name, value) in args {
                    match value {
                        SaidValue::Text(text) => values.set(*name, text.as_str()),
                        SaidValue::Count(count) => values.set(*name, *count),
                        SaidValue::Said(said) => values.set(*name, said.in_words(words)),
                    }
                }
                words.with(id, &values)
            }
            Said::Text(text) => text.clone(),
        }
    }
}

impl From<String> for Said {
    fn from(text: String) -> Said {
        Said::Text(text)
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Said {
        Said::Text(text.to_string())
    }
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

/// An error that can say itself in the reader's language (its `Display` is its English).
pub trait InWords {
    /// The error in `words`' language.
    fn in_words(&self, words: &Words) -> String;
}

impl InWords for InvalidFile {
    /// Every problem, one a line.
    fn in_words(&self, words: &Words) -> String {
        self.diagnostics
            .iter()
            .map(|diagnostic| diagnostic.in_words(words))
            .collect::<Vec<_>>()
            .join("\n")
    }
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

    fn diagnostic(&self, location: Location, said: Said) -> Diagnostic {
        Diagnostic::new(self.source.name(), location, said)
    }

    /// Records an error at the place `path` leads to (see [`SourceFile::locate`]).
    pub(crate) fn error(&mut self, path: &[&str], message: impl Into<Said>) {
        let location = self.source.locate(path);
        self.errors.push(self.diagnostic(location, message.into()));
    }

    /// Records an error at the value of `field` in the item `path` leads to (see
    /// [`SourceFile::locate_field`]).
    pub(crate) fn error_at_field(&mut self, path: &[&str], field: &str, message: impl Into<Said>) {
        let location = self.source.locate_field(path, field);
        self.errors.push(self.diagnostic(location, message.into()));
    }

    /// Records an error at an explicit location.
    pub(crate) fn error_at(&mut self, location: Location, message: impl Into<Said>) {
        self.errors.push(self.diagnostic(location, message.into()));
    }

    /// Records a warning at the place `path` leads to.
    pub(crate) fn warn(&mut self, path: &[&str], message: impl Into<Said>) {
        let location = self.source.locate(path);
        self.warnings
            .push(self.diagnostic(location, message.into()));
    }

    /// Records a warning at the value of `field` in the item `path` leads to.
    pub(crate) fn warn_at_field(&mut self, path: &[&str], field: &str, message: impl Into<Said>) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::language::Language;

    #[test]
    fn a_count_said_takes_the_plural_form_of_each_language_and_text_stays_as_it_came() {
        let one = Said::new("panel-questions-left").with_count("count", 1);
        assert_eq!(
            one.in_words(Words::english()),
            "One required question still to answer."
        );
        // The same number as text is not counted: only a count picks the form.
        let as_text = Said::new("panel-questions-left").with("count", 1);
        assert_eq!(
            as_text.in_words(Words::english()),
            "1 required questions still to answer."
        );
        assert_eq!(
            one.in_words(Words::shared(Language::French)),
            "Il reste 1 question obligatoire sans réponse."
        );
        let text = Said::from("as the library said it");
        assert_eq!(
            text.in_words(Words::shared(Language::ChineseHongKong)),
            "as the library said it"
        );
    }

    #[test]
    fn a_message_said_inside_another_is_worded_in_the_same_language() {
        let said = Said::new("opening-answer-moved")
            .with_said("from", Said::new("name-unknown").with("id", "old-q"))
            .with_said("to", Said::from("New question?"));
        assert_eq!(
            said.in_words(Words::english()),
            "the answer to \"old-q (unknown)\" now answers \"New question?\""
        );
        assert_eq!(
            said.in_words(Words::shared(Language::French)),
            "la réponse à «\u{a0}old-q (inconnu)\u{a0}» répond désormais à «\u{a0}New question?\u{a0}»"
        );
    }
}
