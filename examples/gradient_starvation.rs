//! Gradient Starvation (Pezeshki et al., NeurIPS 2021): two moons with a linear gap, trained
//! with the logistic loss (ERM) and with spectral decoupling (SD), tested with the gap closed
//! and reversed, with decision-boundary heat maps side by side.
//!
//! ```text
//! cargo run --release --example gradient_starvation            # full
//! cargo run --release --example gradient_starvation -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/gradient_starvation/` (summary.md, CSV files, PNG plots).

#[path = "gradient_starvation/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("gradient_starvation", outcome.map(|o| o.pass));
}
