//! GRP-01: groups that contain themselves or stand for nobody.

use super::Resolver;
use crate::diagnostic::Diagnostic;
use crate::source::Loc;

impl Resolver<'_> {
    /// GRP-01: a group that contains itself, directly or through another.
    /// One depth-first walk over all groups (linear in groups and members):
    /// a member that is still on the walk's path closes a cycle, and every
    /// group on that part of the path is reported once.
    pub(super) fn group_cycles(&mut self) {
        let c = self.casus;
        let index: std::collections::HashMap<&str, usize> = c
            .groepen
            .iter()
            .enumerate()
            .map(|(i, g)| (g.id.value.as_str(), i))
            .collect();
        // 0: not seen, 1: on the current path, 2: done.
        let mut state = vec![0u8; c.groepen.len()];
        let mut cyclic = vec![false; c.groepen.len()];
        for start in 0..c.groepen.len() {
            if state[start] != 0 {
                continue;
            }
            let mut path: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some(&mut (g, ref mut next)) = path.last_mut() {
                let leden = &c.groepen[g].leden;
                if *next >= leden.len() {
                    state[g] = 2;
                    path.pop();
                    continue;
                }
                let member = leden[*next].value.as_str();
                *next += 1;
                let Some(&m) = index.get(member) else {
                    continue;
                };
                match state[m] {
                    0 => {
                        state[m] = 1;
                        path.push((m, 0));
                    }
                    1 => {
                        for &(on, _) in path.iter().rev() {
                            cyclic[on] = true;
                            if on == m {
                                break;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // A group that stands for nobody would hide its flows from every rule.
        for g in &c.groepen {
            if c.leden(&g.id.value).is_empty() {
                self.diags.push(
                    Diagnostic::error(
                        "GRP-01",
                        format!(
                            "groep `{}` heeft geen leden; een stroom van of naar haar zou voor niemand gelden en door geen regel gecontroleerd worden",
                            g.id.value
                        ),
                    )
                    .at(Loc::of(g.bestand, &g.id))
                    .help("noem onder `leden:` ten minste één partij, of haal de groep en haar stromen weg"),
                );
            }
        }
        for (g, _) in c.groepen.iter().zip(&cyclic).filter(|(_, c)| **c) {
            self.diags.push(
                Diagnostic::error(
                    "GRP-01",
                    format!(
                        "groep `{}` bevat zichzelf, via haar leden; een groep kan niet lid zijn van zichzelf",
                        g.id.value
                    ),
                )
                .at(Loc::of(g.bestand, &g.id))
                .help("haal de groep (of de groep die haar bevat) uit `leden:`"),
            );
        }
    }
}
