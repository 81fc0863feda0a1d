//! Settings and operators by channel custom type
//! (`/applications/settings_by_channel_custom_type[...]`,
//! `/users/{user_id}/operating_channel_custom_types`), and how they apply to the channels of
//! that custom type: custom type operators count as operators of those channels
//! ([`Ctx::is_operator`]), and sends obey the settings' `max_message_length` and profanity
//! filter ([`moderate`]).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::model::{ChannelKind, Message, MessageKind, User};
use super::operators::user_page;
use super::paging;
use super::{assign, check_custom_type, found, found_mut, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::{split_csv, Params};
use crate::http::query::Query;

/// The `max_message_length` values Sendbird accepts (-1: no limit, from the legacy docs).
const MESSAGE_LENGTHS: &[i64] = &[-1, 50, 100, 200, 500, 1000, 5000, 10000, 20000];
/// Operators one custom type may have (Sendbird caps channel operators at 100).
const MAX_OPERATORS: usize = 100;
/// The image moderation thresholds (each 1–5).
const IMAGE_LIMITS: &[&str] = &["adult", "spoof", "medical", "violence", "racy"];

/// `profanity_filter.type`: 0 none, 1 replace with `*`, 2 block (the legacy docs' values).
const PROFANITY_REPLACE: i64 = 1;
const PROFANITY_BLOCK: i64 = 2;

/// What a missing settings record is called in 400201.
const SETTINGS: &str = "Channel custom type settings";

/// The channel settings of one custom type.
#[derive(Debug, Clone)]
struct Settings {
    seq: u64,
    display_past_message: bool,
    allow_links: bool,
    max_message_length: i64,
    user_messages_per_channel: i64,
    user_messages_per_channel_duration: i64,
    message_retention_hours: i64,
    domains: Vec<String>,
    domain_filter_type: i64,
    domain_should_check_global: bool,
    keywords: Vec<String>,
    regex_filters: Vec<String>,
    profanity_filter_type: i64,
    profanity_should_check_global: bool,
    moderation_count: i64,
    moderation_duration: i64,
    moderation_action: i64,
    image_moderation_type: i64,
    image_soft_block: bool,
    image_limits: BTreeMap<String, i64>,
    image_check_urls: bool,
    push_template: Option<Value>,
}

impl Settings {
    /// Documented defaults; filters start empty (off).
    fn new(seq: u64) -> Self {
        let image_limits = [
            ("adult", 3),
            ("spoof", 5),
            ("medical", 5),
            ("violence", 3),
            ("racy", 4),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        Self {
            seq,
            display_past_message: false,
            allow_links: true,
            max_message_length: 5000,
            user_messages_per_channel: -1,
            user_messages_per_channel_duration: 1,
            message_retention_hours: 1440,
            domains: Vec::new(),
            domain_filter_type: 0,
            domain_should_check_global: false,
            keywords: Vec::new(),
            regex_filters: Vec::new(),
            profanity_filter_type: PROFANITY_REPLACE,
            profanity_should_check_global: false,
            moderation_count: 0,
            moderation_duration: 1,
            moderation_action: 0,
            image_moderation_type: 0,
            image_soft_block: false,
            image_limits,
            image_check_urls: false,
            push_template: None,
        }
    }

    /// Sets the given fields; a given sub-object changes only the fields it carries. Every
    /// value is checked before anything changes.
    fn apply(&mut self, p: &Params) -> Result<(), ApiError> {
        let mut next = self.clone();
        assign(
            &mut next.display_past_message,
            p.bool("display_past_message")?,
        );
        assign(&mut next.allow_links, p.bool("allow_links")?);
        if let Some(v) = p.int("max_message_length")? {
            if !MESSAGE_LENGTHS.contains(&v) {
                return Err(ApiError::invalid_value("max_message_length"));
            }
            next.max_message_length = v;
        }
        if let Some(v) = p.int("user_messages_per_channel")? {
            if v < -1 || v == 0 {
                return Err(ApiError::invalid_value("user_messages_per_channel"));
            }
            next.user_messages_per_channel = v;
        }
        if let Some(v) = p.int("user_messages_per_channel_duration")? {
            if v < 1 {
                return Err(ApiError::invalid_value(
                    "user_messages_per_channel_duration",
                ));
            }
            next.user_messages_per_channel_duration = v;
        }
        if let Some(v) = p.int("message_retention_hours")? {
            if v < 1 {
                return Err(ApiError::invalid_value("message_retention_hours"));
            }
            next.message_retention_hours = v;
        }
        if let Some(filter) = p.object("domain_filter")? {
            let obj = Obj("domain_filter", &filter);
            assign(&mut next.domains, obj.str_list("domains")?);
            assign(&mut next.domain_filter_type, obj.int_in("type", 0..=2)?);
            assign(
                &mut next.domain_should_check_global,
                obj.bool("should_check_global")?,
            );
        }
        if let Some(filter) = p.object("profanity_filter")? {
            let obj = Obj("profanity_filter", &filter);
            assign(&mut next.keywords, obj.keywords()?);
            assign(&mut next.regex_filters, obj.regex_filters()?);
            assign(&mut next.profanity_filter_type, obj.int_in("type", 0..=2)?);
            assign(
                &mut next.profanity_should_check_global,
                obj.bool("should_check_global")?,
            );
        }
        if let Some(moderation) = p.object("profanity_triggered_moderation")? {
            let obj = Obj("profanity_triggered_moderation", &moderation);
            assign(
                &mut next.moderation_count,
                obj.int_in("count", 0..=i64::MAX)?,
            );
            assign(
                &mut next.moderation_duration,
                obj.int_in("duration", 1..=i64::MAX)?,
            );
            assign(&mut next.moderation_action, obj.int_in("action", 0..=2)?);
        }
        if let Some(moderation) = p.object("image_moderation")? {
            let obj = Obj("image_moderation", &moderation);
            assign(
                &mut next.image_moderation_type,
                obj.int_in("type", 0..=i64::MAX)?,
            );
            assign(&mut next.image_soft_block, obj.bool("soft_block")?);
            assign(&mut next.image_check_urls, obj.bool("check_urls")?);
            match moderation.get("limits") {
                None | Some(Value::Null) => {}
                Some(Value::Object(limits)) => {
                    let obj = Obj("image_moderation.limits", limits);
                    for name in IMAGE_LIMITS {
                        if let Some(v) = obj.int_in(name, 1..=5)? {
                            next.image_limits.insert((*name).to_owned(), v);
                        }
                    }
                }
                Some(_) => {
                    return Err(ApiError::wrong_type(
                        "image_moderation.limits",
                        Expected::Json,
                    ))
                }
            }
        }
        if let Some(template) = p.object("push_template")? {
            next.push_template = Some(Value::Object(template));
        }
        *self = next;
        Ok(())
    }

    /// The settings resource. `profanity_filter.keywords` renders as one comma-joined
    /// string, as in the docs' examples.
    fn to_json(&self, custom_type: &str) -> Value {
        let regex_filters: Vec<Value> = self
            .regex_filters
            .iter()
            .map(|r| json!({"regex": r}))
            .collect();
        let mut value = json!({
            "custom_type": custom_type,
            "display_past_message": self.display_past_message,
            "allow_links": self.allow_links,
            "max_message_length": self.max_message_length,
            "user_messages_per_channel": self.user_messages_per_channel,
            "user_messages_per_channel_duration": self.user_messages_per_channel_duration,
            "message_retention_hours": self.message_retention_hours,
            "domain_filter": {
                "domains": self.domains,
                "type": self.domain_filter_type,
                "should_check_global": self.domain_should_check_global,
            },
            "profanity_filter": {
                "keywords": self.keywords.join(","),
                "regex_filters": regex_filters,
                "type": self.profanity_filter_type,
                "should_check_global": self.profanity_should_check_global,
            },
            "profanity_triggered_moderation": {
                "count": self.moderation_count,
                "duration": self.moderation_duration,
                "action": self.moderation_action,
            },
            "image_moderation": {
                "type": self.image_moderation_type,
                "soft_block": self.image_soft_block,
                "limits": crate::render::object(&self.image_limits),
                "check_urls": self.image_check_urls,
            },
        });
        if let (Value::Object(map), Some(template)) = (&mut value, &self.push_template) {
            map.insert("push_template".into(), template.clone());
        }
        value
    }
}

/// Typed reads of a nested settings object, with errors naming `parent.field`.
struct Obj<'a>(&'static str, &'a Map<String, Value>);

impl Obj<'_> {
    fn name(&self, field: &str) -> String {
        format!("{}.{field}", self.0)
    }

    fn get(&self, field: &str) -> Option<&Value> {
        self.1.get(field).filter(|v| !v.is_null())
    }

    fn bool(&self, field: &str) -> Result<Option<bool>, ApiError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(ApiError::wrong_type(&self.name(field), Expected::Bool)),
        }
    }

    fn int_in(
        &self,
        field: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<i64>, ApiError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Number(n)) => match n.as_i64() {
                Some(v) if range.contains(&v) => Ok(Some(v)),
                Some(_) => Err(ApiError::invalid_value(&self.name(field))),
                None => Err(ApiError::wrong_type(&self.name(field), Expected::Number)),
            },
            Some(_) => Err(ApiError::wrong_type(&self.name(field), Expected::Number)),
        }
    }

    fn str_list(&self, field: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item {
                    Value::String(s) => Ok(s.clone()),
                    _ => Err(ApiError::wrong_type(&self.name(field), Expected::String)),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(ApiError::wrong_type(&self.name(field), Expected::List)),
        }
    }

    /// `keywords`: an array of words (the documented form) or one comma-joined string (the
    /// form responses use).
    fn keywords(&self) -> Result<Option<Vec<String>>, ApiError> {
        match self.get("keywords") {
            Some(Value::String(joined)) => Ok(Some(split_csv(joined).map(str::to_owned).collect())),
            _ => Ok(self
                .str_list("keywords")?
                .map(|k| k.into_iter().filter(|k| !k.trim().is_empty()).collect())),
        }
    }

    /// `regex_filters`: `[{"regex": "..."}]`.
    fn regex_filters(&self) -> Result<Option<Vec<String>>, ApiError> {
        let name = self.name("regex_filters");
        match self.get("regex_filters") {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item.get("regex") {
                    Some(Value::String(regex)) if !regex.is_empty() => Ok(regex.clone()),
                    Some(Value::String(_)) => Err(ApiError::invalid_value(&name)),
                    _ => Err(ApiError::wrong_type(&name, Expected::Json)),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(ApiError::wrong_type(&name, Expected::List)),
        }
    }
}

/// The settings and operators of every channel custom type.
#[derive(Debug, Default)]
pub(crate) struct CustomTypeState {
    settings: BTreeMap<String, Settings>,
    /// Operators by custom type, in registration order.
    operators: BTreeMap<String, Vec<String>>,
}

impl CustomTypeState {
    /// Whether `user_id` operates the channels of `custom_type` (never for `""`).
    pub(crate) fn is_operator(&self, custom_type: &str, user_id: &str) -> bool {
        !custom_type.is_empty()
            && self
                .operators
                .get(custom_type)
                .is_some_and(|ops| ops.iter().any(|o| o == user_id))
    }

    /// Drops a deleted user from every custom type's operators.
    pub(crate) fn forget_user(&mut self, user_id: &str) {
        for operators in self.operators.values_mut() {
            operators.retain(|o| o != user_id);
        }
    }
}

fn custom_type_param(p: &Params) -> Result<String, ApiError> {
    let custom_type = p.required_str("custom_type")?;
    if custom_type.is_empty() {
        return Err(ApiError::missing("custom_type"));
    }
    check_custom_type(&custom_type)?;
    Ok(custom_type)
}

fn settings<'a>(ctx: &'a Ctx<'_>, custom_type: &str) -> Result<&'a Settings, ApiError> {
    found(&ctx.chat.custom_types.settings, custom_type, SETTINGS)
}

/// `GET /applications/settings_by_channel_custom_type`: creation order, token-paged.
pub(super) fn list_settings(ctx: &mut Ctx<'_>, q: &Query) -> Answer {
    paging::listing_in_seq_order(
        ctx.env.pages,
        &ctx.chat.custom_types.settings,
        |s| s.seq,
        q,
        "channel_custom_type_settings",
        |ct, s| s.to_json(ct),
    )
}

/// `POST /applications/settings_by_channel_custom_type` (400202 when the custom type
/// already has settings).
pub(super) fn create_settings(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let custom_type = custom_type_param(p)?;
    if ctx.chat.custom_types.settings.contains_key(&custom_type) {
        return Err(ApiError::already_exists("custom_type"));
    }
    let mut settings = Settings::new(0);
    settings.apply(p)?;
    settings.seq = ctx.chat.next_seq();
    let value = settings.to_json(&custom_type);
    ctx.chat.custom_types.settings.insert(custom_type, settings);
    Ok(value)
}

/// `GET /applications/settings_by_channel_custom_type/{custom_type}`.
pub(super) fn get_settings(ctx: &mut Ctx<'_>, custom_type: &str) -> Answer {
    Ok(settings(ctx, custom_type)?.to_json(custom_type))
}

/// `PUT /applications/settings_by_channel_custom_type/{custom_type}`.
pub(super) fn update_settings(ctx: &mut Ctx<'_>, custom_type: &str, p: &Params) -> Answer {
    let settings = found_mut(&mut ctx.chat.custom_types.settings, custom_type, SETTINGS)?;
    settings.apply(p)?;
    Ok(settings.to_json(custom_type))
}

/// `DELETE /applications/settings_by_channel_custom_type/{custom_type}`: the channels fall
/// back to the application's settings; the custom type's operators stay.
pub(super) fn delete_settings(ctx: &mut Ctx<'_>, custom_type: &str) -> Answer {
    if ctx.chat.custom_types.settings.remove(custom_type).is_none() {
        return Err(ApiError::not_found(SETTINGS));
    }
    Ok(json!({}))
}

/// `GET .../{custom_type}/operators`: registration order, token-paged (an unknown custom
/// type has none).
pub(super) fn list_operators(ctx: &mut Ctx<'_>, custom_type: &str, q: &Query) -> Answer {
    let ids = ctx
        .chat
        .custom_types
        .operators
        .get(custom_type)
        .cloned()
        .unwrap_or_default();
    let (operators, next) = user_page(ctx, &ids, "operator", q)?;
    Ok(json!({"operators": operators, "next": next}))
}

/// 400203 when adding `ids` would give `custom_type` more than [`MAX_OPERATORS`].
fn check_operator_cap(ctx: &Ctx<'_>, custom_type: &str, ids: &[String]) -> Result<(), ApiError> {
    let state = &ctx.chat.custom_types;
    let current = state.operators.get(custom_type).map_or(0, Vec::len);
    let fresh = ids
        .iter()
        .filter(|id| !state.is_operator(custom_type, id))
        .count();
    if current + fresh > MAX_OPERATORS {
        return Err(ApiError::bad_request(
            400203,
            format!("Too many operators: a custom type may have at most {MAX_OPERATORS}."),
        ));
    }
    Ok(())
}

/// Adds `ids` (in order, once each) to the operators of `custom_type`.
fn add_operators(ctx: &mut Ctx<'_>, custom_type: &str, ids: &[String]) {
    let operators = ctx
        .chat
        .custom_types
        .operators
        .entry(custom_type.to_owned())
        .or_default();
    for id in ids {
        if !operators.contains(id) {
            operators.push(id.clone());
        }
    }
}

/// `POST .../{custom_type}/operators` (`operator_ids`; `on_demand_upsert` creates missing
/// users, otherwise they answer 400201).
pub(super) fn register_operators(ctx: &mut Ctx<'_>, custom_type: &str, p: &Params) -> Answer {
    let ids = p
        .str_list("operator_ids")?
        .filter(|ids| !ids.is_empty())
        .ok_or_else(|| ApiError::missing("operator_ids"))?;
    let upsert = p.bool("on_demand_upsert")?.unwrap_or(false);
    check_custom_type(custom_type)?;
    if ids.iter().any(|id| id.is_empty()) {
        return Err(ApiError::invalid_value("operator_ids"));
    }
    if !upsert {
        ctx.require_users(&ids)?;
    }
    check_operator_cap(ctx, custom_type, &ids)?;
    if upsert {
        let now = ctx.now_ms();
        for id in &ids {
            if !ctx.chat.users.contains_key(id) {
                let seq = ctx.chat.next_seq();
                ctx.chat.users.insert(id.clone(), User::new(seq, id, now));
            }
        }
    }
    add_operators(ctx, custom_type, &ids);
    Ok(json!({}))
}

/// `DELETE .../{custom_type}/operators?operator_ids=...` (ids that are not operators are
/// ignored).
pub(super) fn unregister_operators(ctx: &mut Ctx<'_>, custom_type: &str, q: &Query) -> Answer {
    let ids = q.required_list("operator_ids")?;
    if let Some(operators) = ctx.chat.custom_types.operators.get_mut(custom_type) {
        operators.retain(|o| !ids.contains(o));
    }
    Ok(json!({}))
}

/// `POST /users/{user_id}/operating_channel_custom_types` (`channel_custom_types`): the
/// user operates every channel of each custom type.
pub(super) fn register_user(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    ctx.user(user_id)?;
    let custom_types = p
        .str_list("channel_custom_types")?
        .filter(|types| !types.is_empty())
        .ok_or_else(|| ApiError::missing("channel_custom_types"))?;
    for custom_type in &custom_types {
        if custom_type.is_empty() {
            return Err(ApiError::invalid_value("channel_custom_types"));
        }
        check_custom_type(custom_type)?;
    }
    let id = [user_id.to_owned()];
    for custom_type in &custom_types {
        check_operator_cap(ctx, custom_type, &id)?;
    }
    for custom_type in &custom_types {
        add_operators(ctx, custom_type, &id);
    }
    Ok(json!({}))
}

/// Applies the channel custom type's settings to a new message before it is stored: a
/// text longer than `max_message_length` answers 400110; the profanity filter replaces
/// matching words with `*` (type 1) or blocks the message (type 2, 900060), recording the
/// moderated message for `GET /report/.../profanity_messages/{message_id}`. Admin messages
/// and channels without settings pass unchanged. Only keywords are matched:
/// `regex_filters` are stored and rendered but not evaluated.
pub(super) fn moderate(
    ctx: &mut Ctx<'_>,
    kind: ChannelKind,
    url: &str,
    message: &mut Message,
) -> Result<(), ApiError> {
    if message.kind != MessageKind::Text || message.sender.is_none() {
        return Ok(());
    }
    let custom_type = match kind {
        ChannelKind::Group => ctx.group(url)?.custom_type.clone(),
        ChannelKind::Open => ctx.open(url)?.custom_type.clone(),
    };
    let Some(settings) = ctx.chat.custom_types.settings.get(&custom_type) else {
        return Ok(());
    };
    if let Ok(max) = usize::try_from(settings.max_message_length) {
        if message.message.chars().count() > max {
            return Err(ApiError::too_long("message"));
        }
    }
    let filter_type = settings.profanity_filter_type;
    if filter_type != PROFANITY_REPLACE && filter_type != PROFANITY_BLOCK {
        return Ok(());
    }
    let Some(replaced) = censor(&message.message, &settings.keywords) else {
        return Ok(());
    };
    let original = std::mem::take(&mut message.message);
    let blocked = filter_type == PROFANITY_BLOCK;
    ctx.chat.reports.record_moderated(
        kind,
        url,
        json!({
            "message_id": message.message_id,
            "user_id": message.sender,
            "message_text": original,
            "replaced_text": if blocked { Value::Null } else { json!(replaced) },
            "blocked_text": if blocked { json!(original) } else { Value::Null },
            "message_ts": message.created_at,
        }),
        message.message_id,
    );
    if !blocked {
        message.message = replaced;
    }
    super::webhook_events::profanity(ctx, kind, url, message, &original, blocked);
    if blocked {
        return Err(ApiError::bad_request(
            900060,
            "The message was blocked by the profanity filter.",
        ));
    }
    Ok(())
}

/// Whether a word matches a keyword: `*end` matches words ending with `end`, `start*` words
/// starting with `start`, anything else the whole word; case-insensitive.
fn matches_keyword(word: &str, keyword: &str) -> bool {
    let word = word.to_lowercase();
    let keyword = keyword.trim().to_lowercase();
    match (keyword.strip_prefix('*'), keyword.strip_suffix('*')) {
        (Some(end), _) if !end.is_empty() => word.ends_with(end.trim_end_matches('*')),
        (_, Some(start)) if !start.is_empty() => word.starts_with(start),
        _ => !keyword.is_empty() && word == keyword,
    }
}

/// `text` with every word matching a keyword replaced by as many `*`, or `None` when no
/// word matches. Words are runs of alphanumeric characters.
fn censor(text: &str, keywords: &[String]) -> Option<String> {
    if keywords.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut matched = false;
    let mut flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        if keywords.iter().any(|k| matches_keyword(word, k)) {
            matched = true;
            out.extend(std::iter::repeat_n('*', word.chars().count()));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    matched.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn censor_replaces_whole_words_and_wildcards() {
        let keywords = words(&["ass", "*crap", "damn*"]);
        assert_eq!(
            censor("Hey, kiss my ass!", &keywords).as_deref(),
            Some("Hey, kiss my ***!")
        );
        assert_eq!(
            censor("Pass the class", &keywords),
            None,
            "only whole words match a plain keyword"
        );
        assert_eq!(
            censor("SuperCrap and Damnation", &keywords).as_deref(),
            Some("********* and *********")
        );
        assert_eq!(censor("anything", &[]), None);
    }

    #[test]
    fn keyword_matching_is_case_insensitive() {
        assert!(matches_keyword("DUMB", "dumb"));
        assert!(!matches_keyword("dumber", "dumb"));
        assert!(matches_keyword("dumber", "dumb*"));
        assert!(matches_keyword("superdumb", "*dumb"));
        assert!(!matches_keyword("x", "*"));
    }

    #[test]
    fn settings_apply_merges_sub_objects_and_checks_values() {
        let mut settings = Settings::new(1);
        let p = Params::Json(
            json!({
                "domain_filter": {"domains": ["a.com"], "type": 2},
                "profanity_filter": {"keywords": ["dumb", "dummy"], "type": 2},
            })
            .as_object()
            .cloned()
            .unwrap_or_default(),
        );
        settings.apply(&p).unwrap_or_else(|e| panic!("{e:?}"));
        let p = Params::Json(
            json!({"domain_filter": {"should_check_global": true}})
                .as_object()
                .cloned()
                .unwrap_or_default(),
        );
        settings.apply(&p).unwrap_or_else(|e| panic!("{e:?}"));
        let value = settings.to_json("Sports");
        assert_eq!(value["domain_filter"]["domains"], json!(["a.com"]));
        assert_eq!(value["domain_filter"]["type"], json!(2));
        assert_eq!(value["domain_filter"]["should_check_global"], json!(true));
        assert_eq!(value["profanity_filter"]["keywords"], json!("dumb,dummy"));

        let bad = Params::Json(
            json!({"max_message_length": 42, "allow_links": false})
                .as_object()
                .cloned()
                .unwrap_or_default(),
        );
        let error = settings.apply(&bad).err().map(|e| e.code);
        assert_eq!(error, Some(400111));
        assert_eq!(
            settings.to_json("Sports")["allow_links"],
            json!(true),
            "nothing changes on error"
        );
    }
}
