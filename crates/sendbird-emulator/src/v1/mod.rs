//! What the Calls and Live Platform APIs (`/v1`) share: the error envelope and codes,
//! `next`/`prev` paging, custom items, cloud recordings, user entries into rooms and live
//! events, ids, and the [`users::Directory`] through which both see the application's users.

pub(crate) mod custom_items;
pub(crate) mod entry;
pub(crate) mod errors;
pub(crate) mod ids;
pub(crate) mod paging;
pub(crate) mod recording_seed;
pub(crate) mod recordings;
pub(crate) mod seed_setters;
pub(crate) mod users;

use std::collections::BTreeMap;

use crate::env::Env;
use users::Directory;

/// What a Calls or Live handler works with: the product's state (`S`), the services around
/// it and the application's users.
pub(crate) struct Ctx<'a, S> {
    /// The product's state.
    pub(crate) state: &'a mut S,
    pub(crate) env: Env<'a>,
    pub(crate) users: &'a dyn Directory,
}

impl<'a, S> Ctx<'a, S> {
    /// A context over `state`, the services and the application's users.
    pub(crate) fn new(state: &'a mut S, env: Env<'a>, users: &'a dyn Directory) -> Self {
        Self { state, env, users }
    }

    /// Strictly increasing Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.env.now_ms()
    }
}

/// Refuses a seeded `what` whose id is empty or already in `map`.
pub(crate) fn check_new_seed_id<V>(
    map: &BTreeMap<String, V>,
    id: &str,
    what: &str,
) -> Result<(), String> {
    if id.is_empty() {
        return Err(format!("the {what} id can't be empty"));
    }
    if map.contains_key(id) {
        return Err(format!("{what} {id:?} already exists"));
    }
    Ok(())
}

/// The `what` with this id that a seed step adds to, or an error naming it.
pub(crate) fn seed_target<'a, V>(
    map: &'a mut BTreeMap<String, V>,
    id: &str,
    what: &str,
) -> Result<&'a mut V, String> {
    map.get_mut(id)
        .ok_or_else(|| format!("{what} {id:?} not found"))
}
