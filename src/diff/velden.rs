//! Each item of a casus as a flat map of its fields as text, for
//! [`super::changes`]: sets sorted, so their order in the YAML does not count;
//! a value that is not written left out.

use super::changes::Onderdeel;
use crate::model::{
    Casus, Casusoverleg, Convenant, Deelnemer, Dpia, Fase, GegevenSoort, Looptijd, LooptijdWoord,
    Partij, Ref, Stroom, Taak, Verslaglegging, Verwerker, spelling,
};
use std::collections::BTreeMap;

/// An item as its id, its name and its fields.
pub(super) struct Item {
    pub naam: String,
    pub nummer: Option<String>,
    pub velden: BTreeMap<String, String>,
}

pub(super) type Items = BTreeMap<String, Item>;

/// The fields of an item: a value that is not written is left out, so
/// writing it shows as a change from nothing.
#[derive(Default)]
struct Velden(BTreeMap<String, String>);

impl Velden {
    fn zet(&mut self, key: impl Into<String>, value: impl Into<String>) {
        let value = value.into();
        if !value.is_empty() {
            self.0.insert(key.into(), value);
        }
    }
    fn opt(&mut self, key: impl Into<String>, value: Option<impl ToString>) {
        if let Some(v) = value {
            self.zet(key, v.to_string());
        }
    }
    /// A set: sorted, so its order in the YAML does not count.
    fn set<'a>(&mut self, key: impl Into<String>, values: impl IntoIterator<Item = &'a str>) {
        let mut v: Vec<&str> = values.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        self.zet(key, v.join(", "));
    }
    fn refs(&mut self, key: impl Into<String>, values: &[Ref]) {
        self.set(key, values.iter().map(|r| r.value.as_str()));
    }
    fn ja(&mut self, key: impl Into<String>, value: bool) {
        if value {
            self.zet(key, "ja");
        }
    }
    fn taken(&mut self, taken: &[Taak]) {
        for t in taken {
            let k = format!("taken.{}", t.id.value);
            self.zet(format!("{k}.omschrijving"), t.omschrijving.clone());
            self.opt(
                format!("{k}.grondslag"),
                t.grondslag.as_ref().map(|g| &g.value),
            );
            self.refs(format!("{k}.wet"), &t.wet);
            self.refs(format!("{k}.doelen"), &t.doelen);
        }
    }
    fn deelnemers(&mut self, prefix: &str, deelnemers: &[Deelnemer]) {
        for d in deelnemers {
            self.zet(
                format!("{prefix}deelnemers.{}.{}", d.partij.value, d.taak.value),
                d.functie.clone(),
            );
        }
    }
    fn fasen(&mut self, key: impl Into<String>, fasen: &[Fase]) {
        // The order of the phases is part of the description: not a set.
        let list: Vec<String> = fasen
            .iter()
            .map(|f| match &f.naam {
                Some(n) => format!("{} ({n})", f.id.value),
                None => f.id.value.clone(),
            })
            .collect();
        self.zet(key, list.join(" → "));
    }
    fn verslag(&mut self, key: impl Into<String>, v: Option<&Verslaglegging>) {
        self.opt(
            key,
            v.map(|v| {
                let mut s = format!(
                    "door {}, in {}, bewaard {}",
                    v.door.value, v.waar, v.bewaartermijn
                );
                if let Some(k) = &v.kanaal {
                    s.push_str(&format!(", {}", spelling(&k.value)));
                }
                s
            }),
        );
    }
}

fn item(naam: impl Into<String>, velden: Velden) -> Item {
    Item {
        naam: naam.into(),
        nummer: None,
        velden: velden.0,
    }
}

/// Insert unless the id is there already: the first item with an id counts,
/// as `check` reports a duplicate (ID-02).
fn put(items: &mut Items, id: &str, item: Item) {
    items.entry(id.to_string()).or_insert(item);
}

pub(super) fn items(onderdeel: Onderdeel, c: &Casus) -> Items {
    let mut items = Items::new();
    match onderdeel {
        Onderdeel::Convenant => {
            if let Some(conv) = &c.convenant {
                put(&mut items, "convenant", convenant(&conv.value.value));
            }
        }
        Onderdeel::Partij => {
            for p in &c.partijen {
                put(&mut items, &p.id.value, partij(p));
            }
        }
        Onderdeel::Groep => {
            for g in &c.groepen {
                let mut v = Velden::default();
                v.zet("naam", g.naam.clone());
                v.opt("korte_naam", g.korte_naam.as_ref());
                v.refs("leden", &g.leden);
                v.taken(&g.taken);
                put(&mut items, &g.id.value, item(g.naam.clone(), v));
            }
        }
        Onderdeel::Doel => {
            for d in &c.doelen {
                let mut v = Velden::default();
                v.zet("omschrijving", d.omschrijving.clone());
                put(&mut items, &d.id.value, item(d.omschrijving.clone(), v));
            }
        }
        Onderdeel::Gegeven => {
            for g in &c.gegevens {
                let mut v = Velden::default();
                v.zet("naam", g.naam.clone());
                v.zet("soort", spelling(&g.soort.value));
                v.opt(
                    "categorie",
                    g.categorie.as_ref().map(|c| spelling(&c.value)),
                );
                v.opt("nummer", g.nummer.as_ref().map(|n| spelling(&n.value)));
                v.ja("identificerend", g.identificerend);
                put(&mut items, &g.id.value, item(g.naam.clone(), v));
            }
        }
        Onderdeel::Wet => {
            for w in &c.wetten {
                let mut v = Velden::default();
                v.zet("citaat", w.citaat.clone());
                v.zet("soort", spelling(&w.soort));
                v.zet("vindplaats", w.vindplaats.value.clone());
                v.opt("toelichting", w.toelichting.as_ref());
                put(&mut items, &w.id.value, item(w.citaat.clone(), v));
            }
        }
        Onderdeel::Betrokkene => {
            for b in &c.betrokkenen {
                let mut v = Velden::default();
                v.opt("leeftijd", b.leeftijd.as_ref());
                v.refs("gegevens", &b.gegevens);
                put(&mut items, &b.naam, item(b.naam.clone(), v));
            }
        }
        Onderdeel::Stroom => {
            for (i, s) in c.stromen.iter().enumerate() {
                let mut it = item(stroom_naam(s), stroom(c, s));
                it.nummer = Some(format!("S{}", i + 1));
                put(&mut items, &s.id.value, it);
            }
        }
        Onderdeel::Verwerker => {
            for v in &c.verwerkers {
                put(&mut items, &v.id.value, verwerker(v));
            }
        }
        Onderdeel::Casusoverleg => {
            for o in &c.casusoverleggen {
                put(&mut items, &o.id.value, casusoverleg(o));
            }
        }
        Onderdeel::Dpia => {
            if let Some(d) = &c.dpia {
                put(&mut items, "dpia", dpia(&d.value.value));
            }
        }
    }
    items
}

fn convenant(c: &Convenant) -> Item {
    let mut v = Velden::default();
    v.zet("titel", c.titel.clone());
    v.zet("kenmerk", c.kenmerk.value.clone());
    v.zet("versie", c.versie.clone());
    v.zet("status", spelling(&c.status));
    v.zet("datum", c.datum.to_string());
    v.opt("versiedatum", c.versiedatum);
    v.zet("plaats", c.plaats.clone());
    v.opt(
        "looptijd",
        c.looptijd.map(|l| match l {
            Looptijd::Jaren(n) => format!("{n} jaar"),
            Looptijd::Woord(LooptijdWoord::Onbepaald) => "onbepaald".into(),
            Looptijd::Woord(LooptijdWoord::Onbekend) => "onbekend".into(),
        }),
    );
    v.ja("stilzwijgende_verlenging", c.stilzwijgende_verlenging);
    v.opt("opzegtermijn_maanden", c.opzegtermijn_maanden);
    v.opt("evaluatie", c.evaluatie.as_ref());
    v.opt("aansprakelijkheid", c.aansprakelijkheid.as_ref());
    v.opt("geschillen", c.geschillen.as_ref());
    v.opt(
        "gezamenlijke_verantwoordelijkheid",
        c.gezamenlijke_verantwoordelijkheid.as_ref(),
    );
    for b in &c.besluiten {
        v.zet(
            format!("besluiten.{}", b.partij.value),
            format!("{}, {}, {}", b.orgaan, b.kenmerk, b.datum),
        );
    }
    v.opt("regio", c.regio.as_ref());
    item(c.titel.clone(), v)
}

fn partij(p: &Partij) -> Item {
    let mut v = Velden::default();
    v.zet("naam", p.naam.clone());
    v.opt("korte_naam", p.korte_naam.as_ref());
    v.zet("soort", spelling(&p.soort.value));
    v.opt("vestiging", p.vestiging.as_ref());
    v.opt("adres", p.adres.as_ref());
    v.opt(
        "vertegenwoordiger",
        p.vertegenwoordiger.as_ref().map(|r| {
            let mut s = format!("{}, {}", r.naam, r.functie);
            if let Some(b) = &r.volmacht {
                s.push_str(&format!(" (volmacht {}, {})", b.kenmerk, b.datum));
            }
            s
        }),
    );
    v.opt(
        "fg",
        p.fg.as_ref()
            .map(|f| format!("{}, {}", f.naam, f.email.value)),
    );
    v.taken(&p.taken);
    v.opt(
        "volmacht",
        p.volmacht.as_ref().map(|m| match &m.machtiging {
            Some(k) => format!("door {} (machtiging {})", m.partij.value, k.value),
            None => format!("door {}", m.partij.value),
        }),
    );
    v.ja("beroepsgeheim", p.beroepsgeheim);
    v.opt(
        "geheimhouding",
        p.geheimhouding.as_ref().map(|g| spelling(&g.value)),
    );
    v.opt(
        "toetreding",
        p.toetreding.as_ref().map(|t| match t.value.bekendgemaakt {
            Some(b) => format!("getekend {}, bekendgemaakt {b}", t.value.datum),
            None => format!("getekend {}", t.value.datum),
        }),
    );
    v.opt("overheid", p.overheid.map(|o| if o { "ja" } else { "nee" }));
    v.refs("namens", &p.namens);
    v.opt(
        "mandaat",
        p.mandaat
            .as_ref()
            .map(|m| format!("{}, {}", m.besluit, m.datum)),
    );
    item(p.naam.clone(), v)
}

/// `van → naar` with party ids, how a report names a flow next to its id.
fn stroom_naam(s: &Stroom) -> String {
    let naar: Vec<&str> = s.naar.iter().map(|n| n.value.as_str()).collect();
    format!("{} → {}", s.van.value, naar.join(", "))
}

fn stroom(c: &Casus, s: &Stroom) -> Velden {
    let mut v = Velden::default();
    v.zet("van", s.van.value.clone());
    v.refs("naar", &s.naar);
    v.zet("doel", s.doel.value.clone());
    // A special category shows with the id, so a flow that gains health
    // data says so in its own line.
    let mut gegevens: Vec<String> = s
        .gegevens
        .iter()
        .map(|g| match c.gegeven(&g.value) {
            Some(x) if x.soort.value == GegevenSoort::Bijzonder => match x.categorie.as_ref() {
                Some(cat) => format!("{} (bijzonder: {})", g.value, spelling(&cat.value)),
                None => format!("{} (bijzonder)", g.value),
            },
            Some(x) if x.soort.value == GegevenSoort::Strafrechtelijk => {
                format!("{} (strafrechtelijk)", g.value)
            }
            _ => g.value.clone(),
        })
        .collect();
    gegevens.sort();
    gegevens.dedup();
    v.zet("gegevens", gegevens.join(", "));
    v.opt("grondslag", s.grondslag.as_ref().map(|g| &g.value));
    v.refs("wet", &s.wet);
    v.opt("uitzondering", s.uitzondering.as_ref().map(|u| &u.value));
    v.opt(
        "toestemming",
        s.toestemming.as_ref().map(|t| {
            format!(
                "door {}, {}",
                spelling(&t.value.door.value),
                spelling(&t.value.vastgelegd.value)
            )
        }),
    );
    v.opt(
        "toestemming.vrijwillig",
        s.toestemming
            .as_ref()
            .and_then(|t| t.value.vrijwillig.as_ref()),
    );
    v.zet("kanaal", spelling(&s.kanaal.value));
    v.opt("overleg", s.overleg.as_ref().map(|o| &o.value));
    v.opt("overlegvorm", s.overlegvorm.as_ref().map(|o| &o.value));
    v.opt("fase", s.fase.as_ref().map(|f| &f.value));
    v.opt("bewaartermijn", s.bewaartermijn.as_ref());
    v.ja("anoniem", s.anoniem);
    v.opt("vanaf", s.vanaf.as_ref().map(|d| d.value));
    v.opt(
        "meldcode",
        s.meldcode.as_ref().map(|m| {
            let m = &m.value;
            let mut t = format!(
                "afwegingskader {}, ouders geïnformeerd {}",
                if m.afwegingskader { "ja" } else { "nee" },
                if m.ouders_geinformeerd { "ja" } else { "nee" }
            );
            if let Some(r) = &m.reden {
                t.push_str(&format!(" ({r})"));
            }
            t
        }),
    );
    v.opt(
        "veiligheid",
        s.veiligheid.as_ref().map(|x| match &x.value.vastgelegd {
            Some(w) => format!("{} (vastgelegd in {w})", x.value.reden),
            None => x.value.reden.clone(),
        }),
    );
    v
}

fn verwerker(w: &Verwerker) -> Item {
    let mut v = Velden::default();
    v.zet("naam", w.naam.clone());
    v.refs("voor", &w.voor);
    v.zet("dienst", w.dienst.clone());
    v.refs("gegevens", &w.gegevens);
    v.set("betrokkenen", w.betrokkenen.iter().map(String::as_str));
    v.zet("locatie", w.locatie.clone());
    for s in &w.subverwerkers {
        v.zet(
            format!("subverwerkers.{}", s.naam),
            format!(
                "{}; {}; overeenkomst {}",
                s.dienst,
                s.locatie,
                if s.overeenkomst { "ja" } else { "nee" }
            ),
        );
    }
    v.opt(
        "subverwerkers_machtiging",
        w.subverwerkers_machtiging
            .as_ref()
            .map(|m| spelling(&m.value)),
    );
    v.set("beveiliging", w.beveiliging.iter().map(String::as_str));
    v.refs("toegang", &w.toegang);
    v.opt("model", w.model.as_ref().map(|m| spelling(&m.value)));
    v.opt("model_reden", w.model_reden.as_ref());
    v.opt("partij", w.partij.as_ref().map(|p| &p.value));
    for (k, a) in &w.afspraken {
        v.zet(format!("afspraken.{k}"), a.clone());
    }
    item(w.naam.clone(), v)
}

fn casusoverleg(o: &Casusoverleg) -> Item {
    let mut v = Velden::default();
    v.zet("naam", o.naam.clone());
    v.opt("doel", o.doel.as_ref().map(|d| &d.value));
    v.opt("voorzitter", o.voorzitter.as_ref().map(|d| &d.value));
    v.deelnemers("", &o.deelnemers);
    v.zet("betrokkenen", spelling(&o.betrokkenen.value));
    v.opt("reden", o.reden.as_ref());
    v.fasen("fasen", &o.fasen);
    let leeftijden: Vec<String> = o.leeftijden.iter().map(|l| spelling(&l.value)).collect();
    v.set("leeftijden", leeftijden.iter().map(String::as_str));
    v.verslag("verslaglegging", o.verslaglegging.as_ref());
    v.opt(
        "ontvangers_per_jeugdige",
        o.ontvangers_per_jeugdige.as_ref(),
    );
    // Each form as it holds, with what it takes from the casusoverleg: a
    // change at the casusoverleg shows at every form it reaches.
    for f in o.vormen.iter().filter(|f| f.eigen) {
        let k = format!("overlegvormen.{}.", f.id.value);
        v.zet(format!("{k}naam"), f.naam.clone());
        v.opt(format!("{k}doel"), f.doel.as_ref().map(|d| &d.value));
        v.opt(
            format!("{k}voorzitter"),
            f.voorzitter.as_ref().map(|d| &d.value),
        );
        v.deelnemers(&k, &f.deelnemers);
        v.fasen(format!("{k}fasen"), &f.fasen);
        v.verslag(format!("{k}verslaglegging"), f.verslaglegging.as_ref());
    }
    item(o.naam.clone(), v)
}

fn dpia(d: &Dpia) -> Item {
    let mut v = Velden::default();
    v.zet("verantwoordelijke", d.verantwoordelijke.value.clone());
    for (k, a) in &d.antwoorden {
        v.zet(format!("antwoorden.{k}"), a.clone());
    }
    let advies = |a: &crate::model::FgAdvies| format!("{}, {}", a.kenmerk, a.datum);
    let besluit = |b: &crate::model::Besluit| format!("{}, {}", b.kenmerk, b.datum);
    v.opt("fg_advies", d.fg_advies.as_ref().map(advies));
    for m in &d.verantwoordelijken {
        let k = format!("verantwoordelijken.{}", m.partij.value);
        v.zet(k.clone(), "ja");
        v.opt(format!("{k}.fg_advies"), m.fg_advies.as_ref().map(advies));
        v.opt(
            format!("{k}.vaststelling"),
            m.vaststelling.as_ref().map(besluit),
        );
    }
    v.opt("vaststelling", d.vaststelling.as_ref().map(besluit));
    v.opt(
        "restrisico",
        d.restrisico.as_ref().map(|r| spelling(&r.value)),
    );
    v.opt(
        "voorafgaande_raadpleging",
        d.voorafgaande_raadpleging.as_ref().map(advies),
    );
    v.ja("grootschalig", d.grootschalig);
    v.ja("nieuwe_technologie", d.nieuwe_technologie);
    v.opt("herbeoordeling", d.herbeoordeling.as_ref().map(|h| h.value));
    item("DPIA", v)
}
