//! Reading an assessment's `format_version` before parsing it: a tolerant scan of the text for
//! that field at the top level, skipping strings, characters and comments, however deeply the
//! rest is nested. The full parse would stop at its nesting limit or at a field it does not know
//! first, and call a file from a newer msgdpia broken instead of newer.

use crate::ron_tokens::{TokenKind, Tokens, tokens};

/// The `format_version` field of the outermost structure: its value and the byte offset where
/// the value starts. `None` when there is no such field or its value is not a whole number.
pub fn scan_format_version(text: &str) -> Option<(u32, usize)> {
    let mut depth = 0usize;
    let mut tokens = tokens(text);
    while let Some(token) = tokens.next() {
        match token.kind {
            TokenKind::Open(_) => depth += 1,
            TokenKind::Close(_) => depth = depth.saturating_sub(1),
            TokenKind::Name if depth == 1 && token.text(text) == "format_version" => {
                return value_after_colon(text, &mut tokens);
            }
            _ => {}
        }
    }
    None
}

/// The whole number after `:`, and its offset.
fn value_after_colon(text: &str, tokens: &mut Tokens<'_>) -> Option<(u32, usize)> {
    tokens
        .next()
        .filter(|colon| colon.kind == TokenKind::Colon)?;
    let value = tokens
        .next()
        .filter(|value| value.kind == TokenKind::Number)?;
    let digits = value.text(text);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, value.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> Option<u32> {
        scan_format_version(text).map(|(version, _)| version)
    }

    #[test]
    fn the_top_level_field_is_found_with_its_position() {
        let text = "// an assessment\nAssessment(\n    format_version: 5,\n)";
        let (found, at) = scan_format_version(text).unwrap();
        assert_eq!(found, 5);
        assert_eq!(&text[at..at + 1], "5");
        assert_eq!(version("(format_version:12)"), Some(12));
    }

    #[test]
    fn strings_comments_and_nested_fields_named_alike_are_skipped() {
        let text = r##"Assessment(
            metadata: Metadata(format_version: 9, organisation: "format_version: 8"),
            /* format_version: 7 /* nested */ format_version: 6 */
            note: r#"format_version: 4 "quoted""#,
            letter: '(',
            format_version: 3,
        )"##;
        assert_eq!(version(text), Some(3));
    }

    #[test]
    fn the_version_is_read_however_deep_the_rest_is_nested() {
        let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
        let text = format!("Assessment(answers: {deep}, format_version: 7)");
        assert_eq!(version(&text), Some(7));
    }

    #[test]
    fn a_missing_or_malformed_version_is_none() {
        assert_eq!(version("Assessment(answers: {})"), None);
        assert_eq!(version("Assessment(format_version: \"5\")"), None);
        assert_eq!(version("Assessment(format_version: 5.0)"), None);
        assert_eq!(version("Assessment(format_version: -1)"), None);
        assert_eq!(version("Assessment(format_version: 99999999999)"), None);
        assert_eq!(version("Assessment(my_format_version: 5)"), None);
        assert_eq!(version(""), None);
        assert_eq!(version("\"unterminated"), None);
    }
}
