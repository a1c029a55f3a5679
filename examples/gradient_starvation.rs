//! Gradient Starvation (Pezeshki et al., NeurIPS 2021): two moons with a linear gap, trained
//! with the logistic loss (ERM) and with spectral decoupling (SD), tested with the gap closed
//! and reversed, with decision-boundary heat maps side by side; and colored MNIST, where ERM
//! learns the color and SD the shape. Colored MNIST trains as the paper's code does (392-300-300-1,
//! full batch, Adam at 1e-4, SD's loss scaled by 2e-5 after step 450): with 128 hidden units,
//! or without the scale, SD learns the color again on our 8000 training digits.
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
