//! [`CallsClient`]: the Calls Platform API v1 client.

use std::ops::Deref;

use sendbird_core::{Client, Product, ProductBuilder};

use crate::Pending;

/// A Calls Platform API v1 client (`https://api-{app_id}.calls.sendbird.com/v1`). Cheap to clone.
///
/// It dereferences to [`sendbird_core::Client`] for `send`, `paginate`, `pages` and `execute`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use sendbird_calls::CallsClient;
///
/// let client = CallsClient::builder()
///     .app_id("APP_ID")
///     .api_token(std::env::var("SENDBIRD_API_TOKEN")?)
///     .build()?;
/// let response = client.rooms().get("room-1").await?;
/// # let _ = response;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct CallsClient {
    client: Client,
}

impl Product for CallsClient {
    const BASE_URL_TEMPLATE: &'static str = "https://api-{app_id}.calls.sendbird.com/v1";
}

impl From<Client> for CallsClient {
    fn from(client: Client) -> Self {
        Self { client }
    }
}

impl Deref for CallsClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl CallsClient {
    /// A builder: set `app_id` (or `base_url`) and `api_token`.
    pub fn builder() -> ProductBuilder<CallsClient> {
        ProductBuilder::default()
    }

    /// Binds an endpoint to this client: await it, or `.stream()` it when paginated.
    pub fn request<E>(&self, endpoint: E) -> Pending<'_, E> {
        Pending::new(&self.client, endpoint)
    }
}
