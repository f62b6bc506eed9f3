//! The builder that derives each view from the checked casus, with the
//! look-up tables it builds once.

use super::*;
use crate::model::{
    Casus, Gegeven, GegevenSoort, Identificatienummer, Partij, Ref, Stroom, Toestemmer, Verwerker,
};

/// How the documents name a party or group: its `korte_naam` when it has one.
pub(crate) fn display_name(casus: &Casus, id: &str) -> String {
    casus
        .partij(id)
        .map(|p| p.korte_naam.clone().unwrap_or_else(|| p.naam.clone()))
        .or_else(|| {
            casus
                .groep(id)
                .map(|g| g.korte_naam.clone().unwrap_or_else(|| g.naam.clone()))
        })
        .unwrap_or_else(|| id.to_string())
}

pub(crate) struct Builder<'a> {
    pub(crate) casus: &'a Casus,
    /// Data category id → names of the parties that provide it, in flow order;
    /// built once, so rendering stays linear in the size of the casus.
    pub(crate) bronnen: std::collections::HashMap<&'a str, Vec<String>>,
    /// Data category ids that some anonymous flow carries, and those that
    /// some other flow carries.
    pub(crate) in_anoniem: std::collections::HashSet<&'a str>,
    pub(crate) in_herkenbaar: std::collections::HashSet<&'a str>,
    /// Flow id → the parties that receive it (groups resolved), built once:
    /// the DPIA asks this of every flow for every party and processor.
    ontvangers: std::collections::HashMap<&'a str, Vec<&'a crate::model::Partij>>,
}

impl<'a> Builder<'a> {
    /// The parties that receive flow `s`, groups resolved, each once.
    pub(crate) fn ontvangers(&self, s: &crate::model::Stroom) -> &[&'a crate::model::Partij] {
        self.ontvangers
            .get(s.id.value.as_str())
            .map_or(&[], Vec::as_slice)
    }

    pub(crate) fn new(casus: &'a Casus) -> Builder<'a> {
        let mut b = Builder {
            casus,
            bronnen: std::collections::HashMap::new(),
            in_anoniem: std::collections::HashSet::new(),
            in_herkenbaar: std::collections::HashSet::new(),
            ontvangers: casus
                .stromen
                .iter()
                .map(|s| {
                    (
                        s.id.value.as_str(),
                        super::dpia_noodzaak::ontvangers(casus, s),
                    )
                })
                .collect(),
        };
        let mut bronnen: std::collections::HashMap<&'a str, Vec<String>> =
            std::collections::HashMap::new();
        for s in &casus.stromen {
            let naam = b.naam(&s.van.value);
            for g in &s.gegevens {
                let list = bronnen.entry(g.value.as_str()).or_default();
                if !list.contains(&naam) {
                    list.push(naam.clone());
                }
                if s.anoniem {
                    b.in_anoniem.insert(g.value.as_str());
                } else {
                    b.in_herkenbaar.insert(g.value.as_str());
                }
            }
        }
        b.bronnen = bronnen;
        b
    }

    pub(crate) fn naam(&self, id: &str) -> String {
        display_name(self.casus, id)
    }

    /// An accession, with whether its steps are still to come: in a concept,
    /// what lies after the version date (or every step, without one).
    pub(crate) fn toetreding(&self, t: &crate::model::Toetreding) -> ToetredingView {
        let c = self.casus.convenant.as_ref().map(|c| &c.value.value);
        let concept = c.is_none_or(|c| c.status == crate::model::Status::Concept);
        let versie = c.and_then(|c| c.versiedatum);
        let komt = |d: crate::model::Datum| concept && versie.is_none_or(|v| v < d);
        ToetredingView {
            datum: crate::nl::datum(t.datum),
            bekendgemaakt: t.bekendgemaakt.map(crate::nl::datum),
            gepland: komt(t.datum),
            bekendmaking_gepland: t.bekendgemaakt.is_none_or(komt),
        }
    }

    /// A citation as documents show it: the catalogue's, or the casus's own.
    pub(crate) fn citaat(&self, id: &str) -> Option<CitaatView> {
        self.casus.citatie(id).map(|g| CitaatView {
            id: g.id.clone(),
            citaat: g.citaat.clone(),
            uitleg: g.uitleg.clone(),
            soort: g.soort.id().to_string(),
        })
    }

    /// Whether `r` names a statutory right or duty to report.
    fn is_meldrecht(&self, r: Option<&Ref>) -> bool {
        r.and_then(|r| self.casus.citatie(&r.value))
            .is_some_and(|g| g.soort == crate::catalogue::Soort::Meldrecht)
    }

    pub(crate) fn citaten(&self, refs: &[Ref]) -> Vec<CitaatView> {
        refs.iter().filter_map(|r| self.citaat(&r.value)).collect()
    }

    pub(crate) fn taak(&self, t: &crate::model::Taak) -> TaakView {
        TaakView {
            id: t.id.value.clone(),
            omschrijving: t.omschrijving.clone(),
            grondslag: t.grondslag.as_ref().and_then(|g| self.citaat(&g.value)),
            op_toestemming: t.grondslag.as_ref().is_some_and(|g| g.value == "avg-6-1-a"),
            wetten: self.citaten(&t.wet),
            doelen: t
                .doelen
                .iter()
                .filter_map(|d| self.casus.doel(&d.value))
                .map(|d| d.omschrijving.clone())
                .collect(),
        }
    }

    pub fn partij(&self, p: &Partij) -> PartijView {
        PartijView {
            id: p.id.value.clone(),
            naam: p.korte_naam.clone().unwrap_or_else(|| p.naam.clone()),
            volledige_naam: p.naam.clone(),
            korte_naam: p.korte_naam.clone(),
            namens: p.namens.iter().map(|n| self.naam(&n.value)).collect(),
            besluit: self
                .casus
                .convenant
                .as_ref()
                .and_then(|c| {
                    c.value
                        .value
                        .besluiten
                        .iter()
                        .find(|b| b.partij.value == p.id.value)
                })
                .map(|b| BesluitView {
                    orgaan: b.orgaan.clone(),
                    kenmerk: b.kenmerk.clone(),
                    datum: crate::nl::datum(b.datum),
                }),
            mandaat: p.mandaat.as_ref().map(|m| AdviesView {
                datum: crate::nl::datum(m.datum),
                kenmerk: m.besluit.clone(),
            }),
            soort: p.soort.value.label().to_string(),
            soort_id: soort_id(p.soort.value).to_string(),
            vestiging: p.vestiging.clone(),
            adres: p.adres.clone(),
            vertegenwoordiger: p.vertegenwoordiger.as_ref().map(|v| PersoonView {
                naam: v.naam.clone(),
                functie: v.functie.clone(),
                is_burgemeester: v.functie.to_lowercase().contains("burgemeester"),
                volmacht: v.volmacht.as_ref().map(|b| AdviesView {
                    datum: crate::nl::datum(b.datum),
                    kenmerk: b.kenmerk.clone(),
                }),
            }),
            fg: p.fg.as_ref().map(|f| FgView {
                naam: f.naam.clone(),
                email: f.email.value.clone(),
            }),
            beroepsgeheim: p.beroepsgeheim,
            uitgevoerd_door: p.uitgevoerd_door.clone(),
            burgemeester: p.burgemeester,
            geheimhouding: geheimhouding(p),
            overheid: p.is_overheid(),
            volmacht: p.volmacht.as_ref().map(|v| VolmachtView {
                partij: self.naam(&v.partij.value),
                machtiging: v.machtiging.as_ref().map(|m| m.value.clone()),
            }),
            toetreding: p.toetreding.as_ref().map(|t| self.toetreding(&t.value)),
            taken: p.taken.iter().map(|t| self.taak(t)).collect(),
            verstrekt: self
                .casus
                .stromen
                .iter()
                .enumerate()
                .filter(|(_, s)| s.van.value == p.id.value)
                .map(|(i, _)| i + 1)
                .collect(),
            vraagt_geheimhouding: self.casus.vraagt_geheimhouding(p),
            ontvangt: self
                .casus
                .stromen
                .iter()
                .enumerate()
                .filter(|(_, s)| s.naar.iter().any(|n| n.value == p.id.value))
                .map(|(i, _)| i + 1)
                .collect(),
            functies: {
                let mut f: Vec<String> = Vec::new();
                for d in self
                    .casus
                    .casusoverleggen
                    .iter()
                    .flat_map(|o| o.vormen.iter().flat_map(|v| v.deelnemers.iter()))
                    .filter(|d| d.partij.value == p.id.value)
                {
                    if !f.contains(&d.functie) {
                        f.push(d.functie.clone());
                    }
                }
                f
            },
            deelnames: self
                .casus
                .casusoverleggen
                .iter()
                .flat_map(|o| {
                    o.vormen
                        .iter()
                        .flat_map(move |v| v.deelnemers.iter().map(move |d| (o, v, d)))
                })
                .filter(|(_, _, d)| d.partij.value == p.id.value)
                .map(|(o, v, d)| DeelnameView {
                    overleg: if v.eigen {
                        format!("{}: {}", o.naam, v.naam)
                    } else {
                        o.naam.clone()
                    },
                    functie: d.functie.clone(),
                    voorzitter: v
                        .voorzitter
                        .as_ref()
                        .map(|r| self.naam(&r.value))
                        .unwrap_or_default(),
                })
                .collect(),
        }
    }

    pub(crate) fn gegeven(&self, g: &Gegeven) -> GegevenView {
        let categorie = match (&g.categorie, &g.nummer) {
            (Some(c), _) => Some(categorie_label(c.value).to_string()),
            (None, Some(n)) => Some(
                match n.value {
                    Identificatienummer::Bsn => "burgerservicenummer (BSN)",
                    Identificatienummer::Pgn => "persoonsgebonden nummer (PGN)",
                }
                .to_string(),
            ),
            (None, None) => None,
        };
        GegevenView {
            id: g.id.value.clone(),
            naam: g.naam.clone(),
            soort: g.soort.value.label().to_string(),
            bijzonder: matches!(
                g.soort.value,
                GegevenSoort::Bijzonder | GegevenSoort::Strafrechtelijk
            ),
            categorie,
            soort_id: gegeven_soort_id(g.soort.value).to_string(),
            bronnen: self.bronnen(&g.id.value),
            anoniem: self.in_anoniem.contains(g.id.value.as_str())
                && !self.in_herkenbaar.contains(g.id.value.as_str()),
        }
    }

    /// The parties that provide data category `id` in some flow.
    pub(crate) fn bronnen(&self, id: &str) -> Vec<String> {
        self.bronnen.get(id).cloned().unwrap_or_default()
    }

    pub(crate) fn gegevens(&self, refs: &[Ref]) -> Vec<GegevenView> {
        refs.iter()
            .filter_map(|r| self.casus.gegeven(&r.value))
            .map(|g| self.gegeven(g))
            .collect()
    }

    /// The statutes a flow rests on: its own, or else those of the provider's
    /// tasks with the same basis (as rule GRD-04 allows); of those, the tasks
    /// that serve the flow's purpose when there are any.
    pub(crate) fn stroom_wetten(&self, s: &Stroom) -> Vec<CitaatView> {
        if !s.wet.is_empty() {
            return self.citaten(&s.wet);
        }
        let (Some(grondslag), Some(van)) = (&s.grondslag, self.casus.partij(&s.van.value)) else {
            return Vec::new();
        };
        let same_basis: Vec<&crate::model::Taak> = van
            .taken
            .iter()
            .filter(|t| t.grondslag.as_ref().map(|g| &g.value) == Some(&grondslag.value))
            .collect();
        let serving: Vec<&crate::model::Taak> = same_basis
            .iter()
            .copied()
            .filter(|t| t.doelen.iter().any(|d| d.value == s.doel.value))
            .collect();
        let tasks = if serving.is_empty() {
            same_basis
        } else {
            serving
        };
        let mut out: Vec<CitaatView> = Vec::new();
        for t in tasks {
            for c in self.citaten(&t.wet) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    pub(crate) fn stroom(&self, s: &Stroom) -> StroomView {
        let gegevens = self.gegevens(&s.gegevens);
        StroomView {
            id: s.id.value.clone(),
            doel: self
                .casus
                .doel(&s.doel.value)
                .map_or_else(|| s.doel.value.clone(), |d| d.omschrijving.clone()),
            bijzonder: gegevens.iter().any(|g| g.bijzonder),
            bijzondere_gegevens: gegevens
                .iter()
                .filter(|g| g.bijzonder)
                .map(|g| g.naam.clone())
                .collect(),
            gegevens: gegevens.into_iter().map(|g| g.naam).collect(),
            van: self.naam(&s.van.value),
            naar: s.naar.iter().map(|n| self.naam(&n.value)).collect(),
            grondslag: s.grondslag.as_ref().and_then(|g| self.citaat(&g.value)),
            wetten: self.stroom_wetten(s),
            uitzondering: s.uitzondering.as_ref().and_then(|u| self.citaat(&u.value)),
            toestemming: s.toestemming.as_ref().map(|t| {
                format!(
                    "{}, {}",
                    toestemmer_label(t.value.door.value),
                    vastlegging_label(t.value.vastgelegd.value)
                )
            }),
            toestemming_door: s
                .toestemming
                .as_ref()
                .map(|t| crate::model::spelling(&t.value.door.value)),
            toestemming_vastgelegd: s
                .toestemming
                .as_ref()
                .map(|t| vastlegging_label(t.value.vastgelegd.value).to_string()),
            toestemming_vrijwillig: s
                .toestemming
                .as_ref()
                .and_then(|t| t.value.vrijwillig.clone()),
            kanaal: kanaal_label(s.kanaal.value),
            kanaal_via: s.kanaal.value.via().to_string(),
            bewaartermijn: s.bewaartermijn.clone(),
            anoniem: s.anoniem,
            meldrecht: s.meldrechten(self.casus).next().is_some(),
            grondslag_is_meldrecht: self.is_meldrecht(s.grondslag.as_ref()),
            uitzondering_is_meldrecht: self.is_meldrecht(s.uitzondering.as_ref()),
            meldrechten: {
                let mut m: Vec<CitaatView> = Vec::new();
                for c in s
                    .meldrechten(self.casus)
                    .filter_map(|r| self.citaat(&r.value))
                {
                    if !m.contains(&c) {
                        m.push(c);
                    }
                }
                m
            },
            toestemming_volgens_leeftijd: s
                .toestemming
                .as_ref()
                .is_some_and(|t| t.value.door.value == Toestemmer::VolgensLeeftijd),
            overleg: s
                .overleg
                .as_ref()
                .and_then(|o| self.casus.casusoverleg(&o.value))
                .map(|o| o.naam.clone()),
            fase: s.fase.as_ref().map(|f| leesbaar(&f.value)),
            vanaf: s.vanaf.as_ref().map(|d| crate::nl::datum(d.value)),
            identificatienummer: self
                .casus
                .gegevens_van(s)
                .any(|g| g.soort.value == GegevenSoort::Identificatienummer),
            veiligheid: s.veiligheid.as_ref().map(|v| VeiligheidView {
                reden: v.value.reden.clone(),
                vastgelegd: v.value.vastgelegd.clone(),
            }),
            meldcode: s.meldcode.as_ref().map(|m| MeldcodeView {
                afwegingskader: m.value.afwegingskader,
                ouders_geinformeerd: m.value.ouders_geinformeerd,
                reden: m.value.reden.clone(),
            }),
        }
    }

    /// The categories of data subjects (top-level `betrokkenen:`) with a
    /// data category that `raakt` selects, as `naam (leeftijd)`.
    pub(crate) fn categorieen(&self, raakt: impl Fn(&str) -> bool) -> Vec<String> {
        self.casus
            .betrokkenen
            .iter()
            .filter(|c| c.gegevens.iter().any(|g| raakt(&g.value)))
            .map(|c| match &c.leeftijd {
                Some(l) => format!("{} ({l})", c.naam),
                None => c.naam.clone(),
            })
            .collect()
    }

    pub(crate) fn verwerker(&self, v: &Verwerker) -> VerwerkerView {
        let gegevens = self.gegevens(&v.gegevens);
        VerwerkerView {
            id: v.id.value.clone(),
            naam: v.naam.clone(),
            afspraken: v.afspraken.clone(),
            dienst: v.dienst.clone(),
            locatie: v.locatie.clone(),
            betrokkenen: if v.betrokkenen.is_empty() {
                self.categorieen(|g| v.gegevens.iter().any(|r| r.value == g))
            } else {
                v.betrokkenen.clone()
            },
            bijzonder: gegevens.iter().any(|g| g.bijzonder),
            gegevens,
            subverwerkers: subverwerkers(v),
            machtiging_id: v
                .subverwerkers_machtiging
                .as_ref()
                .map(|m| crate::model::spelling(&m.value)),
            beveiliging: v.beveiliging.clone(),
            certificaten: v
                .beveiliging
                .iter()
                .filter(|m| m.contains("ISO") || m.contains("certific"))
                .cloned()
                .collect(),
            toegang: v.toegang.iter().map(|p| self.naam(&p.value)).collect(),
            model: v.model.as_ref().map(|m| model_label(m.value).to_string()),
            model_id: v.model.as_ref().map(|m| model_id(m.value).to_string()),
            model_reden: v.model_reden.clone(),
            model_versie: v.model_versie.clone(),
            partij: v.partij.as_ref().map(|p| self.naam(&p.value)),
        }
    }
}

/// The sub-processors of a processor, for the templates.
pub(super) fn subverwerkers(v: &crate::model::Verwerker) -> Vec<SubverwerkerView> {
    v.subverwerkers
        .iter()
        .map(|s| SubverwerkerView {
            naam: s.naam.clone(),
            dienst: s.dienst.clone(),
            locatie: s.locatie.clone(),
            overeenkomst: s.overeenkomst,
        })
        .collect()
}
