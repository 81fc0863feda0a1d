//! Body parameters: a JSON object or multipart form fields, read through one typed API.
//!
//! Form fields always arrive as text, so booleans and numbers are coerced, and list
//! fields may be repeated parts, one comma-joined part, or one JSON array text.

use bytes::Bytes;
use serde_json::{Map, Value};

use super::errors::{ApiError, Expected};
use super::query::int_text;

/// A file part of a multipart body.
#[derive(Debug, Clone)]
pub(crate) struct UploadedFile {
    /// The form field name (`file`, `profile_file`, `cover_file`, ...).
    pub(crate) field: String,
    /// The file name the client sent (or `file`).
    pub(crate) file_name: String,
    /// The part's content type (or `application/octet-stream`).
    pub(crate) content_type: String,
    /// The bytes.
    pub(crate) data: Bytes,
}

/// The parameters carried by a request body.
#[derive(Debug, Clone)]
pub(crate) enum Params {
    /// A JSON object body (an empty body reads as an empty object).
    Json(Map<String, Value>),
    /// A `multipart/form-data` body.
    Form {
        /// Text parts in order.
        fields: Vec<(String, String)>,
        /// File parts in order.
        files: Vec<UploadedFile>,
    },
}

impl Default for Params {
    fn default() -> Self {
        Self::Json(Map::new())
    }
}

impl Params {
    fn form_values(fields: &[(String, String)], name: &str) -> Vec<String> {
        fields
            .iter()
            .filter(|(k, _)| k == name || k.strip_suffix("[]") == Some(name))
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// A string parameter; non-strings answer 400100.
    pub(crate) fn str(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self {
            Self::Json(map) => match map.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(ApiError::wrong_type(name, Expected::String)),
            },
            Self::Form { fields, .. } => Ok(Self::form_values(fields, name).into_iter().next()),
        }
    }

    /// A required string parameter (400105 when absent).
    pub(crate) fn required_str(&self, name: &str) -> Result<String, ApiError> {
        self.str(name)?.ok_or_else(|| ApiError::missing(name))
    }

    /// A boolean parameter that must be present (400105 otherwise).
    pub(crate) fn required_bool(&self, name: &str) -> Result<bool, ApiError> {
        self.bool(name)?.ok_or_else(|| ApiError::missing(name))
    }

    /// A boolean parameter; other types answer 400104.
    pub(crate) fn bool(&self, name: &str) -> Result<Option<bool>, ApiError> {
        match self {
            Self::Json(map) => match map.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Bool(b)) => Ok(Some(*b)),
                Some(_) => Err(ApiError::wrong_type(name, Expected::Bool)),
            },
            Self::Form { fields, .. } => match Self::form_values(fields, name).first() {
                None => Ok(None),
                Some(v) => match v.trim().to_ascii_lowercase().as_str() {
                    "true" | "1" => Ok(Some(true)),
                    "false" | "0" => Ok(Some(false)),
                    _ => Err(ApiError::wrong_type(name, Expected::Bool)),
                },
            },
        }
    }

    /// An integer parameter; other types answer 400101.
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, ApiError> {
        match self {
            Self::Json(map) => match map.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Number(n)) => n
                    .as_i64()
                    .map(Some)
                    .ok_or_else(|| ApiError::wrong_type(name, Expected::Number)),
                Some(_) => Err(ApiError::wrong_type(name, Expected::Number)),
            },
            Self::Form { fields, .. } => Self::form_values(fields, name)
                .first()
                .map(|v| int_text(name, v))
                .transpose(),
        }
    }

    /// A list of strings. JSON wants an array of strings (400102 otherwise); a form
    /// accepts repeated parts, a JSON array text, or a comma-joined part whose elements are
    /// percent-encoded (as in a query string).
    pub(crate) fn str_list(&self, name: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self {
            Self::Json(map) => match map.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|item| match item {
                        Value::String(s) => Ok(s.clone()),
                        _ => Err(ApiError::wrong_type(name, Expected::String)),
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(Some),
                Some(_) => Err(ApiError::wrong_type(name, Expected::List)),
            },
            Self::Form { fields, .. } => {
                let values = Self::form_values(fields, name);
                match values.as_slice() {
                    [] => Ok(None),
                    [single] => parse_form_list(name, single).map(Some),
                    many => Ok(Some(many.to_vec())),
                }
            }
        }
    }

    /// A JSON value parameter (arrays of objects such as `users`, `sorted_metaarray`).
    /// Form text is parsed as JSON (400103 when it isn't).
    pub(crate) fn json(&self, name: &str) -> Result<Option<Value>, ApiError> {
        match self {
            Self::Json(map) => Ok(map.get(name).filter(|v| !v.is_null()).cloned()),
            Self::Form { fields, .. } => match Self::form_values(fields, name).first() {
                None => Ok(None),
                Some(text) => serde_json::from_str(text)
                    .map(Some)
                    .map_err(|_| ApiError::wrong_type(name, Expected::Json)),
            },
        }
    }

    /// A JSON object parameter (400103 when it isn't one).
    pub(crate) fn object(&self, name: &str) -> Result<Option<Map<String, Value>>, ApiError> {
        match self.json(name)? {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(map)),
            Some(_) => Err(ApiError::wrong_type(name, Expected::Json)),
        }
    }

    /// The file part named `name`, if any.
    pub(crate) fn file(&self, name: &str) -> Option<&UploadedFile> {
        match self {
            Self::Json(_) => None,
            Self::Form { files, .. } => files.iter().find(|f| f.field == name),
        }
    }
}

/// The trimmed, non-empty elements of a comma-joined list (a form field or a
/// response-style joined string).
pub(crate) fn split_csv(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// Splits a comma-joined list whose elements are percent-encoded (as in a query string);
/// `None` when an element does not decode to UTF-8.
pub(crate) fn split_encoded_list(text: &str) -> Option<Vec<String>> {
    split_csv(text)
        .map(|element| {
            percent_encoding::percent_decode_str(element)
                .decode_utf8()
                .ok()
                .map(|decoded| decoded.into_owned())
        })
        .collect()
}

fn parse_form_list(name: &str, text: &str) -> Result<Vec<String>, ApiError> {
    let trimmed = text.trim();
    if trimmed.starts_with('[') {
        let value: Value = serde_json::from_str(trimmed)
            .map_err(|_| ApiError::wrong_type(name, Expected::List))?;
        let Value::Array(items) = value else {
            return Err(ApiError::wrong_type(name, Expected::List));
        };
        return items
            .into_iter()
            .map(|item| match item {
                Value::String(s) => Ok(s),
                _ => Err(ApiError::wrong_type(name, Expected::String)),
            })
            .collect();
    }
    split_encoded_list(trimmed).ok_or_else(|| ApiError::wrong_type(name, Expected::String))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn form(fields: &[(&str, &str)]) -> Params {
        Params::Form {
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            files: Vec::new(),
        }
    }

    #[test]
    fn form_lists_in_three_shapes() {
        let want = Some(vec!["a".to_owned(), "b".to_owned()]);
        assert_eq!(form(&[("ids", "a,b")]).str_list("ids").unwrap(), want);
        assert_eq!(
            form(&[("ids", "a"), ("ids", "b")]).str_list("ids").unwrap(),
            want
        );
        assert_eq!(
            form(&[("ids", r#"["a","b"]"#)]).str_list("ids").unwrap(),
            want
        );
    }

    #[test]
    fn form_coerces_scalars() {
        let p = form(&[("flag", "true"), ("n", "42"), ("bad", "maybe")]);
        assert_eq!(p.bool("flag").unwrap(), Some(true));
        assert_eq!(p.int("n").unwrap(), Some(42));
        assert_eq!(p.bool("bad").unwrap_err().code, 400104);
    }

    #[test]
    fn json_type_errors() {
        let Value::Object(map) = json!({"s": 1, "b": "x", "l": "x", "o": [1], "n": "1"}) else {
            unreachable!()
        };
        let p = Params::Json(map);
        assert_eq!(p.str("s").unwrap_err().code, 400100);
        assert_eq!(p.bool("b").unwrap_err().code, 400104);
        assert_eq!(p.str_list("l").unwrap_err().code, 400102);
        assert_eq!(p.object("o").unwrap_err().code, 400103);
        assert_eq!(p.int("n").unwrap_err().code, 400101);
    }
}
