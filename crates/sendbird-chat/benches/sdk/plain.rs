//! The limits the SDK is measured against: plain `#[derive(Deserialize)]` structs with the same
//! fields as the SDK's models (no custom decoders, no unknown-value fallbacks), decoded with
//! `serde_json::from_slice`.
#![allow(dead_code)]

use std::collections::HashMap;

use serde::Deserialize;

/// Declares plain `#[derive(Deserialize)]` structs. The fields in parentheses are required as
/// written; every field in braces is `Option<T>` of the type written (missing or `null` is
/// `None`, as serde does for any `Option` field).
macro_rules! plain {
    ($(
        struct $name:ident ($($req:ident: $rty:ty),* $(,)?) {
            $($(#[$fmeta:meta])* $field:ident: $ty:ty),* $(,)?
        }
    )*) => {$(
        #[derive(Deserialize)]
        pub struct $name {
            $(pub $req: $rty,)*
            $($(#[$fmeta])* pub $field: Option<$ty>,)*
        }
    )*};
}

plain! {
    struct Users(users: Vec<User>) {
        next: String,
    }

    struct SessionToken() {
        session_token: String,
        expires_at: i64,
    }

    struct User(user_id: String) {
        nickname: String,
        profile_url: String,
        require_auth_for_profile_image: bool,
        metadata: HashMap<String, String>,
        is_active: bool,
        access_token: String,
        session_tokens: Vec<SessionToken>,
        is_online: bool,
        is_hide_me_from_friends: bool,
        is_shadow_blocked: bool,
        is_created: bool,
        last_seen_at: i64,
        discovery_keys: Vec<String>,
        preferred_languages: Vec<String>,
        has_ever_logged_in: bool,
        created_at: i64,
        locale: String,
        phone_number: String,
        unread_message_count: i64,
        unread_channel_count: i64,
    }

    struct Messages(messages: Vec<Message>) {}

    struct MessageUser() {
        user_id: String,
        nickname: String,
        profile_url: String,
        require_auth_for_profile_image: bool,
        metadata: HashMap<String, String>,
        is_active: bool,
        role: String,
        is_blocked_by_me: bool,
    }

    struct SortedMetaarrayItem() {
        key: String,
        value: Vec<String>,
    }

    struct MessageEvents() {
        send_push_notification: String,
        update_unread_count: bool,
        update_mention_count: bool,
        update_last_message: bool,
    }

    struct Reaction() {
        key: String,
        user_ids: Vec<String>,
        updated_at: i64,
    }

    struct ThreadInfo() {
        reply_count: i64,
        most_replies: Vec<MessageUser>,
        last_replied_at: i64,
        updated_at: i64,
    }

    struct ParentMessageInfo() {
        #[serde(rename = "type")]
        message_type: String,
        message: String,
        custom_type: String,
        ts: i64,
        user: MessageUser,
        file: MessageFile,
        files: Vec<MessageFile>,
    }

    struct Thumbnail() {
        url: String,
        plain_url: String,
        width: i64,
        height: i64,
        real_width: i64,
        real_height: i64,
    }

    struct MessageFile() {
        url: String,
        name: String,
        #[serde(rename = "type")]
        file_type: String,
        size: i64,
        data: String,
        thumbnails: Vec<Thumbnail>,
        require_auth: bool,
    }

    struct OgImage() {
        url: String,
        secure_url: String,
        #[serde(rename = "type")]
        image_type: String,
        width: i64,
        height: i64,
        alt: String,
    }

    struct OgTag() {
        #[serde(rename = "og:url")]
        url: String,
        #[serde(rename = "og:title")]
        title: String,
        #[serde(rename = "og:description")]
        description: String,
        #[serde(rename = "og:image")]
        image: OgImage,
    }

    struct Message(message_id: i64) {
        #[serde(rename = "type")]
        message_type: String,
        channel_url: String,
        channel_type: String,
        created_at: i64,
        updated_at: i64,
        custom_type: String,
        data: String,
        user: MessageUser,
        mention_type: String,
        mentioned_users: Vec<MessageUser>,
        is_removed: bool,
        silent: bool,
        is_op_msg: bool,
        message_survival_seconds: i64,
        message_retention_hour: i64,
        sorted_metaarray: Vec<SortedMetaarrayItem>,
        message_events: MessageEvents,
        reactions: Vec<Reaction>,
        thread_info: ThreadInfo,
        parent_message_id: i64,
        parent_message_info: ParentMessageInfo,
        is_reply_to_channel: bool,
        req_id: String,
        extended_message_payload: serde_json::Value,
        message: String,
        translations: HashMap<String, String>,
        og_tag: OgTag,
        file: MessageFile,
        files: Vec<MessageFile>,
        thumbnails: Vec<Thumbnail>,
        require_auth: bool,
    }
}
