//! Seeded synthetic data sets for experiments: two moons, Gaussian mixtures on a ring, and
//! Gaussian matrices. Every generator takes the random number generator, so a seed fixes the
//! data.

use ndarray::{Array1, Array2};
use rand::Rng;
use rand_distr::{Distribution, StandardNormal};

/// A standard normal `f64`.
pub fn normal<R: Rng + ?Sized>(rng: &mut R) -> f64 {
    StandardNormal.sample(rng)
}

/// An `rows x cols` matrix of independent normals with standard deviation `std`.
pub fn gaussian<R: Rng + ?Sized>(rows: usize, cols: usize, std: f64, rng: &mut R) -> Array2<f64> {
    Array2::from_shape_simple_fn((rows, cols), || std * normal(rng))
}

/// Two interleaving half circles, as scikit-learn's `make_moons`: `n / 2` points
/// `(cos t, sin t)` labelled 0 and `n - n / 2` points `(1 - cos t, 1 - sin t - 0.5)` labelled 1,
/// `t` evenly spaced in `[0, pi]`, plus normal noise of standard deviation `noise`.
pub fn moons<R: Rng + ?Sized>(n: usize, noise: f64, rng: &mut R) -> (Array2<f64>, Array1<usize>) {
    let n_out = n / 2;
    let n_in = n - n_out;
    let mut x = Array2::zeros((n, 2));
    let mut y = Array1::zeros(n);
    let angle = |i: usize, m: usize| {
        if m <= 1 {
            0.0
        } else {
            std::f64::consts::PI * i as f64 / (m - 1) as f64
        }
    };
    for i in 0..n_out {
        let t = angle(i, n_out);
        x[[i, 0]] = t.cos();
        x[[i, 1]] = t.sin();
    }
    for i in 0..n_in {
        let t = angle(i, n_in);
        x[[n_out + i, 0]] = 1.0 - t.cos();
        x[[n_out + i, 1]] = 1.0 - t.sin() - 0.5;
        y[n_out + i] = 1;
    }
    for v in x.iter_mut() {
        *v += noise * normal(rng);
    }
    (x, y)
}

/// `k` centres evenly spaced on a circle of radius `radius`, starting at angle 0.
pub fn ring_centres(k: usize, radius: f64) -> Vec<(f64, f64)> {
    (0..k)
        .map(|i| {
            let a = 2.0 * std::f64::consts::PI * i as f64 / k as f64;
            (radius * a.cos(), radius * a.sin())
        })
        .collect()
}

/// `n` points from an equal mixture of Gaussians of standard deviation `std` around `centres`,
/// with the index of the centre each came from.
pub fn mixture<R: Rng + ?Sized>(
    n: usize,
    centres: &[(f64, f64)],
    std: f64,
    rng: &mut R,
) -> (Array2<f64>, Vec<usize>) {
    let mut x = Array2::zeros((n, 2));
    let mut from = Vec::with_capacity(n);
    for i in 0..n {
        let c = rng.random_range(0..centres.len());
        x[[i, 0]] = centres[c].0 + std * normal(rng);
        x[[i, 1]] = centres[c].1 + std * normal(rng);
        from.push(c);
    }
    (x, from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    #[test]
    fn moons_without_noise_lie_on_their_half_circles() {
        let (x, y) = moons(10, 0.0, &mut StdRng::seed_from_u64(0));
        for i in 0..10 {
            let (a, b) = (x[[i, 0]], x[[i, 1]]);
            let r = if y[i] == 0 {
                (a * a + b * b).sqrt()
            } else {
                ((1.0 - a).powi(2) + (0.5 - b).powi(2)).sqrt()
            };
            assert!((r - 1.0).abs() < 1e-12, "point {i}: radius {r}");
        }
        assert_eq!(y.iter().filter(|&&c| c == 1).count(), 5);
    }

    #[test]
    fn the_same_seed_gives_the_same_data() {
        let a = moons(50, 0.1, &mut StdRng::seed_from_u64(3)).0;
        let b = moons(50, 0.1, &mut StdRng::seed_from_u64(3)).0;
        let c = moons(50, 0.1, &mut StdRng::seed_from_u64(4)).0;
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn mixture_points_stay_near_their_centres() {
        let cs = ring_centres(8, 2.0);
        let (x, from) = mixture(400, &cs, 0.05, &mut StdRng::seed_from_u64(1));
        for (i, &c) in from.iter().enumerate() {
            let d = ((x[[i, 0]] - cs[c].0).powi(2) + (x[[i, 1]] - cs[c].1).powi(2)).sqrt();
            assert!(d < 0.4, "point {i} is {d} from its centre");
        }
        assert!((0..8).all(|c| from.contains(&c)));
    }
}
