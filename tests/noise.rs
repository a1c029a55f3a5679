//! Noise items: `noise NAME: SHAPE ~ bernoulli(P);` and `~ normal(M, S);`, drawn per call from
//! the caller's generator (`Noise::Sample`) or at their means (`Noise::Mean`).

mod common;

use common::*;
use rheano::ndarray::{Ix1, Ix2};
use rheano::prelude::*;
use rheano::rand::{rngs::StdRng, SeedableRng};

model! {
    /// Dropout on a hidden layer and Gaussian noise on the input.
    struct Dropout {
        param w: [D, H];
        param v: [H];
        input x: [N, D];
        hyper keep = 0.8;
        noise mask: [N, H] ~ bernoulli(keep);
        noise eps: [N, D] ~ normal(0, 0.1);
        let h = tanh((x + eps) @ w) * mask / keep;
        output hidden = h;
        loss = mean((h @ v)^2);
    }
}

fn model() -> Dropout {
    Dropout {
        w: array(&[3, 5], 1).into_dimensionality::<Ix2>().unwrap(),
        v: array(&[5], 2).into_dimensionality::<Ix1>().unwrap(),
    }
}

/// One seed gives one draw: the same loss in `loss` and `loss_and_grad`, and a different one
/// for another seed; at the means the mask is `keep` and the noise 0.
#[test]
fn a_seed_fixes_the_draw_and_the_means_are_the_expectations() {
    let m = model();
    let x = array(&[4, 3], 3).into_dimensionality::<Ix2>().unwrap();
    let draw = |seed: u64| {
        let mut rng = StdRng::seed_from_u64(seed);
        m.loss(x.view(), 0.8, Noise::Sample(&mut rng)).unwrap()
    };
    assert_eq!(draw(1), draw(1));
    assert_ne!(draw(1), draw(2));
    let mut g = DropoutGrad::zeros_like(&m);
    let mut rng = StdRng::seed_from_u64(1);
    let l = m
        .loss_and_grad(x.view(), 0.8, Noise::Sample(&mut rng), &mut g)
        .unwrap();
    assert_eq!(l, draw(1));
    // At the means: the mask is 0.8 everywhere, divided by keep: no dropout, no input noise.
    let mean = m.hidden(x.view(), 0.8, Noise::Mean).unwrap();
    let p = params_f64(&m);
    for i in 0..4 {
        for k in 0..5 {
            let a: f64 = (0..3).map(|j| x[[i, j]] as f64 * p[0][[j, k]]).sum();
            assert!((mean[[i, k]] as f64 - a.tanh()).abs() < 1e-5);
        }
    }
    // A mask holds zeros and ones only: each hidden unit is 0 or its undropped value / keep.
    let mut rng = StdRng::seed_from_u64(5);
    let h = m.hidden(x.view(), 0.8, Noise::Sample(&mut rng)).unwrap();
    assert!(h.iter().any(|&v| v == 0.0));
}

/// `gradcheck` holds one draw fixed while it moves the params: the gradient of a noisy loss is
/// the gradient of the loss at that draw.
#[test]
fn gradcheck_holds_one_draw_of_the_noise() {
    let m = model();
    let x = array(&[6, 3], 4).into_dimensionality::<Ix2>().unwrap();
    let mut rng = StdRng::seed_from_u64(9);
    let report = m.gradcheck(x.view(), 0.8, Noise::Sample(&mut rng)).unwrap();
    assert!(report.max_rel_error() < 1e-3, "{report}");
}

/// The draw is the same whatever the number of threads.
#[test]
fn a_draw_does_not_depend_on_the_thread_count() {
    let m = model();
    let x = array(&[64, 3], 6).into_dimensionality::<Ix2>().unwrap();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let mut rng = StdRng::seed_from_u64(3);
            m.hidden(x.view(), 0.8, Noise::Sample(&mut rng)).unwrap()
        })
    };
    assert_eq!(run(1), run(2));
}

/// Arguments out of their range are errors, before anything is written.
#[test]
fn a_probability_outside_zero_one_is_an_error() {
    let m = model();
    let x = array(&[2, 3], 7).into_dimensionality::<Ix2>().unwrap();
    let e = m.loss(x.view(), 1.5, Noise::Mean).unwrap_err().to_string();
    assert!(e.contains("`mask`") && e.contains("1.5"), "{e}");
}
