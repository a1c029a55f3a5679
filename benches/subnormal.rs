//! Steps whose params are subnormal (below `f32::MIN_POSITIVE`) against the same steps with
//! normal params, in one run: a linear autoencoder whose rows for always-zero pixels have
//! decayed to subnormal values (as weight decay leaves them), the same with every param
//! subnormal, and W4, the smallest step of `benches/workloads.rs`.
//!
//! `cargo bench --bench subnormal`. Each group times `normal`, then `subnormal rows` and
//! `all subnormal` (loss and gradients); W4 also times its whole step with flushing off and on,
//! the cost of the pass that looks for subnormals, and W1 (1M params, read only by its loop,
//! which flushes each value as it reads it) its step with flushing on and off. Expected: every
//! ratio near 1 (generated
//! methods flush subnormal params to zero as they read them), where x86 cores otherwise take
//! microcode assists on every operation that reads or makes a subnormal.

use criterion::{criterion_group, criterion_main, Criterion};
use ndarray::{Array1, Array2};
use rheano::prelude::*;
use std::hint::black_box;
use std::time::{Duration, Instant};

mod common;
use common::{values, W1Grad, W4Grad, W1, W4};

model! {
    /// A linear autoencoder with weight decay.
    struct Ae {
        param enc: [D, K];
        param dec: [K, D];
        input x: [N, D];
        loss = mean((x @ enc @ dec - x)^2) + 1e-4 * (sum(enc^2) + sum(dec^2));
    }
}

/// A subnormal of about the magnitude `v` would have after decaying far enough.
fn subnormal(v: f32) -> f32 {
    let s = v * 1e-39;
    assert!(s == 0.0 || s.abs() < f32::MIN_POSITIVE);
    s
}

const N: usize = 128;
const D: usize = 784;
const K: usize = 32;

/// Whether pixel `j` of a 28x28 image lies in MNIST's always-black border.
fn border(j: usize) -> bool {
    let (r, c) = (j / 28, j % 28);
    !(4..24).contains(&r) || !(4..24).contains(&c)
}

fn ae_batch() -> Array2<f32> {
    // Pixels in [0, 1], with the outer columns of a 28x28 image always zero, as in MNIST.
    let v = values(N * D, 1);
    Array2::from_shape_fn((N, D), |(i, j)| {
        if border(j) {
            0.0
        } else {
            0.5 + 0.5 * v[i * D + j]
        }
    })
}

fn ae_model(which: &str) -> Ae {
    let mut m = Ae {
        enc: Array2::from_shape_vec((D, K), values(D * K, 2)).unwrap() * 0.05,
        dec: Array2::from_shape_vec((K, D), values(K * D, 3)).unwrap() * 0.05,
    };
    match which {
        "normal" => {}
        "subnormal rows" => {
            for j in (0..D).filter(|&j| border(j)) {
                m.enc.row_mut(j).mapv_inplace(subnormal);
                m.dec.column_mut(j).mapv_inplace(subnormal);
            }
        }
        _ => {
            m.enc.mapv_inplace(subnormal);
            m.dec.mapv_inplace(subnormal);
        }
    }
    m
}

/// Times `run(true)` and `run(false)` side by side, `reps` runs of each per round, alternating
/// which goes first, and prints the median ratio of their totals over criterion's samples with
/// its quartiles. One closure for both, so that both read the same memory where they can.
fn side_by_side(c: &mut Criterion, group: &str, name: &str, reps: u32, mut run: impl FnMut(bool)) {
    let mut ratios: Vec<[f64; 3]> = Vec::new();
    let mut timed = |first: bool| {
        let t = Instant::now();
        for _ in 0..reps {
            run(first);
        }
        t.elapsed()
    };
    let mut g = c.benchmark_group(group);
    g.bench_function(name, |bch| {
        bch.iter_custom(|iters| {
            let (mut ta, mut tb) = (Duration::ZERO, Duration::ZERO);
            for i in 0..iters {
                if i % 2 == 0 {
                    ta += timed(true);
                    tb += timed(false);
                } else {
                    tb += timed(false);
                    ta += timed(true);
                }
            }
            let per = |t: Duration| t.as_secs_f64() * 1e9 / (iters as f64 * reps as f64);
            ratios.push([ta.as_secs_f64() / tb.as_secs_f64(), per(ta), per(tb)]);
            ta + tb
        })
    });
    g.finish();
    if ratios.is_empty() {
        return; // filtered out
    }
    let last = &ratios[ratios.len().saturating_sub(100)..];
    let sorted = |k: usize| {
        let mut v: Vec<f64> = last.iter().map(|s| s[k]).collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let (r, ta, tb) = (sorted(0), sorted(1), sorted(2));
    let q = |v: &[f64], f: f64| v[((v.len() - 1) as f64 * f).round() as usize];
    println!(
        "{group}/{name}: {:.3}x median of {} samples (quartiles {:.3}x to {:.3}x); \
         medians {:.1} ns and {:.1} ns",
        q(&r, 0.5),
        r.len(),
        q(&r, 0.25),
        q(&r, 0.75),
        q(&ta, 0.5),
        q(&tb, 0.5)
    );
}

fn autoencoder(c: &mut Criterion) {
    let x = ae_batch();
    let models: Vec<(&str, Ae)> = ["normal", "subnormal rows", "all subnormal"]
        .into_iter()
        .map(|w| (w, ae_model(w)))
        .collect();
    let mut g = AeGrad::zeros_like(&models[0].1);
    for (which, m) in &models {
        // What is timed is right: the loss and gradients equal those of the same params with
        // every subnormal replaced by zero, computed on normal values.
        let flushed = Ae {
            enc: m.enc.mapv(flush),
            dec: m.dec.mapv(flush),
        };
        let mut gf = AeGrad::zeros_like(m);
        let l = m.loss_and_grad(x.view(), &mut g).unwrap();
        let lf = flushed.loss_and_grad(x.view(), &mut gf).unwrap();
        assert_eq!(l.to_bits(), lf.to_bits(), "{which}: loss");
        assert_eq!(g.enc, gf.enc, "{which}: gradient of enc");
        assert_eq!(g.dec, gf.dec, "{which}: gradient of dec");
    }
    let normal = &models[0].1;
    for (which, m) in &models[1..] {
        side_by_side(
            c,
            "subnormal/autoencoder",
            &format!("{which} vs normal"),
            1,
            |sub| {
                let m = if sub { m } else { normal };
                black_box(m.loss_and_grad(black_box(x.view()), &mut g).unwrap());
            },
        );
    }
    // The same with flushing off: what subnormals cost without it.
    rheano::subnormal::set_flush(false);
    let mut group = c.benchmark_group("subnormal/autoencoder, flushing off");
    group.sample_size(10);
    for (which, m) in &models {
        group.bench_function(*which, |b| {
            b.iter(|| m.loss_and_grad(black_box(x.view()), &mut g).unwrap())
        });
    }
    group.finish();
    rheano::subnormal::set_flush(true);
}

fn flush(v: f32) -> f32 {
    if v.abs() < f32::MIN_POSITIVE {
        0.0
    } else {
        v
    }
}

fn w4(c: &mut Criterion) {
    let a = Array2::from_shape_vec((10, 10), values(100, 5)).unwrap();
    let normal = W4 {
        x: Array1::from(values(10, 6)),
        y: Array1::from(values(10, 7)),
    };
    let subnormal = W4 {
        x: normal.x.mapv(subnormal),
        y: normal.y.mapv(subnormal),
    };
    let mut g = W4Grad::zeros_like(&normal);
    assert_eq!(subnormal.loss_and_grad(a.view(), &mut g).unwrap(), 0.0);
    assert!(g.x.iter().chain(&g.y).all(|v| *v == 0.0));
    // The step of `benches/workloads.rs` (loss, gradients and a gradient step on both
    // players), with flushing on and off: what the pass over the params costs.
    let lr = 1e-3;
    let mut m = normal.clone();
    side_by_side(c, "subnormal/W4", "step, flushing on vs off", 1000, |on| {
        rheano::subnormal::set_flush(on);
        let l = m.loss_and_grad(black_box(a.view()), &mut g).unwrap();
        m.x.scaled_add(-lr, &g.x);
        m.y.scaled_add(lr, &g.y);
        // The bilinear game spirals outwards; start again before the values grow large.
        if m.x[0].abs() > 1e3 {
            m = normal.clone();
        }
        black_box(l);
    });
    rheano::subnormal::set_flush(true);
    // Loss and gradients alone, on subnormal and on normal params.
    side_by_side(c, "subnormal/W4", "all subnormal vs normal", 1000, |sub| {
        let m = if sub { &subnormal } else { &normal };
        black_box(m.loss_and_grad(black_box(a.view()), &mut g).unwrap());
    });
    rheano::subnormal::set_flush(false);
    let mut group = c.benchmark_group("subnormal/W4, flushing off");
    for (which, m) in [("normal", &normal), ("all subnormal", &subnormal)] {
        group.bench_function(which, |b| {
            b.iter(|| m.loss_and_grad(black_box(a.view()), &mut g).unwrap())
        });
    }
    group.finish();
    rheano::subnormal::set_flush(true);
}

/// W1's step with flushing on and off: what flushing each value as the loop reads it costs.
fn w1(c: &mut Criterion) {
    let m = W1 {
        x: Array1::from(values(1_000_000, 1)),
    };
    let mut g = W1Grad::zeros_like(&m);
    let on = m.loss_and_grad(1.5, 0.5, &mut g).unwrap();
    rheano::subnormal::set_flush(false);
    assert_eq!(on, m.loss_and_grad(1.5, 0.5, &mut g).unwrap());
    rheano::subnormal::set_flush(true);
    side_by_side(c, "subnormal/W1", "step, flushing on vs off", 2, |on| {
        rheano::subnormal::set_flush(on);
        black_box(m.loss_and_grad(1.5, 0.5, &mut g).unwrap());
    });
    rheano::subnormal::set_flush(true);
}

criterion_group!(benches, autoencoder, w4, w1);
criterion_main!(benches);
