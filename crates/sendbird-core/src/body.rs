//! Request bodies: empty, JSON, multipart (with files) or already encoded bytes.

use std::fmt;

use bytes::Bytes;
use serde_json::Value;

use crate::multipart::MultipartForm;

/// A request body as the stack sees it.
///
/// [`ContentTypeLayer`](crate::layers::ContentTypeLayer) turns the first three kinds into
/// [`RequestBody::Encoded`] and sets the matching `Content-Type`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RequestBody {
    /// No body (GET, most DELETEs).
    Empty,
    /// A JSON document, already serialized (see [`JsonBody`] to read or replace it).
    Json(JsonBody),
    /// A `multipart/form-data` form (file uploads).
    Multipart(MultipartForm),
    /// Bytes already encoded; the `Content-Type` header says what they are.
    Encoded(Bytes),
}

/// A serialized JSON document: endpoints write their body once, straight to bytes, and the
/// stack (retries included) shares those bytes instead of copying a tree. Middleware can still
/// read or replace it as a `serde_json::Value`.
///
/// ```
/// use sendbird_core::JsonBody;
///
/// let body = JsonBody::from_value(&serde_json::json!({"user_id": "alice"}))?;
/// assert_eq!(body.as_bytes().as_ref(), br#"{"user_id":"alice"}"#);
/// assert_eq!(body.to_value()?["user_id"], "alice");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct JsonBody(Bytes);

impl JsonBody {
    /// Serializes any value.
    pub fn from_value<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::to_vec(value).map(|bytes| Self(Bytes::from(bytes)))
    }

    /// Wraps bytes that already hold one JSON document (they are not checked).
    pub fn from_bytes_unchecked(bytes: impl Into<Bytes>) -> Self {
        Self(bytes.into())
    }

    /// The serialized document.
    pub fn as_bytes(&self) -> &Bytes {
        &self.0
    }

    /// The document as a `serde_json::Value` (parses the bytes).
    pub fn to_value(&self) -> Result<Value, serde_json::Error> {
        serde_json::from_slice(&self.0)
    }

    /// The bytes.
    pub fn into_bytes(self) -> Bytes {
        self.0
    }
}

impl fmt::Debug for JsonBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Bodies may carry secrets (tokens, credentials): show the size only.
        write!(f, "JsonBody(<{} bytes>)", self.0.len())
    }
}

/// A file to upload (`profile_file`, `cover_file`, `file`...).
///
/// ```
/// use sendbird_core::FilePart;
///
/// let avatar = FilePart::new("avatar.png", vec![0x89, b'P', b'N', b'G']);
/// assert_eq!(avatar.content_type(), "image/png");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct FilePart {
    file_name: String,
    content_type: String,
    data: Bytes,
}

impl FilePart {
    /// A file whose content type is guessed from its extension.
    pub fn new(file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let content_type = guess_content_type(&file_name).to_owned();
        Self {
            file_name,
            content_type,
            data: data.into(),
        }
    }

    /// Overrides the content type.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = content_type.into();
        self
    }

    /// The file name sent in `Content-Disposition`.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content type of the part.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The file's bytes.
    pub fn data(&self) -> &Bytes {
        &self.data
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

fn guess_content_type(file_name: &str) -> &'static str {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "txt" => "text/plain",
        "json" => "application/json",
        "mp4" => "video/mp4",
        "mp3" => "audio/mpeg",
        "zip" => "application/zip",
        "p12" => "application/x-pkcs12",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_debug_hides_content() {
        let file = FilePart::new("a.txt", "secret-bytes");
        assert!(!format!("{file:?}").contains("secret-bytes"));
        assert_eq!(file.content_type(), "text/plain");
        assert_eq!(
            FilePart::new("x", "").content_type(),
            "application/octet-stream"
        );
    }
}
