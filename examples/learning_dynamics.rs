//! On the Learning Dynamics of Deep Neural Networks (Tachet des Combes et al., 2018): loss
//! plateaus and sigmoidal drops, hinge vs cross-entropy, learning time vs feature frequency, and
//! gradient starvation by frequency with the spectral-decoupling tie-in.
//!
//! ```text
//! cargo run --release --example learning_dynamics            # full
//! cargo run --release --example learning_dynamics -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/learning_dynamics/` (summary.md, CSV files, PNG plots).

#[path = "learning_dynamics/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("learning_dynamics", outcome.map(|o| o.pass));
}
