//! Settings and operators by channel custom type: channel settings (message limits,
//! domain and profanity filters, moderation) that apply to every channel of one custom type
//! instead of the application's, and users who operate every channel of that type.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use futures_util::TryStreamExt;
//! use sendbird_chat::custom_channel_types::{ProfanityFilter, ProfanityFilterType};
//!
//! chat.custom_channel_types()
//!     .create("sports")
//!     .allow_links(false)
//!     .profanity_filter(
//!         ProfanityFilter::new()
//!             .keywords(["dumb", "dummy*"])
//!             .filter_type(ProfanityFilterType::REPLACE),
//!     )
//!     .await?;
//! let sports = chat.custom_channel_type("sports");
//! sports.update_settings().max_message_length(1000).await?;
//! sports.register_operators(["coach"]).await?;
//! let operators: Vec<_> = sports.operators().stream().try_collect().await?;
//! chat.user("referee")
//!     .register_as_operator_by_custom_channel_types(["sports", "esports"])
//!     .await?;
//! let all: Vec<_> = chat.custom_channel_types().list().stream().try_collect().await?;
//! # let _ = (operators, all);
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::{Empty, StringList};

use crate::application::{settings_filters, settings_limits};
use crate::handles::{CustomChannelTypeHandle, UserHandle};
use crate::{ChatClient, Pending};

pub use models::*;

sendbird_core::endpoints! {
    /// Every endpoint of the custom channel types family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    /// Entry points for settings by custom type: `chat.custom_channel_types()`. One custom
    /// type's settings and operators are on `chat.custom_channel_type(custom_type)`.
    family CustomChannelTypes = custom_channel_types() {
        /// Lists the settings of every custom type that has its own.
        fn list -> pub struct ListCustomChannelTypeSettings {
            operation: "list_custom_channel_type_settings",
            request: GET "/applications/settings_by_channel_custom_type",
            idempotent: yes,
            response: ListCustomChannelTypeSettingsResponse,
            paginate: token, limit "Settings per page, 1–100 (default 10).",
        }

        /// Creates the settings of a custom type; its channels then use them instead of the
        /// application's. Unset fields take Sendbird's defaults.
        fn create -> pub struct CreateCustomChannelTypeSettings {
            operation: "create_custom_channel_type_settings",
            request: POST "/applications/settings_by_channel_custom_type",
            idempotent: no,
            response: CustomChannelTypeSettings,
            required {
                /// The channel custom type.
                body custom_type: String,
            }
            optional {
                ..settings_limits,
                /// How long messages are kept, in hours.
                body message_retention_hours: i64,
                ..settings_filters,
            }
        }
    }

    extend CustomChannelTypeHandle(
        /// The channel custom type.
        path custom_type: String,
    ) {
        /// Retrieves the settings of this custom type.
        fn settings -> pub struct GetCustomChannelTypeSettings {
            operation: "get_custom_channel_type_settings",
            request: GET "/applications/settings_by_channel_custom_type/{custom_type}",
            idempotent: yes,
            response: CustomChannelTypeSettings,
        }

        /// Updates some settings of this custom type and returns all of them. A filter given
        /// replaces the fields it sets; to turn the profanity filter off, send empty
        /// `keywords` and `regex_filters`.
        fn update_settings -> pub struct UpdateCustomChannelTypeSettings {
            operation: "update_custom_channel_type_settings",
            request: PUT "/applications/settings_by_channel_custom_type/{custom_type}",
            idempotent: yes,
            response: CustomChannelTypeSettings,
            optional {
                ..settings_limits,
                /// How long messages are kept, in hours.
                body message_retention_hours: i64,
                ..settings_filters,
            }
        }

        /// Deletes the settings of this custom type: its channels fall back to the
        /// application's settings.
        fn delete_settings -> pub struct DeleteCustomChannelTypeSettings {
            operation: "delete_custom_channel_type_settings",
            request: DELETE "/applications/settings_by_channel_custom_type/{custom_type}",
            idempotent: yes,
            response: Empty,
        }

        /// Lists the users who operate every channel of this custom type.
        fn operators -> pub struct ListOperatorsByCustomChannelType {
            operation: "list_operators_by_custom_channel_type",
            request: GET "/applications/settings_by_channel_custom_type/{custom_type}/operators",
            idempotent: yes,
            response: ListOperatorsByCustomChannelTypeResponse,
            paginate: token, limit "Operators per page, 1–100 (default 10).",
        }

        /// Makes users operators of every channel of this custom type.
        fn register_operators -> pub struct RegisterOperatorsByCustomChannelType {
            operation: "register_operators_by_custom_channel_type",
            request: POST "/applications/settings_by_channel_custom_type/{custom_type}/operators",
            idempotent: yes,
            response: Empty,
            required {
                /// The users to register.
                body operator_ids: StringList,
            }
            optional {
                /// Create the users that do not exist yet (default false).
                body on_demand_upsert: bool,
            }
        }

        /// Removes users from the operators of this custom type's channels (they stay
        /// members).
        fn unregister_operators -> pub struct UnregisterOperatorsByCustomChannelType {
            operation: "unregister_operators_by_custom_channel_type",
            request: DELETE "/applications/settings_by_channel_custom_type/{custom_type}/operators",
            idempotent: yes,
            response: Empty,
            required {
                /// The users to unregister.
                query operator_ids: StringList,
            }
        }
    }

    extend UserHandle(
        /// The user id.
        path user_id: String,
    ) {
        /// Makes this user an operator of every channel of the given custom types.
        fn register_as_operator_by_custom_channel_types
            -> pub struct RegisterUserAsOperatorByCustomChannelTypes {
            operation: "register_user_as_operator_by_custom_channel_types",
            request: POST "/users/{user_id}/operating_channel_custom_types",
            idempotent: yes,
            response: Empty,
            required {
                /// The channel custom types.
                body channel_custom_types: StringList,
            }
        }
    }
}

impl<'a> CustomChannelTypeHandle<'a> {
    /// Creates the settings of this custom type (see [`CustomChannelTypes::create`]).
    pub fn create_settings(&self) -> Pending<'a, CreateCustomChannelTypeSettings> {
        self.client()
            .custom_channel_types()
            .create(self.custom_type().clone())
    }
}
