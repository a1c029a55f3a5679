//! `conv[T](x, k)` and `conv[T, F](x, k)` in `model!`: losses against f64 convolutions written
//! here index by index, gradients against f64 central differences of them, and the run-time
//! error for an even kernel.

mod common;

use common::*;
use rheano::ndarray::{ArrayD, Ix1, Ix3, Ix4};
use rheano::prelude::*;

model! {
    /// A 1-D conv layer with bias and maxout, as the speech model stacks them: the convolution
    /// example of docs/language.md, as written there (with `ConvLayer`'s names).
    struct Conv1 {
        param k1: [K, I, O];
        param k2: [K, I, O];
        param b: [O];
        input x: [N, T, I];                   // a batch of feature sequences
        input target: [N, T, O];
        dim K = 5;
        output h = max(conv[T](x, k1) + b, conv[T](x, k2));   // maxout of two pieces
        loss = mean((h - target)^2);
    }
}

/// `conv[T]` by its definition, in f64: `x` `[N, T, I]`, `k` `[K, I, O]`.
fn conv1(x: &ArrayD<f64>, k: &ArrayD<f64>) -> ArrayD<f64> {
    let (n, t, i) = (x.shape()[0], x.shape()[1], x.shape()[2]);
    let (kk, o) = (k.shape()[0], k.shape()[2]);
    let mut out = ArrayD::zeros(vec![n, t, o]);
    for a in 0..n {
        for s in 0..t {
            for c in 0..o {
                let mut acc = 0.0;
                for u in 0..kk {
                    let src = s as isize + u as isize - (kk as isize - 1) / 2;
                    if src < 0 || src >= t as isize {
                        continue;
                    }
                    for q in 0..i {
                        acc += x[[a, src as usize, q]] * k[[u, q, c]];
                    }
                }
                out[[a, s, c]] = acc;
            }
        }
    }
    out
}

#[test]
fn a_1d_conv_layer_with_maxout_matches_its_definition() {
    let (n, t, i, o, k) = (3, 9, 4, 5, 5);
    let m = Conv1 {
        k1: array(&[k, i, o], 1).into_dimensionality::<Ix3>().unwrap(),
        k2: array(&[k, i, o], 2).into_dimensionality::<Ix3>().unwrap(),
        b: array(&[o], 3).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = array(&[n, t, i], 4).into_dimensionality::<Ix3>().unwrap();
    let y = array(&[n, t, o], 5).into_dimensionality::<Ix3>().unwrap();
    let mut g = Conv1Grad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
    let (x64, y64) = (
        x.mapv(|v| v as f64).into_dyn(),
        y.mapv(|v| v as f64).into_dyn(),
    );
    assert_matches_reference(&m, loss, &g, |p| {
        let a = conv1(&x64, &p[0]) + &p[2];
        let b = conv1(&x64, &p[1]);
        let h = ndarray_max(&a, &b);
        (h - &y64).mapv(|v| v * v).mean().unwrap()
    });
    let report = m.gradcheck(x.view(), y.view()).unwrap();
    assert!(report.max_rel_error() < 1e-3, "{report}");
}

fn ndarray_max(a: &ArrayD<f64>, b: &ArrayD<f64>) -> ArrayD<f64> {
    let mut out = a.clone();
    out.zip_mut_with(b, |p, &q| *p = p.max(q));
    out
}

model! {
    /// A 2-D conv over time and frequency of a batch of spectrograms, its gradient in the input
    /// too (a param here), as a stack of two layers needs it.
    struct Conv2 {
        param x: [N, T, F, I];
        param k: [A, B, I, O];
        input y: [N, T, F, O];
        loss = sum(tanh(conv[T, F](x, k)) * y);
    }
}

#[test]
fn a_2d_conv_matches_its_definition_with_both_gradients() {
    let (n, t, f, i, o, a, b) = (2, 5, 6, 3, 2, 3, 5);
    let m = Conv2 {
        x: array(&[n, t, f, i], 6)
            .into_dimensionality::<Ix4>()
            .unwrap(),
        k: array(&[a, b, i, o], 7)
            .into_dimensionality::<Ix4>()
            .unwrap(),
    };
    let y = array(&[n, t, f, o], 8)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let mut g = Conv2Grad::zeros_like(&m);
    let loss = m.loss_and_grad(y.view(), &mut g).unwrap();
    let y64 = y.mapv(|v| v as f64);
    assert_matches_reference(&m, loss, &g, |p| {
        let (x, k) = (&p[0], &p[1]);
        let mut total = 0.0;
        for q in 0..n {
            for s in 0..t {
                for r in 0..f {
                    for c in 0..o {
                        let mut acc = 0.0;
                        for u in 0..a {
                            for v in 0..b {
                                let ss = s as isize + u as isize - (a as isize - 1) / 2;
                                let rr = r as isize + v as isize - (b as isize - 1) / 2;
                                if ss < 0 || rr < 0 || ss >= t as isize || rr >= f as isize {
                                    continue;
                                }
                                for w in 0..i {
                                    acc += x[[q, ss as usize, rr as usize, w]] * k[[u, v, w, c]];
                                }
                            }
                        }
                        total += acc.tanh() * y64[[q, s, r, c]];
                    }
                }
            }
        }
        total
    });
}

model! {
    /// Leading dims beyond the batch: `[G, N, T, I]`.
    struct Grouped {
        param k: [K, I, O];
        input x: [G, N, T, I];
        loss = sum(conv[T](x, k)^2);
    }
}

#[test]
fn leading_dims_and_an_even_kernel() {
    let (gg, n, t, i, o) = (2, 3, 4, 2, 3);
    let x = array(&[gg, n, t, i], 9)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let m = Grouped {
        k: array(&[3, i, o], 10).into_dimensionality::<Ix3>().unwrap(),
    };
    let mut g = GroupedGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), &mut g).unwrap();
    let flat = x
        .mapv(|v| v as f64)
        .into_shape_with_order((gg * n, t, i))
        .unwrap()
        .into_dyn();
    assert_matches_reference(&m, loss, &g, |p| conv1(&flat, &p[0]).mapv(|v| v * v).sum());
    let even = Grouped {
        k: array(&[4, i, o], 10).into_dimensionality::<Ix3>().unwrap(),
    };
    let e = even.loss(x.view()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "a convolution's kernel has `K` = 4 taps, an even number; \"same\" padding needs an odd one"
    );
}

model! {
    /// The paper's pooling: a max over windows of 3 along frequency after a 2-D conv.
    struct Pooled {
        param k: [A, B, I, O];
        input x: [N, T, F, I];
        input y: [N, T, P, O];
        dim A = 3;
        dim B = 3;
        let h = maxpool[F -> P, 3](conv[T, F](x, k));
        output pooled = h;
        loss = sum(h * y);
    }
}

#[test]
fn maxpool_takes_each_windows_maximum_and_sends_the_gradient_to_its_first_maximum() {
    let (n, t, f, i, o) = (2, 4, 6, 2, 3);
    let m = Pooled {
        k: array(&[3, 3, i, o], 11)
            .into_dimensionality::<Ix4>()
            .unwrap(),
    };
    let x = array(&[n, t, f, i], 12)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let y = array(&[n, t, f / 3, o], 13)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let mut g = PooledGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), y.view(), &mut g).unwrap();
    let (x64, y64) = (x.mapv(|v| v as f64), y.mapv(|v| v as f64));
    let reference = |k: &ArrayD<f64>| {
        let mut total = 0.0;
        for q in 0..n {
            for s in 0..t {
                for w in 0..f / 3 {
                    for c in 0..o {
                        let best = (0..3)
                            .map(|j| {
                                let r = w * 3 + j;
                                let mut acc = 0.0;
                                for u in 0..3 {
                                    for v in 0..3 {
                                        let ss = s as isize + u as isize - 1;
                                        let rr = r as isize + v as isize - 1;
                                        if ss < 0 || rr < 0 || ss >= t as isize || rr >= f as isize
                                        {
                                            continue;
                                        }
                                        for z in 0..i {
                                            acc += x64[[q, ss as usize, rr as usize, z]]
                                                * k[[u, v, z, c]];
                                        }
                                    }
                                }
                                acc
                            })
                            .fold(f64::NEG_INFINITY, f64::max);
                        total += best * y64[[q, s, w, c]];
                    }
                }
            }
        }
        total
    };
    assert_matches_reference(&m, loss, &g, |p| reference(&p[0]));
    assert_eq!(m.pooled(x.view()).unwrap().dim(), (n, t, f / 3, o));
    // A frequency dim that is not a multiple of the window, and a pooled dim that disagrees.
    let x7 = array(&[n, t, 7, i], 12)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let e = m.pooled(x7.view()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "dimension `F` has size 7, not a multiple of the pooling window's 3"
    );
    let y3 = array(&[n, t, 3, o], 13)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let e = m.loss(x.view(), y3.view()).unwrap_err();
    assert!(
        matches!(e, rheano::Error::DimMismatch { dim: "P", .. }),
        "{e}"
    );
}

model! {
    /// The pooling example of docs/language.md, as written there.
    struct Spectro {
        param k: [A, B, I, O];
        param w: [P, O];
        input x: [N, T, F, I];               // log-mel frames: time, frequency, channels
        dim A = 5;
        dim B = 3;
        output h = maxpool[F -> P, 3](relu(conv[T, F](x, k)));   // [N, T, P, O]
        loss = mean(sum[P, O](h * w)^2);
    }
}

#[test]
fn the_pooling_example_of_the_language_reference_matches_its_definition() {
    let (n, t, f, i, o) = (2, 6, 12, 2, 4);
    let m = Spectro {
        k: array(&[5, 3, i, o], 21)
            .into_dimensionality::<Ix4>()
            .unwrap(),
        w: array(&[f / 3, o], 22).into_dimensionality().unwrap(),
    };
    let x = array(&[n, t, f, i], 23)
        .into_dimensionality::<Ix4>()
        .unwrap();
    let mut g = SpectroGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    assert_matches_reference(&m, loss, &g, |p| {
        let (k, w) = (&p[0], &p[1]);
        let mut total = 0.0;
        for q in 0..n {
            for s in 0..t {
                let mut row = 0.0;
                for pw in 0..f / 3 {
                    for c in 0..o {
                        let best = (0..3)
                            .map(|j| {
                                let r = pw * 3 + j;
                                let mut acc = 0.0f64;
                                for u in 0..5 {
                                    for v in 0..3 {
                                        let ss = s as isize + u as isize - 2;
                                        let rr = r as isize + v as isize - 1;
                                        if ss < 0 || rr < 0 || ss >= t as isize || rr >= f as isize
                                        {
                                            continue;
                                        }
                                        for z in 0..i {
                                            acc += x64[[q, ss as usize, rr as usize, z]]
                                                * k[[u, v, z, c]];
                                        }
                                    }
                                }
                                acc.max(0.0)
                            })
                            .fold(f64::NEG_INFINITY, f64::max);
                        row += best * w[[pw, c]];
                    }
                }
                total += row * row;
            }
        }
        total / (n * t) as f64
    });
}
