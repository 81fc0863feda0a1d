//! Push notifications: users' device tokens (with owner lookup), push preferences (user
//! level and per group channel), each user's content-template choice, and the
//! application's push providers (APNs, FCM, HMS), push switch and content templates.
//!
//! What the emulator answers where Sendbird's docs are silent:
//! - Secrets are returned as Sendbird's docs examples show them: the legacy FCM `api_key`
//!   and the HMS `huawei_app_secret` in clear (no docs example or Dashboard code masks
//!   them). A `.p12` certificate, its password and an FCM service-account key are never
//!   returned nor stored (only what Sendbird reads from them is kept).
//! - A `.p12` file must look like DER (first byte `0x30`), otherwise 400111 ("Invalid APNS
//!   certificate"); its password cannot be checked. `apns_name` is the file name without
//!   `.p12`; the certificate expires 365 days after the upload (Unix seconds).
//! - `delete_apns_certificate` removes the whole APNs provider (it is nothing without its
//!   certificate).
//! - A device token has one owner: adding it for another user moves it. At most 20 tokens
//!   per type and user are kept, the oldest dropped first; re-adding a token is a no-op.
//! - Unknown users, tokens, providers, templates and channels answer 400201; a bad value
//!   400111; a missing parameter 400105; a parameter of the wrong JSON type 40010x.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::{assign, put_flag, random_hex, Ctx};
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::{Params, UploadedFile};

/// Device tokens kept per user and type.
const MAX_TOKENS_PER_TYPE: usize = 20;
/// How long an uploaded APNs certificate is valid in the emulator (seconds).
const CERT_VALIDITY_SECS: i64 = 365 * 24 * 60 * 60;
/// The token types of the device-token paths.
const TOKEN_TYPES: &[&str] = &["gcm", "apns", "apns_voip", "huawei"];
/// The two content templates.
const TEMPLATE_NAMES: &[&str] = &["default", "alternative"];
/// The formats of a content template.
const TEMPLATE_KEYS: &[&str] = &["MESG", "FILE", "ADMM"];
/// Sample values of a template preview.
const PREVIEW_VALUES: &[(&str, &str)] = &[
    ("{sender_name}", "Cindy"),
    ("{message}", "Hi!"),
    ("{filename}", "hello_world.jpg"),
    ("{file_type_friendly}", "Image"),
    ("{channel_name}", "Sample channel"),
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The push state of the application.
#[derive(Debug)]
pub(crate) struct PushState {
    push_enabled: bool,
    providers: Vec<Provider>,
    templates: BTreeMap<&'static str, Map<String, Value>>,
    users: BTreeMap<String, UserPush>,
}

impl Default for PushState {
    fn default() -> Self {
        let templates = BTreeMap::from([
            (
                "default",
                formats(&[
                    ("MESG", "{sender_name}: {message}"),
                    ("FILE", "{filename}"),
                    ("ADMM", "{message}"),
                ]),
            ),
            (
                "alternative",
                formats(&[
                    ("MESG", "New message arrived!"),
                    ("FILE", "New file delivered!"),
                    ("ADMM", "New announcement!"),
                ]),
            ),
        ]);
        Self {
            push_enabled: false,
            providers: Vec::new(),
            templates,
            users: BTreeMap::new(),
        }
    }
}

fn formats(pairs: &[(&str, &str)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
        .collect()
}

impl PushState {
    /// Drops everything push-related of a deleted user (its tokens lose their owner).
    pub(crate) fn forget_user(&mut self, user_id: &str) {
        self.users.remove(user_id);
    }

    fn user_mut(&mut self, user_id: &str) -> &mut UserPush {
        self.users.entry(user_id.to_owned()).or_default()
    }

    /// The push data of a user, if any was stored.
    fn stored(&self, user_id: &str) -> Option<&UserPush> {
        self.users.get(user_id)
    }

    /// The push data of a user, if any was stored, for changes.
    fn stored_mut(&mut self, user_id: &str) -> Option<&mut UserPush> {
        self.users.get_mut(user_id)
    }

    /// Removes `token` from the tokens of this type that `user_id` has; whether it had it.
    fn unregister(&mut self, user_id: &str, token_type: &str, token: &str) -> bool {
        let Some(tokens) = self
            .stored_mut(user_id)
            .and_then(|u| u.tokens.get_mut(token_type))
        else {
            return false;
        };
        let before = tokens.len();
        tokens.retain(|t| t != token);
        tokens.len() < before
    }

    /// The owner of a token of a type, or 400201.
    fn token_owner(&self, token_type: &str, token: &str) -> Result<String, ApiError> {
        self.owner(token_type, token)
            .ok_or_else(|| ApiError::not_found("Token"))
    }

    /// The owner of a token of a type.
    fn owner(&self, token_type: &str, token: &str) -> Option<String> {
        self.users
            .iter()
            .find(|(_, user)| {
                user.tokens
                    .get(token_type)
                    .is_some_and(|tokens| tokens.iter().any(|t| t == token))
            })
            .map(|(id, _)| id.clone())
    }
}

/// One user's push data.
#[derive(Debug, Default)]
struct UserPush {
    tokens: BTreeMap<String, Vec<String>>,
    template: Option<String>,
    prefs: Prefs,
    /// Per group channel: the channel's `seq` (a channel re-created under the same URL
    /// starts from the defaults) and the preference.
    channels: BTreeMap<String, (u64, ChannelPrefs)>,
}

/// User-level push preferences.
#[derive(Debug, Clone)]
struct Prefs {
    trigger: String,
    do_not_disturb: bool,
    start_hour: i64,
    start_min: i64,
    end_hour: i64,
    end_min: i64,
    snooze_enabled: bool,
    snooze_start_ts: i64,
    snooze_end_ts: i64,
    timezone: String,
    push_sound: String,
    block_push_from_bots: bool,
    push_blocked_bot_ids: Vec<String>,
    enable_push_for_replies: bool,
    /// Weekday index (0 = Monday) → windows `[start_h, start_m, end_h, end_m]`.
    dnd_schedules: BTreeMap<usize, Vec<[i64; 4]>>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            trigger: "all".to_owned(),
            do_not_disturb: false,
            start_hour: 0,
            start_min: 0,
            end_hour: 0,
            end_min: 0,
            snooze_enabled: false,
            snooze_start_ts: 0,
            snooze_end_ts: 0,
            timezone: "UTC".to_owned(),
            push_sound: "default".to_owned(),
            block_push_from_bots: false,
            push_blocked_bot_ids: Vec::new(),
            enable_push_for_replies: false,
            dnd_schedules: BTreeMap::new(),
        }
    }
}

impl Prefs {
    fn to_json(&self) -> Value {
        let schedules: Vec<Value> = self
            .dnd_schedules
            .iter()
            .map(|(day, windows)| {
                let windows: Vec<Value> = windows
                    .iter()
                    .map(|[sh, sm, eh, em]| {
                        json!({"start_hour": sh, "start_min": sm, "end_hour": eh, "end_min": em})
                    })
                    .collect();
                json!({"day_of_week": WEEKDAYS[*day % 7], "time_windows": windows})
            })
            .collect();
        json!({
            "push_trigger_option": self.trigger,
            "do_not_disturb": self.do_not_disturb,
            "start_hour": self.start_hour,
            "start_min": self.start_min,
            "end_hour": self.end_hour,
            "end_min": self.end_min,
            "snooze_enabled": self.snooze_enabled,
            "snooze_start_ts": self.snooze_start_ts,
            "snooze_end_ts": self.snooze_end_ts,
            "timezone": self.timezone,
            "push_sound": self.push_sound,
            "block_push_from_bots": self.block_push_from_bots,
            "push_blocked_bot_ids": self.push_blocked_bot_ids,
            "enable_push_for_replies": self.enable_push_for_replies,
            "dnd_schedules": schedules,
        })
    }
}

/// A user's preference for one group channel.
#[derive(Debug, Clone)]
struct ChannelPrefs {
    trigger: String,
    push_sound: String,
    enable: bool,
}

impl Default for ChannelPrefs {
    fn default() -> Self {
        Self {
            trigger: "default".to_owned(),
            push_sound: String::new(),
            enable: true,
        }
    }
}

impl ChannelPrefs {
    fn to_json(&self) -> Value {
        json!({
            "push_trigger_option": self.trigger,
            "push_sound": self.push_sound,
            "enable": self.enable,
        })
    }
}

/// The kind of a push provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Apple Push Notification service.
    Apns,
    /// Firebase Cloud Messaging.
    Fcm,
    /// Huawei Mobile Services.
    Huawei,
}

impl Kind {
    /// The `{push_type}` of a path (`hms` is the add/update routes' name for `huawei`).
    pub(super) fn from_path(segment: &str) -> Result<Self, ApiError> {
        match segment {
            "apns" => Ok(Self::Apns),
            "fcm" => Ok(Self::Fcm),
            "huawei" | "hms" => Ok(Self::Huawei),
            _ => Err(ApiError::invalid_value("push_type")),
        }
    }

    fn wire(self) -> &'static str {
        match self {
            Self::Apns => "APNS",
            Self::Fcm => "FCM",
            Self::Huawei => "HUAWEI",
        }
    }
}

/// A registered push provider. Certificates, passwords and service-account keys are not
/// kept.
#[derive(Debug, Clone)]
struct Provider {
    id: String,
    kind: Kind,
    created_at_s: i64,
    push_sound: String,
    // FCM
    api_key: String,
    use_v1_api: bool,
    service_account: Option<(String, String)>,
    // HMS
    huawei_app_id: String,
    huawei_app_secret: String,
    // APNs
    apns_name: String,
    apns_env: String,
    apns_expiration_s: i64,
    has_unread_count_badge: bool,
    content_available: bool,
    mutable_content: bool,
}

impl Provider {
    fn new(id: String, kind: Kind, created_at_s: i64) -> Self {
        Self {
            id,
            kind,
            created_at_s,
            push_sound: String::new(),
            api_key: String::new(),
            use_v1_api: false,
            service_account: None,
            huawei_app_id: String::new(),
            huawei_app_secret: String::new(),
            apns_name: String::new(),
            apns_env: "development".to_owned(),
            apns_expiration_s: 0,
            has_unread_count_badge: true,
            content_available: false,
            mutable_content: false,
        }
    }

    fn to_json(&self) -> Value {
        let mut out = json!({
            "id": self.id,
            "push_type": self.kind.wire(),
            "created_at": self.created_at_s,
        });
        let fields = match self.kind {
            Kind::Fcm => {
                let mut fcm = json!({"api_key": self.api_key, "use_v1_api": self.use_v1_api});
                if let (Some((project_id, key_id)), Value::Object(map)) =
                    (&self.service_account, &mut fcm)
                {
                    map.insert("project_id".to_owned(), Value::from(project_id.as_str()));
                    map.insert("private_key_id".to_owned(), Value::from(key_id.as_str()));
                }
                fcm
            }
            Kind::Huawei => json!({
                "huawei_app_id": self.huawei_app_id,
                "huawei_app_secret": self.huawei_app_secret,
            }),
            Kind::Apns => json!({
                "apns_name": self.apns_name,
                "apns_type": self.apns_env.to_ascii_uppercase(),
                "apns_env_cert_type": self.apns_env,
                "apns_expiration": self.apns_expiration_s,
                "has_unread_count_badge": i64::from(self.has_unread_count_badge),
                "content_available": self.content_available,
                "mutable_content": self.mutable_content,
            }),
        };
        if let (Value::Object(out), Value::Object(fields)) = (&mut out, fields) {
            out.extend(fields);
            out.insert(
                "push_sound".to_owned(),
                Value::from(self.push_sound.as_str()),
            );
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// Device tokens
// ---------------------------------------------------------------------------------------

/// Checks a `{token_type}` path segment (400111 otherwise).
pub(super) fn token_type(segment: &str) -> Result<&'static str, ApiError> {
    TOKEN_TYPES
        .iter()
        .find(|t| **t == segment)
        .copied()
        .ok_or_else(|| ApiError::invalid_value("token_type"))
}

/// The body field carrying a token of this type.
fn token_field(token_type: &str) -> &'static str {
    match token_type {
        "gcm" => "gcm_reg_token",
        "huawei" => "huawei_device_token",
        _ => "apns_device_token",
    }
}

/// `POST /users/{user_id}/push/{token_type}` (`gcm_reg_token`, `apns_device_token` or
/// `huawei_device_token`).
pub(super) fn add_token(ctx: &mut Ctx<'_>, user_id: &str, token_type: &str, p: &Params) -> Answer {
    let field = token_field(token_type);
    let token = p.required_str(field)?;
    if token.trim().is_empty() {
        return Err(ApiError::invalid_value(field));
    }
    let user = ctx.user(user_id)?.summary_json();
    let push = &mut ctx.chat.push;
    if let Some(owner) = push.owner(token_type, &token) {
        if owner != user_id {
            push.unregister(&owner, token_type, &token);
        }
    }
    let tokens = push
        .user_mut(user_id)
        .tokens
        .entry(token_type.to_owned())
        .or_default();
    if !tokens.contains(&token) {
        tokens.push(token.clone());
        if tokens.len() > MAX_TOKENS_PER_TYPE {
            let excess = tokens.len() - MAX_TOKENS_PER_TYPE;
            tokens.drain(..excess);
        }
    }
    Ok(json!({"token": token, "type": token_type.to_ascii_uppercase(), "user": user}))
}

/// `GET /users/{user_id}/push/{token_type}`: oldest first; `token` repeats `tokens`
/// (Sendbird keeps the deprecated field).
pub(super) fn list_tokens(ctx: &mut Ctx<'_>, user_id: &str, token_type: &str) -> Answer {
    let user = ctx.user(user_id)?.summary_json();
    let tokens = ctx
        .chat
        .push
        .stored(user_id)
        .and_then(|u| u.tokens.get(token_type))
        .cloned()
        .unwrap_or_default();
    Ok(json!({
        "tokens": tokens,
        "type": token_type.to_ascii_uppercase(),
        "user": user,
        "token": tokens,
    }))
}

/// `DELETE /users/{user_id}/push/{token_type}/{token}`: 400201 when the user does not
/// own the token.
pub(super) fn remove_token(
    ctx: &mut Ctx<'_>,
    user_id: &str,
    token_type: &str,
    token: &str,
) -> Answer {
    let user = ctx.user(user_id)?.summary_json();
    if !ctx.chat.push.unregister(user_id, token_type, token) {
        return Err(ApiError::not_found("Token"));
    }
    Ok(json!({"token": [token], "user": user}))
}

/// `DELETE /users/{user_id}/push`: every token of every type; `token` lists them.
pub(super) fn remove_all_tokens(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    let user = ctx.user(user_id)?.summary_json();
    let removed: Vec<String> = ctx
        .chat
        .push
        .stored_mut(user_id)
        .map(|u| std::mem::take(&mut u.tokens))
        .unwrap_or_default()
        .into_values()
        .flatten()
        .collect();
    Ok(json!({"user": user, "token": removed}))
}

/// `GET /push/device_tokens/{token_type}/{token}`: `{"user_id": owner}` (the docs' shape).
pub(super) fn token_owner(ctx: &mut Ctx<'_>, token_type: &str, token: &str) -> Answer {
    let owner = ctx.chat.push.token_owner(token_type, token)?;
    Ok(json!({"user_id": owner}))
}

/// `DELETE /push/device_tokens/{token_type}/{token}`: unregisters the token from its owner.
pub(super) fn remove_token_from_owner(ctx: &mut Ctx<'_>, token_type: &str, token: &str) -> Answer {
    let push = &mut ctx.chat.push;
    let owner = push.token_owner(token_type, token)?;
    push.unregister(&owner, token_type, token);
    Ok(json!({"user_id": owner}))
}

// ---------------------------------------------------------------------------------------
// Preferences and template choice
// ---------------------------------------------------------------------------------------

/// `PUT /users/{user_id}/push/template` (`name`: `default` or `alternative`).
pub(super) fn choose_template(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let name = p.required_str("name")?;
    if !TEMPLATE_NAMES.contains(&name.as_str()) {
        return Err(ApiError::invalid_value("name"));
    }
    ctx.user(user_id)?;
    ctx.chat.push.user_mut(user_id).template = Some(name.clone());
    Ok(json!({"name": name}))
}

/// `GET /users/{user_id}/push_preference`.
pub(super) fn preferences(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    ctx.user(user_id)?;
    Ok(ctx
        .chat
        .push
        .stored(user_id)
        .map_or_else(|| Prefs::default().to_json(), |u| u.prefs.to_json()))
}

/// An integer parameter within `0..=max` (400111 outside).
fn bounded(p: &Params, name: &str, max: i64) -> Result<Option<i64>, ApiError> {
    match p.int(name)? {
        Some(value) if !(0..=max).contains(&value) => Err(ApiError::invalid_value(name)),
        other => Ok(other),
    }
}

/// Whether a time zone name looks like an IANA one (`UTC`, `Asia/Seoul`, `Etc/GMT+9`).
fn plausible_timezone(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
}

/// A `{start_hour, start_min, end_hour, end_min}` object of `dnd_schedules`.
fn time_window(value: &Value) -> Result<[i64; 4], ApiError> {
    let field = "dnd_schedules";
    let Value::Object(window) = value else {
        return Err(ApiError::wrong_type(field, Expected::Json));
    };
    let mut out = [0; 4];
    for (slot, (name, max)) in out.iter_mut().zip([
        ("start_hour", 23),
        ("start_min", 59),
        ("end_hour", 23),
        ("end_min", 59),
    ]) {
        let value = match window.get(name) {
            None | Some(Value::Null) => return Err(ApiError::missing(name)),
            Some(value) => value
                .as_i64()
                .ok_or_else(|| ApiError::wrong_type(name, Expected::Number))?,
        };
        if !(0..=max).contains(&value) {
            return Err(ApiError::invalid_value(name));
        }
        *slot = value;
    }
    Ok(out)
}

/// Reads `dnd_schedules`: weekday → windows, a window that crosses midnight split into its
/// day (until 23:59) and the next day (from 00:00).
fn dnd_schedules(value: &Value) -> Result<BTreeMap<usize, Vec<[i64; 4]>>, ApiError> {
    let field = "dnd_schedules";
    let Value::Array(days) = value else {
        return Err(ApiError::wrong_type(field, Expected::List));
    };
    let mut out: BTreeMap<usize, Vec<[i64; 4]>> = BTreeMap::new();
    for day in days {
        let Value::Object(day) = day else {
            return Err(ApiError::wrong_type(field, Expected::Json));
        };
        let weekday = match day.get("day_of_week") {
            Some(Value::String(name)) => WEEKDAYS
                .iter()
                .position(|d| d.eq_ignore_ascii_case(name))
                .ok_or_else(|| ApiError::invalid_value("day_of_week"))?,
            None | Some(Value::Null) => return Err(ApiError::missing("day_of_week")),
            Some(_) => return Err(ApiError::wrong_type("day_of_week", Expected::String)),
        };
        let windows = match day.get("time_windows") {
            Some(Value::Array(windows)) => windows,
            None | Some(Value::Null) => return Err(ApiError::missing("time_windows")),
            Some(_) => return Err(ApiError::wrong_type("time_windows", Expected::List)),
        };
        for window in windows {
            let [sh, sm, eh, em] = time_window(window)?;
            if (sh, sm) <= (eh, em) {
                out.entry(weekday).or_default().push([sh, sm, eh, em]);
            } else {
                out.entry(weekday).or_default().push([sh, sm, 23, 59]);
                out.entry((weekday + 1) % 7)
                    .or_default()
                    .push([0, 0, eh, em]);
            }
        }
    }
    for windows in out.values_mut() {
        windows.sort_unstable();
        windows.dedup();
    }
    Ok(out)
}

/// `PUT /users/{user_id}/push_preference`: any subset of the preferences. The whole body
/// is checked before anything changes. Non-empty `dnd_schedules` turn the legacy daily
/// window (`do_not_disturb`) off.
pub(super) fn update_preferences(ctx: &mut Ctx<'_>, user_id: &str, p: &Params) -> Answer {
    let trigger = p.str("push_trigger_option")?;
    if trigger
        .as_deref()
        .is_some_and(|t| !["all", "mention_only", "off"].contains(&t))
    {
        return Err(ApiError::invalid_value("push_trigger_option"));
    }
    let do_not_disturb = p.bool("do_not_disturb")?;
    let start_hour = bounded(p, "start_hour", 23)?;
    let start_min = bounded(p, "start_min", 59)?;
    let end_hour = bounded(p, "end_hour", 23)?;
    let end_min = bounded(p, "end_min", 59)?;
    let snooze_enabled = p.bool("snooze_enabled")?;
    let snooze_start = p.int("snooze_start_ts")?;
    let snooze_end = p.int("snooze_end_ts")?;
    if snooze_start.is_some_and(|ts| ts < 0) {
        return Err(ApiError::invalid_value("snooze_start_ts"));
    }
    if snooze_end.is_some_and(|ts| ts < 0) {
        return Err(ApiError::invalid_value("snooze_end_ts"));
    }
    if let (Some(start), Some(end)) = (snooze_start, snooze_end) {
        if end < start {
            return Err(ApiError::invalid_value("snooze_end_ts"));
        }
    }
    let timezone = p.str("timezone")?;
    if timezone
        .as_deref()
        .is_some_and(|tz| !plausible_timezone(tz))
    {
        return Err(ApiError::invalid_value("timezone"));
    }
    let push_sound = p.str("push_sound")?;
    let block_bots = p.bool("block_push_from_bots")?;
    let blocked_bots = p.str_list("push_blocked_bot_ids")?;
    let replies = p.bool("enable_push_for_replies")?;
    let schedules = p
        .json("dnd_schedules")?
        .map(|v| dnd_schedules(&v))
        .transpose()?;
    ctx.user(user_id)?;

    let prefs = &mut ctx.chat.push.user_mut(user_id).prefs;
    assign(&mut prefs.trigger, trigger);
    assign(&mut prefs.do_not_disturb, do_not_disturb);
    for (value, slot) in [
        (start_hour, &mut prefs.start_hour),
        (start_min, &mut prefs.start_min),
        (end_hour, &mut prefs.end_hour),
        (end_min, &mut prefs.end_min),
        (snooze_start, &mut prefs.snooze_start_ts),
        (snooze_end, &mut prefs.snooze_end_ts),
    ] {
        assign(slot, value);
    }
    assign(&mut prefs.snooze_enabled, snooze_enabled);
    assign(&mut prefs.timezone, timezone);
    assign(&mut prefs.push_sound, push_sound);
    assign(&mut prefs.block_push_from_bots, block_bots);
    assign(&mut prefs.push_blocked_bot_ids, blocked_bots);
    assign(&mut prefs.enable_push_for_replies, replies);
    if let Some(schedules) = schedules {
        if !schedules.is_empty() {
            prefs.do_not_disturb = false;
        }
        prefs.dnd_schedules = schedules;
    }
    Ok(prefs.to_json())
}

/// `DELETE /users/{user_id}/push_preference`: do-not-disturb and snooze off, time frames
/// 0, `timezone` `UTC`, `push_sound` `default` (the docs' list), schedules cleared. The
/// trigger option and bot settings stay. Answers `{}`.
pub(super) fn reset_preferences(ctx: &mut Ctx<'_>, user_id: &str) -> Answer {
    ctx.user(user_id)?;
    let prefs = &mut ctx.chat.push.user_mut(user_id).prefs;
    let defaults = Prefs::default();
    *prefs = Prefs {
        trigger: std::mem::take(&mut prefs.trigger),
        block_push_from_bots: prefs.block_push_from_bots,
        push_blocked_bot_ids: std::mem::take(&mut prefs.push_blocked_bot_ids),
        enable_push_for_replies: prefs.enable_push_for_replies,
        ..defaults
    };
    Ok(json!({}))
}

/// `GET /users/{user_id}/push_preference/{channel_url}` (group channels the user is a
/// member of).
pub(super) fn channel_preferences(ctx: &mut Ctx<'_>, user_id: &str, url: &str) -> Answer {
    let seq = ctx.group_member(url, user_id)?.seq;
    let prefs = ctx
        .chat
        .push
        .stored(user_id)
        .and_then(|u| u.channels.get(url))
        .filter(|(channel_seq, _)| *channel_seq == seq)
        .map(|(_, prefs)| prefs.clone())
        .unwrap_or_default();
    Ok(prefs.to_json())
}

/// `PUT /users/{user_id}/push_preference/{channel_url}` (`push_trigger_option` required:
/// `default`, `all`, `mention_only` or `off`; `push_sound`, deprecated `enable`).
pub(super) fn update_channel_preferences(
    ctx: &mut Ctx<'_>,
    user_id: &str,
    url: &str,
    p: &Params,
) -> Answer {
    let trigger = p.required_str("push_trigger_option")?;
    if !["default", "all", "mention_only", "off"].contains(&trigger.as_str()) {
        return Err(ApiError::invalid_value("push_trigger_option"));
    }
    let push_sound = p.str("push_sound")?;
    let enable = p.bool("enable")?;
    let seq = ctx.group_member(url, user_id)?.seq;
    let entry = ctx
        .chat
        .push
        .user_mut(user_id)
        .channels
        .entry(url.to_owned())
        .or_insert_with(|| (seq, ChannelPrefs::default()));
    if entry.0 != seq {
        *entry = (seq, ChannelPrefs::default());
    }
    let prefs = &mut entry.1;
    prefs.trigger = trigger;
    assign(&mut prefs.push_sound, push_sound);
    assign(&mut prefs.enable, enable);
    Ok(prefs.to_json())
}

// ---------------------------------------------------------------------------------------
// Push settings and content templates
// ---------------------------------------------------------------------------------------

/// `GET /applications/push/settings` (push is off in a new application).
pub(super) fn settings(ctx: &mut Ctx<'_>) -> Answer {
    Ok(json!({"push_enabled": ctx.chat.push.push_enabled}))
}

/// `PUT /applications/push/settings` (`push_enabled` required).
pub(super) fn update_settings(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    put_flag(&mut ctx.chat.push.push_enabled, p, "push_enabled")
}

/// The stored formats of a template name (400201 for a name other than `default` and
/// `alternative`).
fn template_name(name: &str) -> Result<&'static str, ApiError> {
    TEMPLATE_NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .ok_or_else(|| ApiError::not_found("Template"))
}

/// A format rendered with sample values.
fn preview(format: &Value) -> Value {
    let render = |text: &str| {
        PREVIEW_VALUES
            .iter()
            .fold(text.to_owned(), |text, (var, sample)| {
                text.replace(var, sample)
            })
    };
    match format {
        Value::String(text) => Value::from(render(text)),
        Value::Object(parts) => Value::Object(
            parts
                .iter()
                .map(|(k, v)| {
                    let v = v
                        .as_str()
                        .map_or_else(|| v.clone(), |s| Value::from(render(s)));
                    (k.clone(), v)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

fn template_json(push: &PushState, name: &'static str, with_preview: bool) -> Value {
    let template = push.templates.get(name).cloned().unwrap_or_default();
    let mut out = json!({"template_name": name, "template": template});
    if with_preview {
        let rendered: Map<String, Value> = template
            .iter()
            .map(|(k, v)| (k.clone(), preview(v)))
            .collect();
        if let Value::Object(map) = &mut out {
            map.insert("push_message_preview".to_owned(), Value::Object(rendered));
        }
    }
    out
}

/// `GET /applications/push/message_templates`: `default` then `alternative`.
pub(super) fn list_templates(ctx: &mut Ctx<'_>) -> Answer {
    let templates: Vec<Value> = TEMPLATE_NAMES
        .iter()
        .map(|name| template_json(&ctx.chat.push, name, false))
        .collect();
    Ok(json!({"push_message_templates": templates}))
}

/// `GET /applications/push/message_templates/{template_name}`: one template with its
/// preview, in a one-element array (as the OpenAPI spec shows).
pub(super) fn get_template(ctx: &mut Ctx<'_>, name: &str) -> Answer {
    let name = template_name(name)?;
    Ok(json!({"push_message_templates": [template_json(&ctx.chat.push, name, true)]}))
}

/// `PUT /applications/push/message_templates/{template_name}` (`template`: `MESG`,
/// `FILE`, `ADMM`, each a string or a `{title, body}` object). Formats not given keep
/// their value.
pub(super) fn update_template(ctx: &mut Ctx<'_>, name: &str, p: &Params) -> Answer {
    let template = p
        .object("template")?
        .ok_or_else(|| ApiError::missing("template"))?;
    if template.is_empty() {
        return Err(ApiError::missing("template"));
    }
    for (key, value) in &template {
        if !TEMPLATE_KEYS.contains(&key.as_str()) {
            return Err(ApiError::invalid_value("template"));
        }
        let valid = match value {
            Value::String(_) => true,
            Value::Object(parts) => parts.iter().all(|(k, v)| {
                matches!(k.as_str(), "title" | "body") && (v.is_string() || v.is_null())
            }),
            _ => false,
        };
        if !valid {
            return Err(ApiError::invalid_value("template"));
        }
    }
    let name = template_name(name)?;
    let stored = ctx.chat.push.templates.entry(name).or_default();
    stored.extend(template);
    Ok(json!({"push_message_templates": [template_json(&ctx.chat.push, name, true)]}))
}

// ---------------------------------------------------------------------------------------
// Push configurations
// ---------------------------------------------------------------------------------------

/// A `{"push_configurations": [..]}` answer.
fn configurations(providers: &[&Provider]) -> Value {
    let list: Vec<Value> = providers.iter().map(|p| p.to_json()).collect();
    json!({"push_configurations": list})
}

fn new_provider(ctx: &mut Ctx<'_>, kind: Kind) -> Provider {
    let created_at_s = ctx.now_ms() / 1000;
    Provider::new(random_hex(40), kind, created_at_s)
}

fn provider_mut<'s>(
    push: &'s mut PushState,
    kind: Kind,
    id: &str,
) -> Result<&'s mut Provider, ApiError> {
    push.providers
        .iter_mut()
        .find(|p| p.kind == kind && p.id == id)
        .ok_or_else(|| ApiError::not_found("Push configuration"))
}

/// Checks an uploaded `.p12` (it must look like DER: a non-empty file starting with a
/// SEQUENCE tag) and returns the name Sendbird would read from it.
fn apns_certificate(file: &UploadedFile) -> Result<String, ApiError> {
    if file.data.first() != Some(&0x30) {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"apns_cert\" (Invalid APNS certificate).",
        ));
    }
    let name = file
        .file_name
        .strip_suffix(".p12")
        .unwrap_or(&file.file_name);
    Ok(if name.is_empty() || name == "file" {
        "com.example.app".to_owned()
    } else {
        name.to_owned()
    })
}

/// `apns_cert_env_type` (or the deprecated `apns_type`), lower case.
fn apns_env(p: &Params) -> Result<Option<String>, ApiError> {
    let (field, value) = match p.str("apns_cert_env_type")? {
        Some(value) => ("apns_cert_env_type", Some(value)),
        None => ("apns_type", p.str("apns_type")?),
    };
    match value.map(|v| v.to_ascii_lowercase()) {
        None => Ok(None),
        Some(env) if env == "development" || env == "production" => Ok(Some(env)),
        Some(_) => Err(ApiError::invalid_value(field)),
    }
}

/// The APNs options shared by add and update.
struct ApnsOptions {
    env: Option<String>,
    badge: Option<bool>,
    content_available: Option<bool>,
    mutable_content: Option<bool>,
    push_sound: Option<String>,
}

impl ApnsOptions {
    fn read(p: &Params) -> Result<Self, ApiError> {
        // The password is read (and type-checked) but never stored: the emulator cannot
        // open the certificate with it.
        p.str("apns_cert_password")?;
        Ok(Self {
            env: apns_env(p)?,
            badge: p.bool("has_unread_count_badge")?,
            content_available: p.bool("content_available")?,
            mutable_content: p.bool("mutable_content")?,
            push_sound: p.str("push_sound")?,
        })
    }

    fn apply(self, provider: &mut Provider) {
        assign(&mut provider.apns_env, self.env);
        assign(&mut provider.has_unread_count_badge, self.badge);
        assign(&mut provider.content_available, self.content_available);
        assign(&mut provider.mutable_content, self.mutable_content);
        assign(&mut provider.push_sound, self.push_sound);
    }
}

/// `POST /applications/push/apns` (multipart with the `apns_cert` file).
pub(super) fn add_apns(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let file = p
        .file("apns_cert")
        .ok_or_else(|| ApiError::missing("apns_cert"))?;
    let name = apns_certificate(file)?;
    let options = ApnsOptions::read(p)?;
    let mut provider = new_provider(ctx, Kind::Apns);
    provider.apns_name = name;
    provider.apns_expiration_s = provider.created_at_s + CERT_VALIDITY_SECS;
    options.apply(&mut provider);
    let value = configurations(&[&provider]);
    ctx.chat.push.providers.push(provider);
    Ok(value)
}

/// `PUT /applications/push/apns/{provider_id}` (JSON, or multipart with a new
/// `apns_cert`): answers the provider id as a string.
pub(super) fn update_apns(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    let certificate = p.file("apns_cert").map(apns_certificate).transpose()?;
    let options = ApnsOptions::read(p)?;
    let now_s = ctx.now_ms() / 1000;
    let provider = provider_mut(&mut ctx.chat.push, Kind::Apns, id)?;
    if let Some(name) = certificate {
        provider.apns_name = name;
        provider.apns_expiration_s = now_s + CERT_VALIDITY_SECS;
    }
    options.apply(provider);
    Ok(json!({"push_configurations": provider.id}))
}

/// `DELETE /applications/push/apns/cert/{provider_id}`: removes the provider.
pub(super) fn delete_apns_certificate(ctx: &mut Ctx<'_>, id: &str) -> Answer {
    remove_configuration(ctx, Kind::Apns, id)
}

/// Reads an FCM service-account key file: its `project_id` and `private_key_id` (the
/// private key itself is dropped). 400111 for anything else.
fn service_account(file: &UploadedFile) -> Result<(String, String), ApiError> {
    let invalid = || ApiError::invalid_value("service_account_key");
    let Ok(Value::Object(key)) = serde_json::from_slice::<Value>(&file.data) else {
        return Err(invalid());
    };
    let field = |name: &str| {
        key.get(name)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    match (
        field("project_id"),
        field("private_key_id"),
        field("private_key"),
    ) {
        (Some(project), Some(key_id), Some(_)) => Ok((project, key_id)),
        _ => Err(invalid()),
    }
}

/// `POST /applications/push/fcm` (`api_key`, or a multipart `service_account_key` file
/// for the HTTP v1 API; `push_sound`).
pub(super) fn add_fcm(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let account = p
        .file("service_account_key")
        .map(service_account)
        .transpose()?;
    let api_key = p.str("api_key")?;
    if account.is_none() && api_key.as_deref().is_none_or(str::is_empty) {
        return Err(ApiError::missing("api_key"));
    }
    let push_sound = p.str("push_sound")?;
    let mut provider = new_provider(ctx, Kind::Fcm);
    provider.use_v1_api = account.is_some();
    provider.service_account = account;
    provider.api_key = api_key.unwrap_or_default();
    provider.push_sound = push_sound.unwrap_or_default();
    let value = configurations(&[&provider]);
    ctx.chat.push.providers.push(provider);
    Ok(value)
}

/// `PUT /applications/push/fcm/{provider_id}` (`api_key`, `push_sound`,
/// `use_fcm_v1_api`, `service_account_key` file): answers the provider id as a string.
/// Switching to the v1 API without a service-account key answers 400111.
pub(super) fn update_fcm(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    let account = p
        .file("service_account_key")
        .map(service_account)
        .transpose()?;
    let api_key = p.str("api_key")?;
    let push_sound = p.str("push_sound")?;
    let use_v1 = p.bool("use_fcm_v1_api")?;
    let provider = provider_mut(&mut ctx.chat.push, Kind::Fcm, id)?;
    let has_account = account.is_some() || provider.service_account.is_some();
    if use_v1 == Some(true) && !has_account {
        return Err(ApiError::bad_request(
            400111,
            "Invalid value: \"use_fcm_v1_api\" (no service account key is registered).",
        ));
    }
    let new_account = account.is_some();
    if let Some(account) = account {
        provider.service_account = Some(account);
    }
    assign(&mut provider.api_key, api_key);
    assign(&mut provider.push_sound, push_sound);
    match use_v1 {
        Some(on) => provider.use_v1_api = on,
        None if new_account => provider.use_v1_api = true,
        None => {}
    }
    Ok(json!({"push_configurations": provider.id}))
}

/// `POST /applications/push/hms` (also `/huawei`): `huawei_app_id`, `huawei_app_secret`
/// required, `push_sound`.
pub(super) fn add_hms(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let app_id = p.required_str("huawei_app_id")?;
    let secret = p.required_str("huawei_app_secret")?;
    for (name, value) in [("huawei_app_id", &app_id), ("huawei_app_secret", &secret)] {
        if value.trim().is_empty() {
            return Err(ApiError::invalid_value(name));
        }
    }
    let push_sound = p.str("push_sound")?;
    let mut provider = new_provider(ctx, Kind::Huawei);
    provider.huawei_app_id = app_id;
    provider.huawei_app_secret = secret;
    provider.push_sound = push_sound.unwrap_or_default();
    let value = configurations(&[&provider]);
    ctx.chat.push.providers.push(provider);
    Ok(value)
}

/// `PUT /applications/push/hms/{provider_id}`: answers the provider id as a string.
pub(super) fn update_hms(ctx: &mut Ctx<'_>, id: &str, p: &Params) -> Answer {
    let app_id = p.str("huawei_app_id")?;
    let secret = p.str("huawei_app_secret")?;
    for (name, value) in [("huawei_app_id", &app_id), ("huawei_app_secret", &secret)] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err(ApiError::invalid_value(name));
        }
    }
    let push_sound = p.str("push_sound")?;
    let provider = provider_mut(&mut ctx.chat.push, Kind::Huawei, id)?;
    assign(&mut provider.huawei_app_id, app_id);
    assign(&mut provider.huawei_app_secret, secret);
    assign(&mut provider.push_sound, push_sound);
    Ok(json!({"push_configurations": provider.id}))
}

/// `POST /applications/push/{push_type}` for the three kinds.
pub(super) fn add_configuration(ctx: &mut Ctx<'_>, kind: Kind, p: &Params) -> Answer {
    match kind {
        Kind::Apns => add_apns(ctx, p),
        Kind::Fcm => add_fcm(ctx, p),
        Kind::Huawei => add_hms(ctx, p),
    }
}

/// `PUT /applications/push/{push_type}/{provider_id}` for the three kinds.
pub(super) fn update_configuration(ctx: &mut Ctx<'_>, kind: Kind, id: &str, p: &Params) -> Answer {
    match kind {
        Kind::Apns => update_apns(ctx, id, p),
        Kind::Fcm => update_fcm(ctx, id, p),
        Kind::Huawei => update_hms(ctx, id, p),
    }
}

/// `GET /applications/push/{push_type}`: the providers of one kind, oldest first.
pub(super) fn list_configurations(ctx: &mut Ctx<'_>, kind: Kind) -> Answer {
    let providers: Vec<&Provider> = ctx
        .chat
        .push
        .providers
        .iter()
        .filter(|p| p.kind == kind)
        .collect();
    Ok(configurations(&providers))
}

/// `GET /applications/push/{push_type}/{provider_id}` (in a one-element array).
pub(super) fn get_configuration(ctx: &mut Ctx<'_>, kind: Kind, id: &str) -> Answer {
    let provider = provider_mut(&mut ctx.chat.push, kind, id)?;
    Ok(configurations(&[provider]))
}

/// `DELETE /applications/push/{push_type}/{provider_id}`: device tokens stay.
pub(super) fn remove_configuration(ctx: &mut Ctx<'_>, kind: Kind, id: &str) -> Answer {
    let push = &mut ctx.chat.push;
    let index = push
        .providers
        .iter()
        .position(|p| p.kind == kind && p.id == id)
        .ok_or_else(|| ApiError::not_found("Push configuration"))?;
    let removed = push.providers.remove(index);
    Ok(json!({"push_configurations": [removed.id]}))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn schedules_split_across_midnight_and_wrap_the_week() {
        let value = json!([
            {"day_of_week": "monday", "time_windows": [
                {"start_hour": 22, "start_min": 0, "end_hour": 6, "end_min": 0},
                {"start_hour": 12, "start_min": 0, "end_hour": 13, "end_min": 0}
            ]},
            {"day_of_week": "sunday", "time_windows": [
                {"start_hour": 23, "start_min": 0, "end_hour": 1, "end_min": 30}
            ]}
        ]);
        let schedules = dnd_schedules(&value).unwrap();
        assert_eq!(
            schedules[&0],
            [[0, 0, 1, 30], [12, 0, 13, 0], [22, 0, 23, 59]]
        );
        assert_eq!(schedules[&1], [[0, 0, 6, 0]]);
        assert_eq!(schedules[&6], [[23, 0, 23, 59]]);
    }

    #[test]
    fn schedule_errors() {
        let bad_day = json!([{"day_of_week": "someday", "time_windows": []}]);
        assert_eq!(dnd_schedules(&bad_day).unwrap_err().code, 400111);
        let bad_hour = json!([{"day_of_week": "monday", "time_windows": [
            {"start_hour": 24, "start_min": 0, "end_hour": 1, "end_min": 0}
        ]}]);
        assert_eq!(dnd_schedules(&bad_hour).unwrap_err().code, 400111);
        let missing = json!([{"day_of_week": "monday", "time_windows": [{"start_hour": 1}]}]);
        assert_eq!(dnd_schedules(&missing).unwrap_err().code, 400105);
        assert_eq!(dnd_schedules(&json!({})).unwrap_err().code, 400102);
    }

    #[test]
    fn previews_fill_every_variable() {
        assert_eq!(
            preview(&json!("{sender_name} in {channel_name}: {message}")),
            json!("Cindy in Sample channel: Hi!")
        );
        assert_eq!(
            preview(&json!({"title": "{channel_name}", "body": "{file_type_friendly}"})),
            json!({"title": "Sample channel", "body": "Image"})
        );
    }

    #[test]
    fn timezones() {
        for ok in [
            "UTC",
            "Asia/Seoul",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+9",
        ] {
            assert!(plausible_timezone(ok), "{ok}");
        }
        for bad in ["", "Asia Seoul", "/Seoul", "+09:00"] {
            assert!(!plausible_timezone(bad), "{bad}");
        }
    }

    #[test]
    fn certificates_must_look_like_der() {
        let file = |name: &str, data: &'static [u8]| UploadedFile {
            field: "apns_cert".to_owned(),
            file_name: name.to_owned(),
            content_type: "application/x-pkcs12".to_owned(),
            data: bytes::Bytes::from_static(data),
        };
        assert_eq!(
            apns_certificate(&file("com.example.app.p12", b"\x30\x82")).unwrap(),
            "com.example.app"
        );
        assert_eq!(
            apns_certificate(&file("c.p12", b"")).unwrap_err().code,
            400111
        );
        assert_eq!(
            apns_certificate(&file("c.p12", b"-----BEGIN"))
                .unwrap_err()
                .code,
            400111
        );
    }

    #[test]
    fn service_account_keeps_ids_only() {
        let file = |data: &str| UploadedFile {
            field: "service_account_key".to_owned(),
            file_name: "key.json".to_owned(),
            content_type: "application/json".to_owned(),
            data: bytes::Bytes::from(data.to_owned()),
        };
        let ok = file(r#"{"project_id": "p", "private_key_id": "k", "private_key": "-----BEGIN"}"#);
        assert_eq!(
            service_account(&ok).unwrap(),
            ("p".to_owned(), "k".to_owned())
        );
        assert_eq!(service_account(&file("{}")).unwrap_err().code, 400111);
        assert_eq!(service_account(&file("not json")).unwrap_err().code, 400111);
    }
}
