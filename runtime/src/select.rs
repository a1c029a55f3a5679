//! Kernels that select and place values: gathers by integer index and their transposes, one-hot
//! rows, and slices at one index of a dim and their transposes. Generic over the precision, over
//! contiguous row-major slices; the sizes are the caller's (the emitted code checks them before).
//!
//! A tensor sliced along a dim is viewed as `[outer, size, inner]`: the dims before it, the
//! dim, and the dims after it.

use crate::kernels::Elem;

/// Row `i` of `out` is row `idx[i]` of `w`, rows of `row` elements. Every index is below
/// `w.len() / row` (the emitted code checks labels against their range first).
pub fn gather<T: Elem>(w: &[T], idx: &[usize], row: usize, out: &mut [T]) {
    if row == 0 {
        return;
    }
    for (o, &v) in out.chunks_exact_mut(row).zip(idx) {
        o.copy_from_slice(&w[v * row..(v + 1) * row]);
    }
}

/// The transpose of [`gather`]: `out` zeroed, then row `i` of `d` added into row `idx[i]` of
/// `out`, in order of `i` (repeated indices add up, in the same order at every thread count).
pub fn scatter_add<T: Elem>(d: &[T], idx: &[usize], row: usize, out: &mut [T]) {
    out.fill(T::zero());
    if row == 0 {
        return;
    }
    for (r, &v) in d.chunks_exact(row).zip(idx) {
        for (o, &x) in out[v * row..(v + 1) * row].iter_mut().zip(r) {
            *o = *o + x;
        }
    }
}

/// Row `i` of `out` (of `classes` elements) is 1 at `idx[i]` and 0 elsewhere.
pub fn onehot<T: Elem>(idx: &[usize], classes: usize, out: &mut [T]) {
    out.fill(T::zero());
    if classes == 0 {
        return;
    }
    for (o, &v) in out.chunks_exact_mut(classes).zip(idx) {
        o[v] = T::one();
    }
}

/// `out[a, b] = x[a, at, b]` for `x` of `[outer, size, inner]`.
pub fn slice<T: Elem>(x: &[T], outer: usize, size: usize, inner: usize, at: usize, out: &mut [T]) {
    for a in 0..outer {
        let from = (a * size + at) * inner;
        out[a * inner..(a + 1) * inner].copy_from_slice(&x[from..from + inner]);
    }
}

/// The transpose of [`slice`] for several slices at once: `out[a, at[i], b] = parts[i][a, b]`,
/// zero at the indices of the middle dim that `at` (distinct indices) leaves out. Each element
/// of `out` is written once.
pub fn unslice<T: Elem>(
    parts: &[&[T]],
    at: &[usize],
    outer: usize,
    size: usize,
    inner: usize,
    out: &mut [T],
) {
    if at.len() < size {
        out.fill(T::zero());
    }
    for a in 0..outer {
        for (d, &k) in parts.iter().zip(at) {
            let to = (a * size + k) * inner;
            out[to..to + inner].copy_from_slice(&d[a * inner..(a + 1) * inner]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gather_and_its_transpose_are_adjoint() {
        // <gather(w), d> = <w, scatter_add(d)> for every w and d.
        let (v, row, idx) = (4, 3, [2usize, 0, 2, 3, 2]);
        let w: Vec<f64> = (0..v * row).map(|i| (i as f64 * 0.37).sin()).collect();
        let d: Vec<f64> = (0..idx.len() * row)
            .map(|i| (i as f64 * 0.71).cos())
            .collect();
        let mut g = vec![0.0; idx.len() * row];
        gather(&w, &idx, row, &mut g);
        let mut s = vec![7.0; v * row];
        scatter_add(&d, &idx, row, &mut s);
        let left: f64 = g.iter().zip(&d).map(|(a, b)| a * b).sum();
        let right: f64 = w.iter().zip(&s).map(|(a, b)| a * b).sum();
        assert!((left - right).abs() < 1e-12, "{left} {right}");
        assert_eq!(&g[3..6], &w[0..3]);
        // Row 1 is read by no index: zero.
        assert_eq!(&s[3..6], &[0.0; 3]);
    }

    #[test]
    fn a_slice_and_its_transpose_are_adjoint() {
        let (outer, size, inner, at) = (2, 3, 4, 1);
        let x: Vec<f32> = (0..outer * size * inner).map(|i| i as f32).collect();
        let mut s = vec![0.0; outer * inner];
        slice(&x, outer, size, inner, at, &mut s);
        assert_eq!(&s[..4], &[4.0, 5.0, 6.0, 7.0]);
        assert_eq!(&s[4..], &[16.0, 17.0, 18.0, 19.0]);
        let mut u = vec![9.0; outer * size * inner];
        unslice(&[&s], &[at], outer, size, inner, &mut u);
        let kept: f32 = u.iter().zip(&x).map(|(a, b)| a * b).sum();
        let direct: f32 = s.iter().map(|a| a * a).sum();
        assert_eq!(kept, direct);
    }

    #[test]
    fn slices_placed_together_cover_what_they_cover_and_zero_the_rest() {
        let (outer, size, inner) = (2, 3, 2);
        let (p, q) = ([1.0f32, 2.0, 3.0, 4.0], [5.0f32, 6.0, 7.0, 8.0]);
        let mut u = vec![9.0; outer * size * inner];
        unslice(&[&p, &q], &[2, 0], outer, size, inner, &mut u);
        assert_eq!(
            u,
            [5.0, 6.0, 0.0, 0.0, 1.0, 2.0, 7.0, 8.0, 0.0, 0.0, 3.0, 4.0]
        );
        // Every index covered: nothing is zeroed, everything is written.
        let r = [10.0f32, 11.0, 12.0, 13.0];
        unslice(&[&p, &q, &r], &[2, 0, 1], outer, size, inner, &mut u);
        assert_eq!(
            u,
            [5.0, 6.0, 10.0, 11.0, 1.0, 2.0, 7.0, 8.0, 12.0, 13.0, 3.0, 4.0]
        );
    }

    #[test]
    fn onehot_rows_have_one_one() {
        let mut o = vec![5.0f32; 6];
        onehot(&[2, 0], 3, &mut o);
        assert_eq!(o, vec![0.0, 0.0, 1.0, 1.0, 0.0, 0.0]);
    }
}
