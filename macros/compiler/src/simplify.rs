//! Value-preserving rewrites, run as passes to a fixed point. Each pass rebuilds the graph from
//! the roots: nodes no root needs are dropped (dead code), equal nodes merge (hash-consing, which
//! gives CSE across forward and backward), and each rebuilt node goes through the rules below,
//! children first. Every rule states its identity and has a test that it keeps values.

use crate::ir::{Axis, CustomSite, DimId, Graph, Id};
use crate::op::{Binary, Op, Reduce, Unary};
use std::collections::HashMap;

type Rule = fn(&mut Graph, &Op, &[Id], &[DimId]) -> Option<Id>;

/// The rules, in the order they are tried; the first that applies wins.
pub const RULES: &[(&str, Rule)] = &[
    ("fold_constants", fold_constants),
    ("mul_one", mul_one),
    ("mul_minus_one", mul_minus_one),
    ("add_zero", add_zero),
    ("div_one", div_one),
    ("zero_sub", zero_sub),
    ("select_same", select_same),
    ("neg_neg", neg_neg),
    ("neg_out_of_mul", neg_out_of_mul),
    ("sub_neg", sub_neg),
    ("add_neg", add_neg),
    ("add_unslices", add_unslices),
    ("slice_through_elementwise", slice_through_elementwise),
    ("neg_sub", neg_sub),
    ("sub_self", sub_self),
    ("constant_chain", constant_chain),
    ("scalar_factor", scalar_factor),
    ("contract_scalar", contract_scalar),
    ("log_sigmoid", log_sigmoid),
    ("log_one_minus_sigmoid", log_one_minus_sigmoid),
    ("log_one_plus_exp", log_one_plus_exp),
    ("log_one_plus", log_one_plus),
    ("exp_minus_one", exp_minus_one),
    ("log_exp", log_exp),
    ("log_sum_exp", log_sum_exp),
    ("log_softmax", log_softmax),
    ("exp_log_softmax", exp_log_softmax),
    ("scan_emit_twice", scan_emit_twice),
];

fn op_of(g: &Graph, id: Id) -> &Op {
    &g.node(id).op
}

fn is_const(g: &Graph, id: Id, v: f64) -> bool {
    g.const_value(id) == Some(v)
}

/// `c1 op c2 = c` and `f(c) = c'`: elementwise ops of constants are constants.
fn fold_constants(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    let cs: Option<Vec<f64>> = args.iter().map(|&a| g.const_value(a)).collect();
    let cs = cs?;
    let v = match op {
        Op::Unary(u) => u.eval(cs[0]),
        Op::Binary(b) => b.eval(cs[0], cs[1]),
        Op::Select(c) => {
            if crate::op::compare(*c, cs[0], cs[1]) {
                cs[2]
            } else {
                cs[3]
            }
        }
        Op::Broadcast(_) | Op::Transpose(_) => cs[0],
        Op::Reduce(Reduce::Max | Reduce::Min, _) => cs[0],
        Op::Slice(..) => cs[0],
        // Zeros elsewhere: constant only when the argument is zero.
        Op::Unslice(..) if cs.iter().all(|&c| c == 0.0) => 0.0,
        // Not folded: leaves, sums and kernels of constants (rare after lowering).
        Op::Param(_)
        | Op::Input(_)
        | Op::Noise(_)
        | Op::Labels(_)
        | Op::Hyper(_)
        | Op::Const(_)
        | Op::Size(_)
        | Op::Reduce(Reduce::Sum | Reduce::LogSumExp, _)
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
        | Op::Unslice(..)
        | Op::CarryIn(..)
        | Op::Step(..)
        | Op::Scan(_)
        | Op::ScanOut(_)
        | Op::Custom(_)
        | Op::Hole(_) => return None,
    };
    if args.is_empty() {
        return None;
    }
    Some(g.konst(v, shape.to_vec()))
}

/// A scan that emits one value twice stacks it once: the later emit's output is the earlier
/// one's. (The gradient of a gate read by a product and by a sum over steps is emitted for
/// each; the copy would cost a stacked tensor per call.)
fn scan_emit_twice(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    let Op::ScanOut(k) = *op else {
        return None;
    };
    let scan = args[0];
    let Op::Scan(s) = g.node(scan).op else {
        return None;
    };
    let (c, e) = (g.scans[s as usize].carries, g.scans[s as usize].emits);
    let j = (k as usize).checked_sub(c).filter(|&j| j < e)?;
    let values = &g.node(scan).args[2 * c..];
    let first = values[..j].iter().position(|&v| v == values[j])?;
    Some(g.push(Op::ScanOut((c + first) as u32), vec![scan], shape.to_vec()))
}

/// `x * 1 = 1 * x = x`
fn mul_one(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match op {
        Op::Binary(Binary::Mul) if is_const(g, args[1], 1.0) => Some(args[0]),
        Op::Binary(Binary::Mul) if is_const(g, args[0], 1.0) => Some(args[1]),
        _ => None,
    }
}

/// `x * (-1) = (-1) * x = -x`, so that the negation meets others and cancels.
fn mul_minus_one(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match op {
        Op::Binary(Binary::Mul) if is_const(g, args[1], -1.0) => Some(g.unary(Unary::Neg, args[0])),
        Op::Binary(Binary::Mul) if is_const(g, args[0], -1.0) => Some(g.unary(Unary::Neg, args[1])),
        _ => None,
    }
}

/// `x + 0 = 0 + x = x - 0 = x`
fn add_zero(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match op {
        Op::Binary(Binary::Add | Binary::Sub) if is_const(g, args[1], 0.0) => Some(args[0]),
        Op::Binary(Binary::Add) if is_const(g, args[0], 0.0) => Some(args[1]),
        _ => None,
    }
}

/// `x / 1 = x`
fn div_one(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match op {
        Op::Binary(Binary::Div) if is_const(g, args[1], 1.0) => Some(args[0]),
        _ => None,
    }
}

/// `0 - x = -x`
fn zero_sub(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match op {
        Op::Binary(Binary::Sub) if is_const(g, args[0], 0.0) => Some(g.unary(Unary::Neg, args[1])),
        _ => None,
    }
}

/// `where(c, x, x) = x`
fn select_same(_: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match op {
        Op::Select(_) if args[2] == args[3] => Some(args[2]),
        _ => None,
    }
}

/// `-(-x) = x`
fn neg_neg(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    match (op, op_of(g, *args.first()?)) {
        (Op::Unary(Unary::Neg), Op::Unary(Unary::Neg)) => Some(g.node(args[0]).args[0]),
        _ => None,
    }
}

fn negated(g: &Graph, id: Id) -> Option<Id> {
    let n = g.node(id);
    (n.op == Op::Unary(Unary::Neg)).then(|| n.args[0])
}

/// `a * (-b) = (-a) * b = -(a b)`, so that negations meet and cancel.
fn neg_out_of_mul(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Binary(Binary::Mul) {
        return None;
    }
    let (a, b) = match (negated(g, args[0]), negated(g, args[1])) {
        (Some(a), Some(b)) => return Some(g.mul(a, b)),
        (Some(a), None) => (a, args[1]),
        (None, Some(b)) => (args[0], b),
        (None, None) => return None,
    };
    let m = g.mul(a, b);
    Some(g.unary(Unary::Neg, m))
}

/// `a - (-b) = a + b`
fn sub_neg(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Binary(Binary::Sub) {
        return None;
    }
    let b = negated(g, args[1])?;
    Some(g.add(args[0], b))
}

/// `unslice[a=i](x) + unslice[a=j](y) = unslice[a=i,j](x, y)` for distinct indices: one node
/// writes each slice once, where the sum would write zeros and add whole tensors.
fn add_unslices(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    if *op != Op::Binary(Binary::Add) {
        return None;
    }
    let (x, y) = (g.node(args[0]).clone(), g.node(args[1]).clone());
    let (Op::Unslice(ax, at_x), Op::Unslice(ay, at_y)) = (&x.op, &y.op) else {
        return None;
    };
    if ax != ay || x.shape != y.shape || at_x.iter().any(|k| at_y.contains(k)) {
        return None;
    }
    let at = at_x.iter().chain(at_y).copied().collect();
    let parts = x.args.iter().chain(&y.args).copied().collect();
    Some(g.push(Op::Unslice(*ax, at), parts, shape.to_vec()))
}

/// `f(x, y)[a = k] = f(x[a = k], y[a = k])` for an elementwise `f`: a slice is read in place
/// (a view with an offset), so the slice of an elementwise value is computed where it is read,
/// from slices of its arguments, instead of the whole value being stored first (an LSTM's
/// four gates read straight from its product and its input's step).
fn slice_through_elementwise(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    let Op::Slice(axis, k) = op else {
        return None;
    };
    if shape.is_empty() {
        return None;
    }
    let x = g.node(args[0]).clone();
    if !matches!(x.op, Op::Unary(_) | Op::Binary(_) | Op::Select(_))
        || x.args.iter().any(|&a| g.shape(a) != x.shape.as_slice())
    {
        return None;
    }
    let parts: Vec<Id> = x
        .args
        .iter()
        .map(|&a| g.push(Op::Slice(*axis, *k), vec![a], shape.to_vec()))
        .collect();
    Some(rebuild(g, &x.op, parts, shape.to_vec()))
}

/// `a + (-b) = a - b` and `(-a) + b = b - a`
fn add_neg(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Binary(Binary::Add) {
        return None;
    }
    if let Some(b) = negated(g, args[1]) {
        return Some(g.binary(Binary::Sub, args[0], b));
    }
    let a = negated(g, args[0])?;
    Some(g.binary(Binary::Sub, args[1], a))
}

/// `-(a - b) = b - a`
fn neg_sub(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Neg) || *op_of(g, args[0]) != Op::Binary(Binary::Sub) {
        return None;
    }
    let d = g.node(args[0]).args.clone();
    Some(g.binary(Binary::Sub, d[1], d[0]))
}

/// `x - x = 0`
fn sub_self(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    match op {
        Op::Binary(Binary::Sub) if args[0] == args[1] => Some(g.konst(0.0, shape.to_vec())),
        _ => None,
    }
}

/// `(x * c1) * c2 = x * (c1 c2)` and `(x + c1) + c2 = x + (c1 + c2)`, constants on either side.
fn constant_chain(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    let Op::Binary(b @ (Binary::Mul | Binary::Add)) = op else {
        return None;
    };
    let (inner, c2) = match (g.const_value(args[0]), g.const_value(args[1])) {
        (None, Some(c)) => (args[0], c),
        (Some(c), None) => (args[1], c),
        _ => return None,
    };
    let n = g.node(inner).clone();
    if n.op != Op::Binary(*b) {
        return None;
    }
    let (x, c1) = match (g.const_value(n.args[0]), g.const_value(n.args[1])) {
        (None, Some(c)) => (n.args[0], c),
        (Some(c), None) => (n.args[1], c),
        _ => return None,
    };
    let k = g.konst(b.eval(c1, c2), shape.to_vec());
    Some(g.binary(*b, x, k))
}

/// The scalar behind a node that repeats one value: a constant, or a broadcast of a rank-0
/// node.
fn scalar_of(g: &Graph, id: Id) -> Option<Id> {
    let n = g.node(id);
    match &n.op {
        Op::Broadcast(map) if map.is_empty() => Some(n.args[0]),
        _ => None,
    }
}

/// `(x * s) * c = x * (s c)` where `s` repeats a scalar and `c` is a constant: the scalars
/// multiply once instead of every element twice.
fn scalar_factor(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    if *op != Op::Binary(Binary::Mul) {
        return None;
    }
    let (inner, c) = match (g.const_value(args[0]), g.const_value(args[1])) {
        (None, Some(c)) => (args[0], c),
        (Some(c), None) => (args[1], c),
        _ => return None,
    };
    let n = g.node(inner).clone();
    if n.op != Op::Binary(Binary::Mul) {
        return None;
    }
    let (x, s) = match (scalar_of(g, n.args[0]), scalar_of(g, n.args[1])) {
        (Some(s), _) => (n.args[1], s),
        (None, Some(s)) => (n.args[0], s),
        _ => return None,
    };
    let k = g.konst(c, vec![]);
    let sc = g.mul(s, k);
    let b = g.broadcast(sc, vec![], shape.to_vec());
    Some(g.mul(x, b))
}

/// A contraction with a rank-0 operand sums nothing: `contract(s, x) = s * x`, with `x`'s axes
/// put in the output's order.
fn contract_scalar(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    let Op::Contract { a, b, out } = op else {
        return None;
    };
    let (s, x, xl) = if a.is_empty() {
        (args[0], args[1], b)
    } else if b.is_empty() {
        (args[1], args[0], a)
    } else {
        return None;
    };
    let perm: Option<Vec<Axis>> = out
        .iter()
        .map(|l| xl.iter().position(|m| m == l).map(Axis))
        .collect();
    let perm = perm?;
    if perm.len() != xl.len() {
        return None;
    }
    let xt = g.transpose(x, perm);
    let sb = g.broadcast(s, vec![], shape.to_vec());
    Some(g.mul(xt, sb))
}

/// `log(sigmoid(x)) = -softplus(-x)`
fn log_sigmoid(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) || *op_of(g, args[0]) != Op::Unary(Unary::Sigmoid) {
        return None;
    }
    let x = g.node(args[0]).args[0];
    let nx = g.unary(Unary::Neg, x);
    let sp = g.unary(Unary::Softplus, nx);
    Some(g.unary(Unary::Neg, sp))
}

/// `log(1 - sigmoid(x)) = -softplus(x)`
fn log_one_minus_sigmoid(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) || *op_of(g, args[0]) != Op::Binary(Binary::Sub) {
        return None;
    }
    let d = g.node(args[0]).args.clone();
    if !is_const(g, d[0], 1.0) || *op_of(g, d[1]) != Op::Unary(Unary::Sigmoid) {
        return None;
    }
    let x = g.node(d[1]).args[0];
    let sp = g.unary(Unary::Softplus, x);
    Some(g.unary(Unary::Neg, sp))
}

/// The other operand of `1 + y` or `y + 1`.
fn one_plus(g: &Graph, id: Id) -> Option<Id> {
    let n = g.node(id);
    if n.op != Op::Binary(Binary::Add) {
        return None;
    }
    if is_const(g, n.args[0], 1.0) {
        Some(n.args[1])
    } else if is_const(g, n.args[1], 1.0) {
        Some(n.args[0])
    } else {
        None
    }
}

/// `log(1 + exp(x)) = softplus(x)`
fn log_one_plus_exp(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) {
        return None;
    }
    let y = one_plus(g, args[0])?;
    if *op_of(g, y) != Op::Unary(Unary::Exp) {
        return None;
    }
    let x = g.node(y).args[0];
    Some(g.unary(Unary::Softplus, x))
}

/// `log(1 + x) = log1p(x)`
fn log_one_plus(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) {
        return None;
    }
    let x = one_plus(g, args[0])?;
    Some(g.unary(Unary::Log1p, x))
}

/// `exp(x) - 1 = expm1(x)`
fn exp_minus_one(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Binary(Binary::Sub)
        || !is_const(g, args[1], 1.0)
        || *op_of(g, args[0]) != Op::Unary(Unary::Exp)
    {
        return None;
    }
    let x = g.node(args[0]).args[0];
    Some(g.unary(Unary::Expm1, x))
}

/// `log(exp(x)) = x`
fn log_exp(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) || *op_of(g, args[0]) != Op::Unary(Unary::Exp) {
        return None;
    }
    Some(g.node(args[0]).args[0])
}

/// `log(softmax[A](x)) = log_softmax[A](x)`
fn log_softmax(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) {
        return None;
    }
    let Op::Softmax(axes) = op_of(g, args[0]).clone() else {
        return None;
    };
    let x = g.node(args[0]).args[0];
    Some(g.push(Op::LogSoftmax(axes), vec![x], shape.to_vec()))
}

/// `exp(log_softmax[A](x)) = softmax[A](x)`
fn exp_log_softmax(g: &mut Graph, op: &Op, args: &[Id], shape: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Exp) {
        return None;
    }
    let Op::LogSoftmax(axes) = op_of(g, args[0]).clone() else {
        return None;
    };
    let x = g.node(args[0]).args[0];
    Some(g.push(Op::Softmax(axes), vec![x], shape.to_vec()))
}

/// `log(sum[A](exp(x))) = logsumexp[A](x)`
fn log_sum_exp(g: &mut Graph, op: &Op, args: &[Id], _: &[DimId]) -> Option<Id> {
    if *op != Op::Unary(Unary::Log) {
        return None;
    }
    let Op::Reduce(Reduce::Sum, axes) = op_of(g, args[0]).clone() else {
        return None;
    };
    let e = g.node(args[0]).args[0];
    if *op_of(g, e) != Op::Unary(Unary::Exp) {
        return None;
    }
    let x = g.node(e).args[0];
    Some(g.reduce(Reduce::LogSumExp, x, axes))
}

/// How often each rule fired.
#[derive(Debug, Default)]
pub struct Stats {
    pub fired: HashMap<&'static str, usize>,
}

/// One pass: rebuilds what `roots` need through the rules. Returns the new graph and roots.
fn pass(g: &Graph, roots: &[Id], stats: &mut Stats) -> (Graph, Vec<Id>) {
    let mut ng = Graph::new(g.dims.clone(), g.names.clone());
    let mut keep: Vec<Id> = roots.to_vec();
    for c in &g.customs {
        keep.extend([c.hx, c.hg, c.grad]);
    }
    let live = g.reachable(keep.iter().copied());
    let mut map: HashMap<Id, Id> = HashMap::new();
    // Custom sites and scans keep their numbers, so `Custom(i)` and `Scan(s)` stay valid.
    ng.customs = g.customs.clone();
    ng.scans = g.scans.clone();
    for (i, n) in g.nodes.iter().enumerate() {
        if !live[i] {
            continue;
        }
        let args: Vec<Id> = n.args.iter().map(|a| map[a]).collect();
        let mut new = None;
        for (name, rule) in RULES {
            if let Some(id) = rule(&mut ng, &n.op, &args, &n.shape) {
                *stats.fired.entry(name).or_default() += 1;
                new = Some(id);
                break;
            }
        }
        let id = new.unwrap_or_else(|| rebuild(&mut ng, &n.op, args, n.shape.clone()));
        map.insert(Id(i as u32), id);
    }
    ng.customs = g
        .customs
        .iter()
        .map(|c| CustomSite {
            hx: map[&c.hx],
            hg: map[&c.hg],
            grad: map[&c.grad],
            ..c.clone()
        })
        .collect();
    let new_roots = roots.iter().map(|r| map[r]).collect();
    (ng, new_roots)
}

/// A node that no rule rewrote, through the builder (which drops identity broadcasts,
/// transposes and empty reductions).
fn rebuild(g: &mut Graph, op: &Op, args: Vec<Id>, shape: Vec<DimId>) -> Id {
    match op {
        Op::Unary(u) => g.unary(*u, args[0]),
        // Sums and products take their operands in id order, so that `a + b` and `b + a` are
        // one node. (Not max and min: which operand wins a tie decides their derivative.)
        Op::Binary(b @ (Binary::Add | Binary::Mul)) if args[0] > args[1] => {
            g.binary(*b, args[1], args[0])
        }
        Op::Binary(b) => g.binary(*b, args[0], args[1]),
        Op::Select(c) => g.select(*c, args[0], args[1], args[2], args[3]),
        Op::Broadcast(m) => g.broadcast(args[0], m.clone(), shape),
        Op::Transpose(p) => g.transpose(args[0], p.clone()),
        Op::Reduce(r, axes) => g.reduce(*r, args[0], axes.clone()),
        Op::Size(ds) => g.size(ds.clone()),
        Op::Param(_)
        | Op::Input(_)
        | Op::Noise(_)
        | Op::Labels(_)
        | Op::Hyper(_)
        | Op::Const(_)
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
        | Op::Custom(_)
        | Op::Hole(_) => g.push(op.clone(), args, shape),
    }
}

/// Passes until nothing changes (at most 16).
pub fn simplify(g: &Graph, roots: &[Id]) -> (Graph, Vec<Id>, Stats) {
    let mut stats = Stats::default();
    let (mut g, mut roots) = pass(g, roots, &mut stats);
    for _ in 0..16 {
        let before = (g.nodes.len(), stats.fired.values().sum::<usize>());
        let (ng, nr) = pass(&g, &roots, &mut stats);
        let after = (ng.nodes.len(), stats.fired.values().sum::<usize>());
        g = ng;
        roots = nr;
        if after.0 == before.0 && after.1 == before.1 {
            break;
        }
    }
    (g, roots, stats)
}
