//! Two people, one file: the lock beside the open assessment, the read-only view while a
//! colleague has it open, and the question before a save would replace what someone else saved.

use super::Workspace;
use crate::io::{self, LockHolder, Locking, Takeover};
use crate::present::vocabulary::{FluentArgs, Words};
use std::path::{Path, PathBuf};

/// Who has the file open, in words.
pub fn held_by_words(holder: &LockHolder, words: &Words) -> String {
    words.with("held-by", &holder_args(holder, words))
}

/// The lock holder's user, machine and since when, as a message's variables; what a damaged
/// lock does not say is worded as unknown ("someone", "another machine").
fn holder_args<'a>(holder: &'a LockHolder, words: &Words) -> FluentArgs<'a> {
    let known = |value: &'a str, unknown: &str| -> String {
        if value.is_empty() {
            words.get(unknown)
        } else {
            value.to_string()
        }
    };
    let mut args = FluentArgs::new();
    args.set("user", known(&holder.user, "lock-unknown-user"));
    args.set("machine", known(&holder.machine, "lock-unknown-machine"));
    args.set("since", known(&holder.since, "lock-unknown-time"));
    args
}

/// A message whose one variable, `$holder`, says who has the file open.
fn about_holder(words: &Words, id: &str, holder: &LockHolder) -> String {
    let mut args = FluentArgs::new();
    args.set("holder", held_by_words(holder, words));
    words.with(id, &args)
}

impl Workspace {
    /// Locks the open assessment's file for this app, or marks the assessment read-only when
    /// someone else has the file open. Nothing to do for an assessment not yet saved, or one
    /// whose file this app already holds.
    pub(super) fn lock_open_file(&mut self) {
        let Some(path) = self.session.as_ref().and_then(|s| s.path.clone()) else {
            self.lock = None;
            return;
        };
        if self.lock.as_ref().is_some_and(|lock| lock.is_for(&path)) {
            return;
        }
        // The previous file's lock goes first: this app holds one file at a time.
        self.lock = None;
        self.lock_checked = io::Stopwatch::start();
        match io::lock(&path, Takeover::IfFree) {
            Ok(Locking::Taken { lock, replaced }) => {
                self.lock = Some(lock);
                if let Some(holder) = replaced {
                    let text = self
                        .words
                        .with("lock-stale-replaced", &holder_args(&holder, &self.words));
                    self.also_note(text);
                }
            }
            Ok(Locking::HeldBy(holder)) => {
                let text = about_holder(&self.words, "lock-held-read-only", &holder);
                if let Some(session) = &mut self.session {
                    session.held_by = Some(holder);
                }
                self.also_report(text);
            }
            Err(error) => {
                let text = self.with_error("lock-failed", &error);
                self.also_report(text);
            }
        }
    }

    /// Takes over a colleague's lock at the user's explicit request, and makes the assessment
    /// editable.
    pub(super) fn take_over_lock(&mut self) {
        let Some(path) = self.session.as_ref().and_then(|s| s.path.clone()) else {
            return;
        };
        // Any lock this app still holds goes first, so that dropping it later cannot remove
        // the new one.
        self.lock = None;
        match io::lock(&path, Takeover::Always) {
            Ok(Locking::Taken { lock, replaced }) => {
                self.lock = Some(lock);
                self.lock_checked = io::Stopwatch::start();
                if let Some(session) = &mut self.session {
                    session.held_by = None;
                }
                let text = match replaced {
                    Some(holder) => self
                        .words
                        .with("lock-taken-over-from", &holder_args(&holder, &self.words)),
                    None => self.words.get("lock-taken-over"),
                };
                self.info(text);
            }
            Ok(Locking::HeldBy(_)) => {}
            Err(error) => {
                let text = self.with_error("lock-take-over-failed", &error);
                self.error(text);
            }
        }
    }

    /// Whether a save to `path` must wait for the user: the assessment's own file changed on
    /// disk since it was opened or last saved here (someone else saved it). Then asks.
    pub(super) fn must_confirm_overwrite(&mut self, path: &Path) -> bool {
        let Some(session) = &self.session else {
            return false;
        };
        if session.path.as_deref() != Some(path) || session.disk_digest.is_none() {
            return false;
        }
        let now = io::digest_of_file(path).ok().flatten();
        if now == session.disk_digest {
            return false;
        }
        self.changed_on_disk = Some(path.to_path_buf());
        true
    }

    /// Refuses a save over a file a colleague holds: the open one while it is read-only here, or
    /// another one chosen with Save as….
    pub(super) fn refuses_save_over_held_file(&mut self, path: &Path) -> bool {
        let Some(session) = &self.session else {
            return false;
        };
        let holder = if session.path.as_deref() == Some(path) {
            session.held_by.clone()
        } else {
            io::held_by_other(path)
        };
        let Some(holder) = holder else {
            return false;
        };
        let text = about_holder(&self.words, "lock-not-saved-held", &holder);
        self.pending = None;
        self.error(text);
        true
    }

    /// Remembers what the file holds after this app opened or saved it.
    pub(super) fn remember_file_contents(&mut self, path: &Path, bytes: Option<&[u8]>) {
        let digest = match bytes {
            Some(bytes) => Some(io::digest_of(bytes)),
            None => io::digest_of_file(path).ok().flatten(),
        };
        if let Some(session) = &mut self.session {
            session.disk_digest = digest;
        }
    }

    /// How long until the lock must be refreshed, when this app holds one.
    pub fn lock_refresh_due_in(&self) -> Option<std::time::Duration> {
        self.lock
            .as_ref()
            .map(|_| io::REFRESH_EVERY.saturating_sub(self.lock_checked.elapsed()))
    }

    /// Refreshes the lock every [`io::REFRESH_EVERY`], so colleagues see it is still held; says
    /// once if someone took the file over.
    pub fn keep_lock_fresh(&mut self) {
        let Some(lock) = &self.lock else {
            return;
        };
        if self.lock_checked.elapsed() < io::REFRESH_EVERY {
            return;
        }
        self.lock_checked = io::Stopwatch::start();
        if let Some(holder) = lock.taken_over_by() {
            self.lock = None;
            let text = about_holder(&self.words, "lock-lost", &holder);
            if let Some(session) = &mut self.session {
                session.held_by = Some(holder);
            }
            self.error(text);
            return;
        }
        if let Err(error) = lock.refresh() {
            let text = self.with_error("lock-refresh-failed", &error);
            self.error(text);
        }
    }

    /// The file the "changed on disk" question is about, once answered: overwrite it, or not.
    pub(super) fn answer_changed_on_disk(&mut self, overwrite: bool) -> Option<PathBuf> {
        let path = self.changed_on_disk.take()?;
        if overwrite {
            Some(path)
        } else {
            self.pending = None;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::language::Language;

    #[test]
    fn a_damaged_lock_names_someone_on_another_machine_in_the_reader_s_language() {
        let damaged = LockHolder::parse("not a lock");
        let english = held_by_words(&damaged, &Words::new(Language::English));
        assert_eq!(
            english,
            "someone has this assessment open on another machine since an unknown time"
        );
        let french = held_by_words(&damaged, &Words::new(Language::French));
        assert!(french.starts_with("quelqu'un a cette analyse ouverte sur un autre ordinateur"));
        let chinese = held_by_words(&damaged, &Words::new(Language::ChineseHongKong));
        assert!(
            chinese.contains("某人") && chinese.contains("另一部電腦"),
            "{chinese}"
        );
        let known = LockHolder::parse(
            "msgdpia lock\nuser: ana\nmachine: desk-7\nsince: 2026-12-05 09:00 UTC\n",
        );
        assert_eq!(
            held_by_words(&known, &Words::new(Language::English)),
            "ana has this assessment open on desk-7 since 2026-12-05 09:00 UTC"
        );
    }
}
