//! Channel metadata (`/{channel_type}/{channel_url}/metadata[/{key}]`) and metacounter
//! (`/{channel_type}/{channel_url}/metacounter[/{key}]`): one set of handlers over the two
//! maps of a channel, which differ only in their [`Stored`] item kind; the operations are
//! shared with user metadata (see [`super::key_values`]).

use serde_json::{json, Value};

use super::key_values::{self as kv, replace, Item, Items, Merge};
use super::model::ChannelContent;
use super::{ChannelCall, Ctx};
use crate::http::errors::{Answer, ApiError};
use crate::http::params::Params;

/// An item kind kept per channel: strings under `metadata`, integers under `metacounter`.
pub(super) trait Stored: Item {
    /// Whether this is the metadata map: its `POST` answers `{"metadata": {...}}` plus
    /// `include_ts` when asked for (metacounter: the bare items), and its whole-map `DELETE`
    /// honours the `key` query parameter.
    const METADATA: bool;

    /// The channel's map of this kind.
    fn map(content: &ChannelContent) -> &Items<Self>;

    /// The channel's map of this kind, for changes.
    fn map_mut(content: &mut ChannelContent) -> &mut Items<Self>;

    /// How an update merges the sent value into the stored one.
    fn merge(p: &Params) -> Result<Merge<Self>, ApiError>;
}

/// Implements [`Stored`] for an item type kept in a field of [`ChannelContent`].
macro_rules! stored {
    ($($item:ty => $field:ident, metadata: $metadata:literal, merge: $merge:expr;)*) => {$(
        impl Stored for $item {
            const METADATA: bool = $metadata;

            fn map(content: &ChannelContent) -> &Items<Self> {
                &content.$field
            }

            fn map_mut(content: &mut ChannelContent) -> &mut Items<Self> {
                &mut content.$field
            }

            fn merge(p: &Params) -> Result<Merge<Self>, ApiError> {
                $merge(p)
            }
        }
    )*};
}

stored! {
    String => metadata, metadata: true, merge: |_| Ok(replace as Merge<String>);
    i64 => metacounter, metadata: false, merge: mode;
}

/// The metacounter `mode`: `set` (default), `increase` or `decrease` (400111 otherwise).
fn mode(p: &Params) -> Result<Merge<i64>, ApiError> {
    match p.str("mode")?.as_deref() {
        None | Some("set") => Ok(|_, sent| sent),
        Some("increase") => Ok(|current, sent| current.unwrap_or(0).saturating_add(sent)),
        Some("decrease") => Ok(|current, sent| current.unwrap_or(0).saturating_sub(sent)),
        Some(_) => Err(ApiError::invalid_value("mode")),
    }
}

/// Serves `.../{metadata|metacounter}` and `.../{metadata|metacounter}/{key}`.
pub(super) fn route<V: Stored>(ctx: &mut Ctx<'_>, call: &ChannelCall<'_>) -> Answer {
    let ChannelCall {
        kind, url, p, q, ..
    } = *call;
    match (call.method, call.rest.get(1..).unwrap_or_default()) {
        // `GET` (optionally `key` / `keys`).
        ("GET", []) => kv::get_all(V::map(ctx.content(kind, url)?), q),
        ("GET", [key]) => kv::get_one(V::map(ctx.content(kind, url)?), key),
        // `POST`: 400202 if any key exists. Metadata answers `{"metadata": {...}}` plus
        // `include_ts` when asked for.
        ("POST", []) => {
            let items: Items<V> = kv::read_items(p)?;
            let include_ts = V::METADATA && p.bool("include_ts")?.unwrap_or(false);
            let now = ctx.now_ms();
            let created = kv::create(V::map_mut(ctx.content_mut(kind, url)?), items)?;
            if !V::METADATA {
                return Ok(created);
            }
            let mut response = json!({ "metadata": created });
            if include_ts {
                if let Value::Object(map) = &mut response {
                    map.insert("include_ts".into(), json!(now));
                }
            }
            Ok(response)
        }
        // `PUT` with `upsert` (default false: unknown keys → 400201), and for counters `mode`.
        ("PUT", []) => {
            let items = kv::read_items(p)?;
            let merge = V::merge(p)?;
            let upsert = p.bool("upsert")?.unwrap_or(false);
            kv::update(
                V::map_mut(ctx.content_mut(kind, url)?),
                items,
                upsert,
                merge,
            )
        }
        ("PUT", [key]) => {
            let value = kv::read_value(key, p)?;
            let merge = V::merge(p)?;
            let upsert = p.bool("upsert")?.unwrap_or(false);
            let map = V::map_mut(ctx.content_mut(kind, url)?);
            kv::update_one(map, key, value, upsert, merge)
        }
        // `DELETE` all items (metadata: or the one named by `key`).
        ("DELETE", []) => {
            let key = if V::METADATA { q.str("key")? } else { None };
            kv::delete_all(V::map_mut(ctx.content_mut(kind, url)?), key)
        }
        ("DELETE", [key]) => kv::delete_one(V::map_mut(ctx.content_mut(kind, url)?), key),
        _ => Err(ApiError::invalid_url()),
    }
}
