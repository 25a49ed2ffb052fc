//! The command line described for the shell and for `man`: completion scripts
//! (`msgdpia completions SHELL`) and the manual page (`msgdpia man`), both written from the same
//! definition of the commands as `--help`, so they cannot fall behind it.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// The words of these commands, which have no `--lang`: they write for the shell and `man`,
/// whose pages are in English.
fn english() -> &'static crate::present::vocabulary::Words {
    crate::present::vocabulary::Words::english()
}

/// Prints the completion script for `shell` (bash, zsh, fish, elvish or PowerShell).
pub(super) fn completions(shell: Shell) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "msgdpia", &mut script);
    print(&script)
}

/// Prints the manual page, in roff (`msgdpia man > msgdpia.1; man ./msgdpia.1`): the main one,
/// or the page of `command` (msgdpia-report(1), as the main page names it).
pub(super) fn man(command: Option<&str>) -> anyhow::Result<ExitCode> {
    let main = Cli::command();
    let page = match command {
        None => main,
        Some(name) => {
            let Some(sub) = main.find_subcommand(name).cloned() else {
                let known: Vec<&str> = main.get_subcommands().map(|c| c.get_name()).collect();
                anyhow::bail!(english().with_texts(
                    "cli-no-such-command",
                    &[("name", name), ("commands", &known.join(", "))],
                ));
            };
            // The page's title and the name the main page refers to it by.
            sub.name(format!("msgdpia-{name}"))
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut roff)
        .with_context(|| english().get("cli-man-not-written"))?;
    print(&roff)
}

/// Writes `bytes` to standard output. A reader that stops early (`msgdpia man | head`) is not
/// an error, as with other tools that print.
fn print(bytes: &[u8]) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(error).with_context(|| english().get("cli-stdout-failed"))
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}
