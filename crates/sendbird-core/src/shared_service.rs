//! [`SharedService`]: a type-erased service that is cheap to clone.

use std::fmt;
use std::sync::Arc;
use std::task::{Context, Poll};

use tower::util::Oneshot;
use tower::{Service, ServiceExt};

use crate::error::Error;
use crate::BoxFuture;

/// A type-erased, cheaply clonable service: the concrete service lives once behind an `Arc`,
/// and each call works on a clone of it inside the call's (one) boxed future.
///
/// Cloning a `SharedService` is a reference-count increment (a `BoxCloneSyncService` clone
/// allocates), which matters because a shared client clones its stack on every call. The
/// wrapped service's readiness is awaited inside the call's future, so `poll_ready` on a
/// `SharedService` is always ready.
pub struct SharedService<Req, Resp> {
    inner: Arc<dyn Erased<Req, Resp>>,
}

trait Erased<Req, Resp>: Send + Sync {
    fn call(&self, request: Req) -> BoxFuture<'static, Result<Resp, Error>>;
}

impl<S, Req> Erased<Req, S::Response> for S
where
    S: Service<Req, Error = Error> + Clone + Send + Sync + 'static,
    S::Future: Send + 'static,
    S::Response: Send + 'static,
    Req: Send + 'static,
{
    fn call(&self, request: Req) -> BoxFuture<'static, Result<S::Response, Error>> {
        let mut service = self.clone();
        // Most services are ready at once: ask with a no-op waker and, if so, box only the
        // call's own future. Otherwise the boxed `Oneshot` waits for readiness properly.
        let mut cx = Context::from_waker(std::task::Waker::noop());
        match Service::poll_ready(&mut service, &mut cx) {
            Poll::Ready(Ok(())) => Box::pin(Service::call(&mut service, request)),
            Poll::Ready(Err(error)) => Box::pin(std::future::ready(Err(error))),
            Poll::Pending => {
                let oneshot: Oneshot<S, Req> = service.oneshot(request);
                Box::pin(oneshot)
            }
        }
    }
}

impl<Req, Resp> SharedService<Req, Resp> {
    /// Erases `service`.
    pub fn new<S>(service: S) -> Self
    where
        S: Service<Req, Response = Resp, Error = Error> + Clone + Send + Sync + 'static,
        S::Future: Send + 'static,
        Resp: Send + 'static,
        Req: Send + 'static,
    {
        Self {
            inner: Arc::new(service),
        }
    }
}

impl<Req, Resp> Clone for SharedService<Req, Resp> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<Req, Resp> fmt::Debug for SharedService<Req, Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedService").finish_non_exhaustive()
    }
}

impl<Req, Resp> Service<Req> for SharedService<Req, Resp> {
    type Response = Resp;
    type Error = Error;
    type Future = BoxFuture<'static, Result<Resp, Error>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Req) -> Self::Future {
        Erased::call(&*self.inner, request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn clones_share_one_service_and_calls_wait_for_readiness() {
        let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = calls.clone();
        let service = SharedService::new(tower::service_fn(move |n: u32| {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            async move { Ok::<_, Error>(n * 2) }
        }));
        let mut copy = service.clone();
        assert_eq!(copy.ready().await.ok().map(|_| ()), Some(()));
        assert_eq!(copy.call(21).await.ok(), Some(42));
        assert_eq!(service.clone().oneshot(1).await.ok(), Some(2));
        assert_eq!(calls.load(std::sync::atomic::Ordering::Relaxed), 2);
    }
}
