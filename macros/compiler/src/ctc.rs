//! The interpreter's connectionist temporal classification: the loss of each example and its
//! gradient in the scores, in `f64` with plain index loops, written apart from the run-time
//! kernel (`runtime/src/ctc.rs`) so that the two check each other; and the inputs the checks
//! draw, targets and lengths that can be aligned.
//!
//! An example of `tl` steps and targets `y` runs the forward-backward recursion over the
//! extended labels `blank, y1, blank, y2, ..., blank` in log space, with a log-sum-exp at every
//! position (no scaling, no offsets): slow and plain.

use crate::gradcheck::Rng;
use crate::interp::Env;
use crate::ir::Graph;
use crate::op::Op;

/// `ln(e^a + e^b)`, `-inf` when both are.
fn lse(a: f64, b: f64) -> f64 {
    let m = a.max(b);
    if m == f64::NEG_INFINITY {
        m
    } else {
        m + ((a - m).exp() + (b - m).exp()).ln()
    }
}

/// One example: `z` is `[tl, c]` (its steps used), `y` its targets used. Returns the loss and,
/// when asked, `d loss / d z` (`[tl, c]`), zero where the loss is `+inf`.
fn example(z: &[f64], tl: usize, c: usize, y: &[usize], grad: bool) -> (f64, Option<Vec<f64>>) {
    let mut lp = vec![0.0; tl * c];
    for t in 0..tl {
        let row = &z[t * c..(t + 1) * c];
        let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let s: f64 = row.iter().map(|v| (v - m).exp()).sum();
        for k in 0..c {
            lp[t * c + k] = row[k] - m - s.ln();
        }
    }
    let mut ext = vec![0usize];
    for &k in y {
        ext.push(k);
        ext.push(0);
    }
    let s = ext.len();
    // May position `j` be reached from `j - 2` (a label after a different label)?
    let skip = |j: usize| j >= 2 && ext[j] != 0 && ext[j] != ext[j - 2];
    let ninf = f64::NEG_INFINITY;
    let mut alpha = vec![ninf; tl * s];
    let mut beta = vec![ninf; tl * s];
    if tl == 0 {
        let loss = if y.is_empty() { 0.0 } else { f64::INFINITY };
        return (loss, grad.then(Vec::new));
    }
    alpha[0] = lp[ext[0]];
    if s > 1 {
        alpha[1] = lp[ext[1]];
    }
    for t in 1..tl {
        for j in 0..s {
            let mut a = alpha[(t - 1) * s + j];
            if j >= 1 {
                a = lse(a, alpha[(t - 1) * s + j - 1]);
            }
            if skip(j) {
                a = lse(a, alpha[(t - 1) * s + j - 2]);
            }
            alpha[t * s + j] = a + lp[t * c + ext[j]];
        }
    }
    let last = (tl - 1) * s;
    let log_p = if s > 1 {
        lse(alpha[last + s - 1], alpha[last + s - 2])
    } else {
        alpha[last]
    };
    let loss = -log_p;
    if !grad {
        return (loss, None);
    }
    let mut d = vec![0.0; tl * c];
    if log_p == ninf {
        return (loss, Some(d));
    }
    beta[last + s - 1] = lp[(tl - 1) * c + ext[s - 1]];
    if s > 1 {
        beta[last + s - 2] = lp[(tl - 1) * c + ext[s - 2]];
    }
    for t in (0..tl - 1).rev() {
        for j in 0..s {
            let mut b = beta[(t + 1) * s + j];
            if j + 1 < s {
                b = lse(b, beta[(t + 1) * s + j + 1]);
            }
            if j + 2 < s && skip(j + 2) {
                b = lse(b, beta[(t + 1) * s + j + 2]);
            }
            beta[t * s + j] = b + lp[t * c + ext[j]];
        }
    }
    for t in 0..tl {
        // ln of the probability mass of the alignments through class k at step t.
        let mut occ = vec![ninf; c];
        for j in 0..s {
            let k = ext[j];
            occ[k] = lse(occ[k], alpha[t * s + j] + beta[t * s + j] - lp[t * c + k]);
        }
        for k in 0..c {
            d[t * c + k] = lp[t * c + k].exp() - (occ[k] - log_p).exp();
        }
    }
    (loss, Some(d))
}

/// The loss of each example: `z` is `[n, t, c]`, `y` `[n, l]`, `zlen` and `ylen` `[n]`.
/// With `g` (`[n]`), also the gradient of `sum(g loss)` in `z`: zero past `zlen` and for an
/// example whose loss is `+inf`. A length beyond its dim or a target outside `1..c` makes its
/// example NaN (the emitted code refuses such inputs with an `Err`).
#[allow(clippy::too_many_arguments)]
pub fn eval(
    z: &[f64],
    (n, t, c): (usize, usize, usize),
    y: &[usize],
    l: usize,
    zlen: &[usize],
    ylen: &[usize],
    g: Option<&[f64]>,
) -> (Vec<f64>, Vec<f64>) {
    let mut loss = vec![0.0; n];
    let mut dz = vec![0.0; if g.is_some() { n * t * c } else { 0 }];
    for i in 0..n {
        let (tl, yl) = (zlen[i], ylen[i]);
        let yi = y.get(i * l..i * l + yl.min(l)).unwrap_or(&[]);
        if tl > t || yl > l || yi.iter().any(|&k| k == 0 || k >= c) {
            loss[i] = f64::NAN;
            if g.is_some() {
                dz[i * t * c..(i + 1) * t * c].fill(f64::NAN);
            }
            continue;
        }
        let zi = &z[i * t * c..i * t * c + tl * c];
        let (v, d) = example(zi, tl, c, yi, g.is_some());
        loss[i] = v;
        if let (Some(g), Some(d)) = (g, d) {
            for (o, x) in dz[i * t * c..].iter_mut().zip(&d) {
                *o = g[i] * x;
            }
        }
    }
    (loss, dz)
}

/// The fewest steps that can emit `y`: one per target, and a blank between equal neighbours.
pub fn min_steps(y: &[usize]) -> usize {
    y.len() + y.windows(2).filter(|w| w[0] == w[1]).count()
}

/// Makes drawn targets and lengths valid for `ctc`: targets in `1..c` (drawn afresh), `zlen`
/// in `0..=t` with most examples at `t`, and `ylen` as long as `zlen` can align (`min_steps`),
/// drawn from `0..=l`. With `c < 2` there is no class but the blank, and every `ylen` is 0.
/// `pick(k)` draws uniformly from `0..k`.
pub fn make_valid(
    pick: &mut dyn FnMut(usize) -> usize,
    (n, t, c): (usize, usize, usize),
    y: &mut [usize],
    l: usize,
    zlen: &mut [usize],
    ylen: &mut [usize],
) {
    for i in 0..n {
        for k in &mut y[i * l..(i + 1) * l] {
            *k = if c < 2 { 0 } else { 1 + pick(c - 1) };
        }
        zlen[i] = if pick(3) == 0 { pick(t + 1) } else { t };
        let mut yl = if c < 2 { 0 } else { pick(l + 1) };
        while yl > 0 && min_steps(&y[i * l..i * l + yl]) > zlen[i] {
            yl -= 1;
        }
        ylen[i] = yl;
    }
}

/// [`make_valid`] for every `ctc` of `g` whose targets and lengths are integer inputs: `labels`
/// holds each integer input's values (by its index among them), `dims` each dim's size.
pub fn make_labels_valid(
    g: &Graph,
    dims: &[usize],
    labels: &mut [Vec<usize>],
    pick: &mut dyn FnMut(usize) -> usize,
) {
    for n in &g.nodes {
        if !matches!(n.op, Op::Ctc | Op::CtcGrad) {
            continue;
        }
        let size = |id: crate::ir::Id, axis: usize| dims[g.shape(id)[axis].ix()];
        let input = |id: crate::ir::Id| match g.node(id).op {
            Op::Labels(k) => Some(k),
            _ => None,
        };
        let (Some(y), Some(zl), Some(yl)) = (input(n.args[1]), input(n.args[2]), input(n.args[3]))
        else {
            continue;
        };
        if y == zl || y == yl || zl == yl {
            continue;
        }
        let z = n.args[0];
        let (nn, t, c, l) = (size(z, 0), size(z, 1), size(z, 2), size(n.args[1], 1));
        let mut ys = std::mem::take(&mut labels[y]);
        let mut zls = std::mem::take(&mut labels[zl]);
        let mut yls = std::mem::take(&mut labels[yl]);
        make_valid(pick, (nn, t, c), &mut ys, l, &mut zls, &mut yls);
        labels[y] = ys;
        labels[zl] = zls;
        labels[yl] = yls;
    }
}

/// [`make_labels_valid`] on an interpreter's environment.
pub fn make_env_valid(g: &Graph, env: &mut Env, rng: &mut Rng) {
    let mut labels: Vec<Vec<usize>> = env
        .labels
        .iter_mut()
        .map(|l| std::mem::take(&mut l.data))
        .collect();
    let dims = env.dims.clone();
    make_labels_valid(g, &dims, &mut labels, &mut |k| {
        (rng.next_u64() % k.max(1) as u64) as usize
    });
    for (l, data) in env.labels.iter_mut().zip(labels) {
        l.data = data;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `-ln` of the sum over every path of `tl` classes that collapses to `y` (repeats merged,
    /// blanks dropped) of the product of its softmax probabilities.
    fn brute(z: &[f64], tl: usize, c: usize, y: &[usize]) -> f64 {
        let mut total = 0.0;
        let mut path = vec![0usize; tl];
        loop {
            let mut out = Vec::new();
            let mut prev = usize::MAX;
            for &k in &path {
                if k != prev && k != 0 {
                    out.push(k);
                }
                prev = k;
            }
            if out == y {
                let mut p = 1.0;
                for (s, &k) in path.iter().enumerate() {
                    let row = &z[s * c..(s + 1) * c];
                    let den: f64 = row.iter().map(|v| v.exp()).sum();
                    p *= row[k].exp() / den;
                }
                total += p;
            }
            // The next path, as a number in base c.
            let mut i = 0;
            while i < tl && path[i] == c - 1 {
                path[i] = 0;
                i += 1;
            }
            if i == tl {
                break;
            }
            path[i] += 1;
        }
        -total.ln()
    }

    #[test]
    fn the_loss_sums_every_alignment_and_the_gradient_is_its_derivative() {
        let mut rng = Rng::new(7);
        let c = 3;
        for (tl, y) in [
            (1, vec![]),
            (3, vec![1]),
            (4, vec![1, 2]),
            (5, vec![2, 2]),
            (6, vec![1, 1, 2]),
            (6, vec![2, 1, 2]),
            (3, vec![1, 1]),
            (2, vec![1, 1]),
        ] {
            let z: Vec<f64> = (0..tl * c).map(|_| 2.0 * rng.value()).collect();
            let (loss, d) = example(&z, tl, c, &y, true);
            let want = brute(&z, tl, c, &y);
            assert!(
                (loss - want).abs() <= 1e-12 * want.abs().max(1.0) || loss == want,
                "{tl} {y:?}: {loss} vs {want}"
            );
            let d = d.unwrap();
            if want.is_infinite() {
                assert!(d.iter().all(|&v| v == 0.0));
                continue;
            }
            for q in 0..z.len() {
                let h = 1e-5;
                let mut zp = z.clone();
                zp[q] += h;
                let mut zm = z.clone();
                zm[q] -= h;
                let fd = (brute(&zp, tl, c, &y) - brute(&zm, tl, c, &y)) / (2.0 * h);
                assert!(
                    (d[q] - fd).abs() < 1e-7,
                    "{tl} {y:?} [{q}]: {} vs {fd}",
                    d[q]
                );
            }
        }
    }

    #[test]
    fn drawn_inputs_can_be_aligned() {
        let mut rng = Rng::new(3);
        let (n, t, c, l) = (40, 4, 3, 3);
        let mut y = vec![0; n * l];
        let (mut zlen, mut ylen) = (vec![0; n], vec![0; n]);
        let mut pick = |k: usize| (rng.next_u64() % k as u64) as usize;
        make_valid(&mut pick, (n, t, c), &mut y, l, &mut zlen, &mut ylen);
        let z = vec![0.0; n * t * c];
        let (loss, _) = eval(&z, (n, t, c), &y, l, &zlen, &ylen, None);
        assert!(loss.iter().all(|v| v.is_finite()), "{loss:?}");
        assert!(y.iter().all(|&k| (1..c).contains(&k)));
        assert!(zlen.iter().any(|&v| v < t) && ylen.contains(&l));
    }
}
