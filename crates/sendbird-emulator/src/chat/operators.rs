//! The operators of a channel of either kind (`/{channel_type}/{channel_url}/operators`),
//! and paged lists of users named by id (operators, open channel participants).

use serde_json::{json, Value};

use super::model::{basic_user, ChannelKind};
use super::paging;
use super::{ChannelCall, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::query::Query;

/// One page of `ids` (in list order) as basic users with `role`, and the `next` token.
pub(super) fn user_page(
    ctx: &Ctx<'_>,
    ids: &[String],
    role: &str,
    q: &Query,
) -> Result<(Vec<Value>, String), ApiError> {
    let indexed: Vec<(u64, &String)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (i as u64 + 1, id))
        .collect();
    let (page, next) = paging::page(ctx.env.pages, indexed, |(seq, _)| *seq, q)?;
    let users = page
        .iter()
        .map(|(_, id)| basic_user(&ctx.chat.users, id, role))
        .collect();
    Ok((users, next))
}

fn operators_mut<'a>(
    ctx: &'a mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
) -> Result<&'a mut Vec<String>, ApiError> {
    match kind {
        ChannelKind::Group => ctx.group_mut(url).map(|c| &mut c.operators),
        ChannelKind::Open => ctx.open_mut(url).map(|c| &mut c.operators),
    }
}

/// Serves `.../operators` of a channel.
pub(super) fn route(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    match call.method {
        "GET" => list(ctx, call),
        "POST" => add(ctx, call),
        "DELETE" => remove(ctx, call),
        _ => Err(ApiError::invalid_url()),
    }
}

/// `GET .../operators`.
fn list(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let q = call.q;
    let ids = operators_mut(ctx, kind, url)?.clone();
    let (operators, next) = user_page(ctx, &ids, "operator", q)?;
    Ok(json!({"operators": operators, "next": next}))
}

/// `POST .../operators` (`operator_ids`, existing users; operators already named stay).
fn add(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let p = call.p;
    let ids = p.str_list("operator_ids")?.filter(|ids| !ids.is_empty());
    let ids = ids.ok_or_else(|| ApiError::missing("operator_ids"))?;
    operators_mut(ctx, kind, url)?;
    ctx.require_users(&ids)?;
    let operators = operators_mut(ctx, kind, url)?;
    for id in ids {
        if !operators.contains(&id) {
            operators.push(id);
        }
    }
    Ok(json!({}))
}

/// `DELETE .../operators?operator_ids=...` or `delete_all=true`.
fn remove(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let (kind, url) = (call.kind, call.url);
    let q = call.q;
    let ids = q.list("operator_ids")?;
    let delete_all = q.bool_or("delete_all", false)?;
    let operators = operators_mut(ctx, kind, url)?;
    match (ids, delete_all) {
        (_, true) => operators.clear(),
        (Some(ids), false) => operators.retain(|o| !ids.contains(o)),
        (None, false) => return Err(ApiError::missing("operator_ids")),
    }
    Ok(json!({}))
}
