//! A user's read state across group channels: unread counts, channel counts by join
//! status, and marking everything as read.
//!
//! Unread state is kept per member (`read_ts`, `ts_message_offset`, `count_preference`):
//! a message is unread for a member when it is newer than both marks, was not sent by the
//! member and is not silent. Channel-level counts are raw; the user-level totals honour each
//! channel's count preference.

use serde_json::{json, Map, Value};

use super::model::{GroupChannel, Member, MemberState, HIDDEN_MODES};
use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// The channels a user-level count looks at: `custom_types` (or `custom_type`) and
/// `super_mode`.
struct Scope {
    custom_types: Option<Vec<String>>,
    super_mode: &'static str,
}

impl Scope {
    fn parse(q: &Query) -> Result<Self, ApiError> {
        let mut custom_types = q.list("custom_types")?;
        if let Some(single) = q.str("custom_type")? {
            custom_types.get_or_insert_with(Vec::new).push(single);
        }
        Ok(Self {
            custom_types: custom_types.filter(|t| !t.iter().any(|x| x == "*")),
            super_mode: q.choice("super_mode", &["all", "super", "nonsuper"], "all")?,
        })
    }

    fn accepts(&self, channel: &GroupChannel) -> bool {
        self.custom_types
            .as_ref()
            .is_none_or(|t| t.contains(&channel.custom_type))
            && match self.super_mode {
                "super" => channel.is_super,
                "nonsuper" => !channel.is_super,
                _ => true,
            }
    }
}

/// Every `(channel, member)` pair of `user_id` in scope.
fn memberships<'a>(
    ctx: &'a Ctx<'_>,
    user_id: &'a str,
    scope: &'a Scope,
) -> impl Iterator<Item = (&'a GroupChannel, &'a Member)> + 'a {
    ctx.chat
        .group_channels
        .values()
        .filter(move |c| scope.accepts(c))
        .filter_map(move |c| c.member(user_id).map(|m| (c, m)))
}

/// A user's totals in scope, honouring count preferences.
#[derive(Debug, Default, Clone, Copy)]
struct Totals {
    messages: usize,
    super_messages: usize,
    mentions: usize,
    super_mentions: usize,
    invitations: usize,
    super_invitations: usize,
    channels_with_unread: usize,
}

fn totals(ctx: &Ctx<'_>, user_id: &str, scope: &Scope) -> Totals {
    let mut totals = Totals::default();
    for (channel, member) in memberships(ctx, user_id, scope) {
        let unread = channel.unread(member);
        let preference = member.count_preference;
        let messages = if preference.counts_messages() {
            unread.messages
        } else {
            0
        };
        let mentions = if preference.counts_mentions() {
            unread.mentions
        } else {
            0
        };
        let invited = usize::from(member.state == MemberState::Invited);
        if channel.is_super {
            totals.super_messages += messages;
            totals.super_mentions += mentions;
            totals.super_invitations += invited;
        } else {
            totals.messages += messages;
            totals.mentions += mentions;
            totals.invitations += invited;
        }
        if messages > 0 || mentions > 0 {
            totals.channels_with_unread += 1;
        }
    }
    totals
}

/// The totals of an existing user in the scope `q` asks for (`custom_types`, `super_mode`).
fn user_totals(ctx: &Ctx<'_>, user_id: &str, q: &Query) -> Result<Totals, ApiError> {
    let scope = Scope::parse(q)?;
    ctx.user(user_id)?;
    Ok(totals(ctx, user_id, &scope))
}

/// `unread_message_count` and `unread_channel_count` of a user, for
/// `GET /users/{user_id}?include_unread_count=true` (`custom_types`, `super_mode`).
pub(super) fn user_summary(ctx: &Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let scope = Scope::parse(q)?;
    let totals = totals(ctx, user_id, &scope);
    Ok(json!({
        "unread_message_count": totals.messages + totals.super_messages,
        "unread_channel_count": totals.channels_with_unread,
    }))
}

/// `GET /users/{user_id}/unread_message_count` (`custom_types`, `super_mode`).
pub(super) fn unread_message_count(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let totals = user_totals(ctx, user_id, q)?;
    Ok(json!({"unread_count": totals.messages + totals.super_messages}))
}

/// `GET /users/{user_id}/unread_channel_count` (`custom_types`, `super_mode`).
pub(super) fn unread_channel_count(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let totals = user_totals(ctx, user_id, q)?;
    Ok(json!({"unread_count": totals.channels_with_unread}))
}

/// The `item_keys` of `unread_item_count`.
/// How one unread item is counted.
type Count = fn(&Totals) -> usize;

/// The `item_keys` of `unread_item_count` and how each is counted.
const ITEMS: [(&str, Count); 9] = [
    ("non_super_group_channel_unread_message_count", |t| {
        t.messages
    }),
    ("super_group_channel_unread_message_count", |t| {
        t.super_messages
    }),
    ("group_channel_unread_message_count", |t| {
        t.messages + t.super_messages
    }),
    ("non_super_group_channel_invitation_count", |t| {
        t.invitations
    }),
    ("super_group_channel_invitation_count", |t| {
        t.super_invitations
    }),
    ("group_channel_invitation_count", |t| {
        t.invitations + t.super_invitations
    }),
    ("non_super_group_channel_unread_mention_count", |t| {
        t.mentions
    }),
    ("super_group_channel_unread_mention_count", |t| {
        t.super_mentions
    }),
    ("group_channel_unread_mention_count", |t| {
        t.mentions + t.super_mentions
    }),
];

/// How the item key `key` is counted, if it is one.
fn item_count(key: &str) -> Option<Count> {
    ITEMS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, count)| *count)
}

/// `GET /users/{user_id}/unread_item_count?item_keys=...`: only the requested keys are
/// answered.
pub(super) fn unread_item_count(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let keys = q.required_list("item_keys")?;
    if let Some(bad) = keys.iter().find(|k| item_count(k).is_none()) {
        return Err(ApiError::bad_request(
            400111,
            format!("Invalid value: \"item_keys\" ({bad:?} is not an item key)."),
        ));
    }
    let totals = user_totals(ctx, user_id, q)?;
    let answer: Map<String, Value> = keys
        .iter()
        .filter_map(|k| Some((k.clone(), json!(item_count(k)?(&totals)))))
        .collect();
    Ok(Value::Object(answer))
}

/// `GET /users/{user_id}/group_channel_count`: `state` (`joined`, `invited`,
/// `invited_by_friend`, `invited_by_non_friend`; every membership when absent),
/// `custom_types`, `super_mode`, `hidden_mode` (default `unhidden_only`).
pub(super) fn group_channel_count(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let state = match q.str("state")? {
        None => None,
        Some(value) => Some(
            MemberState::parse_status(&value).ok_or_else(|| ApiError::invalid_value("state"))?,
        ),
    };
    let hidden_mode = q.choice("hidden_mode", HIDDEN_MODES, "unhidden_only")?;
    let scope = Scope::parse(q)?;
    ctx.user(user_id)?;
    let count = memberships(ctx, user_id, &scope)
        .filter(|(_, m)| state.is_none_or(|s| m.state == s))
        .filter(|(_, m)| m.hidden.matches_mode(hidden_mode))
        .count();
    Ok(json!({"group_channel_count": count}))
}

/// `PUT /users/{user_id}/mark_as_read_all` (optional `channel_urls`): every message the
/// user has received so far, in all of their group channels or the listed ones, is read.
pub(super) fn mark_all_as_read(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let channel_urls = p.str_list("channel_urls")?;
    ctx.user(user_id)?;
    if let Some(urls) = &channel_urls {
        for url in urls {
            ctx.group(url)?;
        }
    }
    let now = ctx.now_ms();
    for channel in ctx.chat.group_channels.values_mut() {
        if channel_urls
            .as_ref()
            .is_some_and(|urls| !urls.contains(&channel.channel_url))
        {
            continue;
        }
        if let Some(member) = channel.member_mut(user_id) {
            member.read_ts = member.read_ts.max(now);
            member.delivered_ts = member.delivered_ts.max(now);
        }
    }
    Ok(json!({}))
}
