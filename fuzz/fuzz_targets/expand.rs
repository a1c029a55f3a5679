//! The whole `model!` expansion on arbitrary input: raw text that lexes as Rust tokens, or (when
//! the first byte is even) a model built from a grammar of items, shapes and expressions, so that
//! most inputs get past the parser and exercise checking, lowering, differentiation, the
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
use std::str::FromStr;

/// Reads choices from the input bytes; past the end every choice is 0.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
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

const DIMS: [&str; 4] = ["N", "D", "H", "C"];
const NAMES: [&str; 8] = ["w", "b", "x", "y", "h", "z", "v", "u"];
const UNARY: [&str; 16] = [
    "exp",
    "log",
    "sqrt",
    "abs",
    "tanh",
    "sigmoid",
    "relu",
    "softplus",
    "sin",
    "cos",
    "square",
    "log1p",
    "expm1",
    "sum",
    "mean",
    "logsumexp",
];
const BINARY: [&str; 7] = ["+", "-", "*", "/", "@", "^", "+"];

fn shape(b: &mut Bytes) -> String {
    let rank = b.pick(4);
    let dims: Vec<&str> = (0..rank).map(|_| DIMS[b.pick(DIMS.len())]).collect();
    format!("[{}]", dims.join(", "))
}

fn expr(b: &mut Bytes, depth: usize) -> String {
    if depth == 0 || b.pick(3) == 0 {
        return match b.pick(5) {
            0 => format!("{}", b.pick(7) as f64 / 2.0),
            1 => format!("{}.T", NAMES[b.pick(NAMES.len())]),
            _ => NAMES[b.pick(NAMES.len())].to_string(),
        };
    }
    match b.pick(6) {
        0 | 1 => format!("{}({})", UNARY[b.pick(UNARY.len())], expr(b, depth - 1)),
        2 => format!("sum[{}]({})", DIMS[b.pick(DIMS.len())], expr(b, depth - 1)),
        3 => format!(
            "where({} > {}, {}, {})",
            expr(b, depth - 1),
            expr(b, depth - 1),
            expr(b, depth - 1),
            expr(b, depth - 1)
        ),
        _ => format!(
            "({} {} {})",
            expr(b, depth - 1),
            BINARY[b.pick(BINARY.len())],
            expr(b, depth - 1)
        ),
    }
}

/// A model from the grammar: params, inputs, a hyper, lets, maybe a fixed dim, one loss.
fn model(b: &mut Bytes) -> String {
    let mut s = String::from("struct F { ");
    for _ in 0..1 + b.pick(6) {
        let name = NAMES[b.pick(NAMES.len())];
        match b.pick(5) {
            0 | 1 => s.push_str(&format!("param {name}: {}; ", shape(b))),
            2 => s.push_str(&format!("input {name}: {}; ", shape(b))),
            3 => s.push_str(&format!("let {name} = {}; ", expr(b, 3))),
            _ => s.push_str(&format!("dim {} = {};", DIMS[b.pick(4)], 1 + b.pick(4))),
        }
    }
    if b.pick(4) == 0 {
        s.push_str("hyper u = 0.5; ");
    }
    s.push_str(&format!("loss = {}; }}", expr(b, 4)));
    s
}

fuzz_target!(|data: &[u8]| {
    let src = match data.split_first() {
        Some((first, rest)) if first % 2 == 0 => model(&mut Bytes(rest)),
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
