//! Macro expansion time of every model in `examples/`, with the compile-time gradient check on
//! and off: the whole pipeline from tokens to generated tokens, as `model!` runs it.
//!
//! `cargo bench --bench expansion`. Expected: a few milliseconds per model, the check adding
//! well under 50 ms.
//!
//! It calls the compiler library (`rheano-compiler`) that the `model!` macro runs.

use criterion::{criterion_group, criterion_main, Criterion};
use proc_macro2::TokenStream;
use rheano_compiler::{expand, large};
use std::str::FromStr;

/// The `.rs` files under `dir`, in subfolders too, sorted.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("readable folder").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Every `model! { ... }` body in the examples (models in files the examples include too), with
/// the file and the struct's name.
fn example_models() -> Vec<(String, String)> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"));
    let mut out = Vec::new();
    for f in rust_files(dir) {
        let text = std::fs::read_to_string(&f).expect("example");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("model! {") {
            let body = &rest[at + "model! {".len()..];
            let mut depth = 1;
            let end = body
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map(|(i, _)| i)
                .expect("balanced braces");
            let src = &body[..end];
            let name = src
                .split("struct ")
                .nth(1)
                .and_then(|s| s.split_whitespace().next())
                .unwrap_or("?")
                .to_string();
            let file = f.strip_prefix(dir).unwrap_or(&f).with_extension("");
            out.push((format!("{}::{name}", file.display()), src.to_string()));
            rest = &body[end..];
        }
    }
    out
}

fn expansion(c: &mut Criterion) {
    let mut group = c.benchmark_group("expand");
    let mut models = example_models();
    // A chain of 200 lets and a sum of 200 terms, to show that expansion stays linear.
    models.push(("large::200-lets".into(), large::large_model(200)));
    for (name, src) in models {
        let on = TokenStream::from_str(&src).expect("tokens");
        let off = TokenStream::from_str(&format!("#[gradcheck(off)] {src}")).expect("tokens");
        // What is timed must be a real expansion: a struct, no compile error.
        let out = expand(on.clone()).to_string();
        assert!(
            !out.contains("compile_error"),
            "{name} does not compile:\n{out}"
        );
        group.bench_function(format!("{name}/check-on"), |b| {
            b.iter(|| expand(on.clone()))
        });
        group.bench_function(format!("{name}/check-off"), |b| {
            b.iter(|| expand(off.clone()))
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
