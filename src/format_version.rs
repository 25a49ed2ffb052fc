//! Reading an assessment's `format_version` before parsing it: a tolerant scan of the text for
//! that field at the top level, skipping strings, characters and comments, however deeply the
//! rest is nested. The full parse would stop at its nesting limit or at a field it does not know
//! first, and call a file from a newer msgdpia broken instead of newer.

/// The `format_version` field of the outermost structure: its value and the byte offset where
/// the value starts. `None` when there is no such field or its value is not a whole number.
pub fn scan_format_version(text: &str) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => at = after_string(bytes, at + 1),
            b'\'' => at = after_char(bytes, at + 1),
            b'/' if bytes.get(at + 1) == Some(&b'/') => at = after_line(bytes, at),
            b'/' if bytes.get(at + 1) == Some(&b'*') => at = after_block_comment(bytes, at + 2),
            b'r' if is_raw_string_start(bytes, at) => at = after_raw_string(bytes, at + 1),
            b'(' | b'[' | b'{' => {
                depth += 1;
                at += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                at += 1;
            }
            byte if is_identifier_byte(byte) => {
                let end = after_identifier(bytes, at);
                let starts_word = at == 0 || !is_identifier_byte(bytes[at - 1]);
                if depth == 1 && starts_word && &bytes[at..end] == b"format_version" {
                    return value_after_colon(bytes, end);
                }
                at = end;
            }
            _ => at += 1,
        }
    }
    None
}

/// The whole number after `:` (blank space and comments allowed around it), and its offset.
fn value_after_colon(bytes: &[u8], from: usize) -> Option<(u32, usize)> {
    let colon = skip_blank(bytes, from);
    if bytes.get(colon) != Some(&b':') {
        return None;
    }
    let start = skip_blank(bytes, colon + 1);
    let end = start
        + bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    if end == start
        || bytes
            .get(end)
            .is_some_and(|b| is_identifier_byte(*b) || *b == b'.')
    {
        return None;
    }
    let digits = std::str::from_utf8(&bytes[start..end]).ok()?;
    Some((digits.parse().ok()?, start))
}

fn skip_blank(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match bytes.get(at) {
            Some(b) if b.is_ascii_whitespace() => at += 1,
            Some(b'/') if bytes.get(at + 1) == Some(&b'/') => at = after_line(bytes, at),
            Some(b'/') if bytes.get(at + 1) == Some(&b'*') => {
                at = after_block_comment(bytes, at + 2);
            }
            _ => return at,
        }
    }
}

fn is_identifier_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn after_identifier(bytes: &[u8], at: usize) -> usize {
    at + bytes[at..]
        .iter()
        .take_while(|b| is_identifier_byte(**b))
        .count()
}

/// After a `"…"` string whose content starts at `at` (a backslash escapes the next byte).
fn after_string(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// After a `'…'` character literal whose content starts at `at`.
fn after_char(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'\'' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

fn after_line(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(bytes.len(), |end| at + end + 1)
}

/// After a block comment whose content starts at `at`; RON's block comments nest.
fn after_block_comment(bytes: &[u8], mut at: usize) -> usize {
    let mut open = 1;
    while at < bytes.len() {
        if bytes[at..].starts_with(b"/*") {
            open += 1;
            at += 2;
        } else if bytes[at..].starts_with(b"*/") {
            open -= 1;
            at += 2;
            if open == 0 {
                return at;
            }
        } else {
            at += 1;
        }
    }
    bytes.len()
}

/// Whether `r` at `at` starts a raw string (`r"…"` or `r#"…"#`), not an identifier.
fn is_raw_string_start(bytes: &[u8], at: usize) -> bool {
    let starts_word = at == 0 || !is_identifier_byte(bytes[at - 1]);
    let hashes = bytes[at + 1..].iter().take_while(|b| **b == b'#').count();
    starts_word && bytes.get(at + 1 + hashes) == Some(&b'"')
}

/// After a raw string whose hashes start at `at` (just after the `r`).
fn after_raw_string(bytes: &[u8], at: usize) -> usize {
    let hashes = bytes[at..].iter().take_while(|b| **b == b'#').count();
    let content = at + hashes + 1;
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    bytes[content..]
        .windows(closing.len())
        .position(|window| window == closing.as_slice())
        .map_or(bytes.len(), |end| content + end + closing.len())
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
