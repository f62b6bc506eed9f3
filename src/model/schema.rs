//! JSON Schema shapes for values the model reads as plain strings: ids,
//! references to ids, and catalogue ids. The schema then checks an id's
//! spelling and offers the catalogue's ids for completion in an editor,
//! from the same lists `check` uses.

use crate::catalogue::{self, Use};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

/// The pattern of an id, the same rule as [`crate::ids::is_slug`]:
/// lowercase letters, digits and hyphens, no hyphen first or last, at most
/// [`crate::ids::MAX_LEN`] characters.
pub(crate) fn id_pattern() -> String {
    format!(
        "^[a-z0-9]([a-z0-9-]{{0,{}}}[a-z0-9])?$",
        crate::ids::MAX_LEN - 2
    )
}

/// An id, or a reference to one: `gemeente-voorstad`.
pub(crate) struct Id;

impl JsonSchema for Id {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": id_pattern() })
    }
}

/// The catalogue's ids that fit a place in the casus.
fn fitting(place: Use) -> Vec<String> {
    catalogue::all()
        .iter()
        .filter(|g| place.accepts(g.soort))
        .map(|g| g.id.clone())
        .collect()
}

/// A catalogue id for a place that also takes the casus's own citations
/// (`wetten:`): the catalogue's ids are offered, any id is allowed.
fn catalogue_or_own(place: Use) -> Schema {
    json_schema!({
        "anyOf": [
            { "type": "string", "enum": fitting(place) },
            { "type": "string", "pattern": id_pattern() }
        ]
    })
}

/// `taken[].grondslag`: only a basis of art. 6(1) AVG, which an own
/// citation (a sectorwet or meldrecht) never is.
pub(crate) struct TaakGrondslag;

impl JsonSchema for TaakGrondslag {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "TaakGrondslag".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "enum": fitting(Use::TaskBasis) })
    }
}

/// `stromen[].grondslag`.
pub(crate) struct StroomGrondslag;

impl JsonSchema for StroomGrondslag {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "StroomGrondslag".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        catalogue_or_own(Use::FlowBasis)
    }
}

/// `stromen[].uitzondering`.
pub(crate) struct Uitzondering;

impl JsonSchema for Uitzondering {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Uitzondering".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        catalogue_or_own(Use::Exception)
    }
}

/// An item of `wet:` (of a task or a flow).
pub(crate) struct WetId;

impl JsonSchema for WetId {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "WetId".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        catalogue_or_own(Use::Statute)
    }
}

/// An e-mail address (`fg.email`); FG-02 checks it further.
pub(crate) struct Email;

impl JsonSchema for Email {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Email".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "email" })
    }
}
