//! The Chat users, offered to Calls and Live as their [`Directory`].

use std::sync::{Mutex, MutexGuard};

use serde_json::Value;

use crate::chat::ChatState;
use crate::v1::users::{Directory, Profile};

/// Reads the Chat users (locking the Chat state for each call).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ChatDirectory<'a> {
    chat: &'a Mutex<ChatState>,
}

impl<'a> ChatDirectory<'a> {
    /// A directory over this Chat state.
    pub(crate) fn new(chat: &'a Mutex<ChatState>) -> Self {
        Self { chat }
    }

    fn chat(&self) -> MutexGuard<'a, ChatState> {
        self.chat.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Directory for ChatDirectory<'_> {
    fn profile(&self, user_id: &str) -> Option<Profile> {
        self.chat().users.get(user_id).map(|user| Profile {
            nickname: user.nickname.clone(),
            profile_url: user.profile_url.clone(),
            metadata: user.metadata.clone(),
            is_active: user.is_active,
        })
    }

    fn user_ids(&self) -> Vec<(u64, String)> {
        self.chat()
            .users
            .values()
            .map(|user| (user.seq, user.user_id.clone()))
            .collect()
    }

    fn resource(&self, user_id: &str) -> Option<Value> {
        self.chat().users.get(user_id).map(|user| user.to_json())
    }
}
