//! The double-descent experiment in fast mode meets the criteria its report checks.

#[path = "../examples/double_descent/run.rs"]
mod paper;

use rheano::report::Mode;

#[test]
fn double_descent_fast_mode_meets_the_criteria() {
    let o = paper::run(Mode::Fast).unwrap();
    assert!(o.seeds >= 10);
    let ts = &o.times;
    let e30 = &o.curves[1].1;
    // A first minimum early, a bump of at least 0.04 later, and a near-zero end.
    let ((t1, v1), (t2, v2)) = paper::bump(ts, e30);
    assert!((3..=20).contains(&t1), "first minimum at {t1}");
    assert!(
        (50..=400).contains(&t2) && v2 - v1 >= 0.04,
        "{v1} at {t1}, {v2} at {t2}"
    );
    assert!(e30[e30.len() - 1] <= 0.02);
    // kappa = 1: one descent.
    assert!(o.curves[0].1.windows(2).all(|w| w[1] <= w[0] + 1e-6));
    // Damping the fast features removes the bump.
    let ((d1, dv), _) = paper::bump(ts, &o.damped);
    let after = ts
        .iter()
        .zip(&o.damped)
        .filter(|(t, _)| **t > d1)
        .map(|(_, v)| *v)
        .fold(f64::NEG_INFINITY, f64::max);
    assert!(after - dv <= 0.02 && o.damped[o.damped.len() - 1] <= 0.02);
    // The ridge theory agrees with ridge solved per seed, and gradients are exact.
    assert!(o.ridge.iter().all(|(_, a, b)| (a - b).abs() <= 0.02));
    assert!(o.grad_error <= 1e-5);
    // The damped step is the `Quadratic` model's own gradient at alpha > 0.
    assert!(o.damped_grad_error <= 1e-5, "{}", o.damped_grad_error);
    assert!(o.pass);
}

/// Without slow features (kappa = 1) the same criterion finds no bump, so the check above
/// can fail.
#[test]
fn the_bump_needs_two_time_scales() {
    let ts = paper::times();
    let one = paper::descend_exact(&paper::problem(1.0, 0));
    let ((_, v1), (_, v2)) = paper::bump(&ts, &one);
    assert!(v2 - v1 < 0.04, "a bump of {} at kappa 1", v2 - v1);
    let thirty = paper::descend_exact(&paper::problem(30.0, 0));
    let ((_, w1), (_, w2)) = paper::bump(&ts, &thirty);
    assert!(w2 - w1 >= 0.04, "no bump at kappa 30: {}", w2 - w1);
}
