//! Lenient decoders for fields whose JSON type Sendbird's docs disagree on.

use serde::{Deserialize, Deserializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum StringOrNumber {
    Text(String),
    Int(i64),
    UInt(u64),
    Float(f64),
}

impl StringOrNumber {
    fn into_string(self) -> String {
        match self {
            Self::Text(text) => text,
            Self::Int(n) => n.to_string(),
            Self::UInt(n) => n.to_string(),
            Self::Float(n) => n.to_string(),
        }
    }
}

/// A string id that older docs typed as a number (`call_id` was once a `long`).
pub(crate) fn id_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    StringOrNumber::deserialize(deserializer).map(StringOrNumber::into_string)
}

#[derive(Deserialize)]
#[serde(untagged)]
enum BoolOrText {
    Bool(bool),
    Text(String),
}

/// A boolean the docs type as a string (`is_video_call`): `true`, `"true"`, `"1"` are true;
/// `null` is `None`; any other text is `false`.
pub(crate) fn opt_bool<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    Ok(
        Option::<BoolOrText>::deserialize(deserializer)?.map(|value| match value {
            BoolOrText::Bool(b) => b,
            BoolOrText::Text(text) => {
                let text = text.trim();
                text.eq_ignore_ascii_case("true") || text == "1"
            }
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Probe {
        #[serde(deserialize_with = "id_string")]
        id: String,
        #[serde(default, deserialize_with = "opt_bool")]
        flag: Option<bool>,
    }

    #[test]
    fn ids_and_flags_decode_leniently() {
        let probe: Probe = serde_json::from_str(r#"{"id": 12, "flag": "true"}"#).expect("decode");
        assert_eq!((probe.id.as_str(), probe.flag), ("12", Some(true)));
        let probe: Probe = serde_json::from_str(r#"{"id": "c-1", "flag": false}"#).expect("decode");
        assert_eq!((probe.id.as_str(), probe.flag), ("c-1", Some(false)));
        let probe: Probe = serde_json::from_str(r#"{"id": "c", "flag": null}"#).expect("decode");
        assert_eq!(probe.flag, None);
        let probe: Probe = serde_json::from_str(r#"{"id": "c"}"#).expect("decode");
        assert_eq!(probe.flag, None);
    }
}
