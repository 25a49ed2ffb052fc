//! Finding, among the fonts installed on this machine, one that draws the characters the
//! report's own font (DejaVu Sans) lacks: a name or an answer in Chinese, Japanese or Korean.
//! This is the IO edge of the PDF export: it reads font files (never the network) and hands the
//! renderer the font as data.

use crate::pdf::{Characters, FallbackFont};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// Families tried first, in order, when several installed fonts draw every character: the
/// Traditional Chinese faces first (the Hong Kong firms among our users), then the other CJK
/// faces of the same designs, then the system fonts of Windows and macOS, then others.
const PREFERRED: &[&str] = &[
    "Noto Sans CJK HK",
    "Noto Sans CJK TC",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "Source Han Sans HC",
    "Source Han Sans TC",
    "Source Han Sans SC",
    "Microsoft JhengHei",
    "Microsoft YaHei",
    "PingFang HK",
    "PingFang TC",
    "PingFang SC",
    "Hiragino Sans",
    "Malgun Gothic",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
];

/// An installed font that draws every one of a document's `characters` the report font lacks,
/// or `None` when the report font draws them all or no installed font draws them all.
pub fn fallback_for(characters: &Characters) -> Option<FallbackFont> {
    let missing = crate::pdf::unprintable(characters, None).ok()?;
    if missing.is_empty() {
        return None;
    }
    covering(&missing)
}

/// The preferred installed face that has a glyph for every one of `characters`.
pub fn covering(characters: &[char]) -> Option<FallbackFont> {
    let database = database();
    let mut candidates: Vec<(usize, fontdb::ID)> = database
        .faces()
        .filter(|face| face.style == fontdb::Style::Normal)
        .filter(|face| face.weight == fontdb::Weight::NORMAL)
        .map(|face| {
            let rank = face
                .families
                .iter()
                .filter_map(|(name, _)| PREFERRED.iter().position(|p| p == name))
                .min()
                .unwrap_or(PREFERRED.len());
            (rank, face.id)
        })
        .collect();
    // Preferred families first; the rest in the database's own (stable, path) order.
    candidates.sort_by_key(|(rank, _)| *rank);
    candidates.into_iter().find_map(|(_, id)| {
        // Each candidate is tried through the database's own (memory-mapped) view of its file;
        // only the face chosen is read and kept, so a machine without such a font keeps none.
        let covers = database.with_face_data(id, |data, index| {
            ttf_parser::Face::parse(data, index)
                .is_ok_and(|face| characters.iter().all(|c| face.glyph_index(*c).is_some()))
        });
        if covers != Some(true) {
            return None;
        }
        let (path, index) = match database.face_source(id)? {
            (fontdb::Source::File(path), index) => (path, index),
            _ => return None,
        };
        let bytes = font_file(&path)?;
        let face = ttf_parser::Face::parse(bytes, index).ok()?;
        let name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| "Fallback".to_string());
        Some(FallbackFont {
            bytes,
            index,
            postscript_name: name,
        })
    })
}

/// The installed fonts, scanned once per process.
fn database() -> &'static fontdb::Database {
    static DATABASE: OnceLock<fontdb::Database> = OnceLock::new();
    DATABASE.get_or_init(|| {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        database
    })
}

/// A font file's bytes, kept once per process for its lifetime: a batch of reports reuses
/// them, and the renderer borrows them for as long as it runs. A font of the system's own
/// folders is mapped rather than read, since a CJK collection is some 20 MB of which a report
/// touches a few hundred glyphs (reading it took a sixth of a Chinese report); one of the
/// user's own folders is read, as the user may overwrite it while the app is open.
fn font_file(path: &PathBuf) -> Option<&'static [u8]> {
    static FILES: OnceLock<Mutex<HashMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let files = FILES.get_or_init(Default::default);
    // A lock poisoned by a panicking thread still holds good fonts.
    let mut files = files
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(bytes) = files.get(path) {
        return Some(bytes);
    }
    let bytes: &'static [u8] = if in_system_folder(path) {
        Box::leak(Box::new(map(path)?))
    } else {
        Box::leak(std::fs::read(path).ok()?.into_boxed_slice())
    };
    files.insert(path.clone(), bytes);
    Some(bytes)
}

/// The folders the operating system installs fonts into, which only an administrator or the
/// package manager changes.
const SYSTEM_FOLDERS: &[&str] = &[
    "/usr/share/fonts/",
    "/usr/local/share/fonts/",
    "/System/Library/Fonts/",
    "/Library/Fonts/",
    "C:\\Windows\\Fonts\\",
];

/// Whether `path` lies in one of the [`SYSTEM_FOLDERS`].
fn in_system_folder(path: &std::path::Path) -> bool {
    let path = path.to_string_lossy();
    SYSTEM_FOLDERS.iter().any(|folder| {
        path.get(..folder.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(folder))
    })
}

/// `path`, a font of a system folder, mapped into memory read-only.
#[allow(unsafe_code)]
fn map(path: &PathBuf) -> Option<memmap2::Mmap> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the mapping is only read, and lives as long as the process (a batch, or the app
    // all day). It is sound while no one changes the file in place: a package manager replaces
    // a font by renaming a new file over it, which leaves this mapping on the old one, and
    // Windows refuses to change a mapped file. An administrator copying over a system font
    // in place while a report is written could still make the process fail (SIGBUS) or draw
    // wrong glyphs; fonts of the user's own folders, which the user may copy over at any time,
    // are read instead. fontdb maps the same files the same way to find them.
    unsafe { memmap2::Mmap::map(&file) }.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fonts_of_the_systems_own_folders_are_mapped() {
        for system in [
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "c:\\windows\\fonts\\msjh.ttc",
        ] {
            assert!(in_system_folder(std::path::Path::new(system)), "{system}");
        }
        for own in [
            "/home/dpo/.local/share/fonts/NotoSansCJK-Regular.ttc",
            "/home/dpo/.fonts/a.ttf",
            "C:\\Users\\dpo\\AppData\\Local\\Microsoft\\Windows\\Fonts\\a.ttf",
            "/usr/share/fontsX/a.ttf",
        ] {
            assert!(!in_system_folder(std::path::Path::new(own)), "{own}");
        }
    }
}
