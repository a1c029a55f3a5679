//! The compile-time gradient check: the derived gradient of every param, evaluated by the f64
//! interpreter at seeded random points, against central differences of the loss. A
//! disagreement is located at the first rule that disagrees with differences of its own op.

use crate::ast::{ItemKind, Model, Spans};
use crate::declare::Decls;
use crate::diag::Diags;
use crate::grad::Site;
use crate::interp::{eval, eval_node, eval_with, held, Env, Labels, Tensor};
use crate::ir::{DimId, Graph, Id, Program};
use crate::op::Op;
use std::collections::HashMap;

/// xorshift64: a small seeded generator, so that the check is the same on every build.
pub struct Rng(pub u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed
            .wrapping_mul(2654435761)
            .wrapping_add(88172645463325252)
            | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Uniform in (-1.5, 1.5), at least 0.05 away from 0 so that kinks at 0 are not hit.
    pub fn value(&mut self) -> f64 {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let v = 3.0 * u - 1.5;
        if v.abs() < 0.05 {
            v + 0.1_f64.copysign(v)
        } else {
            v
        }
    }
}

/// Random params and inputs, labels in range, hypers at their defaults (0.5 without one), and
/// every free dim at a size from 2 to 4.
#[cfg(test)]
pub fn random_env(g: &Graph, decls: &Decls, seed: u64) -> Env {
    random_env_sized(g, decls, seed, &default_sizes(decls))
}

/// Fixed dims at their sizes, free dims from 2 to 4.
pub fn default_sizes(decls: &Decls) -> Vec<usize> {
    let mut sizes: Vec<usize> = decls
        .dims
        .iter()
        .enumerate()
        .map(|(i, d)| d.fixed.unwrap_or(2 + (i * 7 + 1) % 3))
        .collect();
    fit_pooled(decls, &mut sizes);
    sizes
}

/// Sizes that a `maxpool[F -> P, w]` accepts: a free `F` a multiple of `w` (rounded up), and
/// `P` its size over `w`.
pub fn fit_pooled(decls: &Decls, sizes: &mut [usize]) {
    for d in &decls.dims {
        if let Some((f, w)) = d.pooled {
            if decls.dims[f.ix()].fixed.is_none() {
                sizes[f.ix()] = sizes[f.ix()].div_ceil(w).max(1) * w;
            }
        }
    }
    for (i, d) in decls.dims.iter().enumerate() {
        if let Some((f, w)) = d.pooled {
            sizes[i] = sizes[f.ix()] / w;
        }
    }
}

/// The work of the whole check, over all its evaluations of the program: at most this many
/// element operations (and multiply-adds), about 50 ms in the interpreter. Above it, free
/// dims shrink to 2 and then to 1; a model whose fixed dims alone exceed it is not checked at
/// expansion (its run-time `gradcheck` still is). Without the bound, a chain of products of
/// rank-3 tensors (whose rank grows with every product) took seconds to expand.
pub const BUDGET: f64 = 4e6;

/// Evaluations of the program per checked param: the gradient and four losses per point.
pub const EVALS_PER_PARAM: f64 = 5.0 * POINTS as f64;

/// The interpreter's work for one evaluation of the live nodes at these sizes: each node's
/// elements and its arguments', or for a contraction the product of all its index sizes.
pub fn work(g: &Graph, live: &[bool], sizes: &[usize]) -> f64 {
    let size = |s: &[DimId]| s.iter().map(|&d| sizes[d.ix()] as f64).product::<f64>();
    (0..g.nodes.len())
        .filter(|&i| live[i])
        .map(|i| {
            let n = &g.nodes[i];
            match &n.op {
                Op::Contract { a, b, .. } => {
                    let mut index: HashMap<u8, f64> = HashMap::new();
                    for (labels, arg) in [(a, n.args[0]), (b, n.args[1])] {
                        for (&l, &d) in labels.iter().zip(g.shape(arg)) {
                            index.insert(l, sizes[d.ix()] as f64);
                        }
                    }
                    index.values().product::<f64>()
                }
                _ => size(&n.shape) + n.args.iter().map(|&a| size(g.shape(a))).sum::<f64>(),
            }
        })
        .sum()
}

/// The least size of each dim at which the program is defined: one past the largest index a
/// slice `x[G = k]` reads.
pub fn least_sizes(g: &Graph, dims: usize) -> Vec<usize> {
    let mut least = vec![0; dims];
    for n in &g.nodes {
        if let Op::Slice(axis, at) = n.op {
            let d = g.shape(n.args[0])[axis.ix()];
            least[d.ix()] = least[d.ix()].max(at + 1);
        }
    }
    least
}

/// Dim sizes that keep `evals` evaluations within [`BUDGET`], or `None`.
pub fn sizes_within_budget(
    g: &Graph,
    decls: &Decls,
    live: &[bool],
    evals: f64,
) -> Option<Vec<usize>> {
    let default = default_sizes(decls);
    let least = least_sizes(g, decls.dims.len());
    [None, Some(2), Some(1)].into_iter().find_map(|free| {
        let sizes: Vec<usize> = decls
            .dims
            .iter()
            .zip(&default)
            .zip(&least)
            .map(|((d, &n), &least)| match (d.fixed, free) {
                (None, Some(f)) => f.max(least),
                (None, None) => n.max(least),
                _ => n,
            })
            .collect();
        let mut sizes = sizes;
        fit_pooled(decls, &mut sizes);
        (evals * work(g, live, &sizes) <= BUDGET).then_some(sizes)
    })
}

/// Random params and inputs at these dim sizes, as [`random_env`]; the targets and lengths of
/// `g`'s `ctc` nodes ones that can be aligned.
fn random_env_sized(g: &Graph, decls: &Decls, seed: u64, dims: &[usize]) -> Env {
    let mut rng = Rng::new(seed);
    let dims = dims.to_vec();
    let tensor = |ds: &[DimId], rng: &mut Rng| {
        let shape: Vec<usize> = ds.iter().map(|&d| dims[d.ix()]).collect();
        let n = shape.iter().product();
        Tensor::new(shape, (0..n).map(|_| rng.value()).collect())
    };
    let mut env = Env {
        dims: dims.clone(),
        ..Env::default()
    };
    for p in &decls.params {
        env.params.push(tensor(&p.dims, &mut rng));
    }
    for i in &decls.inputs {
        match i.labels {
            None => env.inputs.push(tensor(&i.dims, &mut rng)),
            Some(l) => {
                let n = i.dims.iter().map(|&d| dims[d.ix()]).product();
                let data = (0..n)
                    .map(|_| (rng.next_u64() % dims[l.ix()].max(1) as u64) as usize)
                    .collect();
                env.labels.push(Labels { data });
            }
        }
    }
    for h in &decls.hypers {
        env.hypers.push(h.default.unwrap_or(0.5));
    }
    // One draw of each noise item, held while the params move.
    for n in &decls.noises {
        let value = |v: crate::declare::Value| match v {
            crate::declare::Value::Num(x) => x,
            crate::declare::Value::Hyper(h) => env.hypers[h],
        };
        let shape: Vec<usize> = n.dims.iter().map(|&d| dims[d.ix()]).collect();
        let count: usize = shape.iter().product();
        let uniform = |rng: &mut Rng| (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let data: Vec<f64> = match n.dist {
            crate::declare::NoiseKind::Bernoulli(p) => {
                let p = value(p);
                (0..count)
                    .map(|_| if uniform(&mut rng) < p { 1.0 } else { 0.0 })
                    .collect()
            }
            crate::declare::NoiseKind::Normal(m, s) => {
                let (m, s) = (value(m), value(s));
                (0..count)
                    .map(|_| {
                        // Box and Muller's transform of two uniform draws.
                        let (u, v) = (uniform(&mut rng).max(1e-300), uniform(&mut rng));
                        m + s * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
                    })
                    .collect()
            }
        };
        env.noises.push(Tensor::new(shape, data));
    }
    crate::ctc::make_env_valid(g, &mut env, &mut rng);
    env
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// A derived directional derivative against two central differences (steps h and h/4). `None`
/// when the differences disagree with each other (a kink or a non-finite value lies within
/// reach); else whether the derived value disagrees with them.
fn disagrees(derived: f64, fd: impl Fn(f64) -> f64, scale: f64) -> Option<(bool, f64)> {
    let h = 1e-5;
    let (a, b) = (fd(h), fd(h / 4.0));
    if !(a.is_finite() && b.is_finite() && derived.is_finite()) {
        return None;
    }
    let noise = 1e-9 * (1.0 + scale);
    if (a - b).abs() > 1e-5 * a.abs().max(b.abs()) + noise {
        return None;
    }
    Some((
        (derived - b).abs() > 1e-4 * derived.abs().max(b.abs()) + noise,
        b,
    ))
}

const POINTS: u64 = 3;

/// Checks every param's gradient; reports each failure into `diags`, locating the rule at fault
/// among `sites` (where `grad` applied each rule). Returns the dim sizes it evaluated at, or
/// `None` when the model is too large to check at expansion.
pub fn check(
    model: &Model,
    decls: &Decls,
    prog: &Program,
    sites: &[Site],
    diags: &mut Diags,
) -> Option<Vec<usize>> {
    let g = &prog.graph;
    let skip = surrogate_params(g, prog.loss);
    let live = g.reachable(std::iter::once(prog.loss).chain(prog.grads.iter().flatten().copied()));
    let checked = (prog.grads.iter().zip(&skip))
        .filter(|(grad, skip)| grad.is_some() && !**skip)
        .count();
    let sizes = sizes_within_budget(g, decls, &live, checked as f64 * EVALS_PER_PARAM)?;
    for (p, grad) in prog.grads.iter().enumerate() {
        let Some(grad) = *grad else { continue };
        if skip[p] {
            continue;
        }
        for seed in 0..POINTS {
            let env = random_env_sized(g, decls, seed * 7919 + p as u64, &sizes);
            let vals = eval(g, &env, &[prog.loss, grad]);
            let loss0 = vals[prog.loss.ix()]
                .as_ref()
                .map_or(f64::NAN, |t| t.data[0]);
            if !loss0.is_finite() {
                continue;
            }
            let gv = &vals[grad.ix()].as_ref().expect("grad evaluated").data;
            let held = held(g, &vals);
            let mut rng = Rng::new(seed + 101);
            let v: Vec<f64> = (0..gv.len()).map(|_| rng.value()).collect();
            let loss_at = |h: f64| {
                let mut e = env.clone();
                for (x, d) in e.params[p].data.iter_mut().zip(&v) {
                    *x += h * d;
                }
                eval_with(g, &e, &[prog.loss], &held)[prog.loss.ix()]
                    .as_ref()
                    .map_or(f64::NAN, |t| t.data[0])
            };
            let derived = dot(gv, &v);
            let fd = |h: f64| (loss_at(h) - loss_at(-h)) / (2.0 * h);
            if let Some((true, numeric)) = disagrees(derived, fd, loss0.abs()) {
                let culprit = locate(model, prog, sites, p, &env);
                report(decls, culprit, p, derived, numeric, diags);
                break;
            }
        }
    }
    Some(sizes)
}

/// Params whose gradient passes through a `#[nocheck]` function: their check is skipped.
fn surrogate_params(g: &Graph, loss: Id) -> Vec<bool> {
    let live = g.reachable([loss]);
    let n_params = g.names.params.len();
    let mut skip = vec![false; n_params];
    for (i, n) in g.nodes.iter().enumerate() {
        if let Op::Custom(site) = n.op {
            if live[i] && g.customs[site as usize].nocheck {
                let below = g.reachable([n.args[0]]);
                for (j, m) in g.nodes.iter().enumerate() {
                    if let Op::Param(p) = m.op {
                        skip[p] |= below[j];
                    }
                }
            }
        }
    }
    skip
}

/// A custom derivative or rule that disagrees with differences of its own op, at `env`.
struct Culprit {
    what: String,
    spans: Option<Spans>,
    derived: f64,
    numeric: f64,
}

fn report(
    decls: &Decls,
    culprit: Option<Culprit>,
    p: usize,
    derived: f64,
    numeric: f64,
    diags: &mut Diags,
) {
    let pname = &decls.params[p].name;
    match culprit {
        Some(c) => {
            let msg = format!(
                "gradient check failed for param `{pname}`: {} gives {:.6e} but finite \
                 differences give {:.6e} (a directional derivative at a random point)",
                c.what, c.derived, c.numeric
            );
            match c.spans {
                Some(s) => diags.error(s, msg),
                None => diags.at(pname.span(), msg),
            }
        }
        None => diags.at(
            pname.span(),
            format!(
                "gradient check failed for param `{pname}`: the derived gradient gives {derived:.6e} \
                 but finite differences give {numeric:.6e} (a directional derivative at a random point)"
            ),
        ),
    }
}

/// The first rule on the param's path that disagrees with differences of its own op.
fn locate(model: &Model, prog: &Program, sites: &[Site], p: usize, env: &Env) -> Option<Culprit> {
    let g = &prog.graph;
    let param_node = g.nodes.iter().position(|n| n.op == Op::Param(p))?;
    let roots: Vec<Id> = sites
        .iter()
        .flat_map(|s| [s.adj, s.contrib, s.node])
        .collect();
    let vals = eval(g, env, &roots);
    let held = held(g, &vals);
    // Custom derivatives first: they are the rules users write.
    let mut order: Vec<&Site> = sites.iter().collect();
    order.sort_by_key(|s| !matches!(g.node(s.node).op, Op::Custom(_)));
    for site in order {
        let node = g.node(site.node);
        let x = node.args[site.arg];
        if !g.reachable([x])[param_node] {
            continue;
        }
        let mut rng = Rng::new(site.node.0 as u64 + 17);
        let (Some(xv), Some(adj)) = (vals[x.ix()].as_ref(), vals[site.adj.ix()].as_ref()) else {
            continue;
        };
        let adj_shape = adj.shape.clone();
        let gy = Tensor::new(
            adj_shape.clone(),
            (0..adj_shape.iter().product())
                .map(|_| rng.value())
                .collect(),
        );
        let dir: Vec<f64> = (0..xv.data.len()).map(|_| rng.value()).collect();
        // The rule's output for the random incoming gradient.
        let given: HashMap<Id, Tensor> = [(site.adj, gy.clone())].into_iter().collect();
        let Some(contrib) = eval_with(g, env, &[site.contrib], &given)[site.contrib.ix()].clone()
        else {
            continue;
        };
        let derived = dot(&contrib.data, &dir);
        let custom = matches!(node.op, Op::Custom(_));
        // The op's value with its argument moved along `dir`: for a custom function, through
        // its inlined body; for a built-in op, the op alone.
        let value_at = |h: f64| -> f64 {
            let moved = Tensor::new(
                xv.shape.clone(),
                xv.data.iter().zip(&dir).map(|(a, d)| a + h * d).collect(),
            );
            let y = if custom {
                let mut given = held.clone();
                given.insert(x, moved);
                eval_with(g, env, &[site.node], &given)[site.node.ix()].clone()
            } else {
                let args: Vec<Tensor> = node
                    .args
                    .iter()
                    .enumerate()
                    .map(|(k, a)| {
                        if k == site.arg {
                            moved.clone()
                        } else {
                            vals[a.ix()]
                                .clone()
                                .unwrap_or_else(|| Tensor::scalar(f64::NAN))
                        }
                    })
                    .collect();
                let refs: Vec<&Tensor> = args.iter().collect();
                Some(eval_node(g, env, site.node, &refs))
            };
            y.map_or(f64::NAN, |y| dot(&y.data, &gy.data))
        };
        if node.args.iter().any(|a| vals[a.ix()].is_none()) && !custom {
            continue;
        }
        let fd = |h: f64| (value_at(h) - value_at(-h)) / (2.0 * h);
        if let Some((true, numeric)) = disagrees(derived, fd, 1.0) {
            let (what, spans) = match node.op {
                Op::Custom(site_ix) => {
                    let func = &g.customs[site_ix as usize].func;
                    let spans = model.items.iter().find_map(|it| match &it.kind {
                        ItemKind::Fn {
                            name,
                            grad: Some((_, d)),
                            ..
                        } if name == func => Some(Spans::one(name.span()).to(d.spans)),
                        _ => None,
                    });
                    (format!("the custom derivative of `{func}`"), spans)
                }
                _ => (
                    format!("the derivative rule of `{}`", g.op_text(site.node)),
                    None,
                ),
            };
            return Some(Culprit {
                what,
                spans,
                derived,
                numeric,
            });
        }
    }
    None
}
