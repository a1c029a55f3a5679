//! The schedule of one method: the nodes its roots need, in arena order, grouped into steps
//! (`fuse`): loop nests for elementwise chains, broadcasts and sums over one set of dims, calls for
//! products and row kernels, and scalars; then the steps that run together (`row_passes`).
//! Dead code is never scheduled.

use crate::ir::{DimId, Graph, Id};
use crate::op::{Op, Reduce};

/// What a node is to the fused scheduler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A param, input or labels: read from the caller's memory.
    Leaf,
    /// A rank-0 value or a constant: a local variable or a literal.
    Scalar,
    /// A broadcast, transpose or custom-derivative alias: read through to its source.
    View,
    /// An elementwise op of rank 1 or more: a line in a loop body.
    Elem,
    /// A sum over some axes of a tensor: an accumulator in a loop.
    Sum,
    /// A matrix product or a row kernel: a call.
    Kernel,
}

pub fn class(g: &Graph, id: Id) -> Class {
    let n = g.node(id);
    match &n.op {
        Op::Param(_) | Op::Input(_) | Op::Noise(_) | Op::Labels(_) => Class::Leaf,
        Op::Const(_) | Op::Hyper(_) | Op::Size(_) => Class::Scalar,
        Op::Broadcast(_) | Op::Transpose(_) | Op::Custom(_) => Class::View,
        // Read in place, at an offset; a single element is a scalar, copied by its kernel.
        Op::Slice(..) if !n.shape.is_empty() => Class::View,
        Op::Unary(_) | Op::Binary(_) | Op::Select(_) if n.shape.is_empty() => Class::Scalar,
        Op::Unary(_) | Op::Binary(_) | Op::Select(_) => Class::Elem,
        Op::Reduce(Reduce::Sum, _) => Class::Sum,
        Op::Reduce(..)
        | Op::ArgMask(..)
        | Op::Softmax(_)
        | Op::LogSoftmax(_)
        | Op::Contract { .. }
        | Op::CrossEntropy
        | Op::CrossEntropyGrad
        | Op::Ctc
        | Op::CtcGrad
        | Op::Conv(_)
        | Op::ConvData(_)
        | Op::ConvKernel(_)
        | Op::PoolMask(..)
        | Op::WindowSum(..)
        | Op::Repeat(..)
        | Op::Gather
        | Op::ScatterAdd
        | Op::OneHot
        | Op::Slice(..)
        | Op::Unslice(..)
        | Op::CarryIn(..)
        | Op::Step(..)
        | Op::Scan(_)
        | Op::ScanOut(_) => Class::Kernel,
        Op::Hole(_) => Class::Scalar,
    }
}

/// In a view's map, a source axis that a slice holds at index `k` is `AT + k`: no axis of the
/// reading node runs along it, and the read starts `k` strides of it in.
pub const AT: usize = 1 << 40;

/// The index at which a map's entry holds its source axis, if a slice holds it.
pub fn held_at(m: usize) -> Option<usize> {
    m.checked_sub(AT)
}

/// A node read through views: the source, and for each source axis the axis of the reading
/// node it runs along (or [`AT`] plus the index a slice holds it at).
pub fn resolve(g: &Graph, id: Id) -> (Id, Vec<usize>) {
    let n = g.node(id);
    // Each axis of the view's argument along the view's own axes; held axes stay held.
    let through = |f: &dyn Fn(usize) -> usize| {
        let (src, inner) = resolve(g, n.args[0]);
        let map = inner
            .iter()
            .map(|&a| if held_at(a).is_some() { a } else { f(a) })
            .collect();
        (src, map)
    };
    match &n.op {
        Op::Broadcast(map) => through(&|a| map[a].ix()),
        Op::Transpose(perm) => {
            let mut inv = vec![0; perm.len()];
            for (j, &p) in perm.iter().enumerate() {
                inv[p.ix()] = j;
            }
            through(&|a| inv[a])
        }
        Op::Slice(axis, k) if !n.shape.is_empty() => {
            let (axis, k) = (axis.ix(), *k);
            through(&|a| match a.cmp(&axis) {
                std::cmp::Ordering::Less => a,
                std::cmp::Ordering::Equal => AT + k,
                std::cmp::Ordering::Greater => a - 1,
            })
        }
        Op::Custom(_) => resolve(g, n.args[1]),
        Op::Param(_)
        | Op::Input(_)
        | Op::Noise(_)
        | Op::Labels(_)
        | Op::Hyper(_)
        | Op::Const(_)
        | Op::Size(_)
        | Op::Unary(_)
        | Op::Binary(_)
        | Op::Select(_)
        | Op::Reduce(..)
        | Op::ArgMask(..)
        | Op::Softmax(_)
        | Op::LogSoftmax(_)
        | Op::Contract { .. }
        | Op::CrossEntropy
        | Op::CrossEntropyGrad
        | Op::Ctc
        | Op::CtcGrad
        | Op::Conv(_)
        | Op::ConvData(_)
        | Op::ConvKernel(_)
        | Op::PoolMask(..)
        | Op::WindowSum(..)
        | Op::Repeat(..)
        | Op::Gather
        | Op::ScatterAdd
        | Op::OneHot
        | Op::Slice(..)
        | Op::Unslice(..)
        | Op::CarryIn(..)
        | Op::Step(..)
        | Op::Scan(_)
        | Op::ScanOut(_)
        | Op::Hole(_) => (id, (0..n.shape.len()).collect()),
    }
}

pub fn is_identity(map: &[usize], rank: usize) -> bool {
    map.len() == rank && map.iter().enumerate().all(|(i, &m)| i == m)
}

/// One step of a fused method.
#[derive(Clone, Debug)]
pub enum Step {
    /// A rank-0 value: `let` of a scalar expression.
    Scalar(Id),
    /// One loop nest over `space`: `members` computed per index in order, `sums` accumulated.
    Loop(Group),
    /// A call for one node.
    Kernel(Id),
}

#[derive(Clone, Debug, Default)]
pub struct Group {
    pub space: Vec<DimId>,
    pub members: Vec<Id>,
    pub sums: Vec<Id>,
}

/// The fused schedule of one method: steps, and which nodes live in memory.
pub struct Fused {
    pub steps: Vec<Step>,
    /// Nodes whose values must be in memory (a buffer, or the root's destination).
    pub stored: Vec<bool>,
    /// Views, constants and leaves that a loop of their own copies into memory.
    pub copies: Vec<bool>,
    /// Of those, the roots copied to their destinations by the last steps, after every read.
    pub late: Vec<bool>,
}

impl Fused {
    /// Where a kernel's read of `id` goes: a node copied before the kernel is read from its own
    /// memory; a root copied to its destination last is read, as everything else, from its
    /// source (its destination is written after the kernel runs).
    pub fn source(&self, g: &Graph, id: Id) -> (Id, Vec<usize>) {
        if self.copies[id.ix()] && !self.late[id.ix()] {
            (id, (0..g.rank(id)).collect())
        } else {
            resolve(g, id)
        }
    }

    /// Where `reader`'s read of its argument `id` goes: kernels read copies, loops read through
    /// views to their sources, which are complete before the loop, where a copy may be made
    /// later (a root's copy to its destination comes last).
    pub fn read(&self, g: &Graph, reader: Id, id: Id) -> (Id, Vec<usize>) {
        if class(g, reader) == Class::Kernel {
            self.source(g, id)
        } else {
            resolve(g, id)
        }
    }
}

/// Groups the nodes `roots` need into loops: an elementwise node joins the loop of an
/// argument over the same dims when everything else it reads is complete before that loop
/// starts; a sum accumulates in the loop of its argument. Whatever is read from another step, or
/// through a broadcast or transpose, is stored.
pub fn fuse(g: &Graph, roots: &[Id]) -> Fused {
    let live = g.reachable(roots.iter().copied());
    let n = g.nodes.len();
    let mut step_of: Vec<Option<usize>> = vec![None; n];
    let mut is_sum_of: Vec<Option<usize>> = vec![None; n];
    let mut steps: Vec<Step> = Vec::new();
    // Views that a kernel reads as a materialized copy, or roots that are views.
    let mut copies: Vec<bool> = vec![false; n];
    // Scalars computed from hypers, sizes and constants alone come first, so that every loop
    // can read them.
    let mut pure = vec![false; n];
    for i in 0..n {
        let id = Id(i as u32);
        let node = g.node(id);
        pure[i] = class(g, id) == Class::Scalar && node.args.iter().all(|a| pure[a.ix()]);
        if live[i] && pure[i] && !node.args.is_empty() {
            step_of[i] = Some(steps.len());
            steps.push(Step::Scalar(id));
        }
    }
    for i in 0..n {
        if !live[i] {
            continue;
        }
        let id = Id(i as u32);
        let node = g.node(id);
        match class(g, id) {
            Class::Leaf | Class::View => {}
            // Hypers, sizes and constants are there from the start.
            Class::Scalar if pure[i] => {}
            Class::Scalar => {
                step_of[i] = Some(steps.len());
                steps.push(Step::Scalar(id));
            }
            Class::Kernel => {
                // Kernels read memory: views are copied first (a matrix product reads
                // permutations through strides).
                for &a in &node.args {
                    let constant = class(g, a) == Class::Scalar && g.rank(a) > 0;
                    if class(g, a) == Class::View || constant {
                        let (src, map) = resolve(g, a);
                        let perm = map.len() == g.rank(a) && {
                            let mut m = map.clone();
                            m.sort_unstable();
                            m.dedup();
                            m.len() == map.len()
                        };
                        let contract = matches!(node.op, Op::Contract { .. });
                        let ok = is_identity(&map, g.rank(a)) || (contract && perm);
                        if !ok || class(g, src) == Class::Scalar || constant {
                            copies[a.ix()] = true;
                            step_of[a.ix()] = Some(steps.len());
                            // A rank-0 view (a custom function's value of a scalar) is a
                            // scalar: it has no loop to be stored from.
                            steps.push(if g.rank(a) == 0 {
                                Step::Scalar(a)
                            } else {
                                Step::Loop(Group {
                                    space: g.shape(a).to_vec(),
                                    members: vec![a],
                                    sums: vec![],
                                })
                            });
                        }
                    }
                }
                step_of[i] = Some(steps.len());
                steps.push(Step::Kernel(id));
            }
            Class::Elem => {
                let space = &node.shape;
                let ready =
                    |a: Id, gi: usize, step_of: &[Option<usize>], is_sum_of: &[Option<usize>]| {
                        let (src, map) = resolve(g, a);
                        if is_sum_of[src.ix()] == Some(gi) {
                            return false;
                        }
                        match step_of[src.ix()] {
                            None => true,
                            Some(s) if s < gi => true,
                            Some(s) => {
                                s == gi
                                    && is_identity(&map, g.rank(src))
                                    && g.shape(src) == space.as_slice()
                            }
                        }
                    };
                // The latest loop over the same dims in which everything the node reads is
                // ready (computed before that loop, or in it at the same index).
                let best = (0..steps.len()).rev().find(|&gi| {
                    matches!(&steps[gi], Step::Loop(gr) if &gr.space == space)
                        && node
                            .args
                            .iter()
                            .all(|&b| ready(b, gi, &step_of, &is_sum_of))
                });
                let gi = match best {
                    Some(gi) => gi,
                    None => {
                        steps.push(Step::Loop(Group {
                            space: space.clone(),
                            ..Group::default()
                        }));
                        steps.len() - 1
                    }
                };
                if let Step::Loop(gr) = &mut steps[gi] {
                    gr.members.push(id);
                }
                step_of[i] = Some(gi);
            }
            Class::Sum => {
                let x = node.args[0];
                let (src, map) = resolve(g, x);
                let xspace = g.shape(x).to_vec();
                let joined = step_of[src.ix()].filter(|&gi| {
                    matches!(&steps[gi], Step::Loop(gr) if gr.space == xspace)
                        && is_identity(&map, g.rank(src))
                        && g.shape(src) == xspace.as_slice()
                        && is_sum_of[src.ix()].is_none()
                        && class(g, src) == Class::Elem
                });
                let gi = match joined {
                    Some(gi) => gi,
                    None => {
                        steps.push(Step::Loop(Group {
                            space: xspace,
                            ..Group::default()
                        }));
                        steps.len() - 1
                    }
                };
                if let Step::Loop(gr) = &mut steps[gi] {
                    gr.sums.push(id);
                }
                step_of[i] = Some(gi);
                is_sum_of[i] = Some(gi);
            }
        }
    }
    // A root that is a view, a leaf or a constant is copied to its destination by a loop of
    // its own: nothing else writes it.
    let mut late = vec![false; n];
    for &r in roots {
        let c = class(g, r);
        let constant = g.const_value(r).is_some();
        if g.rank(r) > 0 && (c == Class::Leaf || c == Class::View || constant) && !copies[r.ix()] {
            copies[r.ix()] = true;
            late[r.ix()] = true;
            step_of[r.ix()] = Some(steps.len());
            steps.push(Step::Loop(Group {
                space: g.shape(r).to_vec(),
                members: vec![r],
                sums: vec![],
            }));
        }
    }
    // What must be in memory: roots, and anything read from another step or through a view.
    let mut stored = vec![false; n];
    for &r in roots {
        let (src, _) = resolve(g, r);
        stored[r.ix()] = true;
        stored[src.ix()] = true;
    }
    for i in 0..n {
        if !live[i] || class(g, Id(i as u32)) == Class::View && !copies[i] {
            continue;
        }
        for &a in &g.nodes[i].args {
            let (src, map) = resolve(g, a);
            let me = Id(i as u32);
            let space = match class(g, me) {
                Class::Sum => g.shape(g.node(me).args[0]),
                _ => g.shape(me),
            };
            let local = step_of[i].is_some()
                && step_of[i] == step_of[src.ix()]
                && is_sum_of[src.ix()].is_none()
                && is_identity(&map, g.rank(src))
                && g.shape(src) == space
                && !matches!(class(g, me), Class::Kernel);
            if !local {
                stored[src.ix()] = true;
            }
        }
    }
    // A copied view is computed in its own loop and stored; its source is read from memory.
    for i in 0..n {
        if copies[i] {
            stored[i] = true;
        }
    }
    Fused {
        steps,
        stored,
        copies,
        late,
    }
}

/// A product of the rows of a matrix `x` against a vector `w`, the one loop that reads the
/// product, and a product `z @ x` of a value `z` of that loop with the same `x` (a linear
/// layer's forward product, its loss's elementwise gradient, and the gradient of `w`): steps
/// `at`, `at + 1` and `at + 2`, which run as one pass over the rows of `x`
/// (`rowpass::pass`), reading `x` from memory once instead of twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowPass {
    /// The step of the first product; the loop and the second product follow it.
    pub at: usize,
    /// The first product.
    pub p: Id,
    /// The second product.
    pub back: Id,
    /// `x` in memory, `n x d` with contiguous rows.
    pub x: Id,
    /// `w` in memory.
    pub w: Id,
    /// The loop's member that the second product reads.
    pub z: Id,
    /// The dims of `x`'s rows and columns.
    pub n: DimId,
    pub d: DimId,
}

/// A read by kernel `p` of its argument `arg` from memory in its own layout: the source.
fn in_place(g: &Graph, fused: &Fused, arg: Id, rank: usize) -> Option<Id> {
    let (src, map) = fused.source(g, arg);
    (g.rank(src) == rank && is_identity(&map, rank)).then_some(src)
}

/// A product of a matrix `x` (`[rows, cols]`, read row by row) with a vector: `x @ w` when
/// `back` is false (the vector along `cols`, the result along `rows`), `z @ x` when true (the
/// vector along `rows`, the result along `cols`). `(x, the vector)`, both in memory in place.
fn with_rows(g: &Graph, fused: &Fused, p: Id, back: bool) -> Option<(Id, Id)> {
    let node = g.node(p);
    let Op::Contract { a, b, out } = &node.op else {
        return None;
    };
    let (kept, summed) = if back { (1, 0) } else { (0, 1) };
    [(0, 1), (1, 0)].into_iter().find_map(|(xi, vi)| {
        let (lx, lv) = if xi == 0 { (a, b) } else { (b, a) };
        let fits = out.len() == 1
            && lx.len() == 2
            && lv.len() == 1
            && lx[kept] == out[0]
            && lx[summed] == lv[0]
            && lv[0] != out[0];
        if !fits {
            return None;
        }
        Some((
            in_place(g, fused, node.args[xi], 2)?,
            in_place(g, fused, node.args[vi], 1)?,
        ))
    })
}

/// The row pass whose first product is step `s`, if there is one: `(loop step, second
/// product's step, pass)`, the pass's `at` still to be set.
fn row_pass_at(
    g: &Graph,
    fused: &Fused,
    roots: &[Id],
    s: usize,
) -> Option<(usize, usize, RowPass)> {
    let Step::Kernel(p) = fused.steps[s] else {
        return None;
    };
    let (x, w) = with_rows(g, fused, p, false)?;
    if roots.iter().any(|&r| fused.source(g, r).0 == p) {
        return None;
    }
    // Every read of the product: in one later loop over its dims, in place.
    let mut at = None;
    for (q, step) in fused.steps.iter().enumerate() {
        let readers = match step {
            Step::Loop(gr) => gr.members.iter().chain(&gr.sums).copied().collect(),
            Step::Kernel(k) | Step::Scalar(k) => vec![*k],
        };
        for m in readers {
            for &a in &g.node(m).args {
                let (src, map) = fused.read(g, m, a);
                if src != p {
                    continue;
                }
                let in_loop = matches!(step, Step::Loop(_)) && is_identity(&map, 1);
                if !in_loop || at.is_some_and(|t| t != q) {
                    return None;
                }
                at = Some(q);
            }
        }
    }
    let q = at?;
    let Step::Loop(gr) = &fused.steps[q] else {
        return None;
    };
    if q < s || gr.space.as_slice() != g.shape(p) {
        return None;
    }
    let (n, d) = (g.shape(x)[0], g.shape(x)[1]);
    (q + 1..fused.steps.len()).find_map(|t| {
        let Step::Kernel(back) = fused.steps[t] else {
            return None;
        };
        let (x2, z) = with_rows(g, fused, back, true)?;
        (x2 == x && gr.members.contains(&z)).then_some((
            q,
            t,
            RowPass {
                at: 0,
                p,
                back,
                x,
                w,
                z,
                n,
                d,
            },
        ))
    })
}

/// Finds the row passes of a fused schedule and moves each one's steps together: the first
/// product down to just before its loop (nothing between reads it), the second up to just
/// after (it reads nothing computed between).
pub fn row_passes(g: &Graph, fused: &mut Fused, roots: &[Id]) -> Vec<RowPass> {
    let mut passes = Vec::new();
    let mut from = 0;
    while let Some((s, (q, t, mut pass))) =
        (from..fused.steps.len()).find_map(|s| Some((s, row_pass_at(g, fused, roots, s)?)))
    {
        let back = fused.steps.remove(t);
        fused.steps.insert(q + 1, back);
        let first = fused.steps.remove(s);
        fused.steps.insert(q - 1, first);
        pass.at = q - 1;
        passes.push(pass);
        from = q + 2;
    }
    passes
}

/// The nodes a step computes: its node, or a loop's members and sums.
pub fn defined(step: &Step) -> Vec<Id> {
    match step {
        Step::Scalar(id) | Step::Kernel(id) => vec![*id],
        Step::Loop(gr) => gr.members.iter().chain(&gr.sums).copied().collect(),
    }
}

/// Two products of one matrix `x` (`n x d`, contiguous rows) with vectors: `rows = x @ w` and
/// `cols = z @ x`, neither reading the other (a bilinear form's two gradients). Run as one
/// `product::dual`, `x` is read once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DualPass {
    /// `x @ w`, along `x`'s rows.
    pub rows: Id,
    /// `z @ x`, along `x`'s columns.
    pub cols: Id,
    /// `x`, `w` and `z` in memory.
    pub x: Id,
    pub w: Id,
    pub z: Id,
    /// The dims of `x`'s rows and columns.
    pub n: DimId,
    pub d: DimId,
}

/// Two kernel steps that run as one, moved next to each other: steps `at` and `at + 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub at: usize,
    pub kind: PairKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairKind {
    /// See [`DualPass`].
    Dual(DualPass),
    /// A softmax cross-entropy and its gradient, of the same scores and labels: one pass over
    /// the scores computes both, each element's exponential once
    /// (`softmax::cross_entropy_with_grad_rows`).
    CrossEntropy { loss: Id, grad: Id },
    /// A `ctc` and its gradient, of the same scores, targets and lengths, when the incoming
    /// gradient does not depend on the loss (`sum(ctc(..))`, a mean): one recursion computes
    /// both (`ctc::loss_and_grad_in_thread`), where apart the gradient runs the forward pass
    /// again.
    Ctc { loss: Id, grad: Id },
}

impl Pair {
    /// The two nodes the pair computes.
    pub fn outputs(&self) -> [Id; 2] {
        match self.kind {
            PairKind::Dual(d) => [d.rows, d.cols],
            PairKind::CrossEntropy { loss, grad } | PairKind::Ctc { loss, grad } => [loss, grad],
        }
    }
}

/// Finds the pairs of a fused schedule (see [`Pair`]) among the steps no row pass takes (`row`,
/// per step, the row pass that starts there), and moves each pair together: to just after the
/// last step that computes what they read, before the first step that reads the earlier one.
/// `row` moves with the steps, its passes' `at` with them; every pair's `at` is its first
/// step in the final order.
pub fn pairs(g: &Graph, fused: &mut Fused, row: &mut Vec<Option<RowPass>>) -> Vec<Pair> {
    let product = |fused: &Fused, s: usize, back: bool| match fused.steps[s] {
        Step::Kernel(p) => with_rows(g, fused, p, back).map(|(x, v)| (p, x, v)),
        _ => None,
    };
    // A cross-entropy (`grad` false) or its gradient at step `s`: (node, scores, labels).
    let entropy = |fused: &Fused, s: usize, grad: bool| match fused.steps[s] {
        Step::Kernel(p) => {
            let node = g.node(p);
            let want = if grad {
                Op::CrossEntropyGrad
            } else {
                Op::CrossEntropy
            };
            (node.op == want).then(|| {
                (
                    p,
                    fused.source(g, node.args[0]).0,
                    fused.source(g, node.args[1]).0,
                )
            })
        }
        _ => None,
    };
    // A `ctc` (`grad` false) or its gradient at step `s`: (node, the sources of its scores,
    // targets and lengths).
    let ctc = |fused: &Fused, s: usize, grad: bool| match fused.steps[s] {
        Step::Kernel(p) => {
            let node = g.node(p);
            let want = if grad { Op::CtcGrad } else { Op::Ctc };
            (node.op == want).then(|| (p, [0, 1, 2, 3].map(|k| fused.source(g, node.args[k]).0)))
        }
        _ => None,
    };
    let mut passes: Vec<Pair> = Vec::new();
    let mut s = 0;
    while s < fused.steps.len() {
        let n = fused.steps.len();
        // The pass (row or dual) each step belongs to, if any, named by its first step.
        let mut pass_of = vec![None; n];
        for p in row.iter().flatten() {
            for slot in &mut pass_of[p.at..(p.at + 3).min(n)] {
                *slot = Some(p.at);
            }
        }
        for d in &passes {
            pass_of[d.at] = Some(d.at);
            pass_of[d.at + 1] = Some(d.at);
        }
        let taken = |t: usize| pass_of[t].is_some();
        // The step that computes each node, and the first step that reads it.
        let (mut def, mut first_read) = (vec![None; g.nodes.len()], vec![None; g.nodes.len()]);
        for (q, step) in fused.steps.iter().enumerate() {
            for m in defined(step) {
                def[m.ix()] = Some(q);
                for &a in &g.node(m).args {
                    let src = fused.read(g, m, a).0;
                    first_read[src.ix()].get_or_insert(q);
                }
            }
        }
        // Which steps from `s + 1` to `at - 1` read what step `s` computes, directly or through
        // another such step (indexed by step; false elsewhere).
        let reads_of = |fused: &Fused, s: usize, at: usize| {
            let mut after = vec![false; fused.steps.len()];
            for q in s + 1..at {
                after[q] = defined(&fused.steps[q]).iter().any(|&m| {
                    g.node(m).args.iter().any(|&a| {
                        let src = fused.read(g, m, a).0;
                        def[src.ix()].is_some_and(|d| d == s || (d > s && d < q && after[d]))
                    })
                });
            }
            after
        };
        let found = (!taken(s))
            .then(|| {
                (s + 1..n).find_map(|t| {
                    if taken(t) {
                        return None;
                    }
                    // A cross-entropy and its gradient of the same scores and labels, in either
                    // order: the later one reads what the earlier one reads.
                    let both = [false, true].into_iter().find_map(|grad| {
                        let (p, z, y) = entropy(fused, s, grad)?;
                        let (q, z2, y2) = entropy(fused, t, !grad)?;
                        let (loss, grad) = if grad { (q, p) } else { (p, q) };
                        ((z, y) == (z2, y2)).then_some((
                            t,
                            s + 1,
                            PairKind::CrossEntropy { loss, grad },
                        ))
                    });
                    if both.is_some() {
                        return both;
                    }
                    let ready = |id: Id| def[id.ix()].map_or(0, |d| d + 1);
                    // A `ctc` and its gradient, in either order, once the incoming gradient is
                    // computed. Steps between them that read the earlier one move after the
                    // pair; the incoming gradient must not be one of them (it would depend on
                    // the loss), and none may belong to a row pass.
                    let both = [false, true].into_iter().find_map(|grad| {
                        let (p, args) = ctc(fused, s, grad)?;
                        let (q, args2) = ctc(fused, t, !grad)?;
                        let (loss, grad_node) = if grad { (q, p) } else { (p, q) };
                        let incoming = fused.source(g, g.node(grad_node).args[4]).0;
                        let at = ready(incoming).max(s + 1);
                        let after = reads_of(fused, s, at);
                        let fits = args == args2
                            && def[incoming.ix()].is_none_or(|d| !after[d])
                            && (s + 1..at).all(|k| !(after[k] && taken(k)))
                            && (pass_of[at - 1].is_none() || pass_of[at - 1] != pass_of[at]);
                        fits.then_some((
                            t,
                            at,
                            PairKind::Ctc {
                                loss,
                                grad: grad_node,
                            },
                        ))
                    });
                    if both.is_some() {
                        return both;
                    }
                    // Either order: `x @ w` first, or `z @ x` first.
                    [false, true].into_iter().find_map(|back| {
                        let (p, x, v) = product(fused, s, back)?;
                        let (q, x2, u) = product(fused, t, !back)?;
                        // The pair runs after step `at - 1`, where all the later one reads is
                        // computed, and before the first read of the earlier one.
                        let at = ready(u).max(ready(x)).max(s + 1);
                        let fits = x == x2
                            && u != p
                            && first_read[p.ix()].is_none_or(|r| r >= at)
                            && (pass_of[at - 1].is_none() || pass_of[at - 1] != pass_of[at]);
                        fits.then(|| {
                            let (rows, cols, w, z) = if back { (q, p, u, v) } else { (p, q, v, u) };
                            let sh = g.shape(x);
                            let dual = DualPass {
                                rows,
                                cols,
                                x,
                                w,
                                z,
                                n: sh[0],
                                d: sh[1],
                            };
                            (t, at, PairKind::Dual(dual))
                        })
                    })
                })
            })
            .flatten();
        let Some((t, at, kind)) = found else {
            s += 1;
            continue;
        };
        // The new order: the steps before `s`, those from `s + 1` to `at - 1` that do not read
        // step `s`, the pair, those that do, the rest but `t`.
        let after = reads_of(fused, s, at);
        let order: Vec<usize> = (0..s)
            .chain((s + 1..at).filter(|&k| !after[k]))
            .chain([s, t])
            .chain((s + 1..at).filter(|&k| after[k]))
            .chain((at..n).filter(|&k| k != t))
            .collect();
        let mut steps: Vec<Option<Step>> = fused.steps.drain(..).map(Some).collect();
        fused.steps = order
            .iter()
            .map(|&k| steps[k].take().expect("each step once"))
            .collect();
        let mut rows_at: Vec<Option<RowPass>> = order.iter().map(|&k| row[k]).collect();
        for (k, p) in rows_at.iter_mut().enumerate() {
            if let Some(p) = p {
                p.at = k;
            }
        }
        *row = rows_at;
        for d in &mut passes {
            d.at = order
                .iter()
                .position(|&k| k == d.at)
                .expect("a step of the order");
        }
        let first = s + (s + 1..at).filter(|&k| !after[k]).count();
        passes.push(Pair { at: first, kind });
        s += 1;
    }
    passes
}
