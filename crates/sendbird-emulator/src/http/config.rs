//! The fixed configuration of a running emulator's HTTP side.

/// Fixed configuration of a running emulator.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The application id (`app_id` in webhook payloads).
    pub(crate) app_id: String,
    /// The master API token.
    pub(crate) api_token: String,
    /// Secondary API tokens given at start (installed into the application state, where
    /// authentication reads the live list: they can be revoked like generated ones).
    pub(crate) secondary_tokens: Vec<String>,
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub(crate) base_url: String,
    /// Whether to log one line per request to stderr.
    pub(crate) log_requests: bool,
}
