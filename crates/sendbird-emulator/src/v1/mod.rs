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
