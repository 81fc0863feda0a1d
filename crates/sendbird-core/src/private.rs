//! Plumbing for the declaration macros ([`endpoints!`](crate::endpoints),
//! [`product!`](crate::product), [`string_enum!`](crate::string_enum),
//! [`webhook_events!`](crate::webhook_events)). Not a stable API:
//! use the generated types instead.

use std::borrow::Cow;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::body::{FilePart, JsonBody, RequestBody};
use crate::endpoint::{BodyKind, EndpointInfo};
use crate::error::{decode_json, BuildError, DecodeError};
use crate::multipart::MultipartForm;
use crate::request::{EndpointMeta, PathSegment};

pub use serde_json;

pub use crate::wire_name::WireName;

/// A registry check: decodes a body, naming the failing field on error.
pub type CheckFn = fn(&Bytes) -> Result<(), DecodeError>;

/// Describes an endpoint for its family's registry.
pub const fn endpoint_info(
    meta: EndpointMeta,
    body: BodyKind,
    paginated: bool,
    type_name: &'static str,
    check_response: CheckFn,
    check_request: Option<CheckFn>,
) -> EndpointInfo {
    EndpointInfo {
        meta,
        body,
        paginated,
        type_name,
        check_response,
        check_request,
    }
}

/// Splits a template such as `/users/{user_id}/metadata` into segments, filling placeholders.
pub fn expand_path<'a>(
    template: &'static str,
    mut arg: impl FnMut(&str) -> Option<Cow<'a, str>>,
) -> Result<Vec<PathSegment>, BuildError> {
    template
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => {
                    let value =
                        arg(name).ok_or_else(|| BuildError::MissingPathParam(name.to_owned()))?;
                    if value.is_empty() {
                        return Err(BuildError::EmptyPathParam(name.to_owned()));
                    }
                    if value == "." || value == ".." {
                        return Err(BuildError::DotPathParam(name.to_owned()));
                    }
                    Ok(PathSegment::Param(value.into_owned()))
                }
                None => Ok(PathSegment::Literal(Cow::Borrowed(segment))),
            },
        )
        .collect()
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

/// Collects body fields: written straight to JSON bytes, or, once a file was added, kept for
/// a `multipart/form-data` form. [`endpoints!`](crate::endpoints) adds the files first, so the
/// builder knows which one it is writing before the first field. `None`/`null` fields are
/// omitted; fields keep their declaration order.
#[derive(Debug)]
pub struct BodyBuilder {
    json: Vec<u8>,
    form_fields: Vec<(Cow<'static, str>, Value)>,
    files: Vec<(&'static str, FilePart)>,
}

impl Default for BodyBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl BodyBuilder {
    /// An empty body.
    pub fn new() -> Self {
        let mut json = Vec::with_capacity(128);
        json.push(b'{');
        Self {
            json,
            form_fields: Vec::new(),
            files: Vec::new(),
        }
    }

    /// Adds a field; `None`/`null` values are skipped.
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), BuildError> {
        if !self.files.is_empty() {
            let value = serde_json::to_value(value)?;
            if !value.is_null() {
                self.form_fields.push((Cow::Borrowed(name), value));
            }
            return Ok(());
        }
        let mark = self.json.len();
        if mark > 1 {
            self.json.push(b',');
        }
        serde_json::to_writer(&mut self.json, name)?;
        self.json.push(b':');
        let value_at = self.json.len();
        serde_json::to_writer(&mut self.json, value)?;
        if &self.json[value_at..] == b"null" {
            self.json.truncate(mark);
        }
        Ok(())
    }

    /// Adds a file part, if present. Fields written before the first file move into the
    /// form, in order.
    pub fn file(&mut self, name: &'static str, file: &impl AsFilePart) {
        let Some(file) = file.as_file_part() else {
            return;
        };
        if self.files.is_empty() && self.json.len() > 1 {
            let mut written = std::mem::take(&mut self.json);
            written.push(b'}');
            self.form_fields = fields_in_order(&written);
            self.json = vec![b'{'];
        }
        self.files.push((name, file.clone()));
    }

    /// JSON when no file was added, multipart otherwise. In multipart, strings are sent as
    /// is, numbers and booleans as text, lists of scalars comma-joined with each element
    /// percent-encoded (as in a query, so `a,b` stays one element), objects as JSON text.
    pub fn finish(mut self) -> RequestBody {
        if self.files.is_empty() {
            self.json.push(b'}');
            return RequestBody::Json(JsonBody::from_bytes_unchecked(self.json));
        }
        let mut form = MultipartForm::new();
        for (name, value) in self.form_fields {
            form.push_text(name.into_owned(), multipart_text(&value));
        }
        for (name, file) in self.files {
            form.push_file(name, file);
        }
        RequestBody::Multipart(form)
    }
}

/// The entries of a JSON object, in order (the body this builder wrote, so it parses).
fn fields_in_order(json: &[u8]) -> Vec<(Cow<'static, str>, Value)> {
    struct Entries;

    impl<'de> serde::de::Visitor<'de> for Entries {
        type Value = Vec<(Cow<'static, str>, Value)>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::new();
            while let Some((key, value)) = map.next_entry::<String, Value>()? {
                entries.push((Cow::Owned(key), value));
            }
            Ok(entries)
        }
    }

    let mut de = serde_json::Deserializer::from_slice(json);
    serde::Deserializer::deserialize_map(&mut de, Entries).unwrap_or_default()
}

fn multipart_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => items
            .iter()
            .map(|item| crate::encoding::encode_list_element(&multipart_text(item)))
            .collect::<Vec<_>>()
            .join(","),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Decodes `body` as `T` and discards it (a registry check function).
pub fn check_response<T: DeserializeOwned>(body: &Bytes) -> Result<(), DecodeError> {
    decode_json::<T>(body).map(drop)
}

/// `webhook_events!`: decodes a known category's payload (`None` for other categories; the
/// error names the failing field).
pub type DecodeKnownFn<E> = fn(&str, &[u8]) -> Option<Result<E, String>>;

/// `webhook_events!`: reads `category`, then decodes a known category's payload
/// (`decode_known`; `None` for other categories). An unreadable payload is an error when
/// `strict`, else `unknown`, like an unknown category.
pub fn parse_webhook_event<E>(
    body: &[u8],
    strict: bool,
    decode_known: DecodeKnownFn<E>,
    unknown: fn(String, &[u8]) -> E,
) -> Result<E, crate::webhook::WebhookError> {
    let category = crate::webhook::read_category(body)?;
    match decode_known(&category, body) {
        Some(Ok(event)) => Ok(event),
        Some(Err(error)) if strict => Err(crate::webhook::WebhookError::InvalidBody(format!(
            "`{category}` {error}"
        ))),
        Some(Err(_)) | None => Ok(unknown(category.into_owned(), body)),
    }
}

/// `webhook_events!`: decodes one payload; on failure, "at `path`: message".
pub fn decode_webhook_payload<T: DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|plain| {
        let mut de = serde_json::Deserializer::from_slice(body);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Err(error) => format!(
                "at `{}`: {}",
                crate::error::path_text(error.path()),
                error.inner()
            ),
            Ok(_) => format!("at `.`: {plain}"),
        }
    })
}

/// `webhook_events!`: the body of an `Unknown` event (`null` when it is not JSON).
pub fn raw_json(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap_or(Value::Null)
}

/// `webhook_events!`: serializes a payload with its `category`.
pub fn serialize_webhook_event<P: Serialize + ?Sized, S: serde::Serializer>(
    payload: &P,
    category: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut value = serde_json::to_value(payload).map_err(serde::ser::Error::custom)?;
    if let Value::Object(map) = &mut value {
        map.insert("category".to_owned(), Value::String(category.to_owned()));
    }
    value.serialize(serializer)
}

/// Checks a JSON request body field by field: required fields present, every field of the
/// declared type, no unknown field.
#[derive(Debug)]
pub struct BodyChecker {
    type_name: &'static str,
    body: Bytes,
    object: serde_json::Map<String, serde_json::Value>,
    known: Vec<&'static str>,
}

impl BodyChecker {
    /// Parses the body as a JSON object.
    pub fn new(type_name: &'static str, body: &Bytes) -> Result<Self, DecodeError> {
        let object = decode_json::<serde_json::Map<String, serde_json::Value>>(body)
            .map_err(|e| DecodeError { type_name, ..e })?;
        Ok(Self {
            type_name,
            body: body.clone(),
            object,
            known: Vec::new(),
        })
    }

    fn error(&self, path: &str, message: impl Into<String>) -> DecodeError {
        DecodeError {
            type_name: self.type_name,
            path: path.to_owned(),
            message: message.into(),
            body: crate::error::RawBody(self.body.clone()),
        }
    }

    fn check<T: DeserializeOwned>(
        &mut self,
        name: &'static str,
        required: bool,
    ) -> Result<(), DecodeError> {
        self.known.push(name);
        match self.object.get(name) {
            None | Some(serde_json::Value::Null) if required => {
                Err(self.error(name, "missing required field"))
            }
            None | Some(serde_json::Value::Null) => Ok(()),
            Some(value) => {
                let text = Bytes::from(value.to_string());
                decode_json::<T>(&text).map(drop).map_err(|e| {
                    let path = if e.path == "." {
                        name.to_owned()
                    } else {
                        format!("{name}.{}", e.path)
                    };
                    self.error(&path, e.message)
                })
            }
        }
    }

    /// A required field of type `T`.
    pub fn required<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<(), DecodeError> {
        self.check::<T>(name, true)
    }

    /// An optional field of type `T`.
    pub fn optional<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<(), DecodeError> {
        self.check::<T>(name, false)
    }

    /// A file field: allowed only in multipart, so a JSON body may only carry a URL string.
    pub fn file(&mut self, name: &'static str) -> Result<(), DecodeError> {
        self.known.push(name);
        match self.object.get(name) {
            Some(value) if !value.is_null() => {
                Err(self.error(name, "files are sent as multipart parts, not in JSON"))
            }
            _ => Ok(()),
        }
    }

    /// Fails on a field no declaration named.
    pub fn finish(self) -> Result<(), DecodeError> {
        match self
            .object
            .keys()
            .find(|key| !self.known.contains(&key.as_str()))
        {
            Some(key) => Err(self.error(key, format!("unknown field `{key}`"))),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_templates() {
        let segments = expand_path(
            "/{channel_type}/{channel_url}/messages",
            |name| match name {
                "channel_type" => Some(Cow::Borrowed("group_channels")),
                "channel_url" => Some(Cow::Borrowed("a/b")),
                _ => None,
            },
        );
        assert_eq!(
            segments.ok(),
            Some(vec![
                PathSegment::Param("group_channels".into()),
                PathSegment::Param("a/b".into()),
                PathSegment::Literal("messages".into()),
            ])
        );
    }

    #[test]
    fn missing_and_empty_path_args_fail() {
        let missing = expand_path("/users/{user_id}", |_| None);
        assert!(matches!(missing, Err(BuildError::MissingPathParam(n)) if n == "user_id"));
        let empty = expand_path("/users/{user_id}", |_| Some(Cow::Borrowed("")));
        assert!(matches!(empty, Err(BuildError::EmptyPathParam(n)) if n == "user_id"));
        for dots in [".", ".."] {
            let refused = expand_path("/users/{user_id}", |_| Some(Cow::Borrowed(dots)));
            assert!(matches!(refused, Err(BuildError::DotPathParam(n)) if n == "user_id"));
        }
        let three = expand_path("/users/{user_id}", |_| Some(Cow::Borrowed("...")));
        assert!(three.is_ok());
    }

    #[test]
    fn body_checker_reports_paths() {
        let body = Bytes::from_static(br#"{"user_id":"u","is_distinct":"yes","extra":1}"#);
        let mut checker = BodyChecker::new("CreateX", &body).ok();
        let checker = checker.as_mut().map(|c| {
            (
                c.required::<String>("user_id").is_ok(),
                c.optional::<bool>("is_distinct").err().map(|e| e.path),
                c.required::<String>("nickname").err().map(|e| e.path),
            )
        });
        assert_eq!(
            checker,
            Some((true, Some("is_distinct".into()), Some("nickname".into())))
        );
        let mut unknown = BodyChecker::new("X", &body).ok();
        if let Some(c) = unknown.as_mut() {
            c.known.extend(["user_id", "is_distinct"]);
        }
        let err = unknown.map(|c| c.finish().err().map(|e| e.path));
        assert_eq!(err, Some(Some("extra".into())));
    }
    #[test]
    fn json_when_no_file_and_nulls_skipped() {
        let mut body = BodyBuilder::new();
        body.field("user_id", "u1").ok();
        body.field("nickname", &None::<String>).ok();
        body.file("profile_file", &None::<FilePart>);
        let RequestBody::Json(json) = body.finish() else {
            panic!("expected JSON");
        };
        assert_eq!(json.as_bytes().as_ref(), br#"{"user_id":"u1"}"#);
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
}
