//! The character-level LSTM example in fast mode: ten epochs on 40,000 characters of
//! Shakespeare lower the validation bits per character well below a unigram model's.

#[path = "../examples/char_lstm/run.rs"]
mod example;

use rheano::report::Mode;

#[test]
fn the_char_lstm_learns_in_fast_mode() {
    let o = example::run(Mode::Fast).unwrap();
    let first = o.curve[0].2;
    assert!(o.best < first - 0.3, "{first} -> {}", o.best);
    assert!(o.pass, "best {}", o.best);
}
