//! [`ContentTypeLayer`]: encodes the body and sets `Content-Type` on every request.

use std::task::{Context, Poll};

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderValue, Method};
use tower::Service;

use crate::body::RequestBody;
use crate::error::{BuildError, Error};
use crate::request::ApiRequest;

/// Sendbird's JSON content type (note `utf8` without a hyphen, as in its docs).
pub const JSON_CONTENT_TYPE: &str = "application/json; charset=utf8";

/// Encodes [`RequestBody::Json`] to bytes with `application/json; charset=utf8`,
/// [`RequestBody::Multipart`] with `multipart/form-data; boundary=...`, and gives
/// bodiless requests the JSON content type too: Sendbird wants the header on every request
/// (GET and DELETE send no bytes; a bodiless POST, PUT or PATCH sends `{}`). An already encoded body keeps its `Content-Type`, or gets the JSON one.
#[derive(Clone, Debug, Default)]
pub struct ContentTypeLayer;

impl ContentTypeLayer {
    /// The layer.
    pub fn new() -> Self {
        Self
    }
}

layer_service!(ContentTypeLayer => ContentTypeService {});

/// Encodes the body in place and sets the header.
pub fn encode_body(request: &mut ApiRequest) -> Result<(), BuildError> {
    let body = std::mem::replace(&mut request.body, RequestBody::Empty);
    let (content_type, bytes) = match body {
        RequestBody::Empty => {
            // A POST/PUT/PATCH declared with no body still carries a JSON content type, so it
            // sends the empty object rather than zero bytes (which is not valid JSON).
            let bytes = if matches!(request.method, Method::POST | Method::PUT | Method::PATCH) {
                Bytes::from_static(b"{}")
            } else {
                Bytes::new()
            };
            (HeaderValue::from_static(JSON_CONTENT_TYPE), bytes)
        }
        RequestBody::Json(json) => (
            HeaderValue::from_static(JSON_CONTENT_TYPE),
            json.into_bytes(),
        ),
        RequestBody::Multipart(form) => {
            let (boundary, bytes) = form.encode();
            let value = HeaderValue::from_str(&format!("multipart/form-data; boundary={boundary}"))
                .map_err(|e| BuildError::Header(e.to_string()))?;
            (value, bytes)
        }
        RequestBody::Encoded(bytes) => {
            let value = request
                .headers
                .get(CONTENT_TYPE)
                .cloned()
                .unwrap_or_else(|| HeaderValue::from_static(JSON_CONTENT_TYPE));
            (value, bytes)
        }
    };
    request.headers.insert(CONTENT_TYPE, content_type);
    request.body = RequestBody::Encoded(bytes);
    Ok(())
}

impl<S> Service<ApiRequest> for ContentTypeService<S>
where
    S: Service<ApiRequest, Error = Error>,
{
    type Response = S::Response;
    type Error = Error;
    type Future = super::OrFail<S::Future, S::Response>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: ApiRequest) -> Self::Future {
        match encode_body(&mut request) {
            Ok(()) => super::OrFail::call(self.inner.call(request)),
            Err(error) => super::OrFail::fail(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::FilePart;
    use crate::multipart::MultipartForm;
    use crate::request::EndpointMeta;

    fn request(method: Method, body: RequestBody) -> ApiRequest {
        let mut request = ApiRequest::new(
            EndpointMeta::new("x", method, "/x", crate::Idempotency::Yes),
            vec![],
        );
        request.body = body;
        request
    }

    #[test]
    fn json_content_type_on_every_method() {
        for method in [Method::GET, Method::DELETE, Method::POST, Method::PUT] {
            let mut req = request(method.clone(), RequestBody::Empty);
            assert!(encode_body(&mut req).is_ok());
            assert_eq!(
                req.headers.get(CONTENT_TYPE).map(|v| v.as_bytes()),
                Some(JSON_CONTENT_TYPE.as_bytes()),
                "{method}"
            );
            let expected: &'static [u8] = if method == Method::GET || method == Method::DELETE {
                b""
            } else {
                b"{}"
            };
            assert_eq!(req.body, RequestBody::Encoded(Bytes::from_static(expected)));
        }
    }

    #[test]
    fn json_body_is_serialized() {
        let json = crate::JsonBody::from_value(&serde_json::json!({"a": 1})).expect("json");
        let mut req = request(Method::POST, RequestBody::Json(json));
        assert!(encode_body(&mut req).is_ok());
        assert_eq!(
            req.body,
            RequestBody::Encoded(Bytes::from_static(br#"{"a":1}"#))
        );
    }

    #[tokio::test]
    async fn multipart_body_parses_back_with_multer() {
        let mut form = MultipartForm::new();
        form.push_text("user_id", "ü 漢");
        form.push_file(
            "profile_file",
            FilePart::new("pic.png", Bytes::from_static(b"\x89PNG\r\n")),
        );
        let mut req = request(Method::POST, RequestBody::Multipart(form));
        assert!(encode_body(&mut req).is_ok());
        let content_type = req
            .headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(content_type.starts_with("multipart/form-data; boundary="));
        let boundary = multer::parse_boundary(&content_type).unwrap_or_default();
        let RequestBody::Encoded(bytes) = req.body else {
            panic!("not encoded")
        };
        let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
        let mut multipart = multer::Multipart::new(stream, boundary);
        let mut seen = Vec::new();
        while let Ok(Some(field)) = multipart.next_field().await {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let ct = field.content_type().map(|m| m.to_string());
            let data = field.bytes().await.unwrap_or_default();
            seen.push((name, file_name, ct, data));
        }
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].0, "user_id");
        assert_eq!(&seen[0].3[..], "ü 漢".as_bytes());
        assert_eq!(seen[1].0, "profile_file");
        assert_eq!(seen[1].1.as_deref(), Some("pic.png"));
        assert_eq!(seen[1].2.as_deref(), Some("image/png"));
        assert_eq!(&seen[1].3[..], b"\x89PNG\r\n");
    }
}
