//! Reading RON text into the raw serde structs, with errors a person can act on.

use crate::diagnostic::{Diagnostic, InvalidFile};
use crate::source::{Location, SourceFile};
use ron::error::{Error, SpannedError};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

/// Parses a RON file into `T`. `Some(...)` may be left out around optional values, since people
/// editing these files by hand reasonably expect `show_if: Is("q1", "yes")` to work.
pub(crate) fn parse<T: DeserializeOwned>(source: &SourceFile) -> Result<T, InvalidFile> {
    // The parser would say "expected `(`" of a file with nothing in it.
    if let Some(empty) = empty_file(source) {
        return Err(empty);
    }
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    options
        .from_str(source.text())
        .map_err(|error| InvalidFile {
            diagnostics: vec![diagnostic_of(source, &error)],
        })
}

/// The error for a file that holds only blank space and comments, if `source` is one.
pub(crate) fn empty_file(source: &SourceFile) -> Option<InvalidFile> {
    holds_nothing(source.text()).then(|| InvalidFile {
        diagnostics: vec![Diagnostic {
            file: source.name().to_string(),
            location: Location { line: 1, column: 1 },
            message: "the file is empty (it holds only blank space or comments); expected a file saved by msgdpia, such as an assessment".to_string(),
        }],
    })
}

/// Whether `text` is only blank space and comments.
fn holds_nothing(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after
                .split_once('\n')
                .map_or("", |(_, tail)| tail)
                .trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            match after.split_once("*/") {
                Some((_, tail)) => rest = tail.trim_start(),
                // An unclosed comment is for the parser to report.
                None => return false,
            }
        } else {
            return rest.is_empty();
        }
    }
}

/// Serialises a value as pretty RON, the way assessment files are written.
pub(crate) fn to_pretty_string<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::ser::to_string_pretty(value, config)
}

fn diagnostic_of(source: &SourceFile, error: &SpannedError) -> Diagnostic {
    let start = error.span.start;
    let location = Location {
        line: start.line.max(1),
        column: start.col.max(1),
    };
    let end = source.location_of(source.text().trim_end().len());
    let at_end = location.line >= end.line && unclosed_brackets(source.text()) > 0;
    let message = if at_end && !matches!(error.code, Error::Eof) {
        format!(
            "the file ends too early: a closing `)`, `]` or `}}` is probably missing ({})",
            plain_message(&error.code)
        )
    } else {
        plain_message(&error.code)
    };
    Diagnostic {
        file: source.name().to_string(),
        location,
        message,
    }
}

/// Rewords ron's errors for someone who edits a file by hand and has never heard of serde.
fn plain_message(error: &Error) -> String {
    match error {
        Error::MissingStructField { field, outer } => {
            format!(
                "{} is missing the required field `{field}`",
                item_name(outer)
            )
        }
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a field of {}; the fields are: {}",
            item_name(outer),
            expected.join(", ")
        ),
        Error::DuplicateStructField { field, outer } => {
            format!("the field `{field}` is given twice in {}", item_name(outer))
        }
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "`{found}` is not one of the values allowed here: {}",
            expected.join(", ")
        ),
        Error::Eof => {
            "the file ends too early: a closing `)`, `]` or `}` is probably missing".to_string()
        }
        Error::TrailingCharacters => {
            "there is text after the end of the file's main item (an extra `)` or `]`?)".to_string()
        }
        Error::ExpectedComma => "a comma `,` is missing between two items".to_string(),
        Error::ExpectedStringEnd => "a text in double quotes is not closed".to_string(),
        Error::ExceededRecursionLimit => "items are nested too deeply here".to_string(),
        Error::Utf8Error(_) => "the file is not valid UTF-8 text".to_string(),
        other => format!("this is not valid here: {other}"),
    }
}

/// How many `(`, `[` and `{` are left open at the end of the text, ignoring strings and comments.
fn unclosed_brackets(text: &str) -> usize {
    let mut depth: usize = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(s) = chars.next() {
                    match s {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                for s in chars.by_ref() {
                    if s == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

fn item_name(outer: &Option<String>) -> String {
    match outer {
        Some(name) => format!("`{name}`"),
        None => "this item".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        count: u8,
    }

    fn error_of(text: &str) -> Diagnostic {
        let source = SourceFile::new("item.ron", text);
        parse::<Item>(&source).unwrap_err().diagnostics.remove(0)
    }

    #[test]
    fn missing_field_names_the_field_and_the_place() {
        let d = error_of("Item(\n  id: \"a\",\n)");
        assert!(
            d.message.contains("required field `count`"),
            "{}",
            d.message
        );
        assert_eq!(d.file, "item.ron");
        assert_eq!(d.location.line, 3);
    }

    #[test]
    fn unknown_field_lists_the_real_ones() {
        let d = error_of("Item(id: \"a\", cuont: 2)");
        assert!(
            d.message.contains("`cuont` is not a field"),
            "{}",
            d.message
        );
        assert!(d.message.contains("id, count"), "{}", d.message);
        assert_eq!((d.location.line, d.location.column), (1, 15));
    }

    #[test]
    fn unclosed_file_says_so() {
        let d = error_of("Item(id: \"a\", count: 2");
        assert!(
            d.message.contains("ends too early"),
            "{} at {:?}",
            d.message,
            d.location
        );
    }
}
