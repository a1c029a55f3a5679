//! The ladder-network experiment in fast mode meets the criteria its report checks.

#[path = "../examples/ladder/run.rs"]
mod paper;

use rheano::report::Mode;

#[test]
fn ladder_fast_mode_meets_the_criteria() {
    let o = paper::run(Mode::Fast).unwrap();
    // 100 labels: the ladder beats the same encoder trained without its decoder.
    let (sup, ladder) = (o.few[0][0].error(), o.few[1][0].error());
    assert!(ladder < sup, "ladder {ladder}, supervised {sup}");
    // Every layer's denoising cost falls.
    let c = &o.few[1][0].costs;
    assert!((0..4).all(|l| c[c.len() - 1][l] < c[0][l]), "{c:?}");
    // The AMLP ladder (its own model) trains too.
    let amlp = &o.few[4][0].test_error;
    assert!(amlp[amlp.len() - 1] < amlp[0], "{amlp:?}");
    assert!(o.pass);
    assert!(o.report.dir().join("ladder.png").exists());
    assert!(o.report.dir().join("test_error.csv").exists());
}
