//! The document catalogue: which documents a casus has, in which order,
//! with their file names, titles and templates.

use super::views::CasusView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Md,
    Html,
    Pdf,
    Typ,
    Docx,
}

impl Format {
    pub(crate) fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Typ => "typ",
            Format::Docx => "docx",
        }
    }
    /// In the order the index page lists a document's files.
    pub(crate) const ALL: [Format; 5] = [
        Format::Md,
        Format::Html,
        Format::Pdf,
        Format::Docx,
        Format::Typ,
    ];
}

/// The kinds of document: the covenant, its annexes, the processor
/// agreements and the DPIA.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Convenant,
    Toetreding,
    Toelichting,
    /// The plain-language letter: for parents, or (`true`) for young people from 12.
    Informatiebrief(bool),
    /// Index into `CasusView::toetreders`: one accession, its own document.
    Toetreder(usize),
    /// Index into `CasusView::overleggen`.
    Casusoverleg(usize),
    /// Index into `CasusView::regelingen`.
    Regeling(usize),
    /// Index into `CasusView::verwerkersovereenkomsten`.
    Verwerkersovereenkomst(usize),
    Dpia,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// File name without extension.
    pub stem: String,
    pub titel: String,
    /// The tera template that renders it.
    pub template: &'static str,
    pub kind: Kind,
    /// Written in English (`verwerkers[].taal: en`): the page labels, the
    /// status line and the marks of open items follow.
    pub engels: bool,
}

/// Every document of a casus, in a fixed order.
pub fn documents(view: &CasusView) -> Vec<Document> {
    let mut docs = vec![
        Document {
            stem: "convenant".into(),
            titel: view.convenant.titel.clone(),
            template: "convenant.md",
            kind: Kind::Convenant,
            engels: false,
        },
        Document {
            stem: "bijlage-1-toetreding".into(),
            titel: "Bijlage 1: Toetredingsformulier".into(),
            template: "bijlage-1-toetreding.md",
            kind: Kind::Toetreding,
            engels: false,
        },
    ];
    for (i, p) in view.toetreders.iter().enumerate() {
        docs.push(Document {
            stem: format!("toetreding-{}", p.id),
            titel: format!("Toetreding van {}", p.naam),
            template: "toetreding.md",
            kind: Kind::Toetreder(i),
            engels: false,
        });
    }
    for (i, o) in view.overleggen.iter().enumerate() {
        docs.push(Document {
            stem: o.stem.clone(),
            titel: format!("Bijlage {}: Beschrijving {}", o.bijlage, o.aanduiding),
            template: "bijlage-3-casusoverleg.md",
            kind: Kind::Casusoverleg(i),
            engels: false,
        });
    }
    for (i, o) in view.overleggen.iter().enumerate() {
        if let Some(stem) = &o.toestemming_stem {
            docs.push(Document {
                stem: stem.clone(),
                titel: format!("Toestemmingsformulier {}", o.aanduiding),
                template: "toestemmingsformulier.md",
                kind: Kind::Casusoverleg(i),
                engels: false,
            });
        }
    }
    for (i, r) in view.regelingen.iter().enumerate() {
        docs.push(Document {
            stem: r.stem.clone(),
            titel: match &r.vorm {
                Some(v) => format!(
                    "Regeling gezamenlijke verwerkingsverantwoordelijkheid {} ({v})",
                    r.overleg
                ),
                None => format!(
                    "Regeling gezamenlijke verwerkingsverantwoordelijkheid {}",
                    r.overleg
                ),
            },
            template: "regeling-gezamenlijke-verantwoordelijkheid.md",
            kind: Kind::Regeling(i),
            engels: false,
        });
    }
    for (i, v) in view.verwerkersovereenkomsten.iter().enumerate() {
        let (p, w) = (&v.verantwoordelijke.naam, &v.verwerker.naam);
        let engels = v.taal == "en";
        // Under a sector model the standard is the agreement: the document
        // is what the standard leaves to the parties.
        let (titel, template) = match (v.specificatie, engels) {
            (true, false) => (
                format!("Specificatie bij de verwerkersovereenkomst {p} en {w}"),
                "verwerkersspecificatie.md",
            ),
            (true, true) => (
                format!("Specification to the data processing agreement between {p} and {w}"),
                "verwerkersspecificatie-en.md",
            ),
            (false, false) => (
                format!("Verwerkersovereenkomst {p} en {w}"),
                "verwerkersovereenkomst.md",
            ),
            (false, true) => (
                format!("Data processing agreement between {p} and {w}"),
                "verwerkersovereenkomst-en.md",
            ),
        };
        docs.push(Document {
            stem: v.stem.clone(),
            titel,
            template,
            kind: Kind::Verwerkersovereenkomst(i),
            engels,
        });
    }
    docs.push(Document {
        stem: "toelichting".into(),
        titel: "Toelichting bij het Convenant".into(),
        template: "toelichting.md",
        kind: Kind::Toelichting,
        engels: false,
    });
    docs.push(Document {
        stem: "informatiebrief-ouders".into(),
        titel: "Informatiebrief voor ouders: samenwerken en gegevens delen".into(),
        template: "informatiebrief.md",
        kind: Kind::Informatiebrief(false),
        engels: false,
    });
    docs.push(Document {
        stem: "informatiebrief-jongeren".into(),
        titel: "Informatie voor jongeren vanaf 12 jaar: wie deelt wat over jou?".into(),
        template: "informatiebrief.md",
        kind: Kind::Informatiebrief(true),
        engels: false,
    });
    docs.push(Document {
        stem: "dpia".into(),
        titel: "Gegevensbeschermingseffectbeoordeling (DPIA)".into(),
        template: "dpia.md",
        kind: Kind::Dpia,
        engels: false,
    });
    docs
}
