//! Command-line parsing for the `sendbird-emulator` binary (hand-written, no dependencies).

use std::time::Duration;

use crate::controls::{Fault, RateLimit};
use crate::emulator::{EmulatorBuilder, DEFAULT_API_TOKEN, DEFAULT_APP_ID};
use crate::http::limits::Limits;

/// The `--help` text.
pub const USAGE: &str = "\
sendbird-emulator — an in-memory server that answers like the Sendbird Platform API

USAGE:
    sendbird-emulator [OPTIONS]

OPTIONS:
    --port <N>               Loopback port to listen on (default 8080; 0 = any free port)
    --app-id <ID>            Application id (default EMULATOR)
    --api-token <TOKEN>      Master API token (default emulator-master-token)
    --secondary-token <T>    Extra accepted API token, revocable via the API (repeatable)
    --rate-limit-get <N>     Allowed GET requests per second (answers 429 beyond)
    --rate-limit-write <N>   Allowed POST/PUT/DELETE requests per second, per method
    --latency-ms <N>         Delay every API request by N milliseconds
    --clock-offset-ms <N>    Run the emulator's clock N milliseconds ahead of the wall clock
                             (negative: behind); scheduled work follows this clock
    --fail-rate <P>          Inject a fault into each API request with probability P (0-1)
    --fail-next <N>          Inject a fault into the next N API requests
    --fault <KIND>           The injected fault: internal (500, default), unavailable (503)
                             or drop (close the connection without answering)
    --webhook-url <URL>      Post Chat webhook events (every category) to this http:// URL,
                             signed with the master API token; PUT
                             /v3/applications/settings/webhook changes it later
    --quiet                  Don't log requests to stderr
    -h, --help               Print this help
    -V, --version            Print the version

LIMITS:
    --header-timeout-ms <N>  Time a client may take to send a request's headers, from
                             their first byte (default 10000)
    --body-timeout-ms <N>    Time a client may take to send a request's body once its
                             headers are in; answers 408 beyond (default 30000)
    --idle-timeout-ms <N>    Time a connection may stay open with no request in
                             progress (default 60000)
    --max-connections <N>    Open connections at most; beyond, the oldest one without a
                             request in progress is closed (default 256)
    --max-body-bytes <N>     Largest request body; answers 413 beyond (default 33554432,
                             32 MiB)
    --body-budget-bytes <N>  Request body bytes buffered across all requests at once;
                             answers 503 beyond (default 67108864, 64 MiB)
";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[expect(
    clippy::large_enum_variant,
    reason = "parsed once at start-up; boxing `Options` would change the public `Run` variant"
)]
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
    /// `--clock-offset-ms`.
    pub clock_offset_ms: i64,
    /// `--fail-rate`.
    pub fail_rate: Option<f64>,
    /// `--fail-next`.
    pub fail_next: Option<u32>,
    /// `--fault`.
    pub fault: Fault,
    /// `false` with `--quiet`.
    pub log_requests: bool,
    /// `--webhook-url`.
    pub webhook_url: Option<String>,
    /// `--header-timeout-ms`.
    pub header_read_timeout: Duration,
    /// `--body-timeout-ms`.
    pub body_read_timeout: Duration,
    /// `--idle-timeout-ms`.
    pub idle_timeout: Duration,
    /// `--max-connections`.
    pub max_connections: usize,
    /// `--max-body-bytes`.
    pub max_body_bytes: usize,
    /// `--body-budget-bytes`.
    pub body_budget_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        let limits = Limits::default();
        Self {
            port: 8080,
            app_id: DEFAULT_APP_ID.to_owned(),
            api_token: DEFAULT_API_TOKEN.to_owned(),
            secondary_tokens: Vec::new(),
            rate_limit: RateLimit::unlimited(),
            latency: Duration::ZERO,
            clock_offset_ms: 0,
            fail_rate: None,
            fail_next: None,
            fault: Fault::InternalError,
            log_requests: true,
            webhook_url: None,
            header_read_timeout: limits.header_read_timeout,
            body_read_timeout: limits.body_read_timeout,
            idle_timeout: limits.idle_timeout,
            max_connections: limits.max_connections,
            max_body_bytes: limits.max_body_bytes,
            body_budget_bytes: limits.body_budget_bytes,
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
            .clock_offset_ms(self.clock_offset_ms)
            .log_requests(self.log_requests)
            .header_read_timeout(self.header_read_timeout)
            .body_read_timeout(self.body_read_timeout)
            .idle_timeout(self.idle_timeout)
            .max_connections(self.max_connections)
            .max_body_bytes(self.max_body_bytes)
            .body_budget_bytes(self.body_budget_bytes);
        for token in &self.secondary_tokens {
            builder = builder.secondary_token(token.clone());
        }
        if let Some(rate) = self.fail_rate {
            builder = builder.fail_rate(rate, self.fault);
        }
        if let Some(count) = self.fail_next {
            builder = builder.fail_next(count, self.fault);
        }
        if let Some(url) = &self.webhook_url {
            builder = builder.webhook_url(url.clone());
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

/// A limit: a number of at least 1.
fn positive(flag: &str, value: &str) -> Result<usize, CliError> {
    match number(flag, value)? {
        0 => Err(CliError(format!("{flag} must be at least 1"))),
        n => Ok(n),
    }
}

/// A deadline in milliseconds (at least 1).
fn millis(flag: &str, value: &str) -> Result<Duration, CliError> {
    let ms = positive(flag, value)?;
    Ok(Duration::from_millis(u64::try_from(ms).unwrap_or(u64::MAX)))
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
            "--port"
            | "--app-id"
            | "--api-token"
            | "--secondary-token"
            | "--rate-limit-get"
            | "--rate-limit-write"
            | "--latency-ms"
            | "--clock-offset-ms"
            | "--fail-rate"
            | "--fail-next"
            | "--fault"
            | "--webhook-url"
            | "--header-timeout-ms"
            | "--body-timeout-ms"
            | "--idle-timeout-ms"
            | "--max-connections"
            | "--max-body-bytes"
            | "--body-budget-bytes" => true,
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
            "--clock-offset-ms" => options.clock_offset_ms = number(&flag, &value)?,
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
            "--webhook-url" => {
                if !value.starts_with("http://") && !value.starts_with("https://") {
                    return Err(CliError(format!(
                        "--webhook-url must be an http(s):// URL, got {value:?}"
                    )));
                }
                options.webhook_url = Some(value);
            }
            "--header-timeout-ms" => options.header_read_timeout = millis(&flag, &value)?,
            "--body-timeout-ms" => options.body_read_timeout = millis(&flag, &value)?,
            "--idle-timeout-ms" => options.idle_timeout = millis(&flag, &value)?,
            "--max-connections" => options.max_connections = positive(&flag, &value)?,
            "--max-body-bytes" => options.max_body_bytes = positive(&flag, &value)?,
            "--body-budget-bytes" => options.body_budget_bytes = positive(&flag, &value)?,
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

    /// The connection and body limits: the header, body and idle timeouts, then the
    /// connection cap, the body limit and the body budget.
    fn limits(o: &Options) -> ([Duration; 3], [usize; 3]) {
        (
            [o.header_read_timeout, o.body_read_timeout, o.idle_timeout],
            [o.max_connections, o.max_body_bytes, o.body_budget_bytes],
        )
    }

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
            "--header-timeout-ms",
            "1500",
            "--body-timeout-ms=2500",
            "--idle-timeout-ms",
            "3500",
            "--max-connections",
            "64",
            "--max-body-bytes",
            "1048576",
            "--body-budget-bytes=4194304",
            "--webhook-url",
            "http://127.0.0.1:9999/hook",
        ]);
        assert_eq!(o.port, 9000);
        assert_eq!(o.app_id, "APP");
        assert_eq!(o.api_token, "T");
        assert_eq!(o.secondary_tokens, ["S1", "S2"]);
        assert_eq!(o.rate_limit, RateLimit::per_second(10, 5));
        assert_eq!(o.latency, Duration::from_millis(25));
        let shifted = parse(["--clock-offset-ms", "-86400000"]);
        assert!(
            matches!(shifted, Ok(Command::Run(o)) if o.clock_offset_ms == -86_400_000),
            "a negative offset parses"
        );
        assert_eq!(o.fail_rate, Some(0.1));
        assert_eq!(o.fail_next, Some(3));
        assert_eq!(o.fault, Fault::DropConnection);
        assert!(!o.log_requests);
        assert_eq!(
            limits(&o),
            (
                [1500, 2500, 3500].map(Duration::from_millis),
                [64, 1_048_576, 4_194_304]
            )
        );
        assert_eq!(o.webhook_url.as_deref(), Some("http://127.0.0.1:9999/hook"));
    }

    #[test]
    fn limit_defaults_match_the_usage_text() {
        let o = Options::default();
        assert_eq!(
            limits(&o),
            (
                [10, 30, 60].map(Duration::from_secs),
                [256, 33_554_432, 67_108_864]
            )
        );
        for text in [
            "(default 10000)",
            "(default 30000)",
            "(default 60000)",
            "(default 256)",
            "(default 33554432,",
            "(default 67108864,",
        ] {
            assert!(USAGE.contains(text), "{text}");
        }
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
            &["--max-connections", "0"],
            &["--header-timeout-ms", "0"],
            &["--body-budget-bytes", "-1"],
            &["--idle-timeout-ms"],
            &["--webhook-url", "example.com/hook"],
        ] {
            assert!(parse(bad.iter().copied()).is_err(), "{bad:?}");
        }
    }
}
