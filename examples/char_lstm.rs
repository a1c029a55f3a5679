//! A character-level LSTM with zoneout (the language's own example) trained on Shakespeare:
//! batches of 32 streams of 100 characters, the state carried from batch to batch, Adam with
//! global-norm clipping; validation bits per character, a loss curve, and a sample of text.
//!
//! Expect (full run): validation bits per character of 2.7 or lower from 300,000 training
//! characters within 5 minutes on 2 cores (a unigram model gives about 4.9 on this corpus).
//!
//! ```text
//! cargo run --release --example char_lstm            # the full run
//! cargo run --release --example char_lstm -- --fast  # a few seconds
//! ```

#[path = "char_lstm/run.rs"]
mod run;

fn main() {
    let outcome = run::run(rheano::report::Mode::from_args());
    if let Ok(o) = &outcome {
        println!(
            "char_lstm: best validation {:.3} bits per character over {} epochs",
            o.best,
            o.curve.len()
        );
    }
    rheano::report::exit("char_lstm", outcome.map(|o| o.pass));
}
