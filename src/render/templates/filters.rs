//! The filters and functions templates may use: `opsomming`, `voluit`,
//! `citaten`, `citeer`, `citeer_samen`, `citeer_reeks`, a bounded `range`,
//! and `safe` switched off.

use super::limits::bounded_range;
use super::text::{opsomming, voluit};
use tera::{Kwargs, State, Tera, Value};

/// Register them all; filters are checked when templates are added, so
/// this comes first.
pub(super) fn register(tera: &mut Tera) {
    // Filters are checked when templates are added: register them first.
    tera.register_filter("safe", |_: Value, _: Kwargs, _: &State| -> tera::TeraResult<Value> {
        Err(tera::Error::message(
            "het filter `safe` is uitgeschakeld: waarden uit de casus worden altijd als tekst opgenomen",
        ))
    });
    // `range` counts what it makes against one budget per document, so
    // nested loops in a region's template end with a message instead
    // of running for hours (tera's own limit is per call).
    tera.register_function("range", bounded_range);
    tera.register_filter(
        "opsomming",
        |items: &[Value], _: Kwargs, _: &State| -> String {
            let items: Vec<String> = items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect();
            opsomming(&items)
        },
    );
    tera.register_filter("voluit", |n: u64, _: Kwargs, _: &State| -> String {
        voluit(n)
    });
    // `{{ t.wetten | citaten }}`: catalogue citations (objects with
    // `citaat`, or the citation text) combined the way the Aanwijzingen
    // voor de regelgeving do: `de artikelen 2.3 en 7.4.0 van de Jeugdwet`.
    tera.register_filter(
        "citaten",
        |items: &[Value], _: Kwargs, _: &State| -> tera::TeraResult<String> {
            let citaten: Vec<&str> = items
                .iter()
                .map(|v| {
                    v.as_str()
                        .or_else(|| v.get_from_path("citaat").and_then(Value::as_str))
                        .ok_or_else(|| {
                            tera::Error::message(format!(
                                "het filter `citaten` krijgt een lijst van citaten (met `citaat`), niet `{v}`"
                            ))
                        })
                })
                .collect::<tera::TeraResult<_>>()?;
            Ok(crate::catalogue::combineer(&citaten))
        },
    );
    // `{{ citeer(id="avg-28-3-a") }}` prints the exact citation from the
    // catalogue; an id that is not there stops the render.
    tera.register_function(
        "citeer",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let id: String = kwargs.must_get("id")?;
            crate::catalogue::get(&id)
                .map(|g| g.citaat.clone())
                .ok_or_else(|| {
                    tera::Error::message(format!(
                        "`citeer`: `{id}` staat niet in de catalogus (src/catalogue/grondslagen.yaml); `convenant grondslagen` toont de hele lijst"
                    ))
                })
        },
    );
    // `{{ citeer_samen(ids=["avg-28-2", "avg-28-4"]) }}` prints
    // `artikel 28, tweede en vierde lid, AVG`: several catalogue entries,
    // combined like the `citaten` filter.
    tera.register_function(
        "citeer_samen",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let ids: Vec<String> = kwargs.must_get("ids")?;
            let citaten = ids
                .iter()
                .map(|id| {
                    crate::catalogue::get(id).map(|g| g.citaat.as_str()).ok_or_else(|| {
                        tera::Error::message(format!(
                            "`citeer_samen`: `{id}` staat niet in de catalogus (src/catalogue/grondslagen.yaml); `convenant grondslagen` toont de hele lijst"
                        ))
                    })
                })
                .collect::<tera::TeraResult<Vec<&str>>>()?;
            Ok(crate::catalogue::combineer(&citaten))
        },
    );
    // `de {{ citeer_reeks(van="avg-15", tot="avg-22") }}` prints
    // `de artikelen 15 tot en met 22 AVG`, from two catalogue entries.
    tera.register_function(
        "citeer_reeks",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let van: String = kwargs.must_get("van")?;
            let tot: String = kwargs.must_get("tot")?;
            let citaat = |id: &str| {
                crate::catalogue::get(id).map(|g| g.citaat.clone()).ok_or_else(|| {
                    tera::Error::message(format!(
                        "`citeer_reeks`: `{id}` staat niet in de catalogus (src/catalogue/grondslagen.yaml); `convenant grondslagen` toont de hele lijst"
                    ))
                })
            };
            crate::catalogue::reeks(&citaat(&van)?, &citaat(&tot)?).ok_or_else(|| {
                tera::Error::message(format!(
                    "`citeer_reeks`: `{van}` en `{tot}` zijn geen hele artikelen van dezelfde wet"
                ))
            })
        },
    );
}
