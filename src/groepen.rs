//! Groups made explicit for the rules: a flow from or to a group is that
//! flow for each member, each member has the group's tasks, and a group at
//! the table is each of its members. The rules then check every member as
//! the party it is; the documents keep the group as the casus writes it
//! (named once, its flows numbered once).

use crate::model::{Casus, Datum, Partij, Ref, Stroom};
use crate::source::Loc;
use serde_saphyr::Spanned;

/// Most sender-receiver pairs the flows of a casus may stand for once its
/// groups are replaced by their members: a region of a few hundred parties
/// stays far below; a flow from a group of thousands to itself does not.
pub(crate) const MAX_PAIRS: usize = 200_000;

/// The first flow at which the sender-receiver pairs of all flows so far
/// pass [`MAX_PAIRS`], with that total; `None` when they stay below.
pub(crate) fn too_many_pairs(casus: &Casus) -> Option<(&Stroom, usize)> {
    let mut sizes: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut size = |id: &str| -> usize {
        if casus.groep(id).is_none() {
            return 1;
        }
        if let Some(&n) = sizes.get(id) {
            return n;
        }
        let n = casus.leden(id).len();
        if let Some(g) = casus.groep(id) {
            sizes.insert(g.id.value.as_str(), n);
        }
        n
    };
    let mut total: usize = 0;
    for s in &casus.stromen {
        let senders = size(&s.van.value);
        let receivers: usize = s.naar.iter().map(|n| size(&n.value)).sum();
        total = total.saturating_add(senders.saturating_mul(receivers));
        if total > MAX_PAIRS {
            return Some((s, total));
        }
    }
    None
}

/// The casus with every group replaced by its members, and where a member
/// came in through a group (the place of the group reference, the group).
pub(crate) fn expand(casus: &Casus) -> (Casus, Vec<(Loc, String)>) {
    if casus.groepen.is_empty() {
        return (casus.clone(), Vec::new());
    }
    let mut via: Vec<(Loc, String)> = Vec::new();
    let mut out = casus.clone();
    // Each member has its group's tasks (its own task of the same id wins).
    // Members are looked up once per group, so this stays linear.
    let mut inherited: std::collections::HashMap<&str, Vec<&crate::model::Taak>> =
        std::collections::HashMap::new();
    for g in casus.groepen.iter().filter(|g| !g.taken.is_empty()) {
        for l in casus.leden(&g.id.value) {
            inherited
                .entry(l.id.value.as_str())
                .or_default()
                .extend(&g.taken);
        }
    }
    for p in &mut out.partijen {
        let Some(taken) = inherited.get(p.id.value.as_str()) else {
            continue;
        };
        let mut have: std::collections::HashSet<String> =
            p.taken.iter().map(|t| t.id.value.clone()).collect();
        for t in taken {
            if have.insert(t.id.value.clone()) {
                p.taken.push((*t).clone());
            }
        }
    }
    let member_ref =
        |r: &Ref, p: &Partij| Spanned::new(p.id.value.clone(), r.referenced, r.defined);
    let lid_vanaf = |p: &Partij| -> Option<Datum> {
        p.toetreding.as_ref().map(|t| {
            let t = &t.value;
            t.bekendgemaakt.map_or(t.datum, |b| b.max(t.datum))
        })
    };
    let mut stromen: Vec<Stroom> = Vec::with_capacity(casus.stromen.len());
    for s in &casus.stromen {
        let senders: Vec<(Ref, Option<Datum>)> = if casus.groep(&s.van.value).is_some() {
            via.push((Loc::of(s.bestand, &s.van), s.van.value.clone()));
            casus
                .leden(&s.van.value)
                .into_iter()
                .map(|p| (member_ref(&s.van, p), lid_vanaf(p)))
                .collect()
        } else {
            vec![(s.van.clone(), None)]
        };
        // Receivers: members of a group in `naar`; a member that joins later
        // gets a flow of its own that starts on its own date.
        let mut now: Vec<Ref> = Vec::new();
        let mut later: Vec<(Ref, Datum)> = Vec::new();
        let mut named: std::collections::HashSet<String> = std::collections::HashSet::new();
        for n in &s.naar {
            if casus.groep(&n.value).is_some() {
                via.push((Loc::of(s.bestand, n), n.value.clone()));
                for p in casus.leden(&n.value) {
                    let r = member_ref(n, p);
                    if !named.insert(r.value.clone()) {
                        continue;
                    }
                    match lid_vanaf(p) {
                        Some(d) => later.push((r, d)),
                        None => now.push(r),
                    }
                }
            } else if named.insert(n.value.clone()) {
                now.push(n.clone());
            }
        }
        let start = s
            .vanaf
            .as_ref()
            .map(|v| v.value)
            .or(casus.convenant.as_ref().map(|c| c.value.value.datum));
        for (van, van_vanaf) in senders {
            let from = |d: Option<Datum>| -> Option<Spanned<Datum>> {
                match (d, start) {
                    (Some(d), Some(b)) if d > b => {
                        let at = s
                            .vanaf
                            .as_ref()
                            .map_or((s.id.referenced, s.id.defined), |v| {
                                (v.referenced, v.defined)
                            });
                        Some(Spanned::new(d, at.0, at.1))
                    }
                    _ => s.vanaf.clone(),
                }
            };
            if !now.is_empty() {
                let mut e = s.clone();
                e.van = van.clone();
                e.naar = now.clone();
                e.vanaf = from(van_vanaf);
                stromen.push(e);
            }
            for (r, d) in &later {
                let mut e = s.clone();
                e.van = van.clone();
                e.naar = vec![r.clone()];
                e.vanaf = from(Some(van_vanaf.map_or(*d, |v| v.max(*d))));
                stromen.push(e);
            }
        }
    }
    out.stromen = stromen;
    for o in &mut out.casusoverleggen {
        let bestand = o.bestand;
        // The rules read the forms (`vormen`), not the layers as written.
        for lijst in o.vormen.iter_mut().map(|v| &mut v.deelnemers) {
            let mut deelnemers = Vec::with_capacity(lijst.len());
            for d in lijst.iter() {
                if casus.groep(&d.partij.value).is_some() {
                    via.push((Loc::of(bestand, &d.partij), d.partij.value.clone()));
                    for p in casus.leden(&d.partij.value) {
                        let mut e = d.clone();
                        e.partij = member_ref(&d.partij, p);
                        deelnemers.push(e);
                    }
                } else {
                    deelnemers.push(d.clone());
                }
            }
            *lijst = deelnemers;
        }
    }
    out.groepen.clear();
    out.index();
    (out, via)
}
