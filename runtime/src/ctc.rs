//! Connectionist temporal classification (Graves et al., 2006): the probability of a label
//! sequence under per-step class scores, summed over every alignment of it, its gradient, and
//! the run-time pieces of a speech experiment: best-path decoding and the edit distance behind
//! label (phone) error rates.
//!
//! The class 0 is the blank. An example of `tl` steps and labels `y` (no blanks) runs the
//! forward-backward recursion over the extended labels `blank, y1, blank, y2, ..., blank` in
//! log space. Each step's log-probabilities are kept relative to their maximum, which is carried
//! apart in f64: the f32 recursion then works on values near 0 whatever the scores' size, and the
//! large offsets cancel in f64 (a loss of 1.2e4 after 500 steps of scores of +-40 keeps its
//! digits, and so do the occupancies that its gradient subtracts from the softmax).
//!
//! An example whose labels cannot be aligned in `tl` steps (fewer steps than labels plus
//! repeated neighbours, or `-inf` scores on every way through) has loss `+inf` and a zero
//! gradient; steps past `tl` get a zero gradient. A NaN score makes its example's loss and
//! gradient NaN.

use crate::softmax::log_softmax_rows;
use crate::vmath::{exp, ln};

/// The blank class.
pub const BLANK: usize = 0;

/// The memory the recursion reuses from call to call.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// `[T, C]`: one example's log-softmax.
    lp: Vec<f32>,
    /// `[T, S' + 2]` (`S'` the extended labels' count rounded up to a multiple of [`LANES`]):
    /// the forward and backward variables relative to their step's maximum, `-inf` before the
    /// first (forward) or after the last (backward) and past the extended labels.
    alpha: Vec<f32>,
    beta: Vec<f32>,
    /// Per step, the maxima taken out, summed (f64) over the steps up to it (forward) or from
    /// it to the last (backward).
    a_off: Vec<f64>,
    b_off: Vec<f64>,
    /// `[S]`: the extended labels; `[S']`: 0 or `-inf` as each may follow the one two before
    /// it (and precede the one two after it).
    ext: Vec<usize>,
    skip: Vec<f32>,
    skip_back: Vec<f32>,
    /// `[T, S']` and `[T]`: each step's log-probabilities of the extended labels less their
    /// maximum, and the maximum.
    emit: Vec<f32>,
    e_max: Vec<f64>,
    /// `[S']`: a step's new variables before their maximum is taken out, or its occupancies.
    next: Vec<f32>,
}

/// The fewest steps that can emit `y`: one per label, and a blank between equal neighbours.
pub fn min_steps(y: &[usize]) -> usize {
    y.len() + y.windows(2).filter(|w| w[0] == w[1]).count()
}

/// `e^x`, 0 where that is near or below `f32::MIN_POSITIVE` (`x` below -87.3), computed without a
/// subnormal number on the way: x86 cores take microcode assists of a hundred cycles and more
/// for each, and the recursion's positions sit far below their step's maximum (or at `-inf`)
/// at most steps. NaN stays NaN.
#[inline(always)]
fn exp_normal(x: f32) -> f32 {
    let y = exp(if x < -87.3 { -87.3 } else { x });
    if x < -87.3 {
        0.0
    } else {
        y
    }
}

/// `log(e^a + e^b + e^c)` of three values of which any may be `-inf` (then `-inf` if all are).
#[inline(always)]
fn lse3(a: f32, b: f32, c: f32) -> f32 {
    // The largest, and the other two: two exponentials, not three.
    let (hi, lo) = (a.max(b), a.min(b));
    let (m, mid) = (hi.max(c), hi.min(c));
    let s = exp_normal(lo - m) + exp_normal(mid - m);
    if m == f32::NEG_INFINITY {
        m
    } else {
        // `1 + s` rounds by at most half an ulp of 1: an absolute error, as the recursion's
        // others are, and no division, as `log1p` takes.
        m + ln(1.0 + s)
    }
}

/// One step of the recursion: `out[k] = lse3(near[k], next[k], far[k] + skip[k]) + emit[k]`.
/// A function of its own so that the compiler knows `out` apart from the slices it reads
/// (they are arguments) and runs the loop as vector instructions; the callers' lengths are
/// multiples of [`LANES`], so that no element is left to the scalar loop after them.
#[inline(never)]
fn step(out: &mut [f32], near: &[f32], next: &[f32], far: &[f32], skip: &[f32], emit: &[f32]) {
    let lanes = out
        .iter_mut()
        .zip(near)
        .zip(next)
        .zip(far)
        .zip(skip)
        .zip(emit);
    for (((((o, &a), &b), &c), &s), &e) in lanes {
        *o = lse3(a, b, c + s) + e;
    }
}

/// `out[k] = exp(a[k] + b[k] - emit[k] + offset)`: a step's occupancies (as [`step`]); 0 at a
/// position no path is at (`a[k] + b[k] = -inf`, where `emit[k]` may be `-inf` too).
#[inline(never)]
fn occupancy(out: &mut [f32], a: &[f32], b: &[f32], emit: &[f32], offset: f32) {
    for (((o, &x), &y), &e) in out.iter_mut().zip(a).zip(b).zip(emit) {
        let ab = x + y;
        *o = if ab == f32::NEG_INFINITY {
            0.0
        } else {
            exp_normal(ab - e + offset)
        };
    }
}

/// The largest of `v` (`-inf` for none), NaN ignored, in 8 lanes: one chain of `max` would
/// take longer than the loops around it.
#[inline(never)]
fn max_of(v: &[f32]) -> f32 {
    let mut lanes = [f32::NEG_INFINITY; 8];
    let chunks = v.chunks_exact(8);
    let rest = chunks.remainder();
    for c in chunks {
        for (l, &x) in lanes.iter_mut().zip(c) {
            *l = if x > *l { x } else { *l };
        }
    }
    for &x in rest {
        lanes[0] = if x > lanes[0] { x } else { lanes[0] };
    }
    lanes.iter().copied().fold(f32::NEG_INFINITY, f32::max)
}

/// The sum of `v` in 8 lanes, as [`max_of`].
#[inline(never)]
fn sum_of(v: &[f32]) -> f32 {
    let mut lanes = [0f32; 8];
    let chunks = v.chunks_exact(8);
    let rest = chunks.remainder();
    for c in chunks {
        for (l, &x) in lanes.iter_mut().zip(c) {
            *l += x;
        }
    }
    for (l, &x) in lanes.iter_mut().zip(rest) {
        *l += x;
    }
    lanes.iter().sum()
}

/// The rows' lengths are multiples of this: the compiler's vector loops take 8 lanes 4 times
/// per iteration, and leave what remains to scalar code.
const LANES: usize = 32;

/// The loss of one example (`-log p(y | z)`, `+inf` if `y` cannot be aligned in `tl` steps)
/// from its log-softmax `lp` (`[tl, c]`), with its gradient with respect to the scores scaled by
/// `g` written into `grad` (`[tl, c]`) when given.
fn example(
    s: &mut Scratch,
    tl: usize,
    c: usize,
    y: &[usize],
    grad: Option<(f32, &mut [f32])>,
) -> f64 {
    let ns = 2 * y.len() + 1;
    // (No steps for any label: `min_steps` is at least 1 then.)
    if tl < min_steps(y) {
        if let Some((_, gr)) = grad {
            gr.fill(0.0);
        }
        return f64::INFINITY;
    }
    if tl == 0 {
        return 0.0;
    }
    let Scratch {
        lp,
        alpha,
        beta,
        a_off,
        b_off,
        ext,
        skip,
        skip_back,
        emit,
        e_max,
        next,
    } = s;
    let ninf = f32::NEG_INFINITY;
    ext.clear();
    ext.push(BLANK);
    for &l in y {
        ext.push(l);
        ext.push(BLANK);
    }
    // Added to the variable two positions away: 0 where a path may skip the blank between two
    // labels (they differ), -inf where it may not. Forward from `k - 2`, backward from `k + 2`.
    // Rows run to a multiple of `LANES` (`n8`), the positions past the last `-inf`.
    let n8 = ns.div_ceil(LANES) * LANES;
    let may = |k: usize| k < ns && k >= 2 && ext[k] != BLANK && ext[k] != ext[k - 2];
    skip.clear();
    skip.extend((0..n8).map(|k| if may(k) { 0.0 } else { ninf }));
    skip_back.clear();
    skip_back.extend((0..n8).map(|k| if may(k + 2) { 0.0 } else { ninf }));
    // Rows of `n8 + 2`: the forward variables after two `-inf` (the positions before the
    // first), the backward ones before two more (past the last), so that the steps read their
    // neighbours without a branch and vectorize.
    let w = n8 + 2;
    alpha.clear();
    alpha.resize(tl * w, ninf);
    beta.clear();
    beta.resize(tl * w, ninf);
    a_off.resize(tl, 0.0);
    b_off.resize(tl, 0.0);
    // Each step's log-probabilities of the extended labels, less their maximum (`e_max`, in
    // f64): the recursion adds values near 0, and the maxima go to the offsets exactly.
    emit.clear();
    emit.resize(tl * n8, ninf);
    e_max.clear();
    for t in 0..tl {
        let row = &lp[t * c..(t + 1) * c];
        let em = &mut emit[t * n8..t * n8 + ns];
        for (e, &k) in em.iter_mut().zip(ext.iter()) {
            *e = row[k];
        }
        // (A step whose every extended label is at `-inf` keeps them there: no path passes.)
        let m = max_of(em);
        let m = if m == ninf { 0.0 } else { m };
        for e in em.iter_mut() {
            *e -= m;
        }
        e_max.push(m as f64);
    }
    let emit_at = |t: usize| (&emit[t * n8..(t + 1) * n8], e_max[t]);
    next.resize(n8, 0.0);
    // Takes a step's maximum out of its positions `lo..hi` in `next` into the same positions
    // of `out` (the others stay `-inf`), returning it. (No position reachable: `-inf`, which
    // makes the offsets and the loss infinite.)
    let normalize = |next: &[f32], out: &mut [f32], lo: usize, hi: usize| -> f64 {
        let hi = hi.min(ns);
        let m = max_of(&next[lo..hi]);
        if m == ninf {
            return f64::NEG_INFINITY;
        }
        for (o, &v) in out[lo..hi].iter_mut().zip(&next[lo..hi]) {
            *o = v - m;
        }
        m as f64
    };
    // At step `t`, a path can be at a position up to `2 t + 1` (two a step from the first two),
    // and can still end from a position of at least `ns - 2 (tl - t)`: the forward steps run
    // over the first of these bands and the backward ones over the second, in blocks of
    // `LANES`, and leave the other positions at `-inf`.
    let upto = |t: usize| (2 * t + 2).div_ceil(LANES).saturating_mul(LANES).min(n8);
    let from = |t: usize| (ns.saturating_sub(2 * (tl - t)) / LANES) * LANES;
    // Forward: the paths that start at the first blank or the first label.
    let (em, e) = emit_at(0);
    for (k, v) in next[..ns].iter_mut().enumerate() {
        *v = if k < 2 { em[k] } else { ninf };
    }
    a_off[0] = e + normalize(next, &mut alpha[2..w], 0, ns);
    for t in 1..tl {
        let (em, e) = emit_at(t);
        let (done, rest) = alpha.split_at_mut(t * w);
        let prev = &done[(t - 1) * w..];
        let hi = upto(t);
        let (p0, p1, p2) = (&prev[2..2 + hi], &prev[1..1 + hi], &prev[..hi]);
        step(&mut next[..hi], p0, p1, p2, &skip[..hi], &em[..hi]);
        a_off[t] = a_off[t - 1] + e + normalize(next, &mut rest[2..w], 0, hi);
    }
    let last = tl - 1;
    let end = &alpha[last * w + 2..last * w + 2 + ns];
    let tail = if ns >= 2 { end[ns - 2] } else { ninf };
    let log_p = a_off[last] + lse3(end[ns - 1], tail, ninf) as f64;
    if log_p == f64::NEG_INFINITY {
        // No path of finite score: as an example too short for its labels.
        if let Some((_, gr)) = grad {
            gr.fill(0.0);
        }
        return f64::INFINITY;
    }
    let Some((g, gr)) = grad else {
        return -log_p;
    };
    // Backward: the paths that end at the last label or the last blank.
    let (em, e) = emit_at(last);
    for (k, v) in next[..ns].iter_mut().enumerate() {
        *v = if k + 2 >= ns { em[k] } else { ninf };
    }
    b_off[last] = e + normalize(next, &mut beta[last * w..last * w + ns], 0, ns);
    for t in (0..last).rev() {
        let (em, e) = emit_at(t);
        let (head, done) = beta.split_at_mut((t + 1) * w);
        let lo = from(t);
        let (q0, q1, q2) = (&done[lo..n8], &done[lo + 1..n8 + 1], &done[lo + 2..n8 + 2]);
        let nx = &mut next[lo..n8];
        step(nx, q0, q1, q2, &skip_back[lo..n8], &em[lo..n8]);
        b_off[t] = b_off[t + 1] + e + normalize(next, &mut head[t * w..t * w + ns], lo, ns);
    }
    // Per step, the softmax less each class's occupancy: the share of `p` of the paths through
    // the class at that step, `alpha beta / y` summed over its extended positions (those past
    // the last are computed, NaN, and not read).
    for t in 0..tl {
        let row = &lp[t * c..(t + 1) * c];
        let out = &mut gr[t * c..(t + 1) * c];
        for (o, &l) in out.iter_mut().zip(row) {
            *o = exp_normal(l);
        }
        let (a, b) = (&alpha[t * w + 2..t * w + 2 + n8], &beta[t * w..t * w + n8]);
        let (em, e) = emit_at(t);
        let k_t = (a_off[t] + b_off[t] - e - log_p) as f32;
        occupancy(next, a, b, em, k_t);
        // The occupancies of a step sum to 1 (every path is at one position at each step);
        // divided by their sum, they lose the drift that the two recursions' rounding leaves
        // between them over the steps.
        // (Summed in 8 lanes: one chain of additions would take longer than the step.)
        let scale = 1.0 / sum_of(&next[..ns]);
        // The blank is every other position: its share summed apart, so that the subtractions
        // from one entry do not wait on each other.
        let mut blank = [0f32; 2];
        for (j, pair) in next[..ns].chunks(2).enumerate() {
            blank[j % 2] += pair[0];
            if let Some(&v) = pair.get(1) {
                out[ext[2 * j + 1]] -= v * scale;
            }
        }
        out[BLANK] -= (blank[0] + blank[1]) * scale;
        for o in out.iter_mut() {
            *o *= g;
        }
    }
    -log_p
}

/// The CTC loss of each example, `loss[n] = -log p(y[n, ..ylen[n]] | z[n, ..zlen[n]])`, from
/// unnormalized scores `z` (`[n, t, c]`, a log-softmax over the classes inside), targets `y`
/// (`[n, l]`, in `1..c`), and the lengths used; and with `grad = Some((g, dz))`, the gradient of
/// `sum(g[n] loss[n])` with respect to `z` into `dz` (`[n, t, c]`): zero past `zlen[n]`, and zero
/// for an example that cannot be aligned (whose loss is `+inf`), whatever `g[n]`.
///
/// The caller checks that the slices have these sizes, and (with [`check`]) that
/// `zlen[n] <= t`, `ylen[n] <= l`, and that the targets used are classes other than the blank.
#[allow(clippy::too_many_arguments)]
pub fn loss(
    z: &[f32],
    (n, t, c): (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    out: &mut [f32],
    mut grad: Option<(&[f32], &mut [f32])>,
    s: &mut Scratch,
) {
    for i in 0..n {
        let tl = zlen[i];
        let zi = &z[i * t * c..(i + 1) * t * c];
        s.lp.resize(t * c, 0.0);
        log_softmax_rows(&zi[..tl * c], tl, c, &mut s.lp[..tl * c]);
        let yi = &y[i * l..i * l + ylen[i]];
        if zi[..tl * c].iter().any(|v| v.is_nan()) {
            // The recursion's maxima would pass over a NaN: the example is NaN, as its scores.
            out[i] = f32::NAN;
            if let Some((_, dz)) = grad.as_mut() {
                let dzi = &mut dz[i * t * c..(i + 1) * t * c];
                dzi[..tl * c].fill(f32::NAN);
                dzi[tl * c..].fill(0.0);
            }
            continue;
        }
        let v = match grad.as_mut() {
            Some((g, dz)) => {
                let dzi = &mut dz[i * t * c..(i + 1) * t * c];
                dzi[tl * c..].fill(0.0);
                example(s, tl, c, yi, Some((g[i], &mut dzi[..tl * c])))
            }
            None => example(s, tl, c, yi, None),
        };
        out[i] = v as f32;
    }
}

thread_local! {
    /// Each thread's scratch memory for [`loss_in_thread`] and [`grad_in_thread`] (and the
    /// losses [`grad_in_thread`] drops).
    static SCRATCH: std::cell::RefCell<(Scratch, Vec<f32>)> = Default::default();
}

/// Below this many scores a batch runs on the calling thread: handing it to the pool costs more.
const PARALLEL_SCORES: usize = 1 << 15;

/// [`loss`] over the batch split into one block of examples per thread of rayon's pool, each
/// with its thread's scratch memory. The examples are independent, so the values are the same
/// on any number of threads.
#[allow(clippy::too_many_arguments)]
fn loss_in_pool(
    z: &[f32],
    (n, t, c): (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    out: &mut [f32],
    grad: Option<(&[f32], &mut [f32])>,
) {
    use rayon::prelude::*;
    let threads = rayon::current_num_threads();
    let block = |a: usize, o: &mut [f32], grad: Option<(&[f32], &mut [f32])>| {
        let b = a + o.len();
        SCRATCH.with(|s| {
            let dims = (o.len(), t, c);
            let zs = &z[a * t * c..b * t * c];
            let (ys, zl, yl) = (&y[a * l..b * l], &zlen[a..b], &ylen[a..b]);
            loss(zs, dims, ys, l, zl, yl, o, grad, &mut s.borrow_mut().0)
        })
    };
    if threads < 2 || n < 2 || n * t * c < PARALLEL_SCORES {
        return block(0, out, grad);
    }
    let per = n.div_ceil(threads);
    match grad {
        None => out
            .par_chunks_mut(per)
            .enumerate()
            .for_each(|(j, o)| block(j * per, o, None)),
        Some((g, dz)) => out
            .par_chunks_mut(per)
            .zip(dz.par_chunks_mut(per * t * c))
            .enumerate()
            .for_each(|(j, (o, d))| block(j * per, o, Some((&g[j * per..j * per + o.len()], d)))),
    }
}

/// [`loss`] without a gradient, with each thread's scratch memory (kept from call to call, so
/// that a training loop allocates only in its first steps), the examples split across rayon's
/// pool: what `model!`'s `ctc` runs.
#[allow(clippy::too_many_arguments)]
pub fn loss_in_thread(
    z: &[f32],
    dims: (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    out: &mut [f32],
) {
    loss_in_pool(z, dims, y, l, zlen, ylen, out, None);
}

/// The gradient of `sum(g[n] loss[n])` in `z` into `dz` (see [`loss`]), as [`loss_in_thread`];
/// the losses themselves are dropped.
#[allow(clippy::too_many_arguments)]
pub fn grad_in_thread(
    z: &[f32],
    dims: (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    g: &[f32],
    dz: &mut [f32],
) {
    let mut losses = SCRATCH.with(|s| std::mem::take(&mut s.borrow_mut().1));
    losses.resize(dims.0, 0.0);
    loss_in_pool(z, dims, y, l, zlen, ylen, &mut losses, Some((g, dz)));
    SCRATCH.with(|s| s.borrow_mut().1 = losses);
}

/// [`loss`] and its gradient in one call, as [`loss_in_thread`].
#[allow(clippy::too_many_arguments)]
pub fn loss_and_grad_in_thread(
    z: &[f32],
    dims: (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    out: &mut [f32],
    g: &[f32],
    dz: &mut [f32],
) {
    loss_in_pool(z, dims, y, l, zlen, ylen, out, Some((g, dz)));
}

/// `ln(e^a + e^b)` in f64, `-inf` when both are.
fn lse64(a: f64, b: f64) -> f64 {
    let m = a.max(b);
    if m == f64::NEG_INFINITY {
        m
    } else {
        m + ((a - m).exp() + (b - m).exp()).ln()
    }
}

/// The loss and (with `grad`) its gradient as [`loss`] defines them, in f64 by the plain
/// log-space recursion: a log-sum-exp at every position, no offsets, no bands. Slow and exact
/// to f64's rounding, for checks (and for `model!`'s f64 methods, behind `gradcheck`). Inputs
/// that [`check`] refuses make their example NaN.
#[allow(clippy::too_many_arguments)]
pub fn reference(
    z: &[f64],
    (n, t, c): (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    out: &mut [f64],
    mut grad: Option<(&[f64], &mut [f64])>,
) {
    let ninf = f64::NEG_INFINITY;
    for i in 0..n {
        let (tl, yl) = (zlen[i], ylen[i]);
        let mut dz = grad
            .as_mut()
            .map(|(g, dz)| (g[i], &mut dz[i * t * c..(i + 1) * t * c]));
        if let Some((_, d)) = dz.as_mut() {
            d.fill(0.0);
        }
        let yi = y.get(i * l..i * l + yl.min(l)).unwrap_or(&[]);
        if tl > t || yl > l || yi.iter().any(|&k| k == BLANK || k >= c) {
            out[i] = f64::NAN;
            if let Some((_, d)) = dz {
                d.fill(f64::NAN);
            }
            continue;
        }
        if tl == 0 {
            out[i] = if yi.is_empty() { 0.0 } else { f64::INFINITY };
            continue;
        }
        let mut lp = vec![0.0; tl * c];
        for (row, o) in z[i * t * c..].chunks(c).zip(lp.chunks_mut(c)).take(tl) {
            let m = row.iter().copied().fold(ninf, f64::max);
            let s = m + row.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
            for (o, v) in o.iter_mut().zip(row) {
                *o = v - s;
            }
        }
        let mut ext = vec![BLANK];
        for &k in yi {
            ext.extend([k, BLANK]);
        }
        let ns = ext.len();
        let skip = |j: usize| j >= 2 && ext[j] != BLANK && ext[j] != ext[j - 2];
        let mut alpha = vec![ninf; tl * ns];
        for j in 0..ns.min(2) {
            alpha[j] = lp[ext[j]];
        }
        for s in 1..tl {
            for j in 0..ns {
                let mut a = alpha[(s - 1) * ns + j];
                if j >= 1 {
                    a = lse64(a, alpha[(s - 1) * ns + j - 1]);
                }
                if skip(j) {
                    a = lse64(a, alpha[(s - 1) * ns + j - 2]);
                }
                alpha[s * ns + j] = a + lp[s * c + ext[j]];
            }
        }
        let last = (tl - 1) * ns;
        let log_p = if ns > 1 {
            lse64(alpha[last + ns - 1], alpha[last + ns - 2])
        } else {
            alpha[last]
        };
        out[i] = -log_p;
        let Some((g, d)) = dz else { continue };
        if log_p == ninf || log_p.is_nan() {
            if log_p.is_nan() {
                d[..tl * c].fill(f64::NAN);
            }
            continue;
        }
        let mut beta = vec![ninf; tl * ns];
        for j in ns.saturating_sub(2)..ns {
            beta[last + j] = lp[(tl - 1) * c + ext[j]];
        }
        for s in (0..tl - 1).rev() {
            for j in 0..ns {
                let mut b = beta[(s + 1) * ns + j];
                if j + 1 < ns {
                    b = lse64(b, beta[(s + 1) * ns + j + 1]);
                }
                if j + 2 < ns && skip(j + 2) {
                    b = lse64(b, beta[(s + 1) * ns + j + 2]);
                }
                beta[s * ns + j] = b + lp[s * c + ext[j]];
            }
        }
        let mut occ = vec![ninf; c];
        for s in 0..tl {
            occ.fill(ninf);
            for j in 0..ns {
                let k = ext[j];
                occ[k] = lse64(occ[k], alpha[s * ns + j] + beta[s * ns + j] - lp[s * c + k]);
            }
            for k in 0..c {
                d[s * c + k] = g * (lp[s * c + k].exp() - (occ[k] - log_p).exp());
            }
        }
    }
}

/// What is wrong with a CTC input, for the caller's error message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bad {
    /// `zlen[n]` above the number of steps.
    ZLen { n: usize, len: usize, max: usize },
    /// `ylen[n]` above the number of target positions.
    YLen { n: usize, len: usize, max: usize },
    /// A target used that is the blank or not a class.
    Target { n: usize, at: usize, class: usize },
}

/// Checks CTC inputs against the sizes (see [`loss`]).
pub fn check(
    (n, t, c): (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
) -> Result<(), Bad> {
    for i in 0..n {
        if zlen[i] > t {
            return Err(Bad::ZLen {
                n: i,
                len: zlen[i],
                max: t,
            });
        }
        if ylen[i] > l {
            return Err(Bad::YLen {
                n: i,
                len: ylen[i],
                max: l,
            });
        }
        for (at, &k) in y[i * l..i * l + ylen[i]].iter().enumerate() {
            if k == BLANK || k >= c {
                return Err(Bad::Target { n: i, at, class: k });
            }
        }
    }
    Ok(())
}

/// Best-path decoding of one example's scores `z` (`[len, c]`, any monotone transform of the
/// class probabilities): the most likely class at each step, repeats merged, blanks dropped.
/// Ties go to the lower class.
pub fn greedy_decode(z: &[f32], len: usize, c: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev = None;
    for row in z[..len * c].chunks_exact(c.max(1)) {
        let mut best = 0;
        for (k, &v) in row.iter().enumerate() {
            if v > row[best] {
                best = k;
            }
        }
        if Some(best) != prev && best != BLANK {
            out.push(best);
        }
        prev = Some(best);
    }
    out
}

/// The Levenshtein distance between two label sequences: the fewest insertions, deletions and
/// substitutions that turn `a` into `b`. A label error rate is the sum of these over a data
/// set divided by the total length of the references.
pub fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, v) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(x != v)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `log(sum(exp(x)))` in f64.
    fn lse(x: &[f64]) -> f64 {
        let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if m == f64::NEG_INFINITY {
            return m;
        }
        m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
    }

    fn log_softmax64(z: &[f64], c: usize) -> Vec<f64> {
        z.chunks(c)
            .flat_map(|r| {
                let s = lse(r);
                r.iter().map(move |v| v - s)
            })
            .collect()
    }

    /// The loss by enumerating every path of `tl` steps over `c` classes, in f64.
    fn brute(z: &[f64], tl: usize, c: usize, y: &[usize]) -> f64 {
        let lp = log_softmax64(&z[..tl * c], c);
        let mut terms = Vec::new();
        let mut path = vec![0usize; tl];
        loop {
            let mut out = Vec::new();
            let mut prev = None;
            for &k in &path {
                if Some(k) != prev && k != BLANK {
                    out.push(k);
                }
                prev = Some(k);
            }
            if out == y {
                terms.push(path.iter().enumerate().map(|(t, &k)| lp[t * c + k]).sum());
            }
            // The next path, as a number in base c.
            let mut i = 0;
            while i < tl && path[i] + 1 == c {
                path[i] = 0;
                i += 1;
            }
            if i == tl {
                break;
            }
            path[i] += 1;
        }
        -lse(&terms)
    }

    /// The loss by the plain log-space recursion, in f64 (no offsets): [`reference`].
    fn recursion(z: &[f64], tl: usize, c: usize, y: &[usize]) -> f64 {
        let mut out = [0.0];
        let l = y.len();
        reference(z, (1, tl, c), y, l, &[tl], &[l], &mut out, None);
        out[0]
    }

    #[test]
    fn a_batch_split_across_threads_gives_the_bits_of_one_thread() {
        let (n, t, c, l) = (7, 120, 40, 12);
        let z: Vec<f32> = scores(n * t * c, 5, 4.0)
            .iter()
            .map(|&v| v as f32)
            .collect();
        let y: Vec<usize> = (0..n * l).map(|k| 1 + (k * 7) % (c - 1)).collect();
        let zlen: Vec<usize> = (0..n).map(|k| t - 9 * k).collect();
        let ylen: Vec<usize> = (0..n).map(|k| l - k).collect();
        let g: Vec<f32> = (0..n).map(|k| 1.0 - 0.25 * k as f32).collect();
        assert!(n * t * c >= PARALLEL_SCORES);
        let mut want = (vec![0f32; n], vec![0f32; n * t * c]);
        let dims = (n, t, c);
        loss(
            &z,
            dims,
            &y,
            l,
            &zlen,
            &ylen,
            &mut want.0,
            Some((&g, &mut want.1)),
            &mut Scratch::default(),
        );
        for threads in [2, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut got = (vec![f32::NAN; n], vec![f32::NAN; n * t * c]);
            pool.install(|| {
                loss_and_grad_in_thread(&z, dims, &y, l, &zlen, &ylen, &mut got.0, &g, &mut got.1)
            });
            assert_eq!(got, want, "{threads} threads");
            let mut only = vec![f32::NAN; n];
            pool.install(|| loss_in_thread(&z, dims, &y, l, &zlen, &ylen, &mut only));
            assert_eq!(only, want.0);
            let mut dz = vec![f32::NAN; n * t * c];
            pool.install(|| grad_in_thread(&z, dims, &y, l, &zlen, &ylen, &g, &mut dz));
            assert_eq!(dz, want.1);
        }
    }

    #[test]
    fn the_reference_gradient_matches_central_differences_and_the_kernel() {
        let (n, t, c, l) = (3, 7, 4, 3);
        let z = scores(n * t * c, 11, 3.0);
        let y = vec![1, 2, 2, 3, 1, 0, 2, 2, 2];
        let (zlen, ylen) = (vec![7, 5, 7], vec![3, 2, 2]);
        let g = [1.0, -0.5, 2.0];
        let mut out = vec![0.0; n];
        let mut d = vec![f64::NAN; n * t * c];
        reference(
            &z,
            (n, t, c),
            &y,
            l,
            &zlen,
            &ylen,
            &mut out,
            Some((&g, &mut d)),
        );
        let total = |z: &[f64]| {
            let mut o = vec![0.0; n];
            reference(z, (n, t, c), &y, l, &zlen, &ylen, &mut o, None);
            o.iter().zip(&g).map(|(a, b)| a * b).sum::<f64>()
        };
        for q in 0..z.len() {
            let h = 1e-6;
            let (mut up, mut down) = (z.clone(), z.clone());
            up[q] += h;
            down[q] -= h;
            let fd = (total(&up) - total(&down)) / (2.0 * h);
            assert!((d[q] - fd).abs() < 1e-7, "[{q}]: {} vs {fd}", d[q]);
        }
        // Past zlen (example 1 has 5 of 7 steps): exactly zero.
        assert!(d[t * c + 5 * c..2 * t * c].iter().all(|&v| v == 0.0));
        let z32: Vec<f32> = z.iter().map(|&v| v as f32).collect();
        let g32 = g.map(|v| v as f32);
        let mut out32 = vec![0f32; n];
        let mut d32 = vec![f32::NAN; n * t * c];
        loss_and_grad_in_thread(
            &z32,
            (n, t, c),
            &y,
            l,
            &zlen,
            &ylen,
            &mut out32,
            &g32,
            &mut d32,
        );
        for (a, b) in out32.iter().zip(&out) {
            assert!(
                (*a as f64 - b).abs() < 1e-5 * b.abs().max(1.0),
                "{a} vs {b}"
            );
        }
        for (a, b) in d32.iter().zip(&d) {
            assert!((*a as f64 - b).abs() < 1e-5, "{a} vs {b}");
        }
    }

    fn scores(len: usize, seed: u64, scale: f64) -> Vec<f64> {
        let mut s = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..len)
            .map(|_| {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let u = (s >> 11) as f64 / (1u64 << 53) as f64;
                // Rounded to f32, so that both sides see the same scores.
                ((2.0 * u - 1.0) * scale) as f32 as f64
            })
            .collect()
    }

    /// Runs the kernel on one example (`n = 1`): its loss and gradient (incoming 1).
    fn run(z: &[f64], t: usize, c: usize, y: &[usize], tl: usize) -> (f32, Vec<f32>) {
        let z32: Vec<f32> = z.iter().map(|&v| v as f32).collect();
        let l = y.len() + 1;
        let mut yp = y.to_vec();
        yp.push(1);
        let mut out = [0f32];
        let mut dz = vec![f32::NAN; t * c];
        loss(
            &z32,
            (1, t, c),
            &yp,
            l,
            &[tl],
            &[y.len()],
            &mut out,
            Some((&[1.0], &mut dz)),
            &mut Scratch::default(),
        );
        (out[0], dz)
    }

    #[test]
    fn the_loss_is_the_sum_over_every_alignment() {
        let cases: &[(usize, usize, &[usize])] = &[
            (1, 3, &[]),
            (1, 3, &[2]),
            (3, 3, &[1, 2]),
            (4, 3, &[1, 1]),
            (5, 4, &[2, 1, 2]),
            (6, 3, &[1, 1, 1]),
            (6, 4, &[3, 3, 1]),
            (5, 2, &[]),
        ];
        for (i, &(tl, c, y)) in cases.iter().enumerate() {
            let z = scores(tl * c, i as u64, 3.0);
            let want = brute(&z, tl, c, y);
            // Steps past the length are ignored: two more, of any scores.
            let mut padded = z.clone();
            padded.extend(scores(2 * c, 99, 50.0));
            let (got, dz) = run(&padded, tl + 2, c, y, tl);
            let e = (got as f64 - want).abs() / want.abs().max(1.0);
            assert!(e < 2e-6, "{y:?} in {tl} steps: {got} against {want}");
            assert!(dz[tl * c..].iter().all(|&v| v == 0.0), "{dz:?}");
            assert!((want - recursion(&z, tl, c, y)).abs() < 1e-12 * want.abs().max(1.0));
        }
    }

    #[test]
    fn the_gradient_matches_central_differences() {
        // Tight alignments (as many steps as the labels need), one step, and no labels too.
        let cases: &[(usize, usize, &[usize])] = &[
            (4, 3, &[1, 1]),
            (5, 4, &[2, 1, 2]),
            (6, 3, &[2]),
            (3, 3, &[1, 1]),
            (3, 4, &[1, 2, 3]),
            (1, 3, &[]),
            (4, 3, &[]),
        ];
        for (i, &(tl, c, y)) in cases.iter().enumerate() {
            let z = scores(tl * c, 10 + i as u64, 2.0);
            let (_, dz) = run(&z, tl, c, y, tl);
            for j in 0..tl * c {
                let h = 1e-5;
                let at = |d: f64| {
                    let mut w = z.clone();
                    w[j] += d;
                    brute(&w, tl, c, y)
                };
                let fd = (at(h) - at(-h)) / (2.0 * h);
                assert!(
                    (dz[j] as f64 - fd).abs() < 2e-6,
                    "{y:?} entry {j}: {} against {fd}",
                    dz[j]
                );
            }
        }
    }

    #[test]
    fn an_example_that_cannot_be_aligned_has_infinite_loss_and_no_gradient() {
        // Two equal labels need a blank between them: 3 steps, not 2.
        let z = scores(2 * 3, 5, 1.0);
        let (got, dz) = run(&z, 2, 3, &[1, 1], 2);
        assert_eq!(got, f32::INFINITY);
        assert!(dz.iter().all(|&v| v == 0.0), "{dz:?}");
        let (got, _) = run(&z, 2, 3, &[1], 0);
        assert_eq!(got, f32::INFINITY);
        // No steps and no labels: the empty alignment, probability 1.
        let (got, _) = run(&z, 2, 3, &[], 0);
        assert_eq!(got, 0.0);
    }

    #[test]
    fn long_sequences_of_large_scores_stay_finite_and_match_f64() {
        let (tl, c) = (500, 30);
        let y: Vec<usize> = (0..50).map(|k| 1 + (k * 7) % (c - 1)).collect();
        let z = scores(tl * c, 3, 40.0);
        let want = recursion(&z, tl, c, &y);
        let (got, dz) = run(&z, tl, c, &y, tl);
        assert!(got.is_finite() && want > 1e3, "{got} {want}");
        assert!(
            (got as f64 - want).abs() < 1e-5 * want,
            "{got} against {want}"
        );
        // Each step's gradient is a softmax less a distribution: its entries sum to 0.
        for row in dz.chunks(c) {
            assert!(row.iter().all(|v| v.is_finite()));
            let s: f32 = row.iter().sum();
            assert!(s.abs() < 1e-5, "{s}");
        }
        // Entries against differences of the f64 recursion.
        let mut worst = 0f64;
        for j in (0..tl * c).step_by(97) {
            let h = 1e-4;
            let at = |d: f64| {
                let mut w = z.clone();
                w[j] += d;
                recursion(&w, tl, c, &y)
            };
            let fd = (at(h) - at(-h)) / (2.0 * h);
            worst = worst.max((dz[j] as f64 - fd).abs());
        }
        // Measured: 5.9e-5 at most (the scores' log-softmax is rounded to f32 before the
        // recursion, about 2e-6 at each of the 500 steps).
        assert!(worst < 2e-4, "{worst}");
    }

    #[test]
    fn a_batch_scales_each_examples_gradient_by_its_own_incoming_gradient() {
        // Example 0 cannot be aligned (two equal labels in 2 steps), example 1 can.
        let (t, c, l) = (5, 3, 2);
        let z = scores(2 * t * c, 21, 2.0);
        let z32: Vec<f32> = z.iter().map(|&v| v as f32).collect();
        let (y, zlen, ylen) = ([1, 1, 2, 1], [2, 4], [2, 2]);
        let (mut out, mut dz) = ([0f32; 2], vec![f32::NAN; 2 * t * c]);
        let g = [0.5, 3.0];
        let mut s = Scratch::default();
        loss(
            &z32,
            (2, t, c),
            &y,
            l,
            &zlen,
            &ylen,
            &mut out,
            Some((&g, &mut dz)),
            &mut s,
        );
        assert_eq!(out[0], f32::INFINITY);
        assert!(dz[..t * c].iter().all(|&v| v == 0.0), "{dz:?}");
        let (one, d1) = run(&z[t * c..], t, c, &[2, 1], 4);
        assert_eq!(out[1], one);
        for (a, b) in dz[t * c..].iter().zip(&d1) {
            assert_eq!(*a, 3.0 * b);
        }
        // Without the gradient, the same losses (the backward pass is not run).
        let mut only = [0f32; 2];
        loss(
            &z32,
            (2, t, c),
            &y,
            l,
            &zlen,
            &ylen,
            &mut only,
            None,
            &mut s,
        );
        assert_eq!(only, out);
    }

    #[test]
    fn a_nan_score_makes_its_example_nan_and_infinite_scores_follow_the_paths() {
        let (t, c) = (4, 3);
        let mut z = scores(t * c, 8, 1.0);
        // Past the length, a NaN is not read.
        z[3 * c + 1] = f64::NAN;
        let (got, dz) = run(&z, t, c, &[1, 2], 3);
        assert!(
            got.is_finite() && dz.iter().all(|v| v.is_finite()),
            "{got} {dz:?}"
        );
        // Within it, the loss and the steps' gradient are NaN.
        z[c + 2] = f64::NAN;
        let (got, dz) = run(&z, t, c, &[1, 2], 3);
        assert!(got.is_nan());
        assert!(dz[..3 * c].iter().all(|v| v.is_nan()) && dz[3 * c..] == [0.0; 3]);
        // Label 2 at -inf at step 0, which no path needs: a finite loss, as all paths give.
        let mut z = scores(t * c, 9, 1.0);
        z[2] = f64::NEG_INFINITY;
        let (got, dz) = run(&z, t, c, &[1, 2], t);
        let want = brute(&z, t, c, &[1, 2]);
        assert!(
            (got as f64 - want).abs() < 1e-6 * want,
            "{got} against {want}"
        );
        assert!(dz.iter().all(|v| v.is_finite()), "{dz:?}");
        // Label 1 and the blank at -inf at step 0: no path starts, the loss is +inf, and the
        // gradient is zero.
        z[0] = f64::NEG_INFINITY;
        z[1] = f64::NEG_INFINITY;
        let (got, dz) = run(&z, t, c, &[1, 2], t);
        assert_eq!(got, f32::INFINITY);
        assert!(dz.iter().all(|&v| v == 0.0), "{dz:?}");
    }

    #[test]
    fn inputs_out_of_range_are_reported() {
        let dims = (1, 4, 3);
        assert_eq!(check(dims, &[1, 2], 2, &[4], &[2]), Ok(()));
        assert_eq!(
            check(dims, &[1, 2], 2, &[5], &[2]),
            Err(Bad::ZLen {
                n: 0,
                len: 5,
                max: 4
            })
        );
        assert_eq!(
            check(dims, &[1, 2], 2, &[4], &[3]),
            Err(Bad::YLen {
                n: 0,
                len: 3,
                max: 2
            })
        );
        assert_eq!(
            check(dims, &[1, 0], 2, &[4], &[2]),
            Err(Bad::Target {
                n: 0,
                at: 1,
                class: 0
            })
        );
        // A blank past the length is padding.
        assert_eq!(check(dims, &[1, 0], 2, &[4], &[1]), Ok(()));
    }

    #[test]
    fn greedy_decoding_merges_repeats_and_drops_blanks() {
        // Steps' best classes: 1 1 0 1 2 2 0 0 -> 1 1 2.
        let best = [1, 1, 0, 1, 2, 2, 0, 0];
        let c = 3;
        let z: Vec<f32> = best
            .iter()
            .flat_map(|&b| (0..c).map(move |k| if k == b { 2.0 } else { -1.0 }))
            .collect();
        assert_eq!(greedy_decode(&z, 8, c), [1, 1, 2]);
        assert_eq!(greedy_decode(&z, 2, c), [1]);
        assert_eq!(greedy_decode(&z, 0, c), Vec::<usize>::new());
    }

    #[test]
    fn the_edit_distance_counts_the_fewest_edits() {
        assert_eq!(edit_distance(b"kitten", b"sitting"), 3);
        assert_eq!(edit_distance::<u8>(b"", b"abc"), 3);
        assert_eq!(edit_distance(b"abc", b""), 3);
        assert_eq!(edit_distance(&[1, 2, 3], &[1, 2, 3]), 0);
        assert_eq!(edit_distance(&[1, 2, 3], &[3, 2, 1]), 2);
    }
}
