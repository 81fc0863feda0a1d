//! The limits the SDK is measured against: plain `#[derive(Deserialize)]` structs with the same
//! fields as the SDK's models (no custom decoders, no unknown-value fallbacks), decoded with
//! `serde_json::from_slice`.
#![allow(dead_code)]

use std::collections::HashMap;

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Users {
    pub users: Vec<User>,
    pub next: Option<String>,
}

#[derive(Deserialize)]
pub struct SessionToken {
    pub session_token: Option<String>,
    pub expires_at: Option<i64>,
}

#[derive(Deserialize)]
pub struct User {
    pub user_id: String,
    #[serde(default)]
    pub nickname: Option<String>,
    #[serde(default)]
    pub profile_url: Option<String>,
    #[serde(default)]
    pub require_auth_for_profile_image: Option<bool>,
    #[serde(default)]
    pub metadata: Option<HashMap<String, String>>,
    #[serde(default)]
    pub is_active: Option<bool>,
    #[serde(default)]
    pub access_token: Option<String>,
    #[serde(default)]
    pub session_tokens: Option<Vec<SessionToken>>,
    #[serde(default)]
    pub is_online: Option<bool>,
    #[serde(default)]
    pub is_hide_me_from_friends: Option<bool>,
    #[serde(default)]
    pub is_shadow_blocked: Option<bool>,
    #[serde(default)]
    pub is_created: Option<bool>,
    #[serde(default)]
    pub last_seen_at: Option<i64>,
    #[serde(default)]
    pub discovery_keys: Option<Vec<String>>,
    #[serde(default)]
    pub preferred_languages: Option<Vec<String>>,
    #[serde(default)]
    pub has_ever_logged_in: Option<bool>,
    #[serde(default)]
    pub created_at: Option<i64>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub phone_number: Option<String>,
    #[serde(default)]
    pub unread_message_count: Option<i64>,
    #[serde(default)]
    pub unread_channel_count: Option<i64>,
}

#[derive(Deserialize)]
pub struct Messages {
    pub messages: Vec<Message>,
}

#[derive(Deserialize)]
pub struct MessageUser {
    #[serde(default)]
    pub user_id: Option<String>,
    #[serde(default)]
    pub nickname: Option<String>,
    #[serde(default)]
    pub profile_url: Option<String>,
    #[serde(default)]
    pub require_auth_for_profile_image: Option<bool>,
    #[serde(default)]
    pub metadata: Option<HashMap<String, String>>,
    #[serde(default)]
    pub is_active: Option<bool>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub is_blocked_by_me: Option<bool>,
}

#[derive(Deserialize)]
pub struct SortedMetaarrayItem {
    pub key: Option<String>,
    pub value: Option<Vec<String>>,
}

#[derive(Deserialize)]
pub struct MessageEvents {
    pub send_push_notification: Option<String>,
    pub update_unread_count: Option<bool>,
    pub update_mention_count: Option<bool>,
    pub update_last_message: Option<bool>,
}

#[derive(Deserialize)]
pub struct Reaction {
    pub key: Option<String>,
    pub user_ids: Option<Vec<String>>,
    pub updated_at: Option<i64>,
}

#[derive(Deserialize)]
pub struct ThreadInfo {
    pub reply_count: Option<i64>,
    pub most_replies: Option<Vec<MessageUser>>,
    pub last_replied_at: Option<i64>,
    pub updated_at: Option<i64>,
}

#[derive(Deserialize)]
pub struct ParentMessageInfo {
    #[serde(rename = "type")]
    pub message_type: Option<String>,
    pub message: Option<String>,
    pub custom_type: Option<String>,
    pub ts: Option<i64>,
    pub user: Option<MessageUser>,
    pub file: Option<MessageFile>,
    pub files: Option<Vec<MessageFile>>,
}

#[derive(Deserialize)]
pub struct Thumbnail {
    pub url: Option<String>,
    pub plain_url: Option<String>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub real_width: Option<i64>,
    pub real_height: Option<i64>,
}

#[derive(Deserialize)]
pub struct MessageFile {
    pub url: Option<String>,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub file_type: Option<String>,
    pub size: Option<i64>,
    pub data: Option<String>,
    pub thumbnails: Option<Vec<Thumbnail>>,
    pub require_auth: Option<bool>,
}

#[derive(Deserialize)]
pub struct OgImage {
    pub url: Option<String>,
    pub secure_url: Option<String>,
    #[serde(rename = "type")]
    pub image_type: Option<String>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub alt: Option<String>,
}

#[derive(Deserialize)]
pub struct OgTag {
    #[serde(rename = "og:url")]
    pub url: Option<String>,
    #[serde(rename = "og:title")]
    pub title: Option<String>,
    #[serde(rename = "og:description")]
    pub description: Option<String>,
    #[serde(rename = "og:image")]
    pub image: Option<OgImage>,
}

#[derive(Deserialize)]
pub struct Message {
    #[serde(rename = "type")]
    pub message_type: Option<String>,
    pub message_id: i64,
    #[serde(default)]
    pub channel_url: Option<String>,
    #[serde(default)]
    pub channel_type: Option<String>,
    #[serde(default)]
    pub created_at: Option<i64>,
    #[serde(default)]
    pub updated_at: Option<i64>,
    #[serde(default)]
    pub custom_type: Option<String>,
    #[serde(default)]
    pub data: Option<String>,
    #[serde(default)]
    pub user: Option<MessageUser>,
    #[serde(default)]
    pub mention_type: Option<String>,
    #[serde(default)]
    pub mentioned_users: Option<Vec<MessageUser>>,
    #[serde(default)]
    pub is_removed: Option<bool>,
    #[serde(default)]
    pub silent: Option<bool>,
    #[serde(default)]
    pub is_op_msg: Option<bool>,
    #[serde(default)]
    pub message_survival_seconds: Option<i64>,
    #[serde(default)]
    pub message_retention_hour: Option<i64>,
    #[serde(default)]
    pub sorted_metaarray: Option<Vec<SortedMetaarrayItem>>,
    #[serde(default)]
    pub message_events: Option<MessageEvents>,
    #[serde(default)]
    pub reactions: Option<Vec<Reaction>>,
    #[serde(default)]
    pub thread_info: Option<ThreadInfo>,
    #[serde(default)]
    pub parent_message_id: Option<i64>,
    #[serde(default)]
    pub parent_message_info: Option<ParentMessageInfo>,
    #[serde(default)]
    pub is_reply_to_channel: Option<bool>,
    #[serde(default)]
    pub req_id: Option<String>,
    #[serde(default)]
    pub extended_message_payload: Option<serde_json::Value>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub translations: Option<HashMap<String, String>>,
    #[serde(default)]
    pub og_tag: Option<OgTag>,
    #[serde(default)]
    pub file: Option<MessageFile>,
    #[serde(default)]
    pub files: Option<Vec<MessageFile>>,
    #[serde(default)]
    pub thumbnails: Option<Vec<Thumbnail>>,
    #[serde(default)]
    pub require_auth: Option<bool>,
}
