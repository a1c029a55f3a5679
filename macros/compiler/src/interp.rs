//! An f64 reference interpreter of the IR: straightforward index loops, independent of the
//! generated code and its kernels. Tests and the gradient check evaluate programs with it.

use crate::ir::{Axis, Graph, Id};
use crate::op::{compare, Op, Reduce};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Tensor {
    pub shape: Vec<usize>,
    pub data: Vec<f64>,
}

impl Tensor {
    pub fn new(shape: Vec<usize>, data: Vec<f64>) -> Self {
        debug_assert_eq!(shape.iter().product::<usize>(), data.len());
        Tensor { shape, data }
    }
    pub fn scalar(v: f64) -> Self {
        Tensor::new(vec![], vec![v])
    }
    pub fn fill(shape: Vec<usize>, v: f64) -> Self {
        let n = shape.iter().product();
        Tensor::new(shape, vec![v; n])
    }
}

/// Integer labels, row-major (their shape is the node's).
#[derive(Clone, Debug)]
pub struct Labels {
    pub data: Vec<usize>,
}

/// Values for every leaf, and the size of every dim.
#[derive(Clone, Debug, Default)]
pub struct Env {
    pub params: Vec<Tensor>,
    pub inputs: Vec<Tensor>,
    pub labels: Vec<Labels>,
    pub hypers: Vec<f64>,
    /// The noise items' values, held for the evaluation.
    pub noises: Vec<Tensor>,
    pub dims: Vec<usize>,
}

fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Walks every index of `sizes` in row-major order and calls `f` with `K` linear offsets, offset
/// `k` moving by `steps[k][axis]` along each axis: an odometer, so no index is divided out.
fn walk<const K: usize>(sizes: &[usize], steps: [&[usize]; K], mut f: impl FnMut([usize; K])) {
    if sizes.contains(&0) {
        return;
    }
    let mut idx = vec![0usize; sizes.len()];
    let mut offs = [0usize; K];
    loop {
        f(offs);
        let mut ax = sizes.len();
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            if idx[ax] < sizes[ax] {
                for k in 0..K {
                    offs[k] += steps[k][ax];
                }
                break;
            }
            for k in 0..K {
                offs[k] -= steps[k][ax] * (sizes[ax] - 1);
            }
            idx[ax] = 0;
        }
    }
}

/// Evaluates the nodes that `roots` need; returns every node's value (`None` where unneeded).
pub fn eval(g: &Graph, env: &Env, roots: &[Id]) -> Vec<Option<Tensor>> {
    eval_with(g, env, roots, &HashMap::new())
}

/// Like [`eval`], with the values of some nodes given instead of computed.
pub fn eval_with(
    g: &Graph,
    env: &Env,
    roots: &[Id],
    given: &HashMap<Id, Tensor>,
) -> Vec<Option<Tensor>> {
    let live = g.reachable(roots.iter().copied());
    let body = g.scan_of();
    let mut vals: Vec<Option<Tensor>> = vec![None; g.nodes.len()];
    // The outputs of each scan evaluated so far.
    let mut outs: HashMap<Id, Vec<Tensor>> = HashMap::new();
    for i in 0..g.nodes.len() {
        // A scan's body is evaluated by the scan, once per step.
        if !live[i] || body[i].is_some() {
            continue;
        }
        let id = Id(i as u32);
        if let Some(t) = given.get(&id) {
            vals[i] = Some(t.clone());
            continue;
        }
        match g.nodes[i].op {
            Op::Scan(s) => {
                let (out, held) = run_scan(g, env, id, s, &vals, &body, given);
                outs.insert(id, out);
                // A body `detach`'s values, stacked, so that `held` can hold them per step.
                for (j, stacked) in held {
                    vals[j] = Some(stacked);
                }
                vals[i] = Some(Tensor::scalar(0.0));
                continue;
            }
            Op::ScanOut(k) => {
                let scan = g.nodes[i].args[0];
                vals[i] = outs.get(&scan).map(|o| o[k as usize].clone());
                continue;
            }
            _ => {}
        }
        let args: Vec<&Tensor> = g.nodes[i]
            .args
            .iter()
            .map(|a| vals[a.ix()].as_ref().expect("argument evaluated"))
            .collect();
        let t = eval_node(g, env, id, &args);
        vals[i] = Some(t);
    }
    vals
}

/// Runs scan `s` (node `id`) on the outer values `vals`: each step evaluates the scan's body
/// (the nodes `body` assigns to it) from the carries and the step's slices. Returns the
/// outputs in `ScanOut` order: final carries, stacked emits, stacked carries at each step's
/// start; and the body's `detach` nodes' values, stacked over the steps (`t` first).
fn run_scan(
    g: &Graph,
    env: &Env,
    id: Id,
    s: u32,
    vals: &[Option<Tensor>],
    body: &[Option<u32>],
    given: &HashMap<Id, Tensor>,
) -> (Vec<Tensor>, Vec<(usize, Tensor)>) {
    let info = &g.scans[s as usize];
    let node = g.node(id);
    let (c, e) = (info.carries, info.emits);
    let steps = env.dims[info.dim.ix()];
    let mine = g.scan_body(id, s, body);
    let outer = |a: Id| {
        vals[a.ix()]
            .clone()
            .unwrap_or_else(|| Tensor::scalar(f64::NAN))
    };
    let mut carries: Vec<Tensor> = node.args[..c].iter().map(|&a| outer(a)).collect();
    let mut emits: Vec<Vec<Tensor>> = vec![Vec::new(); e];
    let mut history: Vec<Vec<Tensor>> = vec![Vec::new(); c];
    let mut at: Vec<Option<Tensor>> = vec![None; g.nodes.len()];
    // The values of the body's `detach` nodes at every step, for `held`.
    let mut detached: HashMap<usize, Vec<Tensor>> = HashMap::new();
    for step in 0..steps {
        let t = if info.rev { steps - 1 - step } else { step };
        for &i in &mine {
            let nid = Id(i as u32);
            let n = &g.nodes[i];
            // A body node given (a `detach` held by finite differences) is given stacked over
            // the steps, `t` first.
            let v = if let Some(v) = given.get(&nid) {
                let shape = n.shape.iter().map(|&d| env.dims[d.ix()]).collect();
                slice(v, 0, t, shape)
            } else {
                match n.op {
                    Op::CarryIn(_, k) => carries[k as usize].clone(),
                    Op::Step(_, axis) => {
                        let x = outer(n.args[0]);
                        let shape = n.shape.iter().map(|&d| env.dims[d.ix()]).collect();
                        slice(&x, axis.ix(), t, shape)
                    }
                    _ => {
                        let args: Vec<Tensor> = n
                            .args
                            .iter()
                            .map(|&a| at[a.ix()].clone().unwrap_or_else(|| outer(a)))
                            .collect();
                        let refs: Vec<&Tensor> = args.iter().collect();
                        eval_node(g, env, nid, &refs)
                    }
                }
            };
            if n.op == Op::Unary(crate::op::Unary::Detach) {
                detached.entry(i).or_default().push(v.clone());
            }
            at[i] = Some(v);
        }
        let value = |a: Id| at[a.ix()].clone().unwrap_or_else(|| outer(a));
        for (k, h) in history.iter_mut().enumerate() {
            h.push(carries[k].clone());
        }
        for (j, out) in emits.iter_mut().enumerate() {
            out.push(value(node.args[2 * c + j]));
        }
        carries = (0..c).map(|k| value(node.args[c + k])).collect();
    }
    let stack =
        |per_step: Vec<Tensor>, shape: &[usize]| stack_steps(per_step, shape, info.rev, f64::NAN);
    let sizes = |a: Id| -> Vec<usize> { g.shape(a).iter().map(|&d| env.dims[d.ix()]).collect() };
    let mut out = carries;
    for (j, per_step) in emits.into_iter().enumerate() {
        out.push(stack(per_step, &sizes(node.args[2 * c + j])));
    }
    for (k, per_step) in history.into_iter().enumerate() {
        out.push(stack(per_step, &sizes(node.args[k])));
    }
    let held = detached
        .into_iter()
        .map(|(i, per_step)| (i, stack(per_step, &sizes(Id(i as u32)))))
        .collect();
    (out, held)
}

/// A scan's per-step values of dims `shape`, in the order the steps ran (last first when
/// `rev`), stacked by `t` into `[T, shape..]`; filled with `or` when they do not fill it.
pub fn stack_steps(mut per_step: Vec<Tensor>, shape: &[usize], rev: bool, or: f64) -> Tensor {
    if rev {
        per_step.reverse();
    }
    let mut full = vec![per_step.len()];
    full.extend_from_slice(shape);
    let data: Vec<f64> = per_step.into_iter().flat_map(|t| t.data).collect();
    if data.len() == full.iter().product::<usize>() {
        Tensor::new(full, data)
    } else {
        Tensor::fill(full, or)
    }
}

/// The values of the `detach` nodes among `vals` (an evaluation at the unperturbed point). Finite
/// differences evaluate the loss with these held (`eval_with`), so that they measure the
/// gradient that `detach` defines: none through its argument. Inside a scan's body they are
/// held step by step (their values stacked over the steps).
pub fn held(g: &Graph, vals: &[Option<Tensor>]) -> HashMap<Id, Tensor> {
    g.nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.op == Op::Unary(crate::op::Unary::Detach))
        .filter_map(|(i, _)| Some((Id(i as u32), vals[i].clone()?)))
        .collect()
}

/// One node's value from its arguments' values.
pub fn eval_node(g: &Graph, env: &Env, id: Id, args: &[&Tensor]) -> Tensor {
    let node = g.node(id);
    let shape: Vec<usize> = node.shape.iter().map(|&d| env.dims[d.ix()]).collect();
    let n: usize = shape.iter().product();
    let arg = |k: usize| args[k];
    // Integer labels travel as f64 values (exact below 2^53), so that a scan can step them.
    let labels = |k: usize| Labels {
        data: args[k].data.iter().map(|&v| v as usize).collect(),
    };
    match &node.op {
        Op::Custom(_) => arg(1).clone(),
        Op::Hole(_) => Tensor::fill(shape, f64::NAN),
        // Evaluated by `eval_with`, which runs the recurrence: a scan's outputs at its
        // `ScanOut` nodes, its body once per step.
        Op::CarryIn(..) | Op::Scan(_) | Op::ScanOut(_) => Tensor::fill(shape, f64::NAN),
        Op::Step(_, axis) => slice(arg(0), axis.ix(), 0, shape),
        Op::Param(p) => env.params[*p].clone(),
        Op::Input(p) => env.inputs[*p].clone(),
        Op::Noise(i) => env.noises[*i].clone(),
        Op::Labels(l) => Tensor::new(
            shape,
            env.labels[*l].data.iter().map(|&v| v as f64).collect(),
        ),
        Op::Hyper(h) => Tensor::scalar(env.hypers[*h]),
        Op::Const(bits) => Tensor::fill(shape, f64::from_bits(*bits)),
        Op::Size(ds) => {
            Tensor::scalar(ds.iter().map(|&d| env.dims[d.ix()]).product::<usize>() as f64)
        }
        Op::Unary(u) => Tensor::new(shape, arg(0).data.iter().map(|&x| u.eval(x)).collect()),
        Op::Binary(b) => {
            let (a, c) = (arg(0), arg(1));
            Tensor::new(
                shape,
                a.data
                    .iter()
                    .zip(&c.data)
                    .map(|(&x, &y)| b.eval(x, y))
                    .collect(),
            )
        }
        Op::Select(cmp) => {
            let (a, b, x, y) = (arg(0), arg(1), arg(2), arg(3));
            let data = (0..n)
                .map(|j| {
                    if compare(*cmp, a.data[j], b.data[j]) {
                        x.data[j]
                    } else {
                        y.data[j]
                    }
                })
                .collect();
            Tensor::new(shape, data)
        }
        Op::Broadcast(map) => {
            // Input axis i runs along output axis map[i].
            let a = arg(0);
            let st = strides(&a.shape);
            let mut step = vec![0; shape.len()];
            for (i, &m) in map.iter().enumerate() {
                step[m.ix()] += st[i];
            }
            let mut data = Vec::with_capacity(n);
            walk(&shape, [&step], |[o]| data.push(a.data[o]));
            Tensor::new(shape, data)
        }
        Op::Transpose(perm) => {
            // Output axis o is input axis perm[o].
            let a = arg(0);
            let st = strides(&a.shape);
            let step: Vec<usize> = perm.iter().map(|&p| st[p.ix()]).collect();
            let mut data = Vec::with_capacity(n);
            walk(&shape, [&step], |[o]| data.push(a.data[o]));
            Tensor::new(shape, data)
        }
        Op::Reduce(r, axes) => reduce(arg(0), &Axis::positions(axes), *r, shape),
        Op::ArgMask(max, axes) => argmask(arg(0), &Axis::positions(axes), *max),
        Op::Softmax(axes) => softmax(arg(0), &Axis::positions(axes), false),
        Op::LogSoftmax(axes) => softmax(arg(0), &Axis::positions(axes), true),
        Op::Contract { a, b, out } => contract(arg(0), a, arg(1), b, out, shape),
        Op::CrossEntropy | Op::CrossEntropyGrad => {
            let (z, y) = (arg(0), labels(1));
            cross_entropy(z, &y.data, matches!(node.op, Op::CrossEntropyGrad))
        }
        Op::Ctc | Op::CtcGrad => {
            let z = arg(0);
            let (n, t, c) = (z.shape[0], z.shape[1], z.shape[2]);
            let (y, zlen, ylen) = (labels(1), labels(2), labels(3));
            let l = arg(1).shape[1];
            let g = (node.op == Op::CtcGrad).then(|| &arg(4).data[..]);
            let (loss, dz) =
                crate::ctc::eval(&z.data, (n, t, c), &y.data, l, &zlen.data, &ylen.data, g);
            Tensor::new(shape, if g.is_some() { dz } else { loss })
        }
        Op::Conv(d) | Op::ConvData(d) | Op::ConvKernel(d) => {
            // The input's and the kernel's shapes: an argument's, or the node's own.
            let (xs, ks) = match node.op {
                Op::Conv(_) => (&arg(0).shape, &arg(1).shape),
                Op::ConvData(_) => (&shape, &arg(1).shape),
                _ => (&arg(0).shape, &shape),
            };
            let geo = ConvGeometry::of(xs, ks, *d as usize);
            let mut out = vec![0.0; n];
            let (ci, co) = (geo.cin, geo.cout);
            geo.each_tap(|row, tap, src| {
                for i in 0..ci {
                    for o in 0..co {
                        let (xi, ki, oi) = (src * ci + i, (tap * ci + i) * co + o, row * co + o);
                        match node.op {
                            Op::Conv(_) => out[oi] += arg(0).data[xi] * arg(1).data[ki],
                            Op::ConvData(_) => out[xi] += arg(0).data[oi] * arg(1).data[ki],
                            _ => out[ki] += arg(0).data[xi] * arg(1).data[oi],
                        }
                    }
                }
            });
            Tensor::new(shape, out)
        }
        Op::PoolMask(axis, w) | Op::WindowSum(axis, w) | Op::Repeat(axis, w) => {
            let x = arg(0);
            // The longer of the two shapes holds the windows.
            let long = if matches!(node.op, Op::Repeat(..)) {
                &shape
            } else {
                &x.shape
            };
            let gs = window_groups(long, axis.ix(), *w);
            let mut out = vec![0.0; n];
            match node.op {
                Op::PoolMask(..) => {
                    // The first maximal element (a NaN counts as maximal) of each window.
                    let windows = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
                    let mut best: Vec<Option<usize>> = vec![None; windows];
                    for &(o, j) in &gs {
                        let v = x.data[j];
                        best[o] = match best[o] {
                            Some(b) if !(v > x.data[b] || (v.is_nan() && !x.data[b].is_nan())) => {
                                Some(b)
                            }
                            Some(b) if x.data[b].is_nan() => Some(b),
                            _ => Some(j),
                        };
                    }
                    for j in best.into_iter().flatten() {
                        out[j] = 1.0;
                    }
                }
                Op::WindowSum(..) => gs.iter().for_each(|&(o, j)| out[o] += x.data[j]),
                _ => gs.iter().for_each(|&(o, j)| out[j] = x.data[o]),
            }
            Tensor::new(shape, out)
        }
        Op::Gather => {
            // Row `i` of the result is row `y[i]` of `w` (NaN for a label out of range).
            let (w, y) = (arg(0), labels(1));
            let row: usize = w.shape[1..].iter().product();
            let mut data = Vec::with_capacity(n);
            for &v in &y.data {
                for j in 0..row {
                    data.push(w.data.get(v * row + j).copied().unwrap_or(f64::NAN));
                }
            }
            Tensor::new(shape, data)
        }
        Op::ScatterAdd => {
            let (d, y) = (arg(0), labels(1));
            let row: usize = shape[1..].iter().product();
            let mut data = vec![0.0; n];
            for (i, &v) in y.data.iter().enumerate() {
                for j in 0..row {
                    if let Some(o) = data.get_mut(v * row + j) {
                        *o += d.data[i * row + j];
                    }
                }
            }
            Tensor::new(shape, data)
        }
        Op::OneHot => {
            let y = labels(0);
            let c = shape.last().copied().unwrap_or(0);
            let mut data = vec![0.0; n];
            for (i, &v) in y.data.iter().enumerate() {
                if v < c {
                    data[i * c + v] = 1.0;
                }
            }
            Tensor::new(shape, data)
        }
        Op::Slice(axis, k) => slice(arg(0), axis.ix(), *k, shape),
        Op::Unslice(axis, at) => {
            let st = strides(&shape);
            let step: Vec<usize> = (0..shape.len())
                .filter(|&i| i != axis.ix())
                .map(|i| st[i])
                .collect();
            let mut data = vec![0.0; n];
            for (i, k) in at.iter().enumerate() {
                let d = arg(i);
                let base = k * st[axis.ix()];
                let mut j = 0;
                walk(&d.shape, [&step], |[o]| {
                    if let Some(x) = data.get_mut(base + o) {
                        *x = d.data[j];
                    }
                    j += 1;
                });
            }
            Tensor::new(shape, data)
        }
    }
}

/// The elements of `a` at index `k` of `axis`, for every index of the others (NaN past the
/// end).
fn slice(a: &Tensor, axis: usize, k: usize, shape: Vec<usize>) -> Tensor {
    let st = strides(&a.shape);
    let step: Vec<usize> = (0..a.shape.len())
        .filter(|&i| i != axis)
        .map(|i| st[i])
        .collect();
    let base = k * st[axis];
    let mut data = Vec::with_capacity(shape.iter().product());
    walk(&shape, [&step], |[o]| {
        data.push(a.data.get(base + o).copied().unwrap_or(f64::NAN))
    });
    Tensor::new(shape, data)
}

/// Groups the elements of `a` by their kept index: `(output position, element)` pairs in
/// row-major order of `a`.
pub fn groups(a: &Tensor, axes: &[usize]) -> Vec<(usize, usize)> {
    let kept: Vec<usize> = (0..a.shape.len()).filter(|i| !axes.contains(i)).collect();
    let kshape: Vec<usize> = kept.iter().map(|&i| a.shape[i]).collect();
    let kst = strides(&kshape);
    let mut step = vec![0; a.shape.len()];
    for (q, &k) in kept.iter().enumerate() {
        step[k] = kst[q];
    }
    let mut out = Vec::with_capacity(a.data.len());
    walk(&a.shape, [&step], |[o]| {
        let j = out.len();
        out.push((o, j));
    });
    out
}

/// For a tensor of `shape` cut into windows of `w` positions along `axis`: each element's
/// window (row-major over the shape with the axis shortened `w` times) and the element.
pub fn window_groups(shape: &[usize], axis: usize, w: usize) -> Vec<(usize, usize)> {
    let outer: usize = shape[..axis].iter().product();
    let inner: usize = shape[axis + 1..].iter().product();
    let (along, short) = (shape[axis], shape[axis] / w.max(1));
    let mut out = Vec::with_capacity(outer * along * inner);
    for o in 0..outer {
        for a in 0..along {
            for i in 0..inner {
                out.push((
                    (o * short + a / w.max(1)) * inner + i,
                    (o * along + a) * inner + i,
                ));
            }
        }
    }
    out
}

fn reduce(a: &Tensor, axes: &[usize], r: Reduce, shape: Vec<usize>) -> Tensor {
    let n: usize = shape.iter().product();
    let gs = groups(a, axes);
    if r == Reduce::LogSumExp {
        // `m + ln_1p(t)`; an infinite maximum is the result (the log of an empty sum is -inf)
        // unless a NaN is there too.
        let (m, t) = shifted(a, &gs, n);
        let out = m
            .iter()
            .zip(&t)
            .map(|(&m, &t)| {
                if m.is_infinite() && !t.is_nan() {
                    m
                } else {
                    m + t.ln_1p()
                }
            })
            .collect();
        return Tensor::new(shape, out);
    }
    let mut out = vec![
        match r {
            Reduce::Sum | Reduce::LogSumExp => 0.0,
            Reduce::Max => f64::NEG_INFINITY,
            Reduce::Min => f64::INFINITY,
        };
        n
    ];
    for &(o, j) in &gs {
        let x = a.data[j];
        out[o] = match r {
            Reduce::Sum | Reduce::LogSumExp => out[o] + x,
            Reduce::Max => out[o].max(x),
            Reduce::Min => out[o].min(x),
        };
    }
    Tensor::new(shape, out)
}

/// For each group of `axes`, the maximum `m` and `t`, the sum of `exp(x - m)` over the
/// group's elements but its first maximal one, so that `ln(sum(exp(x - m))) = ln_1p(t)` is exact
/// when `t` is tiny (`ln(1 + 1e-13)` is not).
fn shifted(a: &Tensor, gs: &[(usize, usize)], n_out: usize) -> (Vec<f64>, Vec<f64>) {
    let mut m = vec![f64::NEG_INFINITY; n_out];
    for &(o, j) in gs {
        m[o] = m[o].max(a.data[j]);
    }
    let mut first = vec![false; n_out];
    let mut t = vec![0.0; n_out];
    // Each maximal element past the first adds exactly 1 (also when the maximum is infinite).
    for &(o, j) in gs {
        if a.data[j] == m[o] && !first[o] {
            first[o] = true;
        } else if a.data[j] == m[o] {
            t[o] += 1.0;
        } else {
            t[o] += (a.data[j] - m[o]).exp();
        }
    }
    // A group of no maximal element (all NaN, or empty) has no 1 to leave out.
    for o in 0..n_out {
        if !first[o] {
            t[o] -= 1.0;
        }
    }
    (m, t)
}

/// `ln_1p(t) - (z[y] - m)` per row of `z`'s last axis, or with `grad` the derivative
/// The sizes of a convolution over `d` dims, from its input's and kernel's shapes.
struct ConvGeometry {
    batch: usize,
    size: [usize; 2],
    kernel: [usize; 2],
    cin: usize,
    cout: usize,
}

impl ConvGeometry {
    fn of(x: &[usize], k: &[usize], d: usize) -> Self {
        let r = x.len();
        ConvGeometry {
            batch: x[..r - 1 - d].iter().product(),
            size: [x[r - 1 - d], if d == 2 { x[r - 2] } else { 1 }],
            kernel: [k[0], if d == 2 { k[1] } else { 1 }],
            cin: k[d],
            cout: k[d + 1],
        }
    }

    /// Calls `f(row, tap, src)` for every output position `row` (row-major over the batch and
    /// the convolved dims), kernel tap `tap` and the input position `src` it reads, where that
    /// lies inside the input (zero padding elsewhere): `src = (t + s - (KT-1)/2, f + u - (KF-1)/2)`.
    fn each_tap(&self, mut f: impl FnMut(usize, usize, usize)) {
        let [tn, fnn] = self.size;
        let [kt, kf] = self.kernel;
        for b in 0..self.batch {
            for t in 0..tn {
                for q in 0..fnn {
                    for s in 0..kt {
                        for u in 0..kf {
                            let tt = (t + s) as isize - ((kt as isize - 1) / 2);
                            let ff = (q + u) as isize - ((kf as isize - 1) / 2);
                            if tt < 0 || ff < 0 || tt >= tn as isize || ff >= fnn as isize {
                                continue;
                            }
                            let row = (b * tn + t) * fnn + q;
                            let src = (b * tn + tt as usize) * fnn + ff as usize;
                            f(row, s * kf + u, src);
                        }
                    }
                }
            }
        }
    }
}

/// `softmax(z) - onehot(y)`, the label's entry as minus the sum of the others.
fn cross_entropy(z: &Tensor, y: &[usize], grad: bool) -> Tensor {
    let c = *z.shape.last().unwrap_or(&1);
    let gs: Vec<(usize, usize)> = (0..z.data.len()).map(|j| (j / c.max(1), j)).collect();
    let (m, t) = shifted(z, &gs, y.len());
    if !grad {
        let data = (0..y.len())
            .map(|r| {
                if m[r].is_finite() {
                    t[r].ln_1p() - (z.data[r * c + y[r]] - m[r])
                } else {
                    f64::NAN
                }
            })
            .collect();
        return Tensor::new(z.shape[..z.shape.len() - 1].to_vec(), data);
    }
    let mut data: Vec<f64> = (0..z.data.len())
        .map(|j| (z.data[j] - m[j / c]).exp() / (1.0 + t[j / c]))
        .collect();
    for (r, &l) in y.iter().enumerate() {
        if !m[r].is_finite() {
            data[r * c..(r + 1) * c].fill(f64::NAN);
            continue;
        }
        let row = &data[r * c..(r + 1) * c];
        let others: f64 = (0..c).filter(|&j| j != l).map(|j| row[j]).sum();
        data[r * c + l] = -others;
    }
    Tensor::new(z.shape.clone(), data)
}

/// `exp(x - m) / s` (or its log, `(x - m) - ln s`) over `axes`, with `m` the maximum and `s`
/// the sum of `exp(x - m)`; NaN for a group whose maximum is infinite.
fn softmax(a: &Tensor, axes: &[usize], log: bool) -> Tensor {
    let gs = groups(a, axes);
    let n_out = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
    let (m, t) = shifted(a, &gs, n_out);
    let mut data = vec![0.0; a.data.len()];
    for &(o, j) in &gs {
        let d = a.data[j] - m[o];
        data[j] = if !m[o].is_finite() {
            f64::NAN
        } else if log {
            d - t[o].ln_1p()
        } else {
            d.exp() / (1.0 + t[o])
        };
    }
    Tensor::new(a.shape.clone(), data)
}

fn argmask(a: &Tensor, axes: &[usize], max: bool) -> Tensor {
    let gs = groups(a, axes);
    let n_out = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
    let mut best: Vec<Option<usize>> = vec![None; n_out];
    for &(o, j) in &gs {
        let better = match best[o] {
            None => true,
            Some(b) => (max && a.data[j] > a.data[b]) || (!max && a.data[j] < a.data[b]),
        };
        if better {
            best[o] = Some(j);
        }
    }
    let mut data = vec![0.0; a.data.len()];
    for j in best.into_iter().flatten() {
        data[j] = 1.0;
    }
    Tensor::new(a.shape.clone(), data)
}

fn contract(a: &Tensor, ai: &[u8], b: &Tensor, bi: &[u8], oi: &[u8], shape: Vec<usize>) -> Tensor {
    // Every label with its size, then a loop over all assignments.
    let mut labels: Vec<u8> = oi.to_vec();
    for &l in ai.iter().chain(bi) {
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    let size_of = |l: u8| -> usize {
        if let Some(p) = ai.iter().position(|&x| x == l) {
            a.shape[p]
        } else {
            b.shape[bi.iter().position(|&x| x == l).unwrap_or(0)]
        }
    };
    let sizes: Vec<usize> = labels.iter().map(|&l| size_of(l)).collect();
    // Each operand's offset moves by its stride along every label it carries (summed when a
    // label repeats in it).
    let step = |set: &[u8], st: &[usize]| -> Vec<usize> {
        let mut s = vec![0; labels.len()];
        for (&l, &w) in set.iter().zip(st) {
            s[labels.iter().position(|&x| x == l).unwrap_or(0)] += w;
        }
        s
    };
    let (sa, sb, so) = (
        step(ai, &strides(&a.shape)),
        step(bi, &strides(&b.shape)),
        step(oi, &strides(&shape)),
    );
    let mut out = vec![0.0; shape.iter().product()];
    walk(&sizes, [&sa, &sb, &so], |[ja, jb, jo]| {
        out[jo] += a.data[ja] * b.data[jb];
    });
    Tensor::new(shape, out)
}
