//! Towards End-to-End Speech Recognition with Deep Convolutional Neural Networks (Zhang et
//! al., Interspeech 2016): a maxout CNN trained with CTC on synthetic phoneme speech from
//! unseen speakers, against a one-frame MLP and an LSTM.
//!
//! ```text
//! cargo run --release --example speech            # full
//! cargo run --release --example speech -- --fast  # a few seconds
//! cargo run --release --example speech -- --calibrate  # the calibration seeds' error rates
//! ```
//!
//! Writes `target/papers/speech/` (summary.md, CSV files, PNG plots).

#[path = "speech/run.rs"]
mod paper;

fn main() {
    rheano::report::main_with_calibration(
        "speech",
        |mode| {
            let rows = paper::calibrate(mode)?;
            Ok(rows
                .into_iter()
                .map(|(seed, cnn, mlp)| {
                    format!("seed {seed}: CNN PER {cnn:.1}%, one-frame MLP PER {mlp:.1}%")
                })
                .collect())
        },
        |mode| paper::run(mode).map(|o| o.pass),
    )
}
