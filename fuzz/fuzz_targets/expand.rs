//! The whole `model!` expansion on arbitrary input: raw text that lexes as Rust tokens, or (when
//! the first byte is even) a model built from a grammar of items, shapes and expressions
//! (`rheano_compiler::sample::grammar_model`, which the differential test draws from too), so
//! that most inputs get past the parser and exercise checking, lowering, differentiation, the
//! gradient check, simplification, scheduling and code generation.
//!
//! A panic is a bug, and so is an output that is neither valid Rust items nor a `compile_error!`.
//!
//! `cargo +nightly fuzz run -s none expand -- -max_total_time=600 -timeout=1` from `fuzz/`.
//! Inputs that once failed are kept in `regressions/expand/` (and as a unit test of the
//! compiler); replay them with `cargo +nightly fuzz run -s none expand regressions/expand --
//! -runs=0`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;
use rheano_compiler::sample::{grammar_model, Choices};
use std::str::FromStr;

/// Reads choices from the input bytes; past the end every choice is 0.
struct Bytes<'a>(&'a [u8]);

impl Choices for Bytes<'_> {
    fn pick(&mut self, n: usize) -> usize {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b as usize % n.max(1)
            }
            None => 0,
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let src = match data.split_first() {
        Some((first, rest)) if first % 2 == 0 => grammar_model(&mut Bytes(rest), "F"),
        Some((_, rest)) => String::from_utf8_lossy(rest).into_owned(),
        None => return,
    };
    let Ok(tokens) = TokenStream::from_str(&src) else {
        return;
    };
    let out = rheano_compiler::expand(tokens);
    let text = out.to_string();
    if text.contains("compile_error") {
        return;
    }
    if let Err(e) = syn::parse2::<syn::File>(out) {
        panic!("output is neither Rust nor compile_error!: {e}\ninput: {src}");
    }
});
