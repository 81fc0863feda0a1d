//! The registry a release publishes to, through cargo: `cargo publish` and `cargo info`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::cmd;
use super::publish::{Registry, Wait};
use super::version::Version;

/// How long a published crate may take to show in the index, and how often to look.
pub(crate) const WAIT: Wait = Wait {
    interval: Duration::from_secs(10),
    timeout: Duration::from_secs(15 * 60),
};

/// The default registry, reached with the cargo that runs the xtask.
#[derive(Debug)]
pub(crate) struct Cargo {
    root: PathBuf,
    allow_dirty: bool,
    /// An empty directory for `cargo info`, so that it reads the registry and not the
    /// workspace's own member of the same name.
    probe_dir: PathBuf,
}

impl Cargo {
    /// Publishes from the workspace at `root`.
    pub(crate) fn new(root: &Path, allow_dirty: bool) -> Result<Self, String> {
        let probe_dir =
            std::env::temp_dir().join(format!("xtask-release-probe-{}", std::process::id()));
        std::fs::create_dir_all(&probe_dir)
            .map_err(|e| format!("cannot create {}: {e}", probe_dir.display()))?;
        Ok(Self {
            root: root.to_path_buf(),
            allow_dirty,
            probe_dir,
        })
    }
}

impl Registry for Cargo {
    fn has(&mut self, name: &str, version: Version) -> Result<bool, String> {
        let spec = format!("{name}@{version}");
        let mut command = cmd::cargo(&self.probe_dir);
        command.args(["info", &spec]);
        let output = cmd::output(&mut command)?;
        if output.status.success() {
            return Ok(true);
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        if stderr.contains(&format!("could not find `{spec}`")) {
            Ok(false)
        } else {
            Err(cmd::failure(&command, &output))
        }
    }

    fn publish(&mut self, name: &str) -> Result<(), String> {
        let mut command = cmd::cargo(&self.root);
        command.args(["publish", "--locked", "--package", name]);
        if self.allow_dirty {
            command.arg("--allow-dirty");
        }
        cmd::stream(&mut command)
    }

    fn sleep(&mut self, duration: Duration) {
        std::thread::sleep(duration);
    }
}

impl Drop for Cargo {
    fn drop(&mut self) {
        // Best effort: an empty leftover directory is harmless.
        let _ = std::fs::remove_dir(&self.probe_dir);
    }
}
