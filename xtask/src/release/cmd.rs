//! Running the tools a release drives (cargo, git, bash), with clear errors.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `cargo`: the one that started the xtask (`$CARGO`), else the one on `PATH`.
pub(crate) fn cargo(dir: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(program);
    command.current_dir(dir);
    command
}

/// `git` in `dir`.
pub(crate) fn git(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command.current_dir(dir);
    command
}

/// The command line of `command`, for messages.
pub(crate) fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs `command` with its output captured; fails unless it exits 0.
pub(crate) fn capture(command: &mut Command) -> Result<String, String> {
    let output = output(command)?;
    if output.status.success() {
        return String::from_utf8(output.stdout)
            .map_err(|_| format!("`{}` printed invalid UTF-8", describe(command)));
    }
    Err(failure(command, &output))
}

/// Runs `command` with its output captured, whatever its exit status.
pub(crate) fn output(command: &mut Command) -> Result<Output, String> {
    command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run `{}`: {e}", describe(command)))
}

/// The message for a command that exited non-zero: its status and the end of its stderr.
pub(crate) fn failure(command: &Command, output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.trim_end().lines().rev().take(20).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    format!(
        "`{}` failed ({}){}{}",
        describe(command),
        output.status,
        if tail.is_empty() { "" } else { ":\n" },
        tail.join("\n")
    )
}

/// Runs `command` with the terminal as its output (for long steps whose progress matters);
/// fails unless it exits 0.
pub(crate) fn stream(command: &mut Command) -> Result<(), String> {
    let status = command
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run `{}`: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}
