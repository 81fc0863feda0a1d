//! Lenient decoders for fields whose JSON type Sendbird sends inconsistently: scalars (a
//! boolean as `0`/`1` or `"true"`, an integer as a numeric string) and lists (one item or
//! one string standing for a list). Each decoder reads the value in one pass, as a [`Scalar`]
//! or as [`Items`], and keeps what it accepts; any other value is the error serde's own
//! visitor would give, naming what the field expects.

use std::borrow::Cow;
use std::collections::HashMap;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, StrDeserializer};
use serde::de::{Error, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Deserializer};

/// A JSON `null`, boolean, integer or string, as a lenient decoder reads it.
enum Scalar<'de> {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Str(Cow<'de, str>),
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

/// A JSON `null`, string, object (read as one `T`) or list of `T`, as the lenient list
/// decoders (and the hand-written `Deserialize` impls of values that come in several forms)
/// read it; each decoder says what a lone string or object stands for.
pub(crate) enum Items<'de, T> {
    Null,
    Str(Cow<'de, str>),
    Object(T),
    List(Vec<T>),
}

impl<'de, T: Deserialize<'de>> Items<'de, T> {
    /// Reads the value; any other JSON value is an "invalid type" error naming `expecting`.
    pub(crate) fn read<D: Deserializer<'de>>(
        deserializer: D,
        expecting: &'static str,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ItemsVisitor(expecting, PhantomData))
    }

    /// The "invalid type" error for a form the decoder does not take.
    pub(crate) fn refuse<E: Error>(&self, expecting: &'static str) -> E {
        let unexpected = match self {
            Self::Null => Unexpected::Unit,
            Self::Str(value) => Unexpected::Str(value),
            Self::Object(_) => Unexpected::Map,
            Self::List(_) => Unexpected::Seq,
        };
        E::invalid_type(unexpected, &expecting)
    }
}

struct ItemsVisitor<T>(&'static str, PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ItemsVisitor<T> {
    type Value = Items<'de, T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }

    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Items::Str(value.into()))
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Items::Str(value.to_owned().into()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Items::Object)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Items::List(items))
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(Items::Null)
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(Items::Null)
    }
}

/// Reads `null` (as empty), a list, or one item standing alone (an object, or a string the
/// item decodes from).
pub(crate) fn one_or_many<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    match Items::read(deserializer, "a value, a list of values or null")? {
        Items::Null => Ok(Vec::new()),
        Items::Str(one) => {
            T::deserialize(StrDeserializer::<D::Error>::new(&one)).map(|item| vec![item])
        }
        Items::Object(one) => Ok(vec![one]),
        Items::List(many) => Ok(many),
    }
}

/// Reads `null`, a string or a list of strings as a list (an empty string as none).
pub(crate) fn string_or_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    Ok(
        match Items::read(deserializer, "a string, a list of strings or null")? {
            Items::Null => Vec::new(),
            Items::Str(one) if one.is_empty() => Vec::new(),
            Items::Str(one) => vec![one.into_owned()],
            Items::Object(one) => vec![one],
            Items::List(many) => many,
        },
    )
}

/// Reads a list of strings, one comma-separated string (split, trimmed, empty entries
/// dropped), or `null` (as `None`).
pub(crate) fn comma_joined_or_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Vec<String>>, D::Error> {
    const EXPECTING: &str = "a list of strings, a comma-separated string, or null";
    Ok(match Items::read(deserializer, EXPECTING)? {
        Items::Null => None,
        Items::Str(joined) => Some(
            joined
                .split(',')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        Items::Object(one) => Some(vec![one]),
        Items::List(many) => Some(many),
    })
}

/// Reads an object of strings, `null` (as empty), or a list of such objects (merged in
/// order, a later key replacing an earlier one).
pub(crate) fn map_or_list_of_maps<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<HashMap<String, String>, D::Error> {
    const EXPECTING: &str = "an object of strings, a list of such objects, or null";
    match Items::<HashMap<String, String>>::read(deserializer, EXPECTING)? {
        Items::Null => Ok(HashMap::new()),
        Items::Object(map) => Ok(map),
        Items::List(maps) => Ok(maps.into_iter().flatten().collect()),
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

    #[derive(Debug, PartialEq, Deserialize)]
    struct Item {
        id: String,
    }

    impl<'a> From<&'a str> for Item {
        fn from(id: &'a str) -> Self {
            Self { id: id.to_owned() }
        }
    }

    #[derive(Deserialize)]
    struct Lists {
        #[serde(default, deserialize_with = "super::one_or_many")]
        items: Vec<String>,
        #[serde(default, deserialize_with = "super::one_or_many")]
        objects: Vec<Item>,
        #[serde(default, deserialize_with = "super::string_or_list")]
        keys: Vec<String>,
        #[serde(default, deserialize_with = "super::comma_joined_or_list")]
        words: Option<Vec<String>>,
    }

    type Read = (Vec<String>, Vec<Item>, Vec<String>, Option<Vec<String>>);

    fn lists(json: &str) -> Result<Read, String> {
        serde_json::from_str::<Lists>(json)
            .map(|l| (l.items, l.objects, l.keys, l.words))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn each_list_decoder_reads_a_lone_value_its_own_way() {
        let none = || (vec![], vec![], vec![], None);
        assert_eq!(lists("{}"), Ok(none()));
        let nulls = r#"{"items": null, "objects": null, "keys": null, "words": null}"#;
        assert_eq!(lists(nulls), Ok(none()));
        let lone = r#"{"items": "a", "objects": {"id": "o"}, "keys": "k", "words": " x, ,y "}"#;
        let words = Some(vec!["x".to_owned(), "y".to_owned()]);
        let read = (
            vec!["a".into()],
            vec![Item::from("o")],
            vec!["k".into()],
            words,
        );
        assert_eq!(lists(lone), Ok(read));
        let many =
            r#"{"items": ["a", "b"], "objects": [{"id": "p"}], "keys": ["", "k"], "words": []}"#;
        let read = (
            vec!["a".into(), "b".into()],
            vec![Item::from("p")],
            vec!["".into(), "k".into()],
            Some(vec![]),
        );
        assert_eq!(lists(many), Ok(read));
        assert_eq!(lists(r#"{"keys": ""}"#), Ok(none()));
        for json in [
            r#"{"items": 3}"#,
            r#"{"keys": {"a": 1}}"#,
            r#"{"words": [3]}"#,
        ] {
            assert!(lists(json).is_err(), "{json}");
        }
    }

    #[test]
    fn thumbnail_entries_are_objects_urls_or_null() {
        #[derive(Deserialize)]
        struct File {
            #[serde(default, deserialize_with = "crate::models::thumbnails")]
            thumbnails: Vec<crate::models::MessageThumbnail>,
        }

        let json = r#"{"thumbnails": [{"url": "a", "real_height": 2}, "b", null]}"#;
        let file: File = serde_json::from_str(json).expect("decodes");
        let urls: Vec<_> = file.thumbnails.iter().map(|t| t.url.as_deref()).collect();
        assert_eq!(urls, [Some("a"), Some("b"), None]);
        assert_eq!(file.thumbnails[0].real_height, Some(2));
        let null: File = serde_json::from_str(r#"{"thumbnails": null}"#).expect("decodes");
        assert!(null.thumbnails.is_empty());
        for json in [r#"{"thumbnails": [3]}"#, r#"{"thumbnails": [["a"]]}"#] {
            assert!(serde_json::from_str::<File>(json).is_err(), "{json}");
        }
    }
}
