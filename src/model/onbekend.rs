//! `onbekend`: a value a document needs that the region does not know yet.
//!
//! Where a field takes `onbekend`, writing it is the same as leaving the key
//! out: the documents print an open item there (“In te vullen door …”), and
//! a definitief covenant is refused until it is filled. Writing `onbekend`
//! says so on purpose, so nobody invents a name or a date to get documents.
//! “None” is only what a user says explicitly, such as `verwerkers: []`.

use super::*;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, IntoDeserializer, Visitor};
use std::marker::PhantomData;

/// The word that marks a value as not yet known.
pub const ONBEKEND: &str = "onbekend";

/// `deserialize_with` for `Option<T>`: `onbekend` (or an empty value) is
/// `None`, anything else is read as `T`.
pub(crate) fn of<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct V<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(
                f,
                "een waarde, of `{ONBEKEND}` zolang die nog niet bekend is"
            )
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            // Blank is not a value either: it would print as nothing.
            if s.trim().is_empty() || s.trim().eq_ignore_ascii_case(ONBEKEND) {
                return Ok(None);
            }
            T::deserialize(s.into_deserializer()).map(Some)
        }
        fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
            self.visit_str(&s)
        }
        fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
            T::deserialize(b.into_deserializer()).map(Some)
        }
        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
            T::deserialize(n.into_deserializer()).map(Some)
        }
        fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
            T::deserialize(n.into_deserializer()).map(Some)
        }
        fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
            T::deserialize(n.into_deserializer()).map(Some)
        }
        fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            T::deserialize(MapAccessDeserializer::new(map)).map(Some)
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            T::deserialize(SeqAccessDeserializer::new(seq)).map(Some)
        }
    }
    d.deserialize_any(V(PhantomData))
}

/// The JSON Schema of a field that takes `onbekend` or a `T`.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum OfOnbekend<T> {
    Onbekend(Onbekend),
    Waarde(T),
}

/// Only the word `onbekend`.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
pub(crate) enum Onbekend {
    Onbekend,
}

/// How long the covenant runs: a number of years, for an indefinite
/// period, or not yet known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(untagged)]
pub enum Looptijd {
    /// `looptijd: 4`: four years from the date of the covenant.
    Jaren(u32),
    /// `looptijd: onbepaald` (or `onbekend`).
    Woord(LooptijdWoord),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LooptijdWoord {
    /// For an indefinite period.
    Onbepaald,
    /// Not yet decided: an open item.
    Onbekend,
}

impl<'de> Deserialize<'de> for Looptijd {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Looptijd, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Looptijd;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("een aantal jaren (bijvoorbeeld `4`), `onbepaald` of `onbekend`")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Looptijd, E> {
                match u32::try_from(n) {
                    Ok(n) if (1..=99).contains(&n) => Ok(Looptijd::Jaren(n)),
                    _ => Err(E::custom(format!(
                        "een looptijd van {n} jaar kan niet; schrijf een aantal jaren van 1 tot 99, `onbepaald` of `onbekend`"
                    ))),
                }
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Looptijd, E> {
                self.visit_u64(u64::try_from(n).unwrap_or(0))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Looptijd, E> {
                match s.trim() {
                    "onbepaald" => Ok(Looptijd::Woord(LooptijdWoord::Onbepaald)),
                    ONBEKEND => Ok(Looptijd::Woord(LooptijdWoord::Onbekend)),
                    other => Err(E::custom(format!(
                        "`{other}` is geen looptijd; schrijf een aantal jaren (bijvoorbeeld `looptijd: 4`), `onbepaald` of `onbekend`"
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}
