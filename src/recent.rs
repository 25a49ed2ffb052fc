//! The last few values a costly step made, kept for the process so the next report can reuse
//! them: bounded, so an app open all day never holds more than a few, and shared by the
//! threads of a batch.

use std::sync::{Mutex, MutexGuard, PoisonError};

/// Up to `capacity` values with their keys, the most recently used first.
pub(crate) struct Recent<K, V> {
    capacity: usize,
    entries: Mutex<Vec<(K, V)>>,
}

impl<K: PartialEq, V: Clone> Recent<K, V> {
    /// An empty store that keeps at most `capacity` values.
    pub(crate) const fn new(capacity: usize) -> Recent<K, V> {
        Recent {
            capacity,
            entries: Mutex::new(Vec::new()),
        }
    }

    /// A copy of the value whose key `matches`, which becomes the most recently used.
    pub(crate) fn get(&self, matches: impl Fn(&K) -> bool) -> Option<V> {
        let mut entries = self.lock();
        let index = entries.iter().position(|(key, _)| matches(key))?;
        let entry = entries.remove(index);
        let value = entry.1.clone();
        entries.insert(0, entry);
        Some(value)
    }

    /// The value kept under `key`, or `make()` kept there. `make` runs without the lock held,
    /// so the reports of a batch do not wait on each other's work.
    pub(crate) fn get_or_make(&self, key: K, make: impl FnOnce() -> V) -> V {
        if let Some(kept) = self.get(|kept| *kept == key) {
            return kept;
        }
        let made = make();
        self.keep(key, made.clone());
        made
    }

    /// Keeps `value` under `key`, as the most recently used, dropping the least recently used
    /// value when full.
    pub(crate) fn keep(&self, key: K, value: V) {
        let mut entries = self.lock();
        // Two threads that made the same value at once keep it once.
        entries.retain(|(kept, _)| *kept != key);
        entries.insert(0, (key, value));
        entries.truncate(self.capacity);
    }

    /// The entries, locked; a lock poisoned by a panicking thread still holds good values.
    fn lock(&self) -> MutexGuard<'_, Vec<(K, V)>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_recently_used_value_goes_first_and_a_key_is_kept_once() {
        let recent: Recent<&str, u32> = Recent::new(2);
        recent.keep("a", 1);
        recent.keep("b", 2);
        // Using "a" makes "b" the least recently used, so "c" pushes "b" out.
        assert_eq!(recent.get(|k| *k == "a"), Some(1));
        recent.keep("c", 3);
        assert_eq!(recent.get(|k| *k == "b"), None);
        assert_eq!(recent.get(|k| *k == "a"), Some(1));
        recent.keep("a", 4);
        assert_eq!(recent.get(|k| *k == "a"), Some(4));
        assert_eq!(recent.get(|k| *k == "c"), Some(3));
        assert_eq!(recent.lock().len(), 2);
        // Made once, then found.
        assert_eq!(recent.get_or_make("d", || 5), 5);
        assert_eq!(recent.get_or_make("d", || unreachable!("kept")), 5);
    }
}
