//! Publishing crate by crate, in the planned order, each after the registry index shows the
//! ones before it; stopping at the first failure with how to resume.

use std::time::Duration;

use super::version::Version;

/// What publishing needs from a registry (injected, so the loop is tested offline).
pub(crate) trait Registry {
    /// Whether `name` `version` is in the registry's index.
    fn has(&mut self, name: &str, version: Version) -> Result<bool, String>;
    /// Publishes `name` from the workspace.
    fn publish(&mut self, name: &str) -> Result<(), String>;
    /// Waits `duration` before looking at the index again.
    fn sleep(&mut self, duration: Duration);
}

/// How long to wait for a published crate to appear in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wait {
    /// Between two looks at the index.
    pub(crate) interval: Duration,
    /// In all, per crate.
    pub(crate) timeout: Duration,
}

/// Publishes `crates` at `version` in order. A crate the index already has is skipped, so
/// running it again after a failure resumes where it stopped.
pub(crate) fn publish_all(
    registry: &mut dyn Registry,
    crates: &[&str],
    version: Version,
    wait: Wait,
) -> Result<(), String> {
    let mut done: Vec<&str> = Vec::new();
    for (index, name) in crates.iter().enumerate() {
        let stop = |reason: String| stopped(crates, index, &done, version, &reason);
        if registry.has(name, version).map_err(&stop)? {
            println!("== {name} {version} is already in the registry: skipped");
            done.push(name);
            continue;
        }
        println!("== cargo publish -p {name}");
        registry.publish(name).map_err(&stop)?;
        wait_for(registry, name, version, wait).map_err(&stop)?;
        println!("== {name} {version} is in the registry index");
        done.push(name);
    }
    Ok(())
}

/// Looks at the index until it has `name` `version`, up to `wait.timeout`.
fn wait_for(
    registry: &mut dyn Registry,
    name: &str,
    version: Version,
    wait: Wait,
) -> Result<(), String> {
    let mut waited = Duration::ZERO;
    let mut last_error = None;
    loop {
        match registry.has(name, version) {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            Err(e) => last_error = Some(e),
        }
        if waited >= wait.timeout {
            return Err(format!(
                "{name} {version} was published but the registry index does not show it after \
                 {}s{}",
                waited.as_secs(),
                last_error
                    .map(|e| format!(" (last lookup: {e})"))
                    .unwrap_or_default()
            ));
        }
        registry.sleep(wait.interval);
        waited += wait.interval;
    }
}

/// The message when publishing stops at `crates[index]`.
fn stopped(crates: &[&str], index: usize, done: &[&str], version: Version, reason: &str) -> String {
    let remaining = &crates[index..];
    let by_hand: Vec<String> = remaining
        .iter()
        .map(|name| format!("  cargo publish -p {name}"))
        .collect();
    format!(
        "publishing stopped at {} {version}: {reason}\n\
         published: {}\n\
         not published: {}\n\
         The release commit and the tag v{version} are in place. Fix the cause, then resume with\n  \
         cargo xtask release --resume-publish\n\
         (crates the registry already has are skipped), or publish the rest by hand in this \
         order, each once the index shows the previous one:\n{}",
        crates[index],
        if done.is_empty() { "none".to_owned() } else { done.join(", ") },
        remaining.join(", "),
        by_hand.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry in memory: a crate shows in the index `delay` lookups after it is
    /// published; `failing` refuses to publish.
    #[derive(Default)]
    struct Fake {
        index: Vec<(String, usize)>,
        delay: usize,
        failing: Option<&'static str>,
        calls: Vec<String>,
        slept: Duration,
    }

    impl Registry for Fake {
        fn has(&mut self, name: &str, _version: Version) -> Result<bool, String> {
            self.calls.push(format!("has {name}"));
            Ok(match self.index.iter_mut().find(|(n, _)| n == name) {
                Some((_, lookups)) if *lookups >= self.delay => true,
                Some((_, lookups)) => {
                    *lookups += 1;
                    false
                }
                None => false,
            })
        }

        fn publish(&mut self, name: &str) -> Result<(), String> {
            self.calls.push(format!("publish {name}"));
            if self.failing == Some(name) {
                return Err("the registry said no".into());
            }
            self.index.push((name.to_owned(), 0));
            Ok(())
        }

        fn sleep(&mut self, duration: Duration) {
            self.calls.push("sleep".into());
            self.slept += duration;
        }
    }

    const CRATES: [&str; 3] = ["core", "chat", "app"];
    const WAIT: Wait = Wait {
        interval: Duration::from_secs(5),
        timeout: Duration::from_secs(60),
    };

    fn version() -> Version {
        Version::parse("0.2.0").expect("version")
    }

    #[test]
    fn publishes_in_order_waiting_for_each_in_the_index() {
        let mut fake = Fake {
            delay: 2,
            ..Fake::default()
        };
        publish_all(&mut fake, &CRATES, version(), WAIT).expect("published");
        let expected: Vec<String> = CRATES
            .iter()
            .flat_map(|name| {
                [
                    format!("has {name}"),
                    format!("publish {name}"),
                    format!("has {name}"),
                    "sleep".into(),
                    format!("has {name}"),
                    "sleep".into(),
                    format!("has {name}"),
                ]
            })
            .collect();
        assert_eq!(fake.calls, expected);
        assert_eq!(fake.slept, Duration::from_secs(30));
    }

    #[test]
    fn stops_at_the_first_failure_and_says_how_to_resume() {
        let mut fake = Fake {
            failing: Some("chat"),
            ..Fake::default()
        };
        let message = publish_all(&mut fake, &CRATES, version(), WAIT).expect_err("stops");
        assert!(!fake.calls.contains(&"publish app".to_string()));
        assert!(message.starts_with("publishing stopped at chat 0.2.0: the registry said no"));
        assert!(message.contains("published: core\nnot published: chat, app\n"));
        assert!(message.contains("cargo xtask release --resume-publish"));
        assert!(message.ends_with("  cargo publish -p chat\n  cargo publish -p app"));
    }

    #[test]
    fn resuming_skips_what_the_registry_has() {
        let mut fake = Fake {
            index: vec![("core".into(), 0)],
            ..Fake::default()
        };
        publish_all(&mut fake, &CRATES, version(), WAIT).expect("published");
        assert!(!fake.calls.contains(&"publish core".to_string()));
        assert!(fake.calls.contains(&"publish chat".to_string()));
        assert!(fake.calls.contains(&"publish app".to_string()));
    }

    #[test]
    fn gives_up_waiting_after_the_timeout() {
        let mut fake = Fake {
            delay: usize::MAX,
            ..Fake::default()
        };
        let message = publish_all(&mut fake, &CRATES, version(), WAIT).expect_err("times out");
        assert!(
            message.contains(
                "core 0.2.0 was published but the registry index does not show it after 60s"
            ),
            "{message}"
        );
        assert_eq!(fake.slept, WAIT.timeout);
        assert!(!fake.calls.contains(&"publish chat".to_string()));
    }
}
