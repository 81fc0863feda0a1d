//! `/users` and `/users/{user_id}`.

use serde_json::{json, Value};

use super::key_values::string_metadata;
use super::model::User;
use super::paging;
use super::{assign, random_hex, Ctx, MAX_ID_CHARS};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;

/// Session tokens live for 7 days unless told otherwise.
const SESSION_TOKEN_TTL_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// `POST /users` (JSON or multipart with `profile_file`).
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let user_id = p.required_str("user_id")?;
    if user_id.is_empty() {
        return Err(ApiError::invalid_value("user_id"));
    }
    if user_id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::bad_request(400305, "\"user_id\" is too long."));
    }
    let nickname = p.required_str("nickname")?;
    if nickname.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::too_long("nickname"));
    }
    let metadata = match p.object("metadata")? {
        Some(object) => string_metadata("metadata", &object)?,
        None => Default::default(),
    };
    let discovery_keys = p.str_list("discovery_keys")?.unwrap_or_default();
    let issue_access_token = p.bool("issue_access_token")?.unwrap_or(false);
    let profile_url = p.str("profile_url")?.unwrap_or_default();
    if ctx.chat.users.contains_key(&user_id) {
        return Err(ApiError::already_exists("user_id"));
    }
    let profile_url = match p.file("profile_file") {
        Some(file) => ctx.store_file(file),
        None => profile_url,
    };
    let seq = ctx.chat.next_seq();
    let user = User {
        nickname,
        profile_url,
        access_token: if issue_access_token {
            random_hex(40)
        } else {
            String::new()
        },
        metadata,
        discovery_keys,
        auto_accept_invitations: ctx.chat.application.default_auto_accept,
        ..User::new(seq, &user_id, ctx.now_ms())
    };
    let value = user.to_json();
    ctx.chat.activity.user_created(&user_id, user.created_at_ms);
    ctx.chat.users.insert(user_id, user);
    Ok(value)
}

/// `GET /users/{user_id}`.
pub(super) fn get(ctx: &mut Ctx<'_>, user_id: &str, q: &Query) -> Answer {
    let include_unread = q.bool_or("include_unread_count", false)?;
    let mut value = ctx.user(user_id)?.to_json();
    if include_unread {
        let summary = super::unread::user_summary(ctx, user_id, q)?;
        if let (Value::Object(map), Value::Object(counts)) = (&mut value, summary) {
            map.extend(counts);
        }
    }
    Ok(value)
}

/// `GET /users`.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let active_mode = q.choice(
        "active_mode",
        &["activated", "deactivated", "all"],
        "activated",
    )?;
    let show_bot = q.bool_or("show_bot", true)?;
    let user_ids = q.list("user_ids")?;
    let nickname = q.str("nickname")?;
    let nickname_startswith = q.str("nickname_startswith")?;
    let metadata_key = q.str("metadatakey")?;
    let metadata_values = q.list("metadatavalues_in")?;
    let metadata_filter = match (metadata_key, metadata_values) {
        (Some(key), Some(values)) => Some((key, values)),
        (None, None) => None,
        (Some(_), None) => return Err(ApiError::missing("metadatavalues_in")),
        (None, Some(_)) => return Err(ApiError::missing("metadatakey")),
    };
    let mut users: Vec<&User> = ctx
        .chat
        .users
        .values()
        .filter(|u| match active_mode {
            "activated" => u.is_active,
            "deactivated" => !u.is_active,
            _ => true,
        })
        .filter(|u| show_bot || !ctx.chat.bots.contains(&u.user_id))
        .filter(|u| user_ids.as_ref().is_none_or(|ids| ids.contains(&u.user_id)))
        .filter(|u| nickname.as_ref().is_none_or(|n| &u.nickname == n))
        .filter(|u| {
            nickname_startswith
                .as_ref()
                .is_none_or(|n| u.nickname.starts_with(n.as_str()))
        })
        .filter(|u| {
            metadata_filter
                .as_ref()
                .is_none_or(|(key, values)| u.metadata.get(key).is_some_and(|v| values.contains(v)))
        })
        .collect();
    users.sort_by_key(|u| u.seq);
    paging::listing(ctx.env.pages, users, |u| u.seq, q, "users", |u| u.to_json())
}

/// `PUT /users/{user_id}` (JSON or multipart with `profile_file`).
pub(super) fn update(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    ctx.user(user_id)?;
    let nickname = p.str("nickname")?;
    if nickname
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_ID_CHARS)
    {
        return Err(ApiError::too_long("nickname"));
    }
    let profile_url = p.str("profile_url")?;
    let issue_access_token = p.bool("issue_access_token")?.unwrap_or(false);
    let issue_session_token = p.bool("issue_session_token")?.unwrap_or(false);
    let session_token_expires_at = p.int("session_token_expires_at")?;
    let is_active = p.bool("is_active")?;
    let leave_all = p.bool("leave_all_when_deactivated")?.unwrap_or(true);
    let discovery_keys = p.str_list("discovery_keys")?;
    let preferred_languages = p.str_list("preferred_languages")?;
    let uploaded = p.file("profile_file").map(|f| ctx.store_file(f));
    let now = ctx.now_ms();
    let user = ctx.user_mut(user_id)?;
    assign(&mut user.nickname, nickname);
    if let Some(url) = uploaded.or(profile_url) {
        user.profile_url = url;
    }
    if issue_access_token {
        user.access_token = random_hex(40);
    }
    if issue_session_token {
        let expires = session_token_expires_at.unwrap_or(now + SESSION_TOKEN_TTL_MS);
        user.session_tokens.push((random_hex(40), expires));
    }
    assign(&mut user.discovery_keys, discovery_keys);
    assign(&mut user.preferred_languages, preferred_languages);
    let deactivated = is_active == Some(false) && user.is_active;
    assign(&mut user.is_active, is_active);
    let value = user.to_json();
    if deactivated {
        ctx.chat.activity.user_deactivated(now);
    }
    if deactivated && leave_all {
        for channel in ctx.chat.group_channels.values_mut() {
            channel.members.retain(|m| m.user_id != user_id);
        }
    }
    Ok(value)
}

/// `DELETE /users/{user_id}`: also removes the user from every channel's members,
/// operators and participants and from the custom-type operators, drops its metadata and push
/// data (device tokens), and deletes the bot it backs, if any.
pub(super) fn delete(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    if ctx.chat.users.remove(user_id).is_none() {
        return Err(ApiError::not_found("User"));
    }
    ctx.chat.bots.remove(user_id);
    ctx.chat.custom_types.forget_user(user_id);
    ctx.chat.push.forget_user(user_id);
    let now = ctx.now_ms();
    ctx.chat.activity.user_deleted(now);
    for channel in ctx.chat.group_channels.values_mut() {
        channel.members.retain(|m| m.user_id != user_id);
        channel.operators.retain(|o| o != user_id);
        channel.typing.retain(|t| t != user_id);
    }
    for channel in ctx.chat.open_channels.values_mut() {
        channel.operators.retain(|o| o != user_id);
        channel.participants.retain(|o| o != user_id);
    }
    Ok(json!({}))
}
