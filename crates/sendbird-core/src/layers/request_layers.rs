//! [`RequestLayers`]: the request side of the stack as one layer.

use tower::Layer;

use super::{
    ApiTokenLayer, ApiTokenService, BaseUrl, ContentTypeLayer, ContentTypeService,
    UrlEncodingLayer, UrlEncodingService, UserAgentLayer, UserAgentService,
};

/// `User-Agent`, `Api-Token`, body encoding + `Content-Type`, then URL encoding: what turns
/// an [`ApiRequest`](crate::ApiRequest) into the `http::Request<Bytes>` of one attempt.
///
/// The client runs it below the retry layer; [`build_http_request`](crate::build_http_request)
/// (and `test_util::wire`) run the same value over a capturing service, so what a test sees is
/// byte for byte what is sent.
///
/// ```
/// use sendbird_core::layers::{ApiTokenLayer, BaseUrl, RequestLayers, UserAgentLayer};
/// use sendbird_core::ApiToken;
///
/// let layers = RequestLayers::new(
///     UserAgentLayer::new(),
///     ApiTokenLayer::new(&ApiToken::new("token"))?,
///     BaseUrl::parse("https://api-APP.sendbird.com/v3")?,
/// );
/// # let _ = layers;
/// # Ok::<(), sendbird_core::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct RequestLayers {
    user_agent: UserAgentLayer,
    token: ApiTokenLayer,
    url: UrlEncodingLayer,
}

/// The service made by [`RequestLayers`].
pub type RequestService<S> =
    UserAgentService<ApiTokenService<ContentTypeService<UrlEncodingService<S>>>>;

impl RequestLayers {
    /// The request side for this user agent, token and base URL.
    pub fn new(user_agent: UserAgentLayer, token: ApiTokenLayer, base_url: BaseUrl) -> Self {
        Self {
            user_agent,
            token,
            url: UrlEncodingLayer::new(base_url),
        }
    }
}

impl<S> Layer<S> for RequestLayers {
    type Service = RequestService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        self.user_agent.layer(
            self.token
                .layer(ContentTypeLayer::new().layer(self.url.layer(inner))),
        )
    }
}
