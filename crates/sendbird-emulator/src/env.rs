//! What every product handler may use besides its own state.

use crate::clock::Clock;
use crate::http::files::FileStore;
use crate::http::params::UploadedFile;
use crate::page_tokens::PageTokens;
use crate::webhooks::Outbox;

/// The services around a product: the clock, the file store, the public base URL and the
/// page tokens of this instance.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Env<'a> {
    /// Strictly increasing timestamps.
    pub(crate) clock: &'a Clock,
    /// Uploaded files.
    pub(crate) files: &'a FileStore,
    /// `http://127.0.0.1:PORT` (no trailing slash), for the URLs of stored files.
    pub(crate) base_url: &'a str,
    /// Seals and opens this instance's page tokens.
    pub(crate) pages: &'a PageTokens,
    /// The application id.
    pub(crate) app_id: &'a str,
    /// Webhook delivery.
    pub(crate) webhooks: &'a Outbox,
}

impl Env<'_> {
    /// Strictly increasing Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Stores an uploaded file and returns the absolute URL that serves it.
    pub(crate) fn store_file(&self, file: &UploadedFile) -> String {
        self.files.store(self.base_url, file)
    }
}
