//! What a PDF cannot show as written (`pdf::PrintWarning`), in words: said before the file is
//! written, by the command line and by the app's export confirmation.

use super::joining;
use super::vocabulary::Words;
use crate::pdf::PrintWarning;
use fluent_bundle::FluentArgs;

/// How many of the characters no font draws are named; the rest are counted.
const NAMED_AT_MOST: usize = 20;

/// The warnings, each in words and run together as the language runs a list of clauses; `None`
/// when there are none.
pub fn in_words(warnings: &[PrintWarning], words: &Words) -> Option<String> {
    let worded: Vec<String> = warnings.iter().map(|w| one_in_words(w, words)).collect();
    (!worded.is_empty()).then(|| worded.join(&words.get("list-semicolon")))
}

/// One warning in words.
fn one_in_words(warning: &PrintWarning, words: &Words) -> String {
    match warning {
        PrintWarning::Unprintable(missing) => unprintable_in_words(missing, words),
        PrintWarning::RightToLeft(first) => words.with_texts(
            "print-right-to-left",
            &[
                ("character", &first.to_string()),
                ("code", &code_point(*first)),
            ],
        ),
    }
}

/// "the report's font cannot draw 3 characters, …: 張 (U+5F35), …", the first twenty named.
fn unprintable_in_words(missing: &[char], words: &Words) -> String {
    let named: Vec<String> = missing
        .iter()
        .take(NAMED_AT_MOST)
        .map(|c| {
            words.with_texts(
                "print-character",
                &[("character", &c.to_string()), ("code", &code_point(*c))],
            )
        })
        .collect();
    let mut shown = joining::list_in(&named, words);
    let more = missing.len().saturating_sub(NAMED_AT_MOST);
    if more > 0 {
        let mut args = FluentArgs::new();
        args.set("shown", shown);
        args.set("more", more);
        shown = words.with("print-unprintable-more", &args);
    }
    let mut args = FluentArgs::new();
    args.set("count", missing.len());
    args.set("shown", shown);
    words.with("print-unprintable", &args)
}

/// A character's code point as Unicode charts write it: "05DE", "1F600".
fn code_point(c: char) -> String {
    format!("{:04X}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::language::Language;

    #[test]
    fn one_character_is_singular_and_many_are_counted_in_each_language() {
        let english = Words::new(Language::English);
        let one = in_words(&[PrintWarning::Unprintable(vec!['張'])], &english).unwrap();
        assert_eq!(
            one,
            "the report's font cannot draw 1 character, which will print as an empty box: 張 (U+5F35)"
        );
        let many: Vec<char> = ('\u{4E00}'..='\u{4E18}').collect();
        let text = in_words(&[PrintWarning::Unprintable(many)], &english).unwrap();
        assert!(text.contains("cannot draw 25 characters"), "{text}");
        assert!(text.contains("一 (U+4E00)"), "{text}");
        assert!(text.ends_with("and 5 more"), "{text}");
        let french = Words::new(Language::French);
        let text = in_words(&[PrintWarning::Unprintable(vec!['張', '偉'])], &french).unwrap();
        assert!(text.contains("2 caractères"), "{text}");
        let chinese = Words::new(Language::ChineseHongKong);
        let text = in_words(&[PrintWarning::Unprintable(vec!['ש'])], &chinese).unwrap();
        assert!(text.contains("U+05E9"), "{text}");
        assert!(!text.contains("character"), "{text}");
    }

    #[test]
    fn right_to_left_text_is_named_by_its_first_letter_after_the_missing_characters() {
        let english = Words::new(Language::English);
        let text = in_words(
            &[
                PrintWarning::Unprintable(vec!['張']),
                PrintWarning::RightToLeft('מ'),
            ],
            &english,
        )
        .unwrap();
        assert!(
            text.contains("張 (U+5F35); the report holds right-to-left text (such as מ, U+05DE)"),
            "{text}"
        );
        assert_eq!(in_words(&[], &english), None);
    }
}
