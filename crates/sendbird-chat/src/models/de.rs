//! Lenient decoders for scalar fields whose JSON type Sendbird sends inconsistently (a
//! boolean as `0`/`1` or `"true"`, an integer as a numeric string). Each decoder reads the
//! value as a [`Scalar`] in one pass and keeps what it accepts; any other value is the error
//! serde's own visitor would give, naming what the field expects.

use serde::de::{Error, Unexpected, Visitor};
use serde::Deserializer;

/// A JSON `null`, boolean, integer or string, as a lenient decoder reads it.
enum Scalar<'de> {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Str(std::borrow::Cow<'de, str>),
}

impl Scalar<'_> {
    /// Reads a scalar; any other JSON value is an "invalid type" error naming `expecting`.
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        expecting: &'static str,
    ) -> Result<Scalar<'de>, D::Error> {
        deserializer.deserialize_any(ScalarVisitor(expecting))
    }

    /// The "invalid type" error for a scalar the decoder does not take.
    fn refuse<E: Error>(&self, expecting: &'static str) -> E {
        let unexpected = match self {
            Self::Null => Unexpected::Unit,
            Self::Bool(value) => Unexpected::Bool(*value),
            Self::Int(value) => Unexpected::Signed(*value),
            Self::UInt(value) => Unexpected::Unsigned(*value),
            Self::Str(value) => Unexpected::Str(value),
        };
        E::invalid_type(unexpected, &expecting)
    }
}

struct ScalarVisitor(&'static str);

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }

    fn visit_bool<E: Error>(self, value: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Bool(value))
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Int(value))
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<Self::Value, E> {
        Ok(Scalar::UInt(value))
    }

    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(value.into()))
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(value.to_owned().into()))
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
}

/// Reads `null`, a boolean, or `"true"`/`"false"` (an empty string as `None`).
pub(crate) fn bool_or_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    const EXPECTING: &str = "a boolean or \"true\"/\"false\"";
    match Scalar::read(deserializer, EXPECTING)? {
        Scalar::Null => Ok(None),
        Scalar::Bool(value) => Ok(Some(value)),
        Scalar::Str(text) => match &*text {
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            "" => Ok(None),
            other => Err(D::Error::invalid_value(Unexpected::Str(other), &EXPECTING)),
        },
        other => Err(other.refuse(EXPECTING)),
    }
}

/// Reads `null`, a boolean, or a `0`/`1` integer (any non-zero integer is `true`).
pub(crate) fn bool_or_int<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    const EXPECTING: &str = "a boolean, 0 or 1";
    match Scalar::read(deserializer, EXPECTING)? {
        Scalar::Null => Ok(None),
        Scalar::Bool(value) => Ok(Some(value)),
        Scalar::Int(value) => Ok(Some(value != 0)),
        Scalar::UInt(value) => Ok(Some(value != 0)),
        other => Err(other.refuse(EXPECTING)),
    }
}

/// Reads `null`, an integer, or a boolean as `0`/`1` (an integer above `i64::MAX` as
/// `i64::MAX`).
pub(crate) fn int_or_bool<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<i64>, D::Error> {
    const EXPECTING: &str = "an integer, a boolean or null";
    match Scalar::read(deserializer, EXPECTING)? {
        Scalar::Null => Ok(None),
        Scalar::Bool(value) => Ok(Some(i64::from(value))),
        Scalar::Int(value) => Ok(Some(value)),
        Scalar::UInt(value) => Ok(Some(i64::try_from(value).unwrap_or(i64::MAX))),
        other => Err(other.refuse(EXPECTING)),
    }
}

/// Reads `null`, an integer, or a string holding one (a blank string as `None`).
pub(crate) fn int_or_numeric_string<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<i64>, D::Error> {
    const EXPECTING: &str = "an integer or a numeric string";
    match Scalar::read(deserializer, EXPECTING)? {
        Scalar::Null => Ok(None),
        Scalar::Int(value) => Ok(Some(value)),
        Scalar::UInt(value) => i64::try_from(value)
            .map(Some)
            .map_err(|_| D::Error::custom("integer out of range")),
        Scalar::Str(text) if text.trim().is_empty() => Ok(None),
        Scalar::Str(text) => text
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| D::Error::invalid_value(Unexpected::Str(&text), &EXPECTING)),
        other => Err(other.refuse(EXPECTING)),
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Probe {
        #[serde(default, deserialize_with = "super::bool_or_text")]
        text: Option<bool>,
        #[serde(default, deserialize_with = "super::bool_or_int")]
        flag: Option<bool>,
        #[serde(default, deserialize_with = "super::int_or_bool")]
        count: Option<i64>,
        #[serde(default, deserialize_with = "super::int_or_numeric_string")]
        ts: Option<i64>,
    }

    /// The decoded `text`, `flag`, `count` and `ts`.
    type Decoded = (Option<bool>, Option<bool>, Option<i64>, Option<i64>);

    fn probe(json: &str) -> Result<Decoded, String> {
        serde_json::from_str::<Probe>(json)
            .map(|p| (p.text, p.flag, p.count, p.ts))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn each_decoder_keeps_its_own_forms() {
        assert_eq!(probe("{}"), Ok((None, None, None, None)));
        let nulls = r#"{"text": null, "flag": null, "count": null, "ts": null}"#;
        assert_eq!(probe(nulls), Ok((None, None, None, None)));
        let native = r#"{"text": true, "flag": false, "count": 3, "ts": -5}"#;
        assert_eq!(
            probe(native),
            Ok((Some(true), Some(false), Some(3), Some(-5)))
        );
        let loose = r#"{"text": "false", "flag": 1, "count": true, "ts": " 1700 "}"#;
        assert_eq!(
            probe(loose),
            Ok((Some(false), Some(true), Some(1), Some(1700)))
        );
        let blank = r#"{"text": "", "ts": "  "}"#;
        assert_eq!(probe(blank), Ok((None, None, None, None)));
        let huge = r#"{"count": 18446744073709551615}"#;
        assert_eq!(probe(huge), Ok((None, None, Some(i64::MAX), None)));
    }

    #[test]
    fn other_forms_are_errors_naming_the_expected_form() {
        for (json, expecting) in [
            (
                r#"{"text": "yes"}"#,
                "invalid value: string \"yes\", expected a boolean or",
            ),
            (
                r#"{"text": 1}"#,
                "invalid type: integer `1`, expected a boolean or",
            ),
            (
                r#"{"flag": "1"}"#,
                "invalid type: string \"1\", expected a boolean, 0 or 1",
            ),
            (
                r#"{"count": "2"}"#,
                "invalid type: string \"2\", expected an integer, a boolean",
            ),
            (
                r#"{"ts": "soon"}"#,
                "invalid value: string \"soon\", expected an integer or",
            ),
            (
                r#"{"ts": true}"#,
                "invalid type: boolean `true`, expected an integer or",
            ),
            (r#"{"ts": 18446744073709551615}"#, "integer out of range"),
            (
                r#"{"flag": 1.5}"#,
                "invalid type: floating point `1.5`, expected a boolean",
            ),
            (
                r#"{"count": [1]}"#,
                "invalid type: sequence, expected an integer",
            ),
        ] {
            let error = probe(json).expect_err(json);
            assert!(error.starts_with(expecting), "{json}: {error}");
        }
    }
}
