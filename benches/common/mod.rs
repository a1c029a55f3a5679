//! What the benchmarks share: their inputs and the workloads' models, so that `subnormal` and
//! `minimum` time the same steps as `workloads`.

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

model! {
    /// W4 with `D` left to run time: what a user writes who does not fix the size.
    pub struct W4Free {
        param x: [D];
        param y: [D];
        input a: [D, D];
        loss = x @ a @ y;
    }
}

model! {
    pub struct W2 {
        param w: [D];
        param b: [];
        input x: [N, D];
        input y: [N];
        loss = mean(softplus(-(2 * y - 1) * (x @ w + b))) + 1e-3 * sum(w^2);
    }
}

model! {
    pub struct W3 {
        param w1: [D, H];
        param b1: [H];
        param w2: [H, C];
        param b2: [C];
        input x: [N, D];
        input y: [N] in 0..C;
        let h = relu(x @ w1 + b1);
        loss = mean(cross_entropy(h @ w2 + b2, y));
    }
}

model! {
    pub struct W6 {
        param w: [D];
        input x: [N, D];
        input y: [N];
        loss = mean((x @ w - y)^2);
    }
}

model! {
    /// The character LSTM of the language contract without zoneout: the sequence workload.
    pub struct W5 {
        dim G = 4;
        param emb: [V, G, H] = normal(0.1);
        param wh: [H, G, H];
        param b: [G, H] = zeros;
        param wy: [H, V];
        param by: [V] = zeros;
        input tokens: [T, N] in 0..V;
        input targets: [T, N] in 0..V;
        input h0: [N, H];
        input c0: [N, H];
        let xg = emb[tokens] + b;
        scan t in T {
            carry h: [N, H] = h0;
            carry c: [N, H] = c0;
            let a = xg[t] + h @ wh;
            let cn = sigmoid(a[G = 1]) * c + sigmoid(a[G = 0]) * tanh(a[G = 2]);
            c = cn;
            h = sigmoid(a[G = 3]) * tanh(cn);
            emit hs = h;
        }
        loss = mean(cross_entropy(hs @ wy + by, targets));
    }
}

model! {
    /// W7: a 1-D conv layer with bias and maxout over a batch of feature sequences.
    pub struct W7 {
        dim K = 5;
        param k1: [K, I, O];
        param k2: [K, I, O];
        param b: [O];
        input x: [N, T, I];
        input y: [N, T, O];
        loss = mean((max(conv[T](x, k1) + b, conv[T](x, k2)) - y)^2);
    }
}

model! {
    /// W8: the summed CTC loss of a batch of scores.
    pub struct W8 {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
