//! `scan`: recurrences over a dim, forward and backward, with back-propagation through time.
//! Each model's loss matches an f64 recurrence written out here, and its gradients match f64
//! central differences of that recurrence.

mod common;

use common::*;
use rheano::ndarray::{ArrayD, Ix1, Ix2, Ix3};
use rheano::prelude::*;

model! {
    /// An Elman network: the state carried through the steps, stacked, and read after.
    struct Elman {
        param wx: [D, H];
        param wh: [H, H];
        param b: [H];
        input x: [T, N, D];
        input h0: [N, H];
        scan t in T {
            carry h: [N, H] = h0;
            h = tanh(x[t] @ wx + h @ wh + b);
            emit hs = h;
        }
        output last = h;
        loss = mean(hs * hs) + 0.5 * sum(h);
    }
}

/// The states of the `Elman` model in f64: `[T][N][H]`.
fn elman_states(p: &[ArrayD<f64>], x: &ArrayD<f64>, h0: &ArrayD<f64>) -> Vec<Vec<Vec<f64>>> {
    let (t, n, d) = (x.shape()[0], x.shape()[1], x.shape()[2]);
    let hh = p[1].shape()[0];
    let mut h: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..hh).map(|k| h0[[i, k]]).collect())
        .collect();
    let mut out = Vec::new();
    for s in 0..t {
        let next: Vec<Vec<f64>> = (0..n)
            .map(|i| {
                (0..hh)
                    .map(|k| {
                        let a: f64 = (0..d).map(|j| x[[s, i, j]] * p[0][[j, k]]).sum::<f64>()
                            + (0..hh).map(|j| h[i][j] * p[1][[j, k]]).sum::<f64>()
                            + p[2][[k]];
                        a.tanh()
                    })
                    .collect()
            })
            .collect();
        h = next;
        out.push(h.clone());
    }
    out
}

/// The `Elman` model's loss in f64.
fn elman_loss(p: &[ArrayD<f64>], x: &ArrayD<f64>, h0: &ArrayD<f64>) -> f64 {
    let states = elman_states(p, x, h0);
    let squares: f64 = states.iter().flatten().flatten().map(|v| v * v).sum();
    let last: f64 = states[states.len() - 1].iter().flatten().sum();
    squares / (states.len() * h0.len()) as f64 + 0.5 * last
}

#[test]
fn an_elman_network_matches_its_recurrence_written_out() {
    let (t, n, d, h) = (5, 3, 4, 6);
    let m = Elman {
        wx: array(&[d, h], 1).into_dimensionality::<Ix2>().unwrap() * 0.5,
        wh: array(&[h, h], 2).into_dimensionality::<Ix2>().unwrap() * 0.5,
        b: array(&[h], 3).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = array(&[t, n, d], 4).into_dimensionality::<Ix3>().unwrap();
    let h0 = array(&[n, h], 5).into_dimensionality::<Ix2>().unwrap();
    let mut g = ElmanGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), h0.view(), &mut g).unwrap();
    let (x64, h064) = (
        x.mapv(|v| v as f64).into_dyn(),
        h0.mapv(|v| v as f64).into_dyn(),
    );
    let reference = |p: &[ArrayD<f64>]| elman_loss(p, &x64, &h064);
    assert_matches_reference(&m, loss, &g, reference);
    assert_eq!(m.loss(x.view(), h0.view()).unwrap(), loss);
    // The final carry, read after the block.
    let last = m.last(x.view(), h0.view()).unwrap();
    let states = elman_states(&params_f64(&m), &x64, &h064);
    for i in 0..n {
        for k in 0..h {
            assert!((last[[i, k]] as f64 - states[t - 1][i][k]).abs() < 1e-5);
        }
    }
}

/// At a width where the step's products take the packed product (32 x 128 by 128 x 128), the
/// recurrent weight is packed once per call before each loop (`PROGRAM` says so) and the loss
/// and the gradients still match the recurrence in f64: the loss to 1e-5, and the gradient's
/// derivative along random directions to central differences of the f64 loss.
#[test]
fn a_recurrent_weight_packed_once_per_call_gives_the_recurrence() {
    let (t, n, d, h) = (3, 32, 4, 128);
    assert!(Elman::PROGRAM.contains("its right operand packed once before the loop"));
    let m = Elman {
        wx: array(&[d, h], 31).into_dimensionality::<Ix2>().unwrap() * 0.3,
        wh: array(&[h, h], 32).into_dimensionality::<Ix2>().unwrap() * 0.1,
        b: array(&[h], 33).into_dimensionality::<Ix1>().unwrap() * 0.1,
    };
    let x = array(&[t, n, d], 34).into_dimensionality::<Ix3>().unwrap();
    let h0 = array(&[n, h], 35).into_dimensionality::<Ix2>().unwrap();
    let mut g = ElmanGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), h0.view(), &mut g).unwrap();
    assert_eq!(m.loss(x.view(), h0.view()).unwrap(), loss);
    let (x64, h064) = (
        x.mapv(|v| v as f64).into_dyn(),
        h0.mapv(|v| v as f64).into_dyn(),
    );
    let reference = |p: &[ArrayD<f64>]| elman_loss(p, &x64, &h064);
    let ps = params_f64(&m);
    let want = reference(&ps);
    assert!(
        (loss as f64 - want).abs() <= 1e-5 * want.abs().max(1.0),
        "{loss} {want}"
    );
    let gs = grads_f64(&m, &g);
    for seed in 0..3u64 {
        let dirs: Vec<ArrayD<f64>> = ps
            .iter()
            .enumerate()
            .map(|(k, p)| array(p.shape(), 100 + 10 * seed + k as u64).mapv(|v| v as f64))
            .collect();
        let along = |e: f64| {
            let q: Vec<ArrayD<f64>> = ps.iter().zip(&dirs).map(|(p, v)| p + &(v * e)).collect();
            reference(&q)
        };
        let step = 1e-5;
        let fd = (along(step) - along(-step)) / (2.0 * step);
        let got: f64 = gs.iter().zip(&dirs).map(|(g, v)| (g * v).sum()).sum();
        assert!(
            (got - fd).abs() <= 1e-3 * fd.abs().max(1e-2),
            "direction {seed}: {got} against {fd}"
        );
    }
}

model! {
    /// A backward scan whose carry starts from a param and steps along a middle dim, and a
    /// forward scan reading its emits.
    struct TwoWays {
        param w: [H];
        param a: [H];
        input x: [N, T, H];
        scan t in T rev {
            carry c: [N, H] = zeros;
            carry s: [H] = a;
            let z = tanh(x[t] * w + c);
            c = z * 0.5 + c;
            s = s * sigmoid(w);
            emit e = z * s;
        }
        scan u in T {
            carry q: [N] = zeros;
            q = 0.5 * q + sum[H](e[u]);
            emit qs = q;
        }
        output total_s = sum(s);
        output per_step = qs;
        loss = sum(qs * qs) + sum(c * c) + sum(s);
    }
}

#[test]
fn scans_in_both_directions_read_each_other_and_match_the_recurrence() {
    let (n, t, h) = (2, 4, 3);
    let m = TwoWays {
        w: array(&[h], 7).into_dimensionality::<Ix1>().unwrap(),
        a: array(&[h], 8).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = array(&[n, t, h], 9).into_dimensionality::<Ix3>().unwrap();
    let mut g = TwoWaysGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), &mut g).unwrap();
    // The outputs of the same call: a scalar and a stacked emit.
    let mut outs = TwoWaysOutputs::default();
    let mut g2 = TwoWaysGrad::zeros_like(&m);
    assert_eq!(
        m.loss_and_grad_with(x.view(), &mut g2, &mut outs).unwrap(),
        loss
    );
    assert_eq!(outs.total_s, m.total_s(x.view()).unwrap());
    assert_eq!(outs.per_step, m.per_step(x.view()).unwrap());
    assert_eq!(outs.per_step.shape(), &[t, n]);
    let x64 = x.mapv(|v| v as f64);
    assert_matches_reference(&m, loss, &g, |p| {
        let (w, a) = (&p[0], &p[1]);
        let sig = |v: f64| 1.0 / (1.0 + (-v).exp());
        let mut c = vec![vec![0.0; h]; n];
        let mut s: Vec<f64> = a.iter().copied().collect();
        let mut e = vec![vec![vec![0.0; h]; n]; t];
        for step in (0..t).rev() {
            for i in 0..n {
                for k in 0..h {
                    let z = (x64[[i, step, k]] * w[[k]] + c[i][k]).tanh();
                    c[i][k] += 0.5 * z;
                    e[step][i][k] = z;
                }
            }
            for k in 0..h {
                s[k] *= sig(w[[k]]);
            }
            // The emit reads `s` after this step's assignment.
            for row in e[step].iter_mut() {
                for (k, v) in row.iter_mut().enumerate() {
                    *v *= s[k];
                }
            }
        }
        let mut q = vec![0.0; n];
        let mut total = 0.0;
        for step_e in &e {
            for i in 0..n {
                q[i] = 0.5 * q[i] + step_e[i].iter().sum::<f64>();
                total += q[i] * q[i];
            }
        }
        total + c.iter().flatten().map(|v| v * v).sum::<f64>() + s.iter().sum::<f64>()
    });
}

/// Over a dim of size 0 no step runs: the final carries are their initial values, the
/// stacked emits empty, and the gradient flows straight from the final carry to its start.
#[test]
fn a_scan_over_no_steps_leaves_its_carries_as_they_start() {
    let (n, h) = (2, 3);
    let m = TwoWays {
        w: array(&[h], 7).into_dimensionality::<Ix1>().unwrap(),
        a: array(&[h], 8).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = rheano::ndarray::Array3::<f32>::zeros((n, 0, h));
    let mut g = TwoWaysGrad::zeros_like(&m);
    let mut outs = TwoWaysOutputs::default();
    let loss = m.loss_and_grad_with(x.view(), &mut g, &mut outs).unwrap();
    assert_eq!(loss, m.a.sum());
    assert_eq!(outs.total_s, m.a.sum());
    assert_eq!(outs.per_step.shape(), &[0, n]);
    assert!(g.a.iter().all(|&v| v == 1.0), "{:?}", g.a);
    assert!(g.w.iter().all(|&v| v == 0.0), "{:?}", g.w);
}

/// `PROGRAM` lists each scan as one step with the steps of its body below it: the forward
/// scan, with what it keeps per step for the backward pass, and in `loss_and_grad` the reverse
/// one; `gradcheck`'s `f64` loss runs the scan too.
#[test]
fn program_shows_each_scan_and_its_step() {
    let program = Elman::PROGRAM;
    let grad = program
        .split("loss_and_grad:")
        .nth(1)
        .and_then(|s| s.split("\nlast:").next())
        .unwrap_or_default();
    // The forward scan of `loss_and_grad` keeps its carry at each step's start; the step's
    // `tanh`, whose derivative needs only its value, is the emit `hs` already, which the reverse
    // step reads instead of computing it again, so neither product need be kept. `loss`'s
    // scan keeps nothing.
    assert!(
        grad.contains("over T, keeping [N,H] per step for the backward pass"),
        "{program}"
    );
    let loss_only = program
        .split("\nloss:")
        .nth(1)
        .and_then(|s| s.split("loss_and_grad").next())
        .unwrap_or_default();
    assert!(
        loss_only.contains("scan %") && !loss_only.contains("keeping"),
        "{program}"
    );
    assert!(
        grad.contains("over T (last first), each step:"),
        "{program}"
    );
    assert!(
        grad.lines().any(|l| l.starts_with("    product")),
        "{program}"
    );
    // The reverse step runs one product (the carry's gradient, `da wh^T`): the forward
    // step's products are not computed again, and the weights' gradients are one product
    // each over all steps after the reverse loop.
    let reverse_step = scan_step(&method_steps(program, "loss_and_grad"), 1);
    assert_eq!(
        reverse_step
            .iter()
            .filter(|l| l.contains("product"))
            .count(),
        1,
        "{program}"
    );
    // The reverse step's product gives the gradient of the step's start state: at the last
    // step (the first of the sequence) that is the gradient of `h0`, an input, so it is skipped.
    assert!(
        reverse_step
            .iter()
            .any(|l| l.contains("product") && l.ends_with("not on the last step")),
        "{program}"
    );
    let m = Elman {
        wx: array(&[2, 3], 1).into_dimensionality::<Ix2>().unwrap() * 0.5,
        wh: array(&[3, 3], 2).into_dimensionality::<Ix2>().unwrap() * 0.5,
        b: array(&[3], 3).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = array(&[4, 2, 2], 4).into_dimensionality::<Ix3>().unwrap();
    let h0 = array(&[2, 3], 5).into_dimensionality::<Ix2>().unwrap();
    let report = m.gradcheck(x.view(), h0.view()).unwrap();
    assert!(report.max_rel_error() < 1e-4, "{report}");
}

model! {
    /// A recurrence from a learned start state: the reverse loop's last step computes its
    /// gradient.
    struct LearnedStart {
        param wh: [H, H];
        param h0: [N, H];
        input x: [T, N, H];
        scan t in T {
            carry h: [N, H] = h0;
            h = tanh(x[t] + h @ wh);
        }
        loss = sum(h * h);
    }
}

/// Against the reverse step of `Elman`, whose start state is an input: the product for the
/// start state's gradient runs at every step, and that gradient matches the recurrence's.
#[test]
fn a_learned_start_state_gets_its_gradient_from_the_last_reverse_step() {
    let program = LearnedStart::PROGRAM;
    let reverse_step = scan_step(&method_steps(program, "loss_and_grad"), 1);
    assert!(
        reverse_step.iter().any(|l| l.contains("product")),
        "{program}"
    );
    assert!(
        !reverse_step
            .iter()
            .any(|l| l.contains("not on the last step")),
        "{program}"
    );
    let (t, n, h) = (4, 2, 3);
    let m = LearnedStart {
        wh: array(&[h, h], 41).into_dimensionality::<Ix2>().unwrap() * 0.5,
        h0: array(&[n, h], 42).into_dimensionality::<Ix2>().unwrap(),
    };
    let x = array(&[t, n, h], 43).into_dimensionality::<Ix3>().unwrap();
    let mut g = LearnedStartGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), &mut g).unwrap();
    let x64 = x.mapv(|v| v as f64);
    assert_matches_reference(&m, loss, &g, |p| {
        let (wh, h0) = (&p[0], &p[1]);
        let mut hs: Vec<Vec<f64>> = (0..n)
            .map(|i| (0..h).map(|k| h0[[i, k]]).collect())
            .collect();
        for step in 0..t {
            hs = (0..n)
                .map(|i| {
                    (0..h)
                        .map(|k| {
                            let z: f64 = (0..h).map(|j| hs[i][j] * wh[[j, k]]).sum();
                            (x64[[step, i, k]] + z).tanh()
                        })
                        .collect()
                })
                .collect();
        }
        hs.iter().flatten().map(|v| v * v).sum()
    });
}

model! {
    /// Sequences of different lengths in one batch, padded and masked (`docs/language.md`).
    struct Masked {
        param wx: [D, H];
        param wh: [H, H];
        input x: [T, N, D];
        input mask: [T, N];
        scan t in T {
            carry h: [N, H] = zeros;
            let next = tanh(x[t] @ wx + h @ wh);
            h = mask[t] * next + (1 - mask[t]) * h;
        }
        loss = sum(h * h);
    }
}

/// A sequence padded past its length, with its mask, gives the loss and gradients of the same
/// sequence alone at its length: padded steps change nothing and get no gradient.
#[test]
fn a_masked_batch_matches_its_sequences_at_their_lengths() {
    let (t, d, h) = (6, 3, 4);
    let lengths = [6usize, 2, 4];
    let m = Masked {
        wx: array(&[d, h], 11).into_dimensionality::<Ix2>().unwrap(),
        wh: array(&[h, h], 12).into_dimensionality::<Ix2>().unwrap() * 0.5,
    };
    let x = array(&[t, lengths.len(), d], 13)
        .into_dimensionality::<Ix3>()
        .unwrap();
    let mask = rheano::ndarray::Array2::from_shape_fn((t, lengths.len()), |(s, i)| {
        if s < lengths[i] {
            1.0f32
        } else {
            0.0
        }
    });
    let mut g = MaskedGrad::zeros_like(&m);
    let loss = m.loss_and_grad(x.view(), mask.view(), &mut g).unwrap();
    let (mut total, mut gx, mut gh) = (0.0f32, m.wx.clone() * 0.0, m.wh.clone() * 0.0);
    for (i, &len) in lengths.iter().enumerate() {
        let xi = x.slice(rheano::ndarray::s![..len, i..i + 1, ..]).to_owned();
        let ones = rheano::ndarray::Array2::<f32>::ones((len, 1));
        let mut gi = MaskedGrad::zeros_like(&m);
        total += m.loss_and_grad(xi.view(), ones.view(), &mut gi).unwrap();
        gx += &gi.wx;
        gh += &gi.wh;
    }
    assert!(
        (loss - total).abs() <= 1e-5 * total.abs().max(1.0),
        "{loss} {total}"
    );
    for (a, b) in g.wx.iter().zip(gx.iter()).chain(g.wh.iter().zip(gh.iter())) {
        assert!((a - b).abs() <= 1e-5 * b.abs().max(1.0), "{a} {b}");
    }
}

/// `loss_and_grad_with` writes every output of the training call: here the final state carried
/// to the next batch (truncated back-propagation through time), equal to what the output method
/// returns, beside the same loss and gradients as `loss_and_grad`.
#[test]
fn loss_and_grad_with_returns_the_outputs_of_the_same_call() {
    let (t, n, d, h) = (4, 2, 3, 5);
    let m = Elman {
        wx: array(&[d, h], 21).into_dimensionality::<Ix2>().unwrap() * 0.5,
        wh: array(&[h, h], 22).into_dimensionality::<Ix2>().unwrap() * 0.5,
        b: array(&[h], 23).into_dimensionality::<Ix1>().unwrap(),
    };
    let x = array(&[t, n, d], 24).into_dimensionality::<Ix3>().unwrap();
    let mut h0 = array(&[n, h], 25).into_dimensionality::<Ix2>().unwrap();
    let mut outs = ElmanOutputs::default();
    for _ in 0..3 {
        let mut g1 = ElmanGrad::zeros_like(&m);
        let mut g2 = ElmanGrad::zeros_like(&m);
        let l1 = m.loss_and_grad(x.view(), h0.view(), &mut g1).unwrap();
        let l2 = m
            .loss_and_grad_with(x.view(), h0.view(), &mut g2, &mut outs)
            .unwrap();
        assert_eq!(l1, l2);
        assert_eq!(g1.wh, g2.wh);
        assert_eq!(g1.wx, g2.wx);
        assert_eq!(outs.last, m.last(x.view(), h0.view()).unwrap());
        assert_eq!(outs.last.shape(), &[n, h]);
        // `loss_with`: the same loss and outputs from one forward pass, no gradient.
        let mut eval = ElmanOutputs::default();
        assert_eq!(m.loss_with(x.view(), h0.view(), &mut eval).unwrap(), l1);
        assert_eq!(eval.last, outs.last);
        // The state carried into the next call.
        h0 = outs.last.clone();
    }
    // A size error leaves the outputs as they were.
    let mut eval = ElmanOutputs::default();
    m.loss_with(x.view(), h0.view(), &mut eval).unwrap();
    let before = eval.last.clone();
    let bad = rheano::ndarray::Array2::<f32>::zeros((n + 1, h));
    assert!(m.loss_with(x.view(), bad.view(), &mut eval).is_err());
    assert_eq!(eval.last, before);
}

// The character-level LSTM with zoneout of the language contract, as written there.
include!("../examples/char_lstm/model.rs");

/// The contract's example compiles as written, its gradient agrees with `f64` differences at
/// one draw of its zoneout masks, and a few steps of Adam on a repeating sequence lower its
/// loss, with the state carried from call to call through `loss_and_grad_with`.
#[test]
fn the_contracts_character_lstm_compiles_checks_and_trains() {
    use rheano::rand::{rngs::StdRng, SeedableRng};
    let (v, h, t, n) = (6, 8, 7, 3);
    let mut rng = StdRng::seed_from_u64(0);
    let mut m = CharLstm::init(CharLstmDims { v, h }, &mut rng);
    let tokens = rheano::ndarray::Array2::from_shape_fn((t, n), |(s, i)| (s + i) % v);
    let targets = rheano::ndarray::Array2::from_shape_fn((t, n), |(s, i)| (s + i + 1) % v);
    let zeros = rheano::ndarray::Array2::<f32>::zeros((n, h));
    let report = m
        .gradcheck(
            tokens.view(),
            targets.view(),
            zeros.view(),
            zeros.view(),
            CharLstm::ZH,
            CharLstm::ZC,
            Noise::Sample(&mut rng),
        )
        .unwrap();
    assert!(report.max_rel_error() < 1e-2, "{report}");
    let mut opt = Adam::new(0.05);
    let mut g = CharLstmGrad::zeros_like(&m);
    let mut outs = CharLstmOutputs::default();
    let (mut h0, mut c0) = (zeros.clone(), zeros.clone());
    let mut losses = Vec::new();
    for _ in 0..60 {
        let l = m
            .loss_and_grad_with(
                tokens.view(),
                targets.view(),
                h0.view(),
                c0.view(),
                CharLstm::ZH,
                CharLstm::ZC,
                Noise::Sample(&mut rng),
                &mut g,
                &mut outs,
            )
            .unwrap();
        losses.push(l);
        rheano::clip_grad_norm(&m, &mut g, 5.0);
        opt.step(&mut m, &g);
        h0 = outs.h_last.clone();
        c0 = outs.c_last.clone();
    }
    let (first, last) = (losses[0], losses[losses.len() - 1]);
    assert!(last < 0.5 * first, "{first} -> {last}");
    assert_eq!(outs.logits.shape(), &[t, n, v]);
}

model! {
    /// A tagger: each step gathers its token's embedding and scores its own tag (integer
    /// inputs stepped inside the block).
    struct Tagger {
        param emb: [V, H];
        param wh: [H, H];
        param wy: [H, C];
        input tokens: [T, N] in 0..V;
        input tags: [T, N] in 0..C;
        scan t in T {
            carry h: [N, H] = zeros;
            h = tanh(emb[tokens[t]] + h @ wh);
            emit nll = cross_entropy(h @ wy, tags[t]);
        }
        loss = mean(nll);
    }
}

#[test]
fn integer_inputs_step_inside_a_scan() {
    let (v, h, c, t, n) = (5, 4, 3, 6, 2);
    let m = Tagger {
        emb: array(&[v, h], 31).into_dimensionality::<Ix2>().unwrap(),
        wh: array(&[h, h], 32).into_dimensionality::<Ix2>().unwrap() * 0.5,
        wy: array(&[h, c], 33).into_dimensionality::<Ix2>().unwrap(),
    };
    let tokens = rheano::ndarray::Array2::from_shape_fn((t, n), |(s, i)| (3 * s + i) % v);
    let tags = rheano::ndarray::Array2::from_shape_fn((t, n), |(s, i)| (s + 2 * i) % c);
    let mut g = TaggerGrad::zeros_like(&m);
    let loss = m.loss_and_grad(tokens.view(), tags.view(), &mut g).unwrap();
    assert_matches_reference(&m, loss, &g, |p| {
        let mut total = 0.0;
        let mut state = vec![vec![0.0; h]; n];
        for s in 0..t {
            for (i, hi) in state.iter_mut().enumerate() {
                let next: Vec<f64> = (0..h)
                    .map(|k| {
                        let r: f64 = (0..h).map(|j| hi[j] * p[1][[j, k]]).sum();
                        (p[0][[tokens[[s, i]], k]] + r).tanh()
                    })
                    .collect();
                *hi = next;
                let z: Vec<f64> = (0..c)
                    .map(|j| (0..h).map(|k| hi[k] * p[2][[k, j]]).sum())
                    .collect();
                total += log_sum_exp(z.iter().copied()) - z[tags[[s, i]]];
            }
        }
        total / (t * n) as f64
    });
}
