//! `/applications/...`: secondary API tokens, the IP allow-list, the default channel
//! invitation preference, auto event messages and the global application settings.
//!
//! Choices where Sendbird documents no behaviour (each also noted where it applies):
//! - Token management (list, generate, get, revoke) needs the master token: a secondary
//!   token answers 400108. The docs name list/generate/revoke; get is treated the same.
//! - An 11th secondary token answers 400203. Getting or revoking anything but a live
//!   secondary token (the master token included) answers 400201.
//! - A request from an address outside a non-empty allow-list answers HTTP 400 / 400307
//!   (Sendbird's "request from a restricted domain" code; the docs only say such requests
//!   "receive errors"). Requests without a network peer (seed steps) are never refused.
//! - Allow-list entries are IPv4 or IPv6 addresses or CIDR ranges; a bare address is stored
//!   with its full prefix (`/32`, `/128`), as every docs example shows; the list is sorted
//!   by address. A malformed entry answers 400111.

use std::collections::BTreeSet;
use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use serde_json::{json, Map, Value};

use super::{put_flag, random_hex, Ctx};
use crate::http::auth::Caller;
use crate::http::errors::{Answer, ApiError, Expected};
use crate::http::params::Params;
use crate::http::query::Query;
use crate::http::request::ApiRequest;

/// The most secondary API tokens an application may have.
const MAX_SECONDARY_TOKENS: usize = 10;

/// The groups of auto event messages and the switches of each (the deprecated
/// `deleted`, `deactivated` and `left` too).
const AUTO_EVENTS: &[(&str, &[&str])] = &[
    (
        "user_leave",
        &[
            "deleted",
            "deactivated",
            "left",
            "left_by_own_choice",
            "channel_operator_removed",
            "admin_removed",
            "admin_deleted",
            "admin_deactivated",
        ],
    ),
    ("user_join", &["user_join"]),
    ("channel_create", &["public_channel", "private_channel"]),
    ("channel_change", &["channel_change"]),
];

/// The values `max_message_length` may take.
const MESSAGE_LENGTHS: &[i64] = &[50, 100, 200, 500, 1000, 5000, 10000, 20000];

/// A secondary API token.
#[derive(Debug, Clone)]
struct SecondaryToken {
    token: String,
    /// Unix seconds (the docs examples are 10 digits).
    created_at_s: i64,
}

/// An allow-list entry: an address and a prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Parses `a.b.c.d`, `a.b.c.d/n` or their IPv6 forms.
    fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let (addr, prefix) = match raw.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (raw, None),
        };
        let addr = IpAddr::from_str(addr).ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse::<u8>().ok().filter(|p| *p <= max)?
            }
            Some(_) => return None,
        };
        Some(Self { addr, prefix })
    }

    /// Whether `ip` lies in this range.
    fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// Application-wide settings and credentials.
#[derive(Debug)]
pub(crate) struct ApplicationState {
    /// Live secondary API tokens, oldest first.
    secondary_tokens: Vec<SecondaryToken>,
    /// Whether new users join private group channels on invitation (their initial
    /// `channel_invitation_preference`).
    pub(crate) default_auto_accept: bool,
    /// `{group: {switch: bool}}`, every switch of [`AUTO_EVENTS`] present.
    auto_event_message: Map<String, Value>,
    /// Addresses allowed to call the API; empty: every address.
    ip_allow_list: BTreeSet<Cidr>,
    /// The global application settings, as answered.
    settings_global: Map<String, Value>,
}

impl Default for ApplicationState {
    fn default() -> Self {
        let auto_event_message = AUTO_EVENTS
            .iter()
            .map(|(group, switches)| {
                let switches: Map<String, Value> = switches
                    .iter()
                    .map(|s| ((*s).to_owned(), Value::Bool(false)))
                    .collect();
                ((*group).to_owned(), Value::Object(switches))
            })
            .collect();
        let settings_global = object(json!({
            "message_retention_hours": 4380,
            "display_past_message": false,
            "allow_links": true,
            "max_message_length": 5000,
            "user_messages_per_channel": -1,
            "user_messages_per_channel_duration": 1,
            "domain_filter": {"domains": [], "type": 0, "should_check_global": false},
            "profanity_filter": {
                "keywords": "",
                "regex_filters": [],
                "type": 0,
                "should_check_global": false,
            },
            "profanity_triggered_moderation": {"count": 0, "duration": 0, "action": 0},
            "image_moderation": {
                "type": 0,
                "soft_block": false,
                "limits": {"adult": 3, "spoof": 5, "medical": 5, "violence": 3, "racy": 4},
                "check_urls": false,
            },
        }));
        Self {
            secondary_tokens: Vec::new(),
            default_auto_accept: true,
            auto_event_message,
            ip_allow_list: BTreeSet::new(),
            settings_global,
        }
    }
}

impl ApplicationState {
    /// Installs the secondary tokens given at start, created at `now_ms`.
    pub(crate) fn start_with_tokens(&mut self, tokens: &[String], now_ms: i64) {
        for token in tokens {
            if !token.is_empty() && !self.is_secondary_token(token) {
                self.secondary_tokens.push(SecondaryToken {
                    token: token.clone(),
                    created_at_s: now_ms / 1000,
                });
            }
        }
    }

    /// Whether `token` is a live secondary API token.
    pub(crate) fn is_secondary_token(&self, token: &str) -> bool {
        self.secondary_tokens.iter().any(|t| t.token == token)
    }

    /// Whether the auto event message `switch` of `group` is on (e.g. `("user_join",
    /// "user_join")`, `("user_leave", "admin_removed")`).
    #[allow(dead_code)] // read by the families that post auto event messages
    pub(crate) fn auto_event_message(&self, group: &str, switch: &str) -> bool {
        self.auto_event_message
            .get(group)
            .and_then(|g| g.get(switch))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    /// Refuses a request from outside a non-empty allow-list (HTTP 400 / 400307).
    pub(crate) fn check_peer(&self, request: &ApiRequest) -> Result<(), ApiError> {
        let Some(peer) = request.peer else {
            return Ok(());
        };
        if self.ip_allow_list.is_empty() || self.ip_allow_list.iter().any(|c| c.contains(peer)) {
            return Ok(());
        }
        Err(ApiError::bad_request(
            400307,
            format!("Requests from {peer} are not allowed: the address is not in the application's IP whitelist."),
        ))
    }

    fn allow_list_json(&self) -> Value {
        let list: Vec<String> = self.ip_allow_list.iter().map(Cidr::to_string).collect();
        json!({ "ip_whitelist_addresses": list })
    }
}

/// The fields of a JSON object (empty for anything else).
fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn token_json(token: &SecondaryToken) -> Value {
    json!({"token": token.token, "created_at": token.created_at_s})
}

/// Token management is for the master token only (400108 otherwise).
fn require_master(request: &ApiRequest) -> Result<(), ApiError> {
    match request.caller {
        Caller::Master => Ok(()),
        Caller::Secondary => Err(ApiError::unauthorized(
            "Unauthorized request: API tokens are managed with the master API token.",
        )),
    }
}

/// `GET /applications/api_tokens` (master token only).
pub(super) fn list_tokens(ctx: &mut Ctx<'_>, request: &ApiRequest) -> Answer {
    require_master(request)?;
    let tokens: Vec<Value> = ctx
        .chat
        .application
        .secondary_tokens
        .iter()
        .map(token_json)
        .collect();
    Ok(json!({ "api_tokens": tokens }))
}

/// `POST /applications/api_tokens` (master token only; the body is `{}`, or carries the
/// master token as the string `HTTP_API_TOKEN` as older docs show: the header has already
/// authenticated the caller, so its value is not compared). At most 10 secondary tokens
/// (400203 beyond).
pub(super) fn generate_token(ctx: &mut Ctx<'_>, request: &ApiRequest) -> Answer {
    require_master(request)?;
    request.params.str("HTTP_API_TOKEN")?;
    let now_s = ctx.now_ms() / 1000;
    let app = &mut ctx.chat.application;
    if app.secondary_tokens.len() >= MAX_SECONDARY_TOKENS {
        return Err(ApiError::bad_request(
            400203,
            "Too many items: an application has at most 10 secondary API tokens.",
        ));
    }
    let token = SecondaryToken {
        token: random_hex(40),
        created_at_s: now_s,
    };
    let value = token_json(&token);
    app.secondary_tokens.push(token);
    Ok(value)
}

/// `GET /applications/api_tokens/{api_token}` (master token only; 400201 for anything
/// but a live secondary token).
pub(super) fn get_token(ctx: &mut Ctx<'_>, request: &ApiRequest, token: &str) -> Answer {
    require_master(request)?;
    ctx.chat
        .application
        .secondary_tokens
        .iter()
        .find(|t| t.token == token)
        .map(token_json)
        .ok_or_else(|| ApiError::not_found("api_token"))
}

/// `DELETE /applications/api_tokens/{api_token}` (master token only): the token stops
/// authenticating at once (400401). Anything but a live secondary token, the master token
/// included, answers 400201.
pub(super) fn revoke_token(ctx: &mut Ctx<'_>, request: &ApiRequest, token: &str) -> Answer {
    require_master(request)?;
    let tokens = &mut ctx.chat.application.secondary_tokens;
    let before = tokens.len();
    tokens.retain(|t| t.token != token);
    if tokens.len() == before {
        return Err(ApiError::not_found("api_token"));
    }
    Ok(json!({}))
}

/// `GET /applications/default_channel_invitation_preference`.
pub(super) fn default_invitation_preference(ctx: &mut Ctx<'_>) -> Answer {
    Ok(json!({"auto_accept": ctx.chat.application.default_auto_accept}))
}

/// `PUT /applications/default_channel_invitation_preference` (`auto_accept`, required):
/// applies to users created from now on.
pub(super) fn update_default_invitation_preference(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    put_flag(
        &mut ctx.chat.application.default_auto_accept,
        p,
        "auto_accept",
    )
}

/// `GET /applications/settings/auto_event_message`.
pub(super) fn auto_event_messages(ctx: &mut Ctx<'_>) -> Answer {
    Ok(json!({"auto_event_message": ctx.chat.application.auto_event_message}))
}

/// `PUT /applications/settings/auto_event_message`: the groups wrapped in
/// `auto_event_message` (as the spec sends them) or at the top level (as the docs table
/// lists them). Only the switches sent change; unknown groups or switches answer 400111,
/// a non-object group 400103, a non-boolean switch 400104. Answers every switch.
pub(super) fn configure_auto_event_messages(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let groups = match p.object("auto_event_message")? {
        Some(wrapped) => wrapped,
        None => {
            let mut top = Map::new();
            for (group, _) in AUTO_EVENTS {
                if let Some(object) = p.object(group)? {
                    top.insert((*group).to_owned(), Value::Object(object));
                }
            }
            top
        }
    };
    let mut changes = Vec::new();
    for (group, switches) in &groups {
        let known = AUTO_EVENTS
            .iter()
            .find(|(name, _)| name == group)
            .map(|(_, switches)| *switches)
            .ok_or_else(|| ApiError::invalid_value(group))?;
        let Value::Object(switches) = switches else {
            return Err(ApiError::wrong_type(group, Expected::Json));
        };
        for (switch, on) in switches {
            let name = format!("{group}.{switch}");
            if !known.contains(&switch.as_str()) {
                return Err(ApiError::invalid_value(&name));
            }
            let on = on
                .as_bool()
                .ok_or_else(|| ApiError::wrong_type(&name, Expected::Bool))?;
            changes.push((group.clone(), switch.clone(), on));
        }
    }
    let settings = &mut ctx.chat.application.auto_event_message;
    for (group, switch, on) in changes {
        if let Some(Value::Object(switches)) = settings.get_mut(&group) {
            switches.insert(switch, Value::Bool(on));
        }
    }
    auto_event_messages(ctx)
}

/// `GET /applications/settings/ip_whitelist`.
pub(super) fn ip_whitelist(ctx: &mut Ctx<'_>) -> Answer {
    Ok(ctx.chat.application.allow_list_json())
}

fn parse_entries(raw: Vec<String>) -> Result<Vec<Cidr>, ApiError> {
    raw.iter()
        .map(|entry| {
            Cidr::parse(entry).ok_or_else(|| {
                ApiError::bad_request(
                    400111,
                    format!("Invalid value: \"ip_whitelist_addresses\" ({entry:?} is not an IP address or range)."),
                )
            })
        })
        .collect()
}

/// `PUT /applications/settings/ip_whitelist` (`ip_whitelist_addresses`, required): adds
/// the entries and answers the whole list. From now on, only listed addresses may call.
pub(super) fn add_to_ip_whitelist(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let raw = p
        .str_list("ip_whitelist_addresses")?
        .ok_or_else(|| ApiError::missing("ip_whitelist_addresses"))?;
    let entries = parse_entries(raw)?;
    let app = &mut ctx.chat.application;
    app.ip_allow_list.extend(entries);
    Ok(app.allow_list_json())
}

/// `DELETE /applications/settings/ip_whitelist`: the entries to remove come in the query
/// (`ip_whitelist_addresses`, repeated or comma-joined, as the spec sends them) or in a
/// JSON body (as the docs show). Entries not in the list are ignored. Answers what is left.
pub(super) fn delete_from_ip_whitelist(ctx: &mut Ctx<'_>, q: &Query, p: &Params) -> Answer {
    let raw = match q.list("ip_whitelist_addresses")? {
        Some(list) => list,
        None => p
            .str_list("ip_whitelist_addresses")?
            .ok_or_else(|| ApiError::missing("ip_whitelist_addresses"))?,
    };
    let entries = parse_entries(raw)?;
    let app = &mut ctx.chat.application;
    for entry in &entries {
        app.ip_allow_list.remove(entry);
    }
    Ok(app.allow_list_json())
}

/// `GET /applications/settings_global`.
pub(super) fn global_settings(ctx: &mut Ctx<'_>) -> Answer {
    Ok(Value::Object(ctx.chat.application.settings_global.clone()))
}

/// What a setting's value must be.
#[derive(Clone, Copy)]
enum Rule {
    Bool,
    /// An integer that `ok` accepts (400111 otherwise).
    Int(fn(i64) -> bool),
    Strings,
    /// `[{"regex": "..."}]`.
    Regexes,
    /// An object whose fields follow these rules.
    Object(&'static [(&'static str, Rule)]),
    /// `profanity_filter.keywords`: a list of strings, or one comma-joined string.
    Keywords,
}

const NON_NEGATIVE: fn(i64) -> bool = |n| n >= 0;
const LIKELIHOOD: fn(i64) -> bool = |n| (1..=5).contains(&n);

/// The global settings an update may change, with their rules (`message_retention_hours`
/// is read-only; other fields are ignored).
const GLOBAL_SETTINGS: &[(&str, Rule)] = &[
    ("display_past_message", Rule::Bool),
    ("allow_links", Rule::Bool),
    (
        "max_message_length",
        Rule::Int(|n| MESSAGE_LENGTHS.contains(&n)),
    ),
    ("user_messages_per_channel", Rule::Int(|n| n == -1 || n > 0)),
    ("user_messages_per_channel_duration", Rule::Int(|n| n > 0)),
    (
        "domain_filter",
        Rule::Object(&[
            ("domains", Rule::Strings),
            ("type", Rule::Int(|n| (0..=2).contains(&n))),
            ("should_check_global", Rule::Bool),
        ]),
    ),
    (
        "profanity_filter",
        Rule::Object(&[
            ("keywords", Rule::Keywords),
            ("regex_filters", Rule::Regexes),
            ("type", Rule::Int(|n| (0..=3).contains(&n))),
            ("should_check_global", Rule::Bool),
        ]),
    ),
    (
        "profanity_triggered_moderation",
        Rule::Object(&[
            ("count", Rule::Int(NON_NEGATIVE)),
            ("duration", Rule::Int(NON_NEGATIVE)),
            ("action", Rule::Int(NON_NEGATIVE)),
        ]),
    ),
    (
        "image_moderation",
        Rule::Object(&[
            ("type", Rule::Int(NON_NEGATIVE)),
            ("soft_block", Rule::Bool),
            (
                "limits",
                Rule::Object(&[
                    ("adult", Rule::Int(LIKELIHOOD)),
                    ("spoof", Rule::Int(LIKELIHOOD)),
                    ("medical", Rule::Int(LIKELIHOOD)),
                    ("violence", Rule::Int(LIKELIHOOD)),
                    ("racy", Rule::Int(LIKELIHOOD)),
                ]),
            ),
            ("check_urls", Rule::Bool),
        ]),
    ),
];

/// Checks `value` against `rule` and returns what to store (keywords are stored
/// comma-joined, as the docs' GET example answers them).
fn checked(name: &str, rule: Rule, value: &Value) -> Answer {
    match rule {
        Rule::Bool => match value {
            Value::Bool(_) => Ok(value.clone()),
            _ => Err(ApiError::wrong_type(name, Expected::Bool)),
        },
        Rule::Int(ok) => {
            let n = value
                .as_i64()
                .ok_or_else(|| ApiError::wrong_type(name, Expected::Number))?;
            if ok(n) {
                Ok(value.clone())
            } else {
                Err(ApiError::invalid_value(name))
            }
        }
        Rule::Strings => strings(name, value).map(|list| json!(list)),
        Rule::Keywords => match value {
            Value::String(s) => Ok(json!(s)),
            _ => strings(name, value).map(|list| json!(list.join(","))),
        },
        Rule::Regexes => {
            let Value::Array(items) = value else {
                return Err(ApiError::wrong_type(name, Expected::List));
            };
            let mut out = Vec::new();
            for item in items {
                let regex = item
                    .get("regex")
                    .and_then(Value::as_str)
                    .ok_or_else(|| ApiError::invalid_value(&format!("{name}.regex")))?;
                out.push(json!({ "regex": regex }));
            }
            Ok(Value::Array(out))
        }
        Rule::Object(fields) => {
            let Value::Object(sent) = value else {
                return Err(ApiError::wrong_type(name, Expected::Json));
            };
            let mut out = Map::new();
            for (field, rule) in fields {
                if let Some(v) = sent.get(*field).filter(|v| !v.is_null()) {
                    out.insert(
                        (*field).to_owned(),
                        checked(&format!("{name}.{field}"), *rule, v)?,
                    );
                }
            }
            Ok(Value::Object(out))
        }
    }
}

fn strings(name: &str, value: &Value) -> Result<Vec<String>, ApiError> {
    let Value::Array(items) = value else {
        return Err(ApiError::wrong_type(name, Expected::List));
    };
    items
        .iter()
        .map(|item| {
            item.as_str()
                .map(str::to_owned)
                .ok_or_else(|| ApiError::wrong_type(name, Expected::String))
        })
        .collect()
}

/// Writes `update` into `target`, merging nested objects field by field (lists are
/// replaced).
fn merge(target: &mut Map<String, Value>, update: Map<String, Value>) {
    for (key, value) in update {
        match (target.get_mut(&key), value) {
            (Some(Value::Object(existing)), Value::Object(nested)) => merge(existing, nested),
            (_, value) => {
                target.insert(key, value);
            }
        }
    }
}

/// `PUT /applications/settings_global`: every field optional; nested objects are merged
/// field by field. Answers the whole settings.
pub(super) fn update_global_settings(ctx: &mut Ctx<'_>, p: &Params) -> Answer {
    let mut update = Map::new();
    for (name, rule) in GLOBAL_SETTINGS {
        if let Some(value) = p.json(name)? {
            update.insert((*name).to_owned(), checked(name, *rule, &value)?);
        }
    }
    merge(&mut ctx.chat.application.settings_global, update);
    global_settings(ctx)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parsing_and_matching() {
        let loopback: IpAddr = "127.0.0.1".parse().unwrap();
        let host = Cidr::parse("127.0.0.1").unwrap();
        assert_eq!(host.to_string(), "127.0.0.1/32");
        assert!(host.contains(loopback));
        let range = Cidr::parse("127.0.0.0/8").unwrap();
        assert!(range.contains(loopback));
        assert!(range.contains("127.255.0.9".parse().unwrap()));
        assert!(!range.contains("128.0.0.1".parse().unwrap()));
        let everything = Cidr::parse("0.0.0.0/0").unwrap();
        assert!(everything.contains("203.0.113.7".parse().unwrap()));
        assert!(!everything.contains("::2".parse().unwrap()));
        let v6 = Cidr::parse("2001:db8::/32").unwrap();
        assert!(v6.contains("2001:db8::1".parse().unwrap()));
        assert!(!v6.contains(loopback));
        // An IPv4-mapped IPv6 peer is matched as IPv4.
        assert!(host.contains("::ffff:127.0.0.1".parse().unwrap()));
        for bad in [
            "",
            "10.0.0.1/33",
            "10.0.0/8",
            "10.0.0.1/",
            "10.0.0.1/x",
            "host",
        ] {
            assert!(Cidr::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn allow_list_sorts_by_address() {
        let mut set = BTreeSet::new();
        for raw in [
            "192.168.100.10",
            "160.8.1.0/24",
            "192.0.2.2/32",
            "192.168.0.0/28",
        ] {
            set.insert(Cidr::parse(raw).unwrap());
        }
        let listed: Vec<String> = set.iter().map(Cidr::to_string).collect();
        assert_eq!(
            listed,
            [
                "160.8.1.0/24",
                "192.0.2.2/32",
                "192.168.0.0/28",
                "192.168.100.10/32"
            ]
        );
    }

    #[test]
    fn global_settings_rules() {
        let rule = GLOBAL_SETTINGS
            .iter()
            .find(|(n, _)| *n == "max_message_length")
            .map(|(_, r)| *r)
            .unwrap();
        assert!(checked("max_message_length", rule, &json!(1000)).is_ok());
        assert_eq!(
            checked("max_message_length", rule, &json!(1234))
                .unwrap_err()
                .code,
            400111
        );
        assert_eq!(
            checked("max_message_length", rule, &json!("1000"))
                .unwrap_err()
                .code,
            400101
        );
        assert_eq!(
            checked("keywords", Rule::Keywords, &json!(["a", "b*"])).unwrap(),
            json!("a,b*")
        );
        let mut target = object(json!({"a": {"x": 1, "y": 2}, "b": [1]}));
        merge(&mut target, object(json!({"a": {"y": 3}, "b": [2, 3]})));
        assert_eq!(
            Value::Object(target),
            json!({"a": {"x": 1, "y": 3}, "b": [2, 3]})
        );
    }
}
