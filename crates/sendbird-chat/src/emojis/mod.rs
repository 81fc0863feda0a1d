//! Reactions and emojis: the application's reaction switch and default emoji set (on
//! [`chat.application()`](crate::ChatClient::application)), and custom emoji categories with
//! their emojis on [`chat.emojis()`](crate::ChatClient::emojis). An emoji's `key` is what a
//! message reaction carries.
//!
//! ```no_run
//! # async fn run(chat: sendbird_chat::ChatClient) -> Result<(), sendbird_chat::Error> {
//! use sendbird_chat::emojis::{NewEmoji, NewEmojiCategory};
//!
//! chat.application().enable_reactions(true).await?;
//! let added = chat
//!     .emojis()
//!     .add_categories(vec![NewEmojiCategory::new("faces", "https://example.com/faces.png")])
//!     .await?;
//! let faces = added.emoji_categories[0].id;
//! chat.emojis()
//!     .add(faces, vec![NewEmoji::new("wink", "https://example.com/wink.png")])
//!     .await?;
//! let all = chat.emojis().categories().await?;
//! chat.emojis().update_url("wink", "https://example.com/wink-2.png").await?;
//! chat.emojis().delete("wink").await?;
//! # let _ = all;
//! # Ok(()) }
//! ```

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::Empty;

pub use models::*;

use crate::handles::Application;
use crate::{ChatClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the emojis family.
    registry: pub const ENDPOINTS;
    client: ChatClient;
    pending: Pending;

    extend Application() {
        /// Turns message reactions on or off for the application (group channels only).
        fn enable_reactions -> pub struct EnableReactions {
            operation: "enable_reactions",
            request: PUT "/applications/settings/reactions",
            idempotent: yes,
            response: ReactionsSetting,
            required {
                /// `true` to allow reactions.
                body enabled: bool,
            }
        }

        /// Sets whether Sendbird's seven default emojis are offered.
        fn use_default_emojis -> pub struct UseDefaultEmojis {
            operation: "use_default_emojis",
            request: PUT "/applications/settings/use_default_emoji",
            idempotent: yes,
            response: DefaultEmojiSetting,
            required {
                /// `true` to offer the default emojis.
                body use_default_emoji: bool,
            }
        }
    }

    /// Entry points for emoji categories and emojis: `chat.emojis()`.
    family Emojis = emojis() {
        /// Lists every emoji category with its emojis.
        fn categories -> pub struct ListEmojiCategoriesWithEmojis {
            operation: "list_emoji_categories_with_emojis",
            request: GET "/emoji_categories",
            idempotent: yes,
            response: EmojiCategories,
        }

        /// Adds emoji categories (without emojis; add those with [`Emojis::add`]).
        fn add_categories -> pub struct AddEmojiCategories {
            operation: "add_emoji_categories",
            request: POST "/emoji_categories",
            idempotent: no,
            response: EmojiCategories,
            required {
                /// The categories to add.
                body emoji_categories: Vec<NewEmojiCategory>,
            }
        }

        /// Retrieves an emoji category with its emojis.
        fn category -> pub struct GetEmojiCategory {
            operation: "get_emoji_category",
            request: GET "/emoji_categories/{emoji_category_id}",
            idempotent: yes,
            response: EmojiCategory,
            required {
                /// The category id.
                path emoji_category_id: i64,
            }
        }

        /// Changes an emoji category's image URL.
        fn update_category_url -> pub struct UpdateEmojiCategoryUrl {
            operation: "update_emoji_category_url",
            request: PUT "/emoji_categories/{emoji_category_id}",
            idempotent: yes,
            response: EmojiCategory,
            required {
                /// The category id.
                path emoji_category_id: i64,
                /// The new image URL.
                body url: String,
            }
        }

        /// Deletes an emoji category and its emojis.
        fn delete_category -> pub struct DeleteEmojiCategory {
            operation: "delete_emoji_category",
            request: DELETE "/emoji_categories/{emoji_category_id}",
            idempotent: yes,
            response: Empty,
            required {
                /// The category id.
                path emoji_category_id: i64,
            }
        }

        /// Lists every emoji of every category.
        fn list -> pub struct ListEmojis {
            operation: "list_emojis",
            request: GET "/emojis",
            idempotent: yes,
            response: EmojiList,
        }

        /// Adds emojis to a category; keys are unique in the application (400202 for a
        /// key in use).
        fn add -> pub struct AddEmojis {
            operation: "add_emojis",
            request: POST "/emojis",
            idempotent: no,
            response: EmojiList,
            required {
                /// The category to add them to.
                body emoji_category_id: i64,
                /// The emojis.
                body emojis: Vec<NewEmoji>,
            }
        }

        /// Retrieves an emoji by key.
        fn get -> pub struct GetEmoji {
            operation: "get_emoji",
            request: GET "/emojis/{emoji_key}",
            idempotent: yes,
            response: Emoji,
            required {
                /// The emoji key.
                path emoji_key: String,
            }
        }

        /// Changes an emoji's image URL (the key can't change).
        fn update_url -> pub struct UpdateEmojiUrl {
            operation: "update_emoji_url",
            request: PUT "/emojis/{emoji_key}",
            idempotent: yes,
            response: Emoji,
            required {
                /// The emoji key.
                path emoji_key: String,
                /// The new image URL.
                body url: String,
            }
        }

        /// Deletes an emoji.
        fn delete -> pub struct DeleteEmoji {
            operation: "delete_emoji",
            request: DELETE "/emojis/{emoji_key}",
            idempotent: yes,
            response: Empty,
            required {
                /// The emoji key.
                path emoji_key: String,
            }
        }
    }
}
