//! The pending-request type of this crate.

sendbird_core::define_pending! {
    /// A Calls request bound to a client: `.await` sends it, `.stream()` pages through a list.
    /// Optional parameters can be set on it directly, e.g.
    /// `client.rooms().list().limit(50).stream()`.
    pub struct Pending;
}
