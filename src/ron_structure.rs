//! What RON's parser lets pass or reports in the wrong words, found from the tokens: brackets that
//! do not match (named with the bracket expected), text after the main item, a string left open,
//! a key or field given twice (both places named), and `NaN` or an infinity where a number goes.
//! Also where a place in the file sits: the field it belongs to, and the token found there.

use crate::diagnostic::Said;
use crate::limits::MAX_TEXT_CHARS;
use crate::ron_tokens::{Token, TokenKind, tokens};
use crate::source::{Location, SourceFile};
use std::collections::HashMap;

/// Deeper than this, the walk stops; the parser's own nesting limit reports such files.
const DEEPEST_TRACKED: usize = 128;

/// A problem with the file's structure, at a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Where the offending token starts.
    pub offset: usize,
    /// What is wrong and what is expected.
    pub message: Said,
}

/// What a value being read belongs to, as the variables of the messages that name it
/// (`format-must-be` and the like): "`required`", "the value in `Number(…)` for \"people\"".
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Subject {
    /// The form the words take: `field`, `main-item`, `value-for`, `key-of`, `item-of`,
    /// `item-of-for`, `value-in`, `value-in-for`, `field-name-in`; those that name an owner end
    /// in `-this` when it has no name ("this item").
    form: String,
    /// The field or key the value is given for, as a reader sees it.
    key: String,
    /// The item holding the value, as [`owner_name`] shows it.
    owner: String,
    /// The key the item holding the value is given for.
    parent: String,
}

impl Subject {
    /// A value named without its owner: the file's main item, or a field (`key`).
    fn alone(form: &str, key: String) -> Subject {
        Subject {
            form: form.to_string(),
            key,
            owner: String::new(),
            parent: String::new(),
        }
    }

    /// A value of `owner`, `form` saying where in it, `parent` the key `owner` is given for (the
    /// form then ends in `-for`).
    fn of(form: &str, owner: &Owner, key: String, parent: Option<String>) -> Subject {
        let owner = owner_name(owner);
        let mut form = form.to_string();
        if parent.is_some() {
            form.push_str("-for");
        }
        if owner == THIS_ITEM {
            form.push_str("-this");
        }
        Subject {
            form,
            key,
            owner,
            parent: parent.unwrap_or_default(),
        }
    }

    /// `said` with the variables that name this value.
    pub(crate) fn told(&self, said: Said) -> Said {
        said.with("subject", &self.form)
            .with("key", &self.key)
            .with("owner", &self.owner)
            .with("parent", &self.parent)
    }
}

/// What `$owner` (or `$item`) holds for an item without a name; messages say "this item".
pub(crate) const THIS_ITEM: &str = "this-item";

/// What `$found` holds for a list, a map and the end of the file; messages word them.
pub(crate) const FOUND_LIST: &str = "a-list";
/// See [`FOUND_LIST`].
pub(crate) const FOUND_MAP: &str = "a-map";
/// See [`FOUND_LIST`].
pub(crate) const FOUND_END: &str = "end-of-file";

/// What a bracket belongs to, to name it in messages.
#[derive(Clone, Debug)]
enum Owner<'a> {
    /// `Name(` or `Name{`.
    Named(&'a str),
    /// `field: (`, `field: [`, `"key": {`.
    Keyed(&'a str),
    /// Anything else.
    Unnamed,
}

/// One open bracket.
struct Frame<'a> {
    open: u8,
    opened_at: usize,
    owner: Owner<'a>,
    /// The keys (or struct fields) given so far, with where each was first given.
    keys: HashMap<&'a str, usize>,
    /// The key of the entry being read, shown as it is written.
    current_key: Option<&'a str>,
    /// Whether the next token starts an entry (just after the bracket or a comma).
    at_entry_start: bool,
    /// Whether this is the `[` of an attribute such as `#![enable(implicit_some)]`, which comes
    /// before the main item.
    is_attribute: bool,
}

/// Walks the tokens, keeping the open brackets.
struct Walk<'a> {
    source: &'a SourceFile,
    stack: Vec<Frame<'a>>,
    previous: Option<Token>,
    /// Where the main item closed, once it has.
    main_item_end: Option<usize>,
}

impl<'a> Walk<'a> {
    fn new(source: &'a SourceFile) -> Walk<'a> {
        Walk {
            source,
            stack: Vec::new(),
            previous: None,
            main_item_end: None,
        }
    }

    fn text(&self) -> &'a str {
        self.source.text()
    }

    /// `said` with the line and column of `offset`.
    fn at(&self, said: Said, offset: usize) -> Said {
        let Location { line, column } = self.source.location_of(offset);
        said.with("line", line).with("column", column)
    }

    /// Takes one token, with the one after it; a problem found stops the walk.
    fn step(&mut self, token: Token, next: Option<&Token>) -> Result<(), Problem> {
        if let Some(end) = self.main_item_end {
            return Err(self.after_main_item(token, end));
        }
        let is_key = self.is_key(token, next);
        match token.kind {
            TokenKind::Open(open) => self.open(open, token.start),
            TokenKind::Close(close) => self.close(close, token.start)?,
            TokenKind::Comma => {
                if let Some(frame) = self.stack.last_mut() {
                    frame.current_key = None;
                    frame.at_entry_start = true;
                }
            }
            TokenKind::UnclosedComment => {
                return Err(Problem {
                    offset: token.start,
                    message: Said::new("format-comment-never-closed"),
                });
            }
            TokenKind::Text { closed: false } => {
                return Err(Problem {
                    offset: token.start,
                    message: Said::new("format-text-never-closed"),
                });
            }
            TokenKind::Text { closed: true } => {
                self.check_runaway_text(token, next)?;
                self.check_text_length(token)?;
            }
            TokenKind::Name if !is_key && !names_a_variant(next) => {
                self.check_ordinary_number(token)?;
            }
            _ => {}
        }
        if is_key {
            self.add_key(token)?;
        }
        if !matches!(token.kind, TokenKind::Comma | TokenKind::Open(_))
            && let Some(frame) = self.stack.last_mut()
        {
            frame.at_entry_start = false;
        }
        self.previous = Some(token);
        Ok(())
    }

    fn is_key(&self, token: Token, next: Option<&Token>) -> bool {
        let Some(frame) = self.stack.last() else {
            return false;
        };
        let can_be_key = match frame.open {
            b'(' => token.kind == TokenKind::Name,
            b'{' => !matches!(
                token.kind,
                TokenKind::Open(_) | TokenKind::Close(_) | TokenKind::Colon | TokenKind::Comma
            ),
            _ => false,
        };
        can_be_key && frame.at_entry_start && next.is_some_and(|n| n.kind == TokenKind::Colon)
    }

    fn open(&mut self, open: u8, offset: usize) {
        let owner = match self.previous {
            Some(p) if p.kind == TokenKind::Name && p.end == offset => {
                Owner::Named(p.text(self.text()))
            }
            // `Choices([`: the list is what `Choices(…)` holds.
            Some(p) if matches!(p.kind, TokenKind::Open(_)) => self
                .stack
                .last()
                .map_or(Owner::Unnamed, |parent| parent.owner.clone()),
            Some(p) if p.kind == TokenKind::Colon => self
                .stack
                .last()
                .and_then(|frame| frame.current_key)
                .map_or(Owner::Unnamed, Owner::Keyed),
            _ => Owner::Unnamed,
        };
        let is_attribute = open == b'['
            && self.stack.is_empty()
            && self.previous.is_some_and(|p| p.text(self.text()) == "!");
        self.stack.push(Frame {
            is_attribute,
            open,
            opened_at: offset,
            owner,
            keys: HashMap::new(),
            current_key: None,
            at_entry_start: true,
        });
    }

    fn close(&mut self, close: u8, offset: usize) -> Result<(), Problem> {
        let Some(frame) = self.stack.pop() else {
            return Err(Problem {
                offset,
                message: Said::new("format-closes-nothing").with("close", close as char),
            });
        };
        let expected = closing_of(frame.open);
        if close != expected {
            let message = Said::new("format-wrong-bracket")
                .with("expected", expected as char)
                .with("open", frame.open as char)
                .with("found", close as char);
            return Err(Problem {
                offset,
                message: self.at(message, frame.opened_at),
            });
        }
        if self.stack.is_empty() && !frame.is_attribute {
            self.main_item_end = Some(offset);
        }
        Ok(())
    }

    fn after_main_item(&self, token: Token, end: usize) -> Problem {
        let message = Said::new("format-text-after-main-item")
            .with("found", describe_token(self.text(), token, None));
        Problem {
            offset: token.start,
            message: self.at(message, end),
        }
    }

    fn add_key(&mut self, token: Token) -> Result<(), Problem> {
        let key = token.text(self.text());
        let place_of_first = {
            let frame = self
                .stack
                .last()
                .expect("a key is only read inside a bracket");
            frame.keys.get(key).copied()
        };
        if let Some(first) = place_of_first {
            let frame = self.stack.last().expect("checked above");
            let id = if frame.open == b'(' {
                "format-field-twice"
            } else {
                "format-key-twice"
            };
            let message = Said::new(id)
                .with("key", key)
                .with("owner", owner_name(&frame.owner));
            return Err(Problem {
                offset: token.start,
                message: self.at(message, first),
            });
        }
        let frame = self.stack.last_mut().expect("checked above");
        frame.keys.insert(key, token.start);
        frame.current_key = Some(key);
        Ok(())
    }

    /// A string running over a line break and straight into a name is almost always one whose
    /// closing quote was forgotten; the parser would call it a missing comma further on.
    fn check_runaway_text(&self, token: Token, next: Option<&Token>) -> Result<(), Problem> {
        let spans_lines = token.text(self.text()).contains('\n');
        if spans_lines && next.is_some_and(|n| n.kind == TokenKind::Name) {
            let line_end = self.source.location_of(token.end).line;
            return Err(Problem {
                offset: token.start,
                message: Said::new("format-text-runs-on").with("line", line_end),
            });
        }
        Ok(())
    }

    /// Refuses a text longer than [`MAX_TEXT_CHARS`] before anything lays it out.
    fn check_text_length(&self, token: Token) -> Result<(), Problem> {
        let written = token.text(self.text());
        // Counting characters costs a pass; bytes bound them from above.
        if written.len() <= MAX_TEXT_CHARS {
            return Ok(());
        }
        let length = characters_of_text(written);
        if length <= MAX_TEXT_CHARS {
            return Ok(());
        }
        Err(Problem {
            offset: token.start,
            message: self
                .subject()
                .told(Said::new("format-text-too-long"))
                .with("length", length)
                .with("limit", MAX_TEXT_CHARS),
        })
    }

    fn check_ordinary_number(&self, token: Token) -> Result<(), Problem> {
        let name = token.text(self.text());
        let bare = name.trim_start_matches(['+', '-']);
        if matches!(bare, "NaN" | "inf" | "infinity") {
            return Err(Problem {
                offset: token.start,
                message: self
                    .subject()
                    .told(Said::new("format-not-ordinary-number"))
                    .with("value", name)
                    .with(
                        "which",
                        if bare == "NaN" {
                            "not-a-number"
                        } else {
                            "infinite"
                        },
                    ),
            });
        }
        Ok(())
    }

    /// What the value being read belongs to: "`required`", "the value in `Number(…)`".
    fn subject(&self) -> Subject {
        let Some(frame) = self.stack.last() else {
            return Subject::alone("main-item", String::new());
        };
        let parent_key = self
            .stack
            .iter()
            .rev()
            .nth(1)
            .and_then(|parent| parent.current_key);
        // `Number(…)` alone does not say which answer; the key it is the value of does.
        let parent = match (&frame.owner, parent_key) {
            (Owner::Keyed(_), _) | (_, None) => None,
            (_, Some(key)) => Some(shown_key(key)),
        };
        let owner = &frame.owner;
        match (frame.current_key, frame.open) {
            (Some(key), b'(') => Subject::alone("field", format!("`{key}`")),
            (Some(key), _) => Subject::of("value-for", owner, shown_key(key), None),
            (None, b'{') if frame.at_entry_start => {
                Subject::of("key-of", owner, String::new(), None)
            }
            (None, b'[') => Subject::of("item-of", owner, String::new(), parent),
            (None, _) => Subject::of("value-in", owner, String::new(), parent),
        }
    }
}

/// How many characters a string token holds once read: an escape such as `\n` or `\u{301}` is
/// one character, as it was when typed into the app.
fn characters_of_text(written: &str) -> usize {
    let written = written.strip_prefix('b').unwrap_or(written);
    if let Some(raw) = written.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        return raw.chars().count().saturating_sub(2 * hashes + 2);
    }
    let content = written.strip_prefix('"').unwrap_or(written);
    let content = content.strip_suffix('"').unwrap_or(content);
    let mut count = 0;
    let mut chars = content.chars();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.next() == Some('u') {
            // `\u{…}`: up to its closing brace.
            for inner in chars.by_ref() {
                if inner == '}' {
                    break;
                }
            }
        }
        count += 1;
    }
    count
}

/// Whether the token after a name makes it a variant or a struct name rather than a value.
fn names_a_variant(next: Option<&Token>) -> bool {
    next.is_some_and(|n| matches!(n.kind, TokenKind::Open(_) | TokenKind::Colon))
}

fn closing_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// An item as messages name it: "`Name(…)`", a key, or [`THIS_ITEM`].
fn owner_name(owner: &Owner) -> String {
    match owner {
        Owner::Named(name) => format!("`{name}(…)`"),
        Owner::Keyed(key) => shown_key(key),
        Owner::Unnamed => THIS_ITEM.to_string(),
    }
}

/// A key as a reader sees it: a field name in backquotes, a quoted key as written.
fn shown_key(key: &str) -> String {
    if key.starts_with('"') {
        key.to_string()
    } else {
        format!("`{key}`")
    }
}

/// The first structural problem of the file, if any.
pub(crate) fn first_problem(source: &SourceFile) -> Option<Problem> {
    let mut walk = Walk::new(source);
    let mut tokens = tokens(source.text()).peekable();
    while let Some(token) = tokens.next() {
        if let Err(problem) = walk.step(token, tokens.peek()) {
            return Some(problem);
        }
        if walk.stack.len() > DEEPEST_TRACKED {
            return None;
        }
    }
    let unclosed = walk.stack.last()?;
    Some(Problem {
        offset: unclosed.opened_at,
        message: Said::new("format-unclosed-at-end")
            .with("open", unclosed.open as char)
            .with("close", closing_of(unclosed.open) as char),
    })
}

/// Where `offset` sits: the value it belongs to, and the token found there.
pub(crate) struct Place {
    /// Where the token found starts (the end of the text when there is none).
    pub offset: usize,
    /// "`required`", "the value in `Number(…)` for \"people_count\"".
    pub subject: Subject,
    /// The token as a reader would point at it, for `$found`: "\"yes\"", "`1.5`", or
    /// [`FOUND_LIST`], [`FOUND_MAP`], [`FOUND_END`].
    pub found: String,
}

/// What the token at `offset` is and which value it belongs to.
pub(crate) fn place_of(source: &SourceFile, offset: usize) -> Place {
    let mut walk = Walk::new(source);
    let mut tokens = tokens(source.text()).peekable();
    while let Some(token) = tokens.next() {
        if token.end > offset {
            let next = tokens.peek().copied();
            // A stray symbol where an entry starts stands where a field name would.
            let subject = match walk.stack.last() {
                Some(frame) if frame.at_entry_start && token.kind == TokenKind::Other => {
                    Subject::of("field-name-in", &frame.owner, String::new(), None)
                }
                _ => walk.subject(),
            };
            return Place {
                offset: token.start,
                subject,
                found: describe_token(source.text(), token, next.as_ref()),
            };
        }
        let next = tokens.peek().copied();
        if walk.step(token, next.as_ref()).is_err() || walk.stack.len() > DEEPEST_TRACKED {
            break;
        }
    }
    Place {
        offset: source.text().len(),
        subject: walk.subject(),
        found: FOUND_END.to_string(),
    }
}

/// A token as a reader would point at it, for `$found`.
fn describe_token(text: &str, token: Token, next: Option<&Token>) -> String {
    let written = token.text(text);
    match token.kind {
        TokenKind::Open(b'[') => FOUND_LIST.to_string(),
        TokenKind::Open(b'{') => FOUND_MAP.to_string(),
        TokenKind::Open(_) => "`(…)`".to_string(),
        TokenKind::Name if next.is_some_and(|n| n.kind == TokenKind::Open(b'(')) => {
            format!("`{written}(…)`")
        }
        TokenKind::Text { .. } => shortened(written),
        _ => format!("`{}`", shortened(written)),
    }
}

/// At most 40 characters of a long token, ending in "…".
fn shortened(written: &str) -> String {
    const LONGEST: usize = 40;
    match written.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", &written[..cut]),
        None => written.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::vocabulary::Words;

    fn problem(text: &str) -> Option<(Location, String)> {
        let source = SourceFile::new("f.ron", text);
        first_problem(&source).map(|p| {
            (
                source.location_of(p.offset),
                p.message.in_words(Words::english()),
            )
        })
    }

    /// A place's subject and token as an English message words them.
    fn told(place: &Place) -> String {
        place
            .subject
            .told(Said::new("format-must-be"))
            .with("expected", "a-number")
            .with("found", &place.found)
            .in_words(Words::english())
    }

    fn at(line: usize, column: usize) -> Location {
        Location { line, column }
    }

    #[test]
    fn a_well_formed_file_has_no_problem() {
        let text = "// note\nA(a: [1, 2], b: {\"k\": B(x: 1.5)}, c: None, d: -2e-3)\n";
        assert_eq!(problem(text), None);
    }

    #[test]
    fn a_mismatched_bracket_names_the_one_expected_and_where_it_opened() {
        let (place, message) = problem("A(\n  list: [1, 2),\n)").unwrap();
        assert_eq!(place, at(2, 14));
        assert_eq!(
            message,
            "expected `]` to close the `[` at line 2, column 9; found `)`"
        );
    }

    #[test]
    fn text_after_the_main_item_is_pointed_at() {
        let (place, message) = problem("A(x: 1)\n)").unwrap();
        assert_eq!(place, at(2, 1));
        assert!(message.contains("closes at line 1, column 7"), "{message}");
    }

    #[test]
    fn an_unclosed_bracket_is_named_where_it_opens() {
        let (place, message) = problem("A(\n  b: B(x: 1,\n)").unwrap();
        assert_eq!(place, at(1, 2));
        assert_eq!(
            message,
            "the file ends before this `(` is closed: a `)` is missing (was the file cut short?)"
        );
        assert_eq!(problem("#![enable(implicit_some)]\nA(x: 1)"), None);
    }

    #[test]
    fn a_key_or_field_given_twice_names_both_places() {
        let (place, message) =
            problem("A(\n  m: {\n    \"k\": 1,\n    \"k\": 2,\n  },\n)").unwrap();
        assert_eq!(place, at(4, 5));
        assert_eq!(
            message,
            "`m` holds the key \"k\" twice: first at line 3, column 5, and again here; keep one"
        );
        let (place, message) = problem("Meta(a: 1, b: 2, a: 3)").unwrap();
        assert_eq!(place, at(1, 18));
        assert!(
            message.starts_with(
                "the field `a` is given twice in `Meta(…)`: first at line 1, column 6"
            ),
            "{message}"
        );
        // The same key in two different maps is fine.
        assert_eq!(problem("A(x: {\"k\": 1}, y: {\"k\": 1})"), None);
    }

    #[test]
    fn nan_and_infinities_are_refused_where_a_number_goes() {
        let (place, message) = problem("Q(min: 0, max: NaN)").unwrap();
        assert_eq!(place, at(1, 16));
        assert_eq!(
            message,
            "`max` must be an ordinary number; found `NaN`, which is not a number"
        );
        let (_, message) = problem("A(m: {\"n\": Number(-inf)})").unwrap();
        assert_eq!(
            message,
            "the value in `Number(…)` for \"n\" must be an ordinary number; found `-inf`, which is infinite"
        );
        assert_eq!(problem("A(kind: NaNish, x: inf_ok)"), None);
    }

    #[test]
    fn a_text_over_the_limit_is_refused_wherever_it_is() {
        let note = "n".repeat(MAX_TEXT_CHARS + 1);
        let text = format!("A(judgement: J(notes: {{\"q1\": \"{note}\"}}))");
        let (place, message) = problem(&text).unwrap();
        assert_eq!(place, at(1, 30));
        assert!(
            message.starts_with("the value for \"q1\" in `notes` is 100001 characters long"),
            "{message}"
        );
        let at_limit = format!("A(x: \"{}\")", "é".repeat(MAX_TEXT_CHARS));
        assert_eq!(problem(&at_limit), None);
        // Line breaks and quotes are written escaped: each is still one character.
        let escaped = format!(
            "A(x: \"{}\")",
            "a\\n\\\"\\u{301}".repeat(MAX_TEXT_CHARS / 4)
        );
        assert_eq!(problem(&escaped), None);
        assert_eq!(characters_of_text("r#\"ab\"#"), 2);
        assert_eq!(characters_of_text("\"a\\tb\""), 3);
    }

    #[test]
    fn a_string_left_open_is_found_where_it_starts() {
        let (place, message) = problem("M(a: \"x,\n  b: \"y\")").unwrap();
        assert_eq!(place, at(1, 6));
        assert!(message.contains("probably not closed"), "{message}");
        let (place, _) = problem("M(a: \"x)").unwrap();
        assert_eq!(place, at(1, 6));
        // A text on several lines, properly closed, is fine.
        assert_eq!(problem("M(a: \"x\ny\", b: 1)"), None);
    }

    #[test]
    fn a_place_names_its_field_and_the_token_found() {
        let text = "Q(required: \"yes\", kinds: [A, 3], m: {\"n\": Number(\"3\")})";
        let source = SourceFile::new("f.ron", text);
        let place = place_of(&source, text.find("\"yes").unwrap());
        assert_eq!(told(&place), "`required` must be a number; found \"yes\"");
        let place = place_of(&source, text.find('3').unwrap());
        assert_eq!(
            told(&place),
            "an item of `kinds` must be a number; found `3`"
        );
        let place = place_of(&source, text.find("\"3\"").unwrap());
        assert_eq!(
            told(&place),
            "the value in `Number(…)` for \"n\" must be a number; found \"3\""
        );
        assert_eq!(
            told(&place_of(&source, text.len())),
            "the file's main item must be a number; found the end of the file"
        );
        let text = "[(x: [1, 2]), {\"k\": (x: 1)}, (-1)]";
        let source = SourceFile::new("f.ron", text);
        let place = place_of(&source, text.find('2').unwrap());
        assert_eq!(told(&place), "an item of `x` must be a number; found `2`");
        let place = place_of(&source, text.find("(x: 1)").unwrap());
        assert_eq!(
            told(&place),
            "the value for \"k\" in this item must be a number; found `(…)`"
        );
        let place = place_of(&source, text.find("-1").unwrap());
        assert_eq!(
            told(&place),
            "the value in this item must be a number; found `-1`"
        );
    }
}
