//! Reading RON text into the raw serde structs, with errors a person can act on.

use crate::diagnostic::{Diagnostic, InvalidFile};
use crate::ron_structure;
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
    let parsed = options
        .from_str(source.text())
        .map_err(|error| InvalidFile {
            diagnostics: vec![diagnostic_of(source, &error)],
        })?;
    // The parser lets a map key given twice pass (the last wins), and `NaN` where a number goes.
    match ron_structure::first_problem(source) {
        Some(problem) => Err(InvalidFile {
            diagnostics: vec![Diagnostic {
                file: source.name().to_string(),
                location: source.location_of(problem.offset),
                message: problem.message,
            }],
        }),
        None => Ok(parsed),
    }
}

/// `value` written as a person would write the file: indented by four spaces, each item named.
pub(crate) fn pretty<T: serde::Serialize>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_string())
        .struct_names(true);
    // Only plain strings, maps and lists are written this way, which cannot fail.
    ron::ser::to_string_pretty(value, config).unwrap_or_default()
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
    let offset = source.offset_at(Location {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
    });
    // A bracket that does not match, a key given twice or a string left open before the place
    // where the parser stopped is the real cause; the parser would name a symptom further on.
    let (offset, message) = match ron_structure::first_problem(source) {
        Some(problem) if problem.offset <= offset || is_structure_symptom(&error.code) => {
            (problem.offset, problem.message)
        }
        _ => reworded(source, &error.code, offset),
    };
    Diagnostic {
        file: source.name().to_string(),
        location: source.location_of(offset),
        message,
    }
}

/// Errors that follow from a bracket, a comma or a quote in the wrong place.
fn is_structure_symptom(error: &Error) -> bool {
    matches!(
        error,
        Error::Eof
            | Error::TrailingCharacters
            | Error::ExpectedComma
            | Error::ExpectedArrayEnd
            | Error::ExpectedMapEnd
            | Error::ExpectedStructLikeEnd
            | Error::ExpectedOptionEnd
            | Error::ExpectedStringEnd
    )
}

/// The message for a parser error at `offset`, and the offset of the token it is about.
fn reworded(source: &SourceFile, error: &Error, offset: usize) -> (usize, String) {
    let place = ron_structure::place_of(source, offset);
    if let Some(expected) = expected_value(error) {
        let message = format!(
            "{} must be {expected}; found {}",
            place.subject, place.found
        );
        return (place.offset, message);
    }
    match error {
        // `1.5` where a whole number goes: the parser reads `1`, then trips over `.5`.
        Error::ExpectedComma if place.offset < offset => (
            place.offset,
            format!(
                "{} must be a whole number; found {}",
                place.subject, place.found
            ),
        ),
        Error::ExpectedComma => (
            offset,
            format!(
                "a comma `,` is missing between two items, before {}",
                place.found
            ),
        ),
        Error::Message(message) => (
            place.offset,
            format!("{} is not valid: {message}", place.subject),
        ),
        Error::InvalidValueForType { expected, found } => (
            place.offset,
            format!(
                "{} must be {}; found {found}",
                place.subject,
                plain_type(expected)
            ),
        ),
        Error::IntegerOutOfBounds if place.found.starts_with("`-") => (
            place.offset,
            format!(
                "{} must be a whole number of 0 or more; found {}",
                place.subject, place.found
            ),
        ),
        Error::IntegerOutOfBounds => (
            place.offset,
            format!(
                "{} is a whole number too large for this field; found {}",
                place.subject, place.found
            ),
        ),
        Error::InvalidEscape(_) => invalid_escape(source, place.offset),
        Error::UnexpectedChar(_) => (
            place.offset,
            format!("{} is not expected here", place.found),
        ),
        _ => (offset, plain_message(error)),
    }
}

/// The message for a backslash escape RON does not know, at the backslash.
fn invalid_escape(source: &SourceFile, text_start: usize) -> (usize, String) {
    const KNOWN: &str = "\\\"'nrt0ubfx/";
    let text = &source.text()[text_start..];
    // Past the opening quote; each backslash takes the character after it.
    let mut chars = text.char_indices().skip(1);
    let mut bad = None;
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some((_, next)) if KNOWN.contains(next) => {}
                Some((_, next)) => {
                    bad = Some((at, next));
                    break;
                }
                None => break,
            },
            _ => {}
        }
    }
    let advice = "write `\\\\` for a backslash, `\\\"` for a double quote or `\\n` for a new line";
    match bad {
        Some((at, next)) => (
            text_start + at,
            format!("`\\{next}` is not a valid escape in a text; {advice}"),
        ),
        None => (
            text_start,
            format!("this text holds a backslash escape that is not valid; {advice}"),
        ),
    }
}

/// What a type error expected, in words, when it is one.
fn expected_value(error: &Error) -> Option<String> {
    let words = match error {
        Error::ExpectedBoolean => "true or false",
        Error::ExpectedInteger => "a whole number",
        Error::ExpectedFloat => "a number",
        Error::ExpectedString => "a text in double quotes",
        Error::ExpectedIdentifier => "a name without quotes",
        Error::ExpectedChar => "a single character in single quotes",
        Error::ExpectedArray => "a list in square brackets, `[…]`",
        Error::ExpectedMap => "a map in braces, `{…}`",
        Error::ExpectedStructLike => "an item in round brackets, `(…)`",
        Error::ExpectedOption => "a value or `None`",
        Error::ExpectedUnit => "`()`",
        Error::ExpectedByteString | Error::ExpectedByteLiteral => "a byte string",
        Error::ExpectedNamedStructLike(name) => return Some(format!("`{name}(…)`")),
        Error::ExpectedDifferentStructName { expected, .. } => {
            return Some(format!("`{expected}(…)`"));
        }
        _ => return None,
    };
    Some(words.to_string())
}

/// serde's name for an expected type, in words.
fn plain_type(expected: &str) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number of 0 or more".to_string(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".to_string(),
        "f32" | "f64" => "a number".to_string(),
        other => other.to_string(),
    }
}

/// Rewords ron's other errors for someone who edits a file by hand and has never heard of serde.
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
        Error::ExpectedStringEnd => "a text in double quotes is not closed".to_string(),
        Error::ExceededRecursionLimit => "items are nested too deeply here".to_string(),
        Error::Utf8Error(_) => "the file is not valid UTF-8 text".to_string(),
        Error::UnclosedBlockComment => "a comment opened with `/*` is never closed".to_string(),
        Error::ExpectedArrayEnd => "a `]` is expected here, to close the list".to_string(),
        Error::ExpectedMapEnd => "a `}` is expected here, to close the map".to_string(),
        Error::ExpectedStructLikeEnd => "a `)` is expected here".to_string(),
        Error::ExpectedMapColon => "a colon `:` is expected here, after the key".to_string(),
        other => format!("this is not valid here: {other}"),
    }
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
            d.message
                .contains("the file ends before this `(` is closed"),
            "{} at {:?}",
            d.message,
            d.location
        );
    }
}
