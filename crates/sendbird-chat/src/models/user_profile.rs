//! The user shape, composed once: [`UserProfile`] and the `user_model!` macro that gives every
//! user-like model ([`User`](super::User), [`GroupChannelMember`](super::GroupChannelMember),
//! [`MessageUser`](super::MessageUser)) the same profile fields with the same types.
//!
//! The fields are written into each struct by the macro rather than composed with
//! `#[serde(flatten)]`: flattening buffers every object through serde's `Content` and made
//! decoding a 100-user list markedly slower (see the `decode 100 users` cases of
//! `cargo bench -p sendbird-core`).

/// The identity every user-like model carries, so code can take any of them: the users
/// endpoints' [`User`](super::User), a channel's
/// [`GroupChannelMember`](super::GroupChannelMember), a message's
/// [`MessageUser`](super::MessageUser), and the request-side
/// [`ChannelUser`](crate::group_channels::ChannelUser).
///
/// ```
/// use sendbird_chat::models::UserProfile;
///
/// fn display_name(user: &impl UserProfile) -> &str {
///     user.nickname().filter(|n| !n.is_empty()).unwrap_or(user.user_id())
/// }
/// let user: sendbird_chat::models::User =
///     serde_json::from_str(r#"{"user_id": "alice", "nickname": ""}"#)?;
/// assert_eq!(display_name(&user), "alice");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub trait UserProfile {
    /// The unique user id.
    fn user_id(&self) -> &str;
    /// The nickname, if known.
    fn nickname(&self) -> Option<&str>;
    /// The profile image URL, if known.
    fn profile_url(&self) -> Option<&str>;
}

/// Declares a user-like response model: the shared profile fields (`user_id`, `nickname`,
/// `profile_url`, `require_auth_for_profile_image`, `metadata`, `is_active`) followed by the
/// model's own fields, and its [`UserProfile`] impl.
macro_rules! user_model {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($own:tt)* }
    ) => {
        model_with_fields! {
            [
                /// The unique user id (at most 80 characters; empty if Sendbird sent none).
                #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
                pub user_id: String,
                /// The nickname (at most 80 characters).
                #[serde(default)]
                pub nickname: Option<String>,
                /// The profile image URL; empty when no image is set.
                #[serde(default)]
                pub profile_url: Option<String>,
                /// Whether the profile image is only served to authenticated requests.
                #[serde(default)]
                pub require_auth_for_profile_image: Option<bool>,
                /// Key-value metadata (at most 5 items; keys ≤ 128 characters, values ≤ 190).
                #[serde(default, deserialize_with = "sendbird_core::de::null_as_default")]
                pub metadata: std::collections::HashMap<String, String>,
                /// Whether the user is active (`false` once deactivated).
                #[serde(default)]
                pub is_active: Option<bool>,
            ]
            $(#[$meta])*
            pub struct $name { $($own)* }
        }

        impl_user_profile!($name);
    };
}

/// Implements [`UserProfile`] for a model with the fields `user_id: String`,
/// `nickname: Option<String>` and `profile_url: Option<String>`.
macro_rules! impl_user_profile {
    ($name:ty) => {
        impl $crate::models::UserProfile for $name {
            fn user_id(&self) -> &str {
                &self.user_id
            }

            fn nickname(&self) -> Option<&str> {
                self.nickname.as_deref()
            }

            fn profile_url(&self) -> Option<&str> {
                self.profile_url.as_deref()
            }
        }
    };
}
