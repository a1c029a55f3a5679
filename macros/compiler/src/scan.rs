//! Scans as the emitter sees them: each scan's body split out of the program into a graph of
//! its own, whose leaves are bound once per step, so that the loops of one step are planned and
//! emitted as a method of their own, inside the loop over the scan's dim.
//!
//! In the program that `grad` and the interpreter see, a scan's body lives among the other
//! nodes (`ir::ScanInfo`). [`split`] rewrites the program: every body node leaves the outer
//! graph; the `Scan(s)` node takes the carries' initial values and then every outer value its
//! body reads (`Graph::bodies[s].bound` says how each is read), and `Graph::bodies[s].graph`
//! computes one step from `Input(j)` leaves, bound to those values, to the carries, or to the
//! step's slices.

use crate::ir::{DimId, Graph, Id, Program};
use crate::op::Op;
use std::collections::HashMap;

/// What body leaf `Input(j)` is bound to at each step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Carry `k`'s value when the step begins.
    Carry(usize),
    /// The step's slice (along the first axis) of the scan node's argument `a`.
    Slice(usize),
    /// All of the scan node's argument `a`.
    Whole(usize),
}

/// One scan's step as a graph of its own.
#[derive(Clone, Debug, Default)]
pub struct Body {
    pub graph: Graph,
    /// Per leaf `Input(j)`, what it is bound to.
    pub bound: Vec<Bound>,
    /// Per leaf `Labels(j)` (integer labels, read whole or stepped), what it is bound to.
    pub labels: Vec<Bound>,
    /// The carries' new values, then the emits' values.
    pub roots: Vec<Id>,
}

/// The program with each scan's body split out (see the module's documentation).
pub fn split(prog: &Program) -> Program {
    let g = &prog.graph;
    let of = g.scan_of();
    let mut ng = Graph::new(g.dims.clone(), g.names.clone());
    ng.customs = g.customs.clone();
    ng.scans = g.scans.clone();
    ng.bodies = vec![Body::default(); g.scans.len()];
    let mut map: HashMap<Id, Id> = HashMap::new();
    for (i, n) in g.nodes.iter().enumerate() {
        if of[i].is_some() {
            continue;
        }
        let id = Id(i as u32);
        let new = match n.op {
            Op::Scan(s) => {
                let (body, reads) = body_of(g, id, s, &of);
                let args: Vec<Id> = n.args[..g.scans[s as usize].carries]
                    .iter()
                    .chain(&reads)
                    .map(|a| map[a])
                    .collect();
                ng.bodies[s as usize] = body;
                ng.push(Op::Scan(s), args, vec![])
            }
            _ => {
                let args = n.args.iter().map(|a| map[a]).collect();
                ng.push(n.op.clone(), args, n.shape.clone())
            }
        };
        map.insert(id, new);
    }
    Program {
        graph: ng,
        loss: map[&prog.loss],
        grads: prog.grads.iter().map(|g| g.map(|g| map[&g])).collect(),
        outputs: prog.outputs.iter().map(|&(k, o)| (k, map[&o])).collect(),
        text: prog.text.clone(),
    }
}

/// A body under construction: its graph, its leaves' bindings, and the outer values it reads.
struct Builder {
    bg: Graph,
    bound: Vec<Bound>,
    labels: Vec<Bound>,
    reads: Vec<Id>,
    /// The scan's carries, whose initial values come first among its arguments.
    carries: usize,
}

impl Builder {
    /// Leaf `Labels(j)` of the body for `b`, once per binding.
    fn labels_leaf(&mut self, b: Bound, shape: Vec<DimId>, name: String) -> Id {
        let j = match self.labels.iter().position(|&x| x == b) {
            Some(j) => j,
            None => {
                self.labels.push(b);
                self.bg.names.labels.push(name);
                self.labels.len() - 1
            }
        };
        self.bg.push(Op::Labels(j), vec![], shape)
    }

    /// Leaf `Input(j)` of the body for `b`, once per binding.
    fn leaf(&mut self, b: Bound, shape: Vec<DimId>, name: String) -> Id {
        let j = match self.bound.iter().position(|&x| x == b) {
            Some(j) => j,
            None => {
                self.bound.push(b);
                self.bg.names.inputs.push(name);
                self.bound.len() - 1
            }
        };
        self.bg.push(Op::Input(j), vec![], shape)
    }

    /// The scan node's argument index of outer value `x`, among its reads.
    fn read(&mut self, x: Id) -> usize {
        let a = match self.reads.iter().position(|&r| r == x) {
            Some(a) => a,
            None => {
                self.reads.push(x);
                self.reads.len() - 1
            }
        };
        self.carries + a
    }

    /// An outer value read whole: a constant stays one (loops read it as a literal).
    fn outer(&mut self, g: &Graph, x: Id) -> Id {
        if let Some(v) = g.const_value(x) {
            return self.bg.konst(v, g.shape(x).to_vec());
        }
        let a = self.read(x);
        let name = format!("outer%{}", x.0);
        if matches!(g.node(x).op, Op::Labels(_)) {
            return self.labels_leaf(Bound::Whole(a), g.shape(x).to_vec(), name);
        }
        self.leaf(Bound::Whole(a), g.shape(x).to_vec(), name)
    }
}

/// Scan `s`'s body (node `scan` of `g`) as a graph of its own, and the outer values it reads,
/// in the order of its `Bound::Slice` and `Bound::Whole` leaves' arguments (after the
/// carries' initial values).
fn body_of(g: &Graph, scan: Id, s: u32, of: &[Option<u32>]) -> (Body, Vec<Id>) {
    let node = g.node(scan);
    let c = g.scans[s as usize].carries;
    let live = g.reachable(node.args[c..].iter().copied());
    let mut b = Builder {
        bg: Graph::new(g.dims.clone(), g.names.clone()),
        bound: Vec::new(),
        labels: Vec::new(),
        reads: Vec::new(),
        carries: c,
    };
    b.bg.customs = g.customs.clone();
    b.bg.names.inputs.clear();
    b.bg.names.labels.clear();
    let mut map: HashMap<Id, Id> = HashMap::new();
    for i in 0..g.nodes.len() {
        if !live[i] || of[i] != Some(s) {
            continue;
        }
        let n = &g.nodes[i];
        let new = match n.op {
            Op::CarryIn(_, k) => b.leaf(
                Bound::Carry(k as usize),
                n.shape.clone(),
                format!("carry{k}"),
            ),
            Op::Step(..) => {
                let x = n.args[0];
                let a = b.read(x);
                let name = format!("step%{}", x.0);
                if matches!(g.node(x).op, Op::Labels(_)) {
                    b.labels_leaf(Bound::Slice(a), n.shape.clone(), name)
                } else {
                    b.leaf(Bound::Slice(a), n.shape.clone(), name)
                }
            }
            _ => {
                let args: Vec<Id> = n
                    .args
                    .iter()
                    .map(|&a| match map.get(&a) {
                        Some(&x) => x,
                        None => b.outer(g, a),
                    })
                    .collect();
                b.bg.push(n.op.clone(), args, n.shape.clone())
            }
        };
        map.insert(Id(i as u32), new);
    }
    let roots: Vec<Id> = node.args[c..]
        .iter()
        .map(|&r| match map.get(&r) {
            Some(&x) => x,
            None => b.outer(g, r),
        })
        .collect();
    (
        Body {
            graph: b.bg,
            bound: b.bound,
            labels: b.labels,
            roots,
        },
        b.reads,
    )
}
