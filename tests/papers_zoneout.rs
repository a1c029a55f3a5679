//! The zoneout experiment in fast mode meets the criteria of its report that the fast
//! mode can show: both models train, evaluation is deterministic, and the probe of gradients
//! at initialization (the same in both modes).

#[path = "../examples/zoneout/run.rs"]
mod paper;

use rheano::report::Mode;

#[test]
fn zoneout_fast_mode_trains_evaluates_deterministically_and_probes_gradients() {
    let o = paper::run(Mode::Fast).unwrap();
    for c in [&o.baseline, &o.zoneout] {
        assert!(c.train.last() < c.train.first(), "{c:?}");
    }
    assert!(o.deterministic);
    let median = |ps: &[[f64; 3]], k: usize| {
        let mut v: Vec<f64> = ps.iter().map(|p| p[k]).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    // With the default init, zoneout carries the gradient back 100 steps where the plain LSTM
    // and recurrent dropout let it vanish.
    assert!(median(&o.probes, 1) >= 5.0 * median(&o.probes, 0));
    // Zoneout beats recurrent dropout by 3x in every seed, at either init.
    for ps in [&o.probes, &o.probes_lstm] {
        assert!(ps.iter().all(|p| p[1] >= 3.0 * p[2]), "{ps:?}");
    }
    // The run's own verdict is not asserted: its probe at the runs' init (orthogonal, forget
    // bias 1) falls short of the 5x asked (see the report), in fast mode as in full.
    assert!(o.report.dir().join("zoneout.png").exists());
    assert!(o.report.dir().join("probe.csv").exists());
}
