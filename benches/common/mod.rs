//! What the benchmarks share: their inputs and the W1 and W4 models, so that `subnormal` times
//! the same W1 and W4 steps as `workloads`.

use rheano::prelude::*;

/// Deterministic pseudo-random f32 values in [-1, 1).
pub fn values(n: usize, seed: u64) -> Vec<f32> {
    let mut s = seed.wrapping_mul(6364136223846793005) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            ((s >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
        })
        .collect()
}

model! {
    pub struct W1 {
        param x: [N];
        hyper a = 1.5;
        hyper b = 0.5;
        loss = sum(sigmoid(a * x + b) * tanh(x) + 0.5 * x^2);
    }
}

model! {
    pub struct W4 {
        dim D = 10;
        param x: [D];
        param y: [D];
        input a: [D, D];
        loss = x @ a @ y;
    }
}
