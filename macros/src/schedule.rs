//! Which nodes each generated method computes, and in what order. Today every node is one
//! kernel call over whole arrays; fusing chains into loop nests plugs in here.

use crate::ir::{Graph, Id};

pub struct Plan {
    /// The nodes to compute, children before parents.
    pub steps: Vec<Id>,
}

/// The nodes `roots` need, in arena (topological) order: dead code is never emitted.
pub fn plan(g: &Graph, roots: &[Id]) -> Plan {
    let live = g.reachable(roots.iter().copied());
    Plan {
        steps: (0..g.nodes.len())
            .filter(|&i| live[i])
            .map(|i| Id(i as u32))
            .collect(),
    }
}
