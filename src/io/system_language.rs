//! The language the operating system's locale asks for, read once when the app starts.

use crate::present::language::Language;

/// The first of the system's preferred locales that names a language we speak, if any.
pub fn system_language() -> Option<Language> {
    sys_locale::get_locales().find_map(|tag| Language::from_tag(&tag))
}
