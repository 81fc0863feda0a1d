//! GDPR requests: `/privacy/gdpr[/{request_id}]`.
//!
//! A request is registered as `scheduled` and completes (`done`) when it is first read with
//! `GET /privacy/gdpr/{request_id}`, or when its processing time ([`PROCESSING_DELAY_MS`])
//! has passed on the emulator clock, whichever comes first. Completing a deletion really
//! deletes the users (their metadata, memberships and messages; with `channel_delete_option`,
//! their 1-on-1 or all group channels); completing an access request stores a JSON file of the
//! user's data, served at the URL in `files`.

use bytes::Bytes;
use serde_json::{json, Value};

use super::{due_jobs, paging, random_hex, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::{Params, UploadedFile};
use crate::http::query::Query;

/// How long the emulator takes to process a request on its clock.
pub(crate) const PROCESSING_DELAY_MS: i64 = 60_000;
/// How long the link to an access request's file stays valid.
const FILE_TTL_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// The most users one deletion may name.
const MAX_USER_IDS: usize = 100;
const CHANNEL_DELETE_OPTIONS: &[&str] = &["do_not_delete", "1_on_1", "all"];

/// One GDPR request.
#[derive(Debug, Clone)]
struct GdprRequest {
    request_id: String,
    seq: u64,
    /// `access` or `delete`.
    action: &'static str,
    done: bool,
    user_id: Option<String>,
    user_ids: Vec<String>,
    channel_delete_option: Option<String>,
    created_at: i64,
    due_at: i64,
    /// `(url, expires_at)` once done.
    files: Option<(String, i64)>,
}

impl GdprRequest {
    fn to_json(&self) -> Value {
        let mut value = json!({
            "request_id": self.request_id,
            "action": self.action,
            "status": if self.done { "done" } else { "scheduled" },
            "created_at": self.created_at,
        });
        if let Value::Object(map) = &mut value {
            if let Some(user_id) = &self.user_id {
                map.insert("user_id".into(), json!(user_id));
            }
            if self.action == "delete" {
                map.insert("user_ids".into(), json!(self.user_ids));
                map.insert(
                    "channel_delete_option".into(),
                    json!(self.channel_delete_option),
                );
            }
            if let Some((url, expires_at)) = &self.files {
                map.insert(
                    "files".into(),
                    json!({"url": url, "expires_at": expires_at}),
                );
            }
        }
        value
    }
}

/// Every GDPR request of the application.
#[derive(Debug, Default)]
pub(crate) struct GdprState {
    requests: Vec<GdprRequest>,
}

/// `POST /privacy/gdpr`.
pub(super) fn register(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let action = match p.str("action")?.as_deref() {
        None | Some("delete") => "delete",
        Some("access") => "access",
        Some(_) => return Err(ApiError::invalid_value("action")),
    };
    let (user_id, user_ids, channel_delete_option) = if action == "access" {
        let user_id = p.required_str("user_id")?;
        ctx.user(&user_id)?;
        (Some(user_id), Vec::new(), None)
    } else {
        let user_ids = p.str_list("user_ids")?.unwrap_or_default();
        if user_ids.is_empty() {
            return Err(ApiError::missing("user_ids"));
        }
        if user_ids.len() > MAX_USER_IDS {
            return Err(ApiError::too_many_items("user_ids", MAX_USER_IDS));
        }
        ctx.require_users(&user_ids)?;
        let option = p
            .str("channel_delete_option")?
            .unwrap_or_else(|| "do_not_delete".to_owned());
        if !CHANNEL_DELETE_OPTIONS.contains(&option.as_str()) {
            return Err(ApiError::invalid_value("channel_delete_option"));
        }
        (None, user_ids, Some(option))
    };
    let now = ctx.now_ms();
    let request = GdprRequest {
        request_id: random_hex(15),
        seq: ctx.chat.next_seq(),
        action,
        done: false,
        user_id,
        user_ids,
        channel_delete_option,
        created_at: now,
        due_at: now + PROCESSING_DELAY_MS,
        files: None,
    };
    let value = request.to_json();
    ctx.chat.gdpr.requests.push(request);
    Ok(value)
}

fn position(ctx: &Ctx<'_>, request_id: &str) -> Result<usize, ApiError> {
    ctx.chat
        .gdpr
        .requests
        .iter()
        .position(|r| r.request_id == request_id)
        .ok_or_else(|| ApiError::not_found("GDPR request"))
}

/// `GET /privacy/gdpr/{request_id}`: reading a scheduled request completes it.
pub(super) fn get(ctx: &mut Ctx<'_>, request_id: &str) -> Answer {
    let index = position(ctx, request_id)?;
    if !ctx.chat.gdpr.requests[index].done {
        complete(ctx, index);
    }
    Ok(ctx.chat.gdpr.requests[index].to_json())
}

/// `GET /privacy/gdpr`: newest first.
pub(super) fn list(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let mut requests: Vec<&GdprRequest> = ctx.chat.gdpr.requests.iter().collect();
    requests.sort_by_key(|r| std::cmp::Reverse(r.seq));
    paging::listing(
        ctx.env.pages,
        requests,
        |r| r.seq,
        q,
        "requests",
        |r| r.to_json(),
    )
}

/// `DELETE /privacy/gdpr/{request_id}`: only requests that have not run can be canceled; they
/// disappear.
pub(super) fn cancel(ctx: &mut Ctx<'_>, request_id: &str) -> Answer {
    let index = position(ctx, request_id)?;
    if ctx.chat.gdpr.requests[index].done {
        return Err(ApiError::bad_request(
            400920,
            "The GDPR request has already been processed and cannot be canceled.",
        ));
    }
    ctx.chat.gdpr.requests.remove(index);
    Ok(json!({}))
}

/// Completes every scheduled request whose processing time has passed. Called before each
/// Chat request is handled.
pub(super) fn process_due(ctx: &mut Ctx<'_>) {
    let due = due_jobs(ctx, &ctx.chat.gdpr.requests, |r| {
        (!r.done).then_some(r.due_at)
    });
    for index in due {
        complete(ctx, index);
    }
}

/// Runs the request at `index`: deletes the users, or stores the access file.
fn complete(ctx: &mut Ctx<'_>, index: usize) {
    let request = ctx.chat.gdpr.requests[index].clone();
    let files = match (request.action, &request.user_id) {
        ("access", Some(user_id)) => {
            let url = store_access_file(ctx, &request.request_id, user_id);
            (url, ctx.now_ms() + FILE_TTL_MS)
        }
        _ => {
            let option = request.channel_delete_option.as_deref().unwrap_or("");
            delete_users(ctx, &request.user_ids, option);
            (String::new(), 0)
        }
    };
    let stored = &mut ctx.chat.gdpr.requests[index];
    stored.done = true;
    stored.files = Some(files);
}

/// Permanently deletes users: their group channels per `option` (`1_on_1`: two-member
/// distinct channels, `all`: every one), the user with its metadata and memberships, and the
/// messages they sent.
fn delete_users(ctx: &mut Ctx<'_>, user_ids: &[String], option: &str) {
    for user_id in user_ids {
        let doomed: Vec<String> = ctx
            .chat
            .group_channels
            .values()
            .filter(|c| c.member(user_id).is_some())
            .filter(|c| match option {
                "all" => true,
                "1_on_1" => c.is_distinct && c.members.len() == 2,
                _ => false,
            })
            .map(|c| c.channel_url.clone())
            .collect();
        for url in doomed {
            ctx.chat.group_channels.remove(&url);
        }
        // A user deleted since the request was registered is simply gone already.
        let _ = super::users::delete(ctx, user_id);
        for channel in ctx.chat.group_channels.values_mut() {
            channel
                .content
                .messages
                .retain(|m| m.sender.as_ref() != Some(user_id));
        }
        for channel in ctx.chat.open_channels.values_mut() {
            channel
                .content
                .messages
                .retain(|m| m.sender.as_ref() != Some(user_id));
        }
    }
    ctx.chat.scheduled.remove_senders(user_ids);
}

/// Stores a JSON file of one user's data (profile and metadata, group channels, sent
/// messages) and returns its URL.
fn store_access_file(ctx: &Ctx<'_>, request_id: &str, user_id: &str) -> String {
    let users = &ctx.chat.users;
    let user = users.get(user_id).map_or(Value::Null, |u| u.to_json());
    let channels: Vec<&str> = ctx
        .chat
        .group_channels
        .values()
        .filter(|c| c.member(user_id).is_some())
        .map(|c| c.channel_url.as_str())
        .collect();
    let mut messages = Vec::new();
    for (kind, url, _, content) in ctx.chat.all_channels() {
        for m in content
            .messages
            .iter()
            .filter(|m| m.sender.as_deref() == Some(user_id))
        {
            messages.push(m.to_json(users, kind, url));
        }
    }
    let body = json!({"user": user, "group_channels": channels, "messages": messages});
    let data = serde_json::to_vec_pretty(&body).unwrap_or_default();
    ctx.store_file(&UploadedFile {
        field: "file".to_owned(),
        file_name: format!("{request_id}.json"),
        content_type: "application/json".to_owned(),
        data: Bytes::from(data),
    })
}
