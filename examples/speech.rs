//! Towards End-to-End Speech Recognition with Deep Convolutional Neural Networks (Zhang et
//! al., Interspeech 2016): a maxout CNN trained with CTC on synthetic phoneme speech from
//! unseen speakers, against a one-frame MLP and an LSTM.
//!
//! ```text
//! cargo run --release --example speech            # full
//! cargo run --release --example speech -- --fast  # a few seconds
//! ```
//!
//! Writes `target/papers/speech/` (summary.md, CSV files, PNG plots).

#[path = "speech/run.rs"]
mod paper;

fn main() {
    let outcome = paper::run(rheano::report::Mode::from_args());
    rheano::report::exit("speech", outcome.map(|o| o.pass));
}
