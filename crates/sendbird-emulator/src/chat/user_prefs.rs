//! Per-user settings and actions: channel invitation preference, count preference of a
//! channel, session tokens, leaving group channels.

use serde_json::json;

use super::model::{CountPreference, MemberState};
use super::{random_hex, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;

/// Session tokens live for 7 days unless told otherwise.
const SESSION_TOKEN_TTL_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// `GET /users/{user_id}/channel_invitation_preference`.
pub(super) fn invitation_preference(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    let user = ctx.user(user_id)?;
    Ok(json!({"auto_accept": user.auto_accept_invitations}))
}

/// `PUT /users/{user_id}/channel_invitation_preference` (`auto_accept`). With
/// `auto_accept: false`, the user is invited to (not joined into) private group channels.
pub(super) fn update_invitation_preference(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let auto_accept = p.required_bool("auto_accept")?;
    let user = ctx.user_mut(user_id)?;
    user.auto_accept_invitations = auto_accept;
    Ok(json!({"auto_accept": auto_accept}))
}

/// `GET /users/{user_id}/count_preference/{channel_url}`.
pub(super) fn count_preference(ctx: &mut Ctx<'_>, user_id: &str, url: &str) -> Answer {
    let preference = ctx
        .group_member(url, user_id)?
        .member(user_id)
        .map_or(CountPreference::All, |m| m.count_preference);
    Ok(json!({"count_preference": preference.as_str()}))
}

/// `PUT /users/{user_id}/count_preference/{channel_url}` (`count_preference`: `all`,
/// `unread_message_count_only`, `unread_mentioned_count_only` or `off`).
pub(super) fn update_count_preference(
    ctx: &mut Ctx<'_>,
    user_id: &str,
    url: &str,
    p: &Params,
) -> Answer {
    let raw = p.required_str("count_preference")?;
    let preference =
        CountPreference::parse(&raw).ok_or_else(|| ApiError::invalid_value("count_preference"))?;
    ctx.group_member(url, user_id)?;
    if let Some(member) = ctx.group_mut(url)?.member_mut(user_id) {
        member.count_preference = preference;
    }
    Ok(json!({"count_preference": preference.as_str()}))
}

/// `POST /users/{user_id}/token` (optional `expires_at`, Unix ms in the future; default
/// now + 7 days): `{token, expires_at}`. The token is not part of the user resource.
pub(super) fn issue_session_token(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let expires_at = p.int("expires_at")?;
    ctx.user(user_id)?;
    let now = ctx.now_ms();
    let expires_at = match expires_at {
        None => now + SESSION_TOKEN_TTL_MS,
        Some(at) if at > now => at,
        Some(_) => return Err(ApiError::invalid_value("expires_at")),
    };
    let token = random_hex(64);
    let user = ctx.user_mut(user_id)?;
    user.issued_session_tokens.push((token.clone(), expires_at));
    Ok(json!({"token": token, "expires_at": expires_at}))
}

/// `DELETE /users/{user_id}/token`: revokes every session token of the user (also those
/// issued through `PUT /users/{user_id}`).
pub(super) fn revoke_session_tokens(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    let user = ctx.user_mut(user_id)?;
    user.issued_session_tokens.clear();
    user.session_tokens.clear();
    Ok(json!({}))
}

/// `PUT /users/{user_id}/my_group_channels/leave` (optional `custom_type`): the user
/// leaves every group channel they have joined (of that custom type).
pub(super) fn leave_my_group_channels(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let custom_type = p.str("custom_type")?;
    ctx.user(user_id)?;
    for channel in ctx.chat.group_channels.values_mut() {
        if custom_type
            .as_ref()
            .is_some_and(|t| &channel.custom_type != t)
        {
            continue;
        }
        channel
            .members
            .retain(|m| !(m.user_id == user_id && m.state == MemberState::Joined));
        channel.typing.retain(|t| t != user_id);
    }
    Ok(json!({}))
}
