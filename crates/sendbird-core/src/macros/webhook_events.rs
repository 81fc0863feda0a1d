/// Declares a product's webhook event enum from one `"category" => Variant(Payload)` table:
/// the enum (with an `Unknown { category, raw }` catch-all), `CATEGORIES`, `category()`,
/// `variant_name()`, `parse` / `parse_strict`, [`WebhookPayload`](crate::webhook::WebhookPayload)
/// (so it plugs into [`verify_and_parse`](crate::webhook::verify_and_parse) and the
/// [`Receiver`](crate::webhook::Receiver)), and `Serialize` / `Deserialize`. A category cannot
/// be added to one of them and forgotten in another.
///
/// `common: Trait` names a (possibly private) trait every payload type implements; the
/// generated private `fn common(&self) -> Option<&dyn Trait>` lets the product crate write
/// accessors over all variants (`None` for `Unknown`).
///
/// Payloads decode straight from the body into the category's type (no intermediate
/// `serde_json::Value`); the field-naming second pass runs only when that fails.
///
/// ```
/// use serde::{Deserialize, Serialize};
///
/// trait Common {
///     fn room_id(&self) -> Option<&str>;
/// }
///
/// /// A room event.
/// #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// pub struct RoomEvent {
///     /// The room.
///     pub room_id: String,
/// }
///
/// impl Common for RoomEvent {
///     fn room_id(&self) -> Option<&str> {
///         Some(&self.room_id)
///     }
/// }
///
/// sendbird_core::webhook_events! {
///     common: Common;
///     /// An event.
///     pub enum Event {
///         /// `room:create`.
///         "room:create" => RoomCreate(RoomEvent),
///     }
/// }
///
/// let event = Event::parse(br#"{"category": "room:create", "room_id": "r1"}"#)?;
/// assert_eq!(event.variant_name(), "RoomCreate");
/// assert_eq!(event.common().and_then(Common::room_id), Some("r1"));
/// // Unknown categories, and (with `parse`) unreadable payloads, are kept as sent.
/// let unknown = Event::parse(br#"{"category": "room:create", "room_id": 5}"#)?;
/// assert_eq!((unknown.category(), unknown.variant_name()), ("room:create", "Unknown"));
/// assert!(Event::parse_strict(br#"{"category": "room:create", "room_id": 5}"#).is_err());
/// assert!(Event::parse(b"[]").is_err());
/// # Ok::<(), sendbird_core::webhook::WebhookError>(())
/// ```
#[macro_export]
macro_rules! webhook_events {
    (
        common: $common:path;
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $category:literal => $variant:ident($payload:ty), )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($payload), )*
            /// A category this version does not know, or a known category whose payload could
            /// not be read by `parse`: the category and the body as sent.
            Unknown {
                /// The `category` as sent.
                category: ::std::string::String,
                /// The whole body.
                raw: $crate::__private::serde_json::Value,
            },
        }

        impl $name {
            /// Every category with its own variant, in the docs' order.
            pub const CATEGORIES: &'static [&'static str] = &[$($category),*];

            /// The event's `category`, e.g. `group_channel:message_send`.
            pub fn category(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $category, )*
                    Self::Unknown { category, .. } => category,
                }
            }

            /// The variant's name, e.g. `GroupChannelMessageSend` (`Unknown` for the
            /// catch-all).
            pub fn variant_name(&self) -> &'static str {
                match self {
                    $( Self::$variant(_) => stringify!($variant), )*
                    Self::Unknown { .. } => "Unknown",
                }
            }

            /// Parses a webhook body (which the caller has authenticated, e.g. with the
            /// product's `verify_and_parse`). Fails only when the body is not a JSON object
            /// with a string `category`; a known category whose payload cannot be read becomes
            /// `Unknown`.
            pub fn parse(body: &[u8]) -> ::std::result::Result<Self, $crate::webhook::WebhookError> {
                $crate::__private::parse_webhook_event(body, false, Self::decode_known, Self::unknown)
            }

            /// Like `parse`, but a known category whose payload cannot be read is an error
            /// naming the failing field (for checking payloads and fixtures; unknown
            /// categories are still `Unknown`).
            pub fn parse_strict(
                body: &[u8],
            ) -> ::std::result::Result<Self, $crate::webhook::WebhookError> {
                $crate::__private::parse_webhook_event(body, true, Self::decode_known, Self::unknown)
            }

            /// The payload, as the product's common view (`None` for `Unknown`).
            #[allow(dead_code)]
            fn common(&self) -> ::std::option::Option<&dyn $common> {
                match self {
                    $( Self::$variant(payload) => Some(payload), )*
                    Self::Unknown { .. } => None,
                }
            }

            fn decode_known(
                category: &str,
                body: &[u8],
            ) -> ::std::option::Option<::std::result::Result<Self, ::std::string::String>> {
                Some(match category {
                    $( $category => $crate::__private::decode_webhook_payload::<$payload>(body)
                        .map(Self::$variant), )*
                    _ => return None,
                })
            }

            fn unknown(category: ::std::string::String, body: &[u8]) -> Self {
                Self::Unknown {
                    category,
                    raw: $crate::__private::raw_json(body),
                }
            }
        }

        impl $crate::webhook::WebhookPayload for $name {
            fn parse(body: &[u8]) -> ::std::result::Result<Self, $crate::webhook::WebhookError> {
                $name::parse(body)
            }
        }

        impl $crate::serde::Serialize for $name {
            /// The payload with its `category` (for tests and fixtures; a receiver verifies
            /// the raw bytes, never a re-serialization).
            fn serialize<S: $crate::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(payload) => {
                        $crate::__private::serialize_webhook_event(payload, $category, serializer)
                    } )*
                    Self::Unknown { category, raw } => {
                        $crate::__private::serialize_webhook_event(raw, category, serializer)
                    }
                }
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            /// Reads the JSON text once more from a borrowed raw value, then `parse`s it (so
            /// an event nested in another document decodes the same way).
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let raw = <::std::boxed::Box<$crate::__private::serde_json::value::RawValue>
                    as $crate::serde::Deserialize>::deserialize(deserializer)?;
                $name::parse(raw.get().as_bytes()).map_err(<D::Error as $crate::serde::de::Error>::custom)
            }
        }
    };
}

/// Declares a product's webhook receiving functions for its event enum: the
/// `WebhookReceiver` alias of [`Receiver`](crate::webhook::Receiver), `verify_and_parse`,
/// `receiver` and `channel_receiver`, each behind the product crate's `webhook` feature.
/// Doc attributes after the event type (e.g. an example) are added to `verify_and_parse`.
///
/// ```text
/// sendbird_core::webhook_receiver!(WebhookEvent);
/// ```
#[macro_export]
macro_rules! webhook_receiver {
    ($event:ty $(, $(#[$verify_meta:meta])*)?) => {
        /// The webhook receiver: a `tower::Service<http::Request<B>>` answering `200` once an
        /// authentic event is handed off (see [`sendbird_core::webhook::Receiver`] for the
        /// status codes and the body cap).
        #[cfg(feature = "webhook")]
        pub type WebhookReceiver = $crate::webhook::Receiver<$event>;

        /// Checks the `x-sendbird-signature` header against the raw `body` with the
        /// application's **master** API token, then (only then) parses the event.
        $($(#[$verify_meta])*)?
        #[cfg(feature = "webhook")]
        pub fn verify_and_parse(
            body: &[u8],
            headers: &$crate::http::HeaderMap,
            master_token: &$crate::ApiToken,
        ) -> ::core::result::Result<$event, $crate::webhook::WebhookError> {
            $crate::webhook::verify_and_parse(body, headers, master_token)
        }

        /// A receiver that runs `handler` on its own Tokio task for every authentic event and
        /// answers `200` without waiting for it.
        #[cfg(feature = "webhook")]
        pub fn receiver<F, Fut>(
            master_token: impl ::core::convert::Into<$crate::ApiToken>,
            handler: F,
        ) -> WebhookReceiver
        where
            F: Fn($crate::webhook::Delivery<$event>) -> Fut + Send + Sync + 'static,
            Fut: ::core::future::Future<Output = ()> + Send + 'static,
        {
            WebhookReceiver::new(master_token, handler)
        }

        /// A receiver that queues every authentic event on a bounded channel of `capacity`,
        /// and the channel's receiving end. A full or closed channel answers `503` so Sendbird
        /// resends.
        #[cfg(feature = "webhook")]
        pub fn channel_receiver(
            master_token: impl ::core::convert::Into<$crate::ApiToken>,
            capacity: usize,
        ) -> (
            WebhookReceiver,
            ::tokio::sync::mpsc::Receiver<$crate::webhook::Delivery<$event>>,
        ) {
            WebhookReceiver::channel(master_token, capacity)
        }
    };
}
