//! A text file as the loaders see it: a name for messages, the text, and a way to turn a place in
//! the text into a line and column.
//!
//! ron reports line and column for syntax errors only; once a file has parsed, the values carry
//! no position. To point a DPO at the offending id in a file that parsed but does not make sense
//! (an unknown risk, a duplicate id), we search the text for the id's string literal, starting
//! from the declaration of the item that contains it. That is a search, not a parse, so it can
//! only land on a quoted string that really is in the file; at worst it lands on an earlier
//! occurrence of the same string inside the same item.

/// A named text, such as a questionnaire read from disk or embedded in the binary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    name: String,
    text: String,
}

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
            text: text.into(),
        }
    }

    /// The name used in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
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
        let from = self.offset_of(path, 0);
        let mut tokens = crate::ron_tokens::tokens(&self.text[from..]).peekable();
        while let Some(token) = tokens.next() {
            let names_field = token.kind == crate::ron_tokens::TokenKind::Name
                && token.text(&self.text[from..]) == field
                && tokens
                    .peek()
                    .is_some_and(|next| next.kind == crate::ron_tokens::TokenKind::Colon);
            if names_field {
                tokens.next();
                let value = tokens.next().map_or(token.start, |value| value.start);
                return self.location_of(from + value);
            }
        }
        self.location_of(from)
    }

    fn offset_of(&self, path: &[&str], nth: usize) -> usize {
        let mut found = 0;
        let mut from = 0;
        for (index, id) in path.iter().enumerate() {
            let skip = if index + 1 == path.len() { nth } else { 0 };
            match self.find_literal(id, from, skip) {
                Some(offset) => {
                    found = offset;
                    from = offset + 1;
                }
                None => break,
            }
        }
        found
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
