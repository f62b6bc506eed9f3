//! Whether a DPIA is required, derived from the casus itself: the AP list
//! (Stcrt. 2019, 64418) items we can detect, and the WP248 criteria count
//! (two or more: required; one: recommended).

use crate::model::{BijzondereCategorie, Casus, GegevenSoort, PartijSoort, Stroom};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Oordeel {
    Verplicht,
    Aanbevolen,
    NietVerplicht,
}

impl Oordeel {
    pub fn label(self) -> &'static str {
        match self {
            Oordeel::Verplicht => "DPIA verplicht",
            Oordeel::Aanbevolen => "DPIA aanbevolen",
            Oordeel::NietVerplicht => "DPIA niet verplicht",
        }
    }
}

/// One reason: an AP list item or a WP248 criterion, with why it applies here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signaal {
    pub nummer: u8,
    pub naam: &'static str,
    /// Why, for `check`: the finding with at most three ids of each kind.
    pub reden: String,
    /// Why, without ids: documents add the names and flow numbers themselves.
    pub omschrijving: &'static str,
    /// Every party the reason is about, by id.
    pub partijen: Vec<String>,
    /// Every flow the reason is about, by id.
    pub stromen: Vec<String>,
}

impl Signaal {
    fn new(nummer: u8, naam: &'static str, omschrijving: &'static str) -> Signaal {
        Signaal {
            nummer,
            naam,
            reden: omschrijving.to_string(),
            omschrijving,
            partijen: Vec::new(),
            stromen: Vec::new(),
        }
    }
    fn partijen(mut self, ids: &BTreeSet<&str>) -> Signaal {
        self.partijen = ids.iter().map(|s| s.to_string()).collect();
        self
    }
    fn stromen(mut self, ids: &BTreeSet<&str>) -> Signaal {
        self.stromen = ids.iter().map(|s| s.to_string()).collect();
        self
    }
    fn reden(mut self, reden: String) -> Signaal {
        self.reden = reden;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub oordeel: Oordeel,
    /// Items of the AP list that apply.
    pub ap_lijst: Vec<Signaal>,
    /// WP248 criteria that apply.
    pub wp248: Vec<Signaal>,
}

impl Assessment {
    /// One Dutch sentence with every reason, for messages and documents.
    pub(crate) fn summary(&self) -> String {
        let mut parts = Vec::new();
        for s in &self.ap_lijst {
            parts.push(format!(
                "AP-lijst punt {} ({}): {}",
                s.nummer, s.naam, s.reden
            ));
        }
        for s in &self.wp248 {
            parts.push(format!(
                "WP248-criterium {} ({}): {}",
                s.nummer, s.naam, s.reden
            ));
        }
        let count = format!("{} van de 9 WP248-criteria", self.wp248.len());
        if parts.is_empty() {
            format!(
                "{}; geen punt van de AP-lijst en {count}",
                self.oordeel.label()
            )
        } else {
            format!("{} ({count}); {}", self.oordeel.label(), parts.join("; "))
        }
    }
}

fn sensitive(casus: &Casus, s: &Stroom) -> bool {
    casus
        .gegevens_van(s)
        .any(|g| g.soort.value != GegevenSoort::Gewoon)
}

fn health(casus: &Casus, s: &Stroom) -> bool {
    casus.gegevens_van(s).any(|g| {
        g.categorie
            .as_ref()
            .is_some_and(|c| c.value == BijzondereCategorie::Gezondheid)
    })
}

fn parties_of(s: &Stroom) -> impl Iterator<Item = &str> {
    std::iter::once(s.van.value.as_str()).chain(s.naar.iter().map(|n| n.value.as_str()))
}

fn soort_of(casus: &Casus, id: &str) -> Option<PartijSoort> {
    casus.partij(id).map(|p| p.soort.value)
}

/// At most three ids for a reason, so messages stay readable.
fn some(ids: &BTreeSet<&str>) -> String {
    let list: Vec<&str> = ids.iter().copied().collect();
    crate::ids::list(&list[..list.len().min(3)])
        + &if list.len() > 3 {
            format!(" en {} andere", list.len() - 3)
        } else {
            String::new()
        }
}

pub fn assess(casus: &Casus) -> Assessment {
    let mut ap_lijst = Vec::new();
    let mut wp248 = Vec::new();

    // AP list item 8: a gemeente (or other public authority) exchanges special or
    // sensitive data, which includes the involvement of youth care, with others.
    let mut item8: BTreeSet<&str> = BTreeSet::new();
    let mut authorities: BTreeSet<&str> = BTreeSet::new();
    for s in &casus.stromen {
        let public: Vec<&str> = parties_of(s)
            .filter(|p| casus.partij(p).is_some_and(|p| p.is_overheid()))
            .collect();
        let youth_care =
            parties_of(s).any(|p| soort_of(casus, p) == Some(PartijSoort::Jeugdhulpaanbieder));
        if !public.is_empty() && (sensitive(casus, s) || youth_care) {
            item8.insert(&s.id.value);
            authorities.extend(public);
        }
    }
    if !item8.is_empty() {
        ap_lijst.push(
            Signaal::new(
                8,
                "samenwerkingsverbanden",
                "bijzondere of gevoelige gegevens, of gegevens over jeugdhulp, gaan van of naar een overheid",
            )
            .reden(format!(
                "bijzondere of gevoelige gegevens, of gegevens over jeugdhulp, gaan van of naar een overheid: {} (stromen {})",
                some(&authorities),
                some(&item8)
            ))
            .partijen(&authorities)
            .stromen(&item8),
        );
    }

    let grootschalig = casus
        .dpia
        .as_ref()
        .is_some_and(|d| d.value.value.grootschalig);
    let health_flows: BTreeSet<&str> = casus
        .stromen
        .iter()
        .filter(|s| health(casus, s))
        .map(|s| s.id.value.as_str())
        .collect();
    // AP list item 7: large-scale processing of health data.
    if grootschalig && !health_flows.is_empty() {
        ap_lijst.push(
            Signaal::new(
                7,
                "gezondheidsgegevens",
                "gezondheidsgegevens op grote schaal",
            )
            .reden(format!(
                "gezondheidsgegevens op grote schaal (dpia.grootschalig; stromen {})",
                some(&health_flows)
            ))
            .stromen(&health_flows),
        );
    }

    let sensitive_flows: BTreeSet<&str> = casus
        .stromen
        .iter()
        .filter(|s| sensitive(casus, s))
        .map(|s| s.id.value.as_str())
        .collect();
    if !sensitive_flows.is_empty() {
        wp248.push(
            Signaal::new(
                4,
                "bijzondere of zeer gevoelige persoonsgegevens",
                "bijzondere of strafrechtelijke gegevens of identificatienummers worden gedeeld",
            )
            .reden(format!(
                "bijzondere, strafrechtelijke gegevens of identificatienummers in stromen {}",
                some(&sensitive_flows)
            ))
            .stromen(&sensitive_flows),
        );
    }
    if grootschalig {
        wp248.push(
            Signaal::new(
                5,
                "grootschalige gegevensverwerking",
                "de verantwoordelijke beoordeelt de verwerking als grootschalig",
            )
            .reden("de casus geeft `dpia.grootschalig: true`".to_string()),
        );
    }
    // Criterion 6: a recipient combines data from two or more providers.
    let mut providers: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in &casus.stromen {
        for n in &s.naar {
            providers.entry(&n.value).or_default().insert(&s.van.value);
        }
    }
    let combining: BTreeSet<&str> = providers
        .iter()
        .filter(|(_, from)| from.len() >= 2)
        .map(|(to, _)| *to)
        .collect();
    if !combining.is_empty() {
        wp248.push(
            Signaal::new(
                6,
                "koppelen van datasets",
                "gegevens van twee of meer partijen komen samen bij één ontvanger",
            )
            .reden(format!(
                "gegevens van twee of meer partijen komen samen bij {}",
                some(&combining)
            ))
            .partijen(&combining),
        );
    }
    // Criterion 7: the data subjects of this covenant are children.
    if !casus.stromen.is_empty() {
        wp248.push(Signaal::new(
            7,
            "kwetsbare betrokkenen",
            "de betrokkenen zijn jeugdigen (leerlingen) en hun ouders",
        ));
    }
    if casus
        .dpia
        .as_ref()
        .is_some_and(|d| d.value.value.nieuwe_technologie)
    {
        wp248.push(
            Signaal::new(
                8,
                "gebruik van nieuwe technologieën",
                "de verwerking gebruikt een nieuwe technologie of een nieuwe organisatorische oplossing",
            )
            .reden("de casus geeft `dpia.nieuwe_technologie: true`".to_string()),
        );
    }

    let oordeel = if !ap_lijst.is_empty() || wp248.len() >= 2 {
        Oordeel::Verplicht
    } else if wp248.len() == 1 {
        Oordeel::Aanbevolen
    } else {
        Oordeel::NietVerplicht
    };
    Assessment {
        oordeel,
        ap_lijst,
        wp248,
    }
}
