//! The colour theme chosen in the View menu, kept as our own type so that the workspace and the
//! stored settings stay free of the drawing library.

use crate::present::vocabulary::Words;

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system's preference.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the View menu lists them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The menu's words for it.
    pub fn label(self, words: &Words) -> String {
        words.get(match self {
            Theme::System => "theme-system",
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        })
    }

    /// The word stored in the settings file.
    pub fn stored_name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a stored word names; anything else follows the system.
    pub fn from_stored_name(name: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|theme| theme.stored_name() == name.trim())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_theme_reads_back_from_its_stored_name_and_junk_follows_the_system() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_stored_name(theme.stored_name()), theme);
        }
        assert_eq!(Theme::from_stored_name(" dark\n"), Theme::Dark);
        assert_eq!(Theme::from_stored_name("purple"), Theme::System);
    }
}
