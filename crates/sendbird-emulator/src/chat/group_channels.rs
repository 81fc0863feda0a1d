//! `/group_channels`, `/group_channels/{channel_url}` and `/users/{user_id}/my_group_channels`.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::channel_props::{check_channel_url, dedup, new_channel_url, PropsUpdate};
use super::model::{
    ChannelContent, ChannelKind, GroupChannel, GroupView, HiddenState, Member, MemberState,
    HIDDEN_MODES, MEMBER_STATE_FILTERS,
};
use super::paging;
use super::{assign, check_custom_type, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::{split_csv, Params};
use crate::http::query::Query;

/// Reads `user_ids` plus `users` (objects with `user_id`, or plain ids), de-duplicated.
pub(super) fn requested_user_ids(p: &Params) -> Result<Vec<String>, ApiError> {
    let mut ids = p.str_list("user_ids")?.unwrap_or_default();
    match p.json("users")? {
        None => {}
        Some(Value::Array(items)) => {
            for item in items {
                match item {
                    Value::String(id) => ids.push(id),
                    Value::Object(object) => match object.get("user_id") {
                        Some(Value::String(id)) => ids.push(id.clone()),
                        Some(_) => return Err(ApiError::wrong_type("users", Expected::String)),
                        None => return Err(ApiError::missing("users.user_id")),
                    },
                    _ => return Err(ApiError::wrong_type("users", Expected::Json)),
                }
            }
        }
        Some(Value::String(text)) => ids.extend(split_csv(&text).map(str::to_owned)),
        Some(_) => return Err(ApiError::wrong_type("users", Expected::List)),
    }
    Ok(dedup(ids))
}

/// Reads an optional `{user_id: string}` object such as `invitation_status`.
pub(super) fn status_map(p: &Params, name: &str) -> Result<BTreeMap<String, String>, ApiError> {
    let Some(object) = p.object(name)? else {
        return Ok(BTreeMap::new());
    };
    object
        .into_iter()
        .map(|(k, v)| match v {
            Value::String(s) => Ok((k, s)),
            _ => Err(ApiError::wrong_type(name, Expected::String)),
        })
        .collect()
}

/// Builds a member record according to `invitation_status` / `hidden_status` entries.
/// Without an explicit status, a user who doesn't auto-accept invitations
/// (`auto_accept` false) is invited rather than joined.
pub(super) fn new_member(
    seq: u64,
    user_id: &str,
    now: i64,
    inviter: Option<&str>,
    invitation: Option<&String>,
    hidden: Option<&String>,
    auto_accept: bool,
) -> Result<Member, ApiError> {
    let state = match invitation {
        None if !auto_accept => MemberState::Invited,
        None => MemberState::Joined,
        Some(text) => MemberState::parse_status(text)
            .ok_or_else(|| ApiError::invalid_value("invitation_status"))?,
    };
    let hidden = match hidden {
        None => HiddenState::Unhidden,
        Some(text) => {
            HiddenState::parse(text).ok_or_else(|| ApiError::invalid_value("hidden_status"))?
        }
    };
    Ok(Member::new(seq, user_id, state, now, now, inviter, hidden))
}

fn full_view() -> GroupView {
    GroupView {
        members: true,
        ..GroupView::default()
    }
}

/// `POST /group_channels`. A distinct channel with exactly the same members is reused.
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let user_ids = requested_user_ids(p)?;
    let name = p.str("name")?.unwrap_or_default();
    let cover_url = p.str("cover_url")?.unwrap_or_default();
    let custom_type = p.str("custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let data = p.str("data")?.unwrap_or_default();
    let is_distinct = p.bool("is_distinct")?.unwrap_or(false);
    let is_public = p.bool("is_public")?.unwrap_or(false);
    let is_super = p.bool("is_super")?.unwrap_or(false);
    let is_ephemeral = p.bool("is_ephemeral")?.unwrap_or(false);
    let access_code = p.str("access_code")?.filter(|c| !c.is_empty());
    let inviter_id = p.str("inviter_id")?;
    let operator_ids = p.str_list("operator_ids")?.unwrap_or_default();
    let channel_url = p.str("channel_url")?;
    let invitation_status = status_map(p, "invitation_status")?;
    let hidden_status = status_map(p, "hidden_status")?;
    let _strict = p.bool("strict")?;

    ctx.require_users(&user_ids)?;
    ctx.require_users(&operator_ids)?;
    if let Some(inviter) = &inviter_id {
        ctx.user(inviter)?;
    }
    check_channel_url(ctx.chat, channel_url.as_ref())?;
    if is_distinct {
        let mut wanted = user_ids.clone();
        wanted.sort();
        let existing = ctx
            .chat
            .group_channels
            .values()
            .filter(|c| c.is_distinct && c.member_set() == wanted)
            .min_by_key(|c| c.seq);
        if let Some(existing) = existing {
            return Ok(existing.to_json(&ctx.chat.users, full_view()));
        }
    }
    let cover_url = match p.file("cover_file") {
        Some(file) => ctx.store_file(file),
        None => cover_url,
    };
    let now = ctx.now_ms();
    let mut members = Vec::with_capacity(user_ids.len());
    for id in &user_ids {
        let auto_accept = is_public
            || inviter_id.as_ref() == Some(id)
            || ctx.user(id).map_or(true, |u| u.auto_accept_invitations);
        let seq = ctx.chat.next_seq();
        members.push(new_member(
            seq,
            id,
            now,
            inviter_id.as_deref(),
            invitation_status.get(id),
            hidden_status.get(id),
            auto_accept,
        )?);
    }
    let (seq, channel_url) = new_channel_url(ctx.chat, ChannelKind::Group, channel_url);
    let channel = GroupChannel {
        seq,
        channel_url: channel_url.clone(),
        name,
        cover_url,
        custom_type,
        data,
        is_distinct,
        is_public,
        is_super,
        is_ephemeral,
        access_code,
        freeze: false,
        created_at_ms: now,
        created_by: inviter_id,
        members,
        operators: dedup(operator_ids),
        content: ChannelContent::default(),
        typing: Vec::new(),
    };
    let value = channel.to_json(&ctx.chat.users, full_view());
    ctx.chat.group_channels.insert(channel_url.clone(), channel);
    super::webhook_events::group_created(ctx, &channel_url);
    Ok(value)
}

fn view_from(q: &Query) -> Result<GroupView, ApiError> {
    Ok(GroupView {
        members: q.bool_or("show_member", false)? || q.bool_or("member", false)?,
        read_receipt: q.bool_or("show_read_receipt", false)? || q.bool_or("read_receipt", false)?,
        delivery_receipt: q.bool_or("show_delivery_receipt", false)?,
        metadata: q.bool_or("show_metadata", false)?,
    })
}

/// `GET /group_channels/{channel_url}`; with `user_id`, the channel as that member sees
/// it (unread counts, read state, member state).
pub(super) fn get(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Answer {
    let view = view_from(q)?;
    let user_id = q.str("user_id")?;
    let channel = ctx.group(url)?;
    if let Some(user_id) = &user_id {
        ctx.user(user_id)?;
        if channel.member(user_id).is_some() {
            return Ok(channel.to_json_for(&ctx.chat.users, view, user_id));
        }
    }
    Ok(channel.to_json(&ctx.chat.users, view))
}

/// `PUT /group_channels/{channel_url}` (JSON or multipart with `cover_file`).
pub(super) fn update(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.group(url)?;
    let props = PropsUpdate::read(p)?;
    let is_distinct = p.bool("is_distinct")?;
    let is_public = p.bool("is_public")?;
    let access_code = p.str("access_code")?;
    let props = props.resolve(ctx, p)?;
    let before = super::webhook_events::snapshot(ctx, url);
    let channel = ctx.group_mut(url)?;
    props.apply(channel.props_mut());
    assign(&mut channel.is_distinct, is_distinct);
    assign(&mut channel.is_public, is_public);
    if let Some(code) = access_code {
        channel.access_code = Some(code).filter(|c| !c.is_empty());
    }
    super::webhook_events::group_changed(ctx, url, before);
    let channel = ctx.group(url)?;
    Ok(channel.to_json(&ctx.chat.users, full_view()))
}

/// `DELETE /group_channels/{channel_url}`: messages and metadata go with it.
pub(super) fn delete(ctx: &mut Ctx<'_>, url: &str) -> Answer {
    let removed = ctx
        .chat
        .group_channels
        .remove(url)
        .ok_or_else(|| ApiError::not_found("Channel"))?;
    super::webhook_events::group_removed(ctx, &removed);
    Ok(json!({}))
}

/// The list filters shared by `/group_channels` and `my_group_channels`.
struct ListFilter {
    custom_types: Option<Vec<String>>,
    custom_type_startswith: Option<String>,
    channel_urls: Option<Vec<String>>,
    name: Option<String>,
    name_contains: Option<String>,
    name_startswith: Option<String>,
    members_include_in: Option<Vec<String>>,
    members_exactly_in: Option<Vec<String>>,
    query_type_or: bool,
    members_nickname: Option<String>,
    members_nickname_contains: Option<String>,
    show_empty: bool,
    show_frozen: bool,
    distinct_mode: &'static str,
    public_mode: &'static str,
    super_mode: &'static str,
    created_after: Option<i64>,
    created_before: Option<i64>,
    metadata_key: Option<String>,
    metadata_values: Option<Vec<String>>,
    metadata_value_startswith: Option<String>,
    metacounter_key: Option<String>,
    metacounter_values: Option<Vec<i64>>,
    metacounter_bounds: [Option<i64>; 4],
    order: &'static str,
    metadata_order_key: Option<String>,
}

impl ListFilter {
    fn parse(q: &Query) -> Result<Self, ApiError> {
        let mut custom_types = q.list("custom_types")?;
        if let Some(single) = q.str("custom_type")? {
            custom_types.get_or_insert_with(Vec::new).push(single);
        }
        let metacounter_values = match q.list("metacounter_values")? {
            None => None,
            Some(values) => Some(
                values
                    .iter()
                    .map(|v| v.trim().parse::<i64>())
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|_| ApiError::wrong_type("metacounter_values", Expected::Number))?,
            ),
        };
        let order = q.choice(
            "order",
            &[
                "chronological",
                "latest_last_message",
                "channel_name_alphabetical",
                "metadata_value_alphabetical",
            ],
            "chronological",
        )?;
        let metadata_order_key = q.str("metadata_order_key")?;
        if order == "metadata_value_alphabetical" && metadata_order_key.is_none() {
            return Err(ApiError::missing("metadata_order_key"));
        }
        Ok(Self {
            custom_types: custom_types.filter(|t| !t.iter().any(|x| x == "*")),
            custom_type_startswith: q.str("custom_type_startswith")?,
            channel_urls: q.list("channel_urls")?,
            name: q.str("name")?,
            name_contains: q.str("name_contains")?,
            name_startswith: q.str("name_startswith")?,
            members_include_in: q.list("members_include_in")?,
            members_exactly_in: q.list("members_exactly_in")?,
            query_type_or: q.choice("query_type", &["AND", "OR"], "AND")? == "OR",
            members_nickname: q.str("members_nickname")?,
            members_nickname_contains: q.str("members_nickname_contains")?,
            show_empty: q.bool_or("show_empty", false)?,
            show_frozen: q.bool_or("show_frozen", true)?,
            distinct_mode: q.choice("distinct_mode", &["all", "distinct", "nondistinct"], "all")?,
            public_mode: q.choice("public_mode", &["all", "private", "public"], "all")?,
            super_mode: q.choice("super_mode", &["all", "super", "nonsuper"], "all")?,
            created_after: q.int("created_after")?,
            created_before: q.int("created_before")?,
            metadata_key: q.str("metadata_key")?,
            metadata_values: q.list("metadata_values")?,
            metadata_value_startswith: q.str("metadata_value_startswith")?,
            metacounter_key: q.str("metacounter_key")?,
            metacounter_values,
            metacounter_bounds: [
                q.int("metacounter_value_gt")?,
                q.int("metacounter_value_gte")?,
                q.int("metacounter_value_lt")?,
                q.int("metacounter_value_lte")?,
            ],
            order,
            metadata_order_key,
        })
    }

    /// The `channels` page of the group channels `keep` admits and the filter accepts, in
    /// the filter's order, each rendered by `render`.
    fn listing(
        &self,
        ctx: &Ctx<'_>,
        q: &Query,
        keep: impl Fn(&GroupChannel) -> bool,
        render: impl Fn(&GroupChannel) -> Value,
    ) -> Answer {
        let mut channels: Vec<&GroupChannel> = ctx
            .chat
            .group_channels
            .values()
            .filter(|c| keep(c) && self.accepts(c, ctx))
            .collect();
        self.sort(&mut channels);
        paging::listing(
            ctx.env.pages,
            channels,
            |c| c.seq,
            q,
            "channels",
            |c| render(c),
        )
    }

    fn accepts(&self, c: &GroupChannel, ctx: &Ctx<'_>) -> bool {
        let members = c.member_set();
        let nickname_of = |id: &String| ctx.chat.users.get(id).map(|u| u.nickname.clone());
        (self.show_empty || !c.content.messages.is_empty())
            && (self.show_frozen || !c.freeze)
            && self
                .custom_types
                .as_ref()
                .is_none_or(|t| t.contains(&c.custom_type))
            && self
                .custom_type_startswith
                .as_ref()
                .is_none_or(|p| c.custom_type.starts_with(p.as_str()))
            && self
                .channel_urls
                .as_ref()
                .is_none_or(|u| u.contains(&c.channel_url))
            && self.name.as_ref().is_none_or(|n| &c.name == n)
            && self
                .name_contains
                .as_ref()
                .is_none_or(|n| c.name.contains(n.as_str()))
            && self
                .name_startswith
                .as_ref()
                .is_none_or(|n| c.name.starts_with(n.as_str()))
            && self.members_include_in.as_ref().is_none_or(|wanted| {
                if self.query_type_or {
                    wanted.iter().any(|w| members.contains(w))
                } else {
                    wanted.iter().all(|w| members.contains(w))
                }
            })
            && self.members_exactly_in.as_ref().is_none_or(|wanted| {
                let mut wanted = wanted.clone();
                wanted.sort();
                wanted.dedup();
                wanted == members
            })
            && self.members_nickname.as_ref().is_none_or(|n| {
                members
                    .iter()
                    .any(|m| nickname_of(m).as_deref() == Some(n.as_str()))
            })
            && self.members_nickname_contains.as_ref().is_none_or(|n| {
                members
                    .iter()
                    .any(|m| nickname_of(m).is_some_and(|nick| nick.contains(n.as_str())))
            })
            && match self.distinct_mode {
                "distinct" => c.is_distinct,
                "nondistinct" => !c.is_distinct,
                _ => true,
            }
            && match self.public_mode {
                "public" => c.is_public,
                "private" => !c.is_public,
                _ => true,
            }
            && match self.super_mode {
                "super" => c.is_super,
                "nonsuper" => !c.is_super,
                _ => true,
            }
            && self.created_after.is_none_or(|t| c.created_at_ms > t)
            && self.created_before.is_none_or(|t| c.created_at_ms < t)
            && self.accepts_metadata(&c.content)
    }

    fn accepts_metadata(&self, content: &ChannelContent) -> bool {
        let metadata_ok = match &self.metadata_key {
            None => true,
            Some(key) => content.metadata.get(key).is_some_and(|value| {
                self.metadata_values
                    .as_ref()
                    .is_none_or(|vs| vs.contains(value))
                    && self
                        .metadata_value_startswith
                        .as_ref()
                        .is_none_or(|p| value.starts_with(p.as_str()))
            }),
        };
        let [gt, gte, lt, lte] = self.metacounter_bounds;
        let metacounter_ok = match &self.metacounter_key {
            None => true,
            Some(key) => content.metacounter.get(key).is_some_and(|value| {
                self.metacounter_values
                    .as_ref()
                    .is_none_or(|vs| vs.contains(value))
                    && gt.is_none_or(|b| *value > b)
                    && gte.is_none_or(|b| *value >= b)
                    && lt.is_none_or(|b| *value < b)
                    && lte.is_none_or(|b| *value <= b)
            }),
        };
        metadata_ok && metacounter_ok
    }

    fn sort(&self, channels: &mut [&GroupChannel]) {
        match self.order {
            "latest_last_message" => channels.sort_by_key(|c| {
                let last = c
                    .content
                    .messages
                    .last()
                    .map_or(c.created_at_ms, |m| m.created_at);
                (std::cmp::Reverse(last), c.seq)
            }),
            "channel_name_alphabetical" => {
                channels.sort_by(|a, b| a.name.cmp(&b.name).then(a.seq.cmp(&b.seq)))
            }
            "metadata_value_alphabetical" => {
                let key = self.metadata_order_key.clone().unwrap_or_default();
                channels.sort_by(|a, b| {
                    let va = a.content.metadata.get(&key);
                    let vb = b.content.metadata.get(&key);
                    va.cmp(&vb).then(a.seq.cmp(&b.seq))
                });
            }
            _ => channels.sort_by_key(|c| c.seq),
        }
    }
}

/// `GET /group_channels`.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let filter = ListFilter::parse(q)?;
    let view = view_from(q)?;
    filter.listing(ctx, q, |_| true, |c| c.to_json(&ctx.chat.users, view))
}

/// `GET /users/{user_id}/my_group_channels`.
pub(super) fn list_mine(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    ctx.user(user_id)?;
    let filter = ListFilter::parse(q)?;
    let view = view_from(q)?;
    let member_state = q.choice("member_state_filter", MEMBER_STATE_FILTERS, "all")?;
    let hidden_mode = q.choice("hidden_mode", HIDDEN_MODES, "unhidden_only")?;
    let unread_only =
        q.choice("unread_filter", &["all", "unread_message"], "all")? == "unread_message";
    filter.listing(
        ctx,
        q,
        |c| {
            c.member(user_id).is_some_and(|member| {
                member.state.matches_filter(member_state)
                    && member.hidden.matches_mode(hidden_mode)
                    && (!unread_only || c.unread(member).messages > 0)
            })
        },
        |c| c.to_json_for(&ctx.chat.users, view, user_id),
    )
}
