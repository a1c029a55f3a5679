//! One training step (loss and every gradient, f32) of the workloads the README reports, each
//! run three ways on the same inputs: the `model!` version, a hand-written fused Rust version
//! (the near-limit reference), and plain ndarray code as a user would write it unfused.
//!
//! `cargo bench --bench workloads`; `python3 benches/compare.py` runs the same workloads in
//! PyTorch and JAX when they are installed and prints one table with these numbers.
//! Expected: `model!` close to the hand-written version and well ahead of unfused ndarray.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ndarray::{Array1, Array2, Array3};
use rheano::__private::product;
use rheano::prelude::*;
use rheano::vmath;
use std::hint::black_box;
use std::time::{Duration, Instant};

mod common;
use common::{
    values, W1Grad, W2Grad, W3Dims, W3Grad, W4Free, W4FreeGrad, W4Grad, W5Dims, W5Grad, W6Grad,
    W7Grad, W8Grad, W1, W2, W3, W4, W5, W6, W7, W8,
};

fn close(a: f32, b: f32, what: &str) {
    assert!(
        (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1.0),
        "{what}: {a} vs {b}"
    );
}

fn close_all(a: &[f32], b: &[f32], what: &str) {
    assert_eq!(a.len(), b.len());
    let scale = b.iter().fold(0f32, |m, v| m.max(v.abs())).max(1e-6);
    for (x, y) in a.iter().zip(b) {
        assert!((x - y).abs() <= 2e-3 * scale, "{what}: {x} vs {y}");
    }
}

// ---------------------------------------------------------------- W1: elementwise
// W1 is in `common` (benches/subnormal.rs times it too).

fn w1_hand(x: &[f32], a: f32, b: f32, g: &mut [f32]) -> f32 {
    use rheano::__private::fused;
    #[inline(always)]
    fn step(v: f32, a: f32, b: f32) -> (f32, f32) {
        let s = vmath::sigmoid(a * v + b);
        let t = vmath::tanh(v);
        (
            s * t + 0.5 * v * v,
            a * s * (1.0 - s) * t + s * (1.0 - t * t) + v,
        )
    }
    let mut total = 0f64;
    for (xs, gs) in x.chunks(4096).zip(g.chunks_mut(4096)) {
        let mut lanes = [0f32; 8];
        let (xp, gp) = (xs.as_ptr(), gs.as_ptr());
        let mut xc = xs.chunks_exact(8);
        let mut gc = gs.chunks_exact_mut(8);
        for (c, (x8, g8)) in (&mut xc).zip(&mut gc).enumerate() {
            // Ask for the data 4 KiB ahead, as generated loops do.
            fused::prefetch(xp.wrapping_add(8 * c + fused::PREFETCH_AHEAD));
            fused::prefetch(gp.wrapping_add(8 * c + fused::PREFETCH_AHEAD));
            for l in 0..8 {
                let (f, d) = step(x8[l], a, b);
                lanes[l] += f;
                g8[l] = d;
            }
        }
        for (&v, gv) in xc.remainder().iter().zip(gc.into_remainder()) {
            let (f, d) = step(v, a, b);
            lanes[0] += f;
            *gv = d;
        }
        total += lanes.iter().sum::<f32>() as f64;
    }
    total as f32
}

fn w1_ndarray(x: &Array1<f32>, a: f32, b: f32) -> (f32, Array1<f32>) {
    let s = x.mapv(|v| 1.0 / (1.0 + (-(a * v + b)).exp()));
    let t = x.mapv(f32::tanh);
    let loss = (&s * &t + x.mapv(|v| 0.5 * v * v)).sum();
    let g = a * &s * (1.0 - &s) * &t + &s * (1.0 - &t * &t) + x;
    (loss, g)
}

fn w1(c: &mut Criterion) {
    let mut group = c.benchmark_group("W1-elementwise");
    group.sample_size(20);
    for n in [1_000_000usize, 10_000_000] {
        let m = W1 {
            x: Array1::from(values(n, 1)),
        };
        let mut g = W1Grad::zeros_like(&m);
        let mut hg = vec![0f32; n];
        let l = m.loss_and_grad(1.5, 0.5, &mut g).unwrap();
        let lh = w1_hand(m.x.as_slice().unwrap(), 1.5, 0.5, &mut hg);
        let (ln, gn) = w1_ndarray(&m.x, 1.5, 0.5);
        close(l, lh, "W1 loss vs hand");
        close(l, ln, "W1 loss vs ndarray");
        close_all(g.x.as_slice().unwrap(), &hg, "W1 grad vs hand");
        close_all(
            g.x.as_slice().unwrap(),
            gn.as_slice().unwrap(),
            "W1 grad vs ndarray",
        );
        group.bench_function(BenchmarkId::new("model", n), |bch| {
            bch.iter(|| m.loss_and_grad(black_box(1.5), 0.5, &mut g).unwrap())
        });
        group.bench_function(BenchmarkId::new("hand", n), |bch| {
            bch.iter(|| w1_hand(black_box(m.x.as_slice().unwrap()), 1.5, 0.5, &mut hg))
        });
        group.bench_function(BenchmarkId::new("ndarray", n), |bch| {
            bch.iter(|| w1_ndarray(black_box(&m.x), 1.5, 0.5))
        });
    }
    group.finish();
}

// ---------------------------------------------------------------- W2: logistic regression

fn w2_hand(x: &[f32], y: &[f32], w: &[f32], b: f32, gw: &mut [f32], z: &mut [f32]) -> (f32, f32) {
    let d = w.len();
    let n = y.len();
    let mut loss = 0f64;
    let mut gb = 0f32;
    for i in 0..n {
        let s = 2.0 * y[i] - 1.0;
        let m = -s * (rheano::__private::product::dot(&x[i * d..(i + 1) * d], w) + b);
        loss += vmath::softplus(m) as f64;
        z[i] = -s * vmath::sigmoid(m) / n as f32;
        gb += z[i];
    }
    for (j, g) in gw.iter_mut().enumerate() {
        *g = 2e-3 * w[j];
    }
    for i in 0..n {
        rheano::__private::product::axpy(z[i], &x[i * d..(i + 1) * d], gw);
    }
    let l2: f32 = w.iter().map(|v| v * v).sum();
    ((loss / n as f64) as f32 + 1e-3 * l2, gb)
}

fn w2_ndarray(
    x: &Array2<f32>,
    y: &Array1<f32>,
    w: &Array1<f32>,
    b: f32,
) -> (f32, Array1<f32>, f32) {
    let n = y.len() as f32;
    let s = y.mapv(|v| 2.0 * v - 1.0);
    let m = -(&s * &(x.dot(w) + b));
    let sp = m.mapv(|v| v.max(0.0) + (-v.abs()).exp().ln_1p());
    let loss = sp.mean().unwrap_or(0.0) + 1e-3 * w.dot(w);
    let sig = m.mapv(|v| 1.0 / (1.0 + (-v).exp()));
    let z = -(&s * &sig) / n;
    let gw = x.t().dot(&z) + 2e-3 * w;
    (loss, gw, z.sum())
}

fn w2(c: &mut Criterion) {
    let (n, d) = (4096, 256);
    let x = Array2::from_shape_vec((n, d), values(n * d, 2)).unwrap();
    let y = Array1::from_shape_fn(n, |i| (i % 3 == 0) as u8 as f32);
    let m = W2 {
        w: Array1::from(values(d, 3)) * 0.1,
        b: arr0(0.1),
    };
    let mut g = W2Grad::zeros_like(&m);
    let (mut gw, mut z) = (vec![0f32; d], vec![0f32; n]);
    let l = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
    let (lh, gbh) = w2_hand(
        x.as_slice().unwrap(),
        y.as_slice().unwrap(),
        m.w.as_slice().unwrap(),
        0.1,
        &mut gw,
        &mut z,
    );
    let (ln, gwn, _) = w2_ndarray(&x, &y, &m.w, 0.1);
    close(l, lh, "W2 loss vs hand");
    close(l, ln, "W2 loss vs ndarray");
    close(g.b[()], gbh, "W2 grad b");
    close_all(g.w.as_slice().unwrap(), &gw, "W2 grad w vs hand");
    close_all(
        g.w.as_slice().unwrap(),
        gwn.as_slice().unwrap(),
        "W2 grad w vs ndarray",
    );
    let mut group = c.benchmark_group("W2-logistic");
    group.bench_function("model", |bch| {
        bch.iter(|| {
            m.loss_and_grad(black_box(x.view()), y.view(), &mut g)
                .unwrap()
        })
    });
    group.bench_function("hand", |bch| {
        bch.iter(|| {
            w2_hand(
                black_box(x.as_slice().unwrap()),
                y.as_slice().unwrap(),
                m.w.as_slice().unwrap(),
                0.1,
                &mut gw,
                &mut z,
            )
        })
    });
    group.bench_function("ndarray", |bch| {
        bch.iter(|| w2_ndarray(black_box(&x), &y, &m.w, 0.1))
    });
    group.finish();
}

// ---------------------------------------------------------------- W3: MLP

/// W3 by hand: three products through the same matrix kernels, the bias, ReLU, softmax and
/// its gradient fused per row.
fn w3_hand(m: &W3, x: &[f32], y: &[usize], s: &mut W3Scratch, g: &mut [Vec<f32>; 4]) -> f32 {
    use rheano::__private::{
        matrix::{Mat, MatMut, MatRef},
        product::gemm,
    };
    let (n, d, h, k) = (y.len(), m.w1.nrows(), m.w1.ncols(), m.w2.ncols());
    let (row, col) = (Mat::rows, Mat::cols);
    gemm(
        MatRef::new(x, n, d, row(d)),
        MatRef::new(m.w1.as_slice().unwrap(), d, h, row(h)),
        MatMut::new(&mut s.hid, row(h)),
    );
    let b1 = m.b1.as_slice().unwrap();
    for r in 0..n {
        for (v, &b) in s.hid[r * h..(r + 1) * h].iter_mut().zip(b1) {
            *v = (*v + b).max(0.0);
        }
    }
    gemm(
        MatRef::new(&s.hid, n, h, row(h)),
        MatRef::new(m.w2.as_slice().unwrap(), h, k, row(k)),
        MatMut::new(&mut s.z, row(k)),
    );
    let mut loss = 0.0;
    let b2 = m.b2.as_slice().unwrap();
    g[3].fill(0.0);
    for r in 0..n {
        let z = &mut s.z[r * k..(r + 1) * k];
        let mut mx = f32::NEG_INFINITY;
        for (v, &b) in z.iter_mut().zip(b2) {
            *v += b;
            mx = mx.max(*v);
        }
        let mut sum = 0.0;
        for v in z.iter_mut() {
            *v = vmath::exp(*v - mx);
            sum += *v;
        }
        loss += vmath::ln(sum) + mx - (vmath::ln(z[y[r]]) + mx);
        for v in z.iter_mut() {
            *v /= sum * n as f32;
        }
        z[y[r]] -= 1.0 / n as f32;
        for (gb, &v) in g[3].iter_mut().zip(z.iter()) {
            *gb += v;
        }
    }
    gemm(
        MatRef::new(&s.hid, h, n, col(h)),
        MatRef::new(&s.z, n, k, row(k)),
        MatMut::new(&mut g[2], row(k)),
    );
    gemm(
        MatRef::new(&s.z, n, k, row(k)),
        MatRef::new(m.w2.as_slice().unwrap(), k, h, col(k)),
        MatMut::new(&mut s.dh, row(h)),
    );
    g[1].fill(0.0);
    for r in 0..n {
        let (dh, hid) = (&mut s.dh[r * h..(r + 1) * h], &s.hid[r * h..(r + 1) * h]);
        for ((v, &a), gb) in dh.iter_mut().zip(hid).zip(g[1].iter_mut()) {
            if a <= 0.0 {
                *v = 0.0;
            }
            *gb += *v;
        }
    }
    gemm(
        MatRef::new(x, d, n, col(d)),
        MatRef::new(&s.dh, n, h, row(h)),
        MatMut::new(&mut g[0], row(h)),
    );
    loss / n as f32
}

struct W3Scratch {
    hid: Vec<f32>,
    z: Vec<f32>,
    dh: Vec<f32>,
}

fn w3_ndarray(m: &W3, x: &Array2<f32>, y: &Array1<usize>) -> (f32, [Array2<f32>; 2]) {
    let n = x.nrows() as f32;
    let pre = x.dot(&m.w1) + &m.b1;
    let h = pre.mapv(|v| v.max(0.0));
    let z = h.dot(&m.w2) + &m.b2;
    let mut p = z.clone();
    let mut loss = 0.0;
    for (i, mut row) in p.rows_mut().into_iter().enumerate() {
        let mx = row.fold(f32::NEG_INFINITY, |a, &b| a.max(b));
        row.mapv_inplace(|v| (v - mx).exp());
        let s = row.sum();
        loss += s.ln() + mx - z[[i, y[i]]];
        row.mapv_inplace(|v| v / s);
        row[y[i]] -= 1.0;
    }
    let dz = p / n;
    let gw2 = h.t().dot(&dz);
    let dh = dz.dot(&m.w2.t()) * pre.mapv(|v| (v > 0.0) as u8 as f32);
    let gw1 = x.t().dot(&dh);
    (loss / n, [gw1, gw2])
}

fn w3(c: &mut Criterion) {
    use rheano::__private::{
        matrix::{Mat, MatMut, MatRef},
        pool::in_pool,
        product::gemm,
    };
    let (n, d, h, k) = (128, 784, 256, 10);
    let x = Array2::from_shape_vec((n, d), values(n * d, 4))
        .unwrap()
        .mapv(|v| v.abs());
    let y = Array1::from_shape_fn(n, |i| i % k);
    let mut rng = <rheano::rand::rngs::StdRng as rheano::rand::SeedableRng>::seed_from_u64(0);
    let m = W3::init(W3Dims { d, h, c: k }, &mut rng);
    let mut g = W3Grad::zeros_like(&m);
    let l = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
    let (ln, [g1, g2]) = w3_ndarray(&m, &x, &y);
    close(l, ln, "W3 loss");
    close_all(
        g.w1.as_slice().unwrap(),
        g1.as_slice().unwrap(),
        "W3 grad w1",
    );
    close_all(
        g.w2.as_slice().unwrap(),
        g2.as_slice().unwrap(),
        "W3 grad w2",
    );
    let mut s = W3Scratch {
        hid: vec![0.0; n * h],
        z: vec![0.0; n * k],
        dh: vec![0.0; n * h],
    };
    let mut hg = [
        vec![0.0; d * h],
        vec![0.0; h],
        vec![0.0; h * k],
        vec![0.0; k],
    ];
    let lh = w3_hand(
        &m,
        x.as_slice().unwrap(),
        y.as_slice().unwrap(),
        &mut s,
        &mut hg,
    );
    close(l, lh, "W3 loss vs hand");
    close_all(g.w1.as_slice().unwrap(), &hg[0], "W3 grad w1 vs hand");
    close_all(g.b1.as_slice().unwrap(), &hg[1], "W3 grad b1 vs hand");
    close_all(g.w2.as_slice().unwrap(), &hg[2], "W3 grad w2 vs hand");
    close_all(g.b2.as_slice().unwrap(), &hg[3], "W3 grad b2 vs hand");
    let mut group = c.benchmark_group("W3-mlp");
    group.bench_function("model", |bch| {
        bch.iter(|| {
            m.loss_and_grad(black_box(x.view()), y.view(), &mut g)
                .unwrap()
        })
    });
    group.bench_function("hand", |bch| {
        bch.iter(|| {
            w3_hand(
                &m,
                black_box(x.as_slice().unwrap()),
                y.as_slice().unwrap(),
                &mut s,
                &mut hg,
            )
        })
    });
    group.bench_function("ndarray", |bch| {
        bch.iter(|| w3_ndarray(black_box(&m), &x, &y))
    });
    // The gemm floor: the three large products of the step alone, through the product rheano
    // uses (its packed product, split across threads), handed to the pool once per step as
    // generated code hands over its whole step (`in_pool`).
    let (w1, w2) = (m.w1.as_slice().unwrap(), m.w2.as_slice().unwrap());
    let (mut p1, mut p2, mut p3) = (vec![0.0; n * h], vec![0.0; d * h], vec![0.0; n * k]);
    let (row, col) = (Mat::rows, Mat::cols);
    let xs = x.as_slice().unwrap();
    let mut floor = || {
        in_pool(true, || {
            gemm(
                MatRef::new(black_box(xs), n, d, row(d)),
                MatRef::new(w1, d, h, row(h)),
                MatMut::new(&mut p1, row(h)),
            );
            gemm(
                MatRef::new(xs, d, n, col(d)),
                MatRef::new(&p1, n, h, row(h)),
                MatMut::new(&mut p2, row(h)),
            );
            gemm(
                MatRef::new(&p1, n, h, row(h)),
                MatRef::new(w2, h, k, row(k)),
                MatMut::new(&mut p3, row(k)),
            );
        })
    };
    group.bench_function("gemm-floor", |bch| bch.iter(&mut floor));
    // The two side by side: each sample times the same number of steps of each, alternating,
    // so that both see the same state of a shared machine, whose speed drifts between the
    // separate benchmarks above by as much as the margin measured here. Criterion reports the
    // time of one step of each; the ratio of each sample's two totals is printed after.
    let mut model = || {
        m.loss_and_grad(black_box(x.view()), y.view(), &mut g)
            .unwrap();
    };
    let timed = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        t.elapsed()
    };
    let mut ratios = Vec::new();
    group.bench_function("model-and-floor-interleaved", |bch| {
        bch.iter_custom(|iters| {
            let (mut tm, mut tf) = (Duration::ZERO, Duration::ZERO);
            for i in 0..iters {
                // Each goes first every other time, so that neither always follows the other.
                if i % 2 == 0 {
                    tm += timed(&mut model);
                    tf += timed(&mut floor);
                } else {
                    tf += timed(&mut floor);
                    tm += timed(&mut model);
                }
            }
            let per = |t: Duration| t.as_secs_f64() * 1e6 / iters as f64;
            ratios.push([tm.as_secs_f64() / tf.as_secs_f64(), per(tm), per(tf)]);
            tm + tf
        })
    });
    group.finish();
    if ratios.len() >= 10 {
        // Criterion's first calls warm up; the last 100 at most are its samples.
        let last = &ratios[ratios.len().saturating_sub(100)..];
        let sorted = |c: usize| {
            let mut v: Vec<f64> = last.iter().map(|s| s[c]).collect();
            v.sort_by(f64::total_cmp);
            v
        };
        let (r, tm, tf) = (sorted(0), sorted(1), sorted(2));
        let q = |v: &[f64], f: f64| v[((v.len() - 1) as f64 * f).round() as usize];
        println!(
            "W3-mlp: model! / gemm floor, interleaved: {:.3}x median of {} samples \
             (quartiles {:.3}x to {:.3}x); medians {:.0} us and {:.0} us per step",
            q(&r, 0.5),
            r.len(),
            q(&r, 0.25),
            q(&r, 0.75),
            q(&tm, 0.5),
            q(&tf, 0.5)
        );
    }
}

// ---------------------------------------------------------------- W4: bilinear game (model in common/)

fn w4_hand(x: &mut [f32; 10], y: &mut [f32; 10], a: &[f32], lr: f32) -> f32 {
    let mut gx = [0f32; 10];
    let mut gy = [0f32; 10];
    let mut l = 0.0;
    for i in 0..10 {
        for j in 0..10 {
            let v = a[i * 10 + j];
            gx[i] += v * y[j];
            gy[j] += x[i] * v;
        }
    }
    for i in 0..10 {
        l += x[i] * gx[i];
        x[i] -= lr * gx[i];
        y[i] += lr * gy[i];
    }
    l
}

/// The same step over slices whose length is known only at run time, written as a user would
/// write it: iterators, no bounds checks in the inner loop.
fn w4_hand_free(
    x: &mut [f32],
    y: &mut [f32],
    a: &[f32],
    gx: &mut [f32],
    gy: &mut [f32],
    lr: f32,
) -> f32 {
    let d = x.len();
    gy.fill(0.0);
    for ((row, &xi), gxi) in a.chunks_exact(d).zip(x.iter()).zip(gx.iter_mut()) {
        let mut s = 0.0;
        for ((&v, &yj), gyj) in row.iter().zip(y.iter()).zip(gy.iter_mut()) {
            s += v * yj;
            *gyj += xi * v;
        }
        *gxi = s;
    }
    let mut l = 0.0;
    for (((xi, yi), &gxi), &gyi) in x.iter_mut().zip(y.iter_mut()).zip(gx.iter()).zip(gy.iter()) {
        l += *xi * gxi;
        *xi -= lr * gxi;
        *yi += lr * gyi;
    }
    l
}

fn w4(c: &mut Criterion) {
    let a = Array2::from_shape_vec((10, 10), values(100, 5)).unwrap();
    let mut m = W4 {
        x: Array1::from(values(10, 6)),
        y: Array1::from(values(10, 7)),
    };
    let mut g = W4Grad::zeros_like(&m);
    let mut hx: [f32; 10] = m.x.as_slice().unwrap().try_into().unwrap();
    let mut hy: [f32; 10] = m.y.as_slice().unwrap().try_into().unwrap();
    let l = m.loss_and_grad(a.view(), &mut g).unwrap();
    let lh = w4_hand(&mut hx.clone(), &mut hy.clone(), a.as_slice().unwrap(), 0.0);
    close(l, lh, "W4 loss");
    close_all(
        g.x.as_slice().unwrap(),
        a.dot(&m.y).as_slice().unwrap(),
        "W4 grad x",
    );
    let mut group = c.benchmark_group("W4-bilinear");
    let lr = 1e-3;
    group.bench_function("model", |bch| {
        bch.iter(|| {
            let l = m.loss_and_grad(black_box(a.view()), &mut g).unwrap();
            m.x.scaled_add(-lr, &g.x);
            m.y.scaled_add(lr, &g.y);
            l
        })
    });
    group.bench_function("hand", |bch| {
        bch.iter(|| w4_hand(&mut hx, &mut hy, black_box(a.as_slice().unwrap()), lr))
    });
    let (mut nx, mut ny) = (m.x.clone(), m.y.clone());
    group.bench_function("ndarray", |bch| {
        bch.iter(|| {
            let gx = black_box(&a).dot(&ny);
            let gy = a.t().dot(&nx);
            let l = nx.dot(&gx);
            nx.scaled_add(-lr, &gx);
            ny.scaled_add(lr, &gy);
            l
        })
    });
    let mut f = W4Free {
        x: Array1::from(values(10, 6)),
        y: Array1::from(values(10, 7)),
    };
    let mut fg = W4FreeGrad::zeros_like(&f);
    close(
        f.loss_and_grad(a.view(), &mut fg).unwrap(),
        lh,
        "W4 free loss",
    );
    close_all(
        fg.y.as_slice().unwrap(),
        a.t().dot(&f.x).as_slice().unwrap(),
        "W4 free grad y",
    );
    let (mut fx, mut fy) = (values(10, 6), values(10, 7));
    let (mut fgx, mut fgy) = (vec![0f32; 10], vec![0f32; 10]);
    close(
        w4_hand_free(
            &mut fx.clone(),
            &mut fy.clone(),
            a.as_slice().unwrap(),
            &mut fgx,
            &mut fgy,
            0.0,
        ),
        lh,
        "W4 free hand loss",
    );
    group.bench_function("model-free", |bch| {
        bch.iter(|| {
            let l = f.loss_and_grad(black_box(a.view()), &mut fg).unwrap();
            f.x.scaled_add(-lr, &fg.x);
            f.y.scaled_add(lr, &fg.y);
            l
        })
    });
    group.bench_function("hand-free", |bch| {
        bch.iter(|| {
            w4_hand_free(
                &mut fx,
                &mut fy,
                black_box(a.as_slice().unwrap()),
                &mut fgx,
                &mut fgy,
                lr,
            )
        })
    });
    group.finish();
}

// ---------------------------------------------------------------- W6: teacher-student

fn w6_hand(x: &[f32], y: &[f32], w: &[f32], r: &mut [f32], g: &mut [f32]) -> f32 {
    let (n, d) = (y.len(), w.len());
    let mut l = 0f64;
    for i in 0..n {
        r[i] = rheano::__private::product::dot(&x[i * d..(i + 1) * d], w) - y[i];
        l += (r[i] * r[i]) as f64;
    }
    g.fill(0.0);
    for i in 0..n {
        rheano::__private::product::axpy(2.0 * r[i] / n as f32, &x[i * d..(i + 1) * d], g);
    }
    (l / n as f64) as f32
}

fn w6(c: &mut Criterion) {
    let (n, d) = (1000, 500);
    let x = Array2::from_shape_vec((n, d), values(n * d, 8)).unwrap();
    let y = Array1::from(values(n, 9));
    let m = W6 {
        w: Array1::from(values(d, 10)) * 0.05,
    };
    let mut g = W6Grad::zeros_like(&m);
    let (mut r, mut hg) = (vec![0f32; n], vec![0f32; d]);
    let l = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
    let lh = w6_hand(
        x.as_slice().unwrap(),
        y.as_slice().unwrap(),
        m.w.as_slice().unwrap(),
        &mut r,
        &mut hg,
    );
    close(l, lh, "W6 loss");
    close_all(g.w.as_slice().unwrap(), &hg, "W6 grad");
    let mut group = c.benchmark_group("W6-teacher-student");
    group.bench_function("model", |bch| {
        bch.iter(|| {
            m.loss_and_grad(black_box(x.view()), y.view(), &mut g)
                .unwrap()
        })
    });
    group.bench_function("hand", |bch| {
        bch.iter(|| {
            w6_hand(
                black_box(x.as_slice().unwrap()),
                y.as_slice().unwrap(),
                m.w.as_slice().unwrap(),
                &mut r,
                &mut hg,
            )
        })
    });
    group.bench_function("ndarray", |bch| {
        bch.iter(|| {
            let res = black_box(&x).dot(&m.w) - &y;
            let l = res.dot(&res) / n as f32;
            let gw = x.t().dot(&res) * (2.0 / n as f32);
            (l, gw)
        })
    });
    group.finish();
}

// ---------------------------------------------------------------- W5: LSTM language model

/// W5's sizes: batch, steps, vocabulary, hidden units.
const W5_SIZES: (usize, usize, usize, usize) = (32, 50, 50, 128);

/// What the hand-written W5 keeps between its loops.
struct W5Scratch {
    /// `[T, N, 4H]`: the gates' inputs from the embedding and bias.
    xg: Vec<f32>,
    /// `[T, N, 4H]`: the gates after their nonlinearities (i, f, g, o), kept for the backward.
    gates: Vec<f32>,
    /// `[T + 1, N, H]`: cell states, `c0` first.
    cs: Vec<f32>,
    /// `[T + 1, N, H]`: hidden states, `h0` first.
    hs: Vec<f32>,
    /// `[T N, V]`: the logits, then their gradient.
    z: Vec<f32>,
    /// `[T N, H]`: the gradient reaching each emitted state from the output layer.
    dhs: Vec<f32>,
    /// `[T, N, 4H]`: the gradient of the gates' inputs.
    da: Vec<f32>,
    dh: Vec<f32>,
    dc: Vec<f32>,
    /// `wh` and its transpose packed once per call for the steps' products.
    wh_packed: Vec<f32>,
    wh_t_packed: Vec<f32>,
}

impl W5Scratch {
    fn new() -> Self {
        let (n, t, v, h) = W5_SIZES;
        W5Scratch {
            xg: vec![0.0; t * n * 4 * h],
            gates: vec![0.0; t * n * 4 * h],
            cs: vec![0.0; (t + 1) * n * h],
            hs: vec![0.0; (t + 1) * n * h],
            z: vec![0.0; t * n * v],
            dhs: vec![0.0; t * n * h],
            da: vec![0.0; t * n * 4 * h],
            dh: vec![0.0; n * h],
            dc: vec![0.0; n * h],
            wh_packed: vec![0.0; product::packed_len(h, 4 * h)],
            wh_t_packed: vec![0.0; product::packed_len(4 * h, h)],
        }
    }
}

/// W5 by hand: a forward loop with one product per step and the cell fused per row, the output
/// layer and softmax as three products and a row pass, a reverse loop with one product per
/// step, and the recurrent weight's gradient as one product over all steps after it; `wh` (and
/// its transpose) packed once per call for the steps' products.
/// `g` holds the gradients of emb, wh, b, wy and by.
fn w5_hand(
    m: &W5,
    tokens: &[usize],
    targets: &[usize],
    s: &mut W5Scratch,
    g: &mut [Vec<f32>; 5],
) -> f32 {
    use rheano::__private::{
        matrix::{Mat, MatMut, MatRef},
        product::{gemm, gemm_packed, pack_right},
    };
    let (n, t, v, h) = W5_SIZES;
    let (h4, tn) = (4 * h, t * n);
    let (row, col) = (Mat::rows, Mat::cols);
    let (emb, wh, b) = (
        m.emb.as_slice().unwrap(),
        m.wh.as_slice().unwrap(),
        m.b.as_slice().unwrap(),
    );
    pack_right(MatRef::new(wh, h, h4, row(h4)), &mut s.wh_packed);
    pack_right(MatRef::new(wh, h4, h, col(h4)), &mut s.wh_t_packed);
    let (wy, by) = (m.wy.as_slice().unwrap(), m.by.as_slice().unwrap());
    for (r, &tok) in tokens.iter().enumerate() {
        let e = &emb[tok * h4..(tok + 1) * h4];
        for ((x, &e), &b) in s.xg[r * h4..(r + 1) * h4].iter_mut().zip(e).zip(b) {
            *x = e + b;
        }
    }
    s.hs[..n * h].fill(0.0);
    s.cs[..n * h].fill(0.0);
    for step in 0..t {
        let (hp, hn) = s.hs.split_at_mut((step + 1) * n * h);
        let gates = &mut s.gates[step * n * h4..(step + 1) * n * h4];
        gemm_packed(
            MatRef::new(&hp[step * n * h..], n, h, row(h)),
            MatRef::new(wh, h, h4, row(h4)),
            MatMut::new(gates, row(h4)),
            &s.wh_packed,
        );
        let (cp, cn) = s.cs.split_at_mut((step + 1) * n * h);
        for r in 0..n {
            let a = &mut gates[r * h4..(r + 1) * h4];
            let x = &s.xg[(step * n + r) * h4..(step * n + r + 1) * h4];
            let c_old = &cp[(step * n + r) * h..(step * n + r + 1) * h];
            let c_new = &mut cn[r * h..(r + 1) * h];
            let h_new = &mut hn[r * h..(r + 1) * h];
            let (ai, rest) = a.split_at_mut(h);
            let (af, rest) = rest.split_at_mut(h);
            let (ag, ao) = rest.split_at_mut(h);
            for j in 0..h {
                let i = vmath::sigmoid(ai[j] + x[j]);
                let f = vmath::sigmoid(af[j] + x[h + j]);
                let gg = vmath::tanh(ag[j] + x[2 * h + j]);
                let o = vmath::sigmoid(ao[j] + x[3 * h + j]);
                let c = f * c_old[j] + i * gg;
                c_new[j] = c;
                h_new[j] = o * vmath::tanh(c);
                (ai[j], af[j], ag[j], ao[j]) = (i, f, gg, o);
            }
        }
    }
    let hs_out = &s.hs[n * h..];
    gemm(
        MatRef::new(hs_out, tn, h, row(h)),
        MatRef::new(wy, h, v, row(v)),
        MatMut::new(&mut s.z, row(v)),
    );
    let mut loss = 0f64;
    g[4].fill(0.0);
    for (r, &y) in targets.iter().enumerate() {
        let z = &mut s.z[r * v..(r + 1) * v];
        let mut mx = f32::NEG_INFINITY;
        for (zv, &bv) in z.iter_mut().zip(by) {
            *zv += bv;
            mx = mx.max(*zv);
        }
        let mut sum = 0.0;
        for zv in z.iter_mut() {
            *zv = vmath::exp(*zv - mx);
            sum += *zv;
        }
        loss += (vmath::ln(sum) - vmath::ln(z[y])) as f64;
        let scale = 1.0 / (sum * tn as f32);
        for zv in z.iter_mut() {
            *zv *= scale;
        }
        z[y] -= 1.0 / tn as f32;
        for (gb, &zv) in g[4].iter_mut().zip(z.iter()) {
            *gb += zv;
        }
    }
    gemm(
        MatRef::new(hs_out, h, tn, col(h)),
        MatRef::new(&s.z, tn, v, row(v)),
        MatMut::new(&mut g[3], row(v)),
    );
    gemm(
        MatRef::new(&s.z, tn, v, row(v)),
        MatRef::new(wy, v, h, col(v)),
        MatMut::new(&mut s.dhs, row(h)),
    );
    s.dh.fill(0.0);
    s.dc.fill(0.0);
    for step in (0..t).rev() {
        let da = &mut s.da[step * n * h4..(step + 1) * n * h4];
        for r in 0..n {
            let at = (step * n + r) * h4;
            let gates = &s.gates[at..at + h4];
            let d = &mut da[r * h4..(r + 1) * h4];
            let c_old = &s.cs[(step * n + r) * h..(step * n + r + 1) * h];
            let c_new = &s.cs[((step + 1) * n + r) * h..((step + 1) * n + r + 1) * h];
            let dhs = &s.dhs[(step * n + r) * h..(step * n + r + 1) * h];
            let dh = &s.dh[r * h..(r + 1) * h];
            let dc = &mut s.dc[r * h..(r + 1) * h];
            for j in 0..h {
                let (i, f, gg, o) = (gates[j], gates[h + j], gates[2 * h + j], gates[3 * h + j]);
                let dhv = dh[j] + dhs[j];
                let tc = vmath::tanh(c_new[j]);
                let dcv = dc[j] + dhv * o * (1.0 - tc * tc);
                d[j] = dcv * gg * i * (1.0 - i);
                d[h + j] = dcv * c_old[j] * f * (1.0 - f);
                d[2 * h + j] = dcv * i * (1.0 - gg * gg);
                d[3 * h + j] = dhv * tc * o * (1.0 - o);
                dc[j] = dcv * f;
            }
        }
        if step > 0 {
            gemm_packed(
                MatRef::new(da, n, h4, row(h4)),
                MatRef::new(wh, h4, h, col(h4)),
                MatMut::new(&mut s.dh, row(h)),
                &s.wh_t_packed,
            );
        }
    }
    gemm(
        MatRef::new(&s.hs[..tn * h], h, tn, col(h)),
        MatRef::new(&s.da, tn, h4, row(h4)),
        MatMut::new(&mut g[1], row(h4)),
    );
    g[0].fill(0.0);
    g[2].fill(0.0);
    let (ge, rest) = g.split_at_mut(1);
    for (r, &tok) in tokens.iter().enumerate() {
        let d = &s.da[r * h4..(r + 1) * h4];
        for ((e, gb), &dv) in ge[0][tok * h4..(tok + 1) * h4]
            .iter_mut()
            .zip(rest[1].iter_mut())
            .zip(d)
        {
            *e += dv;
            *gb += dv;
        }
    }
    (loss / tn as f64) as f32
}

/// W5 as a user would write it with ndarray: one array operation after another, unfused.
fn w5_ndarray(m: &W5, tokens: &[usize], targets: &[usize]) -> (f32, [Array2<f32>; 3]) {
    use ndarray::{s, Axis};
    let (n, t, v, h) = W5_SIZES;
    let tn = t * n;
    let emb = m.emb.view().into_shape_with_order((v, 4 * h)).unwrap();
    let wh = m.wh.view().into_shape_with_order((h, 4 * h)).unwrap();
    let b = m.b.view().into_shape_with_order(4 * h).unwrap();
    let sig = |x: &Array2<f32>| x.mapv(|v| 1.0 / (1.0 + (-v).exp()));
    let mut hs = vec![Array2::<f32>::zeros((n, h))];
    let mut cs = vec![Array2::<f32>::zeros((n, h))];
    let mut acts = Vec::new();
    for step in 0..t {
        let x = emb.select(Axis(0), &tokens[step * n..(step + 1) * n]) + b;
        let a = x + hs[step].dot(&wh);
        let i = sig(&a.slice(s![.., 0..h]).to_owned());
        let f = sig(&a.slice(s![.., h..2 * h]).to_owned());
        let gg = a.slice(s![.., 2 * h..3 * h]).mapv(f32::tanh);
        let o = sig(&a.slice(s![.., 3 * h..]).to_owned());
        let c = &f * &cs[step] + &i * &gg;
        hs.push(&o * &c.mapv(f32::tanh));
        cs.push(c);
        acts.push([i, f, gg, o]);
    }
    let views: Vec<_> = hs[1..].iter().map(|x| x.view()).collect();
    let hcat = ndarray::concatenate(Axis(0), &views).unwrap();
    let z = hcat.dot(&m.wy) + &m.by;
    let mut p = z.clone();
    let mut loss = 0.0;
    for (r, mut row) in p.rows_mut().into_iter().enumerate() {
        let mx = row.fold(f32::NEG_INFINITY, |a, &b| a.max(b));
        row.mapv_inplace(|v| (v - mx).exp());
        let sum = row.sum();
        loss += sum.ln() + mx - z[[r, targets[r]]];
        row.mapv_inplace(|v| v / sum);
        row[targets[r]] -= 1.0;
    }
    let dz = p / tn as f32;
    let gwy = hcat.t().dot(&dz);
    let dhs = dz.dot(&m.wy.t());
    let mut gwh = Array2::<f32>::zeros((h, 4 * h));
    let mut dh = Array2::<f32>::zeros((n, h));
    let mut dc = Array2::<f32>::zeros((n, h));
    for step in (0..t).rev() {
        let [i, f, gg, o] = &acts[step];
        let dhv = &dh + &dhs.slice(s![step * n..(step + 1) * n, ..]);
        let tc = cs[step + 1].mapv(f32::tanh);
        let dcv = &dc + &(&dhv * o * &tc.mapv(|x| 1.0 - x * x));
        let da = ndarray::concatenate(
            Axis(1),
            &[
                (&dcv * gg * i * &i.mapv(|x| 1.0 - x)).view(),
                (&dcv * &cs[step] * f * &f.mapv(|x| 1.0 - x)).view(),
                (&dcv * i * &gg.mapv(|x| 1.0 - x * x)).view(),
                (&dhv * &tc * o * &o.mapv(|x| 1.0 - x)).view(),
            ],
        )
        .unwrap();
        gwh = gwh + hs[step].t().dot(&da);
        dh = da.dot(&wh.t());
        dc = &dcv * f;
    }
    (loss / tn as f32, [gwh, gwy, dhs])
}

fn w5(c: &mut Criterion) {
    use rheano::__private::{
        matrix::{Mat, MatMut, MatRef},
        pool::in_pool,
        product::gemm,
    };
    let (n, t, v, h) = W5_SIZES;
    let (h4, tn) = (4 * h, t * n);
    let mut rng = <rheano::rand::rngs::StdRng as rheano::rand::SeedableRng>::seed_from_u64(5);
    let m = W5::init(W5Dims { v, h }, &mut rng);
    let tokens = ndarray::Array2::from_shape_fn((t, n), |(i, j)| (i * 7 + j * 13 + i * j) % v);
    let targets = ndarray::Array2::from_shape_fn((t, n), |(i, j)| (i * 5 + j * 3 + 1) % v);
    let zeros = Array2::<f32>::zeros((n, h));
    let mut g = W5Grad::zeros_like(&m);
    let l = m
        .loss_and_grad(
            tokens.view(),
            targets.view(),
            zeros.view(),
            zeros.view(),
            &mut g,
        )
        .unwrap();
    let (tk, tg) = (tokens.as_slice().unwrap(), targets.as_slice().unwrap());
    let mut s = W5Scratch::new();
    let mut hg = [
        vec![0.0; v * h4],
        vec![0.0; h * h4],
        vec![0.0; h4],
        vec![0.0; h * v],
        vec![0.0; v],
    ];
    let lh = w5_hand(&m, tk, tg, &mut s, &mut hg);
    close(l, lh, "W5 loss vs hand");
    close_all(g.emb.as_slice().unwrap(), &hg[0], "W5 grad emb vs hand");
    close_all(g.wh.as_slice().unwrap(), &hg[1], "W5 grad wh vs hand");
    close_all(g.b.as_slice().unwrap(), &hg[2], "W5 grad b vs hand");
    close_all(g.wy.as_slice().unwrap(), &hg[3], "W5 grad wy vs hand");
    close_all(g.by.as_slice().unwrap(), &hg[4], "W5 grad by vs hand");
    let (ln, [gwh, gwy, _]) = w5_ndarray(&m, tk, tg);
    close(l, ln, "W5 loss vs ndarray");
    close_all(
        g.wh.as_slice().unwrap(),
        gwh.as_slice().unwrap(),
        "W5 grad wh vs ndarray",
    );
    close_all(
        g.wy.as_slice().unwrap(),
        gwy.as_slice().unwrap(),
        "W5 grad wy vs ndarray",
    );
    let mut group = c.benchmark_group("W5-lstm");
    group.sample_size(30);
    group.bench_function("model", |bch| {
        bch.iter(|| {
            m.loss_and_grad(
                black_box(tokens.view()),
                targets.view(),
                zeros.view(),
                zeros.view(),
                &mut g,
            )
            .unwrap()
        })
    });
    // Handed to the pool once per step, as generated code hands over its whole step: on more
    // than one thread, each step's products split without waking the pool each time.
    group.bench_function("hand", |bch| {
        bch.iter(|| in_pool(true, || w5_hand(&m, black_box(tk), tg, &mut s, &mut hg)))
    });
    group.bench_function("ndarray", |bch| {
        bch.iter(|| w5_ndarray(black_box(&m), tk, tg))
    });
    // The floor: the step's matrix products alone, with the shapes and layouts of the
    // hand-written version (the recurrent product forward and backward at every step, the
    // recurrent weight's gradient over all steps, the output layer's three), handed to the pool
    // once per step as generated code hands over its whole step.
    let (wh, wy) = (m.wh.as_slice().unwrap(), m.wy.as_slice().unwrap());
    let (row, col) = (Mat::rows, Mat::cols);
    let (hsb, gates, mut da) = (
        values((t + 1) * n * h, 12),
        values(tn * h4, 13),
        vec![0.0; n * h],
    );
    let (mut p1, mut p2, mut p3, mut p4, mut p5) = (
        vec![0.0; n * h4],
        vec![0.0; h * h4],
        vec![0.0; tn * v],
        vec![0.0; h * v],
        vec![0.0; tn * h],
    );
    let zs = values(tn * v, 14);
    let (mut pk, mut pk_t) = (
        vec![0.0; product::packed_len(h, h4)],
        vec![0.0; product::packed_len(h4, h)],
    );
    let mut floor = || {
        in_pool(true, || {
            // The recurrent weight packed once per call, as the model and the hand-written
            // version pack it.
            product::pack_right(MatRef::new(wh, h, h4, row(h4)), &mut pk);
            product::pack_right(MatRef::new(wh, h4, h, col(h4)), &mut pk_t);
            for step in 0..t {
                product::gemm_packed(
                    MatRef::new(black_box(&hsb[step * n * h..]), n, h, row(h)),
                    MatRef::new(wh, h, h4, row(h4)),
                    MatMut::new(&mut p1, row(h4)),
                    &pk,
                );
            }
            for step in 1..t {
                product::gemm_packed(
                    MatRef::new(&gates[step * n * h4..], n, h4, row(h4)),
                    MatRef::new(wh, h4, h, col(h4)),
                    MatMut::new(&mut da, row(h)),
                    &pk_t,
                );
            }
            gemm(
                MatRef::new(&hsb[..tn * h], h, tn, col(h)),
                MatRef::new(&gates, tn, h4, row(h4)),
                MatMut::new(&mut p2, row(h4)),
            );
            gemm(
                MatRef::new(&hsb[n * h..], tn, h, row(h)),
                MatRef::new(wy, h, v, row(v)),
                MatMut::new(&mut p3, row(v)),
            );
            gemm(
                MatRef::new(&hsb[n * h..], h, tn, col(h)),
                MatRef::new(&zs, tn, v, row(v)),
                MatMut::new(&mut p4, row(v)),
            );
            gemm(
                MatRef::new(&zs, tn, v, row(v)),
                MatRef::new(wy, v, h, col(v)),
                MatMut::new(&mut p5, row(h)),
            );
        })
    };
    group.bench_function("gemm-floor", |bch| bch.iter(&mut floor));
    group.finish();
}

// ---------------------------------------------------------------- W7: a conv layer
/// Batch, steps, input channels, output channels, taps.
const W7_SIZES: (usize, usize, usize, usize, usize) = (32, 200, 40, 64, 5);

/// The input's windows as rows, `[N T, K I]`, zeros past either end.
fn w7_patches(x: &[f32], (n, t, i, k): (usize, usize, usize, usize), cols: &mut [f32]) {
    let p = k * i;
    for b in 0..n {
        for s in 0..t {
            let row = &mut cols[(b * t + s) * p..(b * t + s + 1) * p];
            for u in 0..k {
                let dst = &mut row[u * i..(u + 1) * i];
                match (s + u).checked_sub(k / 2).filter(|&src| src < t) {
                    Some(src) => dst.copy_from_slice(&x[(b * t + src) * i..(b * t + src + 1) * i]),
                    None => dst.fill(0.0),
                }
            }
        }
    }
}

/// Buffers of the hand-written W7 step.
struct W7Hand {
    cols: Vec<f32>,
    kcat: Vec<f32>,
    z: Vec<f32>,
    dz: Vec<f32>,
    dkcat: Vec<f32>,
}

/// W7 by hand: the patches once, both pieces' kernels side by side in one product, the maxout,
/// bias and squared error in one pass, and both kernels' gradients in one product back.
fn w7_hand(m: &W7, x: &[f32], y: &[f32], s: &mut W7Hand, g: &mut W7Grad) -> f32 {
    use rheano::__private::matrix::{Mat, MatMut, MatRef};
    let (n, t, i, o, k) = W7_SIZES;
    let (rows, p, o2) = (n * t, k * i, 2 * o);
    w7_patches(x, (n, t, i, k), &mut s.cols);
    let (k1, k2) = (m.k1.as_slice().unwrap(), m.k2.as_slice().unwrap());
    for r in 0..p {
        s.kcat[r * o2..r * o2 + o].copy_from_slice(&k1[r * o..(r + 1) * o]);
        s.kcat[r * o2 + o..(r + 1) * o2].copy_from_slice(&k2[r * o..(r + 1) * o]);
    }
    product::gemm(
        MatRef::new(&s.cols, rows, p, Mat::rows(p)),
        MatRef::new(&s.kcat, p, o2, Mat::rows(o2)),
        MatMut::new(&mut s.z, Mat::rows(o2)),
    );
    let b = m.b.as_slice().unwrap();
    let gb = g.b.as_slice_mut().unwrap();
    gb.fill(0.0);
    let scale = 2.0 / (rows * o) as f32;
    let mut loss = 0f32;
    for r in 0..rows {
        let (zr, dr) = (&s.z[r * o2..(r + 1) * o2], &mut s.dz[r * o2..(r + 1) * o2]);
        let yr = &y[r * o..(r + 1) * o];
        for c in 0..o {
            let (a, q) = (zr[c] + b[c], zr[o + c]);
            let h = a.max(q);
            let e = h - yr[c];
            loss += e * e;
            let d = scale * e;
            let first = a >= q;
            dr[c] = if first { d } else { 0.0 };
            dr[o + c] = if first { 0.0 } else { d };
            gb[c] += dr[c];
        }
    }
    product::gemm(
        MatRef::new(&s.cols, rows, p, Mat::rows(p)).t(),
        MatRef::new(&s.dz, rows, o2, Mat::rows(o2)),
        MatMut::new(&mut s.dkcat, Mat::rows(o2)),
    );
    let (g1, g2) = (g.k1.as_slice_mut().unwrap(), g.k2.as_slice_mut().unwrap());
    for r in 0..p {
        g1[r * o..(r + 1) * o].copy_from_slice(&s.dkcat[r * o2..r * o2 + o]);
        g2[r * o..(r + 1) * o].copy_from_slice(&s.dkcat[r * o2 + o..(r + 1) * o2]);
    }
    loss / (rows * o) as f32
}

/// W7: one training step of a 1-D conv layer with bias and maxout (loss and every param's
/// gradient), as `model!`, by hand (the patches and the same matrix products), and the two
/// products alone on patches made beforehand (`gemm-floor`). `python3 benches/compare.py` times
/// PyTorch's `conv1d` and JAX's `conv_general_dilated` on the same step.
fn w7(c: &mut Criterion) {
    use rheano::__private::matrix::{Mat, MatMut, MatRef};
    let (n, t, i, o, k) = W7_SIZES;
    let m = W7 {
        k1: Array3::from_shape_vec((k, i, o), values(k * i * o, 71)).unwrap() * 0.1,
        k2: Array3::from_shape_vec((k, i, o), values(k * i * o, 72)).unwrap() * 0.1,
        b: Array1::from(values(o, 73)),
    };
    let x = Array3::from_shape_vec((n, t, i), values(n * t * i, 74)).unwrap();
    let y = Array3::from_shape_vec((n, t, o), values(n * t * o, 75)).unwrap();
    let (rows, p) = (n * t, k * i);
    let mut s = W7Hand {
        cols: vec![0.0; rows * p],
        kcat: vec![0.0; p * 2 * o],
        z: vec![0.0; rows * 2 * o],
        dz: vec![0.0; rows * 2 * o],
        dkcat: vec![0.0; p * 2 * o],
    };
    let mut g_model = W7Grad::zeros_like(&m);
    let mut g_hand = W7Grad::zeros_like(&m);
    let (xs, ys) = (x.as_slice().unwrap(), y.as_slice().unwrap());
    let l_model = m.loss_and_grad(x.view(), y.view(), &mut g_model).unwrap();
    let l_hand = w7_hand(&m, xs, ys, &mut s, &mut g_hand);
    close(l_model, l_hand, "W7 loss");
    close_all(
        g_model.k1.as_slice().unwrap(),
        g_hand.k1.as_slice().unwrap(),
        "W7 k1",
    );
    close_all(
        g_model.k2.as_slice().unwrap(),
        g_hand.k2.as_slice().unwrap(),
        "W7 k2",
    );
    close_all(
        g_model.b.as_slice().unwrap(),
        g_hand.b.as_slice().unwrap(),
        "W7 b",
    );
    // And the loss against f64 sums of the definition, at a few outputs.
    let k64 = |w: &Array3<f32>, u: usize, q: usize, c: usize| w[[u, q, c]] as f64;
    let mut total = 0.0f64;
    for bb in 0..n {
        for st in 0..t {
            for cc in 0..o {
                let (mut a, mut q) = (m.b[cc] as f64, 0.0f64);
                for u in 0..k {
                    let Some(src) = (st + u).checked_sub(k / 2).filter(|&v| v < t) else {
                        continue;
                    };
                    for ii in 0..i {
                        let v = x[[bb, src, ii]] as f64;
                        a += v * k64(&m.k1, u, ii, cc);
                        q += v * k64(&m.k2, u, ii, cc);
                    }
                }
                total += (a.max(q) - y[[bb, st, cc]] as f64).powi(2);
            }
        }
    }
    let want = total / (rows * o) as f64;
    assert!(
        (l_model as f64 - want).abs() <= 1e-5 * want,
        "W7 loss {l_model} vs {want}"
    );
    let mut group = c.benchmark_group("W7-conv");
    group.bench_function("model", |bch| {
        bch.iter(|| {
            m.loss_and_grad(black_box(x.view()), y.view(), &mut g_model)
                .unwrap()
        })
    });
    group.bench_function("hand", |bch| {
        bch.iter(|| w7_hand(&m, black_box(xs), ys, &mut s, &mut g_hand))
    });
    w7_patches(xs, (n, t, i, k), &mut s.cols);
    group.bench_function("gemm-floor", |bch| {
        bch.iter(|| {
            let o2 = 2 * o;
            product::gemm(
                MatRef::new(black_box(&s.cols), rows, p, Mat::rows(p)),
                MatRef::new(&s.kcat, p, o2, Mat::rows(o2)),
                MatMut::new(&mut s.z, Mat::rows(o2)),
            );
            product::gemm(
                MatRef::new(&s.cols, rows, p, Mat::rows(p)).t(),
                MatRef::new(&s.dz, rows, o2, Mat::rows(o2)),
                MatMut::new(&mut s.dkcat, Mat::rows(o2)),
            );
        })
    });
    group.finish();
}

// ---------------------------------------------------------------- W8: CTC
/// W8's sizes: batch, steps, classes (the blank included), targets per example.
const W8_SIZES: (usize, usize, usize, usize) = (32, 200, 62, 40);

/// One example's CTC loss by the plain log-space recursion in f64, from its scores `[t, c]`.
/// One example's CTC loss by the f64 reference recursion (`rheano::ctc::reference`).
fn w8_reference(z: &[f32], t: usize, c: usize, y: &[usize]) -> f64 {
    let z: Vec<f64> = z.iter().map(|&v| v as f64).collect();
    let mut out = [0.0];
    let l = y.len();
    rheano::ctc::reference(&z, (1, t, c), y, l, &[t], &[l], &mut out, None);
    out[0]
}

/// W8: the CTC loss of a batch and its gradient with respect to the scores, through
/// `rheano::ctc::loss` (the kernel) and through `model!`'s `ctc`. `python3
/// benches/compare.py` times PyTorch's `ctc_loss` (with its backward) and `optax.ctc_loss`
/// under `jit` on the same scores and targets.
fn w8(c: &mut Criterion) {
    let (n, t, k, l) = W8_SIZES;
    // The scores and targets of `benches/compare.py`.
    let z: Vec<f32> = (0..n * t * k)
        .map(|i| ((i * 7919) % 1000) as f32 / 250.0 - 2.0)
        .collect();
    let y: Vec<usize> = (0..n * l).map(|i| 1 + (i * 13) % (k - 1)).collect();
    let (zlen, ylen, g) = (vec![t; n], vec![l; n], vec![1.0f32; n]);
    let mut out = vec![0f32; n];
    let mut dz = vec![0f32; n * t * k];
    let mut s = rheano::ctc::Scratch::default();
    let mut run = |out: &mut [f32], dz: &mut [f32]| {
        rheano::ctc::loss(
            black_box(&z),
            (n, t, k),
            &y,
            l,
            &zlen,
            &ylen,
            out,
            Some((&g, dz)),
            &mut s,
        )
    };
    run(&mut out, &mut dz);
    // Checked before it is timed: two examples' losses against the f64 recursion, every step's
    // gradient a softmax less a distribution (its entries sum to 0), and gradient entries.
    for i in [0, n - 1] {
        let want = w8_reference(&z[i * t * k..(i + 1) * t * k], t, k, &y[i * l..(i + 1) * l]);
        let got = out[i] as f64;
        assert!(
            (got - want).abs() <= 1e-5 * want.abs(),
            "W8 loss {i}: {got} vs {want}"
        );
    }
    for row in dz.chunks(k) {
        let sum: f32 = row.iter().sum();
        assert!(sum.abs() < 1e-5, "W8 gradient row sums to {sum}");
    }
    // And a few entries of the first example's gradient against central differences of the
    // f64 recursion.
    for j in [0, 3 * k + 1, 100 * k + 7, (t - 1) * k + 5] {
        let h = 1e-3;
        let at = |d: f32| {
            let mut w = z[..t * k].to_vec();
            w[j] += d;
            w8_reference(&w, t, k, &y[..l])
        };
        let fd = (at(h) - at(-h)) / (2.0 * h as f64);
        let got = dz[j] as f64;
        assert!(
            (got - fd).abs() <= 1e-3,
            "W8 gradient entry {j}: {got} vs {fd}"
        );
    }
    // The same step written in `model!`: the loss and gradient of one call of the kernel.
    let m = W8 {
        z: Array3::from_shape_vec((n, t, k), z.clone()).unwrap(),
    };
    let (ya, zl, yl) = (
        Array2::from_shape_vec((n, l), y.clone()).unwrap(),
        Array1::from(zlen.clone()),
        Array1::from(ylen.clone()),
    );
    let mut g8 = W8Grad::zeros_like(&m);
    let lm = m
        .loss_and_grad(ya.view(), zl.view(), yl.view(), &mut g8)
        .unwrap();
    close(lm, out.iter().sum(), "W8 model loss");
    assert_eq!(g8.z.as_slice().unwrap(), &dz[..], "W8 model gradient");
    let mut group = c.benchmark_group("W8-ctc");
    group.bench_function("kernel", |bch| bch.iter(|| run(&mut out, &mut dz)));
    group.bench_function("model", |bch| {
        bch.iter(|| {
            m.loss_and_grad(black_box(ya.view()), zl.view(), yl.view(), &mut g8)
                .unwrap()
        })
    });
    group.finish();
}

// ---------------------------------------------------------------- floors
/// The memory-bandwidth floor: reading 10M f32 (40 MB) and writing them scaled, the traffic of
/// W1 at 10M per step (one read of `x`, one write of the gradient).
fn floors(c: &mut Criterion) {
    let n = 10_000_000;
    let x = values(n, 11);
    let mut y = vec![0f32; n];
    let mut group = c.benchmark_group("floor");
    group.sample_size(20);
    group.bench_function("read-write-10M", |bch| {
        bch.iter(|| {
            use rayon::prelude::*;
            y.par_chunks_mut(1 << 16)
                .zip(black_box(&x).par_chunks(1 << 16))
                .for_each(|(o, i)| o.iter_mut().zip(i).for_each(|(o, &v)| *o = 2.0 * v));
        })
    });
    group.finish();
}

criterion_group!(benches, w1, w2, w3, w4, w5, w6, w7, w8, floors);
criterion_main!(benches);
