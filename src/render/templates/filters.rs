//! The filters and functions templates may use: `opsomming`, `voluit`,
//! `melding`, `citaten`, `citeer`, `citeer_samen`, `citeer_reeks`, a bounded `range`,
//! and `safe` switched off.

use super::limits::bounded_range;
use crate::nl::{opsomming, voluit};
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
        |items: &[Value], kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let items: Vec<String> = items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect();
            // `taal="en"`: `a, b and c`, for a document in English.
            Ok(if engels(&kwargs)? {
                crate::nl::opsomming_engels(&items)
            } else {
                opsomming(&items)
            })
        },
    );
    tera.register_filter("voluit", |n: u64, _: Kwargs, _: &State| -> String {
        voluit(n)
    });
    // `{{ m.bericht | melding }}`: a message of `check`, whose ids stand
    // between backticks as in a terminal, with those ids as code.
    tera.register_filter("melding", |text: &str, _: Kwargs, _: &State| -> Value {
        Value::safe_string(&melding(text))
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
    // `{{ open(id="aansprakelijkheid", wie="Partijen gezamenlijk", wat="...",
    // bij="convenant", sleutel="aansprakelijkheid", artikel=artikel.x) }}`:
    // an open item, recorded and marked (see `render::open`).
    tera.register_function(
        "open",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let text = |key: &str| -> tera::TeraResult<Option<String>> {
                Ok(kwargs
                    .get::<Value>(key)?
                    .filter(|v| !v.is_none())
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)))
            };
            let id: String = kwargs.must_get("id")?;
            // Filled in the casus (`antwoorden:` of the DPIA, `afspraken:` of a
            // processor): the answer, as text, instead of the mark.
            let name = id.rsplit('/').next().unwrap_or(&id).to_string();
            if let Some(answer) = kwargs
                .get::<Value>("antwoorden")?
                .and_then(|m| m.get_from_path(&name).cloned())
                .and_then(|a| a.as_str().map(str::to_string))
                .filter(|a| !a.trim().is_empty())
            {
                return Ok(Value::safe_string(&crate::render::markdown_escape::escape(
                    &answer,
                )));
            }
            let wie = text("wie")?.ok_or_else(|| {
                tera::Error::message("`open`: `wie` ontbreekt: wie moet dit beslissen?")
            })?;
            let token = crate::render::open::record(crate::render::open::Recorded {
                id,
                wie,
                wat: text("wat")?.unwrap_or_default(),
                bij: text("bij")?.unwrap_or_else(|| "convenant".into()),
                sleutel: text("sleutel")?,
                artikel: text("artikel")?.map(|a| format!("artikel {a}")),
            });
            Ok(Value::safe_string(&token))
        },
    );
    // `## Kop{{ anker(id="open-3") }}`: a heading's anchor, ` {#open-3}`,
    // for ids of lowercase letters, digits and hyphens only.
    tera.register_function(
        "anker",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let id: String = kwargs
                .must_get::<Value>("id")
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))?;
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(tera::Error::message(format!(
                    "`anker`: `{id}` is geen anker; gebruik kleine letters, cijfers en streepjes"
                )));
            }
            Ok(Value::safe_string(&format!(" {{#{id}}}")))
        },
    );
    // `{{ citeer(id="avg-28-3-a") }}` prints the exact citation from the
    // catalogue; an id that is not there stops the render.
    tera.register_function(
        "citeer",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let id: String = kwargs.must_get("id")?;
            let g = crate::catalogue::get(&id).ok_or_else(|| {
                tera::Error::message(format!(
                    "`citeer`: `{id}` staat niet in de catalogus (src/catalogue/grondslagen.yaml); `convenant grondslagen` toont de hele lijst"
                ))
            })?;
            if engels(&kwargs)? {
                return crate::catalogue::citaat_en(g).ok_or_else(|| {
                    tera::Error::message(format!(
                        "`citeer`: `{id}` heeft geen Engelse vindplaats; geef in grondslagen.yaml een `en:`"
                    ))
                });
            }
            Ok(g.citaat.clone())
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
            if engels(&kwargs)? {
                // English has no combined form in the catalogue: each citation, joined.
                let en: Vec<String> = citaten
                    .iter()
                    .map(|c| crate::catalogue::engels(c).unwrap_or_else(|| c.to_string()))
                    .collect();
                return Ok(en.join(" and "));
            }
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
            let reeks = if engels(&kwargs)? {
                crate::catalogue::artikelreeks_en
            } else {
                crate::catalogue::artikelreeks
            };
            reeks(&citaat(&van)?, &citaat(&tot)?).ok_or_else(|| {
                tera::Error::message(format!(
                    "`citeer_reeks`: `{van}` en `{tot}` zijn geen hele artikelen van dezelfde wet"
                ))
            })
        },
    );
}

/// `taal="en"` on a citation function or `opsomming`: English.
fn engels(kwargs: &Kwargs) -> tera::TeraResult<bool> {
    match kwargs.get::<String>("taal")?.as_deref() {
        None | Some("nl") => Ok(false),
        Some("en") => Ok(true),
        Some(other) => Err(tera::Error::message(format!(
            "`taal=\"{other}\"`: `opsomming` en de citeerfuncties kennen alleen \"nl\" en \"en\""
        ))),
    }
}

/// A message as Markdown: the parts between a pair of backticks become code
/// spans (without line breaks or backticks, so they stay one span), the rest
/// is escaped text; an unpaired backtick stays a backtick.
pub(crate) fn melding(text: &str) -> String {
    use crate::render::markdown_escape::escape;
    let parts: Vec<&str> = text.split('`').collect();
    let paired = parts.len() % 2 == 1;
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        let last_unpaired = !paired && i == parts.len() - 1;
        if i % 2 == 1 && !last_unpaired {
            let code: String = part
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            if code.trim().is_empty() {
                continue;
            }
            out.push_str(&format!("`{}`", code.trim()));
        } else {
            if last_unpaired {
                out.push_str("\\`");
            }
            // `escape` trims; keep the spaces around the code spans.
            let lead = part.len() - part.trim_start().len();
            let trail = part.len() - part.trim_end().len();
            out.push_str(&" ".repeat(lead.min(1)));
            out.push_str(&escape(part));
            if !part.trim().is_empty() {
                out.push_str(&" ".repeat(trail.min(1)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::melding;

    #[test]
    fn ids_become_code_and_the_rest_stays_text() {
        assert_eq!(melding("partij `a` en `b`"), "partij `a` en `b`");
        assert_eq!(melding("een ` alleen"), "een \\` alleen");
        assert_eq!(melding("<script> `x`"), "\\<script\\> `x`");
        let html = crate::render::html::body(&melding("stroom `s1` naar *b*"));
        assert_eq!(html, "<p>stroom <code>s1</code> naar *b*</p>\n");
    }
}
