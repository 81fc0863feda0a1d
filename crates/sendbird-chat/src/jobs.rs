//! Long-running server jobs (data exports, GDPR requests): their result files and a helper
//! that polls a job until it reaches a terminal state.
//!
//! Both [`DataExports::wait_until_done`](crate::data_export::DataExports::wait_until_done) and
//! [`Privacy::wait_until_done`](crate::privacy::Privacy::wait_until_done) take a polling
//! interval and a timeout, and answer the finished job or a [`WaitError`].

use std::fmt;
use std::future::Future;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::Error;

/// The download link of a job's result (`file` of a data export, `files` of a GDPR request).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FileLink {
    /// The URL of the result file (empty when there is none, e.g. for a GDPR deletion).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub url: String,
    /// When the link expires, Unix milliseconds (0 when it does not apply).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub expires_at: i64,
}

/// Why waiting for a job failed: a status request failed, or the job did not finish in time.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<T> {
    /// Reading the job's status failed.
    Request(Error),
    /// The timeout passed before the job reached a terminal state.
    TimedOut {
        /// The job as last seen.
        last: Box<T>,
        /// How long the helper waited.
        waited: Duration,
    },
}

impl<T> WaitError<T> {
    /// The job as last seen, when the wait timed out.
    pub fn last(&self) -> Option<&T> {
        match self {
            WaitError::TimedOut { last, .. } => Some(last),
            WaitError::Request(_) => None,
        }
    }

    /// Whether the wait timed out (rather than a request failing).
    pub fn is_timeout(&self) -> bool {
        matches!(self, WaitError::TimedOut { .. })
    }
}

impl<T> From<Error> for WaitError<T> {
    fn from(error: Error) -> Self {
        WaitError::Request(error)
    }
}

impl<T> fmt::Display for WaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Request(error) => write!(f, "reading the job's status failed: {error}"),
            WaitError::TimedOut { waited, .. } => {
                write!(f, "the job did not finish within {} ms", waited.as_millis())
            }
        }
    }
}

impl<T: fmt::Debug> std::error::Error for WaitError<T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Request(error) => Some(error),
            WaitError::TimedOut { .. } => None,
        }
    }
}

/// Reads a job with `fetch` until `is_done` holds, sleeping `interval` between reads; gives up
/// with [`WaitError::TimedOut`] once `timeout` has passed (one last read happens at the
/// deadline). A failed read ends the wait with [`WaitError::Request`].
pub(crate) async fn poll_until<T, F, Fut>(
    interval: Duration,
    timeout: Duration,
    mut fetch: F,
    is_done: impl Fn(&T) -> bool,
) -> Result<T, WaitError<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let start = tokio::time::Instant::now();
    loop {
        let job = fetch().await?;
        if is_done(&job) {
            return Ok(job);
        }
        let waited = start.elapsed();
        if waited >= timeout {
            return Err(WaitError::TimedOut {
                last: Box::new(job),
                waited,
            });
        }
        tokio::time::sleep(interval.min(timeout - waited)).await;
    }
}
