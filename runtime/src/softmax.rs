//! Softmax, log-softmax and log-sum-exp over the rows of a row-major matrix, accurate at any
//! magnitude.
//!
//! Every row is shifted by its maximum `m`, as PyTorch and JAX do, and more: with
//! `t = sum(e^(x - m))` over the row's elements other than one maximal element,
//!
//! - `logsumexp = m + log1p(t)`,
//! - `log_softmax = (x - m) - log1p(t)`, a sum of two terms of one sign,
//! - `softmax = e^(x - m) / (1 + t)`,
//!
//! and each `e^(x - m)` is corrected for the rounding of `x - m` (`e^(d + lo) = e^d (1 + lo)`,
//! with `lo` the exact error of the subtraction). So no large value is ever subtracted from
//! another rounded one: the rows `[1e16, 1e16]` give `[0.5, 0.5]`, `-ln 2` and `1e16`, and every
//! result is within a few ulps of the f64 value for any finite row. The one exception is
//! log-sum-exp near 0 with a negative maximum (`m` close to `-log1p(t)`), where the true value
//! is itself a cancellation; there it is within a few ulps of `|m|`.
//!
//! A `NaN` anywhere in a row makes every result of the row `NaN`. A row whose maximum is
//! infinite (a `+inf`, or `-inf` alone) has that maximum as its log-sum-exp and `NaN` for the
//! rest.

use crate::vmath::{exp, log1p};

/// Rows shorter than this are reduced [`BLOCK`] rows at a time, one row per vector lane;
/// longer rows one at a time, in 8 lanes.
const SHORT_ROW: usize = 32;

/// How many rows are reduced together.
const BLOCK: usize = 16;

/// `x - m` and the exact error of that subtraction (`x - m = d + lo` exactly, by Knuth's
/// two-sum), with the error 0 where `d` is not finite.
#[inline(always)]
fn diff(x: f32, m: f32) -> (f32, f32) {
    let d = x - m;
    let b = d - x;
    let lo = (x - (d - b)) + (-m - b);
    (d, if lo.is_nan() { 0.0 } else { lo })
}

/// `e^(x - m)`, to within about an ulp however far `x` is below `m`.
#[inline(always)]
fn exp_diff(x: f32, m: f32) -> f32 {
    let (d, lo) = diff(x, m);
    let e = exp(d);
    e + e * lo
}

/// The term of `x` in `t`, and whether `x` is maximal (a tie with `m`, which adds 1 to `t`
/// for each tie past the first).
#[inline(always)]
fn term(x: f32, m: f32) -> (f32, f32) {
    // Both sides computed and one selected, without a branch: the loops over a row's lanes
    // then run as vector instructions.
    let e = exp_diff(x, m);
    let tie = x == m;
    (if tie { 0.0 } else { e }, if tie { 1.0 } else { 0.0 })
}

/// Calls `f(first_row, m, t)` for each block of up to [`BLOCK`] rows, with each row's maximum
/// and `t` (see the module). `t` is summed in f64.
fn stats(x: &[f32], rows: usize, cols: usize, mut f: impl FnMut(usize, &[f32], &[f32])) {
    let mut m = [0f32; BLOCK];
    let mut t = [0f32; BLOCK];
    if cols == 0 {
        let m = [f32::NEG_INFINITY; BLOCK];
        for r0 in (0..rows).step_by(BLOCK) {
            let n = BLOCK.min(rows - r0);
            f(r0, &m[..n], &t[..n]);
        }
        return;
    }
    for r0 in (0..rows).step_by(BLOCK) {
        let n = BLOCK.min(rows - r0);
        let blk = &x[r0 * cols..(r0 + n) * cols];
        if cols < SHORT_ROW {
            // The block transposed, so that each column of it is one vector of rows; rows past
            // the end are zeros, computed and ignored.
            let mut tb = [[0f32; BLOCK]; SHORT_ROW];
            for (r, row) in blk.chunks_exact(cols).enumerate() {
                for (j, &v) in row.iter().enumerate() {
                    tb[j][r] = v;
                }
            }
            let tb = &tb[..cols];
            let mut mx = [f32::NEG_INFINITY; BLOCK];
            for c in tb {
                for r in 0..BLOCK {
                    mx[r] = mx[r].max(c[r]);
                }
            }
            let mut s = [0f64; BLOCK];
            let mut ties = [0f32; BLOCK];
            for c in tb {
                for r in 0..BLOCK {
                    let (e, tie) = term(c[r], mx[r]);
                    s[r] += e as f64;
                    ties[r] += tie;
                }
            }
            for r in 0..BLOCK {
                m[r] = mx[r];
                t[r] = (s[r] + (ties[r] - 1.0) as f64) as f32;
            }
        } else {
            for (r, row) in blk.chunks_exact(cols).enumerate() {
                let chunks = row.chunks_exact(8);
                let tail = chunks.remainder();
                let mut mx = [f32::NEG_INFINITY; 8];
                for c in chunks.clone() {
                    for l in 0..8 {
                        mx[l] = mx[l].max(c[l]);
                    }
                }
                let mr = tail
                    .iter()
                    .chain(&mx)
                    .copied()
                    .fold(f32::NEG_INFINITY, f32::max);
                let mut s = [0f64; 8];
                let mut ties = [0f32; 8];
                for c in chunks {
                    for l in 0..8 {
                        let (e, tie) = term(c[l], mr);
                        s[l] += e as f64;
                        ties[l] += tie;
                    }
                }
                for &v in tail {
                    let (e, tie) = term(v, mr);
                    s[0] += e as f64;
                    ties[0] += tie;
                }
                let ties: f32 = ties.iter().sum();
                m[r] = mr;
                t[r] = (s.iter().sum::<f64>() + (ties - 1.0) as f64) as f32;
            }
        }
        f(r0, &m[..n], &t[..n]);
    }
}

/// Like [`stats`], but also writes each element's `e^(x - m)` (1 at a maximum) into `out`, and
/// calls `f(row, out_row, m, t)` once each row is written: softmax and its relatives then scale
/// the exponentials instead of computing them again.
fn exps(
    x: &[f32],
    rows: usize,
    cols: usize,
    out: &mut [f32],
    mut f: impl FnMut(usize, &mut [f32], f32, f32),
) {
    if cols == 0 {
        return;
    }
    for r0 in (0..rows).step_by(BLOCK) {
        let n = BLOCK.min(rows - r0);
        let blk = &x[r0 * cols..(r0 + n) * cols];
        let ob = &mut out[r0 * cols..(r0 + n) * cols];
        if cols < SHORT_ROW {
            let mut tb = [[0f32; BLOCK]; SHORT_ROW];
            for (r, row) in blk.chunks_exact(cols).enumerate() {
                for (j, &v) in row.iter().enumerate() {
                    tb[j][r] = v;
                }
            }
            let tb = &mut tb[..cols];
            let mut mx = [f32::NEG_INFINITY; BLOCK];
            for c in tb.iter() {
                for r in 0..BLOCK {
                    mx[r] = mx[r].max(c[r]);
                }
            }
            let mut s = [0f64; BLOCK];
            let mut ties = [0f32; BLOCK];
            for c in tb.iter_mut() {
                for r in 0..BLOCK {
                    let (e, tie) = term(c[r], mx[r]);
                    s[r] += e as f64;
                    ties[r] += tie;
                    c[r] = if tie > 0.0 { 1.0 } else { e };
                }
            }
            for (r, o) in ob.chunks_exact_mut(cols).enumerate() {
                for (j, o) in o.iter_mut().enumerate() {
                    *o = tb[j][r];
                }
                let t = (s[r] + (ties[r] - 1.0) as f64) as f32;
                f(r0 + r, o, mx[r], t);
            }
        } else {
            for (r, (row, o)) in blk
                .chunks_exact(cols)
                .zip(ob.chunks_exact_mut(cols))
                .enumerate()
            {
                let chunks = row.chunks_exact(8);
                let mut m8 = [f32::NEG_INFINITY; 8];
                for c in chunks.clone() {
                    for l in 0..8 {
                        m8[l] = m8[l].max(c[l]);
                    }
                }
                let m = chunks
                    .remainder()
                    .iter()
                    .chain(&m8)
                    .copied()
                    .fold(f32::NEG_INFINITY, f32::max);
                // Summed as [`stats`] sums: 8 lanes, the tail into the first, so that a row's
                // `t` has the same bits here and there.
                let mut s = [0f64; 8];
                let mut ties = [0f32; 8];
                let n8 = cols - cols % 8;
                for (c, oc) in row[..n8].chunks_exact(8).zip(o[..n8].chunks_exact_mut(8)) {
                    // The terms first, then their sums: the two loops vectorize apart.
                    let (mut e, mut tie) = ([0f32; 8], [0f32; 8]);
                    for l in 0..8 {
                        (e[l], tie[l]) = term(c[l], m);
                    }
                    for l in 0..8 {
                        s[l] += e[l] as f64;
                        ties[l] += tie[l];
                        oc[l] = if tie[l] > 0.0 { 1.0 } else { e[l] };
                    }
                }
                for (o, &v) in o[n8..].iter_mut().zip(&row[n8..]) {
                    let (e, tie) = term(v, m);
                    s[0] += e as f64;
                    ties[0] += tie;
                    *o = if tie > 0.0 { 1.0 } else { e };
                }
                let ties: f32 = ties.iter().sum();
                f(
                    r0 + r,
                    o,
                    m,
                    (s.iter().sum::<f64>() + (ties - 1.0) as f64) as f32,
                );
            }
        }
    }
}

/// `out[r] = log(sum(exp(x[r, :])))` for each row of `x` (`rows x cols`, row-major); `-inf`
/// for rows of no elements.
pub fn logsumexp_rows(x: &[f32], rows: usize, cols: usize, out: &mut [f32]) {
    stats(x, rows, cols, |r0, m, t| {
        for (r, o) in out[r0..r0 + m.len()].iter_mut().enumerate() {
            *o = if m[r].is_infinite() && !t[r].is_nan() {
                m[r]
            } else {
                m[r] + log1p(t[r])
            };
        }
    });
}

/// `out[r, :] = softmax(x[r, :])` for each row of `x` (`rows x cols`, row-major).
pub fn softmax_rows(x: &[f32], rows: usize, cols: usize, out: &mut [f32]) {
    exps(x, rows, cols, out, |_, o, m, t| {
        if !m.is_finite() {
            o.fill(f32::NAN);
            return;
        }
        let s = 1.0 + t;
        for o in o.iter_mut() {
            *o /= s;
        }
    });
}

/// `out[r, :] = log_softmax(x[r, :])` for each row of `x` (`rows x cols`, row-major).
pub fn log_softmax_rows(x: &[f32], rows: usize, cols: usize, out: &mut [f32]) {
    stats(x, rows, cols, |r0, m, t| {
        for r in 0..m.len() {
            let at = (r0 + r) * cols;
            let (row, o) = (&x[at..at + cols], &mut out[at..at + cols]);
            let (mr, l) = (m[r], log1p(t[r]));
            if !mr.is_finite() {
                o.fill(f32::NAN);
                continue;
            }
            for (o, &v) in o.iter_mut().zip(row) {
                *o = (v - mr) - l;
            }
        }
    });
}

/// `out[r] = cross_entropy(x[r, :], y[r]) = -log_softmax(x[r, :])[y[r]]`, as
/// `log1p(t) - (x[r, y[r]] - m)`: two terms of one sign.
pub fn cross_entropy_rows(x: &[f32], rows: usize, cols: usize, y: &[usize], out: &mut [f32]) {
    stats(x, rows, cols, |r0, m, t| {
        for r in 0..m.len() {
            let row = r0 + r;
            out[row] = entropy(x[row * cols + y[row]], m[r], t[r]);
        }
    });
}

/// A row's cross-entropy from its label's score `xl`, its maximum `m` and `t`.
#[inline(always)]
fn entropy(xl: f32, m: f32, t: f32) -> f32 {
    if m.is_finite() {
        log1p(t) - (xl - m)
    } else {
        f32::NAN
    }
}

/// Turns a row's exponentials `o` (see [`exps`]) into `softmax - onehot(l)`, the label's own
/// entry as minus the sum of the others.
#[inline(always)]
fn entropy_grad(o: &mut [f32], l: usize, m: f32, t: f32) {
    if !m.is_finite() {
        o.fill(f32::NAN);
        return;
    }
    let s = 1.0 + t;
    for o in o.iter_mut() {
        *o /= s;
    }
    // The others summed in 8 lanes (the label's entry zeroed first), so that the sum runs as
    // vector instructions rather than one long chain of additions.
    o[l] = 0.0;
    let chunks = o.chunks_exact(8);
    let mut lanes = [0f64; 8];
    let mut others: f64 = chunks.remainder().iter().map(|&p| p as f64).sum();
    for c in chunks {
        for k in 0..8 {
            lanes[k] += c[k] as f64;
        }
    }
    others += lanes.iter().sum::<f64>();
    o[l] = -(others as f32);
}

/// `out[r, :] = softmax(x[r, :]) - onehot(y[r])`, the derivative of [`cross_entropy_rows`],
/// with the label's own entry as minus the sum of the others: `p - 1` would round to 0 where
/// `p` is within an ulp of 1.
pub fn cross_entropy_grad_rows(x: &[f32], rows: usize, cols: usize, y: &[usize], out: &mut [f32]) {
    exps(x, rows, cols, out, |r, o, m, t| entropy_grad(o, y[r], m, t));
}

/// [`cross_entropy_rows`] into `loss` and [`cross_entropy_grad_rows`] into `grad` in one pass
/// over `x`, each element's exponential computed once: the loss has the bits of
/// [`cross_entropy_rows`], the gradient those of [`cross_entropy_grad_rows`].
pub fn cross_entropy_with_grad_rows(
    x: &[f32],
    rows: usize,
    cols: usize,
    y: &[usize],
    loss: &mut [f32],
    grad: &mut [f32],
) {
    if cols == 0 {
        return cross_entropy_rows(x, rows, cols, y, loss);
    }
    exps(x, rows, cols, grad, |r, o, m, t| {
        loss[r] = entropy(x[r * cols + y[r]], m, t);
        entropy_grad(o, y[r], m, t);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loss and its gradient in one pass give the bits of the two kernels apart, for short
    /// and long rows, ties, a row with one element and rows of huge magnitude.
    #[test]
    fn the_loss_and_its_gradient_in_one_pass_give_the_bits_of_each() {
        for (rows, cols) in [(37, 1), (37, 5), (33, 31), (19, 32), (21, 50), (5, 301)] {
            let mut x: Vec<f32> = (0..rows * cols)
                .map(|i| ((i as f32 * 0.731).sin() * 9.0).round() / 2.0)
                .collect();
            x[..cols].iter_mut().for_each(|v| *v *= 1e30);
            let y: Vec<usize> = (0..rows).map(|r| (r * 7) % cols).collect();
            let (mut l1, mut g1) = (vec![0f32; rows], vec![0f32; rows * cols]);
            cross_entropy_with_grad_rows(&x, rows, cols, &y, &mut l1, &mut g1);
            let (mut l2, mut g2) = (vec![0f32; rows], vec![0f32; rows * cols]);
            cross_entropy_rows(&x, rows, cols, &y, &mut l2);
            cross_entropy_grad_rows(&x, rows, cols, &y, &mut g2);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&l1), bits(&l2), "loss, {rows} x {cols}");
            assert_eq!(bits(&g1), bits(&g2), "gradient, {rows} x {cols}");
        }
    }

    /// The f64 definitions, through the row's maximum, with `ln s = ln_1p(s - 1)` summed
    /// without the maximum's own 1 (`ln` of `1 + 1e-13` in f64 is wrong in the fourth digit).
    fn reference(row: &[f32]) -> (f64, Vec<f64>, Vec<f64>) {
        let x: Vec<f64> = row.iter().map(|&v| v as f64).collect();
        let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let first = x.iter().position(|&v| v == m);
        let t: f64 = (0..x.len())
            .filter(|&i| Some(i) != first)
            .map(|i| if x[i] == m { 1.0 } else { (x[i] - m).exp() })
            .sum();
        let (s, ln_s) = if first.is_some() {
            (1.0 + t, t.ln_1p())
        } else {
            (t, t.ln())
        };
        let lse = if m.is_infinite() && !t.is_nan() {
            m
        } else {
            m + ln_s
        };
        let nan = !m.is_finite();
        let sm = x
            .iter()
            .map(|&v| if nan { f64::NAN } else { (v - m).exp() / s })
            .collect();
        let lsm = x
            .iter()
            .map(|&v| if nan { f64::NAN } else { (v - m) - ln_s })
            .collect();
        (lse, sm, lsm)
    }

    /// The distance of `got` from `want` in ulps of `want` rounded to f32, with values below
    /// 1e-30 compared to 0 at one ulp of 1e-30; beyond the largest f32, only the infinity of
    /// its sign is right.
    fn ulps(got: f32, want: f64) -> f64 {
        if want.is_nan() {
            return if got.is_nan() { 0.0 } else { f64::INFINITY };
        }
        let want = if want.abs() > f32::MAX as f64 {
            want.signum() * f64::INFINITY
        } else {
            want
        };
        if want.is_infinite() || got.is_infinite() {
            return if got as f64 == want {
                0.0
            } else {
                f64::INFINITY
            };
        }
        let w = (want.abs() as f32).max(1e-30);
        let ulp = (f32::from_bits(w.to_bits() + 1) - w) as f64;
        (got as f64 - want).abs() / ulp
    }

    fn rows_of(cases: &[Vec<f32>]) -> Vec<(usize, Vec<f32>)> {
        // Each case as a matrix of one row, and all cases of one length stacked, so that both
        // the blocked and the per-row paths see every case.
        let mut out: Vec<(usize, Vec<f32>)> = cases.iter().map(|c| (c.len(), c.clone())).collect();
        for len in [2usize, 3, 10, 40] {
            let same: Vec<f32> = cases
                .iter()
                .filter(|c| c.len() == len)
                .flatten()
                .copied()
                .collect();
            if !same.is_empty() {
                out.push((len, same));
            }
        }
        out
    }

    /// Rows at every magnitude, ties and huge equal values among them, against f64.
    #[test]
    fn within_a_few_ulps_of_f64_at_any_magnitude() {
        let mut cases: Vec<Vec<f32>> = vec![
            vec![1e16, 1e16],
            vec![1e4, 1e4],
            vec![1e4, -1e4],
            vec![-1e4, -1e4, -1e4],
            vec![0.1, 30.0],
            vec![0.0, -20.0],
            vec![-0.5, 87.0, 87.0],
            vec![3e38, -3e38],
            vec![1e-30, -1e-30, 0.0],
            vec![0.0, 0.0, 0.0],
        ];
        let mut s = 0x9e37_79b9u32;
        let mut next = || {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            s
        };
        for len in [2usize, 3, 10, 40] {
            for _ in 0..40 {
                let scale = [1e-30f32, 1e-3, 1.0, 30.0, 1e4, 1e16][next() as usize % 6];
                let row: Vec<f32> = (0..len)
                    .map(|_| {
                        let u = (next() >> 8) as f32 / (1u32 << 24) as f32 * 2.0 - 1.0;
                        if next() % 5 == 0 {
                            scale
                        } else {
                            u * scale
                        }
                    })
                    .collect();
                cases.push(row);
            }
        }
        for (cols, x) in rows_of(&cases) {
            let rows = x.len() / cols;
            let mut lse = vec![0.0; rows];
            let mut sm = vec![0.0; x.len()];
            let mut lsm = vec![0.0; x.len()];
            logsumexp_rows(&x, rows, cols, &mut lse);
            softmax_rows(&x, rows, cols, &mut sm);
            log_softmax_rows(&x, rows, cols, &mut lsm);
            for r in 0..rows {
                let row = &x[r * cols..(r + 1) * cols];
                let (want_lse, want_sm, want_lsm) = reference(row);
                let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
                // The one cancellation of the definition: log-sum-exp near 0 below a negative
                // maximum, measured against the maximum.
                let lse_scale = if m < 0.0 {
                    want_lse.abs().max(m.abs())
                } else {
                    want_lse
                };
                let e =
                    ulps(lse[r], want_lse) * want_lse.abs().max(1e-30) / lse_scale.abs().max(1e-30);
                assert!(
                    e <= 8.0,
                    "logsumexp of {row:?}: {} against {want_lse}",
                    lse[r]
                );
                for j in 0..cols {
                    let (g, w) = (sm[r * cols + j], want_sm[j]);
                    assert!(
                        ulps(g, w) <= 8.0,
                        "softmax of {row:?} at {j}: {g} against {w}"
                    );
                    let (g, w) = (lsm[r * cols + j], want_lsm[j]);
                    assert!(
                        ulps(g, w) <= 8.0,
                        "log_softmax of {row:?} at {j}: {g} against {w}"
                    );
                }
            }
            // Cross-entropy and its derivative, with labels at several positions of each row.
            for shift in 0..cols.min(4) {
                let y: Vec<usize> = (0..rows).map(|r| (r + shift * 7) % cols).collect();
                let mut ce = vec![0.0; rows];
                let mut grad = vec![0.0; x.len()];
                cross_entropy_rows(&x, rows, cols, &y, &mut ce);
                cross_entropy_grad_rows(&x, rows, cols, &y, &mut grad);
                for r in 0..rows {
                    let row = &x[r * cols..(r + 1) * cols];
                    let (_, want_sm, want_lsm) = reference(row);
                    let l = y[r];
                    let w = -want_lsm[l];
                    assert!(
                        ulps(ce[r], w) <= 8.0,
                        "ce of {row:?}, {l}: {} against {w}",
                        ce[r]
                    );
                    // At the label, p - 1 as minus the sum of the others.
                    let others: f64 = (0..cols).filter(|&j| j != l).map(|j| want_sm[j]).sum();
                    for j in 0..cols {
                        let w = if j == l { -others } else { want_sm[j] };
                        let g = grad[r * cols + j];
                        assert!(
                            ulps(g, w) <= 8.0,
                            "ce grad of {row:?}, {l}, {j}: {g} against {w}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn huge_equal_values_give_the_values_of_equal_small_ones() {
        let (mut sm, mut lsm, mut lse) = ([0.0; 2], [0.0; 2], [0.0; 1]);
        softmax_rows(&[1e16, 1e16], 1, 2, &mut sm);
        log_softmax_rows(&[1e16, 1e16], 1, 2, &mut lsm);
        logsumexp_rows(&[1e16, 1e16], 1, 2, &mut lse);
        assert_eq!(sm, [0.5, 0.5]);
        assert_eq!(lsm, [-std::f32::consts::LN_2; 2]);
        assert_eq!(lse, [1e16]);
    }

    #[test]
    fn infinities_nans_and_empty_rows_follow_the_f64_definitions() {
        let x = [
            f32::NEG_INFINITY,
            f32::NEG_INFINITY,
            1.0,
            f32::NEG_INFINITY,
            f32::INFINITY,
            1.0,
            f32::NAN,
            1.0,
        ];
        let (mut lse, mut sm, mut lsm) = ([0.0; 4], [0.0; 8], [0.0; 8]);
        logsumexp_rows(&x, 4, 2, &mut lse);
        softmax_rows(&x, 4, 2, &mut sm);
        log_softmax_rows(&x, 4, 2, &mut lsm);
        for r in 0..4 {
            let (want_lse, want_sm, want_lsm) = reference(&x[2 * r..2 * r + 2]);
            assert_eq!(ulps(lse[r], want_lse), 0.0, "row {r}: {}", lse[r]);
            for j in 0..2 {
                assert!(ulps(sm[2 * r + j], want_sm[j]) <= 1.0, "row {r}");
                assert!(ulps(lsm[2 * r + j], want_lsm[j]) <= 1.0, "row {r}");
            }
        }
        // A masked entry (-inf) gets probability 0; a row with +inf is NaN.
        assert_eq!(sm[2..4], [1.0, 0.0]);
        assert!(sm[4..8].iter().all(|v| v.is_nan()));
        let mut empty = [7.0; 3];
        logsumexp_rows(&[], 3, 0, &mut empty);
        assert_eq!(empty, [f32::NEG_INFINITY; 3]);
    }
}
