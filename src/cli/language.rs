//! `--lang`: the language a command writes its words in (the report's, or the score's). English
//! unless asked, whatever the machine's language, so that one assessment and date give the same
//! bytes on every machine.

use crate::present::language::Language;

/// The `--lang` option.
#[derive(Clone, Copy, Debug, clap::Args)]
pub(super) struct LanguageArgs {
    /// The language of the words written: en (English), fr (French) or zh-HK (Traditional
    /// Chinese, Hong Kong). English by default.
    #[arg(long = "lang", value_name = "LANG", value_parser = parse_language, default_value = "en")]
    pub language: Language,
}

/// A language we speak, by its tag ("fr", "zh-HK"; "fr-BE" and "zh-Hant" are taken too).
fn parse_language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        format!("msgdpia speaks {}", known.join(", "))
    })
}

/// An error as `words`' language says it: a file's problems in its words, the rest (the
/// operating system's, a library's) as they came, each cause after the one it explains.
pub(super) fn worded(error: &anyhow::Error, words: &crate::present::vocabulary::Words) -> String {
    use crate::diagnostic::{InWords, InvalidFile};
    use crate::opening::OpenError;
    let mut parts = Vec::new();
    for cause in error.chain() {
        if let Some(invalid) = cause.downcast_ref::<InvalidFile>() {
            parts.push(invalid.in_words(words));
            break;
        }
        if let Some(open) = cause.downcast_ref::<OpenError>() {
            parts.push(open.in_words(words));
            break;
        }
        parts.push(cause.to_string());
    }
    parts.join(": ")
}
