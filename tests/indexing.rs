//! v1's constructs that select, reorder and stop values: `detach`, `onehot`, `permute`, slices
//! `x[G = k]` and gathers `w[idx]`. Each model's loss matches an independent f64 reference and
//! its gradients match f64 central differences of that reference.

mod common;

use common::*;
use rheano::ndarray::{Array1, ArrayD, Ix1, Ix2};
use rheano::prelude::*;

model! {
    /// A regression toward a detached target (as a target network is): the target's own
    /// dependence on the params carries no gradient.
    struct Detached {
        param w: [D, H];
        param v: [H];
        input x: [N, D];
        let h = tanh(x @ w);
        let target = detach(h @ v) * 0.5 + 1;
        loss = mean((h @ v - target)^2) + 0.1 * sum(detach(w) * w);
    }
}

#[test]
fn detach_stops_the_gradient_and_keeps_the_value() {
    let (n, d, h) = (5, 3, 4);
    let m = Detached {
        w: array(&[d, h], 1).into_dimensionality::<Ix2>().unwrap(),
        v: array(&[h], 2).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = array(&[n, d], 3).into_dimensionality::<Ix2>().unwrap();
    let mut g = DetachedGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    // The detached parts are computed from the params as they are, fixed while the
    // differences move the params.
    let fixed = params_f64(&m);
    let forward = |p: &[ArrayD<f64>], i: usize| -> f64 {
        (0..h)
            .map(|k| {
                let a: f64 = (0..d).map(|j| x64[[i, j]] * p[0][[j, k]]).sum();
                a.tanh() * p[1][[k]]
            })
            .sum()
    };
    assert_matches_reference(&m, loss, &g, |p| {
        let mut s = 0.0;
        for i in 0..n {
            let target = forward(&fixed, i) * 0.5 + 1.0;
            s += (forward(p, i) - target).powi(2);
        }
        let decay: f64 = fixed[0].iter().zip(p[0].iter()).map(|(a, b)| a * b).sum();
        s / n as f64 + 0.1 * decay
    });
    // The value is the argument's: `loss` agrees with `loss_and_grad`.
    let l = m.loss(x.view()).unwrap();
    assert_eq!(l, loss);
}

model! {
    /// An LSTM cell's gates without the recurrence: rows of an embedding picked by token, the
    /// gates sliced from a fixed dim, a reordered output and a one-hot term.
    struct Gates {
        dim G = 4;
        param emb: [V, G, H];
        param b: [G, H];
        param wy: [H, C];
        input tokens: [N] in 0..V;
        input y: [N] in 0..C;
        let a = emb[tokens] + b;
        let c = sigmoid(a[G = 1]) * tanh(a[G = 2]);
        let h = sigmoid(a[G = 3]) * tanh(c) + a[G = 0];
        output hs = permute[H, N](h);
        loss = mean(cross_entropy(h @ wy, y)) + 0.01 * sum(onehot(y) * (h @ wy));
    }
}

/// `h[n, k]` of the `Gates` model in f64.
fn gates_h(p: &[ArrayD<f64>], tokens: &[usize], n: usize, k: usize) -> f64 {
    let a = |gate: usize| p[0][[tokens[n], gate, k]] + p[1][[gate, k]];
    let sig = |x: f64| 1.0 / (1.0 + (-x).exp());
    let c = sig(a(1)) * a(2).tanh();
    sig(a(3)) * c.tanh() + a(0)
}

#[test]
fn gathers_slices_onehot_and_permute_match_reference() {
    let (v, h, c) = (5, 3, 4);
    let tokens = [3usize, 0, 3, 4, 1, 3];
    let labels = [1usize, 3, 0, 0, 2, 1];
    let n = tokens.len();
    let m = Gates {
        emb: array(&[v, 4, h], 11)
            .into_dimensionality::<rheano::ndarray::Ix3>()
            .unwrap(),
        b: array(&[4, h], 12).into_dimensionality::<Ix2>().unwrap(),
        wy: array(&[h, c], 13).into_dimensionality::<Ix2>().unwrap(),
    };
    let tv = Array1::from(tokens.to_vec());
    let yv = Array1::from(labels.to_vec());
    let mut g = GatesGrad::zeros_like(&m);
    let loss = m.loss_and_grad(tv.view(), yv.view(), &mut g).unwrap();
    assert_matches_reference(&m, loss, &g, |p| {
        let mut total = 0.0;
        for i in 0..n {
            let z: Vec<f64> = (0..c)
                .map(|j| {
                    (0..h)
                        .map(|k| gates_h(p, &tokens, i, k) * p[2][[k, j]])
                        .sum()
                })
                .collect();
            total += log_sum_exp(z.iter().copied()) - z[labels[i]];
            total += 0.01 * n as f64 * z[labels[i]];
        }
        total / n as f64
    });
    // Rows never picked (token 2) get no gradient; a token picked three times, three rows.
    assert!(g
        .emb
        .index_axis(rheano::ndarray::Axis(0), 2)
        .iter()
        .all(|&x| x == 0.0));
    // The permuted output is `h` transposed.
    let hs = m.hs(tv.view()).unwrap();
    assert_eq!(hs.shape(), &[h, n]);
    let p = params_f64(&m);
    for k in 0..h {
        for i in 0..n {
            let want = gates_h(&p, &tokens, i, k);
            assert!(
                (hs[[k, i]] as f64 - want).abs() < 1e-5,
                "{} {want}",
                hs[[k, i]]
            );
        }
    }
}

#[test]
fn a_token_out_of_range_is_an_error_naming_the_input() {
    let m = Gates {
        emb: array(&[5, 4, 3], 11)
            .into_dimensionality::<rheano::ndarray::Ix3>()
            .unwrap(),
        b: array(&[4, 3], 12).into_dimensionality::<Ix2>().unwrap(),
        wy: array(&[3, 2], 13).into_dimensionality::<Ix2>().unwrap(),
    };
    let tv = Array1::from(vec![1usize, 5]);
    let yv = Array1::from(vec![0usize, 1]);
    let e = m.loss(tv.view(), yv.view()).unwrap_err().to_string();
    assert!(
        e.contains("`tokens`") && e.contains("label 5") && e.contains("`V` = 5"),
        "{e}"
    );
}

model! {
    /// A slice of a dim whose size comes from the arrays.
    struct Third {
        param x: [K, D];
        loss = sum(square(x[K = 2]));
    }
}

/// `e` is the error of index `index` past the end of dim `dim` of size `size`.
fn assert_slice_out_of_range(e: &rheano::Error, dim: &str, index: usize, size: usize) {
    assert!(
        matches!(
            e,
            rheano::Error::SliceOutOfRange { dim: d, index: i, size: n }
                if *d == dim && *i == index && *n == size
        ),
        "{e:#?}"
    );
}

#[test]
fn a_slice_past_the_end_of_a_dim_is_an_error_naming_the_dim() {
    let ok = Third {
        x: array(&[3, 2], 5).into_dimensionality::<Ix2>().unwrap(),
    };
    let want: f32 = ok.x.row(2).iter().map(|v| v * v).sum();
    assert_eq!(ok.loss().unwrap(), want);
    let short = Third {
        x: array(&[2, 2], 5).into_dimensionality::<Ix2>().unwrap(),
    };
    let e = short.loss().unwrap_err();
    assert_slice_out_of_range(&e, "K", 2, 2);
    assert!(e.to_string().contains("`K` = 2"), "{e}");
}

model! {
    /// An output whose labels' range dim only another input sizes.
    struct Group {
        param p: [K];
        input x: [C, K];
        input g: [] in 0..C;
        output mask = onehot(g);
        loss = mean(p) + sum(x);
    }
}

/// An output method takes the inputs that size its dims (here `x`, for `C`), so its labels
/// are checked against the right size instead of an unbound one.
#[test]
fn an_output_takes_the_inputs_that_size_its_dims() {
    let m = Group {
        p: rheano::ndarray::Array1::from(vec![1.0f32, 2.0]),
    };
    let x = rheano::ndarray::Array2::<f32>::zeros((3, 2));
    let g = rheano::ndarray::arr0(1usize);
    let mask = m.mask(x.view(), g.view()).unwrap();
    assert_eq!(mask.to_vec(), vec![0.0, 1.0, 0.0]);
}

model! {
    /// Gates sliced inside a scan's step, along a dim whose size comes from the arrays: the
    /// slices are read in place from the step's product and input, at their offsets.
    struct StepGates {
        param w: [H, K, H];
        input x: [T, N, K, H];
        scan t in T {
            carry h: [N, H] = zeros;
            let a = x[t] + h @ w;
            h = tanh(a[K = 2]) * sigmoid(a[K = 0]) + 0.5 * h;
        }
        loss = sum(h);
    }
}

/// `StepGates`'s loss in f64, written out: `w` is `[H, K, H]`, `x` is `[T, N, K, H]`.
fn step_gates_loss(w: &ArrayD<f64>, x: &ArrayD<f64>) -> f64 {
    let (t, n, k, hd) = (x.shape()[0], x.shape()[1], x.shape()[2], x.shape()[3]);
    let mut h = vec![vec![0.0f64; hd]; n];
    for s in 0..t {
        let mut next = h.clone();
        for i in 0..n {
            let a = |g: usize, j: usize| {
                let mut v = x[[s, i, g, j]];
                for (q, hq) in h[i].iter().enumerate() {
                    v += hq * w[[q, g, j]];
                }
                v
            };
            for j in 0..hd {
                next[i][j] = a(2, j).tanh() / (1.0 + (-a(0, j)).exp()) + 0.5 * h[i][j];
            }
        }
        h = next;
    }
    let _ = k;
    h.iter().flatten().sum()
}

#[test]
fn slices_in_a_scans_step_read_in_place_and_past_the_end_are_an_error() {
    let m = StepGates {
        w: array(&[4, 3, 4], 11).into_dimensionality().unwrap() * 0.5,
    };
    let x = array(&[5, 2, 3, 4], 12);
    let want = step_gates_loss(&m.w.mapv(|v| v as f64).into_dyn(), &x.mapv(|v| v as f64));
    let got = m.loss(x.view().into_dimensionality().unwrap()).unwrap() as f64;
    assert!(
        (got - want).abs() <= 1e-5 * want.abs().max(1.0),
        "{got} against {want}"
    );
    let report = m
        .gradcheck(x.view().into_dimensionality().unwrap())
        .unwrap();
    assert!(report.max_rel_error() < 1e-4, "{report}");
    // `K` = 2 from the arrays: gate 2 is past the end, in the step.
    let short = StepGates {
        w: array(&[4, 2, 4], 11).into_dimensionality().unwrap(),
    };
    let x = array(&[5, 2, 2, 4], 12);
    let e = short
        .loss(x.view().into_dimensionality().unwrap())
        .unwrap_err();
    assert_slice_out_of_range(&e, "K", 2, 2);
}

/// The step's gates are read in place: `a`'s slices become slices of the product and of
/// `x[t]`, read at their offsets by the step's one loop, with no copy of a slice and no store
/// of the whole `a`.
#[test]
fn a_steps_slices_of_a_sum_run_in_its_one_loop() {
    let program = StepGates::PROGRAM;
    let step = scan_step(&method_steps(program, "loss"), 0);
    assert_eq!(step.len(), 2, "{program}");
    assert!(step[0].trim_start().starts_with("product"), "{program}");
    assert!(step[1].trim_start().starts_with("loop [N,H]"), "{program}");
    assert!(
        !program
            .lines()
            .any(|l| l.trim_start().starts_with("slice ")),
        "{program}"
    );
    // For the backward pass the forward scan keeps the `tanh` and the `sigmoid` gates and the
    // carry, all [N,H]: not the product, which nothing in the reverse step reads once the
    // gates are kept.
    assert!(
        program.contains("keeping [N,H] + [N,H] + [N,H] per step for the backward pass"),
        "{program}"
    );
}
