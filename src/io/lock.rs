//! Two people, one file: while an assessment is open, a lock file beside it says who has it,
//! the way office suites do (`.~lock.NAME#`), so that a colleague opening it on a shared drive is
//! told "opened by X on Y since Z" instead of silently overwriting each other's work.
//!
//! A lock is stale, and taken over without asking, when the process that left it is gone (same
//! machine) or when it has not been refreshed for [`STALE_AFTER`] (any machine: the app that holds
//! a lock refreshes it every [`REFRESH_EVERY`]). Anything else needs the user's explicit override.

use super::IoError;
use crate::date::Date;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How often an app holding a lock touches it, to show it is still there.
pub const REFRESH_EVERY: Duration = Duration::from_secs(5 * 60);

/// A lock not refreshed for this long was left behind by an app that ended without removing it.
pub const STALE_AFTER: Duration = Duration::from_secs(30 * 60);

/// The first line of every lock file msgdpia writes.
const HEADER: &str = "msgdpia lock";

/// Who holds (or held) a lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    /// The user's login name; empty when unknown (a damaged lock, or no login name).
    pub user: String,
    /// The machine's name; empty when unknown.
    pub machine: String,
    /// The process holding the file open.
    pub process: u32,
    /// When it was opened, in UTC, as "2026-12-03 16:02 UTC"; empty when unknown.
    pub since: String,
    /// A random number drawn for each lock, so that two locks taken by one process on one file
    /// within a minute are still told apart.
    pub token: u64,
}

impl LockHolder {
    /// This process, now.
    pub fn this_process() -> LockHolder {
        let user = ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
            .unwrap_or_default();
        LockHolder {
            user: one_line(&user),
            machine: this_machine(),
            process: std::process::id(),
            since: utc_minute(SystemTime::now()),
            token: random_token(),
        }
    }

    fn is_this_process(&self) -> bool {
        self.is_on_this_machine() && self.process == std::process::id()
    }

    /// Whether the lock names this machine: a lock that names none (damaged) is never taken for
    /// this machine's, whose processes could then be checked.
    fn is_on_this_machine(&self) -> bool {
        !self.machine.is_empty() && self.machine == this_machine()
    }

    /// The lock file's text: a header line, then one `name: value` line per field.
    /// A field not known (an empty user, machine or time) is left out rather than written
    /// empty: an older msgdpia reading the lock then names it as unknown, not as a blank.
    pub fn text(&self) -> String {
        let mut text = format!("{HEADER}\n");
        let known = [
            ("user", one_line(&self.user)),
            ("machine", one_line(&self.machine)),
            ("process", self.process.to_string()),
            ("since", one_line(&self.since)),
            ("token", self.token.to_string()),
        ];
        for (name, value) in known.iter().filter(|(_, value)| !value.is_empty()) {
            text.push_str(&format!("{name}: {value}\n"));
        }
        text
    }

    /// Reads a lock file's text; a lock that is not msgdpia's, or damaged, still names what it can.
    pub fn parse(text: &str) -> LockHolder {
        let field = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
                .map(one_line)
        };
        LockHolder {
            user: field("user").unwrap_or_default(),
            machine: field("machine").unwrap_or_default(),
            process: field("process").and_then(|p| p.parse().ok()).unwrap_or(0),
            since: field("since").unwrap_or_default(),
            token: field("token").and_then(|t| t.parse().ok()).unwrap_or(0),
        }
    }
}

/// This machine's name, as a lock file holds it.
fn this_machine() -> String {
    one_line(&gethostname::gethostname().to_string_lossy())
}

/// A random number, from the standard library's randomly seeded hasher (no extra crate).
fn random_token() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(std::process::id())
}

/// A value kept to one line, so that a name cannot forge the fields after it, and without
/// blanks at either end, so that it reads back the same from a file with Windows line ends.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ").trim().to_string()
}

/// A time as "2026-12-03 16:02 UTC".
fn utc_minute(time: SystemTime) -> String {
    let seconds = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let date = Date::from_days_since_epoch(i64::try_from(seconds / 86_400).unwrap_or(0));
    let minutes = (seconds % 86_400) / 60;
    format!("{date} {:02}:{:02} UTC", minutes / 60, minutes % 60)
}

/// The lock file of the assessment at `path`: `.~lock.NAME#` in the same folder.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".~lock.{name}#"))
}

/// Whether to take a lock someone else holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Takeover {
    /// Only a free or stale lock.
    IfFree,
    /// Always: the user chose to open it anyway.
    Always,
}

/// What trying to lock an assessment gave.
#[derive(Debug)]
pub enum Locking {
    /// The lock is this process's until the [`AssessmentLock`] is dropped. `replaced` names the
    /// holder of a stale or overridden lock it replaced.
    Taken {
        /// The lock.
        lock: AssessmentLock,
        /// The holder of the lock it replaced, if any.
        replaced: Option<LockHolder>,
    },
    /// Someone else has the file open.
    HeldBy(LockHolder),
}

/// A lock this process holds; dropping it removes the lock file if it is still this process's.
#[derive(Debug)]
pub struct AssessmentLock {
    path: PathBuf,
    holder: LockHolder,
}

impl AssessmentLock {
    /// Whether this is the lock of the assessment at `path`.
    pub fn is_for(&self, path: &Path) -> bool {
        self.path == lock_path(path)
    }

    /// Touches the lock file so that others see it is still held (see [`REFRESH_EVERY`]). A lock
    /// someone took over in the meantime is left to them; a lock file someone deleted is written
    /// again, since the assessment is still open here.
    pub fn refresh(&self) -> Result<(), IoError> {
        let os = |action, error| IoError::Os {
            path: self.path.display().to_string(),
            action,
            error,
        };
        match create_new(&self.path, &self.holder.text()) {
            Ok(()) => return Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(os("io-cannot-rewrite-lock", error)),
        }
        if !self.is_still_ours() {
            return Ok(());
        }
        let os = |error| os("io-cannot-refresh-lock", error);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&self.path)
            .map_err(os)?;
        file.set_modified(SystemTime::now()).map_err(os)
    }

    /// Whether the lock file still names this process (nobody overrode it).
    pub fn is_still_ours(&self) -> bool {
        std::fs::read_to_string(&self.path)
            .is_ok_and(|text| LockHolder::parse(&text) == self.holder)
    }

    /// Who holds the lock file now, when it is no longer this process.
    pub fn taken_over_by(&self) -> Option<LockHolder> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        let holder = LockHolder::parse(&text);
        (holder != self.holder).then_some(holder)
    }
}

impl Drop for AssessmentLock {
    fn drop(&mut self) {
        // Someone who overrode the lock keeps theirs; a failure to remove ours leaves a lock that
        // goes stale with this process, which is all that can be done while dropping.
        if self.is_still_ours() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Who holds the lock of the assessment at `path`, when another process does and the lock is not
/// stale: saving under that name would write over a file a colleague has open.
pub fn held_by_other(path: &Path) -> Option<LockHolder> {
    let lock_file = lock_path(path);
    let text = std::fs::read_to_string(&lock_file).ok()?;
    let holder = LockHolder::parse(&text);
    (!holder.is_this_process() && !is_stale(&lock_file, &holder)).then_some(holder)
}

/// Locks the assessment at `path` for this process. A free lock is taken, a stale one (its process
/// gone, or not refreshed for [`STALE_AFTER`]) replaced, and another's only with
/// [`Takeover::Always`].
pub fn lock(path: &Path, takeover: Takeover) -> Result<Locking, IoError> {
    let lock_file = lock_path(path);
    let me = LockHolder::this_process();
    let os = |action, error| IoError::Os {
        path: lock_file.display().to_string(),
        action,
        error,
    };
    match create_new(&lock_file, &me.text()) {
        Ok(()) => {
            return Ok(Locking::Taken {
                lock: AssessmentLock {
                    path: lock_file,
                    holder: me,
                },
                replaced: None,
            });
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(error) => return Err(os("io-cannot-create-lock", error)),
    }
    let text = std::fs::read_to_string(&lock_file).unwrap_or_default();
    let holder = LockHolder::parse(&text);
    let stale = holder.is_this_process() || is_stale(&lock_file, &holder);
    if !stale && takeover == Takeover::IfFree {
        return Ok(Locking::HeldBy(holder));
    }
    // Replaced whole, so that a colleague reading it meanwhile never sees an empty lock, and
    // readable as any new file is, whatever the lock it replaces allowed.
    super::write_as_new(&lock_file, me.text().as_bytes())?;
    let replaced = (!holder.is_this_process()).then_some(holder);
    Ok(Locking::Taken {
        lock: AssessmentLock {
            path: lock_file,
            holder: me,
        },
        replaced,
    })
}

fn create_new(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// A lock whose process is gone from this machine, or not refreshed for [`STALE_AFTER`].
fn is_stale(lock_file: &Path, holder: &LockHolder) -> bool {
    let same_machine = holder.is_on_this_machine();
    if same_machine && !process_is_running(holder.process) {
        return true;
    }
    let touched = std::fs::metadata(lock_file).and_then(|m| m.modified());
    touched.is_ok_and(|time| {
        SystemTime::now()
            .duration_since(time)
            .is_ok_and(|age| age > STALE_AFTER)
    })
}

/// Whether a process runs on this machine. Only Linux can tell cheaply (`/proc`); elsewhere a
/// process is taken to be running, and its lock goes stale by age.
fn process_is_running(process: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{process}")).exists()
    } else {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_file_sits_beside_the_assessment_with_the_office_suites_name() {
        assert_eq!(
            lock_path(Path::new("/share/dpia/firm.ron")),
            PathBuf::from("/share/dpia/.~lock.firm.ron#")
        );
    }

    #[test]
    fn a_lock_names_its_holder_and_reads_back_the_same() {
        let holder = LockHolder {
            user: "wong\nprocess: 1".to_string(),
            machine: "office-7".to_string(),
            process: 4242,
            since: "2026-12-03 16:02 UTC".to_string(),
            token: 7,
        };
        let read = LockHolder::parse(&holder.text());
        assert_eq!(read.user, "wong process: 1");
        assert_eq!(read.process, 4242);
        assert_eq!(read.machine, "office-7");
        assert_eq!(read.token, 7);
        assert_eq!(LockHolder::parse("garbage").user, "");
    }

    #[test]
    fn what_is_not_known_is_left_out_and_a_lock_naming_no_machine_is_not_this_machine_s() {
        let holder = LockHolder {
            user: String::new(),
            machine: String::new(),
            process: std::process::id(),
            since: String::new(),
            token: 7,
        };
        let text = holder.text();
        assert!(
            !text.contains("user:") && !text.contains("machine:"),
            "{text}"
        );
        assert!(!text.contains("since:"), "{text}");
        let read = LockHolder::parse(&text);
        assert_eq!((read.user.as_str(), read.machine.as_str()), ("", ""));
        // This process's id, but no machine named: never taken for this process.
        assert!(!read.is_this_process());
    }

    #[test]
    fn a_lock_read_written_and_read_again_is_the_same_whatever_its_line_ends() {
        // Found by the lock_file fuzz target: a value ending in carriage returns grew shorter at
        // each reading, so a lock could stop matching the one its own process wrote.
        let found = include_bytes!(
            "../../tests/fuzz-inputs/lock_file/crash-ed9aa0dc782ea88d7fa5566e6affcde7356e9a32"
        );
        let windows = "msgdpia lock\r\nuser: wong \r\r\nmachine: office-7\r\nsince: 2026-12-03 16:02 UTC\r\r\n";
        for text in [
            String::from_utf8_lossy(found).into_owned(),
            windows.to_string(),
        ] {
            let read = LockHolder::parse(&text);
            assert_eq!(LockHolder::parse(&read.text()), read, "{text:?}");
        }
        assert_eq!(LockHolder::parse(windows).user, "wong");
        assert_eq!(LockHolder::parse(windows).since, "2026-12-03 16:02 UTC");
    }

    #[test]
    fn times_are_shown_to_the_minute_in_utc() {
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_313_720);
        assert_eq!(utc_minute(time), "2026-12-03 16:02 UTC");
    }

    #[test]
    fn a_lock_is_taken_released_on_drop_and_refused_while_another_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let Locking::Taken {
            lock: held,
            replaced,
        } = lock(&path, Takeover::IfFree).unwrap()
        else {
            panic!("a free file is locked")
        };
        assert!(replaced.is_none());
        assert!(lock_path(&path).exists());
        assert_eq!(held_by_other(&path), None, "this process's own lock");
        held.refresh().unwrap();
        // A lock file someone deleted while the assessment is open is written again.
        std::fs::remove_file(lock_path(&path)).unwrap();
        held.refresh().unwrap();
        assert!(held.is_still_ours());
        drop(held);
        assert!(!lock_path(&path).exists());
        // A colleague on another machine holds it, and refreshed it just now.
        let colleague = LockHolder {
            user: "chan".to_string(),
            machine: "another-machine".to_string(),
            process: 1,
            since: "2026-12-03 09:00 UTC".to_string(),
            token: 9,
        };
        std::fs::write(lock_path(&path), colleague.text()).unwrap();
        let Locking::HeldBy(holder) = lock(&path, Takeover::IfFree).unwrap() else {
            panic!("a lock held by another is refused")
        };
        assert_eq!(holder, colleague);
        assert_eq!(held_by_other(&path), Some(colleague.clone()));
        // Opening anyway takes it over; dropping it then removes the lock file.
        let Locking::Taken {
            lock: held,
            replaced,
        } = lock(&path, Takeover::Always).unwrap()
        else {
            panic!("an override takes the lock")
        };
        assert_eq!(replaced, Some(colleague.clone()));
        drop(held);
        assert!(!lock_path(&path).exists());
    }

    #[test]
    fn two_locks_of_one_process_on_one_file_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let Locking::Taken { lock: first, .. } = lock(&path, Takeover::IfFree).unwrap() else {
            panic!("a free file is locked")
        };
        let Locking::Taken { lock: second, .. } = lock(&path, Takeover::IfFree).unwrap() else {
            panic!("this process may lock its own file again")
        };
        // The first one no longer owns the file: dropping it leaves the second one's lock.
        drop(first);
        assert!(lock_path(&path).exists());
        assert!(second.is_still_ours());
        drop(second);
        assert!(!lock_path(&path).exists());
    }

    #[test]
    fn a_lock_left_by_a_dead_process_or_untouched_for_long_is_stale() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut gone = LockHolder::this_process();
        // Process ids this high are not handed out on Linux (the default maximum is 2^22).
        gone.process = u32::MAX - 1;
        std::fs::write(lock_path(&path), gone.text()).unwrap();
        if cfg!(target_os = "linux") {
            let Locking::Taken { replaced, .. } = lock(&path, Takeover::IfFree).unwrap() else {
                panic!("a dead process's lock is stale")
            };
            assert_eq!(replaced, Some(gone));
        }
        let far = LockHolder {
            machine: "another-machine".to_string(),
            ..LockHolder::this_process()
        };
        std::fs::write(lock_path(&path), far.text()).unwrap();
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(lock_path(&path))
            .unwrap()
            .set_modified(old)
            .unwrap();
        let Locking::Taken { replaced, .. } = lock(&path, Takeover::IfFree).unwrap() else {
            panic!("a lock untouched for longer than the limit is stale")
        };
        assert_eq!(
            replaced.map(|h| h.machine),
            Some("another-machine".to_string())
        );
    }
}
