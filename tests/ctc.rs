//! `ctc(z, y, zlen, ylen)` in `model!`: the loss of each example against an f64 recursion
//! written here, gradients against f64 central differences of it, the zero gradient past
//! `zlen` and of impossible examples, and the run-time errors for lengths and targets.

mod common;

use common::*;
use rheano::ndarray::{Array1, Array2, Array3, ArrayD, Ix1, Ix2};
use rheano::prelude::*;
use rheano::Error;

model! {
    /// A per-step linear read-out trained with CTC: the example of docs/language.md, as written
    /// there (with `Speech`'s names).
    struct Reader {
        param w: [F, C];                     // a per-frame read-out; a conv stack in practice
        param b: [C];
        input x: [N, T, F];                  // features, padded to the longest utterance
        input y: [N, L] in 0..C;             // phone targets (no blanks), padded
        input xlen: [N] in 0..=T;            // frames used per utterance
        input ylen: [N] in 0..=L;            // targets used per utterance
        output nll = ctc(x @ w + b, y, xlen, ylen);
        loss = mean(where(nll < 1e30, nll, 0));
    }
}

/// `ln(e^a + e^b)`, `-inf` when both are.
fn lse(a: f64, b: f64) -> f64 {
    let m = a.max(b);
    if m == f64::NEG_INFINITY {
        m
    } else {
        m + ((a - m).exp() + (b - m).exp()).ln()
    }
}

/// `-ln p(y | z)` of one example, `z` its `[tl, c]` scores, by the forward recursion in f64.
fn nll(z: &[f64], tl: usize, c: usize, y: &[usize]) -> f64 {
    let lp: Vec<f64> = z
        .chunks(c)
        .take(tl)
        .flat_map(|r| {
            let s = log_sum_exp(r.iter().copied());
            r.iter().map(move |v| v - s)
        })
        .collect();
    let mut ext = vec![0];
    for &k in y {
        ext.extend([k, 0]);
    }
    let s = ext.len();
    if tl == 0 {
        return if y.is_empty() { 0.0 } else { f64::INFINITY };
    }
    let mut a: Vec<f64> = (0..s)
        .map(|j| if j < 2 { lp[ext[j]] } else { f64::NEG_INFINITY })
        .collect();
    for t in 1..tl {
        let prev = a.clone();
        for j in 0..s {
            let mut v = prev[j];
            if j >= 1 {
                v = lse(v, prev[j - 1]);
            }
            if j >= 2 && ext[j] != 0 && ext[j] != ext[j - 2] {
                v = lse(v, prev[j - 2]);
            }
            a[j] = v + lp[t * c + ext[j]];
        }
    }
    let end = if s > 1 { lse(a[s - 1], a[s - 2]) } else { a[0] };
    -end
}

struct Batch {
    x: Array3<f32>,
    y: Array2<usize>,
    xlen: Array1<usize>,
    ylen: Array1<usize>,
}

fn batch() -> Batch {
    let (n, t, f, l) = (4, 6, 3, 3);
    let x = array(&[n, t, f], 5)
        .into_dimensionality()
        .unwrap()
        .mapv(|v: f32| 2.0 * v);
    // Repeated labels (2, 2), a short example, an empty target, and one that cannot be aligned
    // (three labels with a repeat in two steps).
    let y = Array2::from_shape_vec((n, l), vec![1, 2, 2, 3, 1, 3, 2, 0, 0, 1, 1, 2]).unwrap();
    let xlen = Array1::from(vec![6, 4, 5, 2]);
    let ylen = Array1::from(vec![3, 2, 0, 3]);
    Batch { x, y, xlen, ylen }
}

fn reader(f: usize, c: usize) -> Reader {
    Reader {
        w: array(&[f, c], 1).into_dimensionality::<Ix2>().unwrap(),
        b: array(&[c], 2).into_dimensionality::<Ix1>().unwrap(),
    }
}

/// The f64 loss of `Reader` at params `p` (`w`, `b`).
fn reference(p: &[ArrayD<f64>], d: &Batch) -> (f64, Vec<f64>) {
    let (n, t, f) = d.x.dim();
    let c = p[1].len();
    let mut per = Vec::new();
    for i in 0..n {
        let mut z = vec![0.0; t * c];
        for s in 0..t {
            for k in 0..c {
                z[s * c + k] = p[1][[k]]
                    + (0..f)
                        .map(|j| d.x[[i, s, j]] as f64 * p[0][[j, k]])
                        .sum::<f64>();
            }
        }
        let y: Vec<usize> = (0..d.ylen[i]).map(|j| d.y[[i, j]]).collect();
        per.push(nll(&z, d.xlen[i], c, &y));
    }
    let kept: f64 = per.iter().filter(|v| **v < 1e30).sum();
    (kept / n as f64, per)
}

#[test]
fn the_loss_and_its_gradients_match_an_f64_recursion() {
    let d = batch();
    let m = reader(3, 4);
    let mut g = ReaderGrad::zeros_like(&m);
    let (x, y, xl, yl) = (d.x.view(), d.y.view(), d.xlen.view(), d.ylen.view());
    let loss = m.loss_and_grad(x, y, xl, yl, &mut g).unwrap();
    let (_, per) = reference(&params_f64(&m), &d);
    assert!(per[3].is_infinite() && per[..3].iter().all(|v| v.is_finite()));
    let got = m.nll(x, y, xl, yl).unwrap();
    for (a, b) in got.iter().zip(&per) {
        assert!(
            (*a as f64 - b).abs() <= 1e-5 * b.abs().max(1.0)
                || (a.is_infinite() && *a as f64 == *b),
            "{a} vs {b}"
        );
    }
    assert_matches_reference(&m, loss, &g, |p| reference(p, &d).0);
    assert_eq!(m.loss(x, y, xl, yl).unwrap(), loss);
}

model! {
    /// The scores themselves as the param, so that the gradient of each step shows.
    struct Scores {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        loss = sum(where(ctc(z, y, zlen, ylen) < 1e30, ctc(z, y, zlen, ylen), 0));
    }
}

#[test]
fn steps_past_zlen_and_impossible_examples_get_exactly_zero_gradient() {
    let d = batch();
    let (n, t, c) = (4, 6, 4);
    let m = Scores {
        z: array(&[n, t, c], 9).into_dimensionality().unwrap(),
    };
    let mut g = ScoresGrad::zeros_like(&m);
    m.loss_and_grad(d.y.view(), d.xlen.view(), d.ylen.view(), &mut g)
        .unwrap();
    for i in 0..n {
        for s in 0..t {
            let row = g.z.slice(rheano::ndarray::s![i, s, ..]);
            let zero = s >= d.xlen[i] || i == 3;
            assert_eq!(
                row.iter().all(|&v| v == 0.0),
                zero,
                "example {i} step {s}: {row}"
            );
            if !zero {
                // Each used step's gradient is a softmax less a distribution: it sums to 0.
                assert!(row.sum().abs() < 1e-5, "{row}");
            }
        }
    }
    // Run time's own check, f32 against f64 central differences of the f64 methods.
    let report = m
        .gradcheck(d.y.view(), d.xlen.view(), d.ylen.view())
        .unwrap();
    assert!(report.max_rel_error() < 1e-3, "{report}");
}

#[test]
fn lengths_and_targets_out_of_range_are_errors_that_name_the_input() {
    let d = batch();
    let m = reader(3, 4);
    let (x, y) = (d.x.view(), d.y.view());
    let long = Array1::from(vec![7, 4, 5, 2]);
    let e = m.loss(x, y, long.view(), d.ylen.view()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "length 7 at position 0 of `xlen` is outside 0..=T (`T` = 6)"
    );
    let e = m.loss(x, y, d.xlen.view(), long.view()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "length 7 at position 0 of `ylen` is outside 0..=L (`L` = 3)"
    );
    let mut blank = d.y.clone();
    blank[[1, 1]] = 0;
    let e = m
        .loss(x, blank.view(), d.xlen.view(), d.ylen.view())
        .unwrap_err();
    assert!(matches!(
        e,
        Error::BlankTarget {
            input: "y",
            example: 1,
            position: 1,
            lengths: "ylen"
        }
    ));
    // A blank past the length is padding, not an error.
    blank[[1, 1]] = 1;
    blank[[1, 2]] = 0;
    assert!(m
        .loss(x, blank.view(), d.xlen.view(), d.ylen.view())
        .is_ok());
    let mut big = d.y.clone();
    big[[0, 0]] = 4;
    let e = m
        .loss(x, big.view(), d.xlen.view(), d.ylen.view())
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::LabelOutOfRange {
                input: "y",
                value: 4,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn loss_and_grad_runs_one_recursion_when_the_incoming_gradient_is_known_first() {
    // `mean(where(nll < 1e30, nll, 0))` reads the loss to form the incoming gradient, so the
    // gradient runs its own recursion; `sum(ctc(..))` does not, and the two run as one call.
    let steps = method_steps(Reader::PROGRAM, "loss_and_grad");
    assert!(
        !steps.iter().any(|s| s.contains("with its gradient")),
        "{}",
        Reader::PROGRAM
    );
    let steps = method_steps(Summed::PROGRAM, "loss_and_grad");
    assert!(
        steps
            .iter()
            .any(|s| s.contains("ctc %") && s.contains("with its gradient")),
        "{}",
        Summed::PROGRAM
    );
    // The one call gives what the two calls give.
    let d = batch();
    let (n, t, c) = (4, 6, 4);
    let z = array(&[n, t, c], 9).into_dimensionality().unwrap();
    let paired = Summed { z: z.clone() };
    let apart = Scores { z };
    let (mut g1, mut g2) = (
        SummedGrad::zeros_like(&paired),
        ScoresGrad::zeros_like(&apart),
    );
    let short = Array1::from(vec![6, 4, 5, 6]);
    let (y, yl) = (d.y.view(), d.ylen.view());
    let l1 = paired.loss_and_grad(y, short.view(), yl, &mut g1).unwrap();
    let l2 = apart.loss_and_grad(y, short.view(), yl, &mut g2).unwrap();
    assert!((l1 - l2).abs() <= 1e-6 * l2.abs(), "{l1} vs {l2}");
    assert_eq!(g1.z, g2.z);
}

model! {
    /// `Scores` without the guard against impossible examples.
    struct Summed {
        param z: [N, T, C];
        input y: [N, L] in 0..C;
        input zlen: [N] in 0..=T;
        input ylen: [N] in 0..=L;
        loss = sum(ctc(z, y, zlen, ylen));
    }
}
