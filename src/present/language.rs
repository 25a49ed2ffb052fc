//! The languages the product speaks. Answers and files are stored by id, so a file written in
//! one language opens in any other; only the words change.

/// A language of the interface and of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English (the knowledge base's and the questionnaire's own language).
    English,
    /// French.
    French,
    /// Traditional Chinese as written in Hong Kong.
    ChineseHongKong,
}

impl Language {
    /// Every language, in the order a menu lists them.
    pub const ALL: [Language; 3] = [
        Language::English,
        Language::French,
        Language::ChineseHongKong,
    ];

    /// Its BCP 47 tag ("en", "fr", "zh-HK"), as `--lang` takes it and the locale files are named.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::ChineseHongKong => "zh-HK",
        }
    }

    /// Its name in itself, as a language menu shows it so that a reader finds their own.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
            Language::ChineseHongKong => "繁體中文（香港）",
        }
    }

    /// The language a BCP 47 tag or an operating system's locale names ("fr", "fr-BE",
    /// "zh-Hant-HK", "zh_TW.UTF-8"), if we speak it: any French is French, and Chinese written
    /// in Traditional characters (Hong Kong, Macau, Taiwan, or the Hant script) is Traditional
    /// Chinese.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.split('.').next().unwrap_or_default().replace('_', "-");
        let parts: Vec<String> = tag.split('-').map(str::to_ascii_lowercase).collect();
        let has = |part: &str| parts.iter().skip(1).any(|p| p == part);
        match parts.first().map(String::as_str) {
            Some("en") => Some(Language::English),
            Some("fr") => Some(Language::French),
            Some("zh") if !has("hans") && (has("hant") || has("hk") || has("mo") || has("tw")) => {
                Some(Language::ChineseHongKong)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn tags_and_system_locales_name_the_languages_we_speak_and_no_other() {
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
        assert_eq!(Language::from_tag("fr_BE.UTF-8"), Some(Language::French));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
        assert_eq!(
            Language::from_tag("zh-Hant-HK"),
            Some(Language::ChineseHongKong)
        );
        assert_eq!(Language::from_tag("zh_TW"), Some(Language::ChineseHongKong));
        // Simplified Chinese is another written language: not offered as if it were ours.
        assert_eq!(Language::from_tag("zh-CN"), None);
        assert_eq!(Language::from_tag("zh-Hans"), None);
        assert_eq!(Language::from_tag("zh-Hans-HK"), None);
        assert_eq!(Language::from_tag("de-DE"), None);
        assert_eq!(Language::from_tag(""), None);
    }
}
