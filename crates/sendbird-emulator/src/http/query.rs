//! Query-string parsing: values are percent-decoded once; list values are split on raw
//! commas first, so an encoded comma (`%2C`) stays inside one element.

use percent_encoding::percent_decode_str;

use super::errors::{ApiError, Expected};

/// The parsed query string of a request, values kept raw until read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Query {
    pairs: Vec<(String, String)>,
}

/// The integer written in a query or form value `name` (surrounding white space allowed);
/// other text answers 400101.
pub(crate) fn int_text(name: &str, text: &str) -> Result<i64, ApiError> {
    text.trim()
        .parse::<i64>()
        .map_err(|_| ApiError::wrong_type(name, Expected::Number))
}

impl Query {
    /// Parses a raw query string (without the leading `?`).
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let mut pairs = Vec::new();
        for part in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            if let Ok(key) = decode(key) {
                pairs.push((key, value.to_owned()));
            }
        }
        Self { pairs }
    }

    fn raw(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A required value (400105 when absent or empty).
    pub(crate) fn required_str(&self, name: &str) -> Result<String, ApiError> {
        self.str(name)?.ok_or_else(|| ApiError::missing(name))
    }

    /// A required comma-separated list (400105 when absent or empty).
    pub(crate) fn required_list(&self, name: &str) -> Result<Vec<String>, ApiError> {
        self.list(name)?.ok_or_else(|| ApiError::missing(name))
    }

    /// The decoded value of `name`; an empty value counts as absent.
    pub(crate) fn str(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.raw(name) {
            None | Some("") => Ok(None),
            Some(raw) => decode(raw)
                .map(Some)
                .map_err(|()| ApiError::invalid_value(name)),
        }
    }

    /// A boolean parameter (`true`/`false`, any case); other text answers 400104.
    pub(crate) fn bool(&self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.str(name)? {
            None => Ok(None),
            Some(v) if v.eq_ignore_ascii_case("true") => Ok(Some(true)),
            Some(v) if v.eq_ignore_ascii_case("false") => Ok(Some(false)),
            Some(_) => Err(ApiError::wrong_type(name, Expected::Bool)),
        }
    }

    /// A boolean parameter with a default.
    pub(crate) fn bool_or(&self, name: &str, default: bool) -> Result<bool, ApiError> {
        Ok(self.bool(name)?.unwrap_or(default))
    }

    /// An integer parameter; other text answers 400101.
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, ApiError> {
        self.str(name)?.map(|v| int_text(name, &v)).transpose()
    }

    /// A comma-separated list; each element is decoded on its own. Repeated keys add up.
    pub(crate) fn list(&self, name: &str) -> Result<Option<Vec<String>>, ApiError> {
        let mut found = false;
        let mut out = Vec::new();
        for (_, raw) in self.pairs.iter().filter(|(k, _)| k == name) {
            found = true;
            for element in raw.split(',').filter(|e| !e.is_empty()) {
                out.push(decode(element).map_err(|()| ApiError::invalid_value(name))?);
            }
        }
        Ok(if found && !out.is_empty() {
            Some(out)
        } else {
            None
        })
    }

    /// One of a fixed set of values (`default` when absent); anything else answers 400111.
    pub(crate) fn choice<'a>(
        &self,
        name: &str,
        allowed: &[&'a str],
        default: &'a str,
    ) -> Result<&'a str, ApiError> {
        match self.str(name)? {
            None => Ok(default),
            Some(v) => allowed
                .iter()
                .find(|a| a.eq_ignore_ascii_case(&v))
                .copied()
                .ok_or_else(|| ApiError::invalid_value(name)),
        }
    }
}

/// Percent-decodes a query component, reading `+` as a space.
fn decode(raw: &str) -> Result<String, ()> {
    let spaced = raw.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| ())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn list_elements_keep_encoded_commas() {
        let q = Query::parse(Some("user_ids=a%2Cb,c&x=1"));
        assert_eq!(
            q.list("user_ids").unwrap(),
            Some(vec!["a,b".to_owned(), "c".to_owned()])
        );
    }

    #[test]
    fn values_decode_once() {
        let q = Query::parse(Some("name=50%2525+off&u=%C3%BC"));
        assert_eq!(q.str("name").unwrap().as_deref(), Some("50%25 off"));
        assert_eq!(q.str("u").unwrap().as_deref(), Some("ü"));
    }

    #[test]
    fn typed_values() {
        let q = Query::parse(Some("a=true&b=nope&n=12&m=x"));
        assert_eq!(q.bool("a").unwrap(), Some(true));
        assert_eq!(q.bool("b").unwrap_err().code, 400104);
        assert_eq!(q.int("n").unwrap(), Some(12));
        assert_eq!(q.int("m").unwrap_err().code, 400101);
        assert_eq!(q.bool("absent").unwrap(), None);
    }

    #[test]
    fn choice_rejects_unknown() {
        let q = Query::parse(Some("mode=weird"));
        assert_eq!(q.choice("mode", &["a", "b"], "a").unwrap_err().code, 400111);
        assert_eq!(q.choice("other", &["a", "b"], "a").unwrap(), "a");
    }
}
