//! The view of one casusoverleg: its participants, phases with their flows,
//! consent by age and minutes, for its Bijlage 3.

use super::builder::Builder;
use super::*;
use crate::catalogue;
use crate::model::{Leeftijdsgroep, PartijSoort, Stroom, Uitnodiging};

impl Builder<'_> {
    pub(crate) fn overleg(&self, o: &crate::model::Casusoverleg) -> OverlegView {
        let van_overleg = |s: &&Stroom| s.overleg.as_ref().is_some_and(|r| r.value == o.id.value);
        let fasen = o
            .fasen
            .iter()
            .enumerate()
            .map(|(i, f)| FaseView {
                id: f.id.value.clone(),
                naam: f.naam.clone().unwrap_or_else(|| leesbaar(&f.id.value)),
                nummer: i + 1,
                stromen: self
                    .casus
                    .stromen
                    .iter()
                    .filter(van_overleg)
                    .filter(|s| s.fase.as_ref().is_some_and(|sf| sf.value == f.id.value))
                    .map(|s| self.stroom(s))
                    .collect(),
            })
            .collect();
        let zonder_fase = self
            .casus
            .stromen
            .iter()
            .filter(van_overleg)
            .filter(|s| s.fase.is_none())
            .map(|s| self.stroom(s))
            .collect();
        let stromen: Vec<&Stroom> = self.casus.stromen.iter().filter(van_overleg).collect();
        let mut partijen: Vec<String> = Vec::new();
        for d in &o.deelnemers {
            let naam = self.naam(&d.partij.value);
            if !partijen.contains(&naam) {
                partijen.push(naam);
            }
        }
        let soort_aan_tafel = |soort: PartijSoort| {
            o.deelnemers.iter().any(|d| {
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
            partijen,
            toestemming: leeftijden
                .into_iter()
                .map(|l| toestemming_regel(l, zorg))
                .collect(),
            jeugdhulp,
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
            bijlage: "3".to_string(), // lettered in `build` once all are known
            naam: o.naam.clone(),
            aanduiding: if o.naam.to_lowercase().starts_with("casusoverleg") {
                o.naam.clone()
            } else {
                format!("Casusoverleg {}", o.naam)
            },
            doel: self
                .casus
                .doel(&o.doel.value)
                .map_or_else(|| o.doel.value.clone(), |d| d.omschrijving.clone()),
            voorzitter: self.naam(&o.voorzitter.value),
            deelnemers: o
                .deelnemers
                .iter()
                .map(|d| {
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
                        vraagt_geheimhouding: partij
                            .is_some_and(|p| self.casus.vraagt_geheimhouding(p)),
                        toetreding: partij
                            .and_then(|p| p.toetreding.as_ref())
                            .map(|t| self.toetreding(&t.value)),
                    }
                })
                .collect(),
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
            verslaglegging: o.verslaglegging.as_ref().map(|v| VerslagView {
                door: self.naam(&v.door.value),
                waar: v.waar.clone(),
                bewaartermijn: v.bewaartermijn.clone(),
                kanaal: v.kanaal.as_ref().map(|k| kanaal_label(k.value)),
                kanaal_via: v.kanaal.as_ref().map(|k| k.value.via().to_string()),
            }),
            fasen,
            zonder_fase,
        }
    }
}
