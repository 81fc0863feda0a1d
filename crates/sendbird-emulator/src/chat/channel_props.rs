//! The properties both channel kinds share (name, cover, custom type, data, operators):
//! their checks and their partial update by `PUT /{channel_type}/{channel_url}`.

use super::model::ChannelKind;
use super::{check_custom_type, random_hex, ChatState, Ctx};
use crate::http::errors::ApiError;
use crate::http::params::Params;

/// Checks the `channel_url` a create request asks for: 400111 when empty, 400202 when a
/// channel of either kind has it.
pub(super) fn check_channel_url(chat: &ChatState, url: Option<&String>) -> Result<(), ApiError> {
    let Some(url) = url else {
        return Ok(());
    };
    if url.is_empty() {
        return Err(ApiError::invalid_value("channel_url"));
    }
    if chat.group_channels.contains_key(url) || chat.open_channels.contains_key(url) {
        return Err(ApiError::already_exists("channel_url"));
    }
    Ok(())
}

/// A fresh sequence number for a new channel and its URL: `requested`, or
/// `sendbird_{group|open}_channel_{seq}_{random}`.
pub(super) fn new_channel_url(
    chat: &mut ChatState,
    kind: ChannelKind,
    requested: Option<String>,
) -> (u64, String) {
    let seq = chat.next_seq();
    let prefix = match kind {
        ChannelKind::Group => "group",
        ChannelKind::Open => "open",
    };
    let url =
        requested.unwrap_or_else(|| format!("sendbird_{prefix}_channel_{seq}_{}", random_hex(40)));
    (seq, url)
}

/// The ids in their first-seen order, without repeats.
pub(super) fn dedup<T: PartialEq>(ids: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// The shared properties of a stored channel, borrowed for an update.
pub(crate) struct Props<'a> {
    pub(crate) name: &'a mut String,
    pub(crate) cover_url: &'a mut String,
    pub(crate) custom_type: &'a mut String,
    pub(crate) data: &'a mut String,
    pub(crate) operators: &'a mut Vec<String>,
}

/// A partial update of the shared properties: absent fields stay as they are.
pub(super) struct PropsUpdate {
    name: Option<String>,
    cover_url: Option<String>,
    custom_type: Option<String>,
    data: Option<String>,
    operator_ids: Option<Vec<String>>,
}

impl PropsUpdate {
    /// Reads and checks the shared properties of an update body.
    pub(super) fn read(p: &Params) -> Result<Self, ApiError> {
        let update = Self {
            name: p.str("name")?,
            cover_url: p.str("cover_url")?,
            custom_type: p.str("custom_type")?,
            data: p.str("data")?,
            operator_ids: p.str_list("operator_ids")?,
        };
        if let Some(custom_type) = &update.custom_type {
            check_custom_type(custom_type)?;
        }
        Ok(update)
    }

    /// Checks that the operators exist (400201 otherwise) and stores an uploaded
    /// `cover_file`, whose URL replaces `cover_url`.
    pub(super) fn resolve(mut self, ctx: &Ctx<'_>, p: &Params) -> Result<Self, ApiError> {
        if let Some(ids) = &self.operator_ids {
            ctx.require_users(ids)?;
        }
        if let Some(file) = p.file("cover_file") {
            self.cover_url = Some(ctx.store_file(file));
        }
        Ok(self)
    }

    /// Writes the present fields.
    pub(super) fn apply(self, props: Props<'_>) {
        let text_fields = [
            (self.name, props.name),
            (self.cover_url, props.cover_url),
            (self.custom_type, props.custom_type),
            (self.data, props.data),
        ];
        for (value, field) in text_fields {
            if let Some(value) = value {
                *field = value;
            }
        }
        if let Some(ids) = self.operator_ids {
            *props.operators = dedup(ids);
        }
    }
}
