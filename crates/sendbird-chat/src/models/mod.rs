//! Chat resources as Sendbird returns them.
//!
//! Conventions: fields Sendbird may omit or null are `Option`; lists and maps that may be
//! null decode as empty; string enums keep unknown values; timestamps are `i64` with their unit
//! in the field's docs.

#[macro_use]
mod macros;
#[macro_use]
mod user_profile;

mod channel_filters;
mod common;
pub(crate) mod de;
mod group_channel;
mod message;
mod open_channel;
mod user;

pub use channel_filters::*;
pub use common::*;
pub use group_channel::*;
pub use message::*;
pub use open_channel::*;
pub use user::*;
pub use user_profile::UserProfile;
