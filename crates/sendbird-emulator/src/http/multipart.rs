//! `multipart/form-data` bodies, parsed with `multer`.

use bytes::Bytes;
use futures_util::stream;

use super::errors::ApiError;
use super::params::{Params, UploadedFile};

/// Parses a complete multipart body into text fields and file parts.
///
/// A part with a file name, or one whose name is a known file field, is kept as a file.
pub(crate) async fn parse(body: Bytes, boundary: String) -> Result<Params, ApiError> {
    let source = stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(source, boundary);
    let mut fields = Vec::new();
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => return Err(malformed()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.essence_str().to_owned());
        let is_file = file_name.is_some() || is_file_field(&name);
        let data = field.bytes().await.map_err(|_| malformed())?;
        if is_file {
            files.push(UploadedFile {
                field: name,
                file_name: file_name
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| "file".to_owned()),
                content_type: content_type.unwrap_or_else(|| "application/octet-stream".to_owned()),
                data,
            });
        } else {
            let text = String::from_utf8(data.to_vec()).map_err(|_| malformed())?;
            fields.push((name, text));
        }
    }
    Ok(Params::Form { fields, files })
}

fn is_file_field(name: &str) -> bool {
    matches!(
        name,
        "file" | "profile_file" | "cover_file" | "apns_cert" | "service_account_key"
    )
}

fn malformed() -> ApiError {
    ApiError::bad_request(400111, "Invalid value: malformed multipart/form-data body.")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn parses_fields_and_files() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"user_id\"\r\n\r\nalice\r\n\
                    --XyZ\r\nContent-Disposition: form-data; name=\"profile_file\"; filename=\"a.png\"\r\n\
                    Content-Type: image/png\r\n\r\nPNGDATA\r\n--XyZ--\r\n";
        let params = parse(Bytes::from(body), "XyZ".to_owned()).await.unwrap();
        assert_eq!(params.str("user_id").unwrap().as_deref(), Some("alice"));
        let file = params.file("profile_file").unwrap();
        assert_eq!(file.file_name, "a.png");
        assert_eq!(file.content_type, "image/png");
        assert_eq!(&file.data[..], b"PNGDATA");
    }

    #[tokio::test]
    async fn malformed_body_is_an_api_error() {
        let err = parse(Bytes::from_static(b"garbage"), "XyZ".to_owned())
            .await
            .unwrap_err();
        assert_eq!(err.code, 400111);
    }
}
