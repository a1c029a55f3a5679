//! Negative Momentum for Improved Game Dynamics (Gidel et al., AISTATS 2019): bilinear games
//! under simultaneous and alternating updates with momentum -0.5, 0 and +0.5, and a saturating
//! GAN on 8 Gaussians whose discriminator is trained with Adam's beta1 at -0.5 and +0.5.
//!
//! ```text
//! cargo run --release --example negative_momentum            # full
//! cargo run --release --example negative_momentum -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/negative_momentum/` (summary.md, CSV files, PNG plots).

#[path = "negative_momentum/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("negative_momentum", outcome.map(|o| o.pass));
}
