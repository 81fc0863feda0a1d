//! The input format of `decode_models`, shared by its three product parts.
//!
//! ```text
//! PRODUCT/OPERATION LF     optional: an endpoint of the registries, e.g. `chat/list_messages`
//! BODY                     the response body
//! ```
//!
//! When the first line does not name an endpoint (`[a-z_]+/[a-z_]+`), the whole input is the
//! body, so a plain JSON file is a valid seed too.

use bytes::Bytes;

/// A split `decode_models` input.
pub struct DecodeInput<'a> {
    /// `(product, operation)` named by the first line, if it names one.
    pub endpoint: Option<(&'a str, &'a str)>,
    /// The response body.
    pub body: Bytes,
}

impl<'a> DecodeInput<'a> {
    /// Splits `data`.
    pub fn split(data: &'a [u8]) -> Self {
        let header = data
            .iter()
            .position(|b| *b == b'\n')
            .and_then(|at| Some((std::str::from_utf8(&data[..at]).ok()?, &data[at + 1..])))
            .and_then(|(line, body)| {
                let (product, operation) = line.trim_end_matches('\r').split_once('/')?;
                let word = |s: &str| {
                    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                };
                (word(product) && word(operation)).then_some(((product, operation), body))
            });
        match header {
            Some((endpoint, body)) => Self {
                endpoint: Some(endpoint),
                body: Bytes::copy_from_slice(body),
            },
            None => Self {
                endpoint: None,
                body: Bytes::copy_from_slice(data),
            },
        }
    }

    /// The operation, when the first line names one of `product`'s.
    pub fn operation(&self, product: &str) -> Option<&'a str> {
        self.endpoint
            .filter(|(p, _)| *p == product)
            .map(|(_, operation)| operation)
    }

    /// Decodes the body with the response type of the endpoint the first line names, when it
    /// is in `product`'s registry (`endpoints`).
    pub fn check_named_endpoint(
        &self,
        product: &str,
        mut endpoints: impl Iterator<Item = &'static sendbird_core::EndpointInfo>,
    ) -> Option<Result<(), sendbird_core::DecodeError>> {
        let operation = self.operation(product)?;
        let info = endpoints.find(|info| info.meta.operation == operation)?;
        Some((info.check_response)(&self.body))
    }
}

/// Runs one product's part of `decode_models`: decodes the body with each of `models` (each a
/// [`decode`] of one of the product's main models), then the named endpoint's response type
/// from `endpoints`, `product`'s registry; the result of the latter, if the input names one.
pub fn run_part(
    data: &[u8],
    product: &str,
    endpoints: impl Iterator<Item = &'static sendbird_core::EndpointInfo>,
    models: &[fn(&Bytes) -> bool],
) -> Option<Result<(), sendbird_core::DecodeError>> {
    let input = DecodeInput::split(data);
    for decode in models {
        decode(&input.body);
    }
    input.check_named_endpoint(product, endpoints)
}

/// Decodes `body` as `T` the way the SDK decodes a success body: `sendbird_core::decode_json`
/// (plain `serde_json`, then, on failure, the second pass that names the failing field).
/// Returns whether it decoded.
pub fn decode<T: serde::de::DeserializeOwned>(body: &Bytes) -> bool {
    match sendbird_core::decode_json::<T>(body) {
        Ok(_) => true,
        Err(error) => {
            assert!(!error.path.is_empty(), "a decode error names a path");
            assert_eq!(error.body.0, *body, "a decode error keeps the raw body");
            false
        }
    }
}
