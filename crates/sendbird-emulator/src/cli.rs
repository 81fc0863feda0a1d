//! Command-line parsing for the `sendbird-emulator` binary (hand-written, no dependencies).

use std::time::Duration;

use crate::controls::{Fault, RateLimit};
use crate::emulator::{EmulatorBuilder, DEFAULT_API_TOKEN, DEFAULT_APP_ID};

/// The `--help` text.
pub const USAGE: &str = "\
sendbird-emulator — an in-memory server that answers like the Sendbird Platform API

USAGE:
    sendbird-emulator [OPTIONS]

OPTIONS:
    --port <N>               Loopback port to listen on (default 8080; 0 = any free port)
    --app-id <ID>            Application id (default EMULATOR)
    --api-token <TOKEN>      Master API token (default emulator-master-token)
    --secondary-token <T>    Extra accepted API token (repeatable)
    --rate-limit-get <N>     Allowed GET requests per second (answers 429 beyond)
    --rate-limit-write <N>   Allowed POST/PUT/DELETE requests per second, per method
    --latency-ms <N>         Delay every API request by N milliseconds
    --fail-rate <P>          Inject a fault into each API request with probability P (0-1)
    --fail-next <N>          Inject a fault into the next N API requests
    --fault <KIND>           The injected fault: internal (500, default), unavailable (503)
                             or drop (close the connection without answering)
    --quiet                  Don't log requests to stderr
    -h, --help               Print this help
    -V, --version            Print the version
";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Command {
    /// Run the server with these options.
    Run(Options),
    /// Print [`USAGE`].
    Help,
    /// Print the version.
    Version,
}

/// Server options from the command line.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// `--port` (default 8080).
    pub port: u16,
    /// `--app-id`.
    pub app_id: String,
    /// `--api-token`.
    pub api_token: String,
    /// `--secondary-token`, in order.
    pub secondary_tokens: Vec<String>,
    /// `--rate-limit-get` / `--rate-limit-write`.
    pub rate_limit: RateLimit,
    /// `--latency-ms`.
    pub latency: Duration,
    /// `--fail-rate`.
    pub fail_rate: Option<f64>,
    /// `--fail-next`.
    pub fail_next: Option<u32>,
    /// `--fault`.
    pub fault: Fault,
    /// `false` with `--quiet`.
    pub log_requests: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            port: 8080,
            app_id: DEFAULT_APP_ID.to_owned(),
            api_token: DEFAULT_API_TOKEN.to_owned(),
            secondary_tokens: Vec::new(),
            rate_limit: RateLimit::unlimited(),
            latency: Duration::ZERO,
            fail_rate: None,
            fail_next: None,
            fault: Fault::InternalError,
            log_requests: true,
        }
    }
}

impl Options {
    /// An [`EmulatorBuilder`] configured from these options.
    pub fn builder(&self) -> EmulatorBuilder {
        let mut builder = EmulatorBuilder::default()
            .port(self.port)
            .app_id(self.app_id.clone())
            .api_token(self.api_token.clone())
            .rate_limit(self.rate_limit)
            .latency(self.latency)
            .log_requests(self.log_requests);
        for token in &self.secondary_tokens {
            builder = builder.secondary_token(token.clone());
        }
        if let Some(rate) = self.fail_rate {
            builder = builder.fail_rate(rate, self.fault);
        }
        if let Some(count) = self.fail_next {
            builder = builder.fail_next(count, self.fault);
        }
        builder
    }
}

/// A command-line error (the message names the offending argument).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CliError(String);

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, CliError> {
    value
        .parse()
        .map_err(|_| CliError(format!("invalid value {value:?} for {flag}")))
}

/// Parses the arguments after the program name. Accepts `--flag value` and `--flag=value`.
pub fn parse<I, S>(args: I) -> Result<Command, CliError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut options = Options::default();
    let mut args = args.into_iter().map(Into::into);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let takes_value = match flag.as_str() {
            "-h" | "--help" | "-V" | "--version" | "--quiet" => false,
            "--port" | "--app-id" | "--api-token" | "--secondary-token" | "--rate-limit-get"
            | "--rate-limit-write" | "--latency-ms" | "--fail-rate" | "--fail-next" | "--fault" => {
                true
            }
            _ => return Err(CliError(format!("unknown argument {flag:?}"))),
        };
        let value = if takes_value {
            match inline {
                Some(value) => value,
                None => args
                    .next()
                    .ok_or_else(|| CliError(format!("{flag} needs a value")))?,
            }
        } else if inline.is_some() {
            return Err(CliError(format!("{flag} takes no value")));
        } else {
            String::new()
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--quiet" => options.log_requests = false,
            "--port" => options.port = number(&flag, &value)?,
            "--app-id" => options.app_id = value,
            "--api-token" => {
                if value.is_empty() {
                    return Err(CliError("--api-token must not be empty".to_owned()));
                }
                options.api_token = value;
            }
            "--secondary-token" => options.secondary_tokens.push(value),
            "--rate-limit-get" => options.rate_limit.get = Some(number(&flag, &value)?),
            "--rate-limit-write" => options.rate_limit.write = Some(number(&flag, &value)?),
            "--latency-ms" => options.latency = Duration::from_millis(number(&flag, &value)?),
            "--fail-rate" => {
                let rate: f64 = number(&flag, &value)?;
                if !(0.0..=1.0).contains(&rate) {
                    return Err(CliError(format!(
                        "--fail-rate must be between 0 and 1, got {value}"
                    )));
                }
                options.fail_rate = Some(rate);
            }
            "--fail-next" => options.fail_next = Some(number(&flag, &value)?),
            "--fault" => {
                options.fault = match value.as_str() {
                    "internal" | "500" => Fault::InternalError,
                    "unavailable" | "503" => Fault::ServiceUnavailable,
                    "drop" => Fault::DropConnection,
                    _ => {
                        return Err(CliError(format!(
                            "unknown fault {value:?} (internal, unavailable, drop)"
                        )))
                    }
                }
            }
            _ => return Err(CliError(format!("unknown argument {flag:?}"))),
        }
    }
    Ok(Command::Run(options))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        match parse(args.iter().copied()).unwrap() {
            Command::Run(options) => options,
            other => panic!("expected Run, got {other:?}"),
        }
    }

    #[test]
    fn defaults() {
        assert_eq!(run(&[]), Options::default());
    }

    #[test]
    fn all_flags() {
        let o = run(&[
            "--port",
            "9000",
            "--app-id",
            "APP",
            "--api-token=T",
            "--secondary-token",
            "S1",
            "--secondary-token",
            "S2",
            "--rate-limit-get",
            "10",
            "--rate-limit-write=5",
            "--latency-ms",
            "25",
            "--fail-rate",
            "0.1",
            "--fail-next",
            "3",
            "--fault",
            "drop",
            "--quiet",
        ]);
        assert_eq!(o.port, 9000);
        assert_eq!(o.app_id, "APP");
        assert_eq!(o.api_token, "T");
        assert_eq!(o.secondary_tokens, ["S1", "S2"]);
        assert_eq!(o.rate_limit, RateLimit::per_second(10, 5));
        assert_eq!(o.latency, Duration::from_millis(25));
        assert_eq!(o.fail_rate, Some(0.1));
        assert_eq!(o.fail_next, Some(3));
        assert_eq!(o.fault, Fault::DropConnection);
        assert!(!o.log_requests);
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse(["--help"]).unwrap(), Command::Help);
        assert_eq!(parse(["-h"]).unwrap(), Command::Help);
        assert_eq!(parse(["-V"]).unwrap(), Command::Version);
    }

    #[test]
    fn errors() {
        for bad in [
            &["--port"][..],
            &["--port", "x"],
            &["--port", "70000"],
            &["--fail-rate", "2"],
            &["--fault", "boom"],
            &["--bogus"],
            &["--quiet=1"],
            &["--api-token", ""],
        ] {
            assert!(parse(bad.iter().copied()).is_err(), "{bad:?}");
        }
    }
}
