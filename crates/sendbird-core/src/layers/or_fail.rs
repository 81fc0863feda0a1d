//! [`OrFail`]: the future of a layer that either calls its inner service or fails at once.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use pin_project_lite::pin_project;

use crate::error::Error;

pin_project! {
    /// The inner service's future, or an error decided before calling it (e.g. a body that
    /// cannot be encoded). Holding only the error (not a whole `Ready<Result<Response, _>>`)
    /// keeps every future above it small.
    #[derive(Debug)]
    pub struct OrFail<F, T> {
        #[pin]
        state: State<F, T>,
    }
}

pin_project! {
    #[project = StateProjection]
    #[derive(Debug)]
    enum State<F, T> {
        Call {
            #[pin]
            future: F,
        },
        Fail {
            error: Option<Error>,
            output: PhantomData<fn() -> T>,
        },
    }
}

impl<F, T> OrFail<F, T> {
    /// The inner call's future.
    pub fn call(future: F) -> Self {
        Self {
            state: State::Call { future },
        }
    }

    /// An immediate failure.
    pub fn fail(error: impl Into<Error>) -> Self {
        Self {
            state: State::Fail {
                error: Some(error.into()),
                output: PhantomData,
            },
        }
    }
}

impl<F, T> Future for OrFail<F, T>
where
    F: Future<Output = Result<T, Error>>,
{
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().state.project() {
            StateProjection::Call { future } => future.poll(cx),
            StateProjection::Fail { error, .. } => Poll::Ready(Err(error
                .take()
                .unwrap_or_else(|| Error::Middleware("polled after completion".into())))),
        }
    }
}
