//! Messages: user (`MESG`), file (`FILE`) and admin (`ADMM`) messages, and what they carry.
//!
//! [`Message`] decodes whichever kind Sendbird returns (dispatching on `type`) and keeps a
//! message it cannot read — an unknown `type`, or a body this version cannot decode — as
//! [`Message::Unknown`] instead of failing the whole response. Shared fields are reachable
//! through accessors such as [`Message::message_id`] and [`Message::created_at`].

use std::collections::HashMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::Value;

use super::de::Items;
use crate::models::ChannelRole;

/// Declares [`MessageCommon`] and a private flat struct holding the same fields plus more, with
/// `into_parts` splitting the flat struct back into the common part and the rest: one field
/// list, and messages decode in one pass without `#[serde(flatten)]` or an intermediate
/// `serde_json::Value`.
macro_rules! common_fields {
    (
        $(#[$meta:meta])*
        pub struct $common:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty, )*
        }
        $(#[$flat_meta:meta])*
        struct $flat:ident {
            $( $(#[$xmeta:meta])* $extra:ident : $xty:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $common {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        $(#[$flat_meta])*
        #[derive(Deserialize)]
        struct $flat {
            $( $(#[$fmeta])* $field: $ty, )*
            $( $(#[$xmeta])* $extra: $xty, )*
        }

        /// The kind-specific fields of a [`FlatMessage`].
        struct Extras {
            $( $extra: $xty, )*
        }

        impl $flat {
            fn into_parts(self) -> ($common, Extras) {
                (
                    $common { $( $field: self.$field, )* },
                    Extras { $( $extra: self.$extra, )* },
                )
            }
        }
    };
}

sendbird_core::string_enum! {
    /// A message's kind: `type` in responses, `message_type` in requests.
    pub enum MessageType {
        /// A user (text) message, `MESG`.
        User = "MESG",
        /// A file message, `FILE`.
        File = "FILE",
        /// An admin message, `ADMM`.
        Admin = "ADMM",
    }
}

sendbird_core::string_enum! {
    /// Who gets notified of a message's mentions.
    pub enum MentionType {
        /// Only the users in `mentioned_users` / `mentioned_user_ids`.
        Users,
        /// Every member of the channel.
        Channel,
    }
}

user_model! {
    /// A user as embedded in a message: the sender, a mentioned user, a thread replier.
    pub struct MessageUser {
        /// The user's role in the channel: `operator`, or empty.
        #[serde(default)]
        pub role: Option<ChannelRole>,
        /// Whether the requesting user blocked this user (when a user context applies).
        #[serde(default)]
        pub is_blocked_by_me: Option<bool>,
    }
}

/// One item of a message's `sorted_metaarray`: a key and its ordered values. Used in
/// requests (send, add/update metadata) and responses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SortedMetaarrayItem {
    /// The key.
    #[serde(default)]
    pub key: String,
    /// The values, in order.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub value: Vec<String>,
}

impl SortedMetaarrayItem {
    /// An item with `key` and its `values`.
    pub fn new<I, S>(key: impl Into<String>, values: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            key: key.into(),
            value: values.into_iter().map(Into::into).collect(),
        }
    }
}

/// One reaction on a message (with `include_reactions=true`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageReaction {
    /// The reaction key (an emoji key).
    #[serde(default)]
    pub key: String,
    /// The users who added this reaction.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub user_ids: Vec<String>,
    /// When the reaction last changed, Unix milliseconds.
    #[serde(default)]
    pub updated_at: Option<i64>,
}

/// A thumbnail of a file message. Sendbird sends objects; a bare URL string (as given in
/// some requests) decodes into `url`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageThumbnail {
    /// The thumbnail URL.
    #[serde(default)]
    pub url: Option<String>,
    /// The URL without auth parameters.
    #[serde(default)]
    pub plain_url: Option<String>,
    /// Requested width in pixels.
    #[serde(default)]
    pub width: Option<i64>,
    /// Requested height in pixels.
    #[serde(default)]
    pub height: Option<i64>,
    /// Actual width in pixels.
    #[serde(default)]
    pub real_width: Option<i64>,
    /// Actual height in pixels.
    #[serde(default)]
    pub real_height: Option<i64>,
}

/// Thumbnail lists: each entry an object or a bare URL, read in one pass (no buffering).
pub(crate) fn thumbnails<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<MessageThumbnail>, D::Error> {
    /// One entry: a thumbnail object, a bare URL, or `null` (an empty thumbnail).
    struct Thumbnail(MessageThumbnail);

    impl<'de> Deserialize<'de> for Thumbnail {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            const EXPECTING: &str = "a thumbnail object or URL";
            match Items::read(deserializer, EXPECTING)? {
                Items::Object(thumbnail) => Ok(Thumbnail(thumbnail)),
                Items::Str(url) => Ok(Thumbnail(MessageThumbnail {
                    url: Some(url.into_owned()),
                    ..MessageThumbnail::default()
                })),
                Items::Null => Ok(Thumbnail(MessageThumbnail::default())),
                other => Err(other.refuse(EXPECTING)),
            }
        }
    }

    let list = Option::<Vec<Thumbnail>>::deserialize(deserializer)?;
    Ok(list.unwrap_or_default().into_iter().map(|t| t.0).collect())
}

/// The file of a file message (`file`), or one file of a multiple-files message (`files`,
/// whose entries name the fields `file_name`, `file_type`, `file_size`; both spellings decode).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageFile {
    /// The file URL.
    #[serde(default)]
    pub url: Option<String>,
    /// The file name.
    #[serde(default, alias = "file_name")]
    pub name: Option<String>,
    /// The MIME type.
    #[serde(default, rename = "type", alias = "file_type")]
    pub file_type: Option<String>,
    /// The size in bytes.
    #[serde(default, alias = "file_size")]
    pub size: Option<i64>,
    /// Extra data attached to the file.
    #[serde(default)]
    pub data: Option<String>,
    /// Thumbnails of this file (multiple-files messages).
    #[serde(default, deserialize_with = "thumbnails")]
    pub thumbnails: Vec<MessageThumbnail>,
    /// Whether the file needs an auth key to be fetched (multiple-files messages).
    #[serde(default)]
    pub require_auth: Option<bool>,
}

/// A message's thread summary (`thread_info`, with `include_thread_info=true`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ThreadInfo {
    /// Number of replies.
    #[serde(default)]
    pub reply_count: Option<i64>,
    /// The users who replied the most.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub most_replies: Vec<MessageUser>,
    /// When the last reply was sent, Unix milliseconds.
    #[serde(default)]
    pub last_replied_at: Option<i64>,
    /// When the thread info last changed, Unix milliseconds.
    #[serde(default)]
    pub updated_at: Option<i64>,
}

/// A summary of a reply's parent message (`parent_message_info`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ParentMessageInfo {
    /// The parent's kind.
    #[serde(default, rename = "type")]
    pub message_type: Option<MessageType>,
    /// The parent's text (user and admin messages).
    #[serde(default)]
    pub message: Option<String>,
    /// The parent's custom type.
    #[serde(default)]
    pub custom_type: Option<String>,
    /// When the parent was sent, Unix milliseconds.
    #[serde(default)]
    pub ts: Option<i64>,
    /// The parent's sender.
    #[serde(default)]
    pub user: Option<MessageUser>,
    /// The parent's file (file messages).
    #[serde(default)]
    pub file: Option<MessageFile>,
    /// The parent's files (multiple-files messages).
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub files: Vec<MessageFile>,
}

/// Which side effects sending the message had (`message_events`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageEvents {
    /// Push notification outcome, e.g. `sending`, `none`.
    #[serde(default)]
    pub send_push_notification: Option<String>,
    /// Whether members' unread counts were updated.
    #[serde(default)]
    pub update_unread_count: Option<bool>,
    /// Whether members' mention counts were updated.
    #[serde(default)]
    pub update_mention_count: Option<bool>,
    /// Whether the channel's `last_message` was updated.
    #[serde(default)]
    pub update_last_message: Option<bool>,
}

/// Open Graph data of a link in a message (`og_tag`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OgTag {
    /// `og:url`.
    #[serde(default, rename = "og:url")]
    pub url: Option<String>,
    /// `og:title`.
    #[serde(default, rename = "og:title")]
    pub title: Option<String>,
    /// `og:description`.
    #[serde(default, rename = "og:description")]
    pub description: Option<String>,
    /// `og:image`.
    #[serde(default, rename = "og:image")]
    pub image: Option<OgImage>,
}

/// The image of an [`OgTag`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OgImage {
    /// The image URL.
    #[serde(default)]
    pub url: Option<String>,
    /// The HTTPS image URL.
    #[serde(default)]
    pub secure_url: Option<String>,
    /// The MIME type.
    #[serde(default, rename = "type")]
    pub image_type: Option<String>,
    /// Width in pixels.
    #[serde(default)]
    pub width: Option<i64>,
    /// Height in pixels.
    #[serde(default)]
    pub height: Option<i64>,
    /// Alternative text.
    #[serde(default)]
    pub alt: Option<String>,
}

common_fields! {
    /// The fields every message kind has.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[non_exhaustive]
    pub struct MessageCommon {
        /// The message id.
        pub message_id: i64,
        /// The channel's URL.
        #[serde(default)]
        pub channel_url: String,
        /// The channel's kind as Sendbird names it in messages (`group`, `open`).
        #[serde(default)]
        pub channel_type: Option<String>,
        /// When the message was sent, Unix milliseconds (0 if absent).
        #[serde(default)]
        pub created_at: i64,
        /// When the message was last updated, Unix milliseconds (0 if never).
        #[serde(default)]
        pub updated_at: Option<i64>,
        /// The custom message type.
        #[serde(default)]
        pub custom_type: Option<String>,
        /// Free-form extra data.
        #[serde(default)]
        pub data: Option<String>,
        /// The sender (absent or null for admin messages).
        #[serde(default)]
        pub user: Option<MessageUser>,
        /// Who gets notified of mentions.
        #[serde(default)]
        pub mention_type: Option<MentionType>,
        /// The mentioned users.
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub mentioned_users: Vec<MessageUser>,
        /// Whether the message was deleted (listed with `including_removed=true`).
        #[serde(default)]
        pub is_removed: Option<bool>,
        /// Whether the message was sent silently (no unread count or push).
        #[serde(default)]
        pub silent: Option<bool>,
        /// Whether an operator sent the message.
        #[serde(default)]
        pub is_op_msg: Option<bool>,
        /// Disappearing-message lifetime in seconds (-1: never disappears).
        #[serde(default)]
        pub message_survival_seconds: Option<i64>,
        /// Retention in hours (-1: the application's default).
        #[serde(default)]
        pub message_retention_hour: Option<i64>,
        /// Key-values items, in order (with `with_sorted_meta_array=true`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub sorted_metaarray: Vec<SortedMetaarrayItem>,
        /// Side effects of sending.
        #[serde(default)]
        pub message_events: Option<MessageEvents>,
        /// Reactions (with `include_reactions=true`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        pub reactions: Vec<MessageReaction>,
        /// Thread summary of a parent message (with `include_thread_info=true`).
        #[serde(default)]
        pub thread_info: Option<ThreadInfo>,
        /// The parent message id of a reply (0 or absent for a top-level message).
        #[serde(default)]
        pub parent_message_id: Option<i64>,
        /// The parent message of a reply (with `include_parent_message_info=true`).
        #[serde(default)]
        pub parent_message_info: Option<ParentMessageInfo>,
        /// Whether a reply is also shown in the channel.
        #[serde(default)]
        pub is_reply_to_channel: Option<bool>,
        /// The client request id, if any.
        #[serde(default)]
        pub req_id: Option<String>,
        /// Extended payload of custom message templates, kept as JSON.
        #[serde(default)]
        pub extended_message_payload: Option<Value>,
        /// The poll a text message carries (a summary unless `include_poll_details=true`).
        #[serde(default)]
        pub poll: Option<crate::polls::Poll>,
    }
    /// What one pass over a message reads: the common fields, its `type` and every field of
    /// the known kinds. [`Message`] is decoded through it, straight from the raw JSON.
    struct FlatMessage {
        /// The kind.
        #[serde(default, rename = "type")]
        kind: Kind,
        /// The text (`MESG`, `ADMM`).
        #[serde(default)]
        message: Option<String>,
        /// Translations of the text (`MESG`, `ADMM`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        translations: HashMap<String, String>,
        /// Open Graph data (`MESG`).
        #[serde(default)]
        og_tag: Option<OgTag>,
        /// The file (`FILE`).
        #[serde(default)]
        file: Option<MessageFile>,
        /// The files of a multiple-files message (`FILE`).
        #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
        files: Vec<MessageFile>,
        /// Thumbnails (`FILE`).
        #[serde(default, deserialize_with = "thumbnails")]
        thumbnails: Vec<MessageThumbnail>,
        /// Whether the file needs an auth key (`FILE`).
        #[serde(default)]
        require_auth: Option<bool>,
    }
}

/// Declares a text-carrying message kind ([`UserMessage`], [`AdminMessage`]): the common
/// fields, the text and its translations, then the kind's own fields.
macro_rules! text_message {
    ($($model:tt)*) => {
        model_with_fields! {
            [
                /// The fields every message has.
                #[serde(flatten)]
                pub common: MessageCommon,
                /// The text.
                #[serde(default)]
                pub message: Option<String>,
                /// Translations of the text by language code.
                #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
                pub translations: HashMap<String, String>,
            ]
            $($model)*
        }
    };
}

text_message! {
    /// A user message (`MESG`): text sent by a user.
    pub struct UserMessage {
        /// Open Graph data of a link in the text.
        #[serde(default)]
        pub og_tag: Option<OgTag>,
    }
}

/// A file message (`FILE`): one uploaded or linked file, or several (`files`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FileMessage {
    /// The fields every message has.
    #[serde(flatten)]
    pub common: MessageCommon,
    /// The file.
    #[serde(default)]
    pub file: Option<MessageFile>,
    /// The files of a multiple-files message.
    #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
    pub files: Vec<MessageFile>,
    /// Thumbnails of the file.
    #[serde(default, deserialize_with = "thumbnails")]
    pub thumbnails: Vec<MessageThumbnail>,
    /// Whether the file needs an auth key to be fetched.
    #[serde(default)]
    pub require_auth: Option<bool>,
}

text_message! {
    /// An admin message (`ADMM`): text sent by the application, without a sender.
    pub struct AdminMessage {}
}

/// A message of any kind.
///
/// Decoding dispatches on `type` and never fails: an unknown `type`, or a message this
/// version cannot read, is kept verbatim as [`Message::Unknown`].
///
/// ```
/// use sendbird_chat::models::{Message, MessageType};
///
/// let list: Vec<Message> = serde_json::from_str(r#"[
///     {"type": "MESG", "message_id": 1, "channel_url": "c", "created_at": 10, "message": "hi"},
///     {"type": "POLL", "message_id": 2, "channel_url": "c", "created_at": 11}
/// ]"#)?;
/// assert_eq!(list[0].text(), Some("hi"));
/// assert_eq!(list[1].message_type(), MessageType::Unknown("POLL".into()));
/// assert_eq!(list[1].message_id(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Message {
    /// A user message (`MESG`).
    User(UserMessage),
    /// A file message (`FILE`).
    File(FileMessage),
    /// An admin message (`ADMM`).
    Admin(AdminMessage),
    /// A message of an unknown `type` (or one that could not be decoded), as sent.
    Unknown(Value),
}

impl Message {
    /// Decodes a message from JSON, falling back to [`Message::Unknown`].
    pub fn from_value(value: Value) -> Self {
        FlatMessage::deserialize(&value)
            .ok()
            .and_then(FlatMessage::into_message)
            .unwrap_or(Message::Unknown(value))
    }

    /// Decodes a message from its raw JSON text in one pass, falling back to
    /// [`Message::Unknown`] (the only case that builds a `serde_json::Value`).
    fn from_raw(raw: &RawValue) -> Self {
        serde_json::from_str::<FlatMessage>(raw.get())
            .ok()
            .and_then(FlatMessage::into_message)
            .unwrap_or_else(|| {
                Message::Unknown(serde_json::from_str(raw.get()).unwrap_or(Value::Null))
            })
    }

    /// The fields shared by the known kinds (`None` for [`Message::Unknown`]).
    pub fn common(&self) -> Option<&MessageCommon> {
        match self {
            Message::User(m) => Some(&m.common),
            Message::File(m) => Some(&m.common),
            Message::Admin(m) => Some(&m.common),
            Message::Unknown(_) => None,
        }
    }

    /// The kind; for [`Message::Unknown`], the `type` as sent (empty if absent).
    pub fn message_type(&self) -> MessageType {
        match self {
            Message::User(_) => MessageType::User,
            Message::File(_) => MessageType::File,
            Message::Admin(_) => MessageType::Admin,
            Message::Unknown(value) => MessageType::from(unknown_str(value, "type").unwrap_or("")),
        }
    }

    /// The message id (0 for an unknown message without a numeric `message_id`).
    pub fn message_id(&self) -> i64 {
        match self.common() {
            Some(common) => common.message_id,
            None => self.unknown_i64("message_id").unwrap_or(0),
        }
    }

    /// The channel URL (empty if absent).
    pub fn channel_url(&self) -> &str {
        match (self.common(), self) {
            (Some(common), _) => &common.channel_url,
            (None, Message::Unknown(value)) => unknown_str(value, "channel_url").unwrap_or(""),
            (None, _) => "",
        }
    }

    /// When the message was sent, Unix milliseconds (0 if absent).
    pub fn created_at(&self) -> i64 {
        match self.common() {
            Some(common) => common.created_at,
            None => self.unknown_i64("created_at").unwrap_or(0),
        }
    }

    /// When the message was last updated, Unix milliseconds.
    pub fn updated_at(&self) -> Option<i64> {
        match self.common() {
            Some(common) => common.updated_at,
            None => self.unknown_i64("updated_at"),
        }
    }

    /// The custom message type.
    pub fn custom_type(&self) -> Option<&str> {
        match self {
            Message::Unknown(value) => unknown_str(value, "custom_type"),
            _ => self.common().and_then(|c| c.custom_type.as_deref()),
        }
    }

    /// The free-form `data`.
    pub fn data(&self) -> Option<&str> {
        match self {
            Message::Unknown(value) => unknown_str(value, "data"),
            _ => self.common().and_then(|c| c.data.as_deref()),
        }
    }

    /// The text of a user or admin message (`None` for file messages).
    pub fn text(&self) -> Option<&str> {
        match self {
            Message::User(m) => m.message.as_deref(),
            Message::Admin(m) => m.message.as_deref(),
            Message::File(_) => None,
            Message::Unknown(value) => unknown_str(value, "message"),
        }
    }

    /// The sender (`None` for admin and unknown messages).
    pub fn sender(&self) -> Option<&MessageUser> {
        self.common().and_then(|c| c.user.as_ref())
    }

    /// The parent message id of a reply.
    pub fn parent_message_id(&self) -> Option<i64> {
        match self.common() {
            Some(common) => common.parent_message_id,
            None => self.unknown_i64("parent_message_id"),
        }
    }

    /// The `sorted_metaarray` items (empty for unknown messages).
    pub fn sorted_metaarray(&self) -> &[SortedMetaarrayItem] {
        self.common().map_or(&[], |c| c.sorted_metaarray.as_slice())
    }

    /// The reactions (empty for unknown messages).
    pub fn reactions(&self) -> &[MessageReaction] {
        self.common().map_or(&[], |c| c.reactions.as_slice())
    }

    /// The user message, if this is one.
    pub fn as_user(&self) -> Option<&UserMessage> {
        match self {
            Message::User(m) => Some(m),
            _ => None,
        }
    }

    /// The file message, if this is one.
    pub fn as_file(&self) -> Option<&FileMessage> {
        match self {
            Message::File(m) => Some(m),
            _ => None,
        }
    }

    /// The admin message, if this is one.
    pub fn as_admin(&self) -> Option<&AdminMessage> {
        match self {
            Message::Admin(m) => Some(m),
            _ => None,
        }
    }

    fn unknown_i64(&self, key: &str) -> Option<i64> {
        match self {
            Message::Unknown(value) => value.get(key).and_then(Value::as_i64),
            _ => None,
        }
    }
}

fn unknown_str<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value.get(key).and_then(Value::as_str)
}

/// The `type` of a message, read without allocating.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    User,
    File,
    Admin,
    #[default]
    Other,
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KindVisitor;

        impl serde::de::Visitor<'_> for KindVisitor {
            type Value = Kind;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a message type")
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Kind, E> {
                Ok(match value {
                    "MESG" => Kind::User,
                    "FILE" => Kind::File,
                    "ADMM" => Kind::Admin,
                    _ => Kind::Other,
                })
            }

            fn visit_unit<E: serde::de::Error>(self) -> Result<Kind, E> {
                Ok(Kind::Other)
            }
        }

        deserializer.deserialize_any(KindVisitor)
    }
}

impl FlatMessage {
    /// The message of this kind (`None` for a kind this version does not know).
    fn into_message(self) -> Option<Message> {
        let (common, extras) = self.into_parts();
        Some(match extras.kind {
            Kind::User => Message::User(UserMessage {
                common,
                message: extras.message,
                translations: extras.translations,
                og_tag: extras.og_tag,
            }),
            Kind::File => Message::File(FileMessage {
                common,
                file: extras.file,
                files: extras.files,
                thumbnails: extras.thumbnails,
                require_auth: extras.require_auth,
            }),
            Kind::Admin => Message::Admin(AdminMessage {
                common,
                message: extras.message,
                translations: extras.translations,
            }),
            Kind::Other => return None,
        })
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(|raw| Message::from_raw(&raw))
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (kind, inner) = match self {
            Message::User(m) => ("MESG", serde_json::to_value(m)),
            Message::File(m) => ("FILE", serde_json::to_value(m)),
            Message::Admin(m) => ("ADMM", serde_json::to_value(m)),
            Message::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = inner.map_err(serde::ser::Error::custom)?;
        if let Value::Object(map) = &mut value {
            map.insert("type".to_owned(), Value::String(kind.to_owned()));
        }
        value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dispatches_on_type_and_keeps_unknown() {
        let list: Vec<Message> = serde_json::from_value(json!([
            {"type": "MESG", "message_id": 1, "channel_url": "c", "created_at": 5, "message": "hi",
             "user": {"user_id": "u1", "nickname": "U"}},
            {"type": "FILE", "message_id": 2, "channel_url": "c", "created_at": 6,
             "file": {"url": "https://f", "name": "a.png", "type": "image/png", "size": 3, "data": ""},
             "thumbnails": ["https://t1", {"url": "https://t2", "width": 10}]},
            {"type": "ADMM", "message_id": 3, "channel_url": "c", "created_at": 7, "message": "notice", "user": null},
            {"type": "SOMETHING_NEW", "message_id": 4, "created_at": 8, "channel_url": "c", "message": "?"},
            {"type": "MESG", "message_id": "not-a-number"},
            null
        ]))
        .expect("never fails");
        assert_eq!(list[0].message_type(), MessageType::User);
        assert_eq!(list[0].sender().map(|u| u.user_id.as_str()), Some("u1"));
        let file = list[1].as_file().expect("file message");
        assert_eq!(
            file.file.as_ref().and_then(|f| f.file_type.as_deref()),
            Some("image/png")
        );
        assert_eq!(file.thumbnails[0].url.as_deref(), Some("https://t1"));
        assert_eq!(file.thumbnails[1].width, Some(10));
        assert_eq!(list[1].text(), None);
        assert_eq!(list[2].text(), Some("notice"));
        assert!(list[2].sender().is_none());
        assert_eq!(
            list[3].message_type(),
            MessageType::Unknown("SOMETHING_NEW".into())
        );
        assert_eq!(list[3].message_id(), 4);
        assert_eq!(list[3].created_at(), 8);
        assert_eq!(list[3].channel_url(), "c");
        assert_eq!(list[3].text(), Some("?"));
        assert!(matches!(list[4], Message::Unknown(_)));
        assert_eq!(list[4].message_type(), MessageType::User);
        assert_eq!(list[4].message_id(), 0);
        assert_eq!(list[5], Message::Unknown(Value::Null));
    }

    #[test]
    fn serializes_with_its_type_and_round_trips() {
        let original = Message::from_value(json!({
            "type": "ADMM", "message_id": 9, "channel_url": "c", "created_at": 1, "message": "m",
            "sorted_metaarray": [{"key": "k", "value": ["a", "b"]}]
        }));
        let value = serde_json::to_value(&original).expect("serializes");
        assert_eq!(value["type"], "ADMM");
        assert_eq!(value["sorted_metaarray"][0]["value"][1], "b");
        assert_eq!(Message::from_value(value), original);
    }

    #[test]
    fn multiple_files_use_the_file_prefixed_names() {
        let message = Message::from_value(json!({
            "type": "FILE", "message_id": 1, "channel_url": "c", "created_at": 1,
            "files": [{"url": "u", "file_name": "a.txt", "file_type": "text/plain", "file_size": 4,
                       "require_auth": false, "thumbnails": []}]
        }));
        let file = &message.as_file().expect("file").files[0];
        assert_eq!(file.name.as_deref(), Some("a.txt"));
        assert_eq!(file.file_type.as_deref(), Some("text/plain"));
        assert_eq!(file.size, Some(4));
    }
}
