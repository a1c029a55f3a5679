//! Zoneout (Krueger et al., ICLR 2017): a character-level LSTM on a small part of Shakespeare
//! with and without zoneout, and how far gradients reach back in time at initialization with
//! zoneout, without it, and with recurrent dropout.
//!
//! ```text
//! cargo run --release --example zoneout            # full
//! cargo run --release --example zoneout -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/zoneout/` (summary.md, CSV files, PNG plots).

#[path = "zoneout/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("zoneout", outcome.map(|o| o.pass));
}
