//! Each optimizer's update rule, checked step by step against its formula, and its
//! convergence to the known optimum of a quadratic.

use rheano::prelude::*;

model! {
    /// `sum(s * (w - t)^2) / 2`: the optimum is `w = t`, the gradient `s * (w - t)`.
    struct Quad {
        param w: [D];
        input t: [D];
        input s: [D];
        loss = sum(s * (w - t)^2) / 2;
    }
}

fn run(opt: &mut impl Optimizer, steps: usize) -> f32 {
    let t = arr1(&[1.0f32, -2.0, 0.5]);
    let s = arr1(&[1.0f32, 4.0, 0.25]);
    let mut m = Quad {
        w: arr1(&[0.0, 0.0, 0.0]),
    };
    let mut g = QuadGrad::zeros_like(&m);
    for _ in 0..steps {
        m.loss_and_grad(t.view(), s.view(), &mut g).unwrap();
        opt.step(&mut m, &g);
    }
    (&m.w - &t).iter().fold(0.0f32, |a, v| a.max(v.abs()))
}

/// One param `w`, the gradient of `sum(w * c)` being `c`: steps can be followed by hand.
fn steps(opt: &mut impl Optimizer, grads: &[f32]) -> Vec<f32> {
    model! { struct Lin { param w: []; input c: []; loss = w * c; } }
    let mut m = Lin { w: arr0(1.0) };
    let mut g = LinGrad::zeros_like(&m);
    grads
        .iter()
        .map(|&c| {
            m.loss_and_grad(arr0(c).view(), &mut g).unwrap();
            opt.step(&mut m, &g);
            m.w[()]
        })
        .collect()
}

fn close(a: &[f32], b: &[f32]) {
    for (x, y) in a.iter().zip(b) {
        assert!((x - y).abs() < 1e-6, "{a:?} vs {b:?}");
    }
}

#[test]
fn sgd_follows_its_rule_and_converges() {
    close(&steps(&mut Sgd::new(0.1), &[2.0, -1.0]), &[0.8, 0.9]);
    assert!(run(&mut Sgd::new(0.2), 500) < 1e-4);
}

#[test]
fn momentum_follows_its_rule_with_either_sign_and_converges() {
    // v1 = 2, w1 = 1 - 0.1*2 = 0.8; v2 = 0.5*2 - 1 = 0, w2 = 0.8
    close(
        &steps(&mut Momentum::new(0.1, 0.5), &[2.0, -1.0]),
        &[0.8, 0.8],
    );
    // v2 = -0.5*2 - 1 = -2, w2 = 0.8 + 0.2 = 1.0
    close(
        &steps(&mut Momentum::new(0.1, -0.5), &[2.0, -1.0]),
        &[0.8, 1.0],
    );
    assert!(run(&mut Momentum::new(0.05, 0.9), 1000) < 1e-4);
    assert!(run(&mut Momentum::new(0.1, -0.5), 1000) < 1e-4);
}

#[test]
fn adam_follows_its_rule_and_converges() {
    // The first bias-corrected step is lr * g / (|g| + eps) = lr * sign(g).
    let mut opt = Adam::new(0.1);
    let w = steps(&mut opt, &[2.0, 2.0]);
    close(&w, &[0.9, 0.8]);
    // With b1 = -0.5 the second step: m2 = -0.5*m1 + 1.5*g2 with m1 = 1.5*g1.
    let mut neg = Adam::new(0.1).betas(-0.5, 0.999).eps(0.0);
    let w = steps(&mut neg, &[2.0, 1.0]);
    let (m1, v1) = (1.5 * 2.0f64, 0.001 * 4.0f64);
    let (m2, v2) = (-0.5 * m1 + 1.5 * 1.0, 0.999 * v1 + 0.001 * 1.0);
    let w2 = 0.9 - 0.1 * (m2 / (1.0 - 0.25)) / (v2 / (1.0 - 0.999f64.powi(2))).sqrt();
    close(&w, &[0.9, w2 as f32]);
    assert!(run(&mut Adam::new(0.05), 3000) < 1e-3);
}

#[test]
fn rmsprop_follows_its_rule_and_converges() {
    // s = 0.01 * 4, step = 0.1 * 2 / (0.2 + 0) = 1
    let w = steps(&mut RmsProp::new(0.1).eps(0.0), &[2.0]);
    close(&w, &[0.0]);
    let w = steps(&mut RmsProp::new(0.1).alpha(0.5).eps(0.0), &[2.0]);
    close(&w, &[1.0 - 0.1 * 2.0 / 2.0f32.sqrt()]);
    assert!(run(&mut RmsProp::new(0.01), 3000) < 1e-2);
}

model! {
    struct Two {
        param a: [N];
        param b: [];
        loss = sum(a * a) + 3 * b;
    }
}

#[test]
fn clip_grad_norm_scales_the_global_norm_and_returns_the_old_one() {
    let m = Two {
        a: rheano::ndarray::Array1::from(vec![2.0f32, -1.0, 0.5]),
        b: rheano::ndarray::arr0(1.0),
    };
    let mut g = TwoGrad::zeros_like(&m);
    m.loss_and_grad(&mut g).unwrap();
    // Gradients 2a = [4, -2, 1] and 3: norm sqrt(16 + 4 + 1 + 9) = sqrt(30).
    let before: Vec<f32> = g.a.iter().copied().chain([g.b[()]]).collect();
    let norm = rheano::clip_grad_norm(&m, &mut g, 1.0);
    assert!((norm - 30f32.sqrt()).abs() < 1e-5, "{norm}");
    let after: Vec<f32> = g.a.iter().copied().chain([g.b[()]]).collect();
    let new_norm = after.iter().map(|v| v * v).sum::<f32>().sqrt();
    assert!((new_norm - 1.0).abs() < 1e-5, "{new_norm}");
    for (x, y) in before.iter().zip(&after) {
        assert!((x / 30f32.sqrt() - y).abs() < 1e-6, "{x} {y}");
    }
    // Within the bound: unchanged, and the norm is returned.
    let kept = rheano::clip_grad_norm(&m, &mut g, 5.0);
    assert!((kept - 1.0).abs() < 1e-5);
    let again: Vec<f32> = g.a.iter().copied().chain([g.b[()]]).collect();
    assert_eq!(again, after);
}

#[test]
fn a_schedule_scales_each_update_by_its_factor() {
    use rheano::schedule::{Cosine, Linear};
    // Factors 1, 0.5, 0 for updates 0, 1, 2 (and 0 after): w = 1 - 0.1, - 0.05, - 0.
    let mut sgd = Sgd::new(0.1).schedule(Linear::new(0, 2));
    assert_eq!(sgd.learning_rate(), 0.1);
    close(
        &steps(&mut sgd, &[1.0, 1.0, 1.0, 1.0]),
        &[0.9, 0.85, 0.85, 0.85],
    );
    assert_eq!(sgd.learning_rate(), 0.0);
    // The same factors reach momentum's step, and Adam's and RMSProp's.
    let mut mom = Momentum::new(0.1, 0.5).schedule(Linear::new(0, 2));
    // v = 1, 1.5, 1.75: w = 1 - 0.1, - 0.075, - 0.
    close(&steps(&mut mom, &[1.0, 1.0, 1.0]), &[0.9, 0.825, 0.825]);
    let mut adam = Adam::new(0.1).schedule(Cosine::new(2));
    // Adam's first two steps are lr * sign(g); cosine factors 1, 0.5.
    close(&steps(&mut adam, &[2.0, 2.0, 2.0]), &[0.9, 0.85, 0.85]);
    let mut rms = RmsProp::new(0.1).eps(0.0).schedule(Linear::new(0, 1));
    close(&steps(&mut rms, &[2.0, 2.0]), &[0.0, 0.0]);
    // Without a schedule the rate is the base rate at every step.
    let mut plain = Adam::new(0.1);
    steps(&mut plain, &[1.0; 5]);
    assert_eq!(plain.learning_rate(), 0.1);
}

#[test]
fn adamw_decays_weights_apart_from_the_moments() {
    // lr 0.1, wd 0.5, g = 2 twice: each step is lr * (1 + wd * w) since m̂ / sqrt(v̂) = 1.
    let w1 = 1.0 - 0.1 * (1.0 + 0.5 * 1.0);
    let w2 = w1 - 0.1 * (1.0 + 0.5 * w1);
    close(
        &steps(&mut Adam::adamw(0.1, 0.5).eps(0.0), &[2.0, 2.0]),
        &[w1, w2],
    );
    // With zero gradients the moments stay 0 and the weight shrinks by (1 - lr * wd) a step,
    // where an L2 penalty added to the gradient would move it by lr at every step.
    let w = steps(&mut Adam::adamw(0.1, 0.5), &[0.0; 10]);
    for (k, v) in w.iter().enumerate() {
        let want = 0.95f32.powi(k as i32 + 1);
        assert!((v - want).abs() < 1e-6, "step {k}: {v} vs {want}");
    }
    // The decay follows the schedule too.
    let w = steps(
        &mut Adam::adamw(0.1, 0.5).schedule(rheano::schedule::Linear::new(0, 1)),
        &[0.0; 3],
    );
    close(&w, &[0.95, 0.95, 0.95]);
}

model! {
    struct Ortho {
        param u: [H, H] = orthogonal;
        param v: [H, C] = orthogonal(2);
        param k: [C, H, E] = orthogonal(0.5);
        input x: [N, H];
        loss = sum(x @ u @ v);
    }
}

/// `a` as a `rows x cols` matrix has orthonormal rows or columns (the fewer), times `gain`.
fn orthonormal(a: &[f32], rows: usize, cols: usize, gain: f64) {
    let (n, k) = (rows.max(cols), rows.min(cols));
    let at = |i: usize, r: usize| {
        let v = if rows >= cols {
            a[r * cols + i]
        } else {
            a[i * cols + r]
        };
        v as f64
    };
    for i in 0..k {
        for j in 0..k {
            let d: f64 = (0..n).map(|r| at(i, r) * at(j, r)).sum();
            let want = if i == j { gain * gain } else { 0.0 };
            assert!((d - want).abs() < 1e-5, "{rows}x{cols}: ({i}, {j}) = {d}");
        }
    }
}

#[test]
fn orthogonal_params_have_orthonormal_rows_or_columns() {
    use rheano::rand::SeedableRng;
    let mut rng = rheano::rand::rngs::StdRng::seed_from_u64(11);
    let m = Ortho::init(OrthoDims { h: 12, c: 5, e: 4 }, &mut rng);
    orthonormal(m.u.as_slice().unwrap(), 12, 12, 1.0);
    orthonormal(m.v.as_slice().unwrap(), 12, 5, 2.0);
    orthonormal(m.k.as_slice().unwrap(), 5, 48, 0.5);
}
