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

    #[test]
    fn same_seed_same_values() {
        let a = normal(7, 1.0, &mut rand::rngs::StdRng::seed_from_u64(3));
        let b = normal(7, 1.0, &mut rand::rngs::StdRng::seed_from_u64(3));
        assert_eq!(a, b);
    }
}
