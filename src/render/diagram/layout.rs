//! A layered layout of our own: the columns by role, the boxes of a column
//! one per row, and every edge routed at right angles through the free
//! space between the boxes.
//!
//! The rows are shared by all columns, so the gap between two rows is free
//! from edge to edge, and so is the gap between two columns from top to
//! bottom. An edge leaves its box sideways into the column gap next to it,
//! runs up or down in its own track there, along its own lane in a row gap
//! when it must reach another column gap, and enters its target sideways:
//! no edge crosses a box, and no two edges share a track or a lane. Each end
//! carries its S-numbers in a margin of the gap kept free for them.

use super::graph::{Graph, Kolom, Lijn};
use super::text::{width, wrap};

pub(crate) const BOX_W: i32 = 150;
pub(crate) const PAD: i32 = 5;
pub(crate) const NAME_SIZE: i32 = 9;
const NAME_LH: i32 = 11;
pub(crate) const SUB_SIZE: i32 = 8;
const SUB_LH: i32 = 10;
pub(crate) const LABEL_SIZE: i32 = 7;
const PORT_STEP: i32 = 12;
const TRACK: i32 = 5;
pub(crate) const MARGIN: i32 = 8;
pub(crate) const HEADER_H: i32 = 18;
const ROW_GAP: i32 = 12;
const GAP_MIN: i32 = 26;

/// Which side of a box an edge end sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Left,
    Right,
}

#[derive(Debug, Clone)]
pub(crate) struct Placed {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// The name, wrapped.
    pub naam: Vec<String>,
    /// Members or service, each wrapped, with a dash before the first line.
    pub onder: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Route {
    pub points: Vec<(i32, i32)>,
    pub lijn: Lijn,
    /// The side the edge enters its target on (the arrow points away from it).
    pub in_side: Side,
}

/// A label at an end of an edge: its anchor point and the side of its box.
#[derive(Debug, Clone)]
pub(crate) struct Label {
    pub x: i32,
    pub y: i32,
    pub side: Side,
    pub text: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub width: i32,
    /// Where the boxes and edges end (the legend comes below).
    pub height: i32,
    pub boxes: Vec<Placed>,
    pub routes: Vec<Route>,
    pub labels: Vec<Label>,
    /// Each column's heading and left edge.
    pub headers: Vec<(i32, Kolom)>,
    /// The left edge of the processors' column, when there is one.
    pub verwerkers_x: Option<i32>,
}

struct End {
    edge: usize,
    other: usize,
}

pub(crate) fn layout(g: &Graph) -> Layout {
    let mut kolommen: Vec<Kolom> = g.nodes.iter().map(|n| n.kolom).collect();
    kolommen.sort_unstable();
    kolommen.dedup();
    let col: Vec<usize> = g
        .nodes
        .iter()
        .map(|n| kolommen.iter().position(|k| *k == n.kolom).unwrap_or(0))
        .collect();
    let mut row = vec![0usize; g.nodes.len()];
    let mut per_col = vec![0usize; kolommen.len()];
    for (i, &c) in col.iter().enumerate() {
        row[i] = per_col[c];
        per_col[c] += 1;
    }
    order_by_neighbours(g, &col, &mut row);
    let nrows = per_col.iter().copied().max().unwrap_or(0);
    let ncols = kolommen.len();

    // Sides and gaps of each edge: gap k lies left of column k.
    let sides: Vec<(Side, Side, usize, usize)> = g
        .edges
        .iter()
        .map(|e| {
            let (cs, ct) = (col[e.van], col[e.naar]);
            if cs < ct {
                (Side::Right, Side::Left, cs + 1, ct)
            } else if cs > ct {
                (Side::Left, Side::Right, cs, ct + 1)
            } else {
                (Side::Right, Side::Right, cs + 1, cs + 1)
            }
        })
        .collect();

    // The ends on each side of each box, ordered by where the other end is.
    let mut ends: Vec<[Vec<End>; 2]> = (0..g.nodes.len()).map(|_| [vec![], vec![]]).collect();
    let idx = |s: Side| usize::from(s == Side::Right);
    for (i, e) in g.edges.iter().enumerate() {
        let (ss, ts, _, _) = sides[i];
        ends[e.van][idx(ss)].push(End {
            edge: i,
            other: e.naar,
        });
        ends[e.naar][idx(ts)].push(End {
            edge: i,
            other: e.van,
        });
    }
    for side in ends.iter_mut().flatten() {
        side.sort_by_key(|end| (row[end.other], col[end.other], end.edge));
    }

    let labels: Vec<String> = g
        .edges
        .iter()
        .map(|e| {
            e.nummers
                .iter()
                .map(|n| format!("S{n}"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();

    // Box contents and heights.
    let inner = BOX_W - 2 * PAD;
    let mut boxes: Vec<Placed> = g
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let naam = wrap(&n.naam, NAME_SIZE, true, inner);
            let mut onder = Vec::new();
            for o in &n.onder {
                for (k, l) in wrap(o, SUB_SIZE, false, inner - 8).into_iter().enumerate() {
                    onder.push(if k == 0 {
                        format!("– {l}")
                    } else {
                        format!("  {l}")
                    });
                }
            }
            let text_h = 2 * PAD
                + NAME_LH * len(&naam)
                + if onder.is_empty() {
                    0
                } else {
                    3 + SUB_LH * len(&onder)
                };
            let ports = len(&ends[i][0]).max(len(&ends[i][1]));
            Placed {
                x: 0,
                y: 0,
                w: BOX_W,
                h: text_h.max((ports + 1) * PORT_STEP).max(26),
                naam,
                onder,
            }
        })
        .collect();

    // Tracks per column gap, lanes per row gap.
    let mut tracks = vec![0i32; ncols + 1];
    let mut lanes = vec![0i32; nrows + 1];
    let mut track_of: Vec<(i32, i32)> = Vec::with_capacity(g.edges.len());
    let mut lane_of: Vec<Option<(usize, i32)>> = Vec::with_capacity(g.edges.len());
    for (i, e) in g.edges.iter().enumerate() {
        let (_, _, g1, g2) = sides[i];
        let t1 = tracks[g1];
        tracks[g1] += 1;
        let t2 = if g2 == g1 {
            t1
        } else {
            tracks[g2] += 1;
            tracks[g2] - 1
        };
        track_of.push((t1, t2));
        if g1 == g2 {
            lane_of.push(None);
        } else {
            let (rs, rt) = (row[e.van], row[e.naar]);
            let j = if rs == rt { rs + 1 } else { rs.max(rt) };
            lane_of.push(Some((j, lanes[j])));
            lanes[j] += 1;
        }
    }

    // Label margins of each gap: for the column on its left and on its right.
    let mut zone = vec![(0i32, 0i32); ncols + 1];
    for (i, side) in ends.iter().enumerate() {
        for (s, list) in side.iter().enumerate() {
            for end in list {
                let w = width(&labels[end.edge], LABEL_SIZE, false) + 4;
                if s == 1 {
                    zone[col[i] + 1].0 = zone[col[i] + 1].0.max(w);
                } else {
                    zone[col[i]].1 = zone[col[i]].1.max(w);
                }
            }
        }
    }
    let gap_w: Vec<i32> = (0..=ncols)
        .map(|k| {
            let used = zone[k].0 + zone[k].1 + tracks[k] * TRACK;
            let apart = if k < ncols && kolommen[k] == Kolom::Verwerkers {
                10
            } else {
                0
            };
            (used + 12).max(GAP_MIN) + apart
        })
        .collect();
    let row_gap: Vec<i32> = lanes.iter().map(|l| ROW_GAP + l * TRACK).collect();

    let mut col_x = Vec::with_capacity(ncols);
    let mut x = MARGIN;
    for w in gap_w.iter().take(ncols) {
        x += w;
        col_x.push(x);
        x += BOX_W;
    }
    let width = x + gap_w[ncols] + MARGIN;
    let mut row_h = vec![0i32; nrows];
    for (i, b) in boxes.iter().enumerate() {
        row_h[row[i]] = row_h[row[i]].max(b.h);
    }
    let mut row_y = Vec::with_capacity(nrows);
    let mut y = MARGIN + HEADER_H;
    for r in 0..nrows {
        y += row_gap[r];
        row_y.push(y);
        y += row_h[r];
    }
    let height = y + row_gap[nrows];
    for (i, b) in boxes.iter_mut().enumerate() {
        b.x = col_x[col[i]];
        b.y = row_y[row[i]];
    }

    let gap_left = |k: usize| -> i32 { if k == 0 { MARGIN } else { col_x[k - 1] + BOX_W } };
    let track_x = |k: usize, t: i32| gap_left(k) + 6 + zone[k].0 + t * TRACK + TRACK / 2;
    let lane_y = |j: usize, l: i32| -> i32 {
        let top = if j == 0 {
            MARGIN + HEADER_H
        } else {
            row_y[j - 1] + row_h[j - 1]
        };
        top + ROW_GAP / 2 + l * TRACK
    };
    let port = |node: usize, side: Side, edge: usize| -> (i32, i32) {
        let list = &ends[node][idx(side)];
        let k = list.iter().position(|e| e.edge == edge).unwrap_or(0);
        let b = &boxes[node];
        let n = len(list);
        let first = b.y + (b.h - (n - 1) * PORT_STEP) / 2;
        let x = if side == Side::Right { b.x + b.w } else { b.x };
        (x, first + len_i(k) * PORT_STEP)
    };

    let mut routes = Vec::with_capacity(g.edges.len());
    let mut placed_labels = Vec::new();
    for (i, e) in g.edges.iter().enumerate() {
        let (ss, ts, g1, g2) = sides[i];
        let (t1, t2) = track_of[i];
        let (sx, sy) = port(e.van, ss, i);
        let (tx, ty) = port(e.naar, ts, i);
        let x1 = track_x(g1, t1);
        let mut points = vec![(sx, sy), (x1, sy)];
        match lane_of[i] {
            None => points.push((x1, ty)),
            Some((j, l)) => {
                let yl = lane_y(j, l);
                let x2 = track_x(g2, t2);
                points.extend([(x1, yl), (x2, yl), (x2, ty)]);
            }
        }
        points.push((tx, ty));
        points.dedup();
        if !labels[i].is_empty() {
            for (x, y, side) in [(sx, sy, ss), (tx, ty, ts)] {
                placed_labels.push(Label {
                    x: if side == Side::Right { x + 3 } else { x - 3 },
                    y: y - 2,
                    side,
                    text: labels[i].clone(),
                });
            }
        }
        routes.push(Route {
            points,
            lijn: e.lijn,
            in_side: ts,
        });
    }
    Layout {
        width,
        height,
        boxes,
        routes,
        labels: placed_labels,
        headers: kolommen
            .iter()
            .enumerate()
            .map(|(c, k)| (col_x[c], *k))
            .collect(),
        verwerkers_x: kolommen
            .iter()
            .position(|k| *k == Kolom::Verwerkers)
            .map(|c| col_x[c]),
    }
}

/// A few rounds of the barycentre heuristic: each column's boxes sorted by
/// the mean row of the boxes they share an edge with, so fewer edges cross.
/// Integer means and a stable sort keep it deterministic.
fn order_by_neighbours(g: &Graph, col: &[usize], row: &mut [usize]) {
    let ncols = col.iter().copied().max().map_or(0, |c| c + 1);
    for _ in 0..3 {
        for c in 0..ncols {
            let mut members: Vec<usize> = (0..col.len()).filter(|&i| col[i] == c).collect();
            members.sort_by_key(|&i| row[i]);
            let key = |i: usize| -> usize {
                let others: Vec<usize> = g
                    .edges
                    .iter()
                    .filter_map(|e| {
                        if e.van == i && e.naar != i {
                            Some(row[e.naar])
                        } else if e.naar == i && e.van != i {
                            Some(row[e.van])
                        } else {
                            None
                        }
                    })
                    .collect();
                if others.is_empty() {
                    row[i] * 1000
                } else {
                    others.iter().sum::<usize>() * 1000 / others.len()
                }
            };
            let keys: Vec<(usize, usize)> = members.iter().map(|&i| (key(i), i)).collect();
            let mut sorted = keys.clone();
            sorted.sort_by_key(|&(k, _)| k);
            for (r, (_, i)) in sorted.into_iter().enumerate() {
                row[i] = r;
            }
        }
    }
}

fn len<T>(v: &[T]) -> i32 {
    i32::try_from(v.len()).unwrap_or(i32::MAX)
}

fn len_i(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}
