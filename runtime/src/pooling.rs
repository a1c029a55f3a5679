//! Pooling over non-overlapping windows along one dim (`maxpool[F -> P, 3](x)` in `model!`),
//! in either precision. A tensor is seen as `[outer, f, inner]` around the pooled dim; a window
//! is `s` consecutive positions along it, and `f` is a multiple of `s` (the caller checks).
//!
//! `model!` writes a max-pool as `window_sum(first_max_mask(x) * x)`: the mask is 1 at the first
//! maximal element of each window, so the sum picks the maximum, and the gradient, through the
//! rules of the product and of [`window_sum`] (whose transpose is [`repeat`]), reaches exactly
//! that element.

use crate::kernels::Elem;

/// 1 at the first maximal element of each window along the middle axis, 0 elsewhere; a window
/// holding a NaN has its mask at the NaN (so that the max is NaN, as `max` gives).
pub fn first_max_mask<T: Elem>(
    x: &[T],
    outer: usize,
    f: usize,
    inner: usize,
    s: usize,
    out: &mut [T],
) {
    out.fill(T::zero());
    if s == 0 {
        return;
    }
    for o in 0..outer {
        for w in 0..f / s {
            for i in 0..inner {
                let at = |k: usize| (o * f + w * s + k) * inner + i;
                let mut best = 0;
                for k in 1..s {
                    let (v, b) = (x[at(k)], x[at(best)]);
                    if (v > b && !b.is_nan()) || (v.is_nan() && !b.is_nan()) {
                        best = k;
                    }
                }
                out[at(best)] = T::one();
            }
        }
    }
}

/// The sum of each window along the middle axis: `[outer, f, inner]` to `[outer, f / s, inner]`.
pub fn window_sum<T: Elem>(x: &[T], outer: usize, f: usize, inner: usize, s: usize, out: &mut [T]) {
    out.fill(T::zero());
    if s == 0 {
        return;
    }
    let p = f / s;
    for o in 0..outer {
        for j in 0..f {
            let src = &x[(o * f + j) * inner..(o * f + j + 1) * inner];
            let dst = &mut out[(o * p + j / s) * inner..(o * p + j / s + 1) * inner];
            for (d, &v) in dst.iter_mut().zip(src) {
                *d = *d + v;
            }
        }
    }
}

/// Each position along the middle axis repeated `s` times: `[outer, p, inner]` to
/// `[outer, p s, inner]`, the transpose of [`window_sum`].
pub fn repeat<T: Elem>(x: &[T], outer: usize, p: usize, inner: usize, s: usize, out: &mut [T]) {
    let f = p * s;
    for o in 0..outer {
        for j in 0..f {
            let src = &x[(o * p + j / s) * inner..(o * p + j / s + 1) * inner];
            out[(o * f + j) * inner..(o * f + j + 1) * inner].copy_from_slice(src);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_max_is_the_masked_sum_and_repeat_is_the_transpose() {
        // [outer 2, f 6, inner 2], windows of 3.
        let x: Vec<f64> = (0..24)
            .map(|k| ((k * 7) % 11) as f64 - (k / 12) as f64)
            .collect();
        let (outer, f, inner, s) = (2, 6, 2, 3);
        let mut mask = vec![f64::NAN; 24];
        first_max_mask(&x, outer, f, inner, s, &mut mask);
        let picked: Vec<f64> = x.iter().zip(&mask).map(|(a, b)| a * b).collect();
        let mut max = vec![f64::NAN; 8];
        window_sum(&picked, outer, f, inner, s, &mut max);
        for o in 0..outer {
            for w in 0..2 {
                for i in 0..inner {
                    let want = (0..s)
                        .map(|k| x[(o * f + w * s + k) * inner + i])
                        .fold(f64::NEG_INFINITY, f64::max);
                    assert_eq!(max[(o * 2 + w) * inner + i], want);
                }
            }
        }
        // Exactly one 1 per window.
        assert_eq!(mask.iter().sum::<f64>(), 8.0);
        // Ties go to the first: a window of equal values marks its first position.
        let mut m = vec![0.0; 3];
        first_max_mask(&[2.0f64, 2.0, 2.0], 1, 3, 1, 3, &mut m);
        assert_eq!(m, vec![1.0, 0.0, 0.0]);
        first_max_mask(&[1.0f64, f64::NAN, 2.0], 1, 3, 1, 3, &mut m);
        assert_eq!(m, vec![0.0, 1.0, 0.0]);
        // <repeat(a), b> = <a, window_sum(b)>.
        let a: Vec<f64> = (0..8).map(|k| k as f64 * 0.5 - 1.0).collect();
        let mut ra = vec![0.0; 24];
        repeat(&a, outer, 2, inner, s, &mut ra);
        let mut sb = vec![0.0; 8];
        window_sum(&x, outer, f, inner, s, &mut sb);
        let l: f64 = ra.iter().zip(&x).map(|(p, q)| p * q).sum();
        let r: f64 = a.iter().zip(&sb).map(|(p, q)| p * q).sum();
        assert!((l - r).abs() < 1e-12);
    }
}
