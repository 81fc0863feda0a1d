//! Shared server state: configuration, product state, files, clock and controls.

use std::sync::{Mutex, MutexGuard};

use crate::calls::CallsState;
use crate::chat::ChatState;
use crate::clock::Clock;
use crate::controls::Controls;
use crate::files::FileStore;
use crate::live::LiveState;

/// Fixed configuration of a running emulator.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The master API token.
    pub(crate) api_token: String,
    /// Secondary API tokens.
    pub(crate) secondary_tokens: Vec<String>,
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub(crate) base_url: String,
    /// Whether to log one line per request to stderr.
    pub(crate) log_requests: bool,
}

/// Everything a request handler can reach.
#[derive(Debug)]
pub(crate) struct State {
    /// Configuration.
    pub(crate) config: Config,
    /// Chat v3 resources.
    pub(crate) chat: Mutex<ChatState>,
    /// Calls v1 resources (extension point).
    pub(crate) calls: Mutex<CallsState>,
    /// Live v1 resources (extension point).
    pub(crate) live: Mutex<LiveState>,
    /// Uploaded files.
    pub(crate) files: FileStore,
    /// Strictly increasing timestamps.
    pub(crate) clock: Clock,
    /// Test controls.
    pub(crate) controls: Controls,
}

impl State {
    /// Builds empty state.
    pub(crate) fn new(config: Config, controls: Controls) -> Self {
        Self {
            config,
            chat: Mutex::new(ChatState::default()),
            calls: Mutex::new(CallsState::default()),
            live: Mutex::new(LiveState::default()),
            files: FileStore::default(),
            clock: Clock::default(),
            controls,
        }
    }

    /// Locks the Chat state (a poisoned lock is recovered, never a panic).
    pub(crate) fn chat(&self) -> MutexGuard<'_, ChatState> {
        self.chat.lock().unwrap_or_else(|e| e.into_inner())
    }
}
