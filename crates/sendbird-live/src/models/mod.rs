//! Live resources as Sendbird returns them.
//!
//! Conventions: fields Sendbird may omit or null are `Option`; lists and maps that may be
//! null decode as empty; string enums keep unknown values; every timestamp and duration of
//! the Live API is in Unix **milliseconds**.

mod cloud_recording;
mod host;
mod list;
mod live_event;
mod participant;
mod user;

pub use cloud_recording::*;
pub use host::*;
pub use list::*;
pub use live_event::*;
pub use participant::*;
pub use user::*;
