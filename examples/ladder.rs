//! Deconstructing the Ladder Network Architecture (Pezeshki et al., ICML 2016): on MNIST with
//! 100 labels, the ladder against its encoder alone, without lateral connections, and
//! denoising the top layer only; with all labels, the noise alone against the ladder.
//!
//! ```text
//! cargo run --release --example ladder            # full
//! cargo run --release --example ladder -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/ladder/` (summary.md, CSV files, PNG plots).

#[path = "ladder/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("ladder", outcome.map(|o| o.pass));
}
