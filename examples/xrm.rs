//! Discovering Environments with XRM (Pezeshki et al., ICML 2024): twin linear classifiers
//! that flip labels to each other's confident held-out mistakes find the minority groups of
//! Waterbirds-like features, and GroupDRO on those groups matches GroupDRO on human-annotated
//! ones.
//!
//! ```text
//! cargo run --release --example xrm            # full
//! cargo run --release --example xrm -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/xrm/` (summary.md, CSV files, PNG plots).

#[path = "xrm/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("xrm", outcome.map(|o| o.pass));
}
