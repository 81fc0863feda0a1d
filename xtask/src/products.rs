//! The product crates' endpoint registries.

use sendbird_core::EndpointInfo;

/// The products, in report order.
pub(crate) const PRODUCTS: [&str; 3] = ["chat", "calls", "live"];

/// The registry of a product.
pub(crate) fn registry(product: &str) -> Result<Vec<&'static EndpointInfo>, String> {
    match product {
        "chat" => Ok(sendbird_chat::endpoints().collect()),
        "calls" => Ok(sendbird_calls::endpoints().collect()),
        "live" => Ok(sendbird_live::endpoints().collect()),
        other => Err(format!(
            "unknown product `{other}` (expected chat, calls or live)"
        )),
    }
}
