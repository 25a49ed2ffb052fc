//! A memo of one small number per character (an advance, a glyph id), filled as characters are
//! first met. A report measures and draws each character many times but holds a few hundred
//! different ones; looking each one up in a font's cmap every time took half the time of an
//! English report and a quarter of a Chinese one.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::RwLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Characters below this code point are kept in a table (Latin, Greek, Cyrillic, punctuation,
/// arrows, currency); the rest (Chinese, above all) in a map. The table is filled as characters
/// are first met, since filling all of it up front cost a tenth of a report.
pub(super) const TABLE_SIZE: usize = 0x2400;

/// A table entry not looked up yet. Every value kept fits in 17 bits.
const NOT_LOOKED_UP: u32 = u32::MAX;

/// One value per character, looked up once. Atomic and locked so that the reports of a batch,
/// on several threads, share it.
pub(super) struct CharMemo {
    table: Vec<AtomicU32>,
    beyond: RwLock<HashMap<char, u32, BuildHasherDefault<CharHasher>>>,
}

/// A hasher for characters alone: one multiplication (Fibonacci hashing) instead of the
/// standard library's SipHash, which took a twentieth of a Chinese report. The keys are the
/// report's own characters, so there is no one to mount a collision attack.
#[derive(Default)]
struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // `char` hashes through `write_u32`; anything else is folded in a byte at a time.
        for byte in bytes {
            self.write_u32(u32::from(*byte));
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(value)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl CharMemo {
    /// An empty memo.
    pub(super) fn new() -> CharMemo {
        CharMemo {
            table: (0..TABLE_SIZE)
                .map(|_| AtomicU32::new(NOT_LOOKED_UP))
                .collect(),
            beyond: RwLock::default(),
        }
    }

    /// The value kept for `c`, or `look_up(c)` kept for next time. `look_up` must always give
    /// the same value for the same character, and never `u32::MAX`.
    pub(super) fn get(&self, c: char, look_up: impl FnOnce(char) -> u32) -> u32 {
        match self.table.get(c as usize) {
            Some(entry) => {
                let kept = entry.load(Ordering::Relaxed);
                if kept != NOT_LOOKED_UP {
                    return kept;
                }
                let value = look_up(c);
                entry.store(value, Ordering::Relaxed);
                value
            }
            None => self.get_beyond(c, look_up),
        }
    }

    /// The value of `c`, a character past the table.
    fn get_beyond(&self, c: char, look_up: impl FnOnce(char) -> u32) -> u32 {
        // A lock poisoned by a panicking thread still holds good values.
        let kept = self
            .beyond
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&c)
            .copied();
        if let Some(value) = kept {
            return value;
        }
        let value = look_up(c);
        self.beyond
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(c, value);
        value
    }

    /// How many characters past the table are kept.
    #[cfg(test)]
    pub(super) fn kept_beyond(&self) -> usize {
        self.beyond
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn each_character_is_looked_up_once_in_the_table_and_beyond_it() {
        let memo = CharMemo::new();
        let lookups = Cell::new(0);
        let look_up = |c: char| {
            lookups.set(lookups.get() + 1);
            u32::from(c) % 1000
        };
        for _ in 0..3 {
            for c in ['a', 'é', '─', '本', '語'] {
                assert_eq!(memo.get(c, look_up), u32::from(c) % 1000);
            }
        }
        assert_eq!(lookups.get(), 5);
        // Box drawing (U+2500) and the two ideographs.
        assert_eq!(memo.kept_beyond(), 3);
    }
}
