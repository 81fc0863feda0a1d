//! `/bots[...]`: bots are users (a user record with `user_id = bot_userid` backs each bot)
//! that join group channels and send messages in them.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::messages::{deliver, file_info};
use super::model::{
    ChannelKind, GroupView, HiddenState, Member, MemberState, Message, MessageKind, User,
};
use super::paging;
use super::{assign, check_custom_type, found, found_mut, random_hex, Ctx, MAX_ID_CHARS};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::render;

/// Longest accepted `bot_profile_url` (characters).
const MAX_PROFILE_URL_CHARS: usize = 2048;
/// Longest accepted `bot_callback_url` (characters).
const MAX_CALLBACK_URL_CHARS: usize = 1024;
/// Longest accepted `bot_type` (characters).
const MAX_BOT_TYPE_CHARS: usize = 128;

/// A bot's own settings; its nickname, profile image and metadata live on its user record.
#[derive(Debug, Clone)]
pub(crate) struct Bot {
    seq: u64,
    bot_type: String,
    /// The opaque token Sendbird adds to its callbacks (40 hex characters, never rotated).
    bot_token: String,
    callback_url: String,
    is_privacy_mode: bool,
    enable_mark_as_read: bool,
    show_member: bool,
    /// 0: joins when invited; 1: must accept invitations.
    channel_invitation_preference: i64,
    created_at_ms: i64,
}

/// The application's bots by `bot_userid`.
#[derive(Debug, Default)]
pub(crate) struct BotState {
    bots: BTreeMap<String, Bot>,
}

impl BotState {
    /// Whether `user_id` is a bot.
    pub(crate) fn contains(&self, user_id: &str) -> bool {
        self.bots.contains_key(user_id)
    }

    /// Forgets a bot (its user record is the caller's business).
    pub(crate) fn remove(&mut self, user_id: &str) {
        self.bots.remove(user_id);
    }
}

/// The bot resource: identity in `bot` (from the user record), behaviour at the top level.
/// `created_at` is in Unix seconds (as in the docs' examples).
fn render_bot(users: &BTreeMap<String, User>, id: &str, bot: &Bot) -> Value {
    let (nickname, profile_url, metadata) = match users.get(id) {
        Some(user) => (
            user.nickname.as_str(),
            user.profile_url.as_str(),
            render::object(&user.metadata),
        ),
        None => ("", "", json!({})),
    };
    json!({
        "bot": {
            "bot_userid": id,
            "bot_nickname": nickname,
            "bot_profile_url": profile_url,
            "bot_type": bot.bot_type,
            "bot_token": bot.bot_token,
            "bot_metadata": metadata,
            "bot_require_auth_for_profile_image": false,
        },
        "bot_callback_url": bot.callback_url,
        "is_privacy_mode": bot.is_privacy_mode,
        "enable_mark_as_read": bot.enable_mark_as_read,
        "show_member": bot.show_member,
        "channel_invitation_preference": bot.channel_invitation_preference,
        "created_at": bot.created_at_ms / 1000,
    })
}

fn bot<'a>(ctx: &'a Ctx<'_>, id: &str) -> Result<&'a Bot, ApiError> {
    found(&ctx.chat.bots.bots, id, "Bot")
}

fn render(ctx: &Ctx<'_>, id: &str) -> Answer {
    Ok(render_bot(&ctx.chat.users, id, bot(ctx, id)?))
}

fn check_len(name: &str, value: &str, max: usize) -> Result<(), ApiError> {
    if value.chars().count() > max {
        return Err(ApiError::too_long(name));
    }
    Ok(())
}

fn check_callback_url(url: &str) -> Result<(), ApiError> {
    check_len("bot_callback_url", url, MAX_CALLBACK_URL_CHARS)?;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(ApiError::invalid_value("bot_callback_url"));
    }
    Ok(())
}

fn invitation_preference(p: &Params) -> Result<Option<i64>, ApiError> {
    match p.int("channel_invitation_preference")? {
        Some(value @ (0 | 1)) => Ok(Some(value)),
        Some(_) => Err(ApiError::invalid_value("channel_invitation_preference")),
        None => Ok(None),
    }
}

/// `GET /bots`: creation order, token-paged.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    paging::listing_in_seq_order(
        ctx.env.pages,
        &ctx.chat.bots.bots,
        |b| b.seq,
        q,
        "bots",
        |id, b| render_bot(&ctx.chat.users, id, b),
    )
}

/// `POST /bots`: creates the bot and its user (400202 when either id is taken).
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let id = p.required_str("bot_userid")?;
    if id.is_empty() {
        return Err(ApiError::invalid_value("bot_userid"));
    }
    check_len("bot_userid", &id, MAX_ID_CHARS)?;
    let nickname = p.required_str("bot_nickname")?;
    check_len("bot_nickname", &nickname, MAX_ID_CHARS)?;
    let profile_url = p.required_str("bot_profile_url")?;
    check_len("bot_profile_url", &profile_url, MAX_PROFILE_URL_CHARS)?;
    let bot_type = p.required_str("bot_type")?;
    check_len("bot_type", &bot_type, MAX_BOT_TYPE_CHARS)?;
    let callback_url = p.required_str("bot_callback_url")?;
    check_callback_url(&callback_url)?;
    let is_privacy_mode = p.required_bool("is_privacy_mode")?;
    let enable_mark_as_read = p.bool("enable_mark_as_read")?.unwrap_or(true);
    let show_member = p.bool("show_member")?.unwrap_or(false);
    let preference = invitation_preference(p)?.unwrap_or(0);
    if ctx.chat.bots.contains(&id) || ctx.chat.users.contains_key(&id) {
        return Err(ApiError::already_exists("bot_userid"));
    }
    let now = ctx.now_ms();
    let user_seq = ctx.chat.next_seq();
    ctx.chat.users.insert(
        id.clone(),
        User {
            nickname,
            profile_url,
            auto_accept_invitations: preference == 0,
            ..User::new(user_seq, &id, now)
        },
    );
    let seq = ctx.chat.next_seq();
    ctx.chat.bots.bots.insert(
        id.clone(),
        Bot {
            seq,
            bot_type,
            bot_token: random_hex(40),
            callback_url,
            is_privacy_mode,
            enable_mark_as_read,
            show_member,
            channel_invitation_preference: preference,
            created_at_ms: now,
        },
    );
    render(ctx, &id)
}

/// `GET /bots/{bot_userid}`.
pub(super) fn get(ctx: &mut Ctx<'_>, id: &str) -> Answer {
    render(ctx, id)
}

/// `PUT /bots/{bot_userid}`: sets the given fields; nickname and profile image go to the
/// bot's user record. The token and `bot_type` never change.
pub(super) fn update(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    bot(ctx, id)?;
    let nickname = p.str("bot_nickname")?;
    if let Some(nickname) = &nickname {
        check_len("bot_nickname", nickname, MAX_ID_CHARS)?;
    }
    let profile_url = p.str("bot_profile_url")?;
    if let Some(url) = &profile_url {
        check_len("bot_profile_url", url, MAX_PROFILE_URL_CHARS)?;
    }
    let callback_url = p.str("bot_callback_url")?;
    if let Some(url) = &callback_url {
        check_callback_url(url)?;
    }
    let is_privacy_mode = p.bool("is_privacy_mode")?;
    let enable_mark_as_read = p.bool("enable_mark_as_read")?;
    let show_member = p.bool("show_member")?;
    let preference = invitation_preference(p)?;
    if let Some(user) = ctx.chat.users.get_mut(id) {
        assign(&mut user.nickname, nickname);
        assign(&mut user.profile_url, profile_url);
        if let Some(preference) = preference {
            user.auto_accept_invitations = preference == 0;
        }
    }
    let bot = found_mut(&mut ctx.chat.bots.bots, id, "Bot")?;
    assign(&mut bot.callback_url, callback_url);
    assign(&mut bot.is_privacy_mode, is_privacy_mode);
    assign(&mut bot.enable_mark_as_read, enable_mark_as_read);
    assign(&mut bot.show_member, show_member);
    assign(&mut bot.channel_invitation_preference, preference);
    render(ctx, id)
}

/// `DELETE /bots/{bot_userid}`: deletes the bot and its user, which leaves every channel
/// (the messages it sent stay).
pub(super) fn delete(ctx: &mut Ctx<'_>, id: &str) -> Answer {
    bot(ctx, id)?;
    ctx.chat.bots.remove(id);
    if ctx.chat.users.contains_key(id) {
        super::users::delete(ctx, id)?;
    }
    Ok(json!({}))
}

/// `POST /bots/{bot_userid}/channels` (`channel_urls`): the bot joins group channels. Every
/// URL is checked before any channel changes; channels already joined stay as they are.
pub(super) fn join_channels(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    bot(ctx, id)?;
    let urls = p
        .str_list("channel_urls")?
        .filter(|urls| !urls.is_empty())
        .ok_or_else(|| ApiError::missing("channel_urls"))?;
    for url in &urls {
        ctx.group(url)?;
    }
    let now = ctx.now_ms();
    for url in &urls {
        let seq = ctx.chat.next_seq();
        let channel = ctx.group_mut(url)?;
        match channel.member_mut(id) {
            Some(member) => {
                if member.state == MemberState::Invited {
                    member.state = MemberState::Joined;
                    member.joined_ts = now;
                }
            }
            None => channel.members.push(Member::new(
                seq,
                id,
                MemberState::Joined,
                now,
                0,
                None,
                HiddenState::Unhidden,
            )),
        }
    }
    let view = GroupView {
        members: true,
        ..GroupView::default()
    };
    let mut channels = Vec::new();
    for url in &urls {
        channels.push(ctx.group(url)?.to_json(&ctx.chat.users, view));
    }
    Ok(json!({"channels": channels}))
}

/// `DELETE /bots/{bot_userid}/channels`: the bot leaves every group channel.
pub(super) fn leave_all_channels(ctx: &mut Ctx<'_>, id: &str) -> Answer {
    bot(ctx, id)?;
    for channel in ctx.chat.group_channels.values_mut() {
        channel.members.retain(|m| m.user_id != id);
        channel.typing.retain(|t| t != id);
    }
    Ok(json!({}))
}

/// `DELETE /bots/{bot_userid}/channels/{channel_url}`: the bot leaves one group channel
/// (a channel it is not in answers `{}` too).
pub(super) fn leave_channel(ctx: &mut Ctx<'_>, id: &str, url: &str) -> Answer {
    bot(ctx, id)?;
    let channel = ctx.group_mut(url)?;
    channel.members.retain(|m| m.user_id != id);
    channel.typing.retain(|t| t != id);
    Ok(json!({}))
}

/// `POST /bots/{bot_userid}/send` (JSON, or multipart with a `file` part): a text (`MESG`,
/// the default when `message_type` is absent) or file (`FILE`) message from the bot to a
/// group channel it has joined (900020 otherwise). Answers `{"message": ...}`.
pub(super) fn send_message(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    let enable_mark_as_read = bot(ctx, id)?.enable_mark_as_read;
    let url = p.required_str("channel_url")?;
    let kind = match p.str("message_type")?.as_deref() {
        None | Some("MESG") => MessageKind::Text,
        Some("FILE") => MessageKind::File,
        Some(_) => return Err(ApiError::invalid_value("message_type")),
    };
    let custom_type = p.str("custom_type")?.unwrap_or_default();
    check_custom_type(&custom_type)?;
    let data = p.str("data")?.unwrap_or_default();
    let _send_push = p.bool("send_push")?;
    let mut mentioned = p.str_list("mentioned")?.unwrap_or_default();
    for extra in p.str_list("mentioned_user_ids")?.unwrap_or_default() {
        if !mentioned.contains(&extra) {
            mentioned.push(extra);
        }
    }
    let mark_as_read = p.bool("mark_as_read")?.unwrap_or(true);
    let dedup_id = p.str("dedup_id")?;
    // Accepted (Unix ms) but not honoured: messages keep the emulator's clock order.
    let _created_at = p.int("created_at")?;
    let joined = ctx
        .group(&url)?
        .member(id)
        .is_some_and(|m| m.state == MemberState::Joined);
    if !joined {
        return Err(ApiError::bad_request(
            900020,
            "The bot must be a member of the channel.",
        ));
    }
    let (text, file) = match kind {
        MessageKind::File => (String::new(), Some(file_info(ctx, p)?)),
        _ => (p.required_str("message")?, None),
    };
    let message = Message {
        custom_type,
        data,
        mentioned_user_ids: mentioned,
        file,
        dedup_id,
        ..Message::new(ctx.chat.next_message_id(), kind, Some(id.to_owned()), text)
    };
    let sender_reads = mark_as_read && enable_mark_as_read;
    let message = deliver(ctx, ChannelKind::Group, &url, message, sender_reads)?;
    Ok(json!({"message": message}))
}
