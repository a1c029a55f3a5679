//! The negative-momentum experiment in fast mode meets the criteria its report checks.

#[path = "../examples/negative_momentum/run.rs"]
mod paper;

use paper::Updates;
use rheano::ndarray::{Array1, Array2};
use rheano::report::Mode;

#[test]
fn negative_momentum_fast_mode_meets_the_criteria() {
    let o = paper::run(Mode::Fast).unwrap();
    let scalar = &o.games[0].ratios;
    // Simultaneous steps diverge, with or without negative momentum.
    assert!(scalar[0][1000] > 10.0);
    assert!(scalar[1][10_000] > 1.0);
    // Alternating steps stay bounded at every step.
    assert!(scalar[2].iter().all(|&r| r > 0.5 && r < 2.0));
    // Positive momentum diverges; negative momentum converges linearly.
    assert!(scalar[3][1000] > 1e3 || scalar[3][1000].is_nan());
    assert!(scalar[4][1000] < 0.5 && scalar[4][10_000] < 1e-3);
    assert!(scalar[5][1000] < 1e-6);
    // The 10x10 game: the same, with convergence slowed by the small singular values.
    let m = &o.games[1].ratios;
    assert!(m[0][1000] > 10.0);
    assert!(m[2].iter().all(|&r| r > 0.5 && r < 2.0));
    assert!(m[3][1000] > 1e3 || m[3][1000].is_nan());
    for r in [&m[4], &m[5]] {
        assert!(r[1000] < r[100] && r[10_000] < r[1000] && r[10_000] < 0.5);
    }
    // The GAN smoke test: training stays finite.
    assert!(o.gans.iter().all(|g| g.finite));
    assert!(o.pass);
    assert!(o.report.dir().join("bilinear.png").exists());
    assert!(o.report.dir().join("gan_samples.png").exists());
}

/// The scalar game's ratios agree, to every digit given, with an independent pure-Python
/// implementation of the same updates (not the paper's numbers): a cross-check of the
/// players' gradients and of the order of the updates.
#[test]
fn the_scalar_game_matches_an_independent_implementation() {
    let a = Array2::from_elem((1, 1), 1.0f32);
    let z = Array1::from_elem(1, 0.5f32);
    let at = |alternating, lr, beta, t| {
        let u = Updates {
            alternating,
            lr,
            beta,
        };
        paper::play(&a, &z, &z, u, 1.0, t).unwrap()[t]
    };
    // Within half a unit of the last digit given.
    let close = |v: f64, want: f64, unit: f64| (v - want).abs() <= unit / 2.0;
    assert!(close(at(false, 0.1, 0.0, 1000), 145.0, 1.0));
    assert!(close(at(true, 0.1, 0.0, 100), 0.986, 1e-3));
    assert!(close(at(true, 0.1, -0.5, 1000), 0.224, 1e-3));
    assert!(close(at(true, 0.5, -0.5, 100), 0.019, 1e-3));
}
