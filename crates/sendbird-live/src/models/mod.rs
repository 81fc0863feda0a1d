//! Live resources as Sendbird returns them.
//!
//! Conventions: fields Sendbird may omit or null are `Option`; lists and maps that may be
//! null decode as empty; string enums keep unknown values; every timestamp and duration of
//! the Live API is in Unix **milliseconds**.
//!
//! List filters are [`CommaList`]s (sent as one comma-joined query value, each element
//! percent-encoded); their setters accept one value, an array or a `Vec`:
//!
//! ```
//! use sendbird_live::models::{CommaList, LiveEventState};
//!
//! let states: CommaList<LiveEventState> = [LiveEventState::Ready, LiveEventState::Ongoing].into();
//! assert_eq!(states.len(), 2);
//! ```

mod cloud_recording;
mod host;
mod live_event;
mod participant;
mod user;

pub use cloud_recording::*;
pub use host::*;
pub use live_event::*;
pub use participant::*;
pub use sendbird_core::CommaList;
pub use user::*;
