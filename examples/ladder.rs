//! Deconstructing the Ladder Network Architecture (Pezeshki et al., ICML 2016): on MNIST with
//! 100 labels, the ladder against its encoder alone, without lateral connections, denoising
//! the top layer only, and with the AMLP combinator; with all labels, the noise alone against
//! the ladder.
//!
//! ```text
//! cargo run --release --example ladder            # full
//! cargo run --release --example ladder -- --fast  # a few seconds
//! cargo run --release --example ladder -- --calibrate  # the calibration seeds' numbers
//! ```
//!
//! Writes `target/papers/ladder/` (summary.md, CSV files, PNG plots).

#[path = "ladder/run.rs"]
mod paper;

fn main() {
    rheano::report::main_with_calibration(
        "ladder",
        |mode| {
            let rows = paper::calibrate(mode)?;
            Ok(rows
                .into_iter()
                .map(|(seed, ratio, lateral, combinator)| {
                    format!(
                        "seed {seed}: ladder/supervised {ratio:.2}, no lateral - ladder \
                         {lateral:.1} points, |AMLP - vanilla| {combinator:.1} points"
                    )
                })
                .collect())
        },
        |mode| paper::run(mode).map(|o| o.pass),
    )
}
