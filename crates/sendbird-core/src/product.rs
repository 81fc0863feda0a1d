//! [`ProductBuilder`]: the builder shared by `ChatClient`, `CallsClient` and `LiveClient`.

use std::marker::PhantomData;
use std::time::Duration;

use bytes::Bytes;
use tower::{Layer, Service};

use crate::client::{ApiService, Client, ClientBuilder};
use crate::error::{BoxError, BuildError};
use crate::layers::RetryConfig;
use crate::request::ApiRequest;
use crate::secret::ApiToken;
use crate::transport::HttpService;

/// A product client (`ChatClient`, ...): a [`Client`] with a known base-URL template.
pub trait Product: From<Client> {
    /// The base URL with an `{app_id}` placeholder, e.g.
    /// `https://api-{app_id}.sendbird.com/v3`.
    const BASE_URL_TEMPLATE: &'static str;
}

/// Builds a product client from an application id (or an explicit base URL) and a token.
pub struct ProductBuilder<P> {
    inner: ClientBuilder,
    app_id: Option<String>,
    base_url: Option<String>,
    product: PhantomData<fn() -> P>,
}

impl<P> std::fmt::Debug for ProductBuilder<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProductBuilder")
            .field("app_id", &self.app_id)
            .field("base_url", &self.base_url)
            .field("inner", &self.inner)
            .finish()
    }
}

impl<P> Default for ProductBuilder<P> {
    fn default() -> Self {
        Self {
            inner: ClientBuilder::default(),
            app_id: None,
            base_url: None,
            product: PhantomData,
        }
    }
}

impl<P: Product> ProductBuilder<P> {
    /// The Sendbird application id; the base URL follows from it.
    pub fn app_id(mut self, app_id: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self
    }

    /// An explicit base URL (the Dashboard's "API request URL", a proxy, or the emulator);
    /// wins over [`app_id`](Self::app_id).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The master or secondary API token.
    pub fn api_token(mut self, token: impl Into<ApiToken>) -> Self {
        self.inner = self.inner.api_token(token);
        self
    }

    /// Retry settings.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }

    /// Limit for one attempt.
    pub fn attempt_timeout(mut self, limit: impl Into<Option<Duration>>) -> Self {
        self.inner = self.inner.attempt_timeout(limit);
        self
    }

    /// Limit for the whole call.
    pub fn total_timeout(mut self, limit: impl Into<Option<Duration>>) -> Self {
        self.inner = self.inner.total_timeout(limit);
        self
    }

    /// Cap on a response body.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.inner = self.inner.max_response_body(bytes);
        self
    }

    /// Allows a plain-`http` base URL on a non-loopback host.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.inner = self.inner.allow_insecure_http(allow);
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.inner = self.inner.user_agent(user_agent);
        self
    }

    /// See [`ClientBuilder::layer`].
    pub fn layer<L>(mut self, layer: L) -> Self
    where
        L: Layer<ApiService> + Send + 'static,
        L::Service:
            Service<ApiRequest, Response = http::Response<Bytes>> + Clone + Send + Sync + 'static,
        <L::Service as Service<ApiRequest>>::Error: Into<BoxError>,
        <L::Service as Service<ApiRequest>>::Future: Send + 'static,
    {
        self.inner = self.inner.layer(layer);
        self
    }

    /// See [`ClientBuilder::attempt_layer`].
    pub fn attempt_layer<L>(mut self, layer: L) -> Self
    where
        L: Layer<HttpService> + Send + 'static,
        L::Service: Service<http::Request<Bytes>, Response = http::Response<Bytes>>
            + Clone
            + Send
            + Sync
            + 'static,
        <L::Service as Service<http::Request<Bytes>>>::Error: Into<BoxError>,
        <L::Service as Service<http::Request<Bytes>>>::Future: Send + 'static,
    {
        self.inner = self.inner.attempt_layer(layer);
        self
    }

    /// See [`ClientBuilder::with_service`].
    pub fn with_service<S, B>(mut self, service: S) -> Self
    where
        S: Service<http::Request<Bytes>, Response = http::Response<B>>
            + Clone
            + Send
            + Sync
            + 'static,
        S::Error: Into<BoxError>,
        S::Future: Send + 'static,
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        self.inner = self.inner.with_service(service);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<P, BuildError> {
        let url = match (self.base_url, self.app_id) {
            (Some(url), _) => url,
            (None, Some(app_id)) => {
                if app_id.is_empty()
                    || !app_id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    return Err(BuildError::InvalidBaseUrl(format!(
                        "application id `{app_id}`"
                    )));
                }
                P::BASE_URL_TEMPLATE.replace("{app_id}", &app_id)
            }
            (None, None) => return Err(BuildError::Missing("app_id or base_url")),
        };
        self.inner.base_url(url).build().map(P::from)
    }
}
