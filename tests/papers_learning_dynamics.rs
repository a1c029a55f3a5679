//! The learning-dynamics experiment in fast mode meets the criteria its report checks.

#[path = "../examples/learning_dynamics/run.rs"]
mod paper;

use rheano::report::Mode;

#[test]
fn learning_dynamics_fast_mode_meets_the_criteria() {
    let o = paper::run(Mode::Fast).unwrap();
    let ln2 = std::f32::consts::LN_2;
    // E-sig: a plateau at ln 2 for at least 200 steps, then a sigmoidal drop faster than the
    // plateau lasted, which the hinge loss leaves first.
    assert!(o.sig.plateau >= 200, "plateau {}", o.sig.plateau);
    assert!(o.sig.ce[..200]
        .iter()
        .all(|&l| (l - ln2).abs() <= 0.005 * ln2));
    assert!(o.sig.transition < 2 * o.sig.plateau);
    assert!(o.sig.fit.0 >= 0.95, "logistic fit R^2 {}", o.sig.fit.0);
    assert!(o.sig.hinge_leaves < o.sig.ce_leaves);
    // E-freq, over at least 3 seeds: in the median, the rarest feature's subset takes at
    // least twice as long as the most frequent one's to reach zero error, and the three reach
    // it in the order of their frequencies; the loss falls in that order in every seed.
    assert!(o.freq.len() >= 3);
    let err = paper::median_times(&o.freq, |f| f.learned);
    assert!(err[2] >= 2 * err[0], "median steps to zero error {err:?}");
    assert!(
        err[0] < err[1] && err[1] < err[2],
        "median steps to zero error {err:?}"
    );
    for f in &o.freq {
        let l = f.learned_loss;
        assert!(l[0] < l[1] && l[1] < l[2], "seed {}: loss {l:?}", f.seed);
    }
    // E-hinge: exactly zero hinge loss; cross-entropy stays positive.
    assert!(o.hinge.zero_at.is_some());
    assert!(o.hinge.ce.iter().all(|&l| l > 0.0));
    // E-GS: starvation when overlapped, none when disjoint, and no recovery with 10x steps.
    let (over, disjoint, _) = o.gs.at(o.gs_steps);
    let (later, _, _) = o.gs.at(10 * o.gs_steps);
    assert!(over <= 0.4, "overlapped ratio {over}");
    assert!(disjoint >= 0.8, "disjoint ratio {disjoint}");
    assert!(later <= over, "{later} after 10x steps vs {over}");
    // Spectral decoupling's tie-in is reported as not reproduced: that verdict stands only
    // while the penalty does not raise the overlapped ratio by the predicted 0.1.
    let (_, _, with_sd) = o.gs.at(o.gs_steps);
    assert!(
        with_sd - over < 0.1,
        "SD raised the ratio from {over} to {with_sd}"
    );
    assert!(o.pass);
    assert!(o.report.dir().join("summary.md").exists());
    assert!(o.report.dir().join("learning_dynamics.png").exists());
}

/// Without the frequent feature in every example there is no starvation: the same measurement
/// on disjoint data gives a ratio near 1, so the overlapped check above can fail.
#[test]
fn the_starvation_check_tells_the_two_data_sets_apart() {
    let over = paper::starvation_data(false, 7);
    let disjoint = paper::starvation_data(true, 7);
    let ratio = |d: &paper::Data| {
        let mut m = paper::init(1e-2, 8);
        paper::train_logistic(&mut m, d, 0.5, 0.0, 300, |_, _, _| Ok(())).unwrap();
        paper::margin(&m, 1).unwrap() / paper::margin(&m, 0).unwrap()
    };
    let (a, b) = (ratio(&over), ratio(&disjoint));
    assert!(a <= 0.45 && b >= 0.8, "overlapped {a}, disjoint {b}");
}
