//! `/polls[...]`: polls, their options, votes and voters; polls attached to messages.
//!
//! Choices where Sendbird's docs are silent (the SDK tests rely on them):
//! - poll timestamps (`created_at`, `updated_at`, `close_at`) are Unix **seconds**, as in the
//!   docs' example; `close_at` -1 means never;
//! - a poll is closed by `PUT .../close` (which sets `close_at` to now) or once `close_at` has
//!   passed (evaluated lazily); a closed poll never reopens;
//! - votes and option additions on a closed poll answer **400920** ("Poll is closed.");
//!   several `option_ids` on a single-choice poll answer 400920 too; an option id not in the
//!   poll 400111; a voter who is not a member of the channel the poll is attached to 400108;
//! - lists (polls, voters, partial voter lists) are in creation / vote order, oldest first;
//! - a poll needs at least one option: deleting the last one answers 400111; at most
//!   [`MAX_OPTIONS`] options (400203 beyond);
//! - a text message in a group channel attaches a poll with `poll_id` (400201 for an unknown
//!   poll, 400111 for a poll that is already attached, another message type or an open
//!   channel); messages then carry `poll` (a summary unless `include_poll_details=true`).

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::channel_props::dedup;
use super::model::{user_summary, ChannelKind, User};
use super::{assign, found, found_mut, paging, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::{split_csv, Params};
use crate::http::query::Query;

/// Most options a poll may have (the real limit depends on the plan).
pub(crate) const MAX_OPTIONS: usize = 20;
/// Longest poll title on creation (characters).
const MAX_TITLE_CHARS: usize = 2048;
/// Longest poll title on update (characters; the update page says 2,000).
const MAX_UPDATED_TITLE_CHARS: usize = 2000;
/// Longest option text (characters).
const MAX_OPTION_CHARS: usize = 2000;
/// Voters shown per option with `show_partial_voter_list`.
const PARTIAL_VOTERS: usize = 10;
/// Polls per page: default and maximum.
const MAX_POLLS_PER_PAGE: i64 = 20;
/// Voters per page: default and maximum.
const MAX_VOTERS_PER_PAGE: i64 = 100;

/// Every poll of the application.
#[derive(Debug, Default)]
pub(crate) struct PollsState {
    polls: BTreeMap<i64, Poll>,
    last_poll_id: i64,
    last_option_id: i64,
}

impl PollsState {
    fn next_poll_id(&mut self) -> i64 {
        self.last_poll_id = self.last_poll_id.max(2000) + 1;
        self.last_poll_id
    }

    fn next_option_id(&mut self) -> i64 {
        self.last_option_id = self.last_option_id.max(4000) + 1;
        self.last_option_id
    }
}

/// A poll.
#[derive(Debug, Clone)]
struct Poll {
    id: i64,
    title: String,
    allow_user_suggestion: bool,
    allow_multiple_votes: bool,
    created_by: Option<String>,
    /// Unix seconds.
    created_at: i64,
    /// Unix seconds (0: never updated).
    updated_at: i64,
    /// Unix seconds (-1: never).
    close_at: i64,
    /// Closed explicitly (or observed closed when an update came).
    closed: bool,
    data: Option<Value>,
    options: Vec<PollOption>,
    /// Current votes, in the order they were cast.
    votes: Vec<Vote>,
    /// The message carrying the poll: `(channel_url, message_id)`.
    attached: Option<(String, i64)>,
}

/// One option of a poll.
#[derive(Debug, Clone)]
struct PollOption {
    id: i64,
    text: String,
    created_by: Option<String>,
    created_at: i64,
    updated_at: i64,
}

/// One user's vote for one option.
#[derive(Debug, Clone)]
struct Vote {
    seq: u64,
    user_id: String,
    option_id: i64,
}

impl Poll {
    fn is_closed(&self, now_s: i64) -> bool {
        self.closed || (self.close_at > 0 && now_s >= self.close_at)
    }

    fn status(&self, now_s: i64) -> &'static str {
        if self.is_closed(now_s) {
            "closed"
        } else {
            "open"
        }
    }

    fn vote_count(&self, option_id: i64) -> usize {
        self.votes
            .iter()
            .filter(|v| v.option_id == option_id)
            .count()
    }

    fn voter_count(&self) -> usize {
        let mut voters: Vec<&str> = self.votes.iter().map(|v| v.user_id.as_str()).collect();
        voters.sort_unstable();
        voters.dedup();
        voters.len()
    }

    fn option_json(
        &self,
        option: &PollOption,
        users: &BTreeMap<String, User>,
        partial_voters: bool,
    ) -> Value {
        let mut value = json!({
            "id": option.id,
            "poll_id": self.id,
            "text": option.text,
            "vote_count": self.vote_count(option.id),
            "created_by": option.created_by,
            "created_at": option.created_at,
            "updated_at": option.updated_at,
        });
        if partial_voters {
            let voters: Vec<Value> = self
                .votes
                .iter()
                .filter(|v| v.option_id == option.id)
                .take(PARTIAL_VOTERS)
                .map(|v| user_summary(users, &v.user_id))
                .collect();
            if let Value::Object(map) = &mut value {
                map.insert("partial_voter_list".into(), Value::Array(voters));
            }
        }
        value
    }

    /// The summary a message embeds without `include_poll_details`.
    fn summary_json(&self, now_s: i64) -> Value {
        json!({
            "id": self.id,
            "title": self.title,
            "status": self.status(now_s),
            "close_at": self.close_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "message_id": self.attached.as_ref().map(|(_, id)| *id),
        })
    }

    fn to_json(&self, users: &BTreeMap<String, User>, now_s: i64, partial_voters: bool) -> Value {
        let options: Vec<Value> = self
            .options
            .iter()
            .map(|o| self.option_json(o, users, partial_voters))
            .collect();
        let mut value = json!({
            "id": self.id,
            "title": self.title,
            "status": self.status(now_s),
            "allow_user_suggestion": self.allow_user_suggestion,
            "allow_multiple_votes": self.allow_multiple_votes,
            "created_by": self.created_by,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "close_at": self.close_at,
            "voter_count": self.voter_count(),
            "options": options,
        });
        if let Value::Object(map) = &mut value {
            if let Some((_, message_id)) = &self.attached {
                map.insert("message_id".into(), json!(message_id));
            }
            if let Some(data) = &self.data {
                map.insert("data".into(), data.clone());
            }
        }
        value
    }
}

fn now_s(ctx: &Ctx<'_>) -> i64 {
    ctx.now_ms() / 1000
}

fn parse_id(raw: &str, name: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .map_err(|_| ApiError::wrong_type(name, Expected::Number))
}

/// The optional `created_by`, which must name an existing user.
fn creator(ctx: &Ctx<'_>, p: &Params) -> Result<Option<String>, ApiError> {
    let created_by = p.str("created_by")?;
    if let Some(user) = &created_by {
        ctx.user(user)?;
    }
    Ok(created_by)
}

fn poll<'a>(ctx: &'a Ctx<'_>, raw_id: &str) -> Result<&'a Poll, ApiError> {
    let id = parse_id(raw_id, "poll_id")?;
    found(&ctx.chat.polls.polls, &id, "Poll")
}

fn poll_mut<'a>(ctx: &'a mut Ctx<'_>, raw_id: &str) -> Result<&'a mut Poll, ApiError> {
    let id = parse_id(raw_id, "poll_id")?;
    found_mut(&mut ctx.chat.polls.polls, &id, "Poll")
}

/// The option id of a path, checked against the poll (400201 when it is not one of its
/// options).
fn option_index(poll: &Poll, raw_id: &str) -> Result<usize, ApiError> {
    let id = parse_id(raw_id, "option_id")?;
    poll.options
        .iter()
        .position(|o| o.id == id)
        .ok_or_else(|| ApiError::not_found("Poll option"))
}

/// The poll `raw_id` names, for changes, and the index of its option `raw_option`.
fn option_mut<'a>(
    ctx: &'a mut Ctx<'_>,
    raw_id: &str,
    raw_option: &str,
) -> Result<(&'a mut Poll, usize), ApiError> {
    let poll = poll_mut(ctx, raw_id)?;
    let index = option_index(poll, raw_option)?;
    Ok((poll, index))
}

fn render_poll(ctx: &Ctx<'_>, id: i64, partial_voters: bool) -> Answer {
    let now = now_s(ctx);
    let poll = found(&ctx.chat.polls.polls, &id, "Poll")?;
    Ok(poll.to_json(&ctx.chat.users, now, partial_voters))
}

fn check_title(title: &str, max: usize) -> Result<(), ApiError> {
    if title.trim().is_empty() {
        return Err(ApiError::invalid_value("title"));
    }
    if title.chars().count() > max {
        return Err(ApiError::too_long("title"));
    }
    Ok(())
}

fn check_option_text(text: &str) -> Result<(), ApiError> {
    if text.trim().is_empty() {
        return Err(ApiError::invalid_value("text"));
    }
    if text.chars().count() > MAX_OPTION_CHARS {
        return Err(ApiError::too_long("text"));
    }
    Ok(())
}

/// `close_at`: -1 (never) or a positive Unix time in seconds.
fn check_close_at(close_at: i64) -> Result<(), ApiError> {
    if close_at == -1 || close_at > 0 {
        Ok(())
    } else {
        Err(ApiError::invalid_value("close_at"))
    }
}

/// `data`: any JSON object.
fn data_param(p: &Params) -> Result<Option<Value>, ApiError> {
    Ok(p.object("data")?.map(Value::Object))
}

/// Reads the optional `channel_url` + `channel_type` pair (both or neither; 400105 when only
/// one is given, 400111 for an unknown type, 400201 for an unknown channel).
fn channel_filter(ctx: &Ctx<'_>, q: &Query) -> Result<Option<String>, ApiError> {
    let url = q.str("channel_url")?;
    let kind = q.str("channel_type")?;
    match (url, kind) {
        (None, None) => Ok(None),
        (Some(_), None) => Err(ApiError::missing("channel_type")),
        (None, Some(_)) => Err(ApiError::missing("channel_url")),
        (Some(url), Some(kind)) => {
            let kind = ChannelKind::from_path(&kind)
                .ok_or_else(|| ApiError::invalid_value("channel_type"))?;
            ctx.content(kind, &url)?;
            Ok(Some(url))
        }
    }
}

fn page_size(q: &Query, max: i64) -> Result<usize, ApiError> {
    let value = q.int("limit")?.unwrap_or(max);
    if !(1..=max).contains(&value) {
        return Err(ApiError::invalid_value("limit"));
    }
    usize::try_from(value).map_err(|_| ApiError::invalid_value("limit"))
}

/// `GET /polls` (`channel_url` + `channel_type`, `token`, `limit` 1–20, default 20).
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let channel = channel_filter(ctx, q)?;
    let limit = page_size(q, MAX_POLLS_PER_PAGE)?;
    let now = now_s(ctx);
    let polls: Vec<&Poll> = ctx
        .chat
        .polls
        .polls
        .values()
        .filter(|p| match &channel {
            None => true,
            Some(url) => p.attached.as_ref().is_some_and(|(u, _)| u == url),
        })
        .collect();
    let (page, next) = paging::page_limited(
        ctx.env.pages,
        polls,
        |p| u64::try_from(p.id).unwrap_or(0),
        q,
        limit,
    )?;
    let polls: Vec<Value> = page
        .iter()
        .map(|p| p.to_json(&ctx.chat.users, now, false))
        .collect();
    Ok(json!({"polls": polls, "next": next}))
}

/// Reads the option texts of a creation (400105 absent, 400102 not a list, 400111 empty,
/// 400203 too many).
fn option_texts(p: &Params) -> Result<Vec<String>, ApiError> {
    let texts = p
        .str_list("options")?
        .ok_or_else(|| ApiError::missing("options"))?;
    if texts.is_empty() {
        return Err(ApiError::invalid_value("options"));
    }
    if texts.len() > MAX_OPTIONS {
        return Err(ApiError::too_many_items("options", MAX_OPTIONS));
    }
    for text in &texts {
        check_option_text(text)?;
    }
    Ok(texts)
}

/// `POST /polls`.
pub(super) fn create(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let title = p.required_str("title")?;
    check_title(&title, MAX_TITLE_CHARS)?;
    let texts = option_texts(p)?;
    let allow_user_suggestion = p.bool("allow_user_suggestion")?.unwrap_or(false);
    let allow_multiple_votes = p.bool("allow_multiple_votes")?.unwrap_or(false);
    let close_at = p.int("close_at")?.unwrap_or(-1);
    check_close_at(close_at)?;
    let created_by = creator(ctx, p)?;
    let data = data_param(p)?;
    let now = now_s(ctx);
    let state = &mut ctx.chat.polls;
    let id = state.next_poll_id();
    let options = texts
        .into_iter()
        .map(|text| PollOption {
            id: state.next_option_id(),
            text,
            created_by: created_by.clone(),
            created_at: now,
            updated_at: 0,
        })
        .collect();
    state.polls.insert(
        id,
        Poll {
            id,
            title,
            allow_user_suggestion,
            allow_multiple_votes,
            created_by,
            created_at: now,
            updated_at: 0,
            close_at,
            closed: false,
            data,
            options,
            votes: Vec::new(),
            attached: None,
        },
    );
    render_poll(ctx, id, false)
}

/// `GET /polls/{poll_id}` (`channel_url` + `channel_type`, `show_partial_voter_list`).
pub(super) fn get(ctx: &mut Ctx<'_>, raw_id: &str, q: &Query) -> Answer {
    let partial = q.bool_or("show_partial_voter_list", false)?;
    let channel = channel_filter(ctx, q)?;
    let poll = poll(ctx, raw_id)?;
    if let Some(url) = channel {
        if poll.attached.as_ref().is_none_or(|(u, _)| *u != url) {
            return Err(ApiError::not_found("Poll"));
        }
    }
    render_poll(ctx, poll.id, partial)
}

/// `PUT /polls/{poll_id}`: only the given fields change.
pub(super) fn update(ctx: &mut Ctx<'_>, raw_id: &str, p: &Params) -> Answer {
    let title = p.str("title")?;
    if let Some(title) = &title {
        check_title(title, MAX_UPDATED_TITLE_CHARS)?;
    }
    let allow_user_suggestion = p.bool("allow_user_suggestion")?;
    let allow_multiple_votes = p.bool("allow_multiple_votes")?;
    let close_at = p.int("close_at")?;
    if let Some(close_at) = close_at {
        check_close_at(close_at)?;
    }
    let created_by = creator(ctx, p)?;
    let data = data_param(p)?;
    let now = now_s(ctx);
    let poll = poll_mut(ctx, raw_id)?;
    // A poll that has closed stays closed whatever `close_at` becomes.
    poll.closed = poll.is_closed(now);
    assign(&mut poll.title, title);
    assign(&mut poll.allow_user_suggestion, allow_user_suggestion);
    assign(&mut poll.allow_multiple_votes, allow_multiple_votes);
    assign(&mut poll.close_at, close_at);
    if created_by.is_some() {
        poll.created_by = created_by;
    }
    if data.is_some() {
        poll.data = data;
    }
    poll.updated_at = now;
    let id = poll.id;
    render_poll(ctx, id, false)
}

/// `DELETE /polls/{poll_id}`: the poll, its options and votes are gone (a message that carried
/// it keeps no poll).
pub(super) fn delete(ctx: &mut Ctx<'_>, raw_id: &str) -> Answer {
    let id = poll(ctx, raw_id)?.id;
    ctx.chat.polls.polls.remove(&id);
    Ok(json!({}))
}

/// `PUT /polls/{poll_id}/close`: closes now (`close_at` = now); closing again answers the
/// closed poll.
pub(super) fn close(ctx: &mut Ctx<'_>, raw_id: &str) -> Answer {
    let now = now_s(ctx);
    let poll = poll_mut(ctx, raw_id)?;
    if !poll.is_closed(now) {
        poll.closed = true;
        poll.close_at = now;
        poll.updated_at = now;
    }
    poll.closed = true;
    let id = poll.id;
    render_poll(ctx, id, false)
}

fn closed_error() -> ApiError {
    ApiError::bad_request(400920, "Poll is closed.")
}

/// `POST /polls/{poll_id}/options` (`text`, `created_by`): answers the whole poll.
pub(super) fn add_option(ctx: &mut Ctx<'_>, raw_id: &str, p: &Params) -> Answer {
    let text = p.required_str("text")?;
    check_option_text(&text)?;
    let created_by = creator(ctx, p)?;
    let now = now_s(ctx);
    let poll = poll(ctx, raw_id)?;
    if poll.is_closed(now) {
        return Err(closed_error());
    }
    let by_creator = created_by.is_none() || created_by == poll.created_by;
    if !by_creator && !poll.allow_user_suggestion {
        return Err(ApiError::unauthorized(
            "Only the poll's creator may add options: \"allow_user_suggestion\" is false.",
        ));
    }
    if poll.options.len() >= MAX_OPTIONS {
        return Err(ApiError::bad_request(
            400203,
            format!("A poll has at most {MAX_OPTIONS} options."),
        ));
    }
    let id = poll.id;
    let option_id = ctx.chat.polls.next_option_id();
    if let Some(poll) = ctx.chat.polls.polls.get_mut(&id) {
        poll.options.push(PollOption {
            id: option_id,
            text,
            created_by,
            created_at: now,
            updated_at: 0,
        });
        poll.updated_at = now;
    }
    render_poll(ctx, id, false)
}

/// `GET /polls/{poll_id}/options/{option_id}`.
pub(super) fn get_option(ctx: &mut Ctx<'_>, raw_id: &str, raw_option: &str) -> Answer {
    let poll = poll(ctx, raw_id)?;
    let index = option_index(poll, raw_option)?;
    Ok(poll.option_json(&poll.options[index], &ctx.chat.users, false))
}

/// `PUT /polls/{poll_id}/options/{option_id}` (`text`): answers the whole poll; votes stay.
pub(super) fn update_option(
    ctx: &mut Ctx<'_>,
    raw_id: &str,
    raw_option: &str,
    p: &Params,
) -> Answer {
    let text = p.required_str("text")?;
    check_option_text(&text)?;
    let _created_by = p.str("created_by")?;
    let now = now_s(ctx);
    let (poll, index) = option_mut(ctx, raw_id, raw_option)?;
    poll.options[index].text = text;
    poll.options[index].updated_at = now;
    poll.updated_at = now;
    let id = poll.id;
    render_poll(ctx, id, false)
}

/// `DELETE /polls/{poll_id}/options/{option_id}`: the option and its votes go.
pub(super) fn delete_option(ctx: &mut Ctx<'_>, raw_id: &str, raw_option: &str) -> Answer {
    let now = now_s(ctx);
    let (poll, index) = option_mut(ctx, raw_id, raw_option)?;
    if poll.options.len() == 1 {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"option_id\" (a poll keeps at least one option).",
        ));
    }
    let removed = poll.options.remove(index);
    poll.votes.retain(|v| v.option_id != removed.id);
    poll.updated_at = now;
    Ok(json!({}))
}

/// `GET /polls/{poll_id}/options/{option_id}/voters` (`token`, `limit` 1–100, default 100):
/// oldest vote first.
pub(super) fn voters(ctx: &mut Ctx<'_>, raw_id: &str, raw_option: &str, q: &Query) -> Answer {
    let limit = page_size(q, MAX_VOTERS_PER_PAGE)?;
    let poll = poll(ctx, raw_id)?;
    let option_id = poll.options[option_index(poll, raw_option)?].id;
    let votes: Vec<&Vote> = poll
        .votes
        .iter()
        .filter(|v| v.option_id == option_id)
        .collect();
    let vote_count = votes.len();
    let (page, next) = paging::page_limited(ctx.env.pages, votes, |v| v.seq, q, limit)?;
    let voters: Vec<Value> = page
        .iter()
        .map(|v| user_summary(&ctx.chat.users, &v.user_id))
        .collect();
    Ok(json!({"vote_count": vote_count, "voters": voters, "next": next}))
}

/// Reads `option_ids`: a list of integers (400105 absent, 400102 not a list, 400101 an
/// element that is not an integer), duplicates dropped.
fn option_ids(p: &Params) -> Result<Vec<i64>, ApiError> {
    let ids: Vec<i64> = match p.json("option_ids")? {
        None => return Err(ApiError::missing("option_ids")),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                match item {
                    Value::Number(n) => n.as_i64(),
                    Value::String(s) => s.trim().parse().ok(),
                    _ => None,
                }
                .ok_or_else(|| ApiError::wrong_type("option_ids", Expected::Number))
            })
            .collect::<Result<_, _>>()?,
        // A form sends one comma-joined part.
        Some(Value::String(text)) => split_csv(&text)
            .map(|s| {
                s.parse()
                    .map_err(|_| ApiError::wrong_type("option_ids", Expected::Number))
            })
            .collect::<Result<_, _>>()?,
        Some(Value::Number(n)) => vec![n
            .as_i64()
            .ok_or_else(|| ApiError::wrong_type("option_ids", Expected::Number))?],
        Some(_) => return Err(ApiError::wrong_type("option_ids", Expected::List)),
    };
    Ok(dedup(ids))
}

/// `PUT /polls/{poll_id}/vote` (`user_id`, `option_ids`): the user's votes become exactly
/// `option_ids` (`[]` cancels them all). Answers the poll with the user's
/// `voted_option_ids`.
pub(super) fn vote(ctx: &mut Ctx<'_>, raw_id: &str, p: &Params) -> Answer {
    let user_id = p.required_str("user_id")?;
    let chosen = option_ids(p)?;
    ctx.user(&user_id)?;
    let now = now_s(ctx);
    let poll = poll(ctx, raw_id)?;
    if poll.is_closed(now) {
        return Err(closed_error());
    }
    if let Some(unknown) = chosen
        .iter()
        .find(|id| !poll.options.iter().any(|o| o.id == **id))
    {
        return Err(ApiError::bad_request(
            400111,
            format!("Invalid value: \"option_ids\" ({unknown} is not an option of this poll)."),
        ));
    }
    if chosen.len() > 1 && !poll.allow_multiple_votes {
        return Err(ApiError::bad_request(
            400920,
            "This poll does not allow multiple votes: \"option_ids\" may hold one id.",
        ));
    }
    if let Some((url, _)) = &poll.attached {
        let is_member = ctx
            .group(url)
            .is_ok_and(|channel| channel.member(&user_id).is_some());
        if !is_member {
            return Err(ApiError::unauthorized(
                "The voter must be a member of the channel the poll is attached to.",
            ));
        }
    }
    let id = poll.id;
    let kept: Vec<i64> = poll
        .votes
        .iter()
        .filter(|v| v.user_id == user_id && chosen.contains(&v.option_id))
        .map(|v| v.option_id)
        .collect();
    let mut new_votes = Vec::new();
    for option_id in chosen.iter().filter(|id| !kept.contains(id)) {
        new_votes.push(Vote {
            seq: ctx.chat.next_seq(),
            user_id: user_id.clone(),
            option_id: *option_id,
        });
    }
    if let Some(poll) = ctx.chat.polls.polls.get_mut(&id) {
        poll.votes
            .retain(|v| v.user_id != user_id || chosen.contains(&v.option_id));
        poll.votes.extend(new_votes);
        poll.updated_at = now;
    }
    let mut value = render_poll(ctx, id, false)?;
    if let Value::Object(map) = &mut value {
        map.insert("voted_option_ids".into(), json!(chosen));
    }
    Ok(value)
}

/// Checks that a new message may carry poll `poll_id` (before the message is stored).
pub(super) fn check_attachable(
    ctx: &Ctx<'_>,
    poll_id: i64,
    kind: ChannelKind,
    is_text: bool,
) -> Result<(), ApiError> {
    let poll = found(&ctx.chat.polls.polls, &poll_id, "Poll")?;
    if kind != ChannelKind::Group || !is_text {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"poll_id\" (polls go in text messages of group channels).",
        ));
    }
    if poll.attached.is_some() {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"poll_id\" (the poll is already attached to a message).",
        ));
    }
    Ok(())
}

/// Records that message `message_id` of channel `url` carries poll `poll_id`.
pub(super) fn attach(ctx: &mut Ctx<'_>, poll_id: i64, url: &str, message_id: i64) {
    if let Some(poll) = ctx.chat.polls.polls.get_mut(&poll_id) {
        poll.attached = Some((url.to_owned(), message_id));
    }
}

/// Adds `poll` to a rendered message that carries one: the summary, or the whole poll with
/// `details`.
pub(super) fn embed(ctx: &Ctx<'_>, message: &mut Value, url: &str, message_id: i64, details: bool) {
    let now = now_s(ctx);
    let Some(poll) = ctx.chat.polls.polls.values().find(|p| {
        p.attached
            .as_ref()
            .is_some_and(|(u, id)| u == url && *id == message_id)
    }) else {
        return;
    };
    let rendered = if details {
        poll.to_json(&ctx.chat.users, now, false)
    } else {
        poll.summary_json(now)
    };
    if let Value::Object(map) = message {
        map.insert("poll".into(), rendered);
    }
}

/// Whether any poll is attached somewhere (lets message rendering skip the lookup).
pub(super) fn any_attached(ctx: &Ctx<'_>) -> bool {
    ctx.chat.polls.polls.values().any(|p| p.attached.is_some())
}
