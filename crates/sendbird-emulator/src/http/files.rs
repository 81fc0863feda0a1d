//! Uploaded files, kept in memory and served back at `GET /files/{id}/{file_name}`.

use std::collections::HashMap;
use std::sync::Mutex;

use bytes::Bytes;
use http::{header, HeaderValue, Response, StatusCode};
use http_body_util::Full;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::errors::{ApiError, HttpResponse};
use super::params::UploadedFile;

/// RFC 3986 unreserved characters stay literal; everything else is encoded.
pub(crate) const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[derive(Debug, Clone)]
struct StoredFile {
    name: String,
    content_type: String,
    data: Bytes,
}

#[derive(Debug, Default)]
struct FileMap {
    next_id: u64,
    files: HashMap<u64, StoredFile>,
}

/// The in-memory file store.
#[derive(Debug, Default)]
pub(crate) struct FileStore {
    inner: Mutex<FileMap>,
}

impl FileStore {
    /// Stores an uploaded file and returns the absolute URL that serves it.
    pub(crate) fn store(&self, base_url: &str, file: &UploadedFile) -> String {
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        map.next_id += 1;
        let id = map.next_id;
        map.files.insert(
            id,
            StoredFile {
                name: file.file_name.clone(),
                content_type: file.content_type.clone(),
                data: file.data.clone(),
            },
        );
        format!(
            "{base_url}/files/{id}/{}",
            utf8_percent_encode(&file.file_name, SEGMENT)
        )
    }

    /// Answers `GET /files/{id}/{file_name}` (segments already decoded).
    pub(crate) fn serve(&self, segments: &[&str]) -> HttpResponse {
        let found = match segments {
            [id, name] => id.parse::<u64>().ok().and_then(|id| {
                let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
                map.files.get(&id).filter(|f| f.name == *name).cloned()
            }),
            _ => None,
        };
        let Some(file) = found else {
            let mut error = ApiError::not_found("File");
            error.status = StatusCode::NOT_FOUND;
            return error.into_response();
        };
        let mut response = Response::new(Full::new(file.data.clone()));
        let content_type = HeaderValue::from_str(&file.content_type)
            .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, content_type);
        response
    }
}
