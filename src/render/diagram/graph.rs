//! What a diagram shows, before any placement: the parties (a group as one
//! box with its members), the processors apart, and the flows between them
//! as edges, one per sender, receiver and line style, with the S-numbers of
//! the flows it stands for.

use crate::model::{Casus, PartijSoort, Verwerker};
use crate::render::views::StroomView;

/// The columns, left to right: one per role, the processors last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kolom {
    Onderwijs,
    Samenwerkingsverband,
    Gemeenten,
    Zorg,
    Overig,
    Verwerkers,
}

impl Kolom {
    pub(crate) fn kop(self) -> &'static str {
        match self {
            Kolom::Onderwijs => "Onderwijs en opvang",
            Kolom::Samenwerkingsverband => "Samenwerkingsverband",
            Kolom::Gemeenten => "Gemeenten",
            Kolom::Zorg => "Zorg, jeugdhulp en veiligheid",
            Kolom::Overig => "Overige partijen",
            Kolom::Verwerkers => "Verwerkers (in opdracht)",
        }
    }

    fn of(soort: PartijSoort) -> Kolom {
        match soort {
            PartijSoort::Schoolbestuur | PartijSoort::Kinderopvang => Kolom::Onderwijs,
            PartijSoort::Samenwerkingsverband => Kolom::Samenwerkingsverband,
            PartijSoort::Gemeente
            | PartijSoort::Uitvoeringsorganisatie
            | PartijSoort::LokaalTeam => Kolom::Gemeenten,
            PartijSoort::Jeugdhulpaanbieder
            | PartijSoort::GecertificeerdeInstelling
            | PartijSoort::Ggd
            | PartijSoort::Jgz
            | PartijSoort::VeiligThuis
            | PartijSoort::RaadKinderbescherming => Kolom::Zorg,
            PartijSoort::Overig => Kolom::Overig,
        }
    }
}

/// How an edge is drawn; the legend explains each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Lijn {
    /// Ordinary personal data.
    Gewoon,
    /// With a BSN or PGN.
    Nummer,
    /// Special-category or criminal data.
    Bijzonder,
    /// Both.
    BijzonderNummer,
    /// Anonymous: no personal data while the youth cannot be recognised.
    Anoniem,
}

impl Lijn {
    fn of(s: &StroomView) -> Lijn {
        match (s.anoniem, s.bijzonder, s.identificatienummer) {
            (true, _, _) => Lijn::Anoniem,
            (false, true, true) => Lijn::BijzonderNummer,
            (false, true, false) => Lijn::Bijzonder,
            (false, false, true) => Lijn::Nummer,
            (false, false, false) => Lijn::Gewoon,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// The party, group or processor id (processors as `verwerker:<id>`).
    pub id: String,
    pub naam: String,
    /// A group's members, or a processor's service and its controllers.
    pub onder: Vec<String>,
    pub kolom: Kolom,
}

#[derive(Debug, Clone)]
pub(crate) struct Edge {
    pub van: usize,
    pub naar: usize,
    /// The S-numbers (1-based, in casus order) of its flows, ascending.
    pub nummers: Vec<usize>,
    pub lijn: Lijn,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Which flows and which extra boxes a diagram holds.
pub(crate) struct Selectie<'a> {
    /// Indices into `casus.stromen` (and `view.stromen`).
    pub stromen: Vec<usize>,
    /// Parties or groups drawn even without a flow (those at the table).
    pub extra: Vec<&'a str>,
    /// Every party of the casus not in a drawn group (the whole casus).
    pub alle_partijen: bool,
}

fn naam(casus: &Casus, id: &str) -> String {
    crate::render::views::display_name(casus, id)
}

impl Graph {
    fn node(&mut self, casus: &Casus, id: &str) -> usize {
        if let Some(i) = self.nodes.iter().position(|n| n.id == id) {
            return i;
        }
        let (onder, kolom) = match casus.partij(id) {
            Some(p) => (Vec::new(), Kolom::of(p.soort.value)),
            None => {
                let leden = casus.leden(id);
                let mut kolommen = leden.iter().map(|p| Kolom::of(p.soort.value));
                let first = kolommen.next().unwrap_or(Kolom::Overig);
                let kolom = if kolommen.all(|k| k == first) {
                    first
                } else {
                    Kolom::Overig
                };
                let namen = leden.iter().map(|p| naam(casus, &p.id.value)).collect();
                (namen, kolom)
            }
        };
        self.nodes.push(Node {
            id: id.to_string(),
            naam: naam(casus, id),
            onder,
            kolom,
        });
        self.nodes.len() - 1
    }

    fn edge(&mut self, van: usize, naar: usize, nummer: usize, lijn: Lijn) {
        match self
            .edges
            .iter_mut()
            .find(|e| e.van == van && e.naar == naar && e.lijn == lijn)
        {
            Some(e) => {
                if !e.nummers.contains(&nummer) {
                    e.nummers.push(nummer);
                }
            }
            None => self.edges.push(Edge {
                van,
                naar,
                nummers: vec![nummer],
                lijn,
            }),
        }
    }

    /// The node that stands for party `id`: itself, or a drawn group it is in.
    fn standing_for(&self, casus: &Casus, id: &str) -> Option<usize> {
        self.nodes
            .iter()
            .position(|n| n.id == id && n.kolom != Kolom::Verwerkers)
            .or_else(|| {
                self.nodes.iter().position(|n| {
                    casus.groep(&n.id).is_some()
                        && casus.leden(&n.id).iter().any(|p| p.id.value == id)
                })
            })
    }
}

/// The graph of the flows in `sel`, with the processors of its parties
/// that handle data of those flows.
pub(crate) fn build(casus: &Casus, stromen: &[StroomView], sel: &Selectie) -> Graph {
    let mut g = Graph::default();
    for &i in &sel.stromen {
        let (s, v) = (&casus.stromen[i], &stromen[i]);
        let van = g.node(casus, &s.van.value);
        for n in &s.naar {
            let naar = g.node(casus, &n.value);
            g.edge(van, naar, i + 1, Lijn::of(v));
        }
    }
    for id in &sel.extra {
        if g.standing_for(casus, id).is_none() {
            g.node(casus, id);
        }
    }
    if sel.alle_partijen {
        for p in &casus.partijen {
            if g.standing_for(casus, &p.id.value).is_none() {
                g.node(casus, &p.id.value);
            }
        }
    }
    for e in &mut g.edges {
        e.nummers.sort_unstable();
    }
    let gegevens: Vec<&str> = sel
        .stromen
        .iter()
        .flat_map(|&i| casus.stromen[i].gegevens.iter().map(|r| r.value.as_str()))
        .collect();
    for v in &casus.verwerkers {
        processor(&mut g, casus, v, sel.alle_partijen, &gegevens);
    }
    g
}

/// A processor, when one of its controllers is drawn and (for a part of
/// the casus) it handles data the drawn flows carry. It gets no arrow: it
/// receives no data of its own, it processes for the controllers it names.
fn processor(g: &mut Graph, casus: &Casus, v: &Verwerker, alle: bool, gegevens: &[&str]) {
    let relevant = alle
        || v.gegevens.is_empty()
        || v.gegevens
            .iter()
            .any(|r| gegevens.contains(&r.value.as_str()));
    if !relevant {
        return;
    }
    let mut controllers: Vec<String> = Vec::new();
    for r in &v.voor {
        if let Some(i) = g.standing_for(casus, &r.value) {
            let naam = naam(casus, &r.value);
            if g.nodes[i].kolom != Kolom::Verwerkers && !controllers.contains(&naam) {
                controllers.push(naam);
            }
        }
    }
    if controllers.is_empty() {
        return;
    }
    g.nodes.push(Node {
        id: format!("verwerker:{}", v.id.value),
        naam: v.naam.clone(),
        onder: vec![
            v.dienst.clone(),
            format!("in opdracht van {}", crate::nl::opsomming(&controllers)),
        ],
        kolom: Kolom::Verwerkers,
    });
}
