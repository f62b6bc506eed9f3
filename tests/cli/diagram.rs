//! The data-flow diagrams: one per casusoverleg and one of the whole casus,
//! as SVG next to the documents, inline in the HTML and in the Typst source.

use crate::util::{copy_casus, render_ok, root};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Clone, Copy)]
struct Rect {
    x: i64,
    y: i64,
    w: i64,
    h: i64,
}

/// What a test reads from one SVG.
#[derive(Debug, Default)]
struct Svg {
    title: String,
    boxes: Vec<Rect>,
    /// Every text element, in order.
    texts: Vec<String>,
    /// The texts of the S-number labels.
    labels: Vec<String>,
    /// The points of each edge.
    lines: Vec<Vec<(i64, i64)>>,
}

fn num(v: &str) -> i64 {
    v.parse().unwrap_or_else(|_| panic!("not an integer: {v}"))
}

/// Parses an SVG as XML (any error fails the test).
fn parse(svg: &str) -> Svg {
    let mut reader = Reader::from_str(svg);
    let mut out = Svg::default();
    let mut open: Option<String> = None;
    let mut text = String::new();
    loop {
        match reader.read_event().expect("the SVG is well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                assert!(
                    [
                        "svg", "title", "rect", "text", "polyline", "polygon", "line"
                    ]
                    .contains(&name.as_str()),
                    "unexpected element <{name}>"
                );
                let attrs: BTreeMap<String, String> = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_string(),
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .into_owned(),
                        )
                    })
                    .collect();
                let class = attrs.get("class").map(String::as_str);
                if name == "rect" && class == Some("partij") {
                    out.boxes.push(Rect {
                        x: num(&attrs["x"]),
                        y: num(&attrs["y"]),
                        w: num(&attrs["width"]),
                        h: num(&attrs["height"]),
                    });
                }
                if name == "polyline" {
                    out.lines.push(
                        attrs["points"]
                            .split(' ')
                            .map(|p| {
                                let (x, y) = p.split_once(',').unwrap();
                                (num(x), num(y))
                            })
                            .collect(),
                    );
                }
                if name == "text" || name == "title" {
                    open = Some(if class == Some("nummer") {
                        "nummer".into()
                    } else {
                        name
                    });
                    text.clear();
                }
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let name = r.as_ref().to_string();
                text.push_str(match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "#39" => "'",
                    other => panic!("unexpected entity &{other};"),
                });
            }
            Event::End(_) => match open.take().as_deref() {
                Some("title") => out.title = std::mem::take(&mut text),
                Some("nummer") => {
                    out.labels.push(text.clone());
                    out.texts.push(std::mem::take(&mut text));
                }
                Some(_) => out.texts.push(std::mem::take(&mut text)),
                None => {}
            },
            _ => {}
        }
    }
    out
}

/// The S-numbers in the labels of a diagram.
fn numbers(svg: &Svg) -> BTreeSet<usize> {
    svg.labels
        .iter()
        .flat_map(|l| l.split(", "))
        .map(|s| s.strip_prefix('S').unwrap().parse().unwrap())
        .collect()
}

/// The DPIA's flows (S-number → "overleg, fase" column), from its Markdown.
fn dpia_flows(dir: &Path) -> BTreeMap<usize, String> {
    let md = std::fs::read_to_string(dir.join("dpia.md")).unwrap();
    let start = md
        .find("| Nr | Van → aan |")
        .expect("the DPIA lists its flows");
    md[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("| S"))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let n = cells[0].trim_start_matches("| S").parse().unwrap();
            (n, cells[3].trim_end_matches(" |").to_string())
        })
        .collect()
}

fn overlap(a: Rect, b: Rect) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/// Whether the segment from `p` to `q` (horizontal or vertical) runs
/// through the inside of `r`; ending on its edge is arriving, not crossing.
fn crosses(p: (i64, i64), q: (i64, i64), r: Rect) -> bool {
    let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
    let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
    if y0 == y1 {
        r.y < y0 && y0 < r.y + r.h && x0 < r.x + r.w && x1 > r.x
    } else {
        r.x < x0 && x0 < r.x + r.w && y0 < r.y + r.h && y1 > r.y
    }
}

fn svgs(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".svg"))
        .map(|n| (n.clone(), std::fs::read_to_string(dir.join(&n)).unwrap()))
        .collect()
}

#[test]
fn every_flow_of_an_overleg_is_in_its_diagram_and_nothing_overlaps() {
    let out = tempfile::tempdir().unwrap();
    render_ok(&root().join("casus/regio-voorbeeld"), out.path(), "md,html");
    let dir = out.path().join("regio-voorbeeld");
    let flows = dpia_flows(&dir);
    assert!(flows.len() > 10, "{flows:?}");
    let svgs = svgs(&dir);
    let overleggen: Vec<&String> = svgs.keys().filter(|n| n.starts_with("bijlage-3")).collect();
    assert_eq!(overleggen.len(), 2, "{:?}", svgs.keys());
    let mut seen = BTreeSet::new();
    for (name, text) in &svgs {
        let svg = parse(text);
        let got = numbers(&svg);
        let want: BTreeSet<usize> = if name == "gegevensstromen.svg" {
            flows.keys().copied().collect()
        } else {
            flows
                .iter()
                .filter(|(_, o)| {
                    let naam = o.split(", ").next().unwrap();
                    o.as_str() != "buiten een casusoverleg" && svg.title.contains(naam)
                })
                .map(|(n, _)| *n)
                .collect()
        };
        assert!(!want.is_empty(), "{name}: {}", svg.title);
        assert_eq!(got, want, "{name}: the S-numbers of its flows, no others");
        if name != "gegevensstromen.svg" {
            seen.extend(got);
        }
        assert!(svg.boxes.len() >= 3, "{name}: {:?}", svg.boxes);
        for (i, a) in svg.boxes.iter().enumerate() {
            for b in &svg.boxes[i + 1..] {
                assert!(!overlap(*a, *b), "{name}: boxes {a:?} and {b:?} overlap");
            }
        }
        // Edges run between the boxes: a segment only touches a box at an end.
        for line in &svg.lines {
            assert!(line.len() >= 2, "{name}: {line:?}");
            for seg in line.windows(2) {
                let (p, q) = (seg[0], seg[1]);
                assert!(
                    p.0 == q.0 || p.1 == q.1,
                    "{name}: a slanted segment {seg:?}"
                );
                for b in &svg.boxes {
                    assert!(
                        !crosses(p, q, *b),
                        "{name}: segment {seg:?} crosses box {b:?}"
                    );
                }
            }
        }
        assert!(svg.texts.iter().any(|t| t == "Legenda"), "{name}: a legend");
    }
    // Every flow of a casusoverleg is in one of the two diagrams.
    let in_overleg: BTreeSet<usize> = flows
        .iter()
        .filter(|(_, o)| o.as_str() != "buiten een casusoverleg")
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(seen, in_overleg);
    // A group is one box that lists its members; processors stand apart.
    let all = parse(&svgs["gegevensstromen.svg"]);
    assert!(
        all.texts.iter().any(|t| t.starts_with("– ")),
        "{:?}",
        all.texts
    );
    assert!(all.texts.iter().any(|t| t == "Verwerkers (in opdracht)"));
    assert!(all.texts.iter().any(|t| t.contains("gestreepte lijn")));
}

#[test]
fn the_diagram_is_in_every_format_and_the_same_on_a_rerun() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let casus = root().join("casus/regio-voorbeeld");
    render_ok(&casus, a.path(), "md,html,typ,docx");
    render_ok(&casus, b.path(), "md,html,typ,docx");
    let (da, db) = (
        a.path().join("regio-voorbeeld"),
        b.path().join("regio-voorbeeld"),
    );
    let (sa, sb) = (svgs(&da), svgs(&db));
    assert_eq!(sa.len(), 3);
    assert_eq!(sa, sb, "byte-identical SVG on a rerun");
    for name in ["index.html", "dpia.html", "dpia.typ"] {
        assert_eq!(
            std::fs::read(da.join(name)).unwrap(),
            std::fs::read(db.join(name)).unwrap(),
            "{name}"
        );
    }
    let read = |n: &str| std::fs::read_to_string(da.join(n)).unwrap();
    let inline = |html: &str| {
        html.contains("class=\"stroomschema\" href=\"") && html.contains("\"><svg xmlns=")
    };
    assert!(
        inline(&read("index.html")),
        "the index page shows the casus diagram"
    );
    assert!(inline(&read("dpia.html")));
    assert!(inline(&read("bijlage-3-casusoverleg-mdo.html")));
    assert!(read("dpia.md").contains("](gegevensstromen.svg)"));
    assert!(read("bijlage-3-casusoverleg-mdo.md").contains("](bijlage-3-casusoverleg-mdo.svg)"));
    let typ = read("bijlage-3-casusoverleg-mdo.typ");
    assert!(
        typ.contains("image(bytes(\"<svg xmlns="),
        "the bytes are in the source"
    );
    // The Typst source still parses as a whole.
    let root = typst_syntax::parse(&typ);
    assert!(
        !root.diagnosis().errors,
        "{:?}",
        root.errors_and_warnings().0
    );
}

#[test]
fn hostile_names_stay_text_in_the_svg_and_the_page() {
    let (_tmp, casus) = copy_casus(&root().join("tests/fixtures/basis"), "aanval");
    let path = casus.join("partijen.yaml");
    let hostile = "Stichting <script>alert(1)</script> & \\\"Co\\\" ]]> <![CDATA[x]]> <!-- --> 'q'";
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "naam: Stichting Onderwijs A",
        &format!("naam: \"{hostile}\""),
        1,
    );
    std::fs::write(&path, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    render_ok(&casus, out.path(), "md,html,typ");
    let dir = out.path().join("aanval");
    let svg_text = std::fs::read_to_string(dir.join("gegevensstromen.svg")).unwrap();
    let svg = parse(&svg_text);
    let shown = svg.texts.join(" ");
    for part in [
        "<script>alert(1)</script>",
        "&",
        "]]>",
        "<![CDATA[x]]>",
        "<!--",
        "'q'",
    ] {
        assert!(shown.contains(part), "{part:?} shown as text: {shown}");
    }
    assert!(!svg_text.contains("<script"), "{svg_text}");
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        !html.contains("<script"),
        "no markup from the casus in the page"
    );
    assert!(html.contains("&lt;script&gt;"));
}
