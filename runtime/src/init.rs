//! Parameter initializers, as named in `param NAME: SHAPE = INIT;`.
//!
//! `fan_in` is the first dimension, `fan_out` the product of the others (1 for rank 0 or 1).

use ndarray::{Array, Dimension, IntoDimension};
use rand::Rng;
use rand_distr::{Distribution, Normal, Uniform};

fn fans(shape: &[usize]) -> (f64, f64) {
    let fan_in = shape.first().copied().unwrap_or(1).max(1) as f64;
    let fan_out = shape.iter().skip(1).product::<usize>().max(1) as f64;
    (fan_in, fan_out)
}

/// All zeros.
pub fn zeros<D: Dimension>(shape: impl IntoDimension<Dim = D>) -> Array<f32, D> {
    Array::zeros(shape.into_dimension())
}

/// All `value`.
pub fn constant<D: Dimension>(shape: impl IntoDimension<Dim = D>, value: f64) -> Array<f32, D> {
    Array::from_elem(shape.into_dimension(), value as f32)
}

/// Normal with mean 0 and standard deviation `std`.
pub fn normal<D: Dimension>(
    shape: impl IntoDimension<Dim = D>,
    std: f64,
    rng: &mut (impl Rng + ?Sized),
) -> Array<f32, D> {
    let dist = Normal::new(0.0, std.abs()).unwrap_or_else(|_| Normal::new(0.0, 0.0).unwrap());
    Array::from_shape_simple_fn(shape.into_dimension(), || dist.sample(rng) as f32)
}

/// Uniform on `[lo, hi)`; a degenerate interval gives `lo` everywhere.
pub fn uniform<D: Dimension>(
    shape: impl IntoDimension<Dim = D>,
    lo: f64,
    hi: f64,
    rng: &mut (impl Rng + ?Sized),
) -> Array<f32, D> {
    match Uniform::new(lo, hi) {
        Ok(dist) => Array::from_shape_simple_fn(shape.into_dimension(), || dist.sample(rng) as f32),
        Err(_) => constant(shape, lo),
    }
}

/// Glorot (Xavier) uniform: `U(-a, a)` with `a = sqrt(6 / (fan_in + fan_out))`.
pub fn glorot<D: Dimension>(
    shape: impl IntoDimension<Dim = D>,
    rng: &mut (impl Rng + ?Sized),
) -> Array<f32, D> {
    let shape = shape.into_dimension();
    let (fi, fo) = fans(shape.slice());
    let a = (6.0 / (fi + fo)).sqrt();
    uniform(shape, -a, a, rng)
}

/// He (Kaiming) normal: standard deviation `sqrt(2 / fan_in)`.
pub fn he<D: Dimension>(
    shape: impl IntoDimension<Dim = D>,
    rng: &mut (impl Rng + ?Sized),
) -> Array<f32, D> {
    let shape = shape.into_dimension();
    let (fi, _) = fans(shape.slice());
    normal(shape, (2.0 / fi).sqrt(), rng)
}

/// Orthogonal (Saxe et al.): the param, seen as a `fan_in x fan_out` matrix, has orthonormal
/// rows or columns (whichever are fewer) times `gain`, drawn uniformly among such matrices: the
/// Q of the QR factorization of a Gaussian matrix, with each column's sign set so that R's
/// diagonal is positive (as PyTorch's `orthogonal_`). A square recurrent weight is orthogonal,
/// so it keeps the norm of the vectors it multiplies.
pub fn orthogonal<D: Dimension>(
    shape: impl IntoDimension<Dim = D>,
    gain: f64,
    rng: &mut (impl Rng + ?Sized),
) -> Array<f32, D> {
    let shape = shape.into_dimension();
    if shape.size() == 0 {
        return Array::zeros(shape);
    }
    let (rows, cols) = {
        let (fi, fo) = fans(shape.slice());
        (fi as usize, fo as usize)
    };
    // Orthonormalize the `k` longest vectors of a tall `n x k` Gaussian matrix by modified
    // Gram-Schmidt twice over (in f64), which is Q of its QR with R's diagonal positive.
    let (n, k) = (rows.max(cols), rows.min(cols));
    let dist = Normal::new(0.0, 1.0).expect("unit normal");
    let mut q: Vec<Vec<f64>> = (0..k)
        .map(|_| (0..n).map(|_| dist.sample(rng)).collect())
        .collect();
    for j in 0..k {
        let (done, rest) = q.split_at_mut(j);
        let v = &mut rest[0];
        for _ in 0..2 {
            for u in done.iter() {
                let d: f64 = u.iter().zip(v.iter()).map(|(a, b)| a * b).sum();
                v.iter_mut().zip(u).for_each(|(x, a)| *x -= d * a);
            }
        }
        let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
        v.iter_mut().for_each(|x| *x /= norm);
    }
    // Entry (r, c) of the param: column c of Q if the param is tall, else row r of Q.
    let flat = (0..rows * cols)
        .map(|i| {
            let (r, c) = (i / cols, i % cols);
            let v = if rows >= cols { q[c][r] } else { q[r][c] };
            (gain * v) as f32
        })
        .collect();
    Array::from_shape_vec(shape, flat).expect("rows * cols is the param's size")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn glorot_bound_and_spread() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let w = glorot((200, 100), &mut rng);
        let a = (6.0f32 / 300.0).sqrt();
        assert!(w.iter().all(|v| v.abs() <= a));
        let max = w.iter().fold(0.0f32, |m, v| m.max(v.abs()));
        assert!(max > 0.95 * a);
    }

    #[test]
    fn he_std() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(2);
        let w = he((50, 400), &mut rng);
        let var = w.iter().map(|v| (*v as f64).powi(2)).sum::<f64>() / w.len() as f64;
        assert!((var - 2.0 / 50.0).abs() < 0.004, "{var}");
    }

    /// `a^T a` (or `a a^T`, whichever is smaller) is `gain^2` times the identity.
    fn gram(a: &[f32], rows: usize, cols: usize) -> Vec<Vec<f64>> {
        let k = rows.min(cols);
        let at = |i: usize, r: usize| {
            if rows >= cols {
                a[r * cols + i] as f64
            } else {
                a[i * cols + r] as f64
            }
        };
        let n = rows.max(cols);
        (0..k)
            .map(|i| {
                (0..k)
                    .map(|j| (0..n).map(|r| at(i, r) * at(j, r)).sum())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn orthogonal_gives_orthonormal_rows_or_columns() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(4);
        for (rows, cols, gain) in [(64, 64, 1.0), (100, 30, 2.0), (30, 100, 0.5), (5, 1, 1.0)] {
            let w = orthogonal((rows, cols), gain, &mut rng);
            let g = gram(w.as_slice().unwrap(), rows, cols);
            for (i, row) in g.iter().enumerate() {
                for (j, &v) in row.iter().enumerate() {
                    let want = if i == j { gain * gain } else { 0.0 };
                    assert!((v - want).abs() < 1e-5, "{rows}x{cols} ({i}, {j}): {v}");
                }
            }
        }
        // A square orthogonal matrix keeps a vector's norm.
        let w = orthogonal((32, 32), 1.0, &mut rng);
        let x = normal(32, 1.0, &mut rng);
        let y = w.dot(&x);
        let (nx, ny) = (x.dot(&x).sqrt(), y.dot(&y).sqrt());
        assert!((nx - ny).abs() < 1e-5 * nx);
        // A param with no entries is empty, not an error.
        assert_eq!(orthogonal((0, 5), 1.0, &mut rng).len(), 0);
        assert_eq!(orthogonal((3, 0), 1.0, &mut rng).len(), 0);
        // Higher ranks are seen as fan_in x (product of the rest).
        let w = orthogonal((4, 3, 5), 1.0, &mut rng);
        let g = gram(w.as_slice().unwrap(), 4, 15);
        assert!((g[2][2] - 1.0).abs() < 1e-5 && g[0][3].abs() < 1e-5);
    }

    #[test]
    fn orthogonal_is_not_a_fixed_matrix() {
        // Draws differ, and the sign convention does not bias the diagonal: over many draws
        // the mean of w[0][0] is near 0 (a uniform draw among orthogonal matrices).
        let mut rng = rand::rngs::StdRng::seed_from_u64(5);
        let draws: Vec<f32> = (0..2000)
            .map(|_| orthogonal((8, 8), 1.0, &mut rng)[[0, 0]])
            .collect();
        let mean = draws.iter().map(|&v| v as f64).sum::<f64>() / draws.len() as f64;
        let var = draws.iter().map(|&v| (v as f64).powi(2)).sum::<f64>() / draws.len() as f64;
        assert!(mean.abs() < 0.03, "{mean}");
        // Each entry of a uniform 8x8 orthogonal matrix has variance 1/8.
        assert!((var - 0.125).abs() < 0.01, "{var}");
    }

    #[test]
    fn same_seed_same_values() {
        let a = normal(7, 1.0, &mut rand::rngs::StdRng::seed_from_u64(3));
        let b = normal(7, 1.0, &mut rand::rngs::StdRng::seed_from_u64(3));
        assert_eq!(a, b);
    }
}
