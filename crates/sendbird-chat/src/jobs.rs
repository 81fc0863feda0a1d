//! Long-running server jobs (announcements, data exports, GDPR requests...): waiting for them,
//! and the download links of their results ([`FileLink`]).
//!
//! Each of these jobs is created by one call and then reports its status through a "get"
//! endpoint until it reaches a final state. The two helpers here are generic over that pair —
//! *fetch the status* and *is it final?* — so every family can offer a typed wait with a few
//! lines (see [`Announcements::wait_until_done`](crate::announcements::Announcements::wait_until_done)):
//!
//! - [`wait_until`] polls at an interval until the status is final or a deadline passes
//!   ([`WaitError::DeadlineExceeded`] then carries the last status seen);
//! - [`watch`] is the same loop as a `Stream` that yields each status that differs from the
//!   previous one and ends after the final one.
//!
//! Both sleep on tokio's timer, so they need a tokio runtime (as the default transport does).
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), Box<dyn std::error::Error>> {
//! use std::future::IntoFuture;
//! use std::time::Duration;
//! use sendbird_chat::jobs;
//!
//! let announcements = chat.announcements();
//! let done = jobs::wait_until(
//!     || announcements.get("spring_sale").into_future(),
//!     |a| a.status.is_terminal(),
//!     Duration::from_secs(5),
//!     Duration::from_secs(600),
//! )
//! .await?;
//! println!("{}", done.status);
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::time::Duration;

use futures_util::stream::{self, Stream};
use tokio::time::Instant;

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

/// Why [`wait_until`] gave up.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<T> {
    /// Fetching the status failed (the error of that request).
    Request(Error),
    /// The deadline passed before the job reached a final state.
    DeadlineExceeded {
        /// The last status fetched (not final).
        last: Box<T>,
        /// How long the wait lasted.
        waited: Duration,
    },
}

impl<T> WaitError<T> {
    /// The last status seen when the deadline passed.
    pub fn last_status(&self) -> Option<&T> {
        match self {
            Self::DeadlineExceeded { last, .. } => Some(last),
            Self::Request(_) => None,
        }
    }

    /// Whether the wait ended because the deadline passed.
    pub fn is_deadline_exceeded(&self) -> bool {
        matches!(self, Self::DeadlineExceeded { .. })
    }

    /// The request error, if a status request failed.
    pub fn request_error(&self) -> Option<&Error> {
        match self {
            Self::Request(error) => Some(error),
            Self::DeadlineExceeded { .. } => None,
        }
    }
}

impl<T> From<Error> for WaitError<T> {
    fn from(error: Error) -> Self {
        Self::Request(error)
    }
}

impl<T> fmt::Display for WaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Request(error) => write!(f, "fetching the job status failed: {error}"),
            Self::DeadlineExceeded { waited, .. } => write!(
                f,
                "the job did not reach a final state within {:.1} s",
                waited.as_secs_f64()
            ),
        }
    }
}

impl<T: fmt::Debug> std::error::Error for WaitError<T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Request(error) => Some(error),
            Self::DeadlineExceeded { .. } => None,
        }
    }
}

/// Fetches a job's status until `is_done` accepts it, waiting `interval` between requests,
/// and gives up once `deadline` has passed (a last fetch happens at the deadline). The first
/// fetch is immediate.
///
/// Answers the final status, the first request error, or
/// [`WaitError::DeadlineExceeded`] with the last status seen.
pub async fn wait_until<T, F, Fut, D>(
    mut fetch: F,
    is_done: D,
    interval: Duration,
    deadline: Duration,
) -> Result<T, WaitError<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
    D: Fn(&T) -> bool,
{
    let start = Instant::now();
    loop {
        let status = fetch().await?;
        if is_done(&status) {
            return Ok(status);
        }
        let waited = start.elapsed();
        if waited >= deadline {
            return Err(WaitError::DeadlineExceeded {
                last: Box::new(status),
                waited,
            });
        }
        tokio::time::sleep(interval.min(deadline - waited)).await;
    }
}

/// Declares `wait_until_done(id, interval, deadline)` on a family handle: it fetches the job
/// with the handle's `get(id)` until `$is_done` accepts it, through [`wait_until`]. The docs
/// given come first; the macro adds the part every family shares.
macro_rules! wait_until_done {
    ($(#[$doc:meta])* $handle:ident($id:ident) -> $job:ty, $is_done:expr) => {
        impl $handle<'_> {
            $(#[$doc])*
            /// Gives up with [`WaitError::DeadlineExceeded`](crate::jobs::WaitError::DeadlineExceeded),
            /// carrying the last state seen, once `deadline` has passed.
            ///
            /// Built on [`jobs::wait_until`](crate::jobs::wait_until); needs a tokio runtime
            /// for its timer.
            pub async fn wait_until_done(
                &self,
                $id: impl ::sendbird_core::IntoParam<::std::string::String>,
                interval: ::std::time::Duration,
                deadline: ::std::time::Duration,
            ) -> ::core::result::Result<$job, $crate::jobs::WaitError<$job>> {
                let $id: ::std::string::String = ::sendbird_core::IntoParam::into_param($id);
                $crate::jobs::wait_until(
                    || ::std::future::IntoFuture::into_future(self.get($id.clone())),
                    $is_done,
                    interval,
                    deadline,
                )
                .await
            }
        }
    };
}
pub(crate) use wait_until_done;

struct Watch<F, D, T> {
    fetch: F,
    is_done: D,
    previous: Option<T>,
    first: bool,
}

/// The statuses of a job as a `Stream`: fetches every `interval` (the first fetch is
/// immediate), yields each status that differs from the previous one, and ends after yielding
/// the status `is_done` accepts, or after a request error. Bound its duration with
/// `tokio::time::timeout` or by dropping it.
pub fn watch<T, F, Fut, D>(
    fetch: F,
    is_done: D,
    interval: Duration,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
    D: Fn(&T) -> bool,
    T: Clone + PartialEq,
{
    let start = Some(Watch {
        fetch,
        is_done,
        previous: None,
        first: true,
    });
    stream::unfold(start, move |state| async move {
        let mut watch = state?;
        loop {
            if !watch.first {
                tokio::time::sleep(interval).await;
            }
            watch.first = false;
            match (watch.fetch)().await {
                Err(error) => return Some((Err(error), None)),
                Ok(status) if (watch.is_done)(&status) => return Some((Ok(status), None)),
                Ok(status) if watch.previous.as_ref() == Some(&status) => continue,
                Ok(status) => {
                    watch.previous = Some(status.clone());
                    return Some((Ok(status), Some(watch)));
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use futures_util::TryStreamExt;

    use super::*;

    /// A fake job: its status for the n-th fetch.
    fn job(
        statuses: &'static [&'static str],
    ) -> impl FnMut() -> std::future::Ready<Result<&'static str, Error>> {
        let calls = AtomicUsize::new(0);
        move || {
            let n = calls.fetch_add(1, Ordering::Relaxed);
            std::future::ready(Ok(statuses[n.min(statuses.len() - 1)]))
        }
    }

    #[tokio::test(start_paused = true)]
    async fn waits_until_the_status_is_final() {
        let start = Instant::now();
        let done = wait_until(
            job(&["scheduled", "running", "running", "completed"]),
            |s| *s == "completed",
            Duration::from_secs(2),
            Duration::from_secs(60),
        )
        .await
        .expect("completes");
        assert_eq!(done, "completed");
        assert_eq!(start.elapsed(), Duration::from_secs(6));
    }

    #[tokio::test(start_paused = true)]
    async fn gives_up_at_the_deadline_with_the_last_status() {
        let start = Instant::now();
        let error = wait_until(
            job(&["scheduled", "running"]),
            |s| *s == "completed",
            Duration::from_secs(4),
            Duration::from_secs(10),
        )
        .await
        .expect_err("never completes");
        assert!(error.is_deadline_exceeded());
        assert_eq!(error.last_status(), Some(&"running"));
        // Fetches at 0, 4, 8 and a last one at the deadline.
        assert_eq!(start.elapsed(), Duration::from_secs(10));
        assert!(error.to_string().contains("10.0 s"), "{error}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_error_ends_the_wait() {
        let error = wait_until(
            || std::future::ready(Err::<&str, _>(Error::Middleware("down".into()))),
            |_| true,
            Duration::from_secs(1),
            Duration::from_secs(5),
        )
        .await
        .expect_err("fails");
        assert!(error.request_error().is_some());
        assert!(error.last_status().is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn watch_yields_changes_and_ends_after_the_final_status() {
        let seen: Vec<&str> = watch(
            job(&[
                "scheduled",
                "scheduled",
                "running",
                "running",
                "completed",
                "x",
            ]),
            |s| *s == "completed",
            Duration::from_secs(1),
        )
        .try_collect()
        .await
        .expect("no error");
        assert_eq!(seen, ["scheduled", "running", "completed"]);
    }
}
