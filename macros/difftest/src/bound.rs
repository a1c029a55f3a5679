//! How far f32 arithmetic may move each value of a program from its f64 value: a first-order
//! running error bound, evaluated in f64 beside the values (Wilkinson's running error analysis).
//!
//! Leaves are exact (the f32 inputs themselves), constants carry the rounding of their
//! literal, and every node adds its own rounding (`c` ulps of its value, with `c` the op's
//! accuracy: 1 for correctly rounded arithmetic, 8 for `rheano::vmath`'s functions, the number
//! of terms for sums and products) to the errors of its arguments carried through its
//! derivative. The bound depends on the program's formula, not only on the function it
//! computes: that is the point, since the f32 code runs that formula.
//!
//! A comparison whose operands are within their bounds of each other (and not both exact)
//! could go either way in f32: a kink within rounding, which [`Bounds::kinks`] counts.

use rheano_compiler::interp::{eval_node, groups, stack_steps, window_groups, Env, Tensor};
use rheano_compiler::ir::{Axis, Graph, Id};
use rheano_compiler::op::{compare, Binary, Op, Reduce, Unary};

/// The f32 unit roundoff, 2^-24.
pub const U: f64 = 1.0 / 16_777_216.0;

/// The spacing of f32's subnormal numbers, 2^-149: the least error of a rounding.
const TINY: f64 = 1.401_298_464_324_817e-45;

/// The values of a program's nodes, their error bounds, and what the values say about f32.
pub struct Bounds {
    pub err: Vec<Option<Tensor>>,
    /// Nodes at which a comparison could go either way in f32.
    pub kinks: Vec<Id>,
    /// Nodes with a finite f64 value beyond f32's range, which overflows in f32.
    pub overflows: Vec<Id>,
    /// The elements of the kinks of rounding at which a comparison could go either way (the
    /// flips that a step may cause are whole nodes, in `kinks` only).
    pub kinks_at: Vec<(Id, Vec<usize>)>,
    /// The elements of `overflows` that overflow.
    pub overflows_at: Vec<(Id, Vec<usize>)>,
    /// Inside scans' bodies: (the scan, the step by the order it runs in, the body's node, the
    /// elements that overflow there), for [`crate::downstream`] to follow step by step.
    pub overflows_in_steps: Vec<InStep>,
    /// Inside scans' bodies, the elements of comparisons within rounding, as above.
    pub kinks_in_steps: Vec<InStep>,
    /// (A step's bounds.) The step's effect on a value inside a scan's body is below f64's
    /// resolution of that value at some step (see `magnitudes`).
    pub lost: bool,
}

/// A finding inside a scan's body: the scan, the step (in the order the steps run), the body's
/// node, and its elements.
pub type InStep = (Id, usize, Id, Vec<usize>);

fn map2(a: &Tensor, b: &Tensor, f: impl Fn(f64, f64) -> f64) -> Tensor {
    Tensor::new(
        a.shape.clone(),
        a.data.iter().zip(&b.data).map(|(&x, &y)| f(x, y)).collect(),
    )
}

fn abs(t: &Tensor) -> Tensor {
    Tensor::new(t.shape.clone(), t.data.iter().map(|v| v.abs()).collect())
}

/// The rounding of a result of value `v` by an op accurate to `c` ulps; values below f32's
/// smallest normal number may be flushed to 0 by the vectorized functions.
fn own(unit: f64, v: f64, c: f64) -> f64 {
    if !v.is_finite() || unit == 0.0 {
        return 0.0;
    }
    let floor = if c > 1.0 {
        f32::MIN_POSITIVE as f64
    } else {
        TINY
    };
    c * unit * v.abs() + floor
}

/// The accuracy in ulps of each elementwise function as the generated code computes it.
fn ulps(u: Unary) -> f64 {
    match u {
        Unary::Neg | Unary::Abs | Unary::Relu | Unary::Sign | Unary::Detach => 0.0,
        Unary::Sqrt | Unary::Square => 1.0,
        Unary::Exp
        | Unary::Log
        | Unary::Tanh
        | Unary::Sigmoid
        | Unary::Softplus
        | Unary::Sin
        | Unary::Cos
        | Unary::Log1p
        | Unary::Expm1
        | Unary::Erf => 8.0,
    }
}

/// `|f'(x)|` for each elementwise function; infinite where the error carried would exceed
/// half the distance to a pole (first order no longer bounds it).
fn slope(u: Unary, x: f64, e: f64) -> f64 {
    let near_pole = |d: f64| {
        if e >= 0.5 * d.abs() {
            f64::INFINITY
        } else {
            1.0
        }
    };
    match u {
        Unary::Neg | Unary::Abs | Unary::Detach => 1.0,
        Unary::Relu => {
            if x + e > 0.0 {
                1.0
            } else {
                0.0
            }
        }
        Unary::Sign => 0.0,
        Unary::Exp | Unary::Expm1 => (x + e).exp(),
        Unary::Log => near_pole(x) / (x.abs() - e).max(0.0),
        Unary::Log1p => near_pole(1.0 + x) / ((1.0 + x).abs() - e).max(0.0),
        Unary::Sqrt => near_pole(x) / (2.0 * (x.abs() - e).max(0.0).sqrt()),
        Unary::Tanh => 1.0 - x.tanh().powi(2),
        Unary::Sigmoid => {
            let s = Unary::Sigmoid.eval(x);
            s * (1.0 - s)
        }
        Unary::Softplus => Unary::Sigmoid.eval(x),
        Unary::Sin | Unary::Cos => 1.0,
        Unary::Square => 2.0 * (x.abs() + e),
        Unary::Erf => {
            let nearest = (x.abs() - e).max(0.0);
            std::f64::consts::FRAC_2_SQRT_PI * (-nearest * nearest).exp()
        }
    }
}

/// `true` if f32 holds `v` exactly.
fn in_f32(v: f64) -> bool {
    v.is_finite() && v as f32 as f64 == v
}

/// The exponent of the lowest set bit of `v` (nonzero, finite): `v` is a multiple of 2^that.
fn low_bit(v: f64) -> i32 {
    let bits = v.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let mant = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp == 0 {
        (mant, -1074)
    } else {
        (mant | (1u64 << 52), exp - 1075)
    };
    exp + mant.trailing_zeros() as i32
}

/// `true` if every sum of the exact f32 values `xs`, in any order, is exact in f32: they are
/// multiples of one power of 2 whose 2^24 multiple bounds the sum of their magnitudes (times
/// `terms`).
fn exact_sum(xs: &[f64], terms: usize) -> bool {
    if xs.iter().any(|&x| !in_f32(x)) {
        return false;
    }
    let nonzero = xs.iter().filter(|&&x| x != 0.0);
    let Some(low) = nonzero.clone().map(|&x| low_bit(x)).min() else {
        return true;
    };
    let total: f64 = nonzero.map(|x| x.abs()).sum::<f64>() * terms as f64;
    total < 2f64.powi(24 + low)
}

/// `true` if a contraction of exact operands is exact in f32: every product is, and so is every
/// partial sum of them (a bound from the operands' lowest bits and magnitudes).
fn exact_products(a: &Tensor, b: &Tensor, out: &Tensor) -> bool {
    if !a.data.iter().chain(&b.data).all(|&x| in_f32(x)) {
        return false;
    }
    let low = |t: &Tensor| {
        t.data
            .iter()
            .filter(|&&x| x != 0.0)
            .map(|&x| low_bit(x))
            .min()
    };
    let (Some(la), Some(lb)) = (low(a), low(b)) else {
        return true;
    };
    let max = |t: &Tensor| t.data.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    let k = (a.data.len().max(1) * b.data.len().max(1)) as f64 / out.data.len().max(1) as f64;
    let k = k.sqrt().ceil().max(1.0);
    k * max(a) * max(b) < 2f64.powi(24 + la + lb)
}

/// How far the argument of an elementwise function may move for it to stay close to linear.
fn linear_range(u: Unary, x: f64) -> f64 {
    match u {
        Unary::Neg | Unary::Abs | Unary::Relu | Unary::Sign | Unary::Square | Unary::Detach => {
            f64::INFINITY
        }
        Unary::Exp | Unary::Expm1 | Unary::Sin | Unary::Cos => 1.0,
        Unary::Tanh | Unary::Sigmoid | Unary::Softplus | Unary::Erf => 1.0,
        Unary::Log | Unary::Sqrt => x.abs(),
        Unary::Log1p => (1.0 + x).abs(),
    }
}

/// The magnitude each value is resolved against in f64: its own absolute value, but for a sum
/// or a product contraction the same sum of the terms' absolute values, which its partial sums
/// may reach however much the terms cancel (`1e-32 + 0.5 - 0.5` loses the `1e-32`).
pub fn magnitudes(g: &Graph, env: &Env, vals: &[Option<Tensor>]) -> Vec<Option<Tensor>> {
    (0..g.nodes.len())
        .map(|i| {
            let v = vals[i].as_ref()?;
            let id = Id(i as u32);
            let args: Option<Vec<&Tensor>> = g
                .node(id)
                .args
                .iter()
                .map(|a| vals[a.ix()].as_ref())
                .collect();
            Some(magnitude(g, env, id, &args?, v))
        })
        .collect()
}

/// `true` if `a` and `b` could compare either way in f32: within their bounds of each other,
/// and not both exact.
fn near(a: f64, b: f64, ea: f64, eb: f64) -> bool {
    ea + eb > 0.0 && (a - b).abs() <= ea + eb
}

/// What one node's bound found besides the bound: whether a comparison (or a step's effect) may
/// flip, the elements at which it may, and the elements that overflow f32.
#[derive(Default)]
struct Found {
    kink: bool,
    kinks_at: Vec<usize>,
    overflow_at: Vec<usize>,
}

/// The bound of node `id` of value `v`, from its arguments' values and bounds; with `step` (one
/// param entry moved by `h`) the leaves' own, and with `unit` the unit roundoff each op's
/// rounding.
#[allow(clippy::too_many_arguments)]
fn node_bound(
    g: &Graph,
    env: &Env,
    id: Id,
    args: &[&Tensor],
    eargs: &[&Tensor],
    v: &Tensor,
    step: Option<(usize, usize, f64)>,
    unit: f64,
    found: &mut Found,
) -> Tensor {
    let node = g.node(id);
    // A finite value past f32's range, or an infinity made of finite values (f64
    // overflowed too, and which infinity or NaN comes of it depends on the order of
    // the operations).
    let finite_args = args.iter().all(|t| t.data.iter().all(|x| x.is_finite()));
    // A sum's or a product's partial sums may pass f32's range however much its terms
    // cancel: the sum of the terms' absolute values bounds them.
    let partial = match node.op {
        Op::Reduce(Reduce::Sum, _) | Op::Contract { .. } => {
            let a: Vec<Tensor> = args.iter().map(|t| abs(t)).collect();
            let refs: Vec<&Tensor> = a.iter().collect();
            Some(eval_node(g, env, id, &refs))
        }
        _ => None,
    };
    let over: Vec<usize> = (0..v.data.len())
        .filter(|&j| {
            let x = v.data[j];
            let m = partial.as_ref().map_or(0.0, |p| p.data[j]);
            (x.is_finite() && x.abs() > f32::MAX as f64)
                || (x.is_finite() && m.is_finite() && m > f32::MAX as f64)
                || (x.is_infinite() && finite_args && !node.args.is_empty())
        })
        .collect();
    found.overflow_at = over;
    let arg = |k: usize| args[k];
    let earg = |k: usize| eargs[k];
    let zeros = || Tensor::fill(v.shape.clone(), 0.0);
    match &node.op {
        Op::Param(p) => {
            let mut e = zeros();
            if let Some((k, j, h)) = step {
                if *p == k {
                    e.data[j] = h;
                }
            }
            e
        }
        Op::Input(_) | Op::Noise(_) | Op::Labels(_) | Op::Hyper(_) | Op::Size(_) => zeros(),
        Op::Const(bits) => {
            let c = f64::from_bits(*bits);
            let exact = c as f32 as f64 == c;
            Tensor::fill(v.shape.clone(), if exact { 0.0 } else { own(unit, c, 1.0) })
        }
        Op::Hole(_) => zeros(),
        Op::Custom(_) => earg(1).clone(),
        // Values moved, not computed: each carries its own error.
        Op::Gather | Op::Slice(..) | Op::Unslice(..) => {
            let mut with: Vec<&Tensor> = vec![earg(0)];
            with.extend(&args[1..]);
            eval_node(g, env, id, &with)
        }
        Op::OneHot => zeros(),
        // Not modelled yet (the sample draws no scans): no bound at all.
        Op::CarryIn(..) | Op::Step(..) | Op::Scan(_) | Op::ScanOut(_) => {
            Tensor::fill(v.shape.clone(), f64::INFINITY)
        }
        // Rows added in f32, at most one term per index.
        Op::ScatterAdd => {
            let (d, y) = (arg(0), arg(1));
            let carried = eval_node(g, env, id, &[earg(0), y]);
            let mag = eval_node(g, env, id, &[&abs(d), y]);
            let terms = y.data.len() as f64;
            map2(&carried, &mag, |c, m| {
                c + terms * unit * m + own(unit, m, 1.0)
            })
        }
        // The differences hold a `detach` at its value: a step does not pass it.
        Op::Unary(Unary::Detach) if step.is_some() => zeros(),
        Op::Unary(u) => {
            let (x, ex) = (arg(0), earg(0));
            // A step that moves the argument past the function's linear range (a
            // sine's period, an exponential's unit, a logarithm's own size) is not
            // small for it.
            if step.is_some()
                && x.data
                    .iter()
                    .zip(&ex.data)
                    .any(|(&x, &e)| e > 1e-2 * linear_range(*u, x))
            {
                found.kink = true;
            }
            if *u == Unary::Sign {
                let near0: Vec<usize> = (0..x.data.len())
                    .filter(|&j| near(x.data[j], 0.0, ex.data[j], 0.0))
                    .collect();
                if !near0.is_empty() {
                    found.kink = true;
                    found.kinks_at.extend(near0);
                }
            }
            let c = ulps(*u);
            Tensor::new(
                v.shape.clone(),
                (0..v.data.len())
                    .map(|j| {
                        let (xj, ej) = (x.data[j], ex.data[j]);
                        if ej == 0.0 && c <= 1.0 && in_f32(v.data[j]) {
                            return 0.0;
                        }
                        let carried = if ej == 0.0 {
                            0.0
                        } else {
                            slope(*u, xj, ej) * ej
                        };
                        carried
                            + if c == 0.0 {
                                0.0
                            } else {
                                own(unit, v.data[j], c)
                            }
                    })
                    .collect(),
            )
        }
        Op::Binary(b) => {
            let (a, c) = (arg(0), arg(1));
            let (ea, ec) = (earg(0), earg(1));
            // A step that moves a divisor, or a power's base, by a hundredth of itself.
            let coarse = match b {
                Binary::Div => (0..c.data.len()).any(|j| ec.data[j] > 1e-2 * c.data[j].abs()),
                Binary::Pow => (0..a.data.len()).any(|j| ea.data[j] > 1e-2 * a.data[j].abs()),
                _ => false,
            };
            if step.is_some() && coarse {
                found.kink = true;
            }
            Tensor::new(
                v.shape.clone(),
                (0..v.data.len())
                    .map(|j| {
                        let (x, y, ex, ey) = (a.data[j], c.data[j], ea.data[j], ec.data[j]);
                        let r = v.data[j];
                        // A correctly rounded result of exact operands is exact where
                        // f32 holds it.
                        if ex == 0.0
                            && ey == 0.0
                            && matches!(b, Binary::Add | Binary::Sub | Binary::Mul | Binary::Div)
                            && in_f32(r)
                        {
                            return 0.0;
                        }
                        match b {
                            Binary::Add | Binary::Sub => ex + ey + own(unit, r, 1.0),
                            Binary::Mul => {
                                y.abs() * ex + x.abs() * ey + ex * ey + own(unit, r, 1.0)
                            }
                            Binary::Div => {
                                if ey >= 0.5 * y.abs() {
                                    f64::INFINITY
                                } else {
                                    let d = y.abs() - ey;
                                    ex / d + (x.abs() + ex) * ey / (d * d) + own(unit, r, 1.0)
                                }
                            }
                            Binary::Max | Binary::Min => {
                                if near(x, y, ex, ey) {
                                    ex.max(ey) + (x - y).abs()
                                } else if (r == y) != (r == x) && r == y {
                                    ey
                                } else {
                                    ex
                                }
                            }
                            // Near 0 with a power below 1, the slope has a pole.
                            Binary::Pow if y < 1.0 && ex >= 0.5 * x.abs() && ex > 0.0 => {
                                f64::INFINITY
                            }
                            Binary::Pow => {
                                let d = (y * (x.abs() + ex).powf(y - 1.0)).abs();
                                let carried = if ex == 0.0 { 0.0 } else { d * ex };
                                carried + own(unit, r, 8.0 + y.abs())
                            }
                        }
                    })
                    .collect(),
            )
        }
        Op::Select(cmp) => {
            let (p, q) = (arg(0), arg(1));
            let (ep, eq) = (earg(0), earg(1));
            let ties: Vec<usize> = (0..p.data.len())
                .filter(|&j| near(p.data[j], q.data[j], ep.data[j], eq.data[j]))
                .collect();
            if !ties.is_empty() {
                found.kink = true;
                found.kinks_at.extend(ties);
            }
            // The chosen branch's bound.
            let (ex, ey) = (earg(2), earg(3));
            Tensor::new(
                v.shape.clone(),
                (0..v.data.len())
                    .map(|j| {
                        if compare(*cmp, p.data[j], q.data[j]) {
                            ex.data[j]
                        } else {
                            ey.data[j]
                        }
                    })
                    .collect(),
            )
        }
        Op::Broadcast(_) | Op::Transpose(_) => eval_node(g, env, id, &[earg(0)]),
        Op::Reduce(Reduce::Sum, axes) => {
            let x = arg(0);
            // As the generated loops sum: a total over every axis in 8 f32 lanes per row
            // (rows of the last axis, or of 4096 elements), rows added in f64; a partial
            // sum in f32, term by term.
            let n: usize = axes.iter().map(|&a| x.shape[a.ix()]).product();
            let terms = if axes.len() == x.shape.len() {
                let last = x.shape.last().copied().unwrap_or(1);
                (n.min(4096).max(last) / 8 + 4) as f64
            } else {
                n as f64
            };
            let carried = eval_node(g, env, id, &[earg(0)]);
            if unit > 0.0 && earg(0).data.iter().all(|&e| e == 0.0) && exact_sum(&x.data, 1) {
                carried
            } else {
                let mag = eval_node(g, env, id, &[&abs(x)]);
                map2(&carried, &mag, |c, m| {
                    c + terms * unit * m + own(unit, m, 1.0)
                })
            }
        }
        // Continuous, with slope 1: within the largest bound of its group.
        Op::Reduce(Reduce::Max | Reduce::Min, axes) => {
            let mut out = vec![0.0f64; v.data.len()];
            for (o, j) in groups(arg(0), &Axis::positions(axes)) {
                out[o] = out[o].max(earg(0).data[j]);
            }
            Tensor::new(v.shape.clone(), out)
        }
        Op::ArgMask(..) | Op::PoolMask(..) => {
            // 1 at the first extremal element of each group: it flips if another
            // element is within rounding of it.
            let (x, ex) = (arg(0), earg(0));
            let gs = match &node.op {
                Op::PoolMask(axis, w) => window_groups(&x.shape, axis.ix(), *w),
                Op::ArgMask(_, axes) => groups(x, &Axis::positions(axes)),
                _ => Vec::new(),
            };
            let n_out = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
            let mut chosen = vec![usize::MAX; n_out];
            for &(o, j) in &gs {
                if v.data[j] == 1.0 {
                    chosen[o] = j;
                }
            }
            let mut flips = vec![false; n_out];
            for &(o, j) in &gs {
                let t = chosen[o];
                if t != usize::MAX && t != j && near(x.data[j], x.data[t], ex.data[j], ex.data[t]) {
                    flips[o] = true;
                }
            }
            if flips.iter().any(|&f| f) {
                found.kink = true;
                found
                    .kinks_at
                    .extend(gs.iter().filter(|g| flips[g.0]).map(|g| g.1));
            }
            zeros()
        }
        Op::Reduce(Reduce::LogSumExp, axes) => {
            // sum(p err) carried, and the rounding of both terms of m + log1p(t).
            let (x, ex) = (arg(0), earg(0));
            if step.is_some() && ex.data.iter().any(|&e| e > 1e-2) {
                found.kink = true;
            }
            let gs = groups(x, &Axis::positions(axes));
            let sp = spread(x, ex, &gs, v.data.len());
            let m = &sp.max;
            let mut out = sp.ln_sup.clone();
            for o in 0..out.len() {
                out[o] += own(unit, m[o].abs() + (v.data[o] - m[o]).abs(), 8.0);
            }
            Tensor::new(v.shape.clone(), out)
        }
        Op::Softmax(axes) | Op::LogSoftmax(axes) => {
            let (x, ex) = (arg(0), earg(0));
            if step.is_some() && ex.data.iter().any(|&e| e > 1e-2) {
                found.kink = true;
            }
            let gs = groups(x, &Axis::positions(axes));
            let n_out = gs.iter().map(|g| g.0 + 1).max().unwrap_or(0);
            let sp = spread(x, ex, &gs, n_out);
            let mut out = vec![0.0; v.data.len()];
            for &(o, j) in &gs {
                out[j] = if matches!(node.op, Op::Softmax(_)) {
                    sp.share_err(o, j, ex.data[j]) + own(unit, v.data[j], 8.0)
                } else {
                    ex.data[j] + sp.ln_sup[o] + own(unit, v.data[j], 8.0) + 8.0 * unit
                };
            }
            Tensor::new(v.shape.clone(), out)
        }
        Op::CrossEntropy | Op::CrossEntropyGrad => {
            let (z, ez) = (arg(0), earg(0));
            if step.is_some() && ez.data.iter().any(|&e| e > 1e-2) {
                found.kink = true;
            }
            let c = (*z.shape.last().unwrap_or(&1)).max(1);
            let rows = z.data.len() / c;
            let gs: Vec<(usize, usize)> = (0..z.data.len()).map(|j| (j / c, j)).collect();
            let sp = spread(z, ez, &gs, rows);
            let p: Vec<f64> = sp.log_share.iter().map(|l| l.exp()).collect();
            // Labels travel as exact f64 values (a scan steps them).
            let labels: Vec<usize> = arg(1).data.iter().map(|&l| l as usize).collect();
            let mut out = vec![0.0; v.data.len()];
            for (r, &l) in labels.iter().enumerate().take(rows) {
                let row = r * c..(r + 1) * c;
                if matches!(node.op, Op::CrossEntropy) {
                    out[r] =
                        sp.ln_sup[r] + ez.data[r * c + l] + own(unit, v.data[r], 8.0) + 8.0 * unit;
                    continue;
                }
                let each: Vec<f64> = row
                    .map(|j| sp.share_err(r, j, ez.data[j]) + own(unit, p[j], 8.0))
                    .collect();
                let others: f64 = (0..c).filter(|&j| j != l).map(|j| each[j]).sum();
                for j in 0..c {
                    out[r * c + j] = if j == l {
                        others + own(unit, others, c as f64)
                    } else {
                        each[j]
                    };
                }
            }
            Tensor::new(v.shape.clone(), out)
        }
        // The loss moves by at most twice the largest error of a step's scores per step (the
        // gradient's rows, softmax less an occupancy, have absolute sums of at most 2). The
        // kernel's own rounding: per step, the log-softmax's and the recursion's log-sum-exps,
        // a few ulps of the scores' size and of the positions' distance below their step's
        // maximum (at most about 88 before they are 0); then the occupancies' relative error is
        // at most twice the sum of those, and each gradient entry moves by at most half the
        // sum of the scores' errors (the recursion's second derivatives are covariances of
        // indicators, at most 1/4 in size, and a softmax's).
        Op::Ctc | Op::CtcGrad => {
            let (z, ez) = (arg(0), earg(0));
            let (n, t, c) = (z.shape[0], z.shape[1], z.shape[2].max(1));
            let zlen = arg(2);
            let mut out = vec![0.0; v.data.len()];
            for i in 0..n {
                let tl = (zlen.data[i] as usize).min(t);
                let (mut moved, mut rounding, mut total) = (0.0, 0.0, 0.0);
                for s in 0..tl {
                    let row = (i * t + s) * c..(i * t + s + 1) * c;
                    let big = row.clone().map(|j| z.data[j].abs()).fold(0.0, f64::max);
                    let e = row.clone().map(|j| ez.data[j]).fold(0.0, f64::max);
                    moved += 2.0 * e;
                    total += row.map(|j| ez.data[j]).sum::<f64>();
                    rounding += unit * (4.0 * big + (c as f64).ln() + 100.0);
                }
                if node.op == Op::Ctc {
                    out[i] = moved + rounding + own(unit, v.data[i], 8.0);
                } else {
                    let (gi, egi) = (arg(4).data[i].abs(), earg(4).data[i]);
                    let each = gi * (2.0 * rounding + 8.0 * unit + 0.5 * total) + egi;
                    out[i * t * c..i * t * c + tl * c].fill(each);
                }
            }
            Tensor::new(v.shape.clone(), out)
        }
        Op::Contract { .. }
            if unit > 0.0
                && earg(0).data.iter().chain(&earg(1).data).all(|&e| e == 0.0)
                && exact_products(arg(0), arg(1), v) =>
        {
            zeros()
        }
        // Each window's sum, of `w` terms: the terms' errors and the rounding of the sums.
        Op::WindowSum(_, w) => {
            let e = eval_node(g, env, id, &[earg(0)]);
            let mag = eval_node(g, env, id, &[&abs(arg(0))]);
            Tensor::new(
                v.shape.clone(),
                (0..v.data.len())
                    .map(|j| e.data[j] + *w as f64 * unit * mag.data[j] + own(unit, 0.0, 1.0))
                    .collect(),
            )
        }
        // Values moved, not computed.
        Op::Repeat(..) => eval_node(g, env, id, &[earg(0)]),
        // Bilinear: each output a sum of `terms` products, in whatever order the kernel (a
        // matrix product) takes; the arguments' errors carried through both factors.
        Op::Contract { .. } | Op::Conv(_) | Op::ConvData(_) | Op::ConvKernel(_) => {
            let (a, b) = (arg(0), arg(1));
            let (aa, ab) = (abs(a), abs(b));
            let e1 = eval_node(g, env, id, &[&aa, earg(1)]);
            let e2 = eval_node(g, env, id, &[earg(0), &ab]);
            let e3 = eval_node(g, env, id, &[earg(0), earg(1)]);
            let mag = eval_node(g, env, id, &[&aa, &ab]);
            let terms = match node.op {
                // The kernel's taps and input channels; its taps and output channels.
                Op::Conv(d) => b.shape[..=d as usize].iter().product::<usize>() as f64,
                Op::ConvData(d) => {
                    let d = d as usize;
                    (b.shape[..d].iter().product::<usize>() * b.shape[d + 1]) as f64
                }
                // The positions.
                Op::ConvKernel(_) => {
                    (a.data.len() / a.shape.last().copied().unwrap_or(1).max(1)) as f64
                }
                _ => {
                    let k = (a.data.len().max(1) * b.data.len().max(1)) as f64
                        / v.data.len().max(1) as f64;
                    k.sqrt().max(1.0)
                }
            };
            Tensor::new(
                v.shape.clone(),
                (0..v.data.len())
                    .map(|j| {
                        e1.data[j]
                            + e2.data[j]
                            + e3.data[j]
                            + (terms + 1.0) * unit * mag.data[j]
                            + own(unit, 0.0, 1.0)
                    })
                    .collect(),
            )
        }
    }
}

impl Bounds {
    /// Bounds for every node that `vals` holds a value of (the values from
    /// `interp::eval`).
    pub fn new(g: &Graph, env: &Env, vals: &[Option<Tensor>]) -> Bounds {
        Self::propagate(g, env, vals, None, U)
    }

    /// How far a step `h` in entry `j` of param `k` may move each value, to first order, with
    /// no rounding: `kinks` are then the comparisons the step may flip.
    pub fn perturbed(
        g: &Graph,
        env: &Env,
        vals: &[Option<Tensor>],
        k: usize,
        j: usize,
        h: f64,
    ) -> Bounds {
        Self::propagate(g, env, vals, Some((k, j, h)), 0.0)
    }

    /// The bounds from the leaves' own (`step`: one param entry moved by `h`) and, with `unit`
    /// the unit roundoff, each node's rounding.
    fn propagate(
        g: &Graph,
        env: &Env,
        vals: &[Option<Tensor>],
        step: Option<(usize, usize, f64)>,
        unit: f64,
    ) -> Bounds {
        let mut err: Vec<Option<Tensor>> = vec![None; g.nodes.len()];
        let (mut kinks, mut overflows) = (Vec::new(), Vec::new());
        let (mut kinks_at, mut overflows_at) = (Vec::new(), Vec::new());
        let (mut kinks_in_steps, mut overflows_in_steps) = (Vec::new(), Vec::new());
        let body = g.scan_of();
        // The bounds of each scan's outputs, in `ScanOut` order.
        let mut outs: std::collections::HashMap<Id, Vec<Tensor>> = Default::default();
        let mut lost = false;
        for i in 0..g.nodes.len() {
            // A scan's body is bounded by the scan, step by step.
            if body[i].is_some() {
                continue;
            }
            let Some(v) = &vals[i] else { continue };
            let id = Id(i as u32);
            let node = g.node(id);
            let mut found = Found::default();
            let e = match node.op {
                Op::Scan(s) => {
                    let run = scan_bounds(g, env, vals, &err, id, s, &body, step, unit);
                    outs.insert(id, run.outs);
                    lost |= run.lost;
                    found = run.found;
                    if !run.overflows.is_empty() {
                        overflows.push(id);
                    }
                    let tag = |v: Vec<(usize, Id, Vec<usize>)>| {
                        v.into_iter().map(move |(k, n, at)| (id, k, n, at))
                    };
                    overflows_in_steps.extend(tag(run.overflows));
                    kinks_in_steps.extend(tag(run.kinks));
                    Tensor::scalar(0.0)
                }
                Op::ScanOut(k) => match outs.get(&node.args[0]) {
                    Some(o) => o[k as usize].clone(),
                    None => Tensor::fill(v.shape.clone(), f64::INFINITY),
                },
                _ => {
                    let args: Vec<&Tensor> = node
                        .args
                        .iter()
                        .map(|a| vals[a.ix()].as_ref().expect("argument value"))
                        .collect();
                    let eargs: Vec<&Tensor> = node
                        .args
                        .iter()
                        .map(|a| err[a.ix()].as_ref().expect("argument bound"))
                        .collect();
                    node_bound(g, env, id, &args, &eargs, v, step, unit, &mut found)
                }
            };
            if found.kink || !found.kinks_at.is_empty() {
                kinks.push(id);
            }
            if !found.kinks_at.is_empty() {
                kinks_at.push((id, found.kinks_at));
            }
            if !found.overflow_at.is_empty() {
                overflows.push(id);
                overflows_at.push((id, found.overflow_at));
            }
            err[i] = Some(e);
        }
        Bounds {
            err,
            kinks,
            overflows,
            kinks_at,
            overflows_at,
            overflows_in_steps,
            kinks_in_steps,
            lost,
        }
    }
}

/// How far rounding may move the shares of a softmax's groups, and their log-sum-exp.
///
/// Moving each argument by `d` with `|d| <= e` moves a group's log-sum-exp by
/// `log(sum(p exp(d)))` (`p` the shares), which lies in `[-sum(p e), log(sum(p exp(e)))]`
/// (Jensen below, the bound of each term above). The bounds hold for any size of `e`, not only
/// to first order, so a row whose rounding is past the unit (1e9 minus tens, in f32) gets the
/// bound it needs; they are computed from log-shares, so that a share that underflows with an
/// error that overflows (`-1e16` give or take `1e9`) stays finite.
struct Spread {
    /// Per group, the maximum argument.
    max: Vec<f64>,
    /// Per element, `log p`.
    log_share: Vec<f64>,
    /// Per group, `sum(p e)`.
    mean: Vec<f64>,
    /// Per group, `log(sum(p exp(e)))`.
    ln_sup: Vec<f64>,
}

fn spread(x: &Tensor, e: &Tensor, gs: &[(usize, usize)], n_out: usize) -> Spread {
    let mut m = vec![f64::NEG_INFINITY; n_out];
    for &(o, j) in gs {
        m[o] = m[o].max(x.data[j]);
    }
    let mut s = vec![0.0; n_out];
    for &(o, j) in gs {
        s[o] += (x.data[j] - m[o]).exp();
    }
    let mut log_share = vec![f64::NEG_INFINITY; x.data.len()];
    let (mut mean, mut top) = (vec![0.0; n_out], vec![f64::NEG_INFINITY; n_out]);
    for &(o, j) in gs {
        log_share[j] = x.data[j] - m[o] - s[o].ln();
        let p = log_share[j].exp();
        if p > 0.0 {
            mean[o] += p * e.data[j];
        }
        top[o] = top[o].max(log_share[j] + e.data[j]);
    }
    // Where every error is small, `log1p(sum(p expm1(e)))`: exact 0 for errors of 0, and no
    // cancellation for small ones; else in the log domain.
    let (mut small, mut sum, mut largest) =
        (vec![0.0; n_out], vec![0.0; n_out], vec![0.0f64; n_out]);
    for &(o, j) in gs {
        let p = log_share[j].exp();
        if p > 0.0 {
            small[o] += p * e.data[j].exp_m1();
        }
        sum[o] += (log_share[j] + e.data[j] - top[o]).exp();
        largest[o] = largest[o].max(e.data[j]);
    }
    let ln_sup = (0..n_out)
        .map(|o| {
            if largest[o] <= 1.0 {
                small[o].ln_1p()
            } else {
                top[o] + sum[o].ln()
            }
        })
        .collect();
    Spread {
        max: m,
        log_share,
        mean,
        ln_sup,
    }
}

impl Spread {
    /// How far the share of element `j` (of group `o`), whose argument moves by up to `e`, may
    /// move: `p exp(d) / sum(p exp(d))` lies between `p exp(-e) / sup` and `p exp(e + mean)`,
    /// and a share stays in `[0, 1]`.
    fn share_err(&self, o: usize, j: usize, e: f64) -> f64 {
        let lp = self.log_share[j];
        let p = lp.exp();
        let rise = e + self.mean[o];
        let up = if rise <= 1.0 {
            p * rise.exp_m1()
        } else {
            (lp + rise).exp() - p
        };
        let down = -p * (-e - self.ln_sup[o]).exp_m1();
        let cap = p.max(1.0 - p);
        let bound = up.max(down);
        if bound.is_nan() {
            cap
        } else {
            bound.min(cap)
        }
    }
}

/// The elements of `a` at index `k` of `axis` (NaN past the end).
pub(crate) fn slice(a: &Tensor, axis: usize, k: usize, shape: &[usize]) -> Tensor {
    let outer: usize = a.shape[..axis].iter().product();
    let inner: usize = a.shape[axis + 1..].iter().product();
    let n = a.shape.get(axis).copied().unwrap_or(1);
    let mut data = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        for j in 0..inner {
            data.push(
                a.data
                    .get(o * n * inner + k * inner + j)
                    .copied()
                    .unwrap_or(f64::NAN),
            );
        }
    }
    Tensor::new(shape.to_vec(), data)
}

/// The magnitude node `id` of value `v` is resolved against in f64 (see [`magnitudes`]).
fn magnitude(g: &Graph, env: &Env, id: Id, args: &[&Tensor], v: &Tensor) -> Tensor {
    match g.node(id).op {
        Op::Reduce(Reduce::Sum, _) | Op::Contract { .. } => {
            let a: Vec<Tensor> = args.iter().map(|t| abs(t)).collect();
            let refs: Vec<&Tensor> = a.iter().collect();
            eval_node(g, env, id, &refs)
        }
        _ => abs(v),
    }
}

/// `true` if an effect `e` of a step on values of magnitudes `m` is below f64's resolution of
/// one of them.
fn below_resolution(e: &Tensor, m: &Tensor) -> bool {
    e.data
        .iter()
        .zip(&m.data)
        .any(|(&d, &x)| d > 0.0 && x.is_finite() && d < 1.2e-16 * x)
}

/// A scan's bounds: its outputs' in `ScanOut` order, what its body found at any step (at the
/// scan's own element), and whether a step's effect was lost inside it.
struct ScanRun {
    outs: Vec<Tensor>,
    found: Found,
    lost: bool,
    /// Overflows and kinks of rounding inside the body: (step, node, elements).
    overflows: Vec<(usize, Id, Vec<usize>)>,
    kinks: Vec<(usize, Id, Vec<usize>)>,
}

/// A value and, beside it, a tensor of its shape: its bound, or which of its elements are marked.
pub(crate) type Pair = (Tensor, Tensor);

/// Runs scan node `id` (of scan `s`) step by step as `interp` does, carrying beside each body
/// value a tensor of its shape (its bound, or which of its elements are marked): a carry's
/// pair passes from step to step, a step's slice of an outer value takes that slice of both,
/// and every other body node's pair comes of `node(k, node id, its arguments' pairs)`, at the
/// `k`-th step run. `outer` gives an outer node's pair. Returns the side tensors of the scan's
/// outputs in `ScanOut` order (final carries, stacked emits, stacked carries' histories), a
/// stack that cannot be formed filled with `fill`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn run_scan(
    g: &Graph,
    env: &Env,
    id: Id,
    s: u32,
    body: &[Option<u32>],
    outer: &dyn Fn(Id) -> Pair,
    node: &mut dyn FnMut(usize, Id, &[Pair]) -> Pair,
    fill: f64,
) -> Vec<Tensor> {
    let info = &g.scans[s as usize];
    let scan = g.node(id);
    let (c, e) = (info.carries, info.emits);
    let steps = env.dims[info.dim.ix()];
    let mine = g.scan_body(id, s, body);
    let mut carries: Vec<(Tensor, Tensor)> = scan.args[..c].iter().map(|&a| outer(a)).collect();
    let mut emits: Vec<Vec<Tensor>> = vec![Vec::new(); e];
    let mut history: Vec<Vec<Tensor>> = vec![Vec::new(); c];
    let mut at: Vec<Option<(Tensor, Tensor)>> = vec![None; g.nodes.len()];
    for k in 0..steps {
        let t = if info.rev { steps - 1 - k } else { k };
        for &i in &mine {
            let nid = Id(i as u32);
            let n = &g.nodes[i];
            let shape: Vec<usize> = n.shape.iter().map(|&d| env.dims[d.ix()]).collect();
            let pair = match n.op {
                Op::CarryIn(_, j) => carries[j as usize].clone(),
                Op::Step(_, axis) => {
                    let (x, side) = outer(n.args[0]);
                    (
                        slice(&x, axis.ix(), t, &shape),
                        slice(&side, axis.ix(), t, &shape),
                    )
                }
                _ => {
                    let pairs: Vec<(Tensor, Tensor)> = n
                        .args
                        .iter()
                        .map(|&a| at[a.ix()].clone().unwrap_or_else(|| outer(a)))
                        .collect();
                    node(k, nid, &pairs)
                }
            };
            at[i] = Some(pair);
        }
        let value = |a: Id| at[a.ix()].clone().unwrap_or_else(|| outer(a));
        for (j, h) in history.iter_mut().enumerate() {
            h.push(carries[j].1.clone());
        }
        for (j, out) in emits.iter_mut().enumerate() {
            out.push(value(scan.args[2 * c + j]).1);
        }
        carries = (0..c).map(|j| value(scan.args[c + j])).collect();
    }
    let sizes = |a: Id| -> Vec<usize> { g.shape(a).iter().map(|&d| env.dims[d.ix()]).collect() };
    let mut outs: Vec<Tensor> = carries.into_iter().map(|(_, side)| side).collect();
    for (j, per_step) in emits.into_iter().enumerate() {
        let shape = sizes(scan.args[2 * c + j]);
        outs.push(stack_steps(per_step, &shape, info.rev, fill));
    }
    for (j, per_step) in history.into_iter().enumerate() {
        outs.push(stack_steps(per_step, &sizes(scan.args[j]), info.rev, fill));
    }
    outs
}

/// Runs scan `s` (node `id`) with each body value's bound beside it ([`run_scan`]).
#[allow(clippy::too_many_arguments)]
fn scan_bounds(
    g: &Graph,
    env: &Env,
    vals: &[Option<Tensor>],
    err: &[Option<Tensor>],
    id: Id,
    s: u32,
    body: &[Option<u32>],
    step: Option<(usize, usize, f64)>,
    unit: f64,
) -> ScanRun {
    let outer = |a: Id| {
        (
            vals[a.ix()]
                .clone()
                .unwrap_or_else(|| Tensor::scalar(f64::NAN)),
            err[a.ix()]
                .clone()
                .unwrap_or_else(|| Tensor::scalar(f64::INFINITY)),
        )
    };
    let mut run = ScanRun {
        outs: Vec::new(),
        found: Found::default(),
        lost: false,
        overflows: Vec::new(),
        kinks: Vec::new(),
    };
    let mut node = |k: usize, nid: Id, pairs: &[(Tensor, Tensor)]| {
        let args: Vec<&Tensor> = pairs.iter().map(|p| &p.0).collect();
        let eargs: Vec<&Tensor> = pairs.iter().map(|p| &p.1).collect();
        let v = eval_node(g, env, nid, &args);
        let mut found = Found::default();
        let b = node_bound(g, env, nid, &args, &eargs, &v, step, unit, &mut found);
        // A flip a step may cause marks the scan; kinks of rounding and overflows are kept by
        // step and element, for the marks to follow through the steps.
        run.found.kink |= found.kink || !found.kinks_at.is_empty();
        if !found.kinks_at.is_empty() {
            run.kinks.push((k, nid, found.kinks_at));
        }
        if !found.overflow_at.is_empty() {
            run.overflows.push((k, nid, found.overflow_at));
        }
        if step.is_some() && below_resolution(&b, &magnitude(g, env, nid, &args, &v)) {
            run.lost = true;
        }
        (v, b)
    };
    let outs = run_scan(g, env, id, s, body, &outer, &mut node, f64::INFINITY);
    run.outs = outs;
    run
}

#[cfg(test)]
mod tests {
    use super::*;
    use rheano_compiler::interp::eval;

    /// The loss's bound, and its value, of a model at `w = 1/3 + k/7`, `x` = 1, 2, 3, ...
    fn loss_bound(src: &str, t: usize, n: usize) -> (f64, f64) {
        let (decls, prog) = crate::program(src).expect("the model compiles");
        let mut dims = vec![0; decls.dims.len()];
        for (i, d) in decls.dims.iter().enumerate() {
            dims[i] = if d.name == "T" { t } else { n };
        }
        let third = (1.0f32 / 3.0) as f64;
        let env = Env {
            params: vec![Tensor::new(
                vec![n],
                (0..n).map(|k| third + (k as f32 / 7.0) as f64).collect(),
            )],
            inputs: vec![Tensor::new(
                vec![t, n],
                (0..t * n).map(|k| 1.0 + k as f64).collect(),
            )],
            dims,
            ..Env::default()
        };
        let vals = eval(&prog.graph, &env, &[prog.loss]);
        let b = Bounds::new(&prog.graph, &env, &vals);
        let value = vals[prog.loss.ix()].as_ref().expect("loss").data[0];
        (
            b.err[prog.loss.ix()].as_ref().expect("bound").data[0],
            value,
        )
    }

    #[test]
    fn a_scans_bound_is_the_bound_of_its_steps_unrolled() {
        let (scan, v) = loss_bound(
            "struct A { param w: [N]; input x: [T, N]; \
             scan t in T { carry h: [N] = w; h = h * w + x[t]; } loss = sum(h); }",
            3,
            2,
        );
        let (unrolled, u) = loss_bound(
            "struct A { param w: [N]; input x: [T, N]; \
             loss = sum(((w * w + x[T = 0]) * w + x[T = 1]) * w + x[T = 2]); }",
            3,
            2,
        );
        assert!((v - u).abs() <= 1e-15 * u.abs(), "{v} against {u}");
        // Each step's products and sums round: a bound of a few ulps of the loss, the same as
        // the unrolled steps give.
        assert!(
            scan > U * v.abs() && scan < 30.0 * U * v.abs(),
            "{scan} for {v}"
        );
        assert!(
            (scan - unrolled).abs() <= 1e-12 * unrolled,
            "{scan} against {unrolled}"
        );
    }

    #[test]
    fn a_reverse_scans_stacked_emits_carry_their_steps_bounds() {
        // The reverse scan's first step (index 2) is exact in f32 (`0 w + 1 w`, `w` an f32);
        // each later one rounds, so the stacked bounds grow towards index 0.
        let src = "struct A { param w: [N]; input x: [T, N]; \
                   scan t in T rev { carry h: [N] = zeros; h = h * w + x[t] * w; emit e = h; } \
                   output o = e; loss = sum(e); }";
        let (decls, prog) = crate::program(src).expect("the model compiles");
        let (t, n) = (3, 2);
        let dims = decls
            .dims
            .iter()
            .map(|d| if d.name == "T" { t } else { n })
            .collect();
        let third = (1.0f32 / 3.0) as f64;
        let env = Env {
            params: vec![Tensor::new(vec![n], vec![third, third])],
            inputs: vec![Tensor::new(vec![t, n], vec![1.0; t * n])],
            dims,
            ..Env::default()
        };
        let out = prog.outputs[0].1;
        let vals = eval(&prog.graph, &env, &[out]);
        let b = Bounds::new(&prog.graph, &env, &vals);
        let e = &b.err[out.ix()].as_ref().expect("bound").data;
        assert_eq!(e.len(), t * n);
        assert!(e.iter().all(|v| v.is_finite()), "{e:?}");
        assert!(e[4] == 0.0 && e[5] == 0.0, "{e:?}");
        assert!(e[0] > e[2] && e[2] > e[4], "{e:?}");
    }
}
