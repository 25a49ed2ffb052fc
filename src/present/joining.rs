//! Joining words as each language joins them: a list ("a, b and c"; 「甲、乙及丙」) and whole
//! sentences (a space between them in English and French, none in Chinese).

use super::vocabulary::Words;

/// "a", "a and b", "a, b and c", joined as `words`' language joins a list.
pub fn list_in(items: &[String], words: &Words) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => words.with_texts(
            "list-last",
            &[
                ("init", &init.join(&words.get("list-separator"))),
                ("last", last),
            ],
        ),
    }
}

/// Whole sentences, each with its own full stop, run together as the language runs them: with
/// a space in English and French, with nothing between them in Chinese. A sentence in a Latin
/// script (a typed answer, a source's words, quoted in a Chinese report) is followed by a space
/// whatever the language, as its full stop needs one.
pub fn sentences(sentences: &[String], words: &Words) -> String {
    let between = words.get("sentence-separator");
    let mut text = String::new();
    for sentence in sentences {
        if !text.is_empty() {
            if between.is_empty() && text.ends_with(|c: char| c.is_ascii_punctuation()) {
                text.push(' ');
            } else {
                text.push_str(&between);
            }
        }
        text.push_str(sentence);
    }
    text
}
