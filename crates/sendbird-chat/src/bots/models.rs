//! The bot resource and the response bodies of the bots endpoints.

use std::collections::HashMap;

use sendbird_core::SecretString;
use serde::{Deserialize, Serialize};

use crate::models::{GroupChannel, Message};

/// A bot, as returned by create, get, update and list.
///
/// Sendbird splits it in two levels: the identity in [`bot`](Bot::bot), the behaviour
/// settings at the top level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Bot {
    /// The bot's identity (id, nickname, token...).
    #[serde(default)]
    pub bot: BotIdentity,
    /// Where Sendbird sends the bot's events; may be empty (AI chatbots).
    #[serde(default)]
    pub bot_callback_url: Option<String>,
    /// Whether only messages starting with `/` or mentioning the bot are forwarded.
    #[serde(default)]
    pub is_privacy_mode: Option<bool>,
    /// Whether the bot's own messages count as read by it.
    #[serde(default)]
    pub enable_mark_as_read: Option<bool>,
    /// Whether callbacks include the channel's members.
    #[serde(default)]
    pub show_member: Option<bool>,
    /// `0`: the bot joins channels it is invited to; `1`: it must accept invitations.
    #[serde(default)]
    pub channel_invitation_preference: Option<i32>,
    /// When the bot was created, Unix **seconds** (the docs' examples have 10 digits; older
    /// payloads omit it).
    #[serde(default)]
    pub created_at: Option<i64>,
    /// The AI settings of an AI chatbot (free-form; absent for plain bots).
    #[serde(default)]
    pub ai: Option<serde_json::Value>,
}

impl Bot {
    /// The bot id (also its user id).
    pub fn bot_userid(&self) -> &str {
        &self.bot.bot_userid
    }
}

/// The identity part of a [`Bot`] (its `bot` object).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BotIdentity {
    /// The bot id, also its user id (empty if Sendbird sent none).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub bot_userid: String,
    /// The nickname.
    #[serde(default)]
    pub bot_nickname: Option<String>,
    /// The profile image URL; may be empty.
    #[serde(default)]
    pub bot_profile_url: Option<String>,
    /// The category label given at creation.
    #[serde(default)]
    pub bot_type: Option<String>,
    /// The opaque token Sendbird adds to every request it sends to the callback URL, so the
    /// bot's server can tell they come from Sendbird. A secret: never printed.
    #[serde(default)]
    pub bot_token: Option<SecretString>,
    /// Key-value metadata, like a user's. Older docs describe it as an array, so a list
    /// of objects is merged into one map.
    #[serde(default, deserialize_with = "crate::models::de::map_or_list_of_maps")]
    pub bot_metadata: HashMap<String, String>,
    /// Whether the profile image is only served to authenticated requests.
    #[serde(default)]
    pub bot_require_auth_for_profile_image: Option<bool>,
    /// The AI agent type (AI chatbots only).
    #[serde(default)]
    pub ai_agent_type: Option<String>,
}

list_response! {
    /// The response of [`ListBots`](super::ListBots).
    pub struct ListBotsResponse {
        /// The bots of this page.
        bots: Vec<Bot>,
    }
}

/// The response of [`JoinBotChannels`](super::JoinBotChannels): the joined group channels.
///
/// The docs and the 2024 spec answer `{"channels": [..]}`; the 2026 spec describes a single
/// channel object instead. This follows the docs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JoinBotChannelsResponse {
    /// The channels the bot is now a member of.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub channels: Vec<GroupChannel>,
}

/// The response of [`SendBotMessage`](super::SendBotMessage): the sent message, which
/// Sendbird nests under `message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendBotMessageResponse {
    /// The message, with the bot as its sender.
    pub message: Message,
}
