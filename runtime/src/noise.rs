//! Noise items (`noise NAME: SHAPE ~ bernoulli(P);`, `~ normal(M, S);`): how a method draws them.
//!
//! A method that depends on noise takes a [`Noise`]. With `Noise::Sample(rng)` it takes one
//! `u64` from `rng` per noise item of the model, in declaration order, whichever items it uses,
//! and fills each item row-major from a generator seeded with its own value ([`fill`]): one seed
//! gives the same values of every item in every method, whatever the number of threads, and no
//! item's values depend on another's size. With `Noise::Mean` each item is its expectation.

use crate::error::Error;
use rand::{Rng, RngCore, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

/// Fresh draws from the caller's generator, or each item's expectation (evaluation).
pub enum Noise<'a> {
    /// Draw: one `u64` per noise item of the model from this generator.
    Sample(&'a mut dyn RngCore),
    /// Each item at its mean: `P` for `bernoulli(P)`, `M` for `normal(M, S)`.
    Mean,
}

impl std::fmt::Debug for Noise<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Noise::Sample(_) => f.write_str("Noise::Sample(..)"),
            Noise::Mean => f.write_str("Noise::Mean"),
        }
    }
}

/// A noise item's distribution, with its arguments' values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dist {
    /// 1 with probability `p`, else 0 (a keep mask).
    Bernoulli(f32),
    /// Gaussian with this mean and standard deviation.
    Normal(f32, f32),
}

impl Noise<'_> {
    /// One seed per noise item of the model (`items` of them) when sampling, `None` for the
    /// means.
    pub fn seeds<const N: usize>(&mut self) -> Option<[u64; N]> {
        match self {
            Noise::Sample(rng) => {
                let mut out = [0u64; N];
                for s in out.iter_mut() {
                    *s = rng.next_u64();
                }
                Some(out)
            }
            Noise::Mean => None,
        }
    }
}

/// The same seeds again: a generator that replays them, so that several calls (the `f32`
/// gradient and the `f64` losses of `gradcheck`) see one draw of the noise.
#[derive(Clone, Copy, Debug)]
pub struct Replay<const N: usize> {
    seeds: Option<[u64; N]>,
    at: usize,
}

impl<const N: usize> Replay<N> {
    pub fn new(seeds: Option<[u64; N]>) -> Self {
        Replay { seeds, at: 0 }
    }

    /// The noise argument of one call: the seeds from the first, or the means.
    pub fn noise(&mut self) -> Noise<'_> {
        self.at = 0;
        match self.seeds {
            Some(_) => Noise::Sample(self),
            None => Noise::Mean,
        }
    }
}

impl<const N: usize> RngCore for Replay<N> {
    fn next_u64(&mut self) -> u64 {
        let s = self.seeds.map_or(0, |s| s[self.at % N.max(1)]);
        self.at += 1;
        s
    }
    fn next_u32(&mut self) -> u32 {
        self.next_u64() as u32
    }
    fn fill_bytes(&mut self, dst: &mut [u8]) {
        for chunk in dst.chunks_mut(8) {
            let v = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
}

/// Checks an item's arguments: `P` in `[0, 1]`, `S >= 0`, all finite.
pub fn check(item: &'static str, dist: Dist) -> Result<(), Error> {
    match dist {
        Dist::Bernoulli(p) if !(0.0..=1.0).contains(&p) => Err(Error::Data(format!(
            "noise `{item}`: bernoulli's probability is {p}, outside [0, 1]"
        ))),
        Dist::Normal(m, s) if !(m.is_finite() && s >= 0.0 && s.is_finite()) => Err(Error::Data(
            format!("noise `{item}`: normal({m}, {s}) needs a finite mean and a finite std >= 0"),
        )),
        _ => Ok(()),
    }
}

/// Fills `out` with item values: drawn row-major from a generator seeded with `seed`, or with
/// the distribution's mean when `seed` is `None`.
pub fn fill<T: From<f32> + Copy>(seed: Option<u64>, dist: Dist, out: &mut [T]) {
    let Some(seed) = seed else {
        let mean = match dist {
            Dist::Bernoulli(p) => p,
            Dist::Normal(m, _) => m,
        };
        out.fill(T::from(mean));
        return;
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    match dist {
        Dist::Bernoulli(p) => {
            for o in out.iter_mut() {
                let u: f32 = rng.random();
                *o = T::from(if u < p { 1.0 } else { 0.0 });
            }
        }
        Dist::Normal(m, s) => {
            for o in out.iter_mut() {
                let z: f32 = StandardNormal.sample(&mut rng);
                *o = T::from(m + s * z);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_seed_gives_the_same_values_and_the_means_are_exact() {
        let mut a = vec![0.0f32; 1000];
        let mut b = vec![0.0f64; 1000];
        fill(Some(7), Dist::Bernoulli(0.3), &mut a);
        fill(Some(7), Dist::Bernoulli(0.3), &mut b);
        assert!(a.iter().zip(&b).all(|(&x, &y)| x as f64 == y));
        assert!(a.iter().all(|&x| x == 0.0 || x == 1.0));
        let ones = a.iter().filter(|&&x| x == 1.0).count();
        assert!((250..350).contains(&ones), "{ones}");
        fill(None, Dist::Normal(0.5, 2.0), &mut a);
        assert!(a.iter().all(|&x| x == 0.5));
        let mut n = vec![0.0f32; 10_000];
        fill(Some(3), Dist::Normal(1.0, 2.0), &mut n);
        let mean = n.iter().map(|&x| x as f64).sum::<f64>() / n.len() as f64;
        let var = n.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / n.len() as f64;
        assert!(
            (mean - 1.0).abs() < 0.1 && (var.sqrt() - 2.0).abs() < 0.1,
            "{mean} {var}"
        );
    }

    #[test]
    fn arguments_out_of_range_are_errors() {
        assert!(check("keep", Dist::Bernoulli(1.5)).is_err());
        assert!(check("keep", Dist::Bernoulli(f32::NAN)).is_err());
        assert!(check("eps", Dist::Normal(0.0, -1.0)).is_err());
        assert!(check("keep", Dist::Bernoulli(0.0)).is_ok());
        assert!(check("eps", Dist::Normal(0.0, 0.0)).is_ok());
    }
}
