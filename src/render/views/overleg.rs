//! The view of one casusoverleg: its participants, phases with their flows,
//! consent by age and minutes, for its Bijlage 3; with `overlegvormen`, the
//! same for each form.

use super::builder::Builder;
use super::*;
use crate::catalogue;
use crate::model::{
    Casusoverleg, Deelnemer, Leeftijdsgroep, Overlegvorm, PartijSoort, Stroom, Uitnodiging,
    Verslaglegging,
};

impl Builder<'_> {
    pub(crate) fn overleg(&self, o: &Casusoverleg) -> OverlegView {
        let van_overleg = |s: &&Stroom| s.overleg.as_ref().is_some_and(|r| r.value == o.id.value);
        let stromen: Vec<&Stroom> = self.casus.stromen.iter().filter(van_overleg).collect();
        // The flows that belong to no form of their own: in an overleg
        // without forms all of them, with forms those naming none.
        let algemeen: Vec<&Stroom> = stromen
            .iter()
            .copied()
            .filter(|s| s.overlegvorm.is_none())
            .collect();
        let vormen: Vec<VormView> = if o.heeft_vormen() {
            o.vormen
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let eigen: Vec<&Stroom> = stromen
                        .iter()
                        .copied()
                        .filter(|s| {
                            s.overlegvorm
                                .as_ref()
                                .is_some_and(|r| r.value == v.id.value)
                        })
                        .collect();
                    self.vorm(v, i + 1, &v.fasen, &eigen)
                })
                .collect()
        } else {
            Vec::new()
        };
        // Without forms the casusoverleg is its one form; with forms, what
        // is written at the casusoverleg itself (the flows for every form).
        let zelf = match o.vormen.first() {
            Some(v) if !o.heeft_vormen() => self.vorm(v, 1, &v.fasen, &algemeen),
            _ => {
                let mut zelf = self.vorm(&self.laag(o), 1, &o.fasen, &algemeen);
                // Only the phases in which something goes to every form.
                zelf.fasen.retain(|f| !f.stromen.is_empty());
                zelf
            }
        };
        let verslagen = if o.heeft_vormen() {
            vormen
                .iter()
                .filter_map(|v| {
                    v.verslaglegging.clone().map(|verslag| VerslagRegel {
                        naam: format!("{}, {}", o.naam, v.naam),
                        verslag,
                    })
                })
                .collect()
        } else {
            zelf.verslaglegging
                .clone()
                .map(|verslag| VerslagRegel {
                    naam: o.naam.clone(),
                    verslag,
                })
                .into_iter()
                .collect()
        };
        let mut partijen: Vec<String> = Vec::new();
        for d in o.vormen.iter().flat_map(|v| v.deelnemers.iter()) {
            let naam = self.naam(&d.partij.value);
            if !partijen.contains(&naam) {
                partijen.push(naam);
            }
        }
        let soort_aan_tafel = |soort: PartijSoort| {
            o.vormen.iter().flat_map(|v| v.deelnemers.iter()).any(|d| {
                self.casus
                    .partij(&d.partij.value)
                    .is_some_and(|p| p.soort.value == soort)
            })
        };
        let jeugdhulp = soort_aan_tafel(PartijSoort::Jeugdhulpaanbieder);
        let zorg =
            jeugdhulp || soort_aan_tafel(PartijSoort::Ggd) || soort_aan_tafel(PartijSoort::Jgz);
        let leeftijden: Vec<Leeftijdsgroep> = if o.leeftijden.is_empty() {
            vec![
                Leeftijdsgroep::Onder12,
                Leeftijdsgroep::Van12Tot16,
                Leeftijdsgroep::Vanaf16,
            ]
        } else {
            o.leeftijden.iter().map(|l| l.value).collect()
        };
        OverlegView {
            over_wie: self.categorieen(|g| {
                stromen
                    .iter()
                    .any(|s| s.gegevens.iter().any(|r| r.value == g))
            }),
            op_toestemming: stromen
                .iter()
                .filter(|s| !s.anoniem && s.op_toestemming())
                .map(|s| self.stroom(s))
                .collect(),
            toestemming_stem: stromen
                .iter()
                .any(|s| !s.anoniem && s.op_toestemming())
                .then(|| crate::model::stem_toestemming(&o.id.value)),
            ontvangers_per_jeugdige: o.ontvangers_per_jeugdige.clone(),
            vrijwillig: {
                let mut redenen: Vec<String> = Vec::new();
                for r in stromen
                    .iter()
                    .filter_map(|s| s.toestemming.as_ref()?.value.vrijwillig.clone())
                {
                    if !redenen.contains(&r) {
                        redenen.push(r);
                    }
                }
                redenen
            },
            partijen,
            toestemming: leeftijden
                .into_iter()
                .map(|l| toestemming_regel(l, zorg))
                .collect(),
            jeugdhulp,
            beroepsgeheim: o.vormen.iter().flat_map(|v| v.deelnemers.iter()).any(|d| {
                self.casus
                    .partij(&d.partij.value)
                    .is_some_and(|p| p.beroepsgeheim)
            }),
            later: o.vormen.iter().flat_map(|v| v.deelnemers.iter()).any(|d| {
                self.casus
                    .partij(&d.partij.value)
                    .is_some_and(|p| p.toetreding.is_some())
            }),
            anoniem: stromen.iter().any(|s| s.anoniem),
            wettelijk: stromen.iter().any(|s| {
                s.veiligheid.is_none()
                    && s.grondslag
                        .as_ref()
                        .is_some_and(|g| catalogue::needs_statute(&g.value))
            }),
            veiligheid: stromen
                .iter()
                .filter(|s| s.veiligheid.is_some())
                .map(|s| self.stroom(s))
                .collect(),
            id: o.id.value.clone(),
            stem: crate::model::stem_bijlage_3(&o.id.value),
            schema: crate::render::diagram::bestand(&crate::model::stem_bijlage_3(&o.id.value)),
            bijlage: "3".to_string(), // lettered in `build` once all are known
            naam: o.naam.clone(),
            aanduiding: if o.naam.to_lowercase().starts_with("casusoverleg") {
                o.naam.clone()
            } else {
                format!("Casusoverleg {}", o.naam)
            },
            uitgenodigd: o.betrokkenen.value == Uitnodiging::Uitgenodigd,
            betrokkenen: match o.betrokkenen.value {
                Uitnodiging::Uitgenodigd => "uitgenodigd",
                Uitnodiging::NietUitgenodigd => "niet uitgenodigd",
            }
            .to_string(),
            reden: o.reden.clone(),
            leeftijden: o
                .leeftijden
                .iter()
                .map(|l| leeftijd_label(l.value).to_string())
                .collect(),
            jonger_dan_12: o.leeftijden.is_empty()
                || o.leeftijden
                    .iter()
                    .any(|l| l.value == Leeftijdsgroep::Onder12),
            doel: zelf.doel,
            voorzitter: zelf.voorzitter,
            deelnemers: zelf.deelnemers,
            verslaglegging: zelf.verslaglegging,
            fasen: zelf.fasen,
            zonder_fase: zelf.zonder_fase,
            verslagen,
            vormen,
        }
    }

    /// What is written at the casusoverleg itself, before the forms inherit it.
    fn laag(&self, o: &Casusoverleg) -> Overlegvorm {
        o.geschreven().swap_remove(0)
    }

    /// One form: its purpose, chair, participants, and its flows per phase.
    fn vorm(
        &self,
        v: &Overlegvorm,
        nummer: usize,
        fasen: &[crate::model::Fase],
        stromen: &[&Stroom],
    ) -> VormView {
        VormView {
            id: v.id.value.clone(),
            naam: v.naam.clone(),
            nummer,
            doel: v
                .doel
                .as_ref()
                .map(|d| {
                    self.casus
                        .doel(&d.value)
                        .map_or_else(|| d.value.clone(), |d| d.omschrijving.clone())
                })
                .unwrap_or_default(),
            voorzitter: v
                .voorzitter
                .as_ref()
                .map(|r| self.naam(&r.value))
                .unwrap_or_default(),
            deelnemers: v.deelnemers.iter().map(|d| self.deelnemer(d)).collect(),
            verslaglegging: v.verslaglegging.as_ref().map(|r| self.verslag(r)),
            fasen: fasen
                .iter()
                .enumerate()
                .map(|(i, f)| FaseView {
                    id: f.id.value.clone(),
                    naam: f.naam.clone().unwrap_or_else(|| leesbaar(&f.id.value)),
                    nummer: i + 1,
                    stromen: stromen
                        .iter()
                        .filter(|s| s.fase.as_ref().is_some_and(|sf| sf.value == f.id.value))
                        .map(|s| self.stroom(s))
                        .collect(),
                })
                .collect(),
            zonder_fase: stromen
                .iter()
                .filter(|s| s.fase.is_none())
                .map(|s| self.stroom(s))
                .collect(),
            anoniem: !stromen.is_empty() && stromen.iter().all(|s| s.anoniem),
        }
    }

    fn verslag(&self, v: &Verslaglegging) -> VerslagView {
        VerslagView {
            door: self.naam(&v.door.value),
            waar: v.waar.clone(),
            bewaartermijn: v.bewaartermijn.clone(),
            kanaal: v.kanaal.as_ref().map(|k| kanaal_label(k.value)),
            kanaal_via: v.kanaal.as_ref().map(|k| k.value.via().to_string()),
        }
    }

    fn deelnemer(&self, d: &Deelnemer) -> DeelnemerView {
        let partij = self.casus.partij(&d.partij.value);
        let groep = self.casus.groep(&d.partij.value);
        let taken = partij.map(|p| &p.taken).or(groep.map(|g| &g.taken));
        DeelnemerView {
            partij: self.naam(&d.partij.value),
            partij_id: d.partij.value.clone(),
            leden: groep
                .map(|g| {
                    self.casus
                        .leden(&g.id.value)
                        .iter()
                        .map(|p| self.naam(&p.id.value))
                        .collect()
                })
                .unwrap_or_default(),
            functie: d.functie.clone(),
            taak: taken.and_then(|taken| {
                taken
                    .iter()
                    .find(|t| t.id.value == d.taak.value)
                    .map(|t| self.taak(t))
            }),
            beroepsgeheim: partij.is_some_and(|p| p.beroepsgeheim),
            geheimhouding: partij.and_then(geheimhouding),
            overheid: partij.is_some_and(|p| p.is_overheid()),
            vraagt_geheimhouding: partij.is_some_and(|p| self.casus.vraagt_geheimhouding(p)),
            toetreding: partij
                .and_then(|p| p.toetreding.as_ref())
                .map(|t| self.toetreding(&t.value)),
        }
    }
}
