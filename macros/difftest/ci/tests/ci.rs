//! The differential test, on the CI sample (`tests/ci/models.rs`): every model is
//! expanded by `model!`, compiled and run in f32, and its loss, gradients and outputs are
//! compared with the compiler's f64 interpreter running the same program, and the
//! interpreter's gradients with central differences. The tolerances and the reasons a point may
//! be skipped are stated in the crate `rheano-difftest` (`macros/difftest/src/lib.rs`); more than 5% skipped fails.
//!
//! More models, offline: `cargo run --release -p rheano-difftest -- run 10000`.

// Written by the generator, as the generator writes it.
#[rustfmt::skip]
#[path = "ci/models.rs"]
mod models;

#[test]
fn emitted_code_matches_the_interpreter_on_the_ci_sample() {
    let report = rheano_difftest::check_all(models::ENTRIES, 1, false);
    println!("{}", report.summary());
    if !report.failures.is_empty() {
        // Every failure, not only the summary's first: next to the build's output.
        let path = concat!(env!("CARGO_TARGET_TMPDIR"), "/difftest-ci-failures.txt");
        let _ = std::fs::write(path, report.failures.join("\n"));
        println!("every failure: {path}");
    }
    assert!(report.models >= 300, "{} models", report.models);
    assert!(report.passed(), "{}", report.summary());
}

#[test]
fn the_ci_sample_holds_every_regression_and_is_the_generators() {
    for s in rheano_compiler::sample::regressions() {
        assert!(
            models::ENTRIES.iter().any(|e| e.name == s.name),
            "{} is missing from the sample",
            s.name
        );
    }
    assert!(
        include_str!("ci/models.rs") == rheano_difftest::ci_file(),
        "macros/difftest/ci/tests/ci/models.rs is stale: run `cargo run -p rheano-difftest -- ci`"
    );
}
