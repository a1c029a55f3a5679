//! Models written against the language contract compile, and their losses and gradients match
//! independent f64 references (losses) and f64 central differences of those (gradients).

mod common;

use common::*;
use rheano::ndarray::{s, Array1, Array2, ArrayD, Ix1, Ix2};
use rheano::prelude::*;
use rheano::rand::SeedableRng;

model! {
    /// Two-layer perceptron with softmax cross-entropy and weight decay.
    pub struct Mlp {
        param w1: [D, H] = glorot;
        param b1: [H] = zeros;
        param w2: [H, C] = glorot;
        param b2: [C] = zeros;
        input x: [N, D];
        input y: [N] in 0..C;          // integer class labels
        hyper wd = 1e-4;               // runtime f32 scalar, with a default

        let h = relu(x @ w1 + b1);
        output logits = h @ w2 + b2;
        loss = mean(cross_entropy(logits, y)) + wd / 2 * (sum(w1^2) + sum(w2^2));
    }
}

fn mlp_reference(p: &[ArrayD<f64>], x: &Array2<f64>, y: &[usize], wd: f64) -> f64 {
    let w1 = p[0].view().into_dimensionality::<Ix2>().unwrap();
    let b1 = p[1].view().into_dimensionality::<Ix1>().unwrap();
    let w2 = p[2].view().into_dimensionality::<Ix2>().unwrap();
    let b2 = p[3].view().into_dimensionality::<Ix1>().unwrap();
    let n = x.nrows();
    let mut total = 0.0;
    for i in 0..n {
        let h: Vec<f64> = (0..w1.ncols())
            .map(|j| {
                let z: f64 = (0..w1.nrows()).map(|k| x[[i, k]] * w1[[k, j]]).sum::<f64>() + b1[j];
                z.max(0.0)
            })
            .collect();
        let logits: Vec<f64> = (0..w2.ncols())
            .map(|c| (0..h.len()).map(|j| h[j] * w2[[j, c]]).sum::<f64>() + b2[c])
            .collect();
        total += log_sum_exp(logits.iter().copied()) - logits[y[i]];
    }
    let l2: f64 = w1.iter().map(|v| v * v).sum::<f64>() + w2.iter().map(|v| v * v).sum::<f64>();
    total / n as f64 + wd / 2.0 * l2
}

#[test]
fn mlp_loss_and_gradients_match_reference() {
    let mut rng = rheano::rand::rngs::StdRng::seed_from_u64(7);
    let mut m = Mlp::init(MlpDims { d: 5, h: 4, c: 3 }, &mut rng);
    // Non-zero biases so that their gradients are exercised away from the init.
    m.b1 = Array1::from(values(4, 1)) * 0.5;
    m.b2 = Array1::from(values(3, 2));
    let x = array(&[6, 5], 3).into_dimensionality::<Ix2>().unwrap();
    let y = Array1::from(vec![0usize, 2, 1, 1, 0, 2]);
    let mut g = MlpGrad::zeros_like(&m);
    let wd = 0.05;
    let l = m.loss_and_grad(x.view(), y.view(), wd, &mut g).unwrap();
    assert_eq!(l, m.loss(x.view(), y.view(), wd).unwrap());
    let x64 = x.mapv(|v| v as f64);
    assert_matches_reference(&m, l, &g, |p| {
        mlp_reference(p, &x64, y.as_slice().unwrap(), wd as f64)
    });
    // The output method takes only what it needs, and agrees with the loss's logits.
    let logits = m.logits(x.view()).unwrap();
    assert_eq!(logits.dim(), (6, 3));
    assert!(logits.is_standard_layout());
}

#[test]
fn generated_api_matches_the_contract() {
    let mut rng = rheano::rand::rngs::StdRng::seed_from_u64(1);
    let dims = MlpDims { d: 3, h: 2, c: 4 };
    let m = Mlp::init(dims, &mut rng);
    let same = Mlp::init(dims, &mut rheano::rand::rngs::StdRng::seed_from_u64(1));
    assert_eq!(m.w1, same.w1, "one seed gives one model");
    assert_eq!(m.w1.dim(), (3, 2));
    assert_eq!(m.b2.dim(), 4);
    assert!(m.b1.iter().all(|&v| v == 0.0));
    let bound = (6.0f32 / 5.0).sqrt();
    assert!(m.w1.iter().all(|v| v.abs() <= bound) && m.w1.iter().any(|&v| v != 0.0));
    assert_eq!(Mlp::WD, 1e-4);
    assert!(Mlp::PROGRAM.contains("grad w1"));
    // The struct holds its params and nothing else.
    let rebuilt = Mlp {
        w1: m.w1.clone(),
        b1: m.b1.clone(),
        w2: m.w2.clone(),
        b2: m.b2.clone(),
    };
    let mut names = Vec::new();
    rebuilt.visit(&mut |n, _| names.push(n));
    assert_eq!(names, ["w1", "b1", "w2", "b2"]);
    assert_eq!(rebuilt.num_params(), 3 * 2 + 2 + 2 * 4 + 4);
    // Clone and Debug are derived.
    let _ = format!("{:?} {:?}", rebuilt.clone(), MlpGrad::zeros_like(&rebuilt));
}

#[test]
fn size_mismatch_is_an_error_naming_dim_and_sizes() {
    let m = Mlp::init(
        MlpDims { d: 3, h: 2, c: 4 },
        &mut rheano::rand::rngs::StdRng::seed_from_u64(1),
    );
    let x = Array2::<f32>::zeros((5, 7));
    let y = Array1::<usize>::zeros(5);
    let mut g = MlpGrad::zeros_like(&m);
    g.w1.fill(42.0);
    let e = m
        .loss_and_grad(x.view(), y.view(), 0.0, &mut g)
        .unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("`D`") && msg.contains('3') && msg.contains('7'),
        "{msg}"
    );
    assert!(
        msg.contains("`w1` axis 0") && msg.contains("`x` axis 1"),
        "{msg}"
    );
    assert!(g.w1.iter().all(|&v| v == 42.0), "grad untouched on Err");
    // Labels and features disagree on N.
    let e = m
        .loss(Array2::zeros((5, 3)).view(), Array1::zeros(4).view(), 0.0)
        .unwrap_err();
    assert!(e.to_string().contains("`N`"), "{e}");
}

#[test]
fn label_out_of_range_is_an_error() {
    let m = Mlp::init(
        MlpDims { d: 3, h: 2, c: 4 },
        &mut rheano::rand::rngs::StdRng::seed_from_u64(1),
    );
    let x = Array2::<f32>::zeros((2, 3));
    let y = Array1::from(vec![1usize, 4]);
    let e = m.loss(x.view(), y.view(), 0.0).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("label 4") && msg.contains("`y`") && msg.contains("`C` = 4"),
        "{msg}"
    );
    let _: &(dyn std::error::Error + Send + Sync) = &e;
}

model! {
    /// Logistic regression written with where, softplus and a negative hyper default.
    struct Logistic {
        param w: [D] = normal(0.1);
        param b: [] = constant(0.25);
        input x: [N, D];
        input t: [N];
        hyper l2 = 1e-3;
        hyper shift = -0.5;
        let z = x @ w + b + shift;
        output p = sigmoid(z);
        output margin = where(z > 0, z, -z);
        loss = mean(softplus(-(2 * t - 1) * z)) + l2 * sum(w^2);
    }
}

#[test]
fn logistic_regression_matches_reference() {
    let m = Logistic {
        w: Array1::from(values(4, 9)),
        b: arr0(0.3),
    };
    let x = array(&[7, 4], 10).into_dimensionality::<Ix2>().unwrap();
    let t = Array1::from(vec![1.0f32, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0]);
    let mut g = LogisticGrad::zeros_like(&m);
    let l = m
        .loss_and_grad(x.view(), t.view(), 0.01, Logistic::SHIFT, &mut g)
        .unwrap();
    let (x64, t64) = (x.mapv(|v| v as f64), t.mapv(|v| v as f64));
    assert_matches_reference(&m, l, &g, |p| {
        let (w, b) = (&p[0], p[1].iter().next().copied().unwrap());
        let mut s = 0.0;
        for i in 0..7 {
            let z: f64 = (0..4).map(|k| x64[[i, k]] * w[[k]]).sum::<f64>() + b - 0.5;
            let u = -(2.0 * t64[i] - 1.0) * z;
            s += u.max(0.0) + (-u.abs()).exp().ln_1p();
        }
        s / 7.0 + 0.01 * w.iter().map(|v| v * v).sum::<f64>()
    });
    assert_eq!(Logistic::SHIFT, -0.5);
    let p = m.p(x.view(), -0.5).unwrap();
    let margin = m.margin(x.view(), -0.5).unwrap();
    for i in 0..7 {
        let z = (0..4).map(|k| x[[i, k]] * m.w[k]).sum::<f32>() + 0.3 - 0.5;
        assert!((p[i] - 1.0 / (1.0 + (-z).exp())).abs() < 1e-6);
        assert!((margin[i] - z.abs()).abs() < 1e-6);
    }
    let init = Logistic::init(
        LogisticDims { d: 3 },
        &mut rheano::rand::rngs::StdRng::seed_from_u64(0),
    );
    assert_eq!(init.b.into_scalar(), 0.25);
}

model! {
    /// Broadcasting by name, transposes, repeated names, reductions over named dims.
    struct Shapes {
        param a: [D, D];
        param v: [D] = ones;
        param u: [H, N] = uniform(-1, 1);
        param k: [B, N, D] = he;
        input x: [N, H];
        dim B = 2;
        let sym = a + a.T;                       // [D, D] + [D, D] by position
        let q = v @ sym @ v;                     // [D] @ [D, D] @ [D] is []
        let r = (x + u.T) * sum[H](x);           // [N, H] + [N, H]; times [N]
        let bm = k @ a;                          // [B, N, D] @ [D, D]
        output mx = max[D](bm);                  // [B, N]
        loss = q^2 / 10 + mean(r^2) + sum(softmax[N](mx) * logsumexp[D](bm)) + min(bm) - mean[B, N](max[D](bm));
    }
}

fn shapes_reference(p: &[ArrayD<f64>], x: &Array2<f64>) -> f64 {
    let (a, v, u, k) = (&p[0], &p[1], &p[2], &p[3]);
    let (d, h, n, b) = (a.shape()[0], u.shape()[0], u.shape()[1], k.shape()[0]);
    let mut q = 0.0;
    for i in 0..d {
        for j in 0..d {
            q += v[[i]] * (a[[i, j]] + a[[j, i]]) * v[[j]];
        }
    }
    let mut r2 = 0.0;
    for i in 0..n {
        let sx: f64 = (0..h).map(|j| x[[i, j]]).sum();
        for j in 0..h {
            r2 += ((x[[i, j]] + u[[j, i]]) * sx).powi(2);
        }
    }
    let mut bm = vec![vec![vec![0.0; d]; n]; b];
    for bi in 0..b {
        for ni in 0..n {
            for j in 0..d {
                bm[bi][ni][j] = (0..d).map(|kk| k[[bi, ni, kk]] * a[[kk, j]]).sum();
            }
        }
    }
    let mx: Vec<Vec<f64>> = bm
        .iter()
        .map(|m| {
            m.iter()
                .map(|row| row.iter().copied().fold(f64::NEG_INFINITY, f64::max))
                .collect()
        })
        .collect();
    let mut third = 0.0;
    for bi in 0..b {
        let lse_n = log_sum_exp(mx[bi].iter().copied());
        for ni in 0..n {
            third += (mx[bi][ni] - lse_n).exp() * log_sum_exp(bm[bi][ni].iter().copied());
        }
    }
    let min = bm
        .iter()
        .flatten()
        .flatten()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let mean_mx = mx.iter().flatten().sum::<f64>() / (b * n) as f64;
    q * q / 10.0 + r2 / (n * h) as f64 + third + min - mean_mx
}

#[test]
fn shapes_by_name_match_reference() {
    let mut rng = rheano::rand::rngs::StdRng::seed_from_u64(3);
    let m = Shapes::init(ShapesDims { d: 3, h: 2, n: 4 }, &mut rng);
    assert_eq!(m.k.dim(), (2, 4, 3), "`dim B = 2` fixes B");
    assert!(m.v.iter().all(|&v| v == 1.0));
    let m = Shapes {
        a: array(&[3, 3], 5).into_dimensionality().unwrap(),
        ..m
    };
    let x = array(&[4, 2], 6).into_dimensionality::<Ix2>().unwrap();
    let mut g = ShapesGrad::zeros_like(&m);
    let l = m.loss_and_grad(x.view(), &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    assert_matches_reference(&m, l, &g, |p| shapes_reference(p, &x64));
    assert_eq!(m.mx().unwrap().dim(), (2, 4));
    // A fixed dim that disagrees with the data is an error.
    let bad = Shapes {
        k: rheano::ndarray::Array3::zeros((3, 4, 3)),
        ..m.clone()
    };
    let e = bad.loss(x.view()).unwrap_err().to_string();
    assert!(e.contains("`B`") && e.contains("dim B = 2"), "{e}");
}

#[test]
fn input_views_may_have_any_strides() {
    let m = Mlp::init(
        MlpDims { d: 3, h: 4, c: 2 },
        &mut rheano::rand::rngs::StdRng::seed_from_u64(2),
    );
    let big = array(&[6, 8], 4).into_dimensionality::<Ix2>().unwrap();
    let strided = big.slice(s![..;2, 1..4]);
    let copy = strided.to_owned();
    let y = Array1::from(vec![0usize, 1, 1]);
    let a = m.loss(strided, y.view(), 0.0).unwrap();
    let b = m.loss(copy.view(), y.view(), 0.0).unwrap();
    assert_eq!(a, b);
    let xt = copy.t().to_owned();
    let c = m.loss(xt.t(), y.view(), 0.0).unwrap();
    assert_eq!(a, c);
}

model! {
    /// Every loss with a stability promise, at logits of magnitude 1e4.
    struct Stable {
        param z: [N, C];
        input y: [N] in 0..C;
        loss = mean(cross_entropy(z, y)) + sum(softplus(z)) / 1e4 + sum(sigmoid(z))
             + logsumexp(z) + sum(log_softmax[C](z)) / 1e4 + sum(softmax[C](z) * z) / 1e4;
    }
}

#[test]
fn stable_forms_stay_finite_at_1e4() {
    let m = Stable {
        z: arr2(&[[1e4, -1e4, 0.0], [-1e4, -1e4, 1e4]]),
    };
    let y = arr1(&[1usize, 0]);
    let mut g = StableGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert!(l.is_finite(), "loss {l}");
    assert!(g.z.iter().all(|v| v.is_finite()), "{:?}", g.z);
    // The same sum in f64, term by term: mean cross-entropy 2e4, softplus 2e4 + ln 2,
    // sigmoid 2.5, logsumexp 1e4 + ln 2, log_softmax -7e4, softmax * z 2e4.
    let ln2 = std::f64::consts::LN_2;
    let want = 2e4 + (2e4 + ln2) / 1e4 + 2.5 + (1e4 + ln2) - 7e4 / 1e4 + 2e4 / 1e4;
    assert!((l as f64 - want).abs() < 0.01, "loss {l}, want {want}");
    // The gradient of mean cross-entropy is (softmax - onehot) / N: finite, bounded by 1.
    assert!(g.z.iter().all(|v| v.abs() < 3.0), "{:?}", g.z);
}

model! {
    struct Unreached {
        param w: [D];
        param spare: [D, D];
        loss = sum(w^2);
    }
}

#[test]
fn a_param_the_loss_does_not_reach_gets_zero_gradient() {
    let m = Unreached {
        w: arr1(&[1.0, 2.0]),
        spare: Array2::ones((2, 2)),
    };
    let mut g = UnreachedGrad::zeros_like(&m);
    g.spare.fill(5.0);
    m.loss_and_grad(&mut g).unwrap();
    assert_eq!(g.w.to_vec(), vec![2.0, 4.0]);
    assert!(g.spare.iter().all(|&v| v == 0.0));
}

model! {
    /// User functions: an inline one, one with a checked custom derivative, and a
    /// straight-through estimator whose surrogate derivative is exempt from the check.
    struct Funcs {
        fn swish(a, s) = a * sigmoid(s * a);
        fn softclip(x) = x / (1 + abs(x)) grad(g) = g / (1 + abs(x))^2;
        #[nocheck]
        fn step(x) = where(x > 0, 1, 0) grad(g) = g;
        param w: [D];
        param v: [D];
        param u: [D];
        input x: [D];
        hyper beta = 1.5;
        output gate = step(u);
        loss = sum(swish(w, beta) * x) + sum(softclip(v) * x) + sum(step(u) * x);
    }
}

#[test]
fn user_functions_match_reference() {
    let m = Funcs {
        w: arr1(&[0.3, -1.2, 2.0]),
        v: arr1(&[1.5, -0.4, 0.2]),
        u: arr1(&[0.5, -0.5, 1.0]),
    };
    let x = arr1(&[0.7f32, -0.3, 1.1]);
    let mut g = FuncsGrad::zeros_like(&m);
    let l = m.loss_and_grad(x.view(), 1.5, &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    // The straight-through estimator's gradient is `x` by construction, not the step's 0.
    assert_eq!(g.u.to_vec(), x.to_vec());
    assert_eq!(m.gate().unwrap().to_vec(), vec![1.0, 0.0, 1.0]);
    let smooth = Funcs {
        u: arr1(&[0.0, 0.0, 0.0]),
        ..m.clone()
    };
    let mut gs = FuncsGrad::zeros_like(&smooth);
    let ls = smooth.loss_and_grad(x.view(), 1.5, &mut gs).unwrap();
    assert!((l - ls - (0.7 + 1.1)).abs() < 1e-5);
    // w and v against the f64 reference; u's surrogate is left out by zeroing its entry.
    gs.u.fill(0.0);
    assert_matches_reference(&smooth, ls, &gs, |p| {
        let (w, v) = (&p[0], &p[1]);
        (0..3)
            .map(|i| {
                let sw = w[i] / (1.0 + (-1.5 * w[i]).exp());
                let sc = v[i] / (1.0 + v[i].abs());
                (sw + sc) * x64[i]
            })
            .sum::<f64>()
    });
}

#[test]
fn runtime_gradcheck_reports_per_param_errors() {
    let mut rng = rheano::rand::rngs::StdRng::seed_from_u64(5);
    let m = Mlp::init(MlpDims { d: 4, h: 5, c: 3 }, &mut rng);
    let x = array(&[8, 4], 11).into_dimensionality::<Ix2>().unwrap();
    let y = Array1::from(vec![0usize, 1, 2, 0, 1, 2, 0, 1]);
    let report = m.gradcheck(x.view(), y.view(), 0.01).unwrap();
    assert_eq!(report.params.len(), 4);
    assert_eq!(report.params[0].name, "w1");
    assert_eq!(report.params[0].checked, 20);
    assert!(report.max_rel_error() < 1e-2, "{report}");
    // A straight-through estimator is not the derivative of its forward: the report shows it.
    let f = Funcs {
        w: arr1(&[0.3, -1.2, 2.0]),
        v: arr1(&[1.5, -0.4, 0.2]),
        u: arr1(&[0.5, -0.5, 1.0]),
    };
    let r = f.gradcheck(arr1(&[0.7f32, -0.3, 1.1]).view(), 1.5).unwrap();
    assert!(
        r.params[0].max_rel_error < 1e-3 && r.params[1].max_rel_error < 1e-3,
        "{r}"
    );
    assert!(r.params[2].max_rel_error > 0.5, "{r}");
    // Errors in the arguments are reported, not hidden.
    assert!(m
        .gradcheck(Array2::zeros((2, 9)).view(), Array1::zeros(2).view(), 0.0)
        .is_err());
}

model! {
    /// Losses written the naive way; the simplifier turns them into stable forms.
    struct Naive {
        param w: [D, C];
        input x: [N, D];
        input t: [N, C];
        let z = x @ w;
        loss = mean(-log(sigmoid(z)) * t) + mean(-log(softmax[C](z)) * t) + mean(log(1 + exp(z)));
    }
}

#[test]
fn naive_unstable_losses_train_without_nan() {
    // Logits reach about 1e4, where a literal evaluation gives log(0) and exp overflow.
    let x = array(&[6, 3], 21).into_dimensionality::<Ix2>().unwrap() * 1e4;
    let t = array(&[6, 2], 22)
        .into_dimensionality::<Ix2>()
        .unwrap()
        .mapv(|v| (v > 0.0) as u8 as f32);
    let mut m = Naive {
        w: arr2(&[[1.0, -1.0], [0.5, 0.2], [-0.3, 0.8]]),
    };
    let mut g = NaiveGrad::zeros_like(&m);
    let mut opt = Sgd::new(1e-5);
    let first = m.loss_and_grad(x.view(), t.view(), &mut g).unwrap();
    let mut last = first;
    for _ in 0..50 {
        last = m.loss_and_grad(x.view(), t.view(), &mut g).unwrap();
        assert!(
            last.is_finite() && g.w.iter().all(|v| v.is_finite()),
            "{last} {:?}",
            g.w
        );
        opt.step(&mut m, &g);
    }
    assert!(first > 1e3, "the logits are large: {first}");
    assert!(last < first, "{last} >= {first}");
}

model! {
    /// Loop nests of every kind: rank-3 spaces, sums over outer, middle and inner axes,
    /// transposed (strided) reads, outputs that are views or params, a gradient that is an input.
    struct Nests {
        param t: [A, B, C];
        param u: [C, B];
        param v: [B];
        param s: [];
        input q: [A, B, C];
        let e = tanh(t) * q + u.T;                   // [A, B, C] + [B, C] through a transpose
        output mid = sum[B](e);                      // middle axis: [A, C]
        output outer = sum[A](e * v);                // outer axis, times [B] broadcast: [B, C]
        output inner = logsumexp[C](e);              // inner axis, a row kernel: [A, B]
        output ut = u.T;                             // a view as output
        output vv = v;                               // a param as output
        output total = sum(e);                       // a scalar output
        loss = sum(mid^2) / 10 + sum(outer * u.T) + sum(inner) + s * sum(q) + total;
    }
}

#[test]
fn loop_nests_of_every_kind_match_reference() {
    let (a, b, c) = (3, 4, 5);
    let m = Nests {
        t: array(&[a, b, c], 31).into_dimensionality().unwrap(),
        u: array(&[c, b], 32).into_dimensionality().unwrap(),
        v: Array1::from(values(b, 33)),
        s: arr0(0.7),
    };
    let q = array(&[a, b, c], 34)
        .into_dimensionality::<rheano::ndarray::Ix3>()
        .unwrap();
    let mut g = NestsGrad::zeros_like(&m);
    let l = m.loss_and_grad(q.view(), &mut g).unwrap();
    let q64 = q.mapv(|x| x as f64);
    let reference = |p: &[ArrayD<f64>]| {
        let (t, u, v, s) = (&p[0], &p[1], &p[2], p[3].iter().next().copied().unwrap());
        let e = |i: usize, j: usize, k: usize| t[[i, j, k]].tanh() * q64[[i, j, k]] + u[[k, j]];
        let mut loss = 0.0;
        for i in 0..a {
            for k in 0..c {
                let mid: f64 = (0..b).map(|j| e(i, j, k)).sum();
                loss += mid * mid / 10.0;
            }
        }
        for j in 0..b {
            for k in 0..c {
                let outer: f64 = (0..a).map(|i| e(i, j, k) * v[[j]]).sum();
                loss += outer * u[[k, j]];
            }
        }
        for i in 0..a {
            for j in 0..b {
                loss += log_sum_exp(
                    (0..c)
                        .map(move |k| e(i, j, k))
                        .collect::<Vec<_>>()
                        .into_iter(),
                );
            }
        }
        loss + s * q64.sum()
            + (0..a * b * c)
                .map(|n| e(n / (b * c), (n / c) % b, n % c))
                .sum::<f64>()
    };
    assert_matches_reference(&m, l, &g, reference);
    // The gradient of `s * sum(q)` is the input's sum; outputs have their shapes and values.
    assert!((g.s[()] - q.sum()).abs() < 1e-4);
    assert_eq!(m.ut().unwrap(), m.u.t());
    assert_eq!(m.vv().unwrap(), m.v);
    assert_eq!(m.mid(q.view()).unwrap().dim(), (a, c));
    assert_eq!(m.outer(q.view()).unwrap().dim(), (b, c));
    assert_eq!(m.inner(q.view()).unwrap().dim(), (a, b));
    let total = m.total(q.view()).unwrap();
    assert!((total - m.mid(q.view()).unwrap().sum()).abs() < 1e-4);
}

#[test]
fn an_empty_batch_is_an_error_not_a_panic_or_a_nan() {
    let m = Mlp::init(
        MlpDims { d: 3, h: 4, c: 2 },
        &mut rheano::rand::rngs::StdRng::seed_from_u64(9),
    );
    let x = Array2::<f32>::zeros((0, 3));
    let y = Array1::<usize>::zeros(0);
    let mut g = MlpGrad::zeros_like(&m);
    g.w1.fill(7.0);
    // The loss is a mean over no examples: an error naming the dim rather than a NaN, and
    // `grad` is untouched. An output with no mean is an empty array.
    let e = m
        .loss_and_grad(x.view(), y.view(), 0.0, &mut g)
        .unwrap_err();
    assert_eq!(e, rheano::Error::EmptyMean { dim: "N" });
    assert!(g.w1.iter().all(|&v| v == 7.0));
    assert_eq!(m.logits(x.view()).unwrap().dim(), (0, 2));
}

model! {
    /// Products whose sizes are all fixed by `dim`, in every layout: these are inlined with
    /// constant sizes (`product::gemm_fixed`) instead of going through the size dispatch.
    struct Fixed {
        dim D = 3;
        dim H = 4;
        dim N = 5;
        param w: [D, H];
        param v: [H];
        param u: [D];
        input x: [N, D];
        let h = tanh(x @ w);                     // [N, D] @ [D, H]
        let s = h @ v;                           // matrix times vector
        let t = u @ w;                           // vector times matrix
        let q = w.T @ u;                         // the transposed product
        loss = sum(s^2) + sum(t * q) + sum((h.T @ x)^2) / 10;
    }
}

fn fixed_reference(p: &[ArrayD<f64>], x: &Array2<f64>) -> f64 {
    let (w, v, u) = (&p[0], &p[1], &p[2]);
    let h: Vec<Vec<f64>> = (0..5)
        .map(|n| {
            (0..4)
                .map(|j| (0..3).map(|d| x[[n, d]] * w[[d, j]]).sum::<f64>().tanh())
                .collect()
        })
        .collect();
    let s2: f64 = h
        .iter()
        .map(|r| (0..4).map(|j| r[j] * v[[j]]).sum::<f64>().powi(2))
        .sum();
    let tq: f64 = (0..4)
        .map(|j| {
            let t: f64 = (0..3).map(|d| u[[d]] * w[[d, j]]).sum();
            t * t
        })
        .sum();
    let hx: f64 = (0..4 * 3)
        .map(|q| {
            let (j, d) = (q / 3, q % 3);
            h.iter()
                .enumerate()
                .map(|(n, r)| r[j] * x[[n, d]])
                .sum::<f64>()
                .powi(2)
        })
        .sum();
    s2 + tq + hx / 10.0
}

#[test]
fn products_of_fixed_sizes_match_reference() {
    let m = Fixed {
        w: array(&[3, 4], 11).into_dimensionality().unwrap(),
        v: array(&[4], 12).into_dimensionality().unwrap(),
        u: array(&[3], 13).into_dimensionality().unwrap(),
    };
    let x = array(&[5, 3], 14).into_dimensionality::<Ix2>().unwrap();
    let mut g = FixedGrad::zeros_like(&m);
    let l = m.loss_and_grad(x.view(), &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    assert_matches_reference(&m, l, &g, |p| fixed_reference(p, &x64));
}

model! {
    /// Three layers of one width: many intermediate arrays of one shape, whose workspace
    /// buffers are handed on as their values stop being needed. `h1` is read only by matrix
    /// products, the last of them at the end of the backward pass.
    struct Deep {
        param w1: [D, H];
        param w2: [H, H];
        param w3: [H, H];
        param v: [H];
        input x: [N, D];
        let h1 = x @ w1;
        let h2 = tanh(h1 @ w2);
        let h3 = relu(h2 @ w3 + 0.1) * h2;
        loss = sum((h3 @ v)^2) / 2 + sum(h2^2) / 10;
    }
}

#[test]
fn buffers_handed_on_between_steps_keep_every_value_until_its_last_read() {
    let (n, d, h) = (5, 3, 4);
    let m = Deep {
        w1: array(&[d, h], 41).into_dimensionality().unwrap(),
        w2: array(&[h, h], 42).into_dimensionality().unwrap(),
        w3: array(&[h, h], 43).into_dimensionality().unwrap(),
        v: Array1::from(values(h, 44)),
    };
    let x = array(&[n, d], 45).into_dimensionality::<Ix2>().unwrap();
    let mut g = DeepGrad::zeros_like(&m);
    // Twice: the second call starts from buffers the first one left filled.
    m.loss_and_grad(x.view(), &mut g).unwrap();
    let l = m.loss_and_grad(x.view(), &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    let reference = |p: &[ArrayD<f64>]| {
        let mat = |a: &ArrayD<f64>| a.view().into_dimensionality::<Ix2>().unwrap().to_owned();
        let (w1, w2, w3) = (mat(&p[0]), mat(&p[1]), mat(&p[2]));
        let v = p[3].view().into_dimensionality::<Ix1>().unwrap().to_owned();
        let h2 = x64.dot(&w1).dot(&w2).mapv(f64::tanh);
        let h3 = h2.dot(&w3).mapv(|z| (z + 0.1).max(0.0)) * &h2;
        h3.dot(&v).mapv(|o| o * o).sum() / 2.0 + h2.mapv(|z| z * z).sum() / 10.0
    };
    assert_matches_reference(&m, l, &g, reference);
}

model! {
    /// A product whose following loop runs as its epilogue (`product::gemm_then`), reading a
    /// bias along the columns, a value per row, a transposed (strided) input and a hyper.
    struct Epi {
        param w: [D, H];
        param v: [H];
        input x: [N, D];
        input r: [N];
        input u: [H, N];
        hyper s = 0.5;
        param b: [H];
        let z = (x @ w + b + r + u.T) * 2 + s;
        loss = sum((z @ v)^2) / 2;
    }
}

#[test]
fn a_loop_run_as_a_product_epilogue_reads_every_kind_of_operand() {
    // Small enough for the product's plain loops, and large enough for its packed tiles.
    for (n, d, h) in [(7, 5, 6), (64, 40, 48)] {
        epilogue_matches_reference(n, d, h);
    }
}

fn epilogue_matches_reference(n: usize, d: usize, h: usize) {
    let m = Epi {
        w: array(&[d, h], 51).into_dimensionality().unwrap(),
        v: Array1::from(values(h, 52)),
        b: Array1::from(values(h, 53)),
    };
    let x = array(&[n, d], 54).into_dimensionality::<Ix2>().unwrap();
    let r = Array1::from(values(n, 55));
    let u = array(&[h, n], 56).into_dimensionality::<Ix2>().unwrap();
    let mut g = EpiGrad::zeros_like(&m);
    let l = m
        .loss_and_grad(x.view(), r.view(), u.view(), 0.5, &mut g)
        .unwrap();
    let (x64, r64, u64) = (x.mapv(f64::from), r.mapv(f64::from), u.mapv(f64::from));
    let reference = |p: &[ArrayD<f64>]| {
        let w = p[0].view().into_dimensionality::<Ix2>().unwrap();
        let v = p[1].view().into_dimensionality::<Ix1>().unwrap();
        let b = p[2].view().into_dimensionality::<Ix1>().unwrap();
        let xw = x64.dot(&w);
        let z = Array2::from_shape_fn((n, h), |(i, j)| {
            (xw[[i, j]] + b[j] + r64[i] + u64[[j, i]]) * 2.0 + 0.5
        });
        z.dot(&v).mapv(|o| o * o).sum() / 2.0
    };
    assert_matches_reference(&m, l, &g, reference);
}

model! {
    /// Logistic regression written the naive way, as the README shows its program.
    struct NaiveLogistic {
        param w: [D] = zeros;
        param b: [] = zeros;
        input x: [N, D];
        input y: [N];
        loss = mean(-y * log(sigmoid(x @ w + b)) - (1 - y) * log(1 - sigmoid(x @ w + b)));
    }
}

/// `PROGRAM` lists the steps each method runs as emitted: the gradient's product, loop and
/// product back are one row pass in `loss_and_grad`, and `gradcheck`'s `f64` loss runs the
/// loss's loops without one.
#[test]
fn program_lists_the_steps_each_method_runs() {
    let steps = NaiveLogistic::PROGRAM
        .split("# steps\n")
        .nth(1)
        .expect("a steps section");
    let method = |name: &str| -> Vec<&str> {
        let head = format!("{name}: ");
        let mut lines = steps.lines().skip_while(|l| !l.starts_with(&head));
        let count: usize = lines
            .next()
            .and_then(|l| l[head.len()..].split(' ').next()?.parse().ok())
            .expect("a step count");
        let body: Vec<&str> = lines.take_while(|l| l.starts_with("  ")).collect();
        assert_eq!(body.len(), count, "{name}:\n{steps}");
        body
    };
    let loss = method("loss");
    assert!(loss[0].starts_with("  product %"), "{steps}");
    assert!(
        loss[1].starts_with("  loop [N]: ") && loss[1].contains(", sums %"),
        "{steps}"
    );
    let grad = method("loss_and_grad");
    assert!(
        grad.iter()
            .any(|l| l.starts_with("  row pass over [N,D]: product %")),
        "{steps}"
    );
    let f64_loss = method("gradcheck (f64 loss)");
    assert_eq!(f64_loss, loss, "{steps}");
}

model! {
    /// A product whose gradient arrives through a cyclic permutation: `a @ w` is `[A, B, C]`,
    /// broadcast by name into `z`'s order `[C, A, B]`, so the gradient of `a` contracts a
    /// rotated view of the incoming gradient.
    struct Rotated {
        param a: [A, B, K];
        param w: [K, C];
        input z: [C, A, B];
        loss = sum(z * (a @ w)) + sum(z * (a @ w)) ^ 2;
    }
}

/// Operands read through a rotation (a permutation that is not its own inverse) are read along
/// the right axes, in `loss_and_grad` and in `gradcheck`'s `f64` loss.
#[test]
fn a_product_of_a_rotated_view_is_read_along_the_right_axes() {
    let (a_, b_, k_, c_) = (2, 3, 4, 5);
    let m = Rotated {
        a: array(&[a_, b_, k_], 21)
            .into_dimensionality::<rheano::ndarray::Ix3>()
            .unwrap()
            * 0.3,
        w: array(&[k_, c_], 22).into_dimensionality::<Ix2>().unwrap() * 0.3,
    };
    let z = array(&[c_, a_, b_], 23)
        .into_dimensionality::<rheano::ndarray::Ix3>()
        .unwrap();
    let report = m.gradcheck(z.view()).unwrap();
    assert!(report.max_rel_error() < 1e-2, "{report}");
}
