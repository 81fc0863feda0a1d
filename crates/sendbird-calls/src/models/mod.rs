//! Calls resources as Sendbird returns them, and the typed values requests take.
//!
//! Conventions: fields Sendbird may omit or null are `Option`; lists and maps that may be null
//! decode as empty; string enums keep unknown values; timestamps are `i64` with their unit in
//! the field's docs (Unix milliseconds unless said otherwise).

mod cloud_recording;
mod custom_items;
mod direct_call;
mod room;
mod user;
mod webhook;

pub use cloud_recording::*;
pub use custom_items::*;
pub(crate) use direct_call::direct_call_model;
pub use direct_call::*;
pub use room::*;
pub use user::*;
pub use webhook::*;
