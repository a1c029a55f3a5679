//! Helpers shared by the integration tests: f64 references and finite differences.
#![allow(dead_code)]

use rheano::ndarray::{ArrayD, IxDyn};
use rheano::Model;

/// The params of `m` as f64 arrays, in declaration order.
pub fn params_f64<M: Model>(m: &M) -> Vec<ArrayD<f64>> {
    let mut out = Vec::new();
    m.visit(&mut |_, p| out.push(p.mapv(|v| v as f64)));
    out
}

/// The gradient of `m` as f64 arrays, in declaration order.
pub fn grads_f64<M: Model + Clone>(m: &M, g: &M::Grad) -> Vec<ArrayD<f64>> {
    let mut out = Vec::new();
    m.clone()
        .visit_with_grad(g, &mut |_, _, g| out.push(g.mapv(|v| v as f64)));
    out
}

/// Asserts that `loss` matches the f64 reference at the model's params (relative 1e-5) and that
/// every gradient entry matches central differences of the reference (relative 1e-3).
pub fn assert_matches_reference<M: Model + Clone>(
    m: &M,
    loss: f32,
    grad: &M::Grad,
    reference: impl Fn(&[ArrayD<f64>]) -> f64,
) {
    let ps = params_f64(m);
    let want = reference(&ps);
    let rel = (loss as f64 - want).abs() / want.abs().max(1.0);
    assert!(rel < 1e-5, "loss {loss} but the f64 reference gives {want}");
    let gs = grads_f64(m, grad);
    for (k, p) in ps.iter().enumerate() {
        for j in 0..p.len() {
            let h = 1e-6 * p.as_slice().unwrap()[j].abs().max(1.0);
            let mut q = ps.clone();
            q[k].as_slice_mut().unwrap()[j] += h;
            let up = reference(&q);
            q[k].as_slice_mut().unwrap()[j] -= 2.0 * h;
            let down = reference(&q);
            let fd = (up - down) / (2.0 * h);
            let got = gs[k].as_slice().unwrap()[j];
            let err = (got - fd).abs() / fd.abs().max(got.abs()).max(1e-2);
            assert!(
                err < 1e-3,
                "param {k} entry {j}: gradient {got} but finite differences give {fd}"
            );
        }
    }
}

/// Deterministic pseudo-random f32 values in (-1, 1).
pub fn values(n: usize, seed: u64) -> Vec<f32> {
    let mut s = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            ((s >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
        })
        .collect()
}

pub fn array(shape: &[usize], seed: u64) -> ArrayD<f32> {
    let n = shape.iter().product();
    ArrayD::from_shape_vec(IxDyn(shape), values(n, seed)).unwrap()
}

pub fn log_sum_exp(xs: impl Iterator<Item = f64> + Clone) -> f64 {
    let m = xs.clone().fold(f64::NEG_INFINITY, f64::max);
    m + xs.map(|x| (x - m).exp()).sum::<f64>().ln()
}

/// The distance of `got` from the f64 value `want` in ulps of `want` rounded to f32, values
/// below 1e-30 measured in ulps of 1e-30 (the absolute floor); beyond the largest f32 only the
/// infinity of `want`'s sign is right, and a NaN only matches a NaN.
pub fn ulps(got: f32, want: f64) -> f64 {
    if want.is_nan() || got.is_nan() {
        return if want.is_nan() && got.is_nan() {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if want.abs() > f32::MAX as f64 || got.is_infinite() {
        let inf = want.signum() * f64::INFINITY;
        return if got as f64 == inf && want.abs() > f32::MAX as f64 {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let w = (want.abs() as f32).max(1e-30);
    let ulp = (f32::from_bits(w.to_bits() + 1) - w) as f64;
    (got as f64 - want).abs() / ulp
}

/// One method's steps in a model's `PROGRAM`: the lines under `METHOD: K steps`.
pub fn method_steps<'a>(program: &'a str, method: &str) -> Vec<&'a str> {
    let head = format!("{method}: ");
    program
        .split("\n# steps\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .skip_while(|l| !l.starts_with(&head))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect()
}

/// The steps of the `n`-th scan's step among a method's steps: the lines indented under its
/// `each step:`.
pub fn scan_step<'a>(steps: &[&'a str], n: usize) -> Vec<&'a str> {
    let Some(at) = steps
        .iter()
        .enumerate()
        .filter(|(_, l)| l.ends_with("each step:"))
        .nth(n)
        .map(|(i, _)| i)
    else {
        return Vec::new();
    };
    steps[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("    "))
        .copied()
        .collect()
}
