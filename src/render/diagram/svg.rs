//! The layout as SVG: boxes, edges with arrowheads, S-numbers, column
//! headings and a legend, all text as `<text>` in the font of the PDFs,
//! every user string escaped. Only integer coordinates and attributes in a
//! fixed order: the same graph gives the same bytes.

use super::graph::{Graph, Kolom, Lijn};
use super::layout::{self, Layout, Side};
use super::text::{escape, width};
use std::fmt::Write as _;

/// The font stack: Libertinus Serif is built into typst; a browser without
/// it takes another serif.
const FONT: &str = "Libertinus Serif, Linux Libertine, Georgia, serif";
const LEGEND_LH: i32 = 13;

/// What the legend says of each line style.
fn uitleg(l: Lijn) -> &'static str {
    match l {
        Lijn::Gewoon => "gewone persoonsgegevens (dunne doorgetrokken lijn)",
        Lijn::Nummer => "met burgerservicenummer of persoonsgebonden nummer (dikke lijn)",
        Lijn::Bijzonder => "met bijzondere of strafrechtelijke persoonsgegevens (gestreepte lijn)",
        Lijn::BijzonderNummer => {
            "met bijzondere of strafrechtelijke gegevens én een BSN of PGN (dikke gestreepte lijn)"
        }
        Lijn::Anoniem => {
            "anoniem, zonder gegevens die de jeugdige herkenbaar maken (gestippelde lijn)"
        }
    }
}

/// `stroke`, `stroke-width` and `stroke-dasharray` of a line style: the
/// dash and the width carry the meaning, the colour only repeats it.
fn stroke(l: Lijn) -> (&'static str, &'static str, Option<&'static str>) {
    match l {
        Lijn::Gewoon => ("#222222", "1.1", None),
        Lijn::Nummer => ("#222222", "2.6", None),
        Lijn::Bijzonder => ("#8a1c1c", "1.3", Some("6 3")),
        Lijn::BijzonderNummer => ("#8a1c1c", "2.6", Some("6 3")),
        Lijn::Anoniem => ("#222222", "1.2", Some("1 2.5")),
    }
}

fn line_attrs(l: Lijn) -> String {
    let (colour, w, dash) = stroke(l);
    let mut out = format!(" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{w}\"");
    if let Some(d) = dash {
        let _ = write!(out, " stroke-dasharray=\"{d}\"");
    }
    out
}

/// The SVG of graph `g` titled `titel` (the `<title>`, for screen readers).
pub(crate) fn svg(g: &Graph, titel: &str) -> super::Diagram {
    let lay = layout::layout(g);
    let mut lijnen: Vec<Lijn> = g.edges.iter().map(|e| e.lijn).collect();
    lijnen.sort_unstable();
    lijnen.dedup();
    let mut legend: Vec<String> = lijnen.iter().map(|l| uitleg(*l).to_string()).collect();
    if g.edges.iter().any(|e| !e.nummers.is_empty()) {
        legend.push("S1, S2, …: de nummers van de gegevensstromen, zoals in de DPIA".into());
    }
    if g.nodes.iter().any(|n| n.kolom == Kolom::Verwerkers) {
        legend.push(
            "Verwerkers (grijs vlak) verwerken in opdracht van de genoemde partij; zij krijgen geen eigen verstrekking"
                .into(),
        );
    }
    if g.nodes.is_empty() {
        legend = vec!["Geen gegevensstromen en geen partijen om te tekenen.".into()];
    }
    let legend_w = legend
        .iter()
        .map(|t| 44 + width(t, layout::SUB_SIZE, false))
        .max()
        .unwrap_or(0)
        + 2 * layout::MARGIN;
    let w = lay.width.max(legend_w);
    let legend_top = lay.height + 6;
    let h =
        legend_top + LEGEND_LH * (i32::try_from(legend.len()).unwrap_or(0) + 1) + layout::MARGIN;

    let mut out = String::with_capacity(8192);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" font-family=\"{FONT}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", escape(titel));
    let _ = writeln!(
        out,
        "<rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>"
    );
    if let Some(x) = lay.verwerkers_x {
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f2f2f2\" stroke=\"#999999\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>",
            x - 6,
            layout::MARGIN - 2,
            layout::BOX_W + 12,
            lay.height - layout::MARGIN + 2
        );
    }
    for (x, k) in &lay.headers {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#333333\">{}</text>",
            x + layout::BOX_W / 2,
            layout::MARGIN + 10,
            layout::NAME_SIZE,
            escape(k.kop())
        );
    }
    edges(&mut out, &lay);
    boxes(&mut out, &lay);
    for l in &lay.labels {
        let anchor = if l.side == Side::Right {
            "start"
        } else {
            "end"
        };
        let _ = writeln!(
            out,
            "<text class=\"nummer\" x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{anchor}\" fill=\"#000000\">{}</text>",
            l.x,
            l.y,
            layout::LABEL_SIZE,
            escape(&l.text)
        );
    }
    // The legend: a sample of each line style with what it means.
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\">Legenda</text>",
        layout::MARGIN,
        legend_top + 9,
        layout::SUB_SIZE
    );
    let mut y = legend_top + LEGEND_LH;
    let mut samples = lijnen.iter();
    for text in &legend {
        let x = layout::MARGIN;
        match samples.next() {
            Some(l) if !g.nodes.is_empty() => {
                let _ = writeln!(
                    out,
                    "<line x1=\"{x}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>",
                    y + 6,
                    x + 36,
                    y + 6,
                    line_attrs(*l)
                );
            }
            _ => {}
        }
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\">{}</text>",
            x + 44,
            y + 9,
            layout::SUB_SIZE,
            escape(text)
        );
        y += LEGEND_LH;
    }
    out.push_str("</svg>\n");
    super::Diagram {
        svg: out,
        width: w,
        height: h,
    }
}

fn edges(out: &mut String, lay: &Layout) {
    for r in &lay.routes {
        let points: Vec<String> = r.points.iter().map(|(x, y)| format!("{x},{y}")).collect();
        let _ = writeln!(
            out,
            "<polyline class=\"stroom\" points=\"{}\"{}/>",
            points.join(" "),
            line_attrs(r.lijn)
        );
        // The arrowhead at the target, pointing into its box.
        if let Some(&(x, y)) = r.points.last() {
            let d = if r.in_side == Side::Left { -6 } else { 6 };
            let (colour, _, _) = stroke(r.lijn);
            let _ = writeln!(
                out,
                "<polygon points=\"{x},{y} {},{} {},{}\" fill=\"{colour}\"/>",
                x + d,
                y - 3,
                x + d,
                y + 3
            );
        }
    }
}

fn boxes(out: &mut String, lay: &Layout) {
    for b in &lay.boxes {
        let _ = writeln!(
            out,
            "<rect class=\"partij\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"0.9\"/>",
            b.x, b.y, b.w, b.h
        );
        let mut y = b.y + layout::PAD + 8;
        for l in &b.naam {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{y}\" font-size=\"{}\" font-weight=\"bold\">{}</text>",
                b.x + layout::PAD,
                layout::NAME_SIZE,
                escape(l)
            );
            y += 11;
        }
        y += 2;
        for l in &b.onder {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{y}\" font-size=\"{}\" xml:space=\"preserve\">{}</text>",
                b.x + layout::PAD + 2,
                layout::SUB_SIZE,
                escape(l)
            );
            y += 10;
        }
    }
}
