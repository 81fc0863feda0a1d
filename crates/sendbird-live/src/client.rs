//! [`LiveClient`]: the Live Platform API v1 client.

use std::ops::Deref;

use sendbird_core::{Client, Product, ProductBuilder};

use crate::Pending;

/// A Live Platform API v1 client (`https://api-{app_id}.calls.sendbird.com/v1`). Cheap to clone.
///
/// It dereferences to [`sendbird_core::Client`] for `send`, `paginate`, `pages` and `execute`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use sendbird_live::LiveClient;
///
/// let client = LiveClient::builder()
///     .app_id("APP_ID")
///     .api_token(std::env::var("SENDBIRD_API_TOKEN")?)
///     .build()?;
/// let response = client.live_events().get("event-1").await?;
/// # let _ = response;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct LiveClient {
    client: Client,
}

impl Product for LiveClient {
    const BASE_URL_TEMPLATE: &'static str = "https://api-{app_id}.calls.sendbird.com/v1";
}

impl From<Client> for LiveClient {
    fn from(client: Client) -> Self {
        Self { client }
    }
}

impl Deref for LiveClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl LiveClient {
    /// A builder: set `app_id` (or `base_url`) and `api_token`.
    pub fn builder() -> ProductBuilder<LiveClient> {
        ProductBuilder::default()
    }

    /// Binds an endpoint to this client: await it, or `.stream()` it when paginated.
    pub fn request<E>(&self, endpoint: E) -> Pending<'_, E> {
        Pending::new(&self.client, endpoint)
    }
}
