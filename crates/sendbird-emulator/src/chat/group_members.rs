//! Group channel membership: invite, join, leave, accept, decline, hide and members
//! (operators of either channel kind are in [`super::operators`]).

use serde_json::{json, Value};

use super::group_channels::{new_member, requested_user_ids, status_map};
use super::model::{
    ChannelKind, GroupChannel, GroupView, HiddenState, Member, MemberState, MEMBER_STATE_FILTERS,
};
use super::Ctx;
use super::{moderation, paging};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

fn with_members() -> GroupView {
    GroupView {
        members: true,
        ..GroupView::default()
    }
}

fn render(ctx: &Ctx<'_>, url: &str) -> Answer {
    Ok(ctx.group(url)?.to_json(&ctx.chat.users, with_members()))
}

/// `POST /group_channels/{channel_url}/invite`.
pub(super) fn invite(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    ctx.group(url)?;
    let user_ids = requested_user_ids(p)?;
    if user_ids.is_empty() {
        return Err(ApiError::missing("user_ids"));
    }
    ctx.require_users(&user_ids)?;
    for id in &user_ids {
        moderation::check_can_join(ctx, ChannelKind::Group, url, id)?;
    }
    let invitation_status = status_map(p, "invitation_status")?;
    let hidden_status = status_map(p, "hidden_status")?;
    let inviter = p.str("inviter_id")?;
    let now = ctx.now_ms();
    let mut fresh = Vec::new();
    let is_public = ctx.group(url)?.is_public;
    for id in &user_ids {
        if ctx.group(url)?.member(id).is_some() {
            continue;
        }
        let auto_accept = is_public || ctx.user(id).map_or(true, |u| u.auto_accept_invitations);
        let seq = ctx.chat.next_seq();
        fresh.push(new_member(
            seq,
            id,
            now,
            inviter.as_deref(),
            invitation_status.get(id),
            hidden_status.get(id),
            auto_accept,
        )?);
    }
    let added: Vec<String> = fresh.iter().map(|m| m.user_id.clone()).collect();
    ctx.group_mut(url)?.members.extend(fresh);
    super::webhook_events::group_invited(ctx, url, inviter.as_deref(), &added);
    render(ctx, url)
}

/// `PUT /group_channels/{channel_url}/join` (public channels only).
pub(super) fn join(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let user_id = p.required_str("user_id")?;
    let access_code = p.str("access_code")?;
    ctx.user(&user_id)?;
    let channel = ctx.group(url)?;
    moderation::check_can_join(ctx, ChannelKind::Group, url, &user_id)?;
    if !channel.is_public {
        return Err(ApiError::unauthorized(
            "Not authorized. A private channel can't be joined without an invitation.",
        ));
    }
    if channel.access_code.is_some() && channel.access_code != access_code {
        return Err(ApiError::unauthorized(
            "Not authorized. The access code is wrong.",
        ));
    }
    let now = ctx.now_ms();
    let seq = ctx.chat.next_seq();
    let channel = ctx.group_mut(url)?;
    let joined = match channel.member_mut(&user_id) {
        Some(member) => {
            let was_invited = member.state == MemberState::Invited;
            if was_invited {
                member.state = MemberState::Joined;
                member.joined_ts = now;
            }
            was_invited
        }
        None => {
            channel.members.push(Member::new(
                seq,
                &user_id,
                MemberState::Joined,
                now,
                0,
                None,
                HiddenState::Unhidden,
            ));
            true
        }
    };
    if joined {
        super::webhook_events::group_joined(ctx, url, &[user_id]);
    }
    render(ctx, url)
}

/// `PUT /group_channels/{channel_url}/leave` (`user_ids` or `should_leave_all`).
pub(super) fn leave(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let user_ids = p.str_list("user_ids")?;
    let leave_all = p.bool("should_leave_all")?.unwrap_or(false);
    let leaving = match (&user_ids, leave_all) {
        (_, true) => ctx.group(url)?.member_set(),
        (Some(ids), false) if !ids.is_empty() => ids.clone(),
        _ => {
            ctx.group(url)?;
            return Err(ApiError::missing("user_ids"));
        }
    };
    let leavers = super::webhook_events::leavers(ctx, url, &leaving);
    let channel = ctx.group_mut(url)?;
    channel.members.retain(|m| !leaving.contains(&m.user_id));
    channel.typing.retain(|t| !leaving.contains(t));
    super::webhook_events::group_left(ctx, url, leavers);
    Ok(json!({}))
}

fn invited_member<'a>(
    channel: &'a mut GroupChannel,
    user_id: &str,
) -> Result<&'a mut Member, ApiError> {
    channel
        .member_mut(user_id)
        .ok_or_else(|| ApiError::not_found("Member"))
}

/// `PUT /group_channels/{channel_url}/accept`.
pub(super) fn accept(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let user_id = p.required_str("user_id")?;
    ctx.user(&user_id)?;
    ctx.group(url)?;
    moderation::check_can_join(ctx, ChannelKind::Group, url, &user_id)?;
    let now = ctx.now_ms();
    let member = invited_member(ctx.group_mut(url)?, &user_id)?;
    let accepted = member.state == MemberState::Invited;
    if accepted {
        member.state = MemberState::Joined;
        member.joined_ts = now;
        super::webhook_events::group_joined(ctx, url, &[user_id]);
    }
    render(ctx, url)
}

/// `PUT /group_channels/{channel_url}/decline`.
pub(super) fn decline(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let user_id = p.required_str("user_id")?;
    ctx.user(&user_id)?;
    let channel = ctx.group_mut(url)?;
    let member = invited_member(channel, &user_id)?;
    if member.state != MemberState::Invited {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: the user is not invited.",
        ));
    }
    let inviter = member.inviter.clone();
    channel.members.retain(|m| m.user_id != user_id);
    super::webhook_events::group_declined(ctx, url, &user_id, inviter.as_deref());
    Ok(json!({}))
}

/// `PUT /group_channels/{channel_url}/hide`.
pub(super) fn hide(ctx: &mut Ctx<'_>, url: &str, p: &Params) -> Answer {
    let user_id = p.required_str("user_id")?;
    let allow_auto_unhide = p.bool("allow_auto_unhide")?.unwrap_or(true);
    let hide_all = p.bool("should_hide_all")?.unwrap_or(false);
    let hide_previous = p.bool("hide_previous_messages")?.unwrap_or(false);
    let state = if allow_auto_unhide {
        HiddenState::AllowAutoUnhide
    } else {
        HiddenState::PreventAutoUnhide
    };
    ctx.group_member(url, &user_id)?;
    // With `hide_previous_messages`, what was sent so far stays hidden after unhiding
    // (like a chat history reset for this member).
    let offset = hide_previous.then(|| ctx.now_ms());
    let apply = |member: &mut Member| {
        member.hidden = state;
        if let Some(offset) = offset {
            member.ts_message_offset = member.ts_message_offset.max(offset);
            member.read_ts = member.read_ts.max(offset);
            member.delivered_ts = member.delivered_ts.max(offset);
        }
    };
    if hide_all {
        for channel in ctx.chat.group_channels.values_mut() {
            if let Some(member) = channel.member_mut(&user_id) {
                apply(member);
            }
        }
    } else if let Some(member) = ctx.group_mut(url)?.member_mut(&user_id) {
        apply(member);
    }
    Ok(json!({}))
}

/// `DELETE /group_channels/{channel_url}/hide?user_id=...`.
pub(super) fn unhide(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Answer {
    let user_id = q.required_str("user_id")?;
    let unhide_all = q.bool_or("should_unhide_all", false)?;
    ctx.group_member(url, &user_id)?;
    for channel in ctx.chat.group_channels.values_mut() {
        if unhide_all || channel.channel_url == url {
            if let Some(member) = channel.member_mut(&user_id) {
                member.hidden = HiddenState::Unhidden;
            }
        }
    }
    Ok(json!({}))
}

/// `GET /group_channels/{channel_url}/members`.
pub(super) fn list(ctx: &mut Ctx<'_>, url: &str, q: &Query) -> Answer {
    let view = GroupView {
        members: true,
        read_receipt: q.bool_or("show_read_receipt", false)?,
        delivery_receipt: q.bool_or("show_delivery_receipt", false)?,
        metadata: false,
    };
    let order = q.choice(
        "order",
        &[
            "member_nickname_alphabetical",
            "operator_then_member_alphabetical",
        ],
        "member_nickname_alphabetical",
    )?;
    let operator_filter = q.choice(
        "operator_filter",
        &["all", "operator", "nonoperator"],
        "all",
    )?;
    let state_filter = q.choice("member_state_filter", MEMBER_STATE_FILTERS, "all")?;
    let muted_filter = q.choice("muted_member_filter", &["all", "muted", "unmuted"], "all")?;
    let viewer = q.str("user_id")?;
    let nickname_startswith = q.str("nickname_startswith")?;
    let now = ctx.now_ms();
    let channel = ctx.group(url)?;
    let users = &ctx.chat.users;
    // Channel operators and operators of the channel's custom type.
    let is_operator = |user_id: &str| ctx.is_operator(ChannelKind::Group, url, user_id);
    let nickname = |m: &Member| {
        users
            .get(&m.user_id)
            .map(|u| u.nickname.clone())
            .unwrap_or_default()
    };
    let mut members: Vec<&Member> = channel
        .members
        .iter()
        .filter(|m| match operator_filter {
            "operator" => is_operator(&m.user_id),
            "nonoperator" => !is_operator(&m.user_id),
            _ => true,
        })
        .filter(|m| m.state.matches_filter(state_filter))
        .filter(|m| {
            nickname_startswith
                .as_ref()
                .is_none_or(|p| nickname(m).starts_with(p.as_str()))
        })
        .filter(|m| match muted_filter {
            "all" => true,
            muted => {
                moderation::is_muted_in_group(ctx.chat, url, &m.user_id, now) == (muted == "muted")
            }
        })
        .collect();
    members.sort_by(|a, b| {
        let operators_first = if order == "operator_then_member_alphabetical" {
            is_operator(&b.user_id).cmp(&is_operator(&a.user_id))
        } else {
            std::cmp::Ordering::Equal
        };
        operators_first
            .then_with(|| nickname(a).cmp(&nickname(b)))
            .then_with(|| a.user_id.cmp(&b.user_id))
    });
    let (page, next) = paging::page(ctx.env.pages, members, |m| m.seq, q)?;
    let members: Vec<Value> = page
        .iter()
        .map(|m| {
            let mut member = channel.member_json(users, m, view);
            moderation::decorate_member(ctx.chat, url, viewer.as_deref(), now, &mut member);
            if is_operator(&m.user_id) {
                member["role"] = json!("operator");
            }
            member
        })
        .collect();
    Ok(json!({"members": members, "next": next}))
}

/// `GET /group_channels/{channel_url}/members/{user_id}`.
pub(super) fn check(ctx: &mut Ctx<'_>, url: &str, user_id: &str) -> Answer {
    let channel = ctx.group(url)?;
    Ok(match channel.member(user_id) {
        Some(member) => json!({"is_member": true, "state": member.state.as_str()}),
        None => json!({"is_member": false, "state": "none"}),
    })
}
