//! The running application: configuration, each product's state, files, clock, controls
//! and page tokens, composed. Products never see one another; what spans them is composed here
//! (see [`crate::app`], [`crate::directory`] and [`crate::seed`]).

use std::sync::{Mutex, MutexGuard};

use crate::calls::CallsState;
use crate::chat::ChatState;
use crate::clock::Clock;
use crate::controls::Controls;
use crate::directory::ChatDirectory;
use crate::env::Env;
use crate::http::config::Config;
use crate::http::files::FileStore;
use crate::live::LiveState;
use crate::page_tokens::PageTokens;
use crate::webhooks::Outbox;

/// Everything a request can reach.
#[derive(Debug)]
pub(crate) struct State {
    /// Configuration.
    pub(crate) config: Config,
    /// Chat v3 resources.
    chat: Mutex<ChatState>,
    /// Calls v1 resources.
    calls: Mutex<CallsState>,
    /// Live v1 resources.
    live: Mutex<LiveState>,
    /// Uploaded files.
    pub(crate) files: FileStore,
    /// Strictly increasing timestamps.
    pub(crate) clock: Clock,
    /// Test controls.
    pub(crate) controls: Controls,
    /// This instance's page tokens (a token from another instance is refused).
    pages: PageTokens,
    /// Webhook delivery and its log.
    pub(crate) webhooks: Outbox,
}

/// Locks a product's state; a poisoned lock is recovered, never a panic.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl State {
    /// Builds empty state for the application `app_id`, its clock `clock_offset_ms` away from
    /// the wall clock.
    pub(crate) fn new(
        config: Config,
        controls: Controls,
        app_id: &str,
        clock_offset_ms: i64,
        webhooks: Outbox,
    ) -> Self {
        let clock = Clock::with_offset(clock_offset_ms);
        let mut chat = ChatState::default();
        chat.application
            .start_with_tokens(&config.secondary_tokens, clock.now_ms());
        Self {
            config,
            chat: Mutex::new(chat),
            calls: Mutex::new(CallsState::new(app_id)),
            live: Mutex::new(LiveState::default()),
            files: FileStore::default(),
            clock,
            controls,
            pages: PageTokens::random(),
            webhooks,
        }
    }

    /// Locks the Chat state.
    pub(crate) fn chat(&self) -> MutexGuard<'_, ChatState> {
        lock(&self.chat)
    }

    /// Locks the Calls state.
    pub(crate) fn calls(&self) -> MutexGuard<'_, CallsState> {
        lock(&self.calls)
    }

    /// Locks the Live state.
    pub(crate) fn live(&self) -> MutexGuard<'_, LiveState> {
        lock(&self.live)
    }

    /// The services every product may use.
    pub(crate) fn env(&self) -> Env<'_> {
        Env {
            clock: &self.clock,
            files: &self.files,
            base_url: &self.config.base_url,
            pages: &self.pages,
            app_id: &self.config.app_id,
            webhooks: &self.webhooks,
        }
    }

    /// The application's users as Calls and Live see them (the Chat users).
    pub(crate) fn users(&self) -> ChatDirectory<'_> {
        ChatDirectory::new(&self.chat)
    }
}
