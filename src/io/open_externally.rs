//! Opening a file with the system's default application (an exported report, at the user's
//! request), through the `open` crate: ShellExecute on Windows, `open` on macOS, `xdg-open`
//! (or the desktop's own opener) elsewhere, each given the path as one argument. A command
//! built by hand went through `cmd /c start` on Windows, where a file name holding `&` or `^`
//! is read by the shell.

use std::path::Path;

/// Opens `path` with the system's default application, without waiting for it.
pub fn open_externally(path: &Path) -> std::io::Result<()> {
    open::that_detached(path)
}
