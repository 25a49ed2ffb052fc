//! A text file as the loaders see it: a name for messages, the text, and a way to turn a place in
//! the text into a line and column.
//!
//! ron reports line and column for syntax errors only; once a file has parsed, the values carry
//! no position. To point a DPO at the offending id in a file that parsed but does not make sense
//! (an unknown risk, a duplicate id), we search the text for the id's string literal, starting
//! from the declaration of the item that contains it. That is a search, not a parse, so it can
//! only land on a quoted string that really is in the file; at worst it lands on an earlier
//! occurrence of the same string inside the same item.

use std::borrow::Cow;
use std::sync::OnceLock;

/// A named text, such as a questionnaire read from disk or embedded in the binary.
#[derive(Clone, Debug)]
pub struct SourceFile {
    name: String,
    /// Borrowed for a text built into the binary (the knowledge base alone is 450 KB, which
    /// every report copied), owned for one read from disk.
    text: Cow<'static, str>,
    /// Whether the text is one shipped inside the binary, which the test suite checks in full.
    built_in: bool,
    /// The text's SHA-256, worked out when first asked: a report asks for the knowledge base's
    /// twice (its fingerprint, then whether a translation fits it), and hashing it is costly.
    digest: OnceLock<String>,
}

impl PartialEq for SourceFile {
    fn eq(&self, other: &SourceFile) -> bool {
        self.name == other.name && self.text == other.text
    }
}

impl Eq for SourceFile {}

/// A place in a source file, both numbers starting at 1. The column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl SourceFile {
    /// Wraps a text with the name messages should use for it (usually its path).
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: Cow::Owned(text.into()),
            built_in: false,
            digest: OnceLock::new(),
        }
    }

    /// A text built into the binary (the knowledge base, a questionnaire, a translation), with
    /// the name messages should use for it. It is borrowed, not copied, and marked as built
    /// in: the checks the test suite runs on every such text need not run again for each
    /// report (`ron_file::parse`).
    pub(crate) fn built_in(name: &str, text: &'static str) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            text: Cow::Borrowed(text),
            built_in: true,
            digest: OnceLock::new(),
        }
    }

    /// Whether the text was built into the binary ([`SourceFile::built_in`]).
    pub(crate) fn is_built_in(&self) -> bool {
        self.built_in
    }

    /// The SHA-256 of the text, in lower-case hex.
    pub fn sha256(&self) -> &str {
        self.digest
            .get_or_init(|| crate::fingerprint::sha256_hex(&self.text))
    }

    /// The name used in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The whole text, to keep: a text built into the binary is not copied.
    pub(crate) fn text_to_keep(&self) -> Cow<'static, str> {
        self.text.clone()
    }

    /// The location of a byte offset (clamped to the text, and to a character boundary).
    pub fn location_of(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location { line, column }
    }

    /// The byte offset of a line and column (the inverse of [`SourceFile::location_of`]); a place
    /// past the end of its line or of the text gives the end of that line or of the text.
    pub fn offset_at(&self, location: Location) -> usize {
        let line_start = if location.line <= 1 {
            0
        } else {
            match self.text.match_indices('\n').nth(location.line - 2) {
                Some((newline, _)) => newline + 1,
                None => return self.text.len(),
            }
        };
        let line = &self.text[line_start..];
        let line_length = line.find('\n').unwrap_or(line.len());
        let within = line[..line_length]
            .char_indices()
            .nth(location.column.saturating_sub(1))
            .map_or(line_length, |(offset, _)| offset);
        line_start + within
    }

    /// Finds the string literals of `path` one after the other (each searched after the previous
    /// one) and returns where the last one found starts. `locate(&["q3", "confidentiality"])`
    /// points at the reference to risk `confidentiality` inside the item whose id is `q3`.
    /// An empty path, or a first id that is not in the file, gives line 1, column 1.
    pub fn locate(&self, path: &[&str]) -> Location {
        self.location_of(self.offset_of(path, 0))
    }

    /// Like [`SourceFile::locate`], but for the `nth` occurrence (from 0) of the last id of the
    /// path: a duplicate id is reported where it appears the second time.
    pub fn locate_nth(&self, path: &[&str], nth: usize) -> Location {
        self.location_of(self.offset_of(path, nth))
    }

    /// Where the value of `field` starts, in the item `path` leads to: the first `field:` after
    /// the place [`SourceFile::locate`] finds. Falls back to that place when there is none, so a
    /// range error points at the number that is out of range rather than at its item's id.
    pub fn locate_field(&self, path: &[&str], field: &str) -> Location {
        use crate::ron_tokens::TokenKind;
        let from = self.offset_of(path, 0);
        let text = &self.text[from..];
        let mut tokens = crate::ron_tokens::tokens(text).peekable();
        // Only the item's own fields: nothing nested deeper, nothing after the item closes. With
        // no path the item is the whole file, and the first such field anywhere is taken (the
        // assessment's details sit in its `metadata`).
        let whole_file = path.is_empty();
        let mut depth = 0usize;
        while let Some(token) = tokens.next() {
            match token.kind {
                TokenKind::Open(_) => depth += 1,
                TokenKind::Close(_) if depth == 0 => break,
                TokenKind::Close(_) => depth -= 1,
                TokenKind::Name
                    if (whole_file || depth == 0)
                        && token.text(text) == field
                        && tokens
                            .next_if(|next| next.kind == TokenKind::Colon)
                            .is_some() =>
                {
                    let value = tokens.next().map_or(token.start, |value| value.start);
                    return self.location_of(from + value);
                }
                _ => {}
            }
        }
        self.location_of(from)
    }

    /// Where the value of the answer stored under `key` starts: the first token inside its
    /// brackets (`-3` in `"q": Number(-3)`, `"x"` in `"q": Choices(["x"])`). Falls back to the key.
    pub fn locate_answer_value(&self, key: &str) -> Location {
        use crate::ron_tokens::TokenKind;
        let from = self.offset_of(&[key], 0);
        let text = &self.text[from..];
        let mut tokens = crate::ron_tokens::tokens(text).skip(1).peekable();
        if tokens.next().map(|t| t.kind) != Some(TokenKind::Colon) {
            return self.location_of(from);
        }
        while let Some(token) = tokens.next() {
            let opens = tokens
                .peek()
                .is_some_and(|next| matches!(next.kind, TokenKind::Open(_)));
            match token.kind {
                TokenKind::Open(_) => continue,
                TokenKind::Name if opens => continue,
                _ => return self.location_of(from + token.start),
            }
        }
        self.location_of(from)
    }

    fn offset_of(&self, path: &[&str], nth: usize) -> usize {
        let mut found = 0;
        let mut from = 0;
        for (index, id) in path.iter().enumerate() {
            let skip = if index + 1 == path.len() { nth } else { 0 };
            // `@name` stands for the field `name:`, so that an id is looked for in one list of
            // the file only (a translation names a regime in a citation before its own entry).
            let next = match id.strip_prefix('@') {
                Some(field) => self.find_field(field, from),
                None => self.find_literal(id, from, skip),
            };
            match next {
                Some(offset) => {
                    found = offset;
                    from = offset + 1;
                }
                None => break,
            }
        }
        found
    }

    /// Where the first field `name:` at or after `from` starts.
    fn find_field(&self, name: &str, from: usize) -> Option<usize> {
        use crate::ron_tokens::TokenKind;
        let text = self.text.get(from..)?;
        let mut tokens = crate::ron_tokens::tokens(text).peekable();
        while let Some(token) = tokens.next() {
            if token.kind == TokenKind::Name
                && token.text(text) == name
                && tokens
                    .peek()
                    .is_some_and(|next| next.kind == TokenKind::Colon)
            {
                return Some(from + token.start);
            }
        }
        None
    }

    fn find_literal(&self, value: &str, from: usize, skip: usize) -> Option<usize> {
        let needle = format!("\"{value}\"");
        let mut start = from;
        let mut remaining = skip;
        loop {
            let offset = start + self.text.get(start..)?.find(&needle)?;
            if remaining == 0 {
                return Some(offset);
            }
            remaining -= 1;
            start = offset + needle.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_lines_and_characters_from_one() {
        let file = SourceFile::new("f.ron", "ab\nçd \"x\"\n");
        assert_eq!(file.location_of(0), Location { line: 1, column: 1 });
        assert_eq!(file.location_of(3), Location { line: 2, column: 1 });
        // "ç" is two bytes but one column.
        assert_eq!(file.location_of(6), Location { line: 2, column: 3 });
        assert_eq!(file.location_of(999), Location { line: 3, column: 1 });
        for offset in [0, 3, 6, 9] {
            assert_eq!(file.offset_at(file.location_of(offset)), offset);
        }
        assert_eq!(
            file.offset_at(Location { line: 9, column: 1 }),
            file.text().len()
        );
        assert_eq!(file.offset_at(Location { line: 1, column: 9 }), 2);
    }

    #[test]
    fn locate_field_points_at_the_value_of_the_field_after_the_item() {
        let text = "[\n  (id: \"a\", level: 1),\n  (id: \"b\",\n   level: /* why */ 9),\n]";
        let file = SourceFile::new("f.ron", text);
        assert_eq!(
            file.locate_field(&["b"], "level"),
            Location {
                line: 4,
                column: 21
            }
        );
        // No such field: the item itself.
        assert_eq!(file.locate_field(&["b"], "size"), file.locate(&["b"]));
        // Not a field of a later item, nor of one nested inside.
        let text = "[(id: \"a\", sub: (level: 1)), (id: \"b\", level: 2)]";
        let file = SourceFile::new("f.ron", text);
        assert_eq!(file.locate_field(&["a"], "level"), file.locate(&["a"]));
        // With no path, the first such field of the file.
        let file = SourceFile::new("f.ron", "A(\n  m: M(x: 1),\n  x: 2,\n)");
        assert_eq!(
            file.locate_field(&[], "x"),
            Location {
                line: 2,
                column: 11
            }
        );
    }

    #[test]
    fn locate_answer_value_points_inside_the_answer() {
        let text = "{\n  \"n\": Number(-3),\n  \"c\": Choices([\"x\"]),\n}";
        let file = SourceFile::new("f.ron", text);
        assert_eq!(
            file.locate_answer_value("n"),
            Location {
                line: 2,
                column: 15
            }
        );
        assert_eq!(
            file.locate_answer_value("c"),
            Location {
                line: 3,
                column: 17
            }
        );
    }

    #[test]
    fn locate_follows_the_path_and_counts_occurrences() {
        let text = "(id: \"a\", r: \"x\")\n(id: \"b\", r: \"x\", r: \"x\")";
        let file = SourceFile::new("f.ron", text);
        assert_eq!(
            file.locate(&["b", "x"]),
            Location {
                line: 2,
                column: 14
            }
        );
        assert_eq!(
            file.locate_nth(&["b", "x"], 1),
            Location {
                line: 2,
                column: 22
            }
        );
        assert_eq!(file.locate(&["nowhere"]), Location { line: 1, column: 1 });
        // A missing later id stops at the last one found.
        assert_eq!(file.locate(&["b", "zzz"]), Location { line: 2, column: 6 });
    }
}
