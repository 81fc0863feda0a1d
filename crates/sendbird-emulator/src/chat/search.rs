//! `GET /search/messages`: a case-insensitive substring search over the text of group
//! channel messages (MESG and ADMM).

use serde_json::{json, Value};

use super::model::{ChannelKind, GroupChannel, Message, MessageKind};
use super::paging;
use super::Ctx;
use crate::http::errors::{Answer, ApiError};
use crate::http::query::Query;

/// Default and largest page size of search results.
const DEFAULT_LIMIT: i64 = 20;
const MAX_LIMIT: i64 = 999;
/// How many of a user's channels a user-scoped search covers.
const MAX_USER_CHANNELS: usize = 100;

/// How the search term matches a message's text.
enum Matcher {
    /// `exact_match=true`: the whole term, as a phrase.
    Phrase(String),
    /// Every word of the term, anywhere.
    Words(Vec<String>),
}

impl Matcher {
    fn new(query: &str, exact: bool) -> Result<Self, ApiError> {
        let lowered = query.trim().to_lowercase();
        if lowered.is_empty() {
            return Err(ApiError::invalid_value("query"));
        }
        Ok(if exact {
            Self::Phrase(lowered)
        } else {
            Self::Words(lowered.split_whitespace().map(str::to_owned).collect())
        })
    }

    fn matches(&self, text: &str) -> bool {
        let text = text.to_lowercase();
        match self {
            Self::Phrase(phrase) => text.contains(phrase.as_str()),
            Self::Words(words) => words.iter().all(|w| text.contains(w.as_str())),
        }
    }
}

/// The search parameters besides scope and paging.
struct Filter {
    matcher: Matcher,
    from: Option<i64>,
    to: Option<i64>,
    senders: Option<Vec<String>>,
}

impl Filter {
    fn accepts(&self, message: &Message) -> bool {
        matches!(message.kind, MessageKind::Text | MessageKind::Admin)
            && self.from.is_none_or(|t| message.created_at >= t)
            && self.to.is_none_or(|t| message.created_at <= t)
            && self.senders.as_ref().is_none_or(|ids| {
                message
                    .sender
                    .as_ref()
                    .is_some_and(|s| ids.iter().any(|id| id == s))
            })
            && self.matcher.matches(&message.message)
    }
}

/// `GET /search/messages`: `query` and exactly one of `channel_url` (a group channel) or
/// `user_id` (the user's group channels, optionally of one `custom_type`, as the user
/// sees them after any history reset). Also `exact_match`, `message_ts_from`,
/// `message_ts_to`, `target_user_ids`, `sort_field` (`score`/`ts`), `reverse`, `limit`
/// (1–999, default 20) and `token`. Newest first unless `reverse=true`.
pub(super) fn search_messages(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    let query = q.required_str("query")?;
    let channel_url = q.str("channel_url")?;
    let user_id = q.str("user_id")?;
    let custom_type = q.str("custom_type")?;
    let exact = q.bool_or("exact_match", false)?;
    let advanced = q.bool_or("advanced_query", false)?;
    let _synonym = q.bool_or("synonym", false)?;
    let _sort_field = q.choice("sort_field", &["score", "ts"], "score")?;
    let reverse = q.bool_or("reverse", false)?;
    let limit = q.int("limit")?.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid_value("limit"));
    }
    let limit = usize::try_from(limit).map_err(|_| ApiError::invalid_value("limit"))?;
    if exact && advanced {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"exact_match\" can't be combined with \"advanced_query\".",
        ));
    }
    let filter = Filter {
        matcher: Matcher::new(&query, exact)?,
        from: q.int("message_ts_from")?,
        to: q.int("message_ts_to")?,
        senders: q.list("target_user_ids")?,
    };

    // (channel, visible-after offset) pairs in scope.
    let scope: Vec<(&GroupChannel, i64)> = match (&channel_url, &user_id) {
        (Some(_), Some(_)) => {
            return Err(ApiError::bad_request(
                400111,
                "Invalid value: specify only one of \"channel_url\" and \"user_id\".",
            ))
        }
        (None, None) => {
            return Err(ApiError::bad_request(
                400402,
                "\"channel_url\" or \"user_id\" is required.",
            ))
        }
        (Some(url), None) => vec![(ctx.group(url)?, 0)],
        (None, Some(user)) => {
            ctx.user(user)?;
            let mut channels: Vec<(&GroupChannel, i64)> = ctx
                .chat
                .group_channels
                .values()
                .filter(|c| custom_type.as_ref().is_none_or(|t| &c.custom_type == t))
                .filter_map(|c| c.member(user).map(|m| (c, m.ts_message_offset)))
                .collect();
            channels.sort_by_key(|(c, _)| c.seq);
            channels.truncate(MAX_USER_CHANNELS);
            channels
        }
    };

    let mut hits: Vec<(&GroupChannel, &Message)> = scope
        .iter()
        .flat_map(|(channel, offset)| {
            channel
                .content
                .messages
                .iter()
                .filter(move |m| m.created_at > *offset)
                .map(move |m| (*channel, m))
        })
        .filter(|(_, m)| filter.accepts(m))
        .collect();
    // Message ids grow with time, so they order hits across channels.
    hits.sort_by_key(|(_, m)| m.message_id);
    if !reverse {
        hits.reverse();
    }
    let total = hits.len();
    // Page-token sequence numbers must grow along the order of the list.
    let seq = |(_, m): &(&GroupChannel, &Message)| {
        let id = u64::try_from(m.message_id).unwrap_or(0);
        if reverse {
            id
        } else {
            u64::MAX - id
        }
    };
    let (page, next) = paging::page_limited(ctx.env.pages, hits, seq, q, limit)?;
    let results: Vec<Value> = page
        .iter()
        .map(|(c, m)| m.to_json(&ctx.chat.users, ChannelKind::Group, &c.channel_url))
        .collect();
    Ok(json!({
        "total_count": total,
        "results": results,
        "has_next": !next.is_empty(),
        "next": next,
    }))
}
