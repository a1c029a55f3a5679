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
    let mode = rheano::report::Mode::from_args();
    if rheano::report::calibrating() {
        if mode == rheano::report::Mode::Fast {
            eprintln!("speech: --calibrate measures the full run's thresholds; drop --fast");
            std::process::exit(1);
        }
        match paper::calibrate(mode) {
            Ok(rows) => {
                for (seed, cnn, mlp) in rows {
                    println!("seed {seed}: CNN PER {cnn:.1}%, one-frame MLP PER {mlp:.1}%");
                }
                std::process::exit(0);
            }
            Err(e) => rheano::report::exit("speech", Err(e)),
        }
    }
    let outcome = paper::run(mode);
    rheano::report::exit("speech", outcome.map(|o| o.pass));
}
