//! `--lang`: the language a command writes its words in: the report's or the score's, and its
//! prompts, notes and errors. English unless asked, whatever the machine's language, so that one
//! assessment and date give the same bytes on every machine.

use crate::present::language::Language;

/// The `--lang` option.
#[derive(Clone, Copy, Debug, clap::Args)]
pub(super) struct LanguageArgs {
    /// The language of the words written: en (English), fr (French) or zh-HK (Traditional
    /// Chinese, Hong Kong). English by default.
    #[arg(long = "lang", value_name = "LANG", value_parser = parse_language, default_value = "en")]
    pub language: Language,
}

/// A language we speak, by its tag ("fr", "zh-HK"; "fr-BE" and "zh-Hant" are taken too). The
/// refusal is in English: clap reads `--lang` before any language is known.
fn parse_language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        format!("msgdpia speaks {}", known.join(", "))
    })
}

/// An error as `words`' language says it: msgdpia's own in its words (a file's problems, a
/// file that cannot be read or written, a passphrase), the rest (the operating system's, a
/// library's) as they came, each cause after the one it explains.
pub(super) fn worded(error: &anyhow::Error, words: &crate::present::vocabulary::Words) -> String {
    use crate::diagnostic::InvalidFile;
    use crate::opening::OpenError;
    let mut parts = Vec::new();
    for cause in error.chain() {
        parts.push(crate::worded::error_in_words(cause, words));
        // These list every problem themselves: their sources would repeat them.
        if cause.is::<InvalidFile>() || cause.is::<OpenError>() {
            break;
        }
    }
    parts.join(": ")
}
