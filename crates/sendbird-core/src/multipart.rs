//! A small `multipart/form-data` encoder (RFC 7578).

use bytes::{BufMut, Bytes, BytesMut};

use crate::body::FilePart;

/// One part of a form: a text field or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    name: String,
    content: PartContent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum PartContent {
    Text(String),
    File(FilePart),
}

impl Part {
    /// The field name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The text of a text part.
    pub fn text(&self) -> Option<&str> {
        match &self.content {
            PartContent::Text(text) => Some(text),
            PartContent::File(_) => None,
        }
    }

    /// The file of a file part.
    pub fn file(&self) -> Option<&FilePart> {
        match &self.content {
            PartContent::File(file) => Some(file),
            PartContent::Text(_) => None,
        }
    }
}

/// An ordered `multipart/form-data` form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MultipartForm {
    parts: Vec<Part>,
}

impl MultipartForm {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a text field.
    pub fn push_text(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.parts.push(Part {
            name: name.into(),
            content: PartContent::Text(value.into()),
        });
    }

    /// Appends a file.
    pub fn push_file(&mut self, name: impl Into<String>, file: FilePart) {
        self.parts.push(Part {
            name: name.into(),
            content: PartContent::File(file),
        });
    }

    /// The parts in order.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// Encodes the form with a fresh random boundary that occurs in no part.
    /// Returns the boundary and the body.
    pub fn encode(&self) -> (String, Bytes) {
        loop {
            let boundary = random_boundary();
            if !self.contains(boundary.as_bytes()) {
                let body = self.encode_with(&boundary);
                return (boundary, body);
            }
        }
    }

    fn contains(&self, needle: &[u8]) -> bool {
        let finder = memchr::memmem::Finder::new(needle);
        self.parts.iter().any(|part| {
            let haystack: &[u8] = match &part.content {
                PartContent::Text(text) => text.as_bytes(),
                PartContent::File(file) => file.data(),
            };
            finder.find(haystack).is_some()
        })
    }

    /// Encodes the form with the given boundary.
    pub fn encode_with(&self, boundary: &str) -> Bytes {
        let size: usize = self
            .parts
            .iter()
            .map(|p| match &p.content {
                PartContent::Text(t) => t.len(),
                PartContent::File(f) => f.data().len(),
            } + 160)
            .sum();
        let mut out = BytesMut::with_capacity(size + boundary.len() * 2 + 8);
        for part in &self.parts {
            out.put_slice(b"--");
            out.put_slice(boundary.as_bytes());
            out.put_slice(b"\r\nContent-Disposition: form-data; name=\"");
            put_quoted(&mut out, &part.name);
            out.put_slice(b"\"");
            match &part.content {
                PartContent::Text(text) => {
                    out.put_slice(b"\r\n\r\n");
                    out.put_slice(text.as_bytes());
                }
                PartContent::File(file) => {
                    out.put_slice(b"; filename=\"");
                    put_quoted(&mut out, file.file_name());
                    out.put_slice(b"\"\r\nContent-Type: ");
                    put_header_value(&mut out, file.content_type());
                    out.put_slice(b"\r\n\r\n");
                    out.put_slice(file.data());
                }
            }
            out.put_slice(b"\r\n");
        }
        out.put_slice(b"--");
        out.put_slice(boundary.as_bytes());
        out.put_slice(b"--\r\n");
        out.freeze()
    }
}

/// Writes a name or file name inside quotes, escaping `"`, CR and LF as the HTML standard does.
fn put_quoted(out: &mut BytesMut, text: &str) {
    for byte in text.bytes() {
        match byte {
            b'"' => out.put_slice(b"%22"),
            b'\r' => out.put_slice(b"%0D"),
            b'\n' => out.put_slice(b"%0A"),
            other => out.put_u8(other),
        }
    }
}

fn put_header_value(out: &mut BytesMut, text: &str) {
    out.put_slice(
        text.bytes()
            .filter(|b| *b != b'\r' && *b != b'\n')
            .collect::<Vec<_>>()
            .as_slice(),
    );
}

fn random_boundary() -> String {
    let mut boundary = String::from("sendbird-rs-");
    boundary.extend(std::iter::repeat_with(fastrand::alphanumeric).take(32));
    boundary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_text_and_file_parts() {
        let mut form = MultipartForm::new();
        form.push_text("user_id", "u\"1");
        form.push_file(
            "profile_file",
            FilePart::new("a.png", Bytes::from_static(b"\x89PNG")),
        );
        let body = form.encode_with("B");
        let expected: &[u8] = b"--B\r\nContent-Disposition: form-data; name=\"user_id\"\r\n\r\nu\"1\r\n--B\r\nContent-Disposition: form-data; name=\"profile_file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--B--\r\n";
        assert_eq!(&body[..], expected);
    }

    #[test]
    fn boundary_never_occurs_in_content() {
        let mut form = MultipartForm::new();
        form.push_text("a", "sendbird-rs-");
        let (boundary, body) = form.encode();
        assert!(boundary.starts_with("sendbird-rs-") && boundary.len() == 44);
        assert!(body.ends_with(format!("--{boundary}--\r\n").as_bytes()));
    }
}
