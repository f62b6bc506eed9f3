//! A calendar date as the casus writes it (`JJJJ-MM-DD`).

use super::*;
use std::fmt;

/// A calendar date written as `JJJJ-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Datum {
    pub jaar: u16,
    pub maand: u8,
    pub dag: u8,
}

impl Datum {
    /// The first year a date of the casus may have.
    pub(crate) const EERSTE_JAAR: u16 = 1970;

    pub(crate) fn parse(s: &str) -> Option<Datum> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        let datum = Datum {
            jaar: y.parse().ok()?,
            maand: m.parse().ok()?,
            dag: d.parse().ok()?,
        };
        let leap = datum.jaar.is_multiple_of(4)
            && (!datum.jaar.is_multiple_of(100) || datum.jaar.is_multiple_of(400));
        let days = match datum.maand {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (datum.dag >= 1 && datum.dag <= days).then_some(datum)
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

impl JsonSchema for Datum {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Datum".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl<'de> Deserialize<'de> for Datum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let datum = Datum::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{s}` is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01"
            ))
        })?;
        // A PDF's creation date counts seconds from 1970; no agreement of
        // this kind is older.
        if datum.jaar < Datum::EERSTE_JAAR {
            return Err(serde::de::Error::custom(format!(
                "`{s}` is geen geldige datum voor een convenant: convenant werkt met datums vanaf {}; controleer het jaartal",
                Datum::EERSTE_JAAR
            )));
        }
        Ok(datum)
    }
}
