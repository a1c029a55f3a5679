//! Reverse-mode differentiation on the IR: one reverse walk, and one vector-Jacobian rule per
//! op in `vjp`. The derivative nodes join the same hash-consed graph, so forward values that
//! the backward pass needs (and equal backward terms) are shared.

use crate::ast::CmpOp;
use crate::ir::{Axis, DimId, Graph, Id, ScanInfo};
use crate::op::{Binary, Op, Reduce, Unary};
use std::collections::HashMap;

/// One application of a vector-Jacobian rule: argument `arg` of `node`, whose adjoint was
/// `adj`, received `contrib`. The gradient check uses these to find a wrong rule.
#[derive(Clone, Copy, Debug)]
pub struct Site {
    pub node: Id,
    pub arg: usize,
    pub adj: Id,
    pub contrib: Id,
}

pub struct Grads {
    /// One node per param, in order; `None` where the loss does not reach the param.
    pub params: Vec<Option<Id>>,
    pub sites: Vec<Site>,
}

/// Appends the gradient of the scalar `loss` with respect to every param to `g`.
pub fn grad(g: &mut Graph, loss: Id, n_params: usize) -> Grads {
    let mut sites = Vec::new();
    let n = g.nodes.len();
    // Which nodes depend on a param: only those need adjoints.
    let mut needs = vec![false; n];
    for i in 0..n {
        let node = &g.nodes[i];
        needs[i] = matches!(node.op, Op::Param(_)) || node.args.iter().any(|a| needs[a.ix()]);
    }
    let mut adj: Vec<Option<Id>> = vec![None; n];
    adj[loss.ix()] = Some(g.konst(1.0, vec![]));
    // The adjoints of each scan's outputs, gathered at its `ScanOut` nodes (which come after
    // the scan node) for the reverse scan built at the scan node.
    let mut scan_adj: HashMap<Id, Vec<Option<Id>>> = HashMap::new();
    for i in (0..=loss.ix()).rev() {
        let id = Id(i as u32);
        // A scan node has no adjoint of its own: its outputs' adjoints are gathered.
        if let (Op::Scan(_), Some(outs)) = (&g.nodes[i].op, scan_adj.remove(&id)) {
            for (target, contrib) in scan_vjp(g, id, &outs, &needs) {
                adj[target.ix()] = Some(plus(g, adj[target.ix()], contrib));
            }
            continue;
        }
        let Some(out_adj) = adj[i] else { continue };
        if !needs[i] {
            continue;
        }
        // An output of a scan: its adjoint waits for the scan node.
        if let Op::ScanOut(k) = g.nodes[i].op {
            let scan = g.nodes[i].args[0];
            if let Op::Scan(s) = g.node(scan).op {
                let info = &g.scans[s as usize];
                let outs = 2 * info.carries + info.emits;
                scan_adj.entry(scan).or_insert_with(|| vec![None; outs])[k as usize] =
                    Some(out_adj);
            }
            continue;
        }
        let args = g.nodes[i].args.clone();
        for (k, &arg) in args.iter().enumerate() {
            if !needs[arg.ix()] {
                continue;
            }
            if let Some(contrib) = vjp(g, id, k, out_adj) {
                sites.push(Site {
                    node: id,
                    arg: k,
                    adj: out_adj,
                    contrib,
                });
                adj[arg.ix()] = Some(plus(g, adj[arg.ix()], contrib));
            }
        }
    }
    let mut out = vec![None; n_params];
    for (i, node) in g.nodes[..n].iter().enumerate() {
        if let Op::Param(p) = node.op {
            out[p] = adj[i];
        }
    }
    Grads { params: out, sites }
}

/// An adjoint with one more contribution: `prev + contrib`, or `contrib` where there was none.
fn plus(g: &mut Graph, prev: Option<Id>, contrib: Id) -> Id {
    match prev {
        None => contrib,
        Some(prev) => g.add(prev, contrib),
    }
}

/// Back-propagation through time for the scan node `scan`, whose outputs have the adjoints
/// `outs` (`ScanOut` order; `None` for none): a reverse scan over the same dim. Its carries are
/// the adjoints of the forward carries; each of its steps recomputes the forward step from
/// the carries the forward scan stacked and the same slices, then applies the rules of the
/// step's ops in reverse. It emits, per step, the contributions to every outer value the step
/// reads (summed over the steps afterwards) and to every value it steps through (`x[t]`).
/// Returns the contributions to the outer nodes: the carries' initial values, what the step
/// reads whole, and what it steps through (only where `needs`).
fn scan_vjp(g: &mut Graph, scan: Id, outs: &[Option<Id>], needs: &[bool]) -> Vec<(Id, Id)> {
    let node = g.node(scan).clone();
    let Op::Scan(s) = node.op else {
        return Vec::new();
    };
    let info = g.scans[s as usize].clone();
    let (c, e) = (info.carries, info.emits);
    let (inits, news, emits) = (
        node.args[..c].to_vec(),
        node.args[c..2 * c].to_vec(),
        node.args[2 * c..2 * c + e].to_vec(),
    );
    let of = g.scan_of();
    let body = g.scan_body(scan, s, &of);
    let back = g.scans.len() as u32;
    g.scans.push(ScanInfo {
        dim: info.dim,
        rev: !info.rev,
        carries: c,
        emits: 0,
        kept: 0,
    });
    let stacked = |g: &Graph, of: Id| -> Vec<DimId> {
        let mut shape = vec![info.dim];
        shape.extend_from_slice(g.shape(of));
        shape
    };
    // The forward step's products are kept, one per step, rather than computed again in the
    // reverse step: the forward scan emits them. (Not when something already reads the
    // stacked carries, whose output numbers the new emits would move, as a second
    // derivative's reverse scan does.)
    let moves_nothing = !g.nodes.iter().any(|n| {
        matches!(n.op, Op::ScanOut(k) if k as usize >= c + e) && n.args.first() == Some(&scan)
    });
    let mut kept: HashMap<Id, usize> = HashMap::new();
    if moves_nothing {
        for &i in &body {
            let p = Id(i as u32);
            if matches!(g.node(p).op, Op::Contract { .. }) || kept_unary(&g.node(p).op) {
                let j = match g.node(scan).args[2 * c..].iter().position(|&x| x == p) {
                    Some(j) => j,
                    None => g.append_emit(scan, p),
                };
                kept.insert(p, j);
            }
        }
    }
    let e_all = g.scans[s as usize].emits;
    // The rest of the forward step is recomputed inside the reverse one: each carry from its
    // stacked values, each slice from the same outer value.
    let history: Vec<Id> = (0..c)
        .map(|k| {
            let shape = stacked(g, inits[k]);
            g.push(Op::ScanOut((c + e_all + k) as u32), vec![scan], shape)
        })
        .collect();
    let mut map: HashMap<Id, Id> = HashMap::new();
    // A kept product's step value, and the product it stands for (whose rule the reverse
    // step applies).
    let mut as_product: HashMap<Id, Id> = HashMap::new();
    let mut carry_at: Vec<Option<Id>> = vec![None; c];
    for &i in &body {
        let n = g.nodes[i].clone();
        let new = match n.op {
            _ if kept.contains_key(&Id(i as u32)) => {
                let args = n.args.iter().map(|a| *map.get(a).unwrap_or(a)).collect();
                let product = g.push(n.op.clone(), args, n.shape.clone());
                let j = kept[&Id(i as u32)];
                let stacked_shape = stacked(g, Id(i as u32));
                let all = g.push(Op::ScanOut((c + j) as u32), vec![scan], stacked_shape);
                let v = g.push(Op::Step(back, Axis(0)), vec![all], n.shape);
                as_product.insert(v, product);
                v
            }
            Op::CarryIn(_, k) => {
                let v = g.push(Op::Step(back, Axis(0)), vec![history[k as usize]], n.shape);
                carry_at[k as usize] = Some(v);
                v
            }
            Op::Step(_, axis) => g.push(Op::Step(back, axis), n.args.clone(), n.shape),
            _ => {
                let args = n.args.iter().map(|a| *map.get(a).unwrap_or(a)).collect();
                g.push(n.op.clone(), args, n.shape)
            }
        };
        map.insert(Id(i as u32), new);
    }
    let sub = |a: Id| *map.get(&a).unwrap_or(&a);
    let step_body: std::collections::HashSet<Id> = map.values().copied().collect();
    // The adjoints within one reverse step: the carries' adjoints arrive as its carries, the
    // emits' as the step's slices of theirs.
    let mut local: HashMap<Id, Id> = HashMap::new();
    fn add(g: &mut Graph, local: &mut HashMap<Id, Id>, to: Id, contrib: Id) {
        let sum = plus(g, local.get(&to).copied(), contrib);
        local.insert(to, sum);
    }
    for k in 0..c {
        let leaf = g.push(
            Op::CarryIn(back, k as u32),
            vec![],
            g.shape(inits[k]).to_vec(),
        );
        add(g, &mut local, sub(news[k]), leaf);
    }
    for j in 0..e {
        if let Some(a) = outs[c + j] {
            let d = g.push(Op::Step(back, Axis(0)), vec![a], g.shape(emits[j]).to_vec());
            add(g, &mut local, sub(emits[j]), d);
        }
    }
    // The stacked carries are outputs too (a reverse scan reads them, so a second derivative
    // reaches them): their adjoints join the carries' at each step's start.
    for k in 0..c {
        if let Some(a) = outs[c + e + k] {
            let shape = g.shape(inits[k]).to_vec();
            let at = *carry_at[k].get_or_insert_with(|| {
                g.push(Op::Step(back, Axis(0)), vec![history[k]], shape.clone())
            });
            let d = g.push(Op::Step(back, Axis(0)), vec![a], shape);
            add(g, &mut local, at, d);
        }
    }
    let mut order: Vec<Id> = step_body.iter().copied().collect();
    order.sort_unstable_by(|a, b| b.cmp(a));
    for value in order {
        let Some(&gy) = local.get(&value) else {
            continue;
        };
        // A kept value's rule is its op's, applied with the kept value.
        let y = as_product.get(&value).copied().unwrap_or(value);
        let args = g.node(y).args.clone();
        for (k, &arg) in args.iter().enumerate() {
            let outer_needed = arg.ix() < needs.len() && needs[arg.ix()];
            if !step_body.contains(&arg) && !outer_needed {
                continue;
            }
            if let Some(contrib) = vjp_at(g, y, value, k, gy) {
                add(g, &mut local, arg, contrib);
            }
        }
    }
    // The reverse scan: carries, their new values, and one emit per outer value reached.
    let init_adj: Vec<Id> = (0..c)
        .map(|k| outs[k].unwrap_or_else(|| g.zeros_like(inits[k])))
        .collect();
    let new_adj: Vec<Id> = (0..c)
        .map(|k| match carry_at[k].and_then(|v| local.get(&v).copied()) {
            Some(a) => a,
            None => g.zeros_like(inits[k]),
        })
        .collect();
    // What the reverse scan emits: (outer node it goes to, per-step value, how the stacked
    // values reach that node).
    let mut emitted: Vec<(Id, Id, Stacked)> = Vec::new();
    // Contributions that are one product over all steps, built after the reverse scan.
    let mut hoisted: Vec<(Id, Hoisted)> = Vec::new();
    let mut targets: Vec<(Id, Id)> = local.iter().map(|(&a, &b)| (a, b)).collect();
    targets.sort_unstable();
    let of_now = g.scan_of();
    let in_step = |x: Id| of_now.get(x.ix()) == Some(&Some(back));
    for (at, value) in targets {
        if step_body.contains(&at) {
            if let Op::Step(_, axis) = g.node(at).op {
                let x = g.node(at).args[0];
                let is_history = history.contains(&x);
                if !is_history && x.ix() < needs.len() && needs[x.ix()] {
                    emitted.push((x, value, Stacked::Slice(axis)));
                }
            }
        } else if at.ix() < needs.len() && needs[at.ix()] {
            // A value read whole at every step (a weight): its gradient is a sum over the
            // steps. A term that is a product of two per-step values is summed as one product
            // over all steps after the loop, which reads the two stacked (or the outer values
            // the step slices) instead of keeping every step's product.
            let mut rest: Option<Id> = None;
            for term in terms(g, value, &in_step) {
                match hoistable(g, term, back, &in_step) {
                    Some(h) => {
                        let operands = h.map(|o| match o {
                            Operand::Body(v) => {
                                let at =
                                    emitted.iter().position(|e| e.1 == v && e.2 == Stacked::Raw);
                                Operand::Emit(at.unwrap_or_else(|| {
                                    emitted.push((v, v, Stacked::Raw));
                                    emitted.len() - 1
                                }))
                            }
                            o => o,
                        });
                        let Op::Contract { a, b, out } = g.node(term).op.clone() else {
                            unreachable!("hoistable terms are products")
                        };
                        let shape = g.shape(term).to_vec();
                        hoisted.push((
                            at,
                            Hoisted {
                                labels: [a, b, out],
                                operands,
                                shape,
                            },
                        ));
                    }
                    None => rest = Some(plus(g, rest, term)),
                }
            }
            if let Some(rest) = rest {
                emitted.push((at, rest, Stacked::Sum));
            }
        }
    }
    g.scans[back as usize].emits = emitted.len();
    let args: Vec<Id> = init_adj
        .iter()
        .chain(&new_adj)
        .copied()
        .chain(emitted.iter().map(|e| e.1))
        .collect();
    let reverse = g.push(Op::Scan(back), args, vec![]);
    let mut out: Vec<(Id, Id)> = Vec::new();
    for (k, &init) in inits.iter().enumerate() {
        if init.ix() < needs.len() && needs[init.ix()] {
            let shape = g.shape(init).to_vec();
            out.push((init, g.push(Op::ScanOut(k as u32), vec![reverse], shape)));
        }
    }
    let mut stacked_out = Vec::new();
    for (j, &(to, value, how)) in emitted.iter().enumerate() {
        let shape = stacked(g, value);
        let all = g.push(Op::ScanOut((c + j) as u32), vec![reverse], shape);
        stacked_out.push(all);
        let contrib = match how {
            Stacked::Raw => continue,
            // Summed over the steps.
            Stacked::Sum => g.reduce(Reduce::Sum, all, vec![Axis(0)]),
            // The stacked slices, with the step axis back in its place.
            Stacked::Slice(axis) => {
                let rank = g.rank(all);
                let perm: Vec<Axis> = (0..rank)
                    .map(|j| match j.cmp(&axis.ix()) {
                        std::cmp::Ordering::Less => Axis(j + 1),
                        std::cmp::Ordering::Equal => Axis(0),
                        std::cmp::Ordering::Greater => Axis(j),
                    })
                    .collect();
                g.transpose(all, perm)
            }
        };
        out.push((to, contrib));
    }
    for (to, h) in hoisted {
        let [mut a, mut b, out_labels] = h.labels;
        let fresh = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .find(|l| !a.contains(l) && !b.contains(l) && !out_labels.contains(l))
            .expect("a product has fewer than 52 indices");
        let operand = |o: Operand, labels: &mut Vec<u8>| match o {
            Operand::Stepped(x, axis) => {
                labels.insert(axis.ix(), fresh);
                x
            }
            Operand::Emit(j) => {
                labels.insert(0, fresh);
                stacked_out[j]
            }
            Operand::Body(_) => unreachable!("body operands are emitted"),
        };
        let [oa, ob] = h.operands;
        let (xa, xb) = (operand(oa, &mut a), operand(ob, &mut b));
        let contrib = g.push(
            Op::Contract {
                a,
                b,
                out: out_labels,
            },
            vec![xa, xb],
            h.shape,
        );
        out.push((to, contrib));
    }
    out
}

/// How a reverse scan's stacked emit reaches the outer value it is for.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Stacked {
    /// Summed over the steps (a value read whole at every step).
    Sum,
    /// Stacked along this axis (a value the step slices).
    Slice(Axis),
    /// Read by a product over all steps (`Hoisted`).
    Raw,
}

/// An operand of a per-step product, as the product over all steps reads it.
#[derive(Clone, Copy, Debug)]
enum Operand {
    /// An outer value the step slices along this axis: read whole, the steps along that axis.
    Stepped(Id, Axis),
    /// A value of the reverse step: stacked by the scan.
    Body(Id),
    /// The reverse scan's emit with this index.
    Emit(usize),
}

/// A per-step product summed over all steps, as one product.
struct Hoisted {
    /// The per-step product's index labels: operands, result.
    labels: [Vec<u8>; 3],
    operands: [Operand; 2],
    shape: Vec<DimId>,
}

/// The terms of a sum within the reverse step (`in_step`), each a value to sum over the steps.
fn terms(g: &Graph, value: Id, in_step: &dyn Fn(Id) -> bool) -> Vec<Id> {
    match g.node(value).op {
        Op::Binary(Binary::Add) if in_step(value) => {
            let [x, y] = [g.node(value).args[0], g.node(value).args[1]];
            let mut all = terms(g, x, in_step);
            all.extend(terms(g, y, in_step));
            all
        }
        _ => vec![value],
    }
}

/// The operands of `term` as a product over all steps of reverse scan `back` can read them,
/// when `term` is a product of two values of the step (computed in it or sliced by it).
fn hoistable(g: &Graph, term: Id, back: u32, in_step: &dyn Fn(Id) -> bool) -> Option<[Operand; 2]> {
    let node = g.node(term);
    if !matches!(node.op, Op::Contract { .. }) || !in_step(term) {
        return None;
    }
    let operand = |x: Id| match g.node(x).op {
        Op::Step(s, axis) if s == back => Some(Operand::Stepped(g.node(x).args[0], axis)),
        _ if in_step(x) => Some(Operand::Body(x)),
        // The step dim would be an index of one operand alone, which products over slices
        // do not take: such a term stays a per-step sum.
        _ => None,
    };
    Some([operand(node.args[0])?, operand(node.args[1])?])
}

/// `s`, a reduction over `axes` of a tensor of `shape`, broadcast back to that shape.
fn sum_back(g: &mut Graph, s: Id, axes: &[Axis], shape: &[DimId]) -> Id {
    let kept: Vec<Axis> = Axis::all(shape.len())
        .filter(|i| !axes.contains(i))
        .collect();
    g.broadcast(s, kept, shape.to_vec())
}

/// The contribution to the adjoint of argument `k` of node `y`, given `y`'s adjoint `gy`.
/// `None`: no gradient flows into that argument (it is a label, an exponent, or the op is
/// constant in it where differentiable). Every rule builds only ops that have rules here, so
/// a derivative can be differentiated again (`tests::assert_grads` checks second derivatives).
fn vjp(g: &mut Graph, y: Id, k: usize, gy: Id) -> Option<Id> {
    vjp_at(g, y, y, k, gy)
}

/// The elementwise functions whose rule reads only their own value, which a scan keeps per
/// step (as it keeps its products) so that the reverse step reads it instead of computing it
/// again: the transcendental gates of a recurrent cell.
fn kept_unary(op: &Op) -> bool {
    matches!(op, Op::Unary(Unary::Exp | Unary::Tanh | Unary::Sigmoid))
}

/// [`vjp`] of node `y`'s op, with `value` standing for `y`'s value (a kept value, read from
/// the forward scan's stack, where the reverse step has one).
fn vjp_at(g: &mut Graph, y: Id, value: Id, k: usize, gy: Id) -> Option<Id> {
    let node = g.node(y).clone();
    let x = |i: usize| node.args[i];
    let zero = |g: &mut Graph, like: Id| g.zeros_like(like);
    Some(match &node.op {
        Op::Param(_)
        | Op::Input(_)
        | Op::Noise(_)
        | Op::Labels(_)
        | Op::Hyper(_)
        | Op::Const(_)
        | Op::Size(_) => return None,
        Op::Unary(u) => {
            let a = x(0);
            match u {
                // d(-a) = -g
                Unary::Neg => g.unary(Unary::Neg, gy),
                // d exp(a) = g exp(a)
                Unary::Exp => g.mul(gy, value),
                // d log(a) = g / a
                Unary::Log => g.binary(Binary::Div, gy, a),
                // d sqrt(a) = g / (2 sqrt(a))
                Unary::Sqrt => {
                    let two_y = g.scale(y, 2.0);
                    g.binary(Binary::Div, gy, two_y)
                }
                // d |a| = g sign(a)
                Unary::Abs => {
                    let s = g.unary(Unary::Sign, a);
                    g.mul(gy, s)
                }
                // d tanh(a) = g (1 - tanh(a)^2)
                Unary::Tanh => {
                    let sq = g.unary(Unary::Square, value);
                    let one = g.konst(1.0, node.shape.clone());
                    let d = g.binary(Binary::Sub, one, sq);
                    g.mul(gy, d)
                }
                // d sigmoid(a) = g s (1 - s)
                Unary::Sigmoid => {
                    let one = g.konst(1.0, node.shape.clone());
                    let c = g.binary(Binary::Sub, one, value);
                    let d = g.mul(value, c);
                    g.mul(gy, d)
                }
                // d relu(a) = g [a > 0] = g [relu(a) > 0]: written with the output, which the
                // forward pass keeps anyway, so that `a` itself need not be stored.
                Unary::Relu => {
                    let z = zero(g, y);
                    let g0 = zero(g, gy);
                    g.select(CmpOp::Gt, y, z, gy, g0)
                }
                // d softplus(a) = g sigmoid(a)
                Unary::Softplus => {
                    let s = g.unary(Unary::Sigmoid, a);
                    g.mul(gy, s)
                }
                // d sin(a) = g cos(a)
                Unary::Sin => {
                    let c = g.unary(Unary::Cos, a);
                    g.mul(gy, c)
                }
                // d cos(a) = -g sin(a)
                Unary::Cos => {
                    let s = g.unary(Unary::Sin, a);
                    let m = g.mul(gy, s);
                    g.unary(Unary::Neg, m)
                }
                // d a^2 = 2 g a
                Unary::Square => {
                    let m = g.mul(gy, a);
                    g.scale(m, 2.0)
                }
                // d log1p(a) = g / (1 + a)
                Unary::Log1p => {
                    let one = g.konst(1.0, node.shape.clone());
                    let d = g.add(one, a);
                    g.binary(Binary::Div, gy, d)
                }
                // d expm1(a) = g exp(a)
                Unary::Expm1 => {
                    let e = g.unary(Unary::Exp, a);
                    g.mul(gy, e)
                }
                // sign is piecewise constant
                // d erf(a) = g 2/sqrt(pi) exp(-a^2)
                Unary::Erf => {
                    let sq = g.unary(Unary::Square, a);
                    let n = g.unary(Unary::Neg, sq);
                    let e = g.unary(Unary::Exp, n);
                    let d = g.scale(e, std::f64::consts::FRAC_2_SQRT_PI);
                    g.mul(gy, d)
                }
                // sign is constant where it is differentiable
                Unary::Sign => return None,
                // detach(a) stops the gradient: its value is taken as a constant
                Unary::Detach => return None,
            }
        }
        Op::Binary(b) => {
            let (a, c) = (x(0), x(1));
            match (b, k) {
                // d(a + c) = g, g
                (Binary::Add, _) => gy,
                // d(a - c) = g, -g
                (Binary::Sub, 0) => gy,
                (Binary::Sub, _) => g.unary(Unary::Neg, gy),
                // d(a c) = g c, g a
                (Binary::Mul, 0) => g.mul(gy, c),
                (Binary::Mul, _) => g.mul(gy, a),
                // d(a / c) = g / c, -g (a / c) / c
                (Binary::Div, 0) => g.binary(Binary::Div, gy, c),
                (Binary::Div, _) => {
                    let q = g.binary(Binary::Div, y, c);
                    let m = g.mul(gy, q);
                    g.unary(Unary::Neg, m)
                }
                // max(a, c) is c where c > a, else a (min: where c < a), so the gradient goes
                // where the value comes from: to the first operand on ties, and wherever a NaN
                // leaves the value
                (Binary::Max, _) | (Binary::Min, _) => {
                    let cmp = if *b == Binary::Max {
                        CmpOp::Gt
                    } else {
                        CmpOp::Lt
                    };
                    let g0 = zero(g, gy);
                    if k == 0 {
                        g.select(cmp, c, a, g0, gy)
                    } else {
                        g.select(cmp, c, a, gy, g0)
                    }
                }
                // d a^p = g p a^(p-1); the exponent carries no gradient
                (Binary::Pow, 0) => {
                    let one = g.konst(1.0, node.shape.clone());
                    let pm1 = g.binary(Binary::Sub, c, one);
                    let pw = g.binary(Binary::Pow, a, pm1);
                    let d = g.mul(c, pw);
                    g.mul(gy, d)
                }
                (Binary::Pow, _) => return None,
            }
        }
        // where(a cmp b, x, y): the gradient goes to the chosen branch, none to a or b
        Op::Select(cmp) => {
            let g0 = zero(g, gy);
            match k {
                2 => g.select(*cmp, x(0), x(1), gy, g0),
                3 => g.select(*cmp, x(0), x(1), g0, gy),
                _ => return None,
            }
        }
        // the transpose of a broadcast sums over the repeated axes
        Op::Broadcast(map) => g.unbroadcast(gy, map),
        // a gather's transpose adds each incoming row into the row it was read from
        Op::Gather => {
            let w = g.shape(x(0)).to_vec();
            match k {
                0 => g.push(Op::ScatterAdd, vec![gy, x(1)], w),
                _ => return None,
            }
        }
        Op::ScatterAdd => {
            let d = g.shape(x(0)).to_vec();
            match k {
                0 => g.push(Op::Gather, vec![gy, x(1)], d),
                _ => return None,
            }
        }
        // onehot of labels: nothing to differentiate
        Op::OneHot => return None,
        // A scan's gradient is a reverse scan (`grad` builds it at the `Scan` node, from the
        // adjoints of its outputs); its step leaves and body are differentiated there.
        Op::CarryIn(..) | Op::Step(..) | Op::Scan(_) | Op::ScanOut(_) => return None,
        // a slice's transpose puts the gradient back at its index, zeros elsewhere
        Op::Slice(axis, at) => {
            let s = g.shape(x(0)).to_vec();
            g.push(Op::Unslice(*axis, vec![*at]), vec![gy], s)
        }
        Op::Unslice(axis, at) => {
            let s = g.shape(x(k)).to_vec();
            g.push(Op::Slice(*axis, at[k]), vec![gy], s)
        }
        // the transpose of a transpose is the inverse permutation
        Op::Transpose(perm) => {
            let mut inv = vec![Axis(0); perm.len()];
            for (j, &p) in perm.iter().enumerate() {
                inv[p.ix()] = Axis(j);
            }
            g.transpose(gy, inv)
        }
        Op::Reduce(r, axes) => {
            let a = x(0);
            let shape = g.shape(a).to_vec();
            let kept: Vec<Axis> = Axis::all(shape.len())
                .filter(|i| !axes.contains(i))
                .collect();
            let gb = g.broadcast(gy, kept.clone(), shape.clone());
            match r {
                // d sum(a) = broadcast(g)
                Reduce::Sum => gb,
                // d max(a) = g at the first maximal element
                Reduce::Max | Reduce::Min => {
                    let mask = g.push(Op::ArgMask(*r == Reduce::Max, axes.clone()), vec![a], shape);
                    g.mul(gb, mask)
                }
                // d logsumexp(a) = g softmax(a)
                Reduce::LogSumExp => {
                    let sm = g.push(Op::Softmax(axes.clone()), vec![a], shape);
                    g.mul(gb, sm)
                }
            }
        }
        // a mask is constant where it is differentiable
        Op::ArgMask(..) => return None,
        // d softmax(a) = y (g - sum(g y)), the sum over the normalized axes
        Op::Softmax(axes) => {
            let gy_y = g.mul(gy, y);
            let s = g.reduce(Reduce::Sum, gy_y, axes.clone());
            let sb = sum_back(g, s, axes, &node.shape);
            let d = g.binary(Binary::Sub, gy, sb);
            g.mul(y, d)
        }
        // d log_softmax(a) = g - softmax(a) sum(g)
        Op::LogSoftmax(axes) => {
            let s = g.reduce(Reduce::Sum, gy, axes.clone());
            let sb = sum_back(g, s, axes, &node.shape);
            let sm = g.push(Op::Softmax(axes.clone()), vec![x(0)], node.shape.clone());
            let t = g.mul(sm, sb);
            g.binary(Binary::Sub, gy, t)
        }
        // d contract(a, b) = contract(g, b) for a and contract(g, a) for b
        Op::Contract { a, b, out } => {
            if k == 0 {
                let s = g.shape(x(0)).to_vec();
                g.push(
                    Op::Contract {
                        a: out.clone(),
                        b: b.clone(),
                        out: a.clone(),
                    },
                    vec![gy, x(1)],
                    s,
                )
            } else {
                let s = g.shape(x(1)).to_vec();
                g.push(
                    Op::Contract {
                        a: out.clone(),
                        b: a.clone(),
                        out: b.clone(),
                    },
                    vec![gy, x(0)],
                    s,
                )
            }
        }
        // a custom derivative: the user's rule with the argument and gradient filled in; the
        // inlined body (argument 1) passes no gradient
        Op::Custom(site) => {
            if k != 0 {
                return None;
            }
            let c = g.customs[*site as usize].clone();
            g.instantiate(c.grad, &[(c.hx, x(0)), (c.hg, gy)])
        }
        // holes are replaced before any rule sees them
        Op::Hole(_) => return None,
        // d cross_entropy(z, y) = g (softmax(z) - onehot(y)) for z; none for the labels
        Op::CrossEntropy => {
            if k != 0 {
                return None;
            }
            let s = g.shape(x(0)).to_vec();
            let d = g.push(Op::CrossEntropyGrad, node.args.clone(), s.clone());
            let kept: Vec<Axis> = Axis::all(s.len() - 1).collect();
            let gb = g.broadcast(gy, kept, s);
            g.mul(gb, d)
        }
        // d ctc(z, y, zlen, ylen) in z: the kernel's own derivative (the forward-backward
        // recursion's occupancies), scaled per example by the incoming gradient; none for the
        // targets and lengths.
        Op::Ctc => {
            if k != 0 {
                return None;
            }
            let mut args = node.args.clone();
            args.push(gy);
            let s = g.shape(x(0)).to_vec();
            g.push(Op::CtcGrad, args, s)
        }
        // `ctc_grad` is linear in its incoming gradient `g`: d/dg[n] is the sum over row n of
        // gy times the derivative at g = 1. In the scores it has no rule: its derivative needs
        // pairs of steps of the recursion, a kernel of its own (second derivatives are
        // planned after v1; only a second derivative would reach this point).
        Op::CtcGrad => {
            if k != 4 {
                return None;
            }
            let n = g.shape(x(4)).to_vec();
            let ones = g.konst(1.0, n);
            let unit = g.push(
                Op::CtcGrad,
                vec![x(0), x(1), x(2), x(3), ones],
                node.shape.clone(),
            );
            let both = g.mul(gy, unit);
            g.reduce(Reduce::Sum, both, vec![Axis(1), Axis(2)])
        }
        // conv(x, k) is bilinear: its input's gradient is a convolution of gy with the kernel
        // flipped, its kernel's the input's patches against gy; and the three ops' rules close
        // among themselves (each is linear in each argument).
        Op::Conv(n) => {
            let n = *n;
            if k == 0 {
                let s = g.shape(x(0)).to_vec();
                g.push(Op::ConvData(n), vec![gy, x(1)], s)
            } else {
                let s = g.shape(x(1)).to_vec();
                g.push(Op::ConvKernel(n), vec![x(0), gy], s)
            }
        }
        // ConvData(g, k): in g, conv(gy, k); in k, ConvKernel(gy, g).
        Op::ConvData(n) => {
            let n = *n;
            if k == 0 {
                let s = g.shape(x(0)).to_vec();
                g.push(Op::Conv(n), vec![gy, x(1)], s)
            } else {
                let s = g.shape(x(1)).to_vec();
                g.push(Op::ConvKernel(n), vec![gy, x(0)], s)
            }
        }
        // ConvKernel(x, g): in x, ConvData(g, gy); in g, conv(x, gy).
        Op::ConvKernel(n) => {
            let n = *n;
            if k == 0 {
                let s = g.shape(x(0)).to_vec();
                g.push(Op::ConvData(n), vec![x(1), gy], s)
            } else {
                let s = g.shape(x(1)).to_vec();
                g.push(Op::Conv(n), vec![x(0), gy], s)
            }
        }
        // Piecewise constant: no gradient (as `ArgMask`).
        Op::PoolMask(..) => return None,
        // A window sum and a repeat are each other's transpose.
        Op::WindowSum(a, w) => {
            let s = g.shape(x(0)).to_vec();
            g.push(Op::Repeat(*a, *w), vec![gy], s)
        }
        Op::Repeat(a, w) => {
            let s = g.shape(x(0)).to_vec();
            g.push(Op::WindowSum(*a, *w), vec![gy], s)
        }
        // d (softmax(z) - onehot(y)) = d softmax(z), over z's last axis; none for the labels.
        // Only derivatives hold this op; its rule makes them differentiable again.
        Op::CrossEntropyGrad => {
            if k != 0 {
                return None;
            }
            let last = vec![Axis(node.shape.len() - 1)];
            let sm = g.push(Op::Softmax(last.clone()), vec![x(0)], node.shape.clone());
            let gy_s = g.mul(gy, sm);
            let s = g.reduce(Reduce::Sum, gy_s, last.clone());
            let sb = sum_back(g, s, &last, &node.shape);
            let d = g.binary(Binary::Sub, gy, sb);
            g.mul(sm, d)
        }
    })
}
