//! Multi-scale Feature Learning Dynamics: Insights for Double Descent (Pezeshki et al., ICML
//! 2022): epoch-wise double descent in a linear teacher-student model with fast and slow
//! features, for kappa in {1, 30, 100}, the ridge closed form beside it, and the damped schedule
//! that removes the bump.
//!
//! ```text
//! cargo run --release --example double_descent            # full
//! cargo run --release --example double_descent -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/double_descent/` (summary.md, CSV files, PNG plots).

#[path = "double_descent/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("double_descent", outcome.map(|o| o.pass));
}
