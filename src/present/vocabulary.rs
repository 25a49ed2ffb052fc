//! The one source of the interface's words: Project Fluent messages in `assets/locales/<tag>/`,
//! embedded in the binary, looked up by id in the chosen language. Plurals and other forms that
//! depend on a number are chosen by Fluent from the language's own rules, so no caller builds
//! "1 questions". A message missing in a language falls back to English, and one missing
//! there to its id; the tests make sure neither happens.

/// A message's variables, by name.
pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::language::Language;

/// The message files of each language, as shipped: the app's words; the report's (which the
/// command line prints too); the sentences the report writes from the answers and the ratings;
/// the methodology the report ends with; what the file loaders say is wrong with a file (its
/// format, a questionnaire, a knowledge base, an assessment).
const SOURCES: [(Language, [&str; 8]); 3] = [
    (
        Language::English,
        [
            include_str!("../../assets/locales/en/app.ftl"),
            include_str!("../../assets/locales/en/report.ftl"),
            include_str!("../../assets/locales/en/prose.ftl"),
            include_str!("../../assets/locales/en/methodology.ftl"),
            include_str!("../../assets/locales/en/errors-format.ftl"),
            include_str!("../../assets/locales/en/errors-questionnaire.ftl"),
            include_str!("../../assets/locales/en/errors-knowledge.ftl"),
            include_str!("../../assets/locales/en/errors-assessment.ftl"),
        ],
    ),
    (
        Language::French,
        [
            include_str!("../../assets/locales/fr/app.ftl"),
            include_str!("../../assets/locales/fr/report.ftl"),
            include_str!("../../assets/locales/fr/prose.ftl"),
            include_str!("../../assets/locales/fr/methodology.ftl"),
            include_str!("../../assets/locales/fr/errors-format.ftl"),
            include_str!("../../assets/locales/fr/errors-questionnaire.ftl"),
            include_str!("../../assets/locales/fr/errors-knowledge.ftl"),
            include_str!("../../assets/locales/fr/errors-assessment.ftl"),
        ],
    ),
    (
        Language::ChineseHongKong,
        [
            include_str!("../../assets/locales/zh-HK/app.ftl"),
            include_str!("../../assets/locales/zh-HK/report.ftl"),
            include_str!("../../assets/locales/zh-HK/prose.ftl"),
            include_str!("../../assets/locales/zh-HK/methodology.ftl"),
            include_str!("../../assets/locales/zh-HK/errors-format.ftl"),
            include_str!("../../assets/locales/zh-HK/errors-questionnaire.ftl"),
            include_str!("../../assets/locales/zh-HK/errors-knowledge.ftl"),
            include_str!("../../assets/locales/zh-HK/errors-assessment.ftl"),
        ],
    ),
];

/// The names of each language's message files, in the order `sources` gives them.
pub const FILES: [&str; 8] = [
    "app.ftl",
    "report.ftl",
    "prose.ftl",
    "methodology.ftl",
    "errors-format.ftl",
    "errors-questionnaire.ftl",
    "errors-knowledge.ftl",
    "errors-assessment.ftl",
];

/// The Fluent sources of `language`'s messages, one per file of `FILES`.
pub fn sources(language: Language) -> [&'static str; 8] {
    SOURCES
        .iter()
        .find(|(l, _)| *l == language)
        .map_or([""; 8], |(_, texts)| *texts)
}

/// The Fluent source of `language`'s messages, its files one after the other.
pub fn source(language: Language) -> String {
    sources(language).join("\n")
}

/// The interface's words in one language.
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Words {
    /// The language only: the messages are the shipped files'.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Words {
    /// The words of `language`.
    pub fn new(language: Language) -> Words {
        Words {
            language,
            bundle: bundle(language),
            english: (language != Language::English).then(|| bundle(Language::English)),
        }
    }

    /// The words of `language`, made once per process and shared: for the report and the
    /// command line, which speak one language per run and may render many reports.
    pub fn shared(language: Language) -> &'static Words {
        static SHARED: [std::sync::OnceLock<Words>; 3] = [const { std::sync::OnceLock::new() }; 3];
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or_default();
        SHARED[index].get_or_init(|| Words::new(language))
    }

    /// The English words, shared: what the report and the command line speak until their own
    /// language can be chosen.
    pub fn english() -> &'static Words {
        Words::shared(Language::English)
    }

    /// The language these words are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A message with no variables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message about a number of things, `$count`, in the plural form the language needs.
    pub fn count(&self, id: &str, count: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("count", count);
        self.format(id, Some(&args))
    }

    /// A message with its variables.
    pub fn with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// A message whose variables are all texts, given as (name, text) pairs.
    pub fn with_texts(&self, id: &str, texts: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, text) in texts {
            args.set(*name, *text);
        }
        self.format(id, Some(&args))
    }

    /// A date as the language writes it in running text and tables: ISO 8601 in English
    /// ("2026-12-02", the report's style since its first version), "2 décembre 2026",
    /// "2026年12月2日".
    pub fn date(&self, date: crate::date::Date) -> String {
        let mut args = FluentArgs::new();
        args.set("iso", date.to_string());
        args.set("year", date.year().to_string());
        args.set("month", date.month());
        args.set("day", date.day());
        self.format("date", Some(&args))
    }

    /// A quantity as the language writes it: whole numbers of four digits or more grouped by
    /// thousands ("12,500"; "12 500" in French, with a narrow no-break space), a decimal comma
    /// in French.
    pub fn quantity(&self, value: f64) -> String {
        let english = super::numbers::quantity(value);
        let grouping = self.get("number-grouping");
        let decimal = self.get("number-decimal");
        english
            .chars()
            .map(|c| match c {
                ',' => grouping.clone(),
                '.' => decimal.clone(),
                c => c.to_string(),
            })
            .collect()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        std::iter::once(&self.bundle)
            .chain(&self.english)
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
                // A missing variable shows as `{$name}`; the tests format every message with
                // its variables, so this is a caller's mistake.
                debug_assert!(errors.is_empty(), "`{id}`: {errors:?}");
                Some(text)
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// A bundle of `language`'s messages. A source with a syntax error still gives every message
/// that parsed (the tests keep the shipped ones clean).
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let tag = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Unicode isolation marks around variables would show as boxes in the app's fonts; our
    // variables are numbers and names in the text's own direction.
    bundle.set_use_isolating(false);
    for text in sources(language) {
        let resource =
            FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        // Two messages with one id would be a fault of the shipped files, which the tests catch.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_takes_the_languages_plural_form() {
        let english = Words::new(Language::English);
        assert_eq!(
            english.count("panel-questions-left", 1),
            "One required question still to answer."
        );
        assert_eq!(
            english.count("panel-questions-left", 3),
            "3 required questions still to answer."
        );
        let french = Words::new(Language::French);
        assert_eq!(
            french.count("panel-questions-left", 1),
            "Il reste 1 question obligatoire sans réponse."
        );
        // French counts zero as singular too.
        assert_eq!(
            french.count("panel-questions-left", 0),
            "Il reste 0 question obligatoire sans réponse."
        );
        assert_eq!(
            Words::new(Language::ChineseHongKong).count("panel-questions-left", 3),
            "尚有 3 條必答問題未回答。"
        );
    }

    #[test]
    fn each_language_has_its_own_words_and_an_unknown_id_shows_itself() {
        assert_eq!(Words::new(Language::English).get("menu-file"), "File");
        assert_eq!(Words::new(Language::French).get("menu-file"), "Fichier");
        assert_eq!(
            Words::new(Language::ChineseHongKong).get("menu-file"),
            "檔案"
        );
        assert_eq!(
            Words::new(Language::French).get("no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn dates_and_numbers_are_written_as_each_language_writes_them() {
        let date = crate::date::Date::new(2026, 12, 1).unwrap();
        assert_eq!(Words::new(Language::English).date(date), "2026-12-01");
        assert_eq!(Words::new(Language::French).date(date), "1er décembre 2026");
        let later = crate::date::Date::new(2027, 3, 15).unwrap();
        assert_eq!(Words::new(Language::French).date(later), "15 mars 2027");
        assert_eq!(
            Words::new(Language::ChineseHongKong).date(later),
            "2027年3月15日"
        );
        assert_eq!(Words::new(Language::English).quantity(12500.0), "12,500");
        assert_eq!(
            Words::new(Language::French).quantity(12500.0),
            "12\u{202F}500"
        );
        assert_eq!(Words::new(Language::French).quantity(2.5), "2,5");
        assert_eq!(
            Words::new(Language::ChineseHongKong).quantity(12500.0),
            "12,500"
        );
    }
}
