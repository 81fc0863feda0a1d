//! The pending-request type of this crate.

sendbird_core::define_pending! {
    /// A Chat request bound to a client: `.await` sends it, `.stream()` pages through a list.
    /// Optional parameters can be set on it directly, e.g.
    /// `chat.users().list().limit(50).stream()`.
    pub struct Pending;
}
