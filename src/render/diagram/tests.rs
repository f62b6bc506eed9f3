use super::graph::{Edge, Graph, Kolom, Lijn, Node};
use super::layout::layout;

fn node(id: &str, kolom: Kolom) -> Node {
    Node {
        id: id.into(),
        naam: format!("Partij {id} met een lange naam die over twee regels loopt"),
        onder: Vec::new(),
        kolom,
    }
}

fn edge(van: usize, naar: usize, nummers: &[usize], lijn: Lijn) -> Edge {
    Edge {
        van,
        naar,
        nummers: nummers.to_vec(),
        lijn,
    }
}

fn example() -> Graph {
    Graph {
        nodes: vec![
            node("a", Kolom::Onderwijs),
            node("b", Kolom::Onderwijs),
            node("c", Kolom::Gemeenten),
            node("d", Kolom::Zorg),
            node("v", Kolom::Verwerkers),
        ],
        edges: vec![
            edge(0, 1, &[1], Lijn::Gewoon),
            edge(0, 2, &[2, 5], Lijn::Nummer),
            edge(2, 0, &[3], Lijn::Bijzonder),
            edge(1, 3, &[4], Lijn::Anoniem),
            edge(3, 1, &[6], Lijn::BijzonderNummer),
        ],
    }
}

#[test]
fn edges_run_between_the_boxes_and_every_end_is_labelled() {
    let lay = layout(&example());
    assert_eq!(lay.labels.len(), 10, "both ends of each edge");
    for r in &lay.routes {
        for seg in r.points.windows(2) {
            let ((x0, y0), (x1, y1)) = (seg[0], seg[1]);
            assert!(x0 == x1 || y0 == y1, "{seg:?}");
            for b in &lay.boxes {
                let inside_x = x0.min(x1) < b.x + b.w && x0.max(x1) > b.x;
                let inside_y = y0.min(y1) < b.y + b.h && y0.max(y1) > b.y;
                let through = if y0 == y1 {
                    b.y < y0 && y0 < b.y + b.h && inside_x
                } else {
                    b.x < x0 && x0 < b.x + b.w && inside_y
                };
                assert!(!through, "{seg:?} crosses {:?}", (b.x, b.y, b.w, b.h));
            }
        }
    }
    // The processors stand right of every party; a column holds its boxes.
    let v = &lay.boxes[4];
    assert!(lay.boxes[..4].iter().all(|b| b.x + b.w < v.x));
    assert_eq!(lay.boxes[0].x, lay.boxes[1].x);
    assert!(
        lay.boxes[0].y + lay.boxes[0].h <= lay.boxes[1].y
            || lay.boxes[1].y + lay.boxes[1].h <= lay.boxes[0].y
    );
    assert!(lay.boxes.iter().all(|b| b.naam.len() == 2), "names wrap");
}

#[test]
fn the_same_graph_gives_the_same_bytes_and_a_legend_per_line_style() {
    let a = super::svg::svg(&example(), "Titel <&>");
    let b = super::svg::svg(&example(), "Titel <&>");
    assert_eq!(a.svg, b.svg);
    assert!(a.svg.contains("<title>Titel &lt;&amp;&gt;</title>"));
    for uitleg in [
        "doorgetrokken",
        "dikke lijn",
        "gestreepte lijn",
        "dikke gestreepte",
        "gestippelde",
    ] {
        assert!(a.svg.contains(uitleg), "{uitleg}");
    }
    assert!(!a.svg.contains("foreignObject"));
    let empty = super::svg::svg(&Graph::default(), "Leeg");
    assert!(empty.svg.contains("Geen gegevensstromen"));
}
