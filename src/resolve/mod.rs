//! Ids and references: every id is a slug and unique for its kind, every
//! reference points at something that exists, every catalogue id is known and
//! of a kind that fits where it is used.

use crate::catalogue::Use;
use crate::diagnostic::Diagnostic;
use crate::ids;
use crate::model::{Casus, FileId, Ref};
use crate::source::Loc;
use std::collections::BTreeMap;

mod catalogus;
mod groepen;

pub(crate) fn resolve(casus: &Casus) -> Vec<Diagnostic> {
    let mut r = Resolver {
        casus,
        diags: Vec::new(),
    };
    r.ids();
    r.lists();
    r.references();
    r.diags
}

/// Sorted and deduplicated, for binary search and stable messages.
fn sorted<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = ids.collect();
    v.sort_unstable();
    v.dedup();
    v
}

struct Resolver<'a> {
    casus: &'a Casus,
    diags: Vec<Diagnostic>,
}

impl<'a> Resolver<'a> {
    fn ids(&mut self) {
        let c = self.casus;
        // A group stands where a party stands: their ids share one space.
        self.unique(
            "partij of groep",
            c.partijen
                .iter()
                .map(|p| (p.bestand, &p.id))
                .chain(c.groepen.iter().map(|g| (g.bestand, &g.id))),
        );
        for g in &c.groepen {
            self.unique("taak", g.taken.iter().map(|t| (g.bestand, &t.id)));
        }
        self.unique("wet", c.wetten.iter().map(|w| (w.bestand, &w.id)));
        self.unique("doel", c.doelen.iter().map(|d| (d.bestand, &d.id)));
        self.unique("gegeven", c.gegevens.iter().map(|g| (g.bestand, &g.id)));
        self.unique("stroom", c.stromen.iter().map(|s| (s.bestand, &s.id)));
        self.unique("verwerker", c.verwerkers.iter().map(|v| (v.bestand, &v.id)));
        self.unique(
            "casusoverleg",
            c.casusoverleggen.iter().map(|o| (o.bestand, &o.id)),
        );
        for p in &c.partijen {
            self.unique("taak", p.taken.iter().map(|t| (p.bestand, &t.id)));
        }
        for o in &c.casusoverleggen {
            self.unique(
                "overlegvorm",
                o.overlegvormen.iter().map(|v| (o.bestand, &v.id)),
            );
            let lagen = std::iter::once(&o.fasen).chain(o.overlegvormen.iter().map(|v| &v.fasen));
            for fasen in lagen {
                self.unique("fase", fasen.iter().map(|f| (o.bestand, &f.id)));
            }
        }
    }

    /// Every id a slug, and no id twice within its kind.
    fn unique(&mut self, kind: &str, items: impl Iterator<Item = (FileId, &'a Ref)>) {
        let mut seen: BTreeMap<&str, Loc> = BTreeMap::new();
        for (file, id) in items {
            let loc = Loc::of(file, id);
            if !ids::is_slug(&id.value) {
                self.diags.push(
                    Diagnostic::error(
                        "ID-01",
                        format!("{kind}-id `{}` is geen geldige id", crate::diagnostic::visible(&id.value)),
                    )
                    .at(loc)
                    .help(format!("gebruik alleen kleine letters, cijfers en streepjes, hooguit {} tekens, bijvoorbeeld `gemeente-voorstad`; ids worden bestandsnamen", ids::MAX_LEN))
                );
            }
            if let Some(first) = seen.get(id.value.as_str()) {
                self.diags.push(
                    Diagnostic::error(
                        "ID-02",
                        format!(
                            "{kind}-id `{}` komt twee keer voor (eerder op regel {}, kolom {})",
                            id.value, first.line, first.column
                        ),
                    )
                    .at(loc)
                    .help(format!("geef elke {kind} een eigen id")),
                );
            } else {
                seen.insert(&id.value, loc);
            }
        }
    }

    /// No id twice in one list: `voor: [x, x]` would make one document twice,
    /// `naar: [x, x]` number one recipient twice.
    fn lists(&mut self) {
        let c = self.casus;
        for p in &c.partijen {
            for t in &p.taken {
                self.once(p.bestand, "wet", &t.wet);
                self.once(p.bestand, "doelen", &t.doelen);
            }
        }
        for s in &c.stromen {
            self.once(s.bestand, "naar", &s.naar);
            self.once(s.bestand, "gegevens", &s.gegevens);
            self.once(s.bestand, "wet", &s.wet);
        }
        for v in &c.verwerkers {
            self.once(v.bestand, "voor", &v.voor);
            self.once(v.bestand, "gegevens", &v.gegevens);
            self.once(v.bestand, "toegang", &v.toegang);
        }
        for o in &c.casusoverleggen {
            for laag in o.geschreven() {
                self.participants_once(o, &laag);
            }
        }
    }

    /// No participant with the same task twice in one list of `deelnemers`.
    fn participants_once(
        &mut self,
        o: &crate::model::Casusoverleg,
        laag: &crate::model::Overlegvorm,
    ) {
        {
            let mut seen: BTreeMap<(&str, &str), Loc> = BTreeMap::new();
            for d in &laag.deelnemers {
                let key = (d.partij.value.as_str(), d.taak.value.as_str());
                let loc = Loc::of(o.bestand, &d.partij);
                if let Some(first) = seen.get(&key) {
                    self.diags.push(
                        Diagnostic::error(
                            "ID-03",
                            format!(
                                "deelnemer `{}` met taak `{}` staat twee keer in casusoverleg `{}` (eerder op regel {})",
                                key.0, key.1, o.id.value, first.line
                            ),
                        )
                        .at(loc)
                        .help("haal de tweede vermelding weg"),
                    );
                } else {
                    seen.insert(key, loc);
                }
            }
        }
    }

    fn once(&mut self, file: FileId, key: &str, list: &[Ref]) {
        let mut seen: BTreeMap<&str, Loc> = BTreeMap::new();
        for r in list {
            let loc = Loc::of(file, r);
            if let Some(first) = seen.get(r.value.as_str()) {
                self.diags.push(
                    Diagnostic::error(
                        "ID-03",
                        format!(
                            "`{}` staat twee keer in `{key}` (eerder op regel {}, kolom {})",
                            r.value, first.line, first.column
                        ),
                    )
                    .at(loc)
                    .help(format!("noem `{}` één keer in `{key}`", r.value)),
                );
            } else {
                seen.insert(&r.value, loc);
            }
        }
    }

    fn references(&mut self) {
        let c = self.casus;
        let partijen = sorted(c.partijen.iter().map(|p| p.id.value.as_str()));
        let doelen = sorted(c.doelen.iter().map(|d| d.id.value.as_str()));
        let gegevens = sorted(c.gegevens.iter().map(|g| g.id.value.as_str()));
        let overleggen = sorted(c.casusoverleggen.iter().map(|o| o.id.value.as_str()));
        // Where a flow or an overleg names a party, a group may stand.
        let partijen_of_groepen = sorted(
            c.partijen
                .iter()
                .map(|p| p.id.value.as_str())
                .chain(c.groepen.iter().map(|g| g.id.value.as_str())),
        );
        for g in &c.groepen {
            let f = g.bestand;
            for l in &g.leden {
                self.reference(f, l, "partij of groep", &partijen_of_groepen);
            }
            for t in &g.taken {
                for d in &t.doelen {
                    self.reference(f, d, "doel", &doelen);
                }
                if let Some(gr) = &t.grondslag {
                    self.catalogue(f, gr, Use::TaskBasis);
                }
                for w in &t.wet {
                    self.catalogue(f, w, Use::Statute);
                }
            }
        }
        self.group_cycles();
        for b in &c.betrokkenen {
            for g in &b.gegevens {
                self.reference(b.bestand, g, "gegeven", &gegevens);
            }
        }
        self.own_citations();

        for p in &c.partijen {
            let f = p.bestand;
            if let Some(v) = &p.volmacht {
                self.reference(f, &v.partij, "partij", &partijen);
            }
            for n in &p.namens {
                self.reference(f, n, "partij", &partijen);
            }
            for t in &p.taken {
                for d in &t.doelen {
                    self.reference(f, d, "doel", &doelen);
                }
                if let Some(g) = &t.grondslag {
                    self.catalogue(f, g, Use::TaskBasis);
                }
                for w in &t.wet {
                    self.catalogue(f, w, Use::Statute);
                }
            }
        }
        for s in &c.stromen {
            let f = s.bestand;
            self.reference(f, &s.van, "partij of groep", &partijen_of_groepen);
            for n in &s.naar {
                self.reference(f, n, "partij of groep", &partijen_of_groepen);
            }
            self.reference(f, &s.doel, "doel", &doelen);
            for g in &s.gegevens {
                self.reference(f, g, "gegeven", &gegevens);
            }
            if let Some(g) = &s.grondslag {
                self.catalogue(f, g, Use::FlowBasis);
            }
            if let Some(u) = &s.uitzondering {
                self.catalogue(f, u, Use::Exception);
            }
            for w in &s.wet {
                self.catalogue(f, w, Use::Statute);
            }
            if let Some(o) = &s.overleg {
                self.reference(f, o, "casusoverleg", &overleggen);
            }
            let overleg = s.overleg.as_ref().and_then(|o| c.casusoverleg(&o.value));
            if let Some(vorm) = &s.overlegvorm {
                match overleg {
                    Some(overleg) => {
                        let vormen =
                            sorted(overleg.overlegvormen.iter().map(|v| v.id.value.as_str()));
                        let message = format!(
                            "casusoverleg `{}` heeft geen overlegvorm `{}`",
                            overleg.id.value, vorm.value
                        );
                        let lijst = format!("overlegvormen van `{}`", overleg.id.value);
                        self.dangling(f, vorm, message, &lijst, &vormen);
                    }
                    None if s.overleg.is_none() => self.diags.push(
                        Diagnostic::error(
                            "REF-01",
                            format!(
                                "stroom `{}` noemt overlegvorm `{}` maar geen `overleg`",
                                s.id.value, vorm.value
                            ),
                        )
                        .at(Loc::of(f, vorm))
                        .help("zet `overleg:` met de id van het casusoverleg waar deze overlegvorm bij hoort"),
                    ),
                    None => {}
                }
            }
            if let Some(fase) = &s.fase {
                match overleg {
                    Some(overleg) => {
                        // The phases of the form the flow names; without a
                        // form, those written at the casusoverleg itself.
                        let vorm = s.overlegvorm.as_ref().and_then(|v| overleg.vorm(Some(&v.value)));
                        let fasen = vorm.map_or(&overleg.fasen, |v| &v.fasen);
                        let fasen = sorted(fasen.iter().map(|f| f.id.value.as_str()));
                        if s.overlegvorm.is_none() || vorm.is_some() {
                            self.reference(f, fase, "fase", &fasen);
                        }
                    }
                    None if s.overleg.is_none() => self.diags.push(
                        Diagnostic::error(
                            "REF-01",
                            format!(
                                "stroom `{}` noemt fase `{}` maar geen `overleg`",
                                s.id.value, fase.value
                            ),
                        )
                        .at(Loc::of(f, fase))
                        .help("zet `overleg:` met de id van het casusoverleg waar deze fase bij hoort"),
                    ),
                    None => {} // the dangling `overleg` is reported above
                }
            }
        }
        for v in &c.verwerkers {
            let f = v.bestand;
            for p in &v.voor {
                self.reference(f, p, "partij", &partijen);
            }
            for g in &v.gegevens {
                self.reference(f, g, "gegeven", &gegevens);
            }
            if let Some(p) = &v.partij {
                self.reference(f, p, "partij", &partijen);
            }
            for p in &v.toegang {
                self.reference(f, p, "partij", &partijen);
            }
        }
        for o in &c.casusoverleggen {
            for laag in o.geschreven() {
                self.participants(o.bestand, &laag, &doelen, &partijen, &partijen_of_groepen);
            }
        }
        if let Some(conv) = &c.convenant {
            for b in &conv.value.value.besluiten {
                self.reference(conv.bestand, &b.partij, "partij", &partijen);
            }
        }
        if let Some(d) = &c.dpia {
            self.reference(
                d.bestand,
                &d.value.value.verantwoordelijke,
                "partij",
                &partijen,
            );
            for m in &d.value.value.verantwoordelijken {
                self.reference(d.bestand, &m.partij, "partij", &partijen);
            }
        }
    }

    /// The references of one casusoverleg or overlegvorm as written: its
    /// purpose, chair, participants with their tasks, and who keeps minutes.
    fn participants(
        &mut self,
        f: FileId,
        o: &crate::model::Overlegvorm,
        doelen: &[&'a str],
        partijen: &[&'a str],
        partijen_of_groepen: &[&'a str],
    ) {
        let c = self.casus;
        {
            if let Some(d) = &o.doel {
                self.reference(f, d, "doel", doelen);
            }
            if let Some(v) = &o.voorzitter {
                self.reference(f, v, "partij", partijen);
            }
            for d in &o.deelnemers {
                self.reference(f, &d.partij, "partij of groep", partijen_of_groepen);
                if let Some(p) = c.partij(&d.partij.value) {
                    let taken = sorted(p.taken.iter().map(|t| t.id.value.as_str()));
                    self.task_reference(f, &d.taak, &p.id.value, &taken);
                } else if let Some(g) = c.groep(&d.partij.value) {
                    let taken = sorted(g.taken.iter().map(|t| t.id.value.as_str()));
                    self.task_reference(f, &d.taak, &g.id.value, &taken);
                }
            }
            if let Some(v) = &o.verslaglegging {
                self.reference(f, &v.door, "partij", partijen);
            }
        }
    }

    /// A task is looked up among the tasks of one party, so the message
    /// names that party: the id may well exist at another.
    fn task_reference(&mut self, file: FileId, r: &Ref, partij: &str, existing: &[&str]) {
        let message = format!("partij `{partij}` heeft geen taak `{}`", r.value);
        self.dangling(file, r, message, &format!("taken van `{partij}`"), existing);
    }

    fn reference(&mut self, file: FileId, r: &Ref, kind: &str, existing: &[&str]) {
        // A group where exactly one party belongs (a chair, a signer, the
        // controller of a processor): say so, not that it does not exist.
        if kind == "partij"
            && existing.binary_search(&r.value.as_str()).is_err()
            && let Some(g) = self.casus.groep(&r.value)
        {
            let leden: Vec<&str> = self
                .casus
                .leden(&g.id.value)
                .iter()
                .map(|p| p.id.value.as_str())
                .collect();
            self.diags.push(
                Diagnostic::error(
                    "REF-01",
                    format!(
                        "`{}` is een groep; hier hoort één partij (een groep staat alleen in `van`, `naar` en bij de deelnemers van een casusoverleg)",
                        r.value
                    ),
                )
                .at(Loc::of(file, r))
                .help(format!("noem hier één partij, bijvoorbeeld een lid van de groep: {}", ids::list(&leden))),
            );
            return;
        }
        let message = format!("{kind} `{}` bestaat niet in deze casus", r.value);
        self.dangling(file, r, message, &format!("bestaande {kind}-ids"), existing);
    }

    /// REF-01 unless `r` is one of `existing` (sorted), with a did-you-mean
    /// and the list of what does exist.
    fn dangling(
        &mut self,
        file: FileId,
        r: &Ref,
        message: String,
        listed: &str,
        existing: &[&str],
    ) {
        if existing.binary_search(&r.value.as_str()).is_ok() {
            return;
        }
        let help = match ids::did_you_mean(&r.value, existing.iter().copied()) {
            Some(close) => format!(
                "bedoelt u `{close}`? {}: {}",
                capitalised(listed),
                ids::list(existing)
            ),
            None => format!("{listed}: {}", ids::list(existing)),
        };
        self.diags.push(
            Diagnostic::error("REF-01", message)
                .at(Loc::of(file, r))
                .help(help),
        );
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
