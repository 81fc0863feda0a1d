//! Direct calls: list and retrieve calls, update and delete their custom items.

mod models;
#[cfg(test)]
mod tests;

use sendbird_core::StringList;

pub use models::*;

use crate::models::{
    CustomItems, CustomItemsMode, DeletedCustomItems, EndResultList, UpdatedCustomItems,
};
use crate::{CallsClient, Pending};

sendbird_core::endpoints! {
    /// Every endpoint of the direct calls family.
    registry: pub const ENDPOINTS;
    client: CallsClient;
    pending: Pending;

    /// Entry points for direct calls: `calls.direct_calls()`.
    family DirectCalls = direct_calls() {
        /// Lists the application's direct calls, newest first.
        fn list -> pub struct ListDirectCalls {
            operation: "list_direct_calls",
            request: GET "/direct_calls",
            idempotent: yes,
            response: ListDirectCallsResponse,
            paginate: next, limit "Calls per page, 1–100 (default 10).",
            optional {
                /// Only calls of this user; each call then carries the user's `user_role`.
                query user_id: String,
                /// Only calls that ended with one of these results (comma-joined).
                query end_result: EndResultList,
            }
        }

        /// Retrieves a direct call.
        fn get -> pub struct GetDirectCall {
            operation: "get_direct_call",
            request: GET "/direct_calls/{call_id}",
            idempotent: yes,
            response: DirectCallResponse,
            required {
                /// The call id.
                path call_id: String,
            }
        }

        /// Adds or overwrites custom items of a direct call.
        pub struct UpdateDirectCallCustomItems {
            operation: "update_direct_call_custom_items",
            request: PUT "/direct_calls/{call_id}/custom_items",
            idempotent: yes,
            response: UpdatedCustomItems,
            required {
                /// The call id.
                path call_id: String,
                /// The items to add or overwrite (at most 10; see [`CustomItems`]).
                body custom_items: CustomItems,
            }
            optional {
                /// How the items apply; the entry point sends `upsert`, as Sendbird's SDKs do.
                body mode: CustomItemsMode,
            }
        }

        /// Deletes custom items of a direct call by key.
        fn delete_custom_items(keys: StringList) -> pub struct DeleteDirectCallCustomItems {
            operation: "delete_direct_call_custom_items",
            request: DELETE "/direct_calls/{call_id}/custom_items",
            idempotent: yes,
            response: DeletedCustomItems,
            required {
                /// The call id.
                path call_id: String,
            }
            optional {
                /// The keys to delete. Without keys the body is `{}`, which Sendbird's SDK uses to
                /// delete every item (undocumented for the Platform API).
                body keys: StringList,
            }
        }
    }
}

upsert_custom_items!(
    /// Adds or overwrites custom items of a direct call (`mode: upsert`, as Sendbird's SDKs send
    /// it).
    DirectCalls => UpdateDirectCallCustomItems(call_id)
);
