//! Each workload's `loss_and_grad`, timed as the fastest of 30 batches of calls: the estimate
//! that a machine shared with other work disturbs least (a batch that another process
//! interrupts is only slower). `benches/ab.sh` alternates this binary between two commits; its
//! output is one line per workload, `NAME SECONDS_PER_CALL`.
//!
//! `cargo bench --bench minimum` (threads as rayon's pool has them; `RAYON_NUM_THREADS=1
//! taskset -c 0` for one pinned thread).

mod common;

use common::{
    values, W1Grad, W2Grad, W3Dims, W3Grad, W4Grad, W5Dims, W5Grad, W6Grad, W1, W2, W3, W4, W5, W6,
};
use rheano::ndarray::{arr0, Array1, Array2};
use std::hint::black_box;

/// The fastest of 30 batches of `reps` calls, per call.
fn fastest(name: &str, reps: usize, mut f: impl FnMut() -> f32) {
    let mut best = f64::INFINITY;
    let mut sum = 0.0f32;
    for _ in 0..30 {
        let t = std::time::Instant::now();
        for _ in 0..reps {
            sum += f();
        }
        best = best.min(t.elapsed().as_secs_f64() / reps as f64);
    }
    assert!(sum.is_finite(), "{name}: the loss is not finite");
    println!("{name} {best:.4e}");
}

fn main() {
    // The shapes of `benches/workloads.rs`.
    let w1 = W1 {
        x: Array1::from(values(1_000_000, 1)),
    };
    let mut g1 = W1Grad::zeros_like(&w1);
    fastest("W1-1e6", 5, || w1.loss_and_grad(1.5, 0.5, &mut g1).unwrap());

    let (n, d) = (4096, 256);
    let x2 = Array2::from_shape_vec((n, d), values(n * d, 2)).unwrap();
    let y2 = Array1::from(values(n, 3)).mapv(|v| if v > 0.0 { 1.0 } else { 0.0 });
    let w2 = W2 {
        w: Array1::from(values(d, 4)) * 0.1,
        b: arr0(0.1),
    };
    let mut g2 = W2Grad::zeros_like(&w2);
    fastest("W2", 50, || {
        w2.loss_and_grad(x2.view(), y2.view(), &mut g2).unwrap()
    });

    let (n, d, h, k) = (128, 784, 256, 10);
    let x3 = Array2::from_shape_vec((n, d), values(n * d, 4))
        .unwrap()
        .mapv(|v| v.abs());
    let y3 = Array1::from_shape_fn(n, |i| i % k);
    let mut rng = <rheano::rand::rngs::StdRng as rheano::rand::SeedableRng>::seed_from_u64(0);
    let w3 = W3::init(W3Dims { d, h, c: k }, &mut rng);
    let mut g3 = W3Grad::zeros_like(&w3);
    fastest("W3", 20, || {
        w3.loss_and_grad(x3.view(), y3.view(), &mut g3).unwrap()
    });

    let w4 = W4 {
        x: Array1::from(values(10, 5)),
        y: Array1::from(values(10, 6)),
    };
    let a4 = Array2::from_shape_vec((10, 10), values(100, 7)).unwrap();
    let mut g4 = W4Grad::zeros_like(&w4);
    fastest("W4", 20_000, || {
        w4.loss_and_grad(black_box(a4.view()), &mut g4).unwrap()
    });

    // W5: batch 32, 50 steps, vocabulary 50, 128 hidden units, as in `benches/workloads.rs`.
    let (n, t, v, h) = (32, 50, 50, 128);
    let mut rng = <rheano::rand::rngs::StdRng as rheano::rand::SeedableRng>::seed_from_u64(5);
    let w5 = W5::init(W5Dims { v, h }, &mut rng);
    let tokens = Array2::from_shape_fn((t, n), |(i, j)| (i * 7 + j * 13 + i * j) % v);
    let targets = Array2::from_shape_fn((t, n), |(i, j)| (i * 5 + j * 3 + 1) % v);
    let zeros = Array2::<f32>::zeros((n, h));
    let mut g5 = W5Grad::zeros_like(&w5);
    fastest("W5", 3, || {
        w5.loss_and_grad(
            tokens.view(),
            targets.view(),
            zeros.view(),
            zeros.view(),
            &mut g5,
        )
        .unwrap()
    });

    let (n, d) = (1000, 500);
    let x6 = Array2::from_shape_vec((n, d), values(n * d, 8)).unwrap();
    let y6 = Array1::from(values(n, 9));
    let w6 = W6 {
        w: Array1::from(values(d, 10)) * 0.05,
    };
    let mut g6 = W6Grad::zeros_like(&w6);
    fastest("W6", 100, || {
        w6.loss_and_grad(x6.view(), y6.view(), &mut g6).unwrap()
    });
}
