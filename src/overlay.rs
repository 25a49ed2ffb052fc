//! Words in another language put in place of a file's own, item by item and field by field,
//! each checked: every text translated, nothing the original lacks, every placeholder
//! (`{answer}`) kept. The questionnaire's and the knowledge base's translations are read with it.

use crate::diagnostic::{Findings, Said};

/// An item of a file, or its translation, known by its id.
pub(crate) trait Keyed {
    /// The id.
    fn key(&self) -> &str;

    /// Whether the item has words of its own to translate (most do).
    fn has_words(&self) -> bool {
        true
    }
}

/// Makes each of these types, which have an `id`, [`Keyed`] by it.
macro_rules! keyed_by_id {
    ($($type:ty),+ $(,)?) => {
        $(impl $crate::overlay::Keyed for $type {
            fn key(&self) -> &str {
                &self.id
            }
        })+
    };
}
pub(crate) use keyed_by_id;

/// Puts translated words in place, recording what is wrong with them.
pub(crate) struct Words<'f, 'a> {
    pub(crate) findings: &'f mut Findings<'a>,
    /// What is translated: "questionnaire", "knowledge base".
    original: &'static str,
}

impl<'f, 'a> Words<'f, 'a> {
    /// Words to put in place of the `original`'s, recording what is wrong in `findings`.
    pub(crate) fn new(findings: &'f mut Findings<'a>, original: &'static str) -> Words<'f, 'a> {
        Words { findings, original }
    }

    /// Puts `given` in place of `text`: a text the original has must be translated, keeping
    /// its placeholders; one it lacks must stay empty.
    pub(crate) fn put(&mut self, text: &mut String, given: String, path: &[&str], field: &str) {
        match (text.trim().is_empty(), given.trim().is_empty()) {
            (true, true) => {}
            (false, true) => self.findings.error_at_field(
                path,
                field,
                Said::new("overlay-not-translated")
                    .with("field", field)
                    .with("text", &*text),
            ),
            (true, false) => self.findings.error_at_field(
                path,
                field,
                self.about("overlay-nothing-to-translate")
                    .with("field", field),
            ),
            (false, false) => {
                let expected = placeholders(text);
                let found = placeholders(&given);
                if expected == found {
                    *text = given;
                } else {
                    let differ = self.placeholders_differ(&expected, &found);
                    self.findings.error_at_field(path, field, differ);
                }
            }
        }
    }

    /// The message `id`, about the original: its `$original` is "questionnaire" or
    /// "knowledge-base", which the message words in its language.
    fn about(&self, id: &'static str) -> Said {
        Said::new(id).with("original", self.original.replace(' ', "-"))
    }

    /// That a translation's placeholders (`found`) differ from the original's (`expected`):
    /// either list may be empty, which the message says in words ("none").
    fn placeholders_differ(&self, expected: &[&str], found: &[&str]) -> Said {
        match (expected.is_empty(), found.is_empty()) {
            (true, _) => self
                .about("overlay-placeholders-added")
                .with("found", found.join(", ")),
            (false, true) => self
                .about("overlay-placeholders-dropped")
                .with("expected", expected.join(", ")),
            (false, false) => self
                .about("overlay-placeholders-differ")
                .with("expected", expected.join(", "))
                .with("found", found.join(", ")),
        }
    }

    /// Matches the translated items to the original's by id, each exactly once, and
    /// translates each pair with `translate`. The items are those of `list`, inside the item
    /// `parent` leads to (the file itself when empty).
    pub(crate) fn each<T: Keyed, G: Keyed>(
        &mut self,
        items: &mut [T],
        given: Vec<G>,
        (parent, list): (&[&str], &str),
        mut translate: impl FnMut(&mut Self, &mut T, G),
    ) {
        let mut translated = Vec::new();
        // An id is looked for within its list: the same id may name an item of another list.
        let anchor = format!("@{list}");
        let within: Vec<&str> = if parent.is_empty() {
            vec![anchor.as_str()]
        } else {
            parent.to_vec()
        };
        for words in given {
            let id = words.key().to_string();
            let mut path = within.clone();
            path.push(id.as_str());
            if translated.contains(&id) {
                // Said where it is given the second time.
                let location = self.findings.source().locate_nth(&path, 1);
                self.findings.error_at(
                    location,
                    Said::new("overlay-translated-twice").with("id", &id),
                );
                continue;
            }
            match items.iter_mut().find(|item| item.key() == id) {
                Some(item) => {
                    translated.push(id);
                    translate(self, item, words);
                }
                None => {
                    let unknown = self
                        .about("overlay-unknown-item")
                        .with("list", list)
                        .with("id", &id);
                    self.findings.error(&path, unknown);
                }
            }
        }
        for item in items.iter().filter(|item| item.has_words()) {
            let id = item.key().to_string();
            if !translated.contains(&id) {
                let missing = self
                    .about("overlay-item-not-translated")
                    .with("id", id)
                    .with("list", list);
                self.findings.error_at_field(parent, list, missing);
            }
        }
    }
}

/// The placeholders of a text (`{answer}`, `{answer_lower}`), sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .match_indices('{')
        .filter_map(|(start, _)| {
            let end = text[start..].find('}')?;
            Some(&text[start..=start + end])
        })
        .collect();
    found.sort_unstable();
    found
}
