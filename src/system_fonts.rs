//! Finding, among the fonts installed on this machine, one that draws the characters the
//! report's own font (DejaVu Sans) lacks: a name or an answer in Chinese, Japanese or Korean.
//! This is the IO edge of the PDF export: it reads font files (never the network) and hands the
//! renderer the font as data.

use crate::pdf::FallbackFont;
use crate::report::document::Document;
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

/// An installed font that draws every character of `document` the report font lacks, or
/// `None` when the report font draws them all or no installed font draws them all.
pub fn fallback_for(document: &Document) -> Option<FallbackFont> {
    let missing = crate::pdf::unprintable(document, None).ok()?;
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

/// A font file's bytes, mapped once per process and kept for its lifetime: a batch of reports
/// reuses them, and the renderer borrows them for as long as it runs. Mapped rather than read,
/// since a CJK collection is some 20 MB of which a report touches a few hundred glyphs.
fn font_file(path: &PathBuf) -> Option<&'static [u8]> {
    static FILES: OnceLock<Mutex<HashMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let files = FILES.get_or_init(Default::default);
    let mut files = files.lock().ok()?;
    if let Some(bytes) = files.get(path) {
        return Some(bytes);
    }
    let bytes: &'static [u8] = Box::leak(Box::new(map(path)?));
    files.insert(path.clone(), bytes);
    Some(bytes)
}

/// `path` mapped into memory, read-only.
#[allow(unsafe_code)]
fn map(path: &PathBuf) -> Option<memmap2::Mmap> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the mapping is only read. It stays sound while no one truncates the file in
    // place; installed fonts are replaced by package managers through a new file renamed over
    // the old one, which leaves this mapping on the old file. fontdb maps the same files the
    // same way to find them.
    unsafe { memmap2::Mmap::map(&file) }.ok()
}
