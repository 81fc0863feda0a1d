//! [`ChatClient`]: the Chat Platform API v3 client.

use std::ops::Deref;

use sendbird_core::{Client, Product, ProductBuilder};

use crate::Pending;

/// A Chat Platform API v3 client (`https://api-{app_id}.sendbird.com/v3`). Cheap to clone.
///
/// It dereferences to [`sendbird_core::Client`] for `send`, `paginate`, `pages` and `execute`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use sendbird_chat::ChatClient;
///
/// let chat = ChatClient::builder()
///     .app_id("APP_ID")
///     .api_token(std::env::var("SENDBIRD_API_TOKEN")?)
///     .build()?;
/// let user = chat.users().get("alice").await?;
/// println!("{}", user.nickname.unwrap_or_default());
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct ChatClient {
    client: Client,
}

impl Product for ChatClient {
    const BASE_URL_TEMPLATE: &'static str = "https://api-{app_id}.sendbird.com/v3";
}

impl From<Client> for ChatClient {
    fn from(client: Client) -> Self {
        Self { client }
    }
}

impl Deref for ChatClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl ChatClient {
    /// A builder: set `app_id` (or `base_url`) and `api_token`.
    pub fn builder() -> ProductBuilder<ChatClient> {
        ProductBuilder::default()
    }

    /// Binds an endpoint to this client: await it, or `.stream()` it when paginated.
    pub fn request<E>(&self, endpoint: E) -> Pending<'_, E> {
        Pending::new(&self.client, endpoint)
    }
}
