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
    let mode = rheano::report::Mode::from_args();
    if rheano::report::calibrating() {
        if mode == rheano::report::Mode::Fast {
            eprintln!("ladder: --calibrate measures the full run's thresholds; drop --fast");
            std::process::exit(1);
        }
        match paper::calibrate(mode) {
            Ok(rows) => {
                for (seed, ratio, lateral, combinator) in rows {
                    println!(
                        "seed {seed}: ladder/supervised {ratio:.2}, no lateral - ladder \
                         {lateral:.1} points, |AMLP - vanilla| {combinator:.1} points"
                    );
                }
                std::process::exit(0);
            }
            Err(e) => rheano::report::exit("ladder", Err(e)),
        }
    }
    let outcome = paper::run(mode);
    rheano::report::exit("ladder", outcome.map(|o| o.pass));
}
