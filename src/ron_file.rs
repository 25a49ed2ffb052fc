//! Reading RON text into the raw serde structs, with errors a person can act on.

use crate::diagnostic::{Diagnostic, InvalidFile, Said};
use crate::ron_structure::{self, THIS_ITEM};
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
    // A text built into the binary is checked by the tests
    // (`tests::every_built_in_text_passes_the_structure_checks`): the walk over its tokens was a
    // third of parsing the knowledge base, for every report.
    if source.is_built_in() {
        return Ok(parsed);
    }
    // The parser lets a map key given twice pass (the last wins), and `NaN` where a number goes.
    match ron_structure::first_problem(source) {
        Some(problem) => Err(InvalidFile {
            diagnostics: vec![Diagnostic::new(
                source.name(),
                source.location_of(problem.offset),
                problem.message,
            )],
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
        diagnostics: vec![Diagnostic::new(
            source.name(),
            Location { line: 1, column: 1 },
            Said::new("format-empty-file"),
        )],
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
    Diagnostic::new(source.name(), source.location_of(offset), message)
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
fn reworded(source: &SourceFile, error: &Error, offset: usize) -> (usize, Said) {
    let place = ron_structure::place_of(source, offset);
    let about = |id| place.subject.told(Said::new(id));
    let must_be = |expected: &str| {
        about("format-must-be")
            .with("expected", expected)
            .with("found", &place.found)
    };
    if let Some(expected) = expected_value(error) {
        return (place.offset, must_be(&expected));
    }
    match error {
        // `1.5` where a whole number goes: the parser reads `1`, then trips over `.5`.
        Error::ExpectedComma if place.offset < offset => (place.offset, must_be(WHOLE_NUMBER)),
        Error::ExpectedComma => (
            offset,
            Said::new("format-comma-missing").with("found", &place.found),
        ),
        Error::Message(message) => (
            place.offset,
            about("format-not-valid").with("message", message),
        ),
        Error::InvalidValueForType { expected, found } => (
            place.offset,
            about("format-must-be")
                .with("expected", plain_type(expected))
                .with("found", found),
        ),
        Error::IntegerOutOfBounds if place.found.starts_with("`-") => {
            (place.offset, must_be(WHOLE_NUMBER_0))
        }
        Error::IntegerOutOfBounds => (
            place.offset,
            about("format-too-large").with("found", &place.found),
        ),
        Error::InvalidEscape(_) => invalid_escape(source, place.offset),
        Error::UnexpectedChar(_) => (
            place.offset,
            Said::new("format-not-expected-here").with("found", &place.found),
        ),
        _ => (offset, plain_message(error)),
    }
}

/// What `$expected` holds for a whole number, and for one of 0 or more; messages word them.
const WHOLE_NUMBER: &str = "whole-number";
/// See [`WHOLE_NUMBER`].
const WHOLE_NUMBER_0: &str = "whole-number-0";

/// The message for a backslash escape RON does not know, at the backslash.
fn invalid_escape(source: &SourceFile, text_start: usize) -> (usize, Said) {
    const KNOWN: [char; 12] = ['\\', '"', '\'', 'n', 'r', 't', '0', 'u', 'b', 'f', 'x', '/'];
    let text = &source.text()[text_start..];
    // Past the opening quote; each backslash takes the character after it.
    let mut chars = text.char_indices().skip(1);
    let mut bad = None;
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some((_, next)) if KNOWN.contains(&next) => {}
                Some((_, next)) => {
                    bad = Some((at, next));
                    break;
                }
                None => break,
            },
            _ => {}
        }
    }
    match bad {
        Some((at, next)) => (
            text_start + at,
            Said::new("format-invalid-escape").with("character", next),
        ),
        None => (text_start, Said::new("format-invalid-escape-somewhere")),
    }
}

/// What a type error expected, for `$expected`, when it is one: a key the messages word, or the
/// name of the item expected.
fn expected_value(error: &Error) -> Option<String> {
    let key = match error {
        Error::ExpectedBoolean => "true-or-false",
        Error::ExpectedInteger => WHOLE_NUMBER,
        Error::ExpectedFloat => "a-number",
        Error::ExpectedString => "a-text",
        Error::ExpectedIdentifier => "a-name",
        Error::ExpectedChar => "a-character",
        Error::ExpectedArray => "a-list",
        Error::ExpectedMap => "a-map",
        Error::ExpectedStructLike => "an-item",
        Error::ExpectedOption => "a-value-or-none",
        Error::ExpectedUnit => "unit",
        Error::ExpectedByteString | Error::ExpectedByteLiteral => "a-byte-string",
        Error::ExpectedNamedStructLike(name) => return Some(format!("`{name}(…)`")),
        Error::ExpectedDifferentStructName { expected, .. } => {
            return Some(format!("`{expected}(…)`"));
        }
        _ => return None,
    };
    Some(key.to_string())
}

/// serde's name for an expected type, for `$expected`: a key the messages word, or serde's own
/// words.
fn plain_type(expected: &str) -> &str {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => WHOLE_NUMBER_0,
        "i8" | "i16" | "i32" | "i64" | "isize" => WHOLE_NUMBER,
        "f32" | "f64" => "a-number",
        other => other,
    }
}

/// Rewords ron's other errors for someone who edits a file by hand and has never heard of serde.
fn plain_message(error: &Error) -> Said {
    match error {
        Error::MissingStructField { field, outer } => Said::new("format-missing-field")
            .with("item", item_name(outer))
            .with("field", field),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => Said::new("format-unknown-field")
            .with("found", found)
            .with("item", item_name(outer))
            .with("fields", expected.join(", ")),
        Error::DuplicateStructField { field, outer } => Said::new("format-field-given-twice")
            .with("field", field)
            .with("item", item_name(outer)),
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => Said::new("format-unknown-variant")
            .with("found", found)
            .with("values", expected.join(", ")),
        Error::Eof => Said::new("format-ends-early"),
        Error::TrailingCharacters => Said::new("format-trailing-text"),
        Error::ExpectedStringEnd => Said::new("format-text-not-closed"),
        Error::ExceededRecursionLimit => Said::new("format-nested-too-deeply"),
        Error::Utf8Error(_) => Said::new("format-not-utf8"),
        Error::UnclosedBlockComment => Said::new("format-comment-not-closed"),
        Error::ExpectedArrayEnd => Said::new("format-array-end-expected"),
        Error::ExpectedMapEnd => Said::new("format-map-end-expected"),
        Error::ExpectedStructLikeEnd => Said::new("format-struct-end-expected"),
        Error::ExpectedMapColon => Said::new("format-colon-expected"),
        // The parser's own words, for what it alone knows.
        other => Said::new("format-not-valid-here").with("error", other),
    }
}

/// An item as `$item` names it: its name in backquotes, or [`THIS_ITEM`].
fn item_name(outer: &Option<String>) -> String {
    match outer {
        Some(name) => format!("`{name}`"),
        None => THIS_ITEM.to_string(),
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

    #[test]
    fn every_built_in_text_passes_the_structure_checks() {
        use crate::embedded;
        let mut built_in = vec![embedded::knowledge_base_source()];
        built_in.extend(embedded::questionnaire_sources());
        built_in.extend(
            embedded::KNOWLEDGE_BASE_TRANSLATIONS
                .iter()
                .filter_map(|(tag, _, _)| embedded::knowledge_base_translation(tag)),
        );
        built_in.extend(
            embedded::TRANSLATIONS
                .iter()
                .filter_map(|t| embedded::translation(t.questionnaire, t.language)),
        );
        assert_eq!(
            built_in.len(),
            1 + embedded::QUESTIONNAIRES.len()
                + embedded::KNOWLEDGE_BASE_TRANSLATIONS.len()
                + embedded::TRANSLATIONS.len()
        );
        for source in &built_in {
            assert!(source.is_built_in(), "{}", source.name());
            assert_eq!(
                ron_structure::first_problem(source),
                None,
                "{}",
                source.name()
            );
        }
    }

    #[test]
    fn a_file_from_disk_still_gets_the_structure_checks() {
        let text = "Item(id: \"a\", count: 1, count: 2)";
        let from_disk = SourceFile::new("item.ron", text);
        let error = parse::<ron::Value>(&from_disk).unwrap_err();
        assert!(format!("{error:?}").contains("count"), "{error:?}");
        assert!(parse::<ron::Value>(&SourceFile::built_in("item.ron", text)).is_ok());
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
    fn a_problem_is_said_in_the_readers_language() {
        use crate::present::language::Language;
        use crate::present::vocabulary::Words;
        let d = error_of("Item(\n  id: \"a\",\n)");
        assert_eq!(
            d.said.in_words(&Words::new(Language::French)),
            "il manque à `Item` le champ obligatoire `count`"
        );
        assert_eq!(
            d.said.in_words(&Words::new(Language::ChineseHongKong)),
            "`Item` 缺少必填欄位 `count`"
        );
        let d = error_of("Item(id: \"a\", count: 1.5)");
        assert_eq!(
            d.said.in_words(&Words::new(Language::French)),
            "le champ `count` doit être un nombre entier\u{a0}; valeur trouvée\u{a0}: `1.5`"
        );
        assert_eq!(
            d.said.in_words(&Words::new(Language::ChineseHongKong)),
            "`count` 欄位必須是整數；實際為 `1.5`"
        );
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
