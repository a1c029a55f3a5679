//! Large loops and products run on several threads; results are bit-identical run to run and
//! the same for any number of threads, because the work is split into the same blocks.

use rheano::prelude::*;

model! {
    struct Big {
        param x: [N];
        param w: [N, D];
        input v: [D];
        hyper a = 1.5;
        loss = sum(sigmoid(a * x + 0.5) * tanh(x) + 0.5 * x^2) + sum(softplus(w @ v) * x);
    }
}

/// `run` gives `first` again on pools of 1, 2 and 3 threads.
fn same_on_1_2_3_threads<T: PartialEq + std::fmt::Debug + Send>(
    first: &T,
    run: impl Fn() -> T + Send + Sync,
) {
    for threads in [1, 2, 3] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        assert_eq!(*first, pool.install(&run), "{threads} threads");
    }
}

fn run(m: &Big, v: &Array1<f32>) -> (f32, Vec<f32>, Vec<f32>) {
    let mut g = BigGrad::zeros_like(m);
    let l = m.loss_and_grad(v.view(), 1.5, &mut g).unwrap();
    (l, g.x.to_vec(), g.w.iter().copied().collect())
}

#[test]
fn same_results_for_every_thread_count() {
    let n = 300_000;
    let m = Big {
        x: Array1::from_shape_fn(n, |i| ((i as f32) * 0.001).sin()),
        w: Array2::from_shape_fn((n, 4), |(i, j)| ((i * 4 + j) as f32 * 0.0007).cos()),
    };
    let v = arr1(&[0.3, -0.2, 0.5, 0.1]);
    let first = run(&m, &v);
    assert_eq!(first, run(&m, &v), "run to run");
    same_on_1_2_3_threads(&first, || run(&m, &v));
}

model! {
    struct Layer {
        param w: [D, H];
        input x: [B, D];
        loss = sum(tanh(x @ w));
    }
}

/// A product above the threshold that splits across threads, with sizes that are not multiples
/// of the block width: the loss and the gradient agree with a direct f64 computation, and are
/// bit-identical for every number of threads.
#[test]
fn split_products_are_exact_and_thread_independent() {
    let (b, d, h) = (301, 197, 83);
    let m = Layer {
        w: Array2::from_shape_fn((d, h), |(i, j)| ((i * h + j) as f32 * 0.37).sin() * 0.1),
    };
    let x = Array2::from_shape_fn((b, d), |(i, j)| ((i * d + j) as f32 * 0.11).cos());
    let run = || {
        let mut g = LayerGrad::zeros_like(&m);
        let l = m.loss_and_grad(x.view(), &mut g).unwrap();
        (l, g.w.iter().copied().collect::<Vec<f32>>())
    };
    let first = run();
    // f64 reference: z = x w, loss = sum tanh z, dw = x^T (1 - tanh(z)^2).
    let mut loss = 0.0f64;
    let mut dw = vec![0.0f64; d * h];
    for i in 0..b {
        for j in 0..h {
            let z: f64 = (0..d).map(|p| x[[i, p]] as f64 * m.w[[p, j]] as f64).sum();
            loss += z.tanh();
            let dz = 1.0 - z.tanh().powi(2);
            for p in 0..d {
                dw[p * h + j] += x[[i, p]] as f64 * dz;
            }
        }
    }
    assert!(
        (first.0 as f64 - loss).abs() <= 1e-4 * loss.abs().max(1.0),
        "{} vs {loss}",
        first.0
    );
    for (q, (&g, &r)) in first.1.iter().zip(&dw).enumerate() {
        assert!(
            (g as f64 - r).abs() <= 1e-3 * r.abs().max(1.0),
            "dw[{q}]: {g} vs {r}"
        );
    }
    same_on_1_2_3_threads(&first, run);
}

model! {
    struct Wide {
        param w: [D, H];
        param b: [H];
        param v: [H];
        input x: [N, D];
        let h = relu(x @ w + b);
        loss = sum(softplus(sum[H](h * v)));
    }
}

/// Loop nests that are not flat (a broadcast of `b` along rows, row sums over `H`) above the
/// threshold, which run in blocks of rows: the loss and the gradients agree with a direct f64
/// computation and are bit-identical for every number of threads.
#[test]
fn row_blocked_nests_are_exact_and_thread_independent() {
    let (n, d, h) = (700, 5, 211);
    let m = Wide {
        w: Array2::from_shape_fn((d, h), |(i, j)| ((i * h + j) as f32 * 0.37).sin()),
        b: Array1::from_shape_fn(h, |j| (j as f32 * 0.21).cos() * 0.3),
        v: Array1::from_shape_fn(h, |j| (j as f32 * 0.13).sin() * 0.1),
    };
    let x = Array2::from_shape_fn((n, d), |(i, j)| ((i * d + j) as f32 * 0.11).cos());
    let run = || {
        let mut g = WideGrad::zeros_like(&m);
        let l = m.loss_and_grad(x.view(), &mut g).unwrap();
        let flat = |a: &ndarray::ArrayD<f32>| a.iter().copied().collect::<Vec<f32>>();
        (
            l,
            flat(&g.w.clone().into_dyn()),
            flat(&g.b.clone().into_dyn()),
            flat(&g.v.clone().into_dyn()),
        )
    };
    let first = run();
    // f64 reference: s_i = sum_j relu(z_ij) v_j with z = x w + b; loss = sum_i softplus(s_i).
    let (mut loss, mut gw, mut gb, mut gv) = (
        0.0f64,
        vec![0.0f64; d * h],
        vec![0.0f64; h],
        vec![0.0f64; h],
    );
    for i in 0..n {
        let z: Vec<f64> = (0..h)
            .map(|j| {
                (0..d)
                    .map(|p| x[[i, p]] as f64 * m.w[[p, j]] as f64)
                    .sum::<f64>()
                    + m.b[j] as f64
            })
            .collect();
        let s: f64 = (0..h).map(|j| z[j].max(0.0) * m.v[j] as f64).sum();
        loss += s.max(0.0) + (-s.abs()).exp().ln_1p();
        let ds = 1.0 / (1.0 + (-s).exp());
        for j in 0..h {
            gv[j] += ds * z[j].max(0.0);
            if z[j] > 0.0 {
                let dz = ds * m.v[j] as f64;
                gb[j] += dz;
                for p in 0..d {
                    gw[p * h + j] += dz * x[[i, p]] as f64;
                }
            }
        }
    }
    let close = |got: &[f32], want: &[f64], what: &str| {
        for (q, (&g, &r)) in got.iter().zip(want).enumerate() {
            assert!(
                (g as f64 - r).abs() <= 1e-3 * r.abs().max(1.0),
                "{what}[{q}]: {g} vs {r}"
            );
        }
    };
    assert!(
        (first.0 as f64 - loss).abs() <= 1e-4 * loss.abs(),
        "{} vs {loss}",
        first.0
    );
    close(&first.1, &gw, "dw");
    close(&first.2, &gb, "db");
    close(&first.3, &gv, "dv");
    same_on_1_2_3_threads(&first, run);
}

model! {
    struct Logistic {
        param w: [D];
        param b: [];
        input x: [N, D];
        input y: [N];
        loss = mean(softplus(-(2 * y - 1) * (x @ w + b))) + 1e-3 * sum(w^2);
    }
}

/// A product of `x` with a vector, elementwise work on it and the product back with the same
/// `x` run as one pass over the rows of `x`, split across threads above the threshold, with
/// sizes that are not multiples of a block or a group: the loss and the gradients agree with a
/// direct f64 computation and are bit-identical for every number of threads.
#[test]
fn row_passes_are_exact_and_thread_independent() {
    let (n, d) = (1037, 301);
    assert!(rheano::__private::rowpass::splits(n, d));
    let m = Logistic {
        w: Array1::from_shape_fn(d, |j| (j as f32 * 0.37).sin() * 0.1),
        b: arr0(0.2),
    };
    let x = Array2::from_shape_fn((n, d), |(i, j)| ((i * d + j) as f32 * 0.11).cos());
    let y = Array1::from_shape_fn(n, |i| (i % 3 == 0) as u8 as f32);
    let run = || {
        let mut g = LogisticGrad::zeros_like(&m);
        let l = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
        (l, g.w.to_vec(), g.b[()])
    };
    let first = run();
    // f64 reference: s_i = (1 - 2 y_i) (x_i . w + b); loss = mean softplus(s) + 1e-3 |w|^2.
    let (mut loss, mut gw, mut gb) = (0.0f64, vec![0.0f64; d], 0.0f64);
    for i in 0..n {
        let sign = 1.0 - 2.0 * y[i] as f64;
        let dot: f64 = (0..d).map(|j| x[[i, j]] as f64 * m.w[j] as f64).sum();
        let s = sign * (dot + m.b[()] as f64);
        loss += (s.max(0.0) + (-s.abs()).exp().ln_1p()) / n as f64;
        let dz = sign / (1.0 + (-s).exp()) / n as f64;
        gb += dz;
        for j in 0..d {
            gw[j] += dz * x[[i, j]] as f64;
        }
    }
    for (g, &w) in gw.iter_mut().zip(&m.w) {
        loss += 1e-3 * (w as f64).powi(2);
        *g += 2e-3 * w as f64;
    }
    assert!(
        (first.0 as f64 - loss).abs() <= 1e-5 * loss.abs(),
        "{} vs {loss}",
        first.0
    );
    for (j, (&g, &r)) in first.1.iter().zip(&gw).enumerate() {
        assert!(
            (g as f64 - r).abs() <= 1e-5 * r.abs().max(1e-2),
            "dw[{j}]: {g} vs {r}"
        );
    }
    assert!(
        (first.2 as f64 - gb).abs() <= 1e-5 * gb.abs().max(1e-2),
        "db: {} vs {gb}",
        first.2
    );
    same_on_1_2_3_threads(&first, run);
}
