//! The gradient-starvation experiment in fast mode meets the criteria its report checks.

#[path = "../examples/gradient_starvation/run.rs"]
mod paper;

use rheano::report::Mode;

#[test]
fn gradient_starvation_fast_mode_meets_the_criteria() {
    let o = paper::run(Mode::Fast).unwrap();
    assert_eq!(o.moons.len(), 2);
    for m in &o.moons {
        // Per seed: both fit the training moons; only SD survives the reversed gap.
        assert_eq!(m.train, (1.0, 1.0), "seed {}", m.seed);
        let (erm, sd) = m.closed_3;
        assert!(
            sd - erm >= 0.05 && erm <= 0.92,
            "seed {}: {erm} vs {sd}",
            m.seed
        );
        assert!(m.disagree >= 0.03);
    }
    // Colored MNIST: ERM learns the color (high train, low test accuracy); the shape alone
    // stays under the 75% that the label noise allows.
    let erm = &o.cmnist.erm;
    assert!(erm.train >= 0.85 && erm.test <= 0.35, "ERM {erm:?}");
    let (lo, hi) = paper::GRAY_RANGE;
    assert!(
        (lo..=hi).contains(&o.cmnist.gray.test),
        "gray digits {}",
        o.cmnist.gray.test
    );
    assert!(o.cmnist.sd.is_none());
    assert!(o.pass);
    assert!(o.report.dir().join("moons.png").exists());
    assert!(o.report.dir().join("cmnist.png").exists());
}

/// Spectral decoupling is what makes the difference: with its coefficient at 0 the "SD" model
/// is ERM again and the criterion fails. ERM's failure on the reversed gap is not one
/// initialisation's accident: a network started from other weights fails the same way, and
/// spectral decoupling still beats it by the margin.
#[test]
fn without_the_penalty_there_is_no_gain() {
    let train = paper::moons(300, paper::DELTA, 0);
    let test = paper::moons(1000, -0.3, 500);
    let a = paper::train_moons(&train, 0.0, 1000, 0).unwrap();
    let b = paper::train_moons(&train, paper::SD_MOONS, 1000, 0).unwrap();
    let acc = |m: &paper::Net| paper::accuracy(m, &test.x, &test.y).unwrap();
    assert!(
        acc(&b) - acc(&a) >= 0.05,
        "ERM {} vs SD {}",
        acc(&a),
        acc(&b)
    );
    let other = paper::train_moons(&train, 0.0, 1000, 7).unwrap();
    assert_eq!(paper::accuracy(&other, &train.x, &train.y).unwrap(), 1.0);
    assert!(
        acc(&other) <= 0.92 && acc(&b) - acc(&other) >= 0.05,
        "ERM from other weights {} vs SD {}",
        acc(&other),
        acc(&b)
    );
}
