//! The tokens of a RON text, in one linear pass that never fails: strings, characters, comments,
//! brackets, names and numbers, each with its byte range. The parser stops at the first problem
//! and knows nothing of positions before it; these tokens let msgdpia look around an error (the
//! field it belongs to, the token found there) and check what the parser lets pass (duplicate
//! keys, mismatched brackets, `NaN`).

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
    /// `:`.
    Colon,
    /// `,`.
    Comma,
    /// A string in double quotes, a raw string or a byte string; `closed` is false when the text
    /// ends inside it.
    Text { closed: bool },
    /// A character in single quotes.
    Character,
    /// A name: a field, a variant, `true`, `None`, `inf`, `NaN`.
    Name,
    /// A number, with its sign; `-inf` is a name.
    Number,
    /// A block comment `/* …` that the text ends inside.
    UnclosedComment,
    /// Anything else (`#`, `!`, a stray symbol).
    Other,
}

/// One token: its kind and where it is, as byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// The byte offset of its first character.
    pub start: usize,
    /// The byte offset just after it.
    pub end: usize,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// The tokens of `text`, skipping blank space and comments.
pub(crate) fn tokens(text: &str) -> Tokens<'_> {
    Tokens {
        bytes: text.as_bytes(),
        at: 0,
    }
}

/// An iterator over the tokens of a text.
pub(crate) struct Tokens<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let bytes = self.bytes;
        let start = skip_blank(bytes, self.at);
        if let Some(comment) = unclosed_comment(bytes, self.at, start) {
            self.at = bytes.len();
            return Some(Token {
                kind: TokenKind::UnclosedComment,
                start: comment,
                end: bytes.len(),
            });
        }
        let first = *bytes.get(start)?;
        let (kind, end) = match first {
            b'(' | b'[' | b'{' => (TokenKind::Open(first), start + 1),
            b')' | b']' | b'}' => (TokenKind::Close(first), start + 1),
            b':' => (TokenKind::Colon, start + 1),
            b',' => (TokenKind::Comma, start + 1),
            b'"' => string_token(bytes, start + 1),
            b'b' if bytes.get(start + 1) == Some(&b'"') => string_token(bytes, start + 2),
            b'r' if is_raw_string_start(bytes, start) => raw_string_token(bytes, start + 1),
            // A character is a few bytes on one line; a lone apostrophe (O'Brien outside quotes)
            // must not swallow the file up to the next one.
            b'\'' => match after_char(bytes, start + 1) {
                Some(end) => (TokenKind::Character, end),
                None => (TokenKind::Other, start + 1),
            },
            b'0'..=b'9' | b'.' if starts_number(bytes, start) => {
                (TokenKind::Number, after_number(bytes, start))
            }
            b'+' | b'-' if starts_number(bytes, start + 1) => {
                (TokenKind::Number, after_number(bytes, start + 1))
            }
            b'+' | b'-' if bytes.get(start + 1).is_some_and(|b| is_name_byte(*b)) => {
                (TokenKind::Name, after_name(bytes, start + 1))
            }
            byte if is_name_byte(byte) => (TokenKind::Name, after_name(bytes, start)),
            _ => (TokenKind::Other, start + utf8_width(first)),
        };
        self.at = end;
        Some(Token { kind, start, end })
    }
}

fn string_token(bytes: &[u8], content: usize) -> (TokenKind, usize) {
    let (end, closed) = after_string(bytes, content);
    (TokenKind::Text { closed }, end)
}

fn raw_string_token(bytes: &[u8], hashes: usize) -> (TokenKind, usize) {
    let (end, closed) = after_raw_string(bytes, hashes);
    (TokenKind::Text { closed }, end)
}

/// Whether a byte is part of a name or a number.
pub(crate) fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn starts_number(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(b) if b.is_ascii_digit() => true,
        Some(b'.') => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// After a number: digits, letters (for hexadecimal, exponents and suffixes), `_`, `.`, and a
/// sign just after an exponent's `e`.
fn after_number(bytes: &[u8], start: usize) -> usize {
    let hexadecimal = bytes[start..].starts_with(b"0x");
    let mut at = start;
    while let Some(&byte) = bytes.get(at) {
        let exponent_sign =
            matches!(byte, b'+' | b'-') && matches!(bytes[at - 1], b'e' | b'E') && !hexadecimal;
        if is_name_byte(byte) || byte == b'.' || exponent_sign {
            at += 1;
        } else {
            break;
        }
    }
    at
}

fn after_name(bytes: &[u8], at: usize) -> usize {
    at + bytes[at..].iter().take_while(|b| is_name_byte(**b)).count()
}

/// How many bytes the UTF-8 character starting with `first` takes.
fn utf8_width(first: u8) -> usize {
    match first {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Where a block comment that runs to the end of the text starts, if the blank space and
/// comments between `from` and `to` end with one.
fn unclosed_comment(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    if to < bytes.len() {
        return None;
    }
    let mut at = from;
    while at < to {
        match bytes[at] {
            b'/' if bytes.get(at + 1) == Some(&b'/') => at = after_line(bytes, at),
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                let (end, closed) = block_comment(bytes, at + 2);
                if !closed {
                    return Some(at);
                }
                at = end;
            }
            _ => at += 1,
        }
    }
    None
}

/// Past blank space and comments from `at`.
fn skip_blank(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match bytes.get(at) {
            Some(b) if b.is_ascii_whitespace() => at += 1,
            Some(b'/') if bytes.get(at + 1) == Some(&b'/') => at = after_line(bytes, at),
            Some(b'/') if bytes.get(at + 1) == Some(&b'*') => {
                at = block_comment(bytes, at + 2).0;
            }
            _ => return at,
        }
    }
}

/// After a `"…"` string whose content starts at `at` (a backslash escapes the next byte), and
/// whether it was closed.
fn after_string(bytes: &[u8], mut at: usize) -> (usize, bool) {
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return (at + 1, true),
            _ => at += 1,
        }
    }
    (bytes.len(), false)
}

/// After a `'…'` character literal whose content starts at `at`: at most an escape such as
/// `\u{1F600}`, on one line. `None` when no closing `'` comes within that.
fn after_char(bytes: &[u8], mut at: usize) -> Option<usize> {
    let limit = (at + 12).min(bytes.len());
    while at < limit {
        match bytes[at] {
            b'\\' => at += 2,
            b'\'' => return Some(at + 1),
            b'\n' => return None,
            _ => at += 1,
        }
    }
    None
}

fn after_line(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(bytes.len(), |end| at + end + 1)
}

/// After a block comment whose content starts at `at`, and whether it was closed; RON's block
/// comments nest.
fn block_comment(bytes: &[u8], mut at: usize) -> (usize, bool) {
    let mut open = 1;
    while at < bytes.len() {
        if bytes[at..].starts_with(b"/*") {
            open += 1;
            at += 2;
        } else if bytes[at..].starts_with(b"*/") {
            open -= 1;
            at += 2;
            if open == 0 {
                return (at, true);
            }
        } else {
            at += 1;
        }
    }
    (bytes.len(), false)
}

/// Whether `r` at `at` starts a raw string (`r"…"` or `r#"…"#`), not a name.
fn is_raw_string_start(bytes: &[u8], at: usize) -> bool {
    let hashes = bytes[at + 1..].iter().take_while(|b| **b == b'#').count();
    bytes.get(at + 1 + hashes) == Some(&b'"')
}

/// After a raw string whose hashes start at `at` (just after the `r`), and whether it was closed.
fn after_raw_string(bytes: &[u8], at: usize) -> (usize, bool) {
    let hashes = bytes[at..].iter().take_while(|b| **b == b'#').count();
    let content = at + hashes + 1;
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    bytes[content..]
        .windows(closing.len())
        .position(|window| window == closing.as_slice())
        .map_or((bytes.len(), false), |end| {
            (content + end + closing.len(), true)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_texts(text: &str) -> Vec<(TokenKind, &str)> {
        tokens(text).map(|t| (t.kind, t.text(text))).collect()
    }

    #[test]
    fn each_kind_of_token_is_told_apart_with_its_text() {
        let text = r##"A(x: -1.5e-3, y: "a\"b", z: r#"raw "q""#, c: 'c', n: -inf) // done
            /* a /* nested */ comment */ [1,]{} #!"##;
        use TokenKind::*;
        assert_eq!(
            kinds_and_texts(text),
            vec![
                (Name, "A"),
                (Open(b'('), "("),
                (Name, "x"),
                (Colon, ":"),
                (Number, "-1.5e-3"),
                (Comma, ","),
                (Name, "y"),
                (Colon, ":"),
                (Text { closed: true }, "\"a\\\"b\""),
                (Comma, ","),
                (Name, "z"),
                (Colon, ":"),
                (Text { closed: true }, "r#\"raw \"q\"\"#"),
                (Comma, ","),
                (Name, "c"),
                (Colon, ":"),
                (Character, "'c'"),
                (Comma, ","),
                (Name, "n"),
                (Colon, ":"),
                (Name, "-inf"),
                (Close(b')'), ")"),
                (Open(b'['), "["),
                (Number, "1"),
                (Comma, ","),
                (Close(b']'), "]"),
                (Open(b'{'), "{"),
                (Close(b'}'), "}"),
                (Other, "#"),
                (Other, "!"),
            ]
        );
    }

    #[test]
    fn an_unclosed_string_runs_to_the_end_and_says_so() {
        let text = "(a: \"open, b: 1)";
        let last = tokens(text).last().unwrap();
        assert_eq!(last.kind, TokenKind::Text { closed: false });
        assert_eq!(last.end, text.len());
    }

    #[test]
    fn a_block_comment_left_open_is_a_token_where_it_starts() {
        let text = "A(x: 1) /* closed */ /* open /* nested */ to the end";
        let last = tokens(text).last().unwrap();
        assert_eq!(last.kind, TokenKind::UnclosedComment);
        assert_eq!(last.start, text.find("/* open").unwrap());
        assert_eq!(
            tokens("A() /* closed */").last().unwrap().kind,
            TokenKind::Close(b')')
        );
    }

    #[test]
    fn a_non_ascii_stray_character_is_one_token_on_a_character_boundary() {
        let text = "(é)";
        let stray = tokens(text).nth(1).unwrap();
        assert_eq!((stray.kind, stray.text(text)), (TokenKind::Other, "é"));
    }
}
