//! [`ApiTokenLayer`]: adds the `Api-Token` header, marked sensitive.

use http::HeaderValue;

use crate::error::BuildError;
use crate::request::ApiRequest;
use crate::secret::ApiToken;

/// The header Sendbird reads the token from.
pub const API_TOKEN_HEADER: &str = "api-token";

/// [`API_TOKEN_HEADER`] as a header name, built at compile time.
const API_TOKEN: http::HeaderName = http::HeaderName::from_static(API_TOKEN_HEADER);

/// Sets `Api-Token` on every request; the value is marked sensitive so `Debug` output and
/// HTTP/2 header compression never expose it.
///
/// ```
/// use sendbird_core::{layers::ApiTokenLayer, ApiToken};
///
/// let layer = ApiTokenLayer::new(&ApiToken::new("secret"))?;
/// assert!(!format!("{layer:?}").contains("secret"));
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct ApiTokenLayer {
    value: HeaderValue,
}

impl ApiTokenLayer {
    /// Fails if the token is empty or holds characters a header cannot carry.
    pub fn new(token: &ApiToken) -> Result<Self, BuildError> {
        if token.expose().trim().is_empty() {
            return Err(BuildError::EmptyApiToken);
        }
        Ok(Self {
            value: token_header_value(token)?,
        })
    }
}

/// The `Api-Token` header value for `token`, marked sensitive.
fn token_header_value(token: &ApiToken) -> Result<HeaderValue, BuildError> {
    let mut value = HeaderValue::from_str(token.expose())
        .map_err(|_| BuildError::Header("the API token is not a valid header value".into()))?;
    value.set_sensitive(true);
    Ok(value)
}

header_service!(ApiTokenLayer => ApiTokenService, |headers, value| {
    headers.insert(API_TOKEN, value.clone());
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::EndpointMeta;
    use http::Method;
    use tower::{service_fn, Layer, ServiceExt};

    #[tokio::test]
    async fn sets_a_sensitive_token_header() {
        let layer = ApiTokenLayer::new(&ApiToken::new("tok-123")).expect("valid token");
        let service = service_fn(|request: ApiRequest| async move {
            Ok::<_, std::convert::Infallible>(request.headers)
        });
        let headers = layer
            .layer(service)
            .oneshot(ApiRequest::new(
                EndpointMeta::new("x", Method::GET, "/x", crate::Idempotency::Yes),
                vec![],
            ))
            .await
            .expect("infallible");
        let value = headers.get("Api-Token");
        assert_eq!(value.map(|v| v.as_bytes()), Some(&b"tok-123"[..]));
        assert_eq!(value.map(HeaderValue::is_sensitive), Some(true));
        assert!(!format!("{headers:?}").contains("tok-123"));
    }

    #[test]
    fn rejects_tokens_with_newlines() {
        assert!(ApiTokenLayer::new(&ApiToken::new("a\r\nb")).is_err());
    }

    #[test]
    fn rejects_empty_tokens() {
        for empty in ["", "  "] {
            assert!(matches!(
                ApiTokenLayer::new(&ApiToken::new(empty)),
                Err(BuildError::EmptyApiToken)
            ));
        }
    }
}
