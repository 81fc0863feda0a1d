//! Request bodies: empty, JSON, multipart (with files) or already encoded bytes.

use std::fmt;

use bytes::Bytes;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::BuildError;
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
    /// A JSON value.
    Json(Value),
    /// A `multipart/form-data` form (file uploads).
    Multipart(MultipartForm),
    /// Bytes already encoded; the `Content-Type` header says what they are.
    Encoded(Bytes),
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

/// Something that may hold a file: a [`FilePart`] or an `Option<FilePart>`.
pub trait AsFilePart {
    /// The file, if any.
    fn as_file_part(&self) -> Option<&FilePart>;
}

impl AsFilePart for FilePart {
    fn as_file_part(&self) -> Option<&FilePart> {
        Some(self)
    }
}

impl AsFilePart for Option<FilePart> {
    fn as_file_part(&self) -> Option<&FilePart> {
        self.as_ref()
    }
}

/// Collects body fields; JSON unless a file is present, then `multipart/form-data`.
///
/// Used by the [`endpoints!`](crate::endpoints) macro. `None` and `null` fields are omitted.
#[derive(Debug, Default)]
pub struct BodyBuilder {
    fields: Map<String, Value>,
    files: Vec<(&'static str, FilePart)>,
}

impl BodyBuilder {
    /// An empty body.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a field; `None`/`null` values are skipped.
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), BuildError> {
        let value = serde_json::to_value(value)?;
        if !value.is_null() {
            self.fields.insert(name.to_owned(), value);
        }
        Ok(())
    }

    /// Adds a file part, if present.
    pub fn file(&mut self, name: &'static str, file: &impl AsFilePart) {
        if let Some(file) = file.as_file_part() {
            self.files.push((name, file.clone()));
        }
    }

    /// JSON when no file was added, multipart otherwise. In multipart, strings are sent as
    /// is, numbers and booleans as text, lists of scalars comma-joined with each element
    /// percent-encoded (as in a query, so `a,b` stays one element), objects as JSON text.
    pub fn finish(self) -> RequestBody {
        if self.files.is_empty() {
            return RequestBody::Json(Value::Object(self.fields));
        }
        let mut form = MultipartForm::new();
        for (name, value) in self.fields {
            form.push_text(name, multipart_text(&value));
        }
        for (name, file) in self.files {
            form.push_file(name, file);
        }
        RequestBody::Multipart(form)
    }
}

fn multipart_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => items
            .iter()
            .map(|item| crate::layers::encode_list_element(&multipart_text(item)))
            .collect::<Vec<_>>()
            .join(","),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_when_no_file_and_nulls_skipped() {
        let mut body = BodyBuilder::new();
        body.field("user_id", "u1").ok();
        body.field("nickname", &None::<String>).ok();
        body.file("profile_file", &None::<FilePart>);
        assert_eq!(
            body.finish(),
            RequestBody::Json(serde_json::json!({"user_id": "u1"}))
        );
    }

    #[test]
    fn multipart_when_file_present() {
        let mut body = BodyBuilder::new();
        body.field("user_ids", &vec!["a", "b,c", "50%"]).ok();
        body.field("is_distinct", &true).ok();
        body.field("metadata", &serde_json::json!({"k": "v"})).ok();
        body.file("cover_file", &FilePart::new("c.jpg", "img"));
        let RequestBody::Multipart(form) = body.finish() else {
            panic!("expected multipart");
        };
        let texts: Vec<_> = form
            .parts()
            .iter()
            .filter_map(|p| p.text().map(|t| (p.name().to_owned(), t.to_owned())))
            .collect();
        assert!(texts.contains(&("user_ids".into(), "a,b%2Cc,50%25".into())));
        assert!(texts.contains(&("is_distinct".into(), "true".into())));
        assert!(texts.contains(&("metadata".into(), r#"{"k":"v"}"#.into())));
        assert_eq!(form.parts().last().map(|p| p.name()), Some("cover_file"));
    }

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
