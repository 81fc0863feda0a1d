//! The tower layers of the request stack, outermost first:
//!
//! ```text
//! [user layers on ApiRequest] -> TraceLayer -> TimeoutLayer::total -> RetryLayer
//!   -> TimeoutLayer::attempt -> UserAgentLayer -> ApiTokenLayer -> ContentTypeLayer
//!   -> UrlEncodingLayer -> [user layers on http::Request] -> transport
//! ```
//!
//! Each layer is public and usable alone, so a middleware author can rebuild, reorder or test
//! the stack piece by piece. [`RequestLayers`] is the request side (User-Agent to URL
//! encoding) as one layer: the client and
//! [`build_http_request`](crate::build_http_request) both run exactly it.

/// Declares the service a layer makes (the inner service plus a clone of each named field of
/// the layer) and the layer's `Layer` impl that builds it.
macro_rules! layer_service {
    ($layer:ident => $service:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        impl<S> tower::Layer<S> for $layer {
            type Service = $service<S>;

            fn layer(&self, inner: S) -> Self::Service {
                $service {
                    inner,
                    $($field: ::core::clone::Clone::clone(&self.$field),)*
                }
            }
        }

        #[doc = concat!("The service made by [`", stringify!($layer), "`].")]
        #[derive(Clone, Debug)]
        pub struct $service<S> {
            inner: S,
            $($field: $ty,)*
        }
    };
}

/// [`layer_service!`] for a layer holding one header `value`, whose service hands each request
/// to `$set(&mut headers, &value)` and then to the inner service.
macro_rules! header_service {
    ($layer:ident => $service:ident, $set:expr) => {
        layer_service!($layer => $service { value: http::HeaderValue });

        impl<S: tower::Service<ApiRequest>> tower::Service<ApiRequest> for $service<S> {
            type Response = S::Response;
            type Error = S::Error;
            type Future = S::Future;

            fn poll_ready(
                &mut self,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<Result<(), Self::Error>> {
                self.inner.poll_ready(cx)
            }

            fn call(&mut self, mut request: ApiRequest) -> Self::Future {
                let set: fn(&mut http::HeaderMap, &http::HeaderValue) = $set;
                set(&mut request.headers, &self.value);
                self.inner.call(request)
            }
        }
    };
}

mod api_token;
mod content_type;
mod or_fail;
mod request_layers;
mod retry;
mod timeout;
mod trace;
mod url_encoding;
mod user_agent;

pub use api_token::{ApiTokenLayer, ApiTokenService, API_TOKEN_HEADER};
pub use content_type::{encode_body, ContentTypeLayer, ContentTypeService, JSON_CONTENT_TYPE};
pub use or_fail::OrFail;
pub use request_layers::{RequestLayers, RequestService};
pub use retry::{RetryConfig, RetryFuture, RetryLayer, RetryService};
pub use timeout::{Timeout, TimeoutFuture, TimeoutLayer};
pub use trace::{TraceFuture, TraceLayer, TraceService};
pub use url_encoding::{to_http_request, BaseUrl, UrlEncodingLayer, UrlEncodingService};
pub use user_agent::{UserAgentLayer, UserAgentService, SDK_USER_AGENT};
