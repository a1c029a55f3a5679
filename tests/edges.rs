//! Models at the edges of the code generator, each once a bug: expansions that did not compile
//! (a constant gradient written into a buffer that the same loop read), and gradients that
//! were silently zero (a gradient that is a constant, such as `sum(x)`'s ones, was never written).
//! Each is compiled and compared, loss and gradients, with an independent f64 reference and its
//! central differences.

mod common;

use common::*;
use rheano::ndarray::{ArrayD, Ix1, Ix2};
use rheano::prelude::*;

fn mat(p: &ArrayD<f64>) -> rheano::ndarray::ArrayView2<'_, f64> {
    p.view().into_dimensionality::<Ix2>().unwrap()
}

fn vec1(p: &ArrayD<f64>) -> rheano::ndarray::ArrayView1<'_, f64> {
    p.view().into_dimensionality::<Ix1>().unwrap()
}

/// `sum_n cross_entropy(z[n], y[n])` of logits computed by `logits` from the params.
fn ce_sum(z: rheano::ndarray::ArrayView2<'_, f64>, y: &[usize]) -> f64 {
    (0..z.nrows())
        .map(|n| log_sum_exp(z.row(n).iter().copied()) - z[[n, y[n]]])
        .sum()
}

fn f32m(shape: &[usize], seed: u64) -> Array2<f32> {
    array(shape, seed).into_dimensionality::<Ix2>().unwrap()
}

fn f32v(n: usize, seed: u64) -> Array1<f32> {
    Array1::from(values(n, seed))
}

const LABELS: [usize; 4] = [0, 2, 1, 2];

model! {
    pub struct CeSum {
        param x: [N, C];
        input y: [N] in 0..C;
        loss = sum(cross_entropy(x, y));
    }
}

model! {
    pub struct CeSumPlus {
        param x: [N, C];
        param w: [C];
        input y: [N] in 0..C;
        loss = sum(cross_entropy(x + w, y));
    }
}

model! {
    pub struct CeSumScaled {
        param x: [N, C];
        param a: [N, C];
        input y: [N] in 0..C;
        loss = sum(cross_entropy(x * a, y));
    }
}

model! {
    pub struct CeSumProducts {
        param x: [N, C];
        param v: [C, K];
        input y: [N] in 0..C;
        loss = sum(cross_entropy(x @ v @ v.T, y));
    }
}

model! {
    pub struct CeSumForms {
        param x: [N, C];
        input y: [N] in 0..C;
        loss = sum(cross_entropy(tanh(x), y)) + sum(cross_entropy(2 * x, y))
             + sum(cross_entropy(x / 3, y)) + sum(cross_entropy(-x, y));
    }
}

model! {
    pub struct CeOutputSummed {
        param x: [N, C];
        input y: [N] in 0..C;
        output nll = cross_entropy(x, y);
        loss = sum(nll);
    }
}

#[test]
fn summed_cross_entropy_compiles_and_matches_reference() {
    let y = Array1::from(LABELS.to_vec());
    let x = f32m(&[4, 3], 1);
    let m = CeSum { x: x.clone() };
    let mut g = CeSumGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| ce_sum(mat(&p[0]), &LABELS));

    let m = CeSumPlus {
        x: x.clone(),
        w: f32v(3, 2),
    };
    let mut g = CeSumPlusGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| {
        let z = &mat(&p[0]) + &vec1(&p[1]);
        ce_sum(z.view(), &LABELS)
    });

    let m = CeSumScaled {
        x: x.clone(),
        a: f32m(&[4, 3], 3),
    };
    let mut g = CeSumScaledGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| {
        let z = &mat(&p[0]) * &mat(&p[1]);
        ce_sum(z.view(), &LABELS)
    });

    let m = CeSumProducts {
        x: x.clone(),
        v: f32m(&[3, 2], 4),
    };
    let mut g = CeSumProductsGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| {
        let (x, v) = (mat(&p[0]), mat(&p[1]));
        ce_sum(x.dot(&v).dot(&v.t()).view(), &LABELS)
    });

    let m = CeSumForms { x: x.clone() };
    let mut g = CeSumFormsGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| {
        let x = mat(&p[0]);
        ce_sum(x.mapv(f64::tanh).view(), &LABELS)
            + ce_sum((&x * 2.0).view(), &LABELS)
            + ce_sum((&x / 3.0).view(), &LABELS)
            + ce_sum(x.mapv(|v| -v).view(), &LABELS)
    });

    let m = CeOutputSummed { x };
    let mut g = CeOutputSummedGrad::zeros_like(&m);
    let l = m.loss_and_grad(y.view(), &mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| ce_sum(mat(&p[0]), &LABELS));
    let nll = m.nll(y.view()).unwrap();
    assert!((nll.sum() - l).abs() <= 1e-5 * l.abs().max(1.0));
}

model! {
    pub struct GramPlus {
        param x: [N, C];
        param v: [K];
        loss = sum(x.T @ x) + sum(v);
    }
}

#[test]
fn gram_matrix_plus_an_unrelated_sum_compiles_and_matches_reference() {
    let m = GramPlus {
        x: f32m(&[4, 3], 5),
        v: f32v(2, 6),
    };
    let mut g = GramPlusGrad::zeros_like(&m);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| {
        let x = mat(&p[0]);
        x.t().dot(&x).sum() + p[1].sum()
    });
}

model! {
    pub struct SumOnly {
        param x: [N, C];
        loss = sum(x);
    }
}

model! {
    pub struct TanhMeanPlusSum {
        param x: [N, C];
        param v: [C, H];
        param w: [K];
        let h = tanh(x @ v);
        loss = mean(h * h) + sum(w);
    }
}

model! {
    pub struct TimesZeroPlusSum {
        param x: [N, C];
        param w: [K];
        loss = sum(x * 0) + sum(w);
    }
}

model! {
    pub struct SumPlusZeroTimes {
        param x: [N, C];
        param w: [K];
        loss = sum(w) + 0 * sum(x);
    }
}

/// Gradients that are constants (ones, or zeros) are written, not left as they were: the
/// gradient struct starts full of 7s.
#[test]
fn constant_gradients_are_written() {
    let m = SumOnly {
        x: f32m(&[3, 2], 7),
    };
    let mut g = SumOnlyGrad::zeros_like(&m);
    g.x.fill(7.0);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert!(g.x.iter().all(|&v| v == 1.0), "{:?}", g.x);
    assert_matches_reference(&m, l, &g, |p| p[0].sum());

    let m = TanhMeanPlusSum {
        x: f32m(&[3, 2], 8),
        v: f32m(&[2, 4], 9),
        w: f32v(5, 10),
    };
    let mut g = TanhMeanPlusSumGrad::zeros_like(&m);
    g.w.fill(7.0);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert!(g.w.iter().all(|&v| v == 1.0), "{:?}", g.w);
    assert_matches_reference(&m, l, &g, |p| {
        let h = mat(&p[0]).dot(&mat(&p[1])).mapv(f64::tanh);
        h.mapv(|v| v * v).mean().unwrap() + p[2].sum()
    });

    let m = TimesZeroPlusSum {
        x: f32m(&[3, 2], 11),
        w: f32v(4, 12),
    };
    let mut g = TimesZeroPlusSumGrad::zeros_like(&m);
    g.x.fill(7.0);
    g.w.fill(7.0);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert!(g.x.iter().all(|&v| v == 0.0), "{:?}", g.x);
    assert!(g.w.iter().all(|&v| v == 1.0), "{:?}", g.w);
    assert_matches_reference(&m, l, &g, |p| (&p[0] * 0.0).sum() + p[1].sum());

    let m = SumPlusZeroTimes {
        x: f32m(&[3, 2], 13),
        w: f32v(4, 14),
    };
    let mut g = SumPlusZeroTimesGrad::zeros_like(&m);
    g.x.fill(7.0);
    g.w.fill(7.0);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert!(g.x.iter().all(|&v| v == 0.0), "{:?}", g.x);
    assert!(g.w.iter().all(|&v| v == 1.0), "{:?}", g.w);
    assert_matches_reference(&m, l, &g, |p| p[1].sum() + 0.0 * p[0].sum());
}

/// `gradcheck()` agrees with the derived gradient on four of the models above.
#[test]
fn gradcheck_agrees_on_edge_models() {
    let y = Array1::from(LABELS.to_vec());
    let x = f32m(&[4, 3], 15);
    let reports = [
        CeSum { x: x.clone() }.gradcheck(y.view()).unwrap(),
        GramPlus {
            x: x.clone(),
            v: f32v(2, 16),
        }
        .gradcheck()
        .unwrap(),
        SumOnly { x: x.clone() }.gradcheck().unwrap(),
        SumPlusZeroTimes { x, w: f32v(3, 17) }.gradcheck().unwrap(),
    ];
    for r in reports {
        assert!(r.max_rel_error() < 1e-3, "{r}");
    }
}

// Numerics at large magnitudes: softmax, log_softmax, logsumexp and cross_entropy, values and
// gradients, within 8 f32 ulps of the f64 value (an absolute floor of 1e-30) at huge equal
// logits, ties and logits far apart. Before, `log_softmax` was `x - logsumexp(x)` and its
// gradient `exp(x - logsumexp(x))`: a rounded `logsumexp` subtracted from a large `x`.

model! {
    pub struct Normalized {
        param z: [N, C];
        input a: [N, C];
        output p = softmax[C](z);
        output lp = log_softmax[C](z);
        output lse = logsumexp[C](z);
        loss = sum(a * softmax[C](z)) + sum(a * log_softmax[C](z));
    }
}

model! {
    pub struct WeightedLse {
        param z: [N, C];
        param w: [N];
        loss = sum(w * logsumexp[C](z));
    }
}

model! {
    pub struct ScaledCe {
        param z: [N, C];
        param a: [];
        input y: [N] in 0..C;
        output nll = cross_entropy(z, y);
        loss = a * sum(cross_entropy(z, y));
    }
}

/// Softmax statistics of one row in f64: the maximum, `t` (the sum of `exp(x - m)` over all
/// but the first maximal element) and `ln s = ln_1p(t)`.
fn row_stats(row: &[f64]) -> (f64, f64, f64) {
    let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let first = row.iter().position(|&v| v == m).unwrap();
    let t: f64 = (0..row.len())
        .filter(|&i| i != first)
        .map(|i| (row[i] - m).exp())
        .sum();
    (m, t, t.ln_1p())
}

fn assert_ulps(what: &str, got: &[f32], want: &[f64]) {
    for (j, (&g, &w)) in got.iter().zip(want).enumerate() {
        let e = ulps(g, w);
        assert!(e <= 8.0, "{what}[{j}]: {g} against {w} ({e} ulps)");
    }
}

/// Rows of logits at huge equal values, ties, and far apart, each with its expected values.
fn extreme_rows() -> Vec<[f32; 3]> {
    vec![
        [1e16, 1e16, 1e16],
        [1e4, 1e4, -1e4],
        [-1e4, -1e4, -1e4],
        [1e4, -1e4, 0.0],
        [0.1, 30.0, -7.5],
        [1e-30, -1e-30, 0.0],
        [3e5, 3e5 + 0.25, 3e5 - 0.5],
        [-0.5, 87.0, 87.0],
    ]
}

#[test]
fn normalizations_are_within_8_ulps_at_any_magnitude() {
    for row in extreme_rows() {
        let z = Array2::from_shape_vec((1, 3), row.to_vec()).unwrap();
        let a = Array2::from_shape_vec((1, 3), vec![1.0f32, 3.0, -2.0]).unwrap();
        let m = Normalized { z: z.clone() };
        let x: Vec<f64> = row.iter().map(|&v| v as f64).collect();
        let (mx, t, ln_s) = row_stats(&x);
        let p: Vec<f64> = x.iter().map(|&v| (v - mx).exp() / (1.0 + t)).collect();
        let lp: Vec<f64> = x.iter().map(|&v| (v - mx) - ln_s).collect();
        let what = format!("{row:?}");
        assert_ulps(
            &format!("softmax {what}"),
            m.p().unwrap().as_slice().unwrap(),
            &p,
        );
        assert_ulps(
            &format!("log_softmax {what}"),
            m.lp().unwrap().as_slice().unwrap(),
            &lp,
        );
        assert_ulps(
            &format!("logsumexp {what}"),
            m.lse().unwrap().as_slice().unwrap(),
            &[mx + ln_s],
        );
        // d/dz sum(a softmax + a log_softmax) = p (a - sum(a p)) + a - p sum(a).
        let av = [1.0, 3.0, -2.0];
        let sap: f64 = (0..3).map(|j| av[j] * p[j]).sum();
        let sa: f64 = av.iter().sum();
        let want: Vec<f64> = (0..3)
            .map(|j| p[j] * (av[j] - sap) + av[j] - p[j] * sa)
            .collect();
        let mut g = NormalizedGrad::zeros_like(&m);
        m.loss_and_grad(a.view(), &mut g).unwrap();
        assert_ulps(&format!("gradient {what}"), g.z.as_slice().unwrap(), &want);
    }
}

#[test]
fn softmax_of_huge_equal_logits_is_that_of_equal_small_ones() {
    // PyTorch's own test: log_softmax(ones(1, 2) + 1e16) equals log_softmax(ones(1, 2)).
    let huge = Normalized {
        z: Array2::from_elem((1, 2), 1e16),
    };
    let ones = Normalized {
        z: Array2::from_elem((1, 2), 1.0),
    };
    assert_eq!(huge.lp().unwrap(), ones.lp().unwrap());
    assert_eq!(huge.p().unwrap(), Array2::from_elem((1, 2), 0.5));
    assert_eq!(huge.lp().unwrap()[[0, 0]], -std::f32::consts::LN_2);
}

#[test]
fn logsumexp_gradient_is_exact_at_large_equal_logits() {
    let m = WeightedLse {
        z: Array2::from_elem((2, 2), 1e4),
        w: Array1::from(vec![3.0, -0.7]),
    };
    let mut g = WeightedLseGrad::zeros_like(&m);
    m.loss_and_grad(&mut g).unwrap();
    assert_ulps("d/dz", g.z.as_slice().unwrap(), &[1.5, 1.5, -0.35, -0.35]);
    let lse = 1e4 + std::f64::consts::LN_2;
    assert_ulps("d/dw", g.w.as_slice().unwrap(), &[lse, lse]);
}

#[test]
fn cross_entropy_is_within_8_ulps_at_large_logits() {
    for row in extreme_rows() {
        for label in 0..3 {
            let m = ScaledCe {
                z: Array2::from_shape_vec((1, 3), row.to_vec()).unwrap(),
                a: rheano::ndarray::arr0(0.75),
            };
            let y = Array1::from(vec![label]);
            let x: Vec<f64> = row.iter().map(|&v| v as f64).collect();
            let (mx, t, ln_s) = row_stats(&x);
            let nll = ln_s - (x[label] - mx);
            let what = format!("{row:?}, label {label}");
            assert_ulps(
                &format!("nll {what}"),
                m.nll(y.view()).unwrap().as_slice().unwrap(),
                &[nll],
            );
            let mut g = ScaledCeGrad::zeros_like(&m);
            let l = m.loss_and_grad(y.view(), &mut g).unwrap();
            assert_ulps(&format!("loss {what}"), &[l], &[0.75 * nll]);
            // d/dz = a (softmax - onehot), d/da = nll; at the label, p - 1 as minus the sum
            // of the other p (f64's p - 1 is off in the fourth digit when p is 1 - 1e-13).
            let p: Vec<f64> = (0..3).map(|j| (x[j] - mx).exp() / (1.0 + t)).collect();
            let others: f64 = (0..3).filter(|&j| j != label).map(|j| p[j]).sum();
            let want: Vec<f64> = (0..3)
                .map(|j| 0.75 * if j == label { -others } else { p[j] })
                .collect();
            assert_ulps(&format!("d/dz {what}"), g.z.as_slice().unwrap(), &want);
            assert_ulps(&format!("d/da {what}"), g.a.as_slice().unwrap(), &[nll]);
        }
    }
}

model! {
    pub struct MeanDifference {
        param p: [N, C];
        param q: [N, C];
        loss = mean(p - q);
    }
}

model! {
    pub struct ScalarCustom {
        param p: [];
        param r: [];
        fn cube(u) = u * u * u grad(g) = 3 * u * u * g;
        loss = cube(p * r);
    }
}

/// A gradient that reads another gradient (`-1/n`, read from the `1/n` of `p`'s) reads it before
/// that one is copied to its destination: from the value it is a view of.
#[test]
fn a_gradient_read_by_another_is_read_through_its_view() {
    let m = MeanDifference {
        p: f32m(&[3, 4], 18),
        q: f32m(&[3, 4], 19),
    };
    let mut g = MeanDifferenceGrad::zeros_like(&m);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert!(g.q.iter().all(|&v| v == -1.0 / 12.0), "{:?}", g.q);
    assert_matches_reference(&m, l, &g, |p| (&p[0] - &p[1]).mean().unwrap());
}

/// A custom derivative of a rank-0 value compiles and is used.
#[test]
fn a_custom_derivative_of_a_scalar_compiles() {
    let m = ScalarCustom {
        p: rheano::ndarray::arr0(0.7),
        r: rheano::ndarray::arr0(-1.3),
    };
    let mut g = ScalarCustomGrad::zeros_like(&m);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert_matches_reference(&m, l, &g, |p| (p[0].sum() * p[1].sum()).powi(3));
}

model! {
    pub struct CustomRootInProduct {
        param p: [C];
        param q: [C];
        fn cube(u) = u * u * u grad(g) = 3 * u * u * g;
        loss = cube(q) @ p;
    }
}

/// A gradient that is a view (`p`'s is the value `cube(q)`, through the custom function) and
/// that a matrix product reads as well: the product reads the value, not the gradient's
/// destination, which is written after it. Found by the differential test, where the
/// destination held NaN.
#[test]
fn a_product_reads_a_gradient_view_from_its_value() {
    let m = CustomRootInProduct {
        p: f32v(5, 20),
        q: f32v(5, 21),
    };
    let mut g = CustomRootInProductGrad::zeros_like(&m);
    g.p.fill(f32::NAN);
    g.q.fill(f32::NAN);
    let l = m.loss_and_grad(&mut g).unwrap();
    assert_eq!(l, m.loss().unwrap(), "loss_and_grad and loss disagree");
    assert_matches_reference(&m, l, &g, |p| {
        p[1].iter()
            .zip(p[0].iter())
            .map(|(q, p)| q * q * q * p)
            .sum()
    });
}
